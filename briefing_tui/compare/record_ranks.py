"""Ranks written as other languages write them, and firsts (see :mod:`.ranks` for English ranks): "une amende
record", "la multa más cuantiosa jamás impuesta", "la plus lourde amende", "a maior multa", "la multa più alta",
"die Rekordstrafe", "erstmals überhaupt eine Strafe", "the first time that a former president", "this penalty,
the first of its kind"; and "historic" said of a noun ("a historic mobilisation", "mobilisation historique"): a
word of praise, which :mod:`.ranks` joins without weighing the names around it.

Each is a rank's kind ("largest", "worst", "deadliest", "smallest"; "order" for a first), its value (1: a record
is the largest, a first the first) and the class of the noun it ranks (:func:`.rank_nouns.noun_class`), so that
"une amende record" and "a record fine" are one claim. A superlative among several ("l'une des plus lourdes
amendes", "una de las mayores multas") has a plural's article and is not read.
"""

from __future__ import annotations

import re

from briefing_tui.compare.phrase_claims import NOT_NAMES
from briefing_tui.compare.east_asian_ranks import east_asian_ranks
from briefing_tui.compare.ordinal_words import ORDINAL_WORD, has_ordinal, ordinal_value
from briefing_tui.compare.rank_nouns import known_class, noun_class
from briefing_tui.language_table import all_function_words
from briefing_tui.lazy_pattern import lazy_compile

# A singular article or possessive of French, Spanish, Portuguese or Italian before a ranked noun; "a" and "o"
# (Portuguese) only where no English reads alike.
_ARTICLE = r"(?:une?|la|le|l[’']|el|una|uma?|il|lo|sa|son|su|sua|d[’']une?|cette|esta|este|essa|esse|questa)"
_ARTICLE_PT = r"(?:a|o)"
# Words of a record after its noun: "une amende record", "la multa récord", "uma multa recorde".
_RECORD_AFTER = lazy_compile(
    r"(?<![\w-])(?:" + _ARTICLE + r"\s{0,3}(?P<noun>[^\W\d_]{3,20})\s{1,3}(?:record|récord|recorde)s?"
    r"|" + _ARTICLE_PT + r"\s{1,3}(?P<noun_pt>[^\W\d_]{3,20})\s{1,3}recordes?)(?![\w-])", re.I)
# Adjectives that may stand before "record" without being the noun ranked ("un nouveau record").
_NOT_RECORD_NOUNS = frozenset("""nouveau nouvel nouvelle nuevo nueva novo nova nuovo nuova vrai véritable verdadero
    verdadeiro vero triste absolu absoluto assoluto""".split())
# Superlatives of French, Spanish, Portuguese and Italian after "plus", "más", "mais", "più", and the kind of each
# (one language a line); ``_OWN`` are superlatives in one word ("la mayor multa", "a maior multa", "le pire").
_ADJECTIVES = {
    "largest": r"grosse?|lourde?|grande?|importante?|forte?|élevée?|haute?"
               r"|alt[ao]|cuantios[ao]|elevad[ao]|fuerte|costos[ao]"
               r"|car[ao]"
               r"|pesante|salat[ao]|elevat[ao]",
    "deadliest": r"meurtri(?:er|ère)|mortífer[ao]|mortal|letale|mortale",
    "smallest": r"basse?|faible|baj[ao]|baix[ao]|bass[ao]",
}
_OWN = {"largest": r"mayor|maior|maggiore", "worst": r"pire|peor|pior|peggiore"}
_MORE = r"(?:plus|más|mais|più)\s{1,3}"
_SUPERLATIVE = (r"(?:" + _MORE + "(?:" + "|".join(f"(?P<a_{k}>{v})" for k, v in _ADJECTIVES.items()) + ")|"
                + "|".join(f"(?P<o_{k}>{v})" for k, v in _OWN.items()) + ")")  # (groups named by kind)
# A superlative before its noun ("la plus lourde amende", "la mayor multa", "a maior multa", "la più alta multa")
# or after it ("l'amende la plus lourde", "la multa más cuantiosa", "a multa mais alta", "la multa più alta").
_SUPERLATIVE_BEFORE = lazy_compile(
    r"(?<![\w-])(?:" + _ARTICLE + "|" + _ARTICLE_PT + r")\s{0,3}" + _SUPERLATIVE
    + r"\s{1,3}(?P<noun>[^\W\d_]{3,20})(?![\w-])", re.I)
_SUPERLATIVE_AFTER = lazy_compile(
    r"(?<![\w-])(?:" + _ARTICLE + "|" + _ARTICLE_PT + r")\s{0,3}(?P<noun>[^\W\d_]{3,20})\s{1,3}"
    r"(?:(?:la|le|el|lo|il)\s{1,3})?" + _SUPERLATIVE.replace("(?P<", "(?P<x") + r"(?![\w-])", re.I)
# Words after an article that are no noun a superlative ranks ("el mayor número", "la plus grande partie").
_NOT_NOUNS = frozenset("""part partie parte número nombre numero plus más mais più jamais jamás nunca mai""".split())
# A German record compound: "die Rekordstrafe", "eine Rekord-Strafe", "das Rekordhochwasser".
_RECORD_DE = lazy_compile(r"\bRekord-?(?P<noun>[A-ZÄÖÜa-zäöüß][a-zäöüß]{3,20})\b")
_NOT_RECORD_DE = frozenset("""hoch hochs tief tiefs jahr jahres zeit niveau stand wert werte halter halterin
    meister meisterin marke""".split())  # ("Rekordhoch", "auf Rekordniveau", "Rekordhalter": no noun ranked)
# "The first time (in history) that a former president ...": the first of that noun, in the languages news
# writes it ("a primeira vez ... que um ex-presidente", "la première fois qu'un", "das erste Mal, dass ein").
_FIRST_TIME = lazy_compile(
    r"\b(?:first\s{1,3}time|primeira\s{1,3}vez|primera\s{1,3}vez|première\s{1,3}fois|erste\s{1,3}Mal)"
    r"(?:\s{1,3}(?:in|na|no|en|dans|in\s{1,3}der)\s{1,3}[^\s,.;:]{1,20}(?:\s{1,3}[^\s,.;:]{1,20}){0,3}?)?"
    r",?\s{1,3}(?:(?:that|que|où|dass)\s{1,3}|qu[’'])?(?:a|an|um|uma|un|una|une|ein|eine)\s{1,3}"
    r"(?:(?:former|sitting)\s{1,3}|ex-)?(?P<noun>[^\W\d_]{3,20})\b", re.I)
# German "for the first time (at all) a penalty": "erstmals überhaupt eine Strafe", "zum ersten Mal einen Zukauf".
_FIRST_DE = lazy_compile(
    r"\b(?:erstmals|zum\s{1,3}ersten\s{1,3}Mal)\s{1,3}(?:überhaupt\s{1,3})?(?:eine[nmrs]?|ein)\s{1,3}"
    r"(?:[a-zäöüß]\w{2,20}\s{1,3})?(?P<noun>[A-ZÄÖÜ][a-zäöüß]{2,30})\b")
# A noun then "the first of its kind": "This penalty, the first of its kind for Apple".
_FIRST_OF_KIND = lazy_compile(
    r"\b(?P<noun>[a-z]{3,20}),?\s{1,3}(?:(?:is|was|marks|marked|would\s{1,3}be)\s{1,3})?the\s{1,3}first"
    r"\s{1,3}of\s{1,3}its\s{1,3}kind\b", re.I)
# Nouns of a first that rank no measure ("the first time", "the first half").
_NOT_FIRSTS = frozenset("time times half day days week year years round step".split())
# "Historic" said of a noun: before it ("the historic mobilization", "»historischen« Mobilisierung", "described as
# “historic” the mobilization"), after it (French, Spanish, Portuguese, Italian: "mobilisation historique", "acuerdo
# histórico"; "the mobilisation was historic"); quotation marks may stand around the word.
_QUOTE = r"[\"“”„«»‘’']?\s{0,2}"
_HISTORIC_BEFORE = lazy_compile(
    r"(?<![\w-])" + _QUOTE + r"(?:historic|historische[nmrs]?|histórica|histórico|historique|storica|storico)"
    + _QUOTE + r"\s{1,3}(?:the\s{1,3})?(?P<noun>[^\W\d_]{3,20})(?![\w-])", re.I)
_HISTORIC_AFTER = lazy_compile(
    r"(?<![\w-])(?P<noun>[^\W\d_]{3,20})\s{1,3}(?:(?:was|is|as|est|était|fue|es|foi|é|è|war|ist|als)\s{1,3})?"
    + _QUOTE + r"(?:historique|histórica|histórico|storica|storico|historic|historisch)s?" + _QUOTE + r"(?![\w-])", re.I)
# Nouns "historic" names no claim of: old places and buildings ("the historic centre"), dates ("a historic day").
_NOT_HISTORIC = frozenset("""centre center centro district quarter quartier site sites building buildings city town
    village monument monuments church core landmark house houses home homes heart district preservation district
    day days moment moments time times ville vieille casco zona bairro altstadt stadt innenstadt gebäude""".split())
_ENGLISH_ORDINAL = lazy_compile(r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th)", re.I)
HISTORIC = "historic"  # the kind of a rank said by "historic" (it is said, not measured: never weighed as a size)
# Another language's ordinal after a singular article or possessive, before a noun of the ranked classes ("sa
# troisième amende", "la segunda multa", "a primeira multa", "la prima multa", "die erste Strafe").
_ORDINAL_RANK = lazy_compile(
    r"(?<![\w-])(?:" + _ARTICLE + "|" + _ARTICLE_PT + r"|die|der|das|den|dem|ihre|ihrer|seine|seiner)\s{1,3}(?P<ord>"
    + ORDINAL_WORD + r")\s{1,3}(?P<noun>[^\W\d_]{3,20})(?:\s{1,3}(?P<after>[^\W\d_]{3,20}))?(?![\w-])", re.I)
# (the noun right after the ordinal, or the next word after an adjective: "la primera gran manifestación")
# A noun said to be a record: "the fine is a new European record", "la multa supone un nuevo récord", "l'amende
# constitue un record", "die Strafe ist ein neuer Rekord" (the noun must be of a known class).
_IS_RECORD = lazy_compile(
    r"(?<![\w-])(?P<noun>[^\W\d_]{3,20})\s{1,3}(?:is|was|marks|marked|sets|set|represents|constitutes|est|constitue"
    r"|représente|es|fue|supone|constituye|é|foi|representa|constitui|è|rappresenta|costituisce|ist|war)\s{1,3}"
    r"(?:a|an|un|une|una|um|uma|ein|einen|eine)\s{1,3}(?:(?:new|nouveau|nuevo|novo|nuovo|neuer|neuen)\s{1,3})?"
    r"(?:[^\W\d_]{3,20}\s{1,3})?(?:record|récord|recorde|Rekord)(?![\w-])", re.I)
# English superlatives of size :mod:`.ranks` does not read, before a noun of a known class ("the heaviest fine",
# "its harshest penalty", "the most expensive acquisition").
_MORE_ENGLISH = lazy_compile(
    r"\b(?<!of\s)(?:the|its|their|his|her)\s{1,3}(?:heaviest|harshest|steepest|stiffest|hardest|most\s{1,3}"
    r"(?:expensive|severe|substantial|significant))(?:[\s-]{1,3}ever)?\s{1,3}"
    r"(?P<noun>[a-z]{3,20})(?:\s{1,3}(?P<after>[a-z]{3,20}))?\b", re.I)  # (the noun, or the word after an adjective)
_MORE_ENGLISH_HINT = lazy_compile(r"heaviest|harshest|steepest|stiffest|hardest|most")
# A record high or low of a level (a price, an index, a river): "an all-time high", "a record low", "plus haut
# historique", "máximo histórico", "nível recorde", "massimo storico", "Rekordhoch", "Allzeittief"; each the
# largest (or smallest) of the class "level", as "the highest water level on record" is.
_HIGH_LOW = lazy_compile(
    r"(?<![\w-])(?:(?P<high>(?:all[\s-]time|record|historic)\s{1,3}highs?|plus\s{1,3}haut\s{1,3}historique"
    r"|sommet\s{1,3}historique|máximos?\s{1,3}históricos?|máximas?\s{1,3}históricas?|massim[oi]\s{1,3}storic[oi]"
    r"|Rekordhochs?|Allzeithochs?|Rekordstand|historischen\s{1,3}Höchststand)"
    r"|(?P<low>(?:all[\s-]time|record|historic)\s{1,3}lows?|plus\s{1,3}bas\s{1,3}historique"
    r"|mínimos?\s{1,3}históricos?|mínimas?\s{1,3}históricas?|minim[oi]\s{1,3}storic[oi]|Rekordtiefs?|Allzeittiefs?))"
    r"(?![\w-])", re.I)
LEVEL = "level"  # the class of what a record high or low ranks
# Words each group of patterns needs (a quick check of the lower-case line before them).
_RECORD_HINT = lazy_compile(r"récord|record|rekord")
_SUPERLATIVE_HINT = lazy_compile(r"plus|más|mais|più|mayor|maior|maggiore|pire|peor|pior|peggiore")
_HISTORIC_HINT = lazy_compile(r"histor|histór|storic")
_HIGH_LOW_HINT = lazy_compile(r"all.time|allzeit|storic")
_FIRST_HINT = lazy_compile(r"first|primeira|primera|première|erste|erstmals")


def more_ranks(text: str) -> list[tuple[int, int, str, int, str]]:
    """The ranks of a line that :mod:`.ranks`'s English patterns leave: (start, end, kind, rank, noun class)."""
    out: list[tuple[int, int, str, int, str]] = []
    lower = text.lower()
    records, superlatives = _RECORD_HINT.search(lower), _SUPERLATIVE_HINT.search(lower)
    historic, first = _HISTORIC_HINT.search(lower), _FIRST_HINT.search(lower)
    for m in _HIGH_LOW.finditer(text) if records or historic or _HIGH_LOW_HINT.search(lower) else ():
        out.append((m.start(), m.end(), "largest" if m.group("high") else "smallest", 1, LEVEL))
    for m in _RECORD_AFTER.finditer(text) if records else ():
        noun = m.group("noun") or m.group("noun_pt")
        if _a_noun(noun) and noun.lower() not in _NOT_RECORD_NOUNS:
            out.append((m.start(), m.end(), "largest", 1, noun_class(noun)))
    for pattern in (_SUPERLATIVE_AFTER, _SUPERLATIVE_BEFORE) if superlatives else ():
        for m in pattern.finditer(text):
            if _a_noun(m.group("noun")):
                kind = next(g for g, v in m.groupdict().items() if v and g != "noun").split("_", 1)[1]
                out.append((m.start(), m.end(), kind, 1, noun_class(m.group("noun"))))
    for m in _IS_RECORD.finditer(text) if records else ():
        if known_class(m.group("noun")) is not None:
            out.append((m.start(), m.end(), "largest", 1, known_class(m.group("noun"))))
    for m in _MORE_ENGLISH.finditer(text) if _MORE_ENGLISH_HINT.search(lower) else ():
        noun, end = _known_noun(m)
        if noun is not None:
            out.append((m.start(), end, "largest", 1, noun))
    for m in _RECORD_DE.finditer(text) if records else ():
        if m.group("noun").lower() not in _NOT_RECORD_DE:
            out.append((m.start(), m.end(), "largest", 1, noun_class(m.group("noun"))))
    for pattern in (_HISTORIC_BEFORE, _HISTORIC_AFTER) if historic else ():
        for m in pattern.finditer(text):
            if _a_noun(m.group("noun")) and m.group("noun").lower() not in _NOT_HISTORIC:
                out.append((m.start(), m.end(), HISTORIC, 1, noun_class(m.group("noun"))))
    for m in _ORDINAL_RANK.finditer(text) if has_ordinal(text, foreign=True) else ():
        value, (noun, end) = ordinal_value(m.group("ord")), _known_noun(m)
        if value is not None and noun is not None and not _ENGLISH_ORDINAL.fullmatch(m.group("ord")):
            out.append((m.start(), end, "order", value, noun))
    for pattern in (_FIRST_TIME, _FIRST_DE, _FIRST_OF_KIND) if first else ():
        for m in pattern.finditer(text):
            if m.group("noun").lower() not in _NOT_FIRSTS:
                out.append((m.start(), m.end(), "order", 1, noun_class(m.group("noun"))))
    if not text.isascii():
        out += east_asian_ranks(text)  # ("사상 최대 규모로 상장", "過去最大の罰金")
    return _apart(out)


def _known_noun(m: re.Match) -> tuple[str | None, int]:
    """The class of the noun a match ranks and where it ends: its group "noun" when of a known class, else its
    group "after" (the noun after an adjective: "la primera gran manifestación", "its harshest antitrust penalty")."""
    noun = known_class(m.group("noun"))
    if noun is None and m.group("after"):
        return known_class(m.group("after")), m.end("after")
    return noun, m.end("noun")


def _a_noun(word: str) -> bool:
    """Whether a word after an article may be the noun a rank ranks (no function word: "el mayor de")."""
    return word.lower() not in _NOT_NOUNS | NOT_NAMES and word.lower() not in all_function_words()


def _apart(found: list[tuple[int, int, str, int, str]]) -> list[tuple[int, int, str, int, str]]:
    """The ranks found, the first of any two that overlap kept (found in the order of the patterns)."""
    kept: list[tuple[int, int, str, int, str]] = []
    for rank in found:
        if not any(a < rank[1] and rank[0] < b for a, b, *_ in kept):
            kept.append(rank)
    return kept
