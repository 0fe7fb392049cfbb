"""A small general English lemmatiser: inflections to their lemma, and derivations to one key.

:func:`lemma` undoes inflection ("raised" -> "raise", "valuations" -> "valuation", "won" -> "win") by suffix
rules and a short table of irregular forms. :func:`derivation_key` goes further and folds the words of one
family onto one key, so that a verb, its participles, its nominalisation and its degree-prefixed forms meet
("subscribed", "subscription", "oversubscribed" -> "subscrib"; "valued", "valuation", "value" -> "valu";
"voted", "votes" -> "vot"). The key is a stem for matching, never shown; :func:`lemma` gives the readable
form. English only: other languages' words are returned lower-cased, unchanged (``is_english_word``).
"""

from __future__ import annotations

from functools import lru_cache

from briefing_tui.compare.measures import singular
from briefing_tui.lazy_pattern import lazy_compile

# Irregular inflected forms (verbs' past tenses and participles, nouns' plurals) -> lemma. Only forms the
# suffix rules below would get wrong; a general table of English, not of any event's words.
IRREGULAR: dict[str, str] = {
    **dict.fromkeys(("won", "wins"), "win"), **dict.fromkeys(("sold", "sells"), "sell"),
    **dict.fromkeys(("bought",), "buy"), **dict.fromkeys(("paid",), "pay"), **dict.fromkeys(("rose", "risen"), "rise"),
    **dict.fromkeys(("fell", "fallen"), "fall"), **dict.fromkeys(("held",), "hold"), **dict.fromkeys(("gave", "given"), "give"),
    **dict.fromkeys(("took", "taken"), "take"), **dict.fromkeys(("made",), "make"), **dict.fromkeys(("got", "gotten"), "get"),
    **dict.fromkeys(("went", "gone"), "go"), **dict.fromkeys(("came",), "come"), **dict.fromkeys(("grew", "grown"), "grow"),
    **dict.fromkeys(("drew", "drawn"), "draw"), **dict.fromkeys(("spent",), "spend"), **dict.fromkeys(("lent",), "lend"),
    **dict.fromkeys(("lost",), "lose"), **dict.fromkeys(("left",), "leave"), **dict.fromkeys(("built",), "build"),
    **dict.fromkeys(("brought",), "bring"), **dict.fromkeys(("sought",), "seek"), **dict.fromkeys(("struck",), "strike"),
    **dict.fromkeys(("ran",), "run"), **dict.fromkeys(("saw", "seen"), "see"), **dict.fromkeys(("found",), "find"),
    **dict.fromkeys(("kept",), "keep"), **dict.fromkeys(("met",), "meet"), **dict.fromkeys(("led",), "lead"),
    **dict.fromkeys(("chose", "chosen"), "choose"), **dict.fromkeys(("wrote", "written"), "write"),
    **dict.fromkeys(("bid", "bidding"), "bid"), **dict.fromkeys(("set",), "set"), **dict.fromkeys(("cut",), "cut"),
    **dict.fromkeys(("cast",), "cast"), **dict.fromkeys(("put",), "put"), **dict.fromkeys(("hit",), "hit"),
    **dict.fromkeys(("shut",), "shut"), **dict.fromkeys(("spread",), "spread"), **dict.fromkeys(("fled",), "flee"),
    **dict.fromkeys(("men",), "man"), **dict.fromkeys(("women",), "woman"), **dict.fromkeys(("children",), "child"),
    **dict.fromkeys(("people",), "people"), **dict.fromkeys(("feet",), "foot"), **dict.fromkeys(("teeth",), "tooth"),
    **dict.fromkeys(("mice",), "mouse"), **dict.fromkeys(("data",), "data"), **dict.fromkeys(("media",), "media"),
    **dict.fromkeys(("criteria",), "criterion"), **dict.fromkeys(("indices",), "index"), **dict.fromkeys(("was", "were", "is", "are", "been", "being"), "be"),
    **dict.fromkeys(("has", "had", "having"), "have"), **dict.fromkeys(("did", "done", "does"), "do"),
}
# Words that end like an inflection and are not one ("news", "series", "bus", "red", "bring", "during").
NOT_INFLECTED = frozenset(
    """news series species means analysis basis crisis thesis status bus gas plus chaos lens its this thus
    us yes less loss was has his hers ours yours whose always perhaps various previous famous serious
    red bed shed need feed seed speed hundred bred led fed sped wed indeed
    bring thing king ring sing spring string during nothing something anything everything morning evening
    ceiling building wedding""".split())
# Degree prefixes folded away by the derivation key ("oversubscribed", "undervalued").
DEGREE_PREFIXES = ("over", "under")
MIN_STEM = 4  # a prefix or a derivational suffix is removed only when this many letters stay
# Nominalising suffixes folded away by the derivation key, longest first: (suffix, what replaces it).
# "-ription" pairs with "-ribe" ("subscription" / "subscribe"), "-ation" with the bare verb ("valuation" /
# "value"), "-ment" ("investment" / "invest"), "-al" ("approval" / "approve"), "-ance"/"-ence" ("attendance").
DERIVATIONS: tuple[tuple[str, str], ...] = (
    ("ription", "rib"), ("uction", "uc"), ("ction", "ct"), ("ation", ""), ("ition", ""), ("ment", ""), ("ance", ""),
    ("ence", ""), ("al", ""))
_VOWELS = "aeiou"
# An English word: ASCII letters (and inner hyphens or apostrophes).
_ENGLISH = lazy_compile(r"[a-z]+(?:['’-][a-z]+)*")


def is_english_word(word: str) -> bool:
    """Whether a word is written in the English (ASCII) alphabet, which the rules here apply to."""
    return bool(_ENGLISH.fullmatch(word.lower()))


def _restore_e(stem: str) -> str:
    """A verb stem with its silent "e" back where English drops it before "-ed"/"-ing": "valu" -> "value",
    "rais" -> "raise", "vot" -> "vote", "pric" -> "price"; "invest", "list", "offer" stay."""
    if len(stem) < 2:
        return stem
    last, before = stem[-1], stem[-2]
    if last in "uvz" or (last in "cg" and before in _VOWELS):
        return stem + "e"  # (continue, receive, size, price, page)
    if stem.endswith(("ib", "uir", "ur")):
        return stem + "e"  # subscribe, acquire, secure
    if last == "s" and before in _VOWELS and len(stem) >= 3 and stem[-3] in _VOWELS:
        return stem + "e"  # a vowel pair before s: raise, release, increase, cause
    if last not in _VOWELS + "wxy" and before in _VOWELS and len(stem) >= 3 and stem[-3] not in _VOWELS \
            and len(stem) <= 4:
        return stem + "e"  # a short consonant-vowel-consonant stem: vote, rate, rule, note
    if stem.endswith(("at", "iz", "is")) and len(stem) > 4 and stem[-3] not in _VOWELS:
        return stem + "e"  # estimate, create, organize, advise
    return stem


def _undouble(stem: str) -> str:
    """"plann" -> "plan", "committ" -> "commit"; "install", "pass", "buzz" keep their pair."""
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS + "lsz":
        return stem[:-1]
    return stem


@lru_cache(maxsize=1 << 14)
def lemma(word: str) -> str:
    """The lemma of an English word, lower case: "raised" -> "raise", "raising" -> "raise", "votes" ->
    "vote", "valuations" -> "valuation", "companies" -> "company", "sold" -> "sell". A word of another
    alphabet, or one the rules do not apply to, comes back lower-cased."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in IRREGULAR:
        return IRREGULAR[w]
    if not is_english_word(w) or w in NOT_INFLECTED or len(w) <= 3:
        return w
    if w.endswith("zzes"):
        return w[:-2]
    if w.endswith("s"):  # a plural noun or a third-person verb: the measures' own singular
        return singular(w)
    if w.endswith("ied") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("ing") and len(w) > 5 and any(c in _VOWELS + "y" for c in w[:-3]):
        return _restore_e(_undouble(w[:-3])) if not w[:-3].endswith(("ll", "ss")) else w[:-3]
    if w.endswith("ed") and len(w) > 4 and not w.endswith("eed"):
        stem = w[:-2]
        if stem.endswith(("ll", "ss")):
            return stem
        return _restore_e(_undouble(stem)) if _undouble(stem) == stem else _undouble(stem)
    return w


@lru_cache(maxsize=1 << 14)
def derivation_key(word: str) -> str:
    """One key for a word's family: its lemma without a degree prefix, a nominalising suffix and a final
    "e" ("oversubscribed", "subscription", "subscribe" -> "subscrib"; "valuation", "valued" -> "valu";
    "raising", "raised" -> "rais"; "investment", "invests" -> "invest"). Not for display."""
    base = lemma(word)
    if not is_english_word(base):
        return base
    for prefix in DEGREE_PREFIXES:
        if base.startswith(prefix) and len(base) - len(prefix) >= MIN_STEM + 1:
            base = base[len(prefix):]
            break
    for suffix, replacement in DERIVATIONS:
        if base.endswith(suffix) and len(base) - len(suffix) >= MIN_STEM - (1 if suffix == "al" else 0):
            base = base[:-len(suffix)] + replacement
            break
    if base.endswith("e") and len(base) > MIN_STEM - 1:
        base = base[:-1]
    return base
