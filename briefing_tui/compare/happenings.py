"""Happenings stated in any of six languages: a common news verb (or its nominalisation) and what it acts on, read
through the table ``data/happening_words.yaml``: "signed the agreement", "firmaron el acuerdo", "die
Unterzeichnung des Abkommens" and "la signature de l'accord" are all (sign, agreement); "acquired U.S. Steel",
"the acquisition of US Steel", "die Übernahme von US Steel" are all (acquire, steel).

A verb form's object is the first noun of the table's objects within ``OBJECT_REACH`` words after it, else (for a
verb whose object may be a party: an acquisition, a blocking) the name right after it (its last word); a
nominalisation's object follows a word of "of" ("the signing of", "la firma del", "the visit to"). A verb naming no object
after it takes the nearest one before it, in its clause, past its subject's complements ("hat das Abkommen
unterzeichnet", "the deal was blocked", "l'accord entre A et B a été signé dimanche"). Besides signing, approving
(passing a law), reaching, acquiring, blocking, winning and losing, meeting and visiting: a ruling or a ban upheld,
an appeal rejected, a ban lifted, sanctions or a fine imposed, an investigation opened. Read by
:mod:`briefing_tui.compare.fact_phrases`, which makes the claims."""

from __future__ import annotations

from functools import lru_cache

from briefing_tui.compare.phrase_claims import CAPITALISED, NOT_NAMES, name_key
from briefing_tui.language_table import per_language, shipped_table

HAPPENING_WORDS_FILE = "happening_words.yaml"
OBJECT_REACH = 5  # words after a verb searched for its object ("signed a landmark free trade agreement")
PASSIVE_REACH = 3  # tokens between a passive's auxiliary and its verb ("wurde am Sonntag unterzeichnet"), or a verb
# and its word of "by" ("blocked on Friday by")
AGENT_WORDS = 6  # words after "by" read for a passive's agent ("by then-U.S. President Joe Biden")
BACK_REACH = 12  # words before a clause-final verb searched for its object ("das Abkommen zwischen A und B wurde am
# Sonntag unterzeichnet", "l'accord entre A et B a été signé")
# Lemmas whose object may be a party or a place, named right after the verb ("acquired Wiz", "übernimmt
# Kellanova", "met Modi", "visited Kyiv").
NAMED_OBJECTS = frozenset({"acquire", "block", "meet", "visit"})
# Tokens that end a clause: an object is never read across them.
_CLAUSE_END = frozenset(",;:()[]—–\"“”.!?")
# Elided articles before an object ("l'accord", "dell'accordo").
_ELISION = ("l'", "l’", "d'", "d’", "dell'", "dell’", "all'", "all’")


class _Words:
    """The table compiled: word form -> lemma for verbs and nominalisations, noun -> object, the words of "of"."""

    def __init__(self, data: dict) -> None:
        self.verbs = _forms(data.get("verbs"))
        self.nouns = _forms(data.get("nouns"))
        self.objects = _forms(data.get("objects"))
        self.of = frozenset(w for words in per_language(data.get("of")) for w in words)
        self.passive = frozenset(w for words in per_language(data.get("passive")) for w in words)
        # (the words that bring a passive's agent, "blocked by Biden", "aprobado por el FMI": no object after them)
        self.by = frozenset(w for words in per_language(data.get("by")) for w in words)


def _forms(section: object) -> dict[str, str]:
    out: dict[str, str] = {}
    for lemma, forms in (section or {}).items() if isinstance(section, dict) else ():
        for words in per_language(forms):
            for w in words:
                out.setdefault(w, str(lemma))
    return out


@lru_cache(maxsize=1)
def happening_words() -> _Words:
    """The table of ``data/happening_words.yaml``, read once."""
    return _Words(shipped_table(HAPPENING_WORDS_FILE))


def _bare(word: str) -> str:
    lower = word.lower()
    for e in _ELISION:
        if lower.startswith(e) and len(lower) > len(e):
            return lower[len(e):]
    return lower


def _object_after(tokens: list[tuple[str, int, int]], k: int, lemma: str) -> tuple[str, int] | None:
    """(object, index of its last token) of the words from token ``k``, None when none is named."""
    words = happening_words()
    for j in range(k, min(len(tokens), k + OBJECT_REACH)):
        word = tokens[j][0]
        if word in _CLAUSE_END or word[0].isdigit():
            return None
        found = words.objects.get(_bare(word))
        if found is not None:
            return found, j
        if lemma in NAMED_OBJECTS and CAPITALISED.fullmatch(word) and word.lower() not in NOT_NAMES:
            last = j
            # (the name's words run on, with their initials' full stops: "U.S. Steel")
            while last + 1 < len(tokens) and (CAPITALISED.fullmatch(tokens[last + 1][0])
                                              or (tokens[last + 1][0] == "." and tokens[last][2] == tokens[last + 1][1])):
                last += 1
            name = [t[0] for t in tokens[j:last + 1] if t[0] != "."]
            return name_key(name[-1]), last
    return None


def happening_at(tokens: list[tuple[str, int, int]], i: int) -> tuple[str, str, int] | None:
    """The happening token ``i`` states: (lemma, object, index of the phrase's last token), None when the token
    is no verb or nominalisation of the table or names no object."""
    words = happening_words()
    lower = tokens[i][0].lower()
    if lower in words.verbs:
        lemma = words.verbs[lower]
        passive = i + 1 < len(tokens) and tokens[i + 1][0].lower() in words.by
        found = None if passive else _object_after(tokens, i + 1, lemma)
        if found is None:
            for j in range(i - 1, max(-1, i - 1 - BACK_REACH), -1):  # (a German clause-final verb, a passive)
                if tokens[j][0] in _CLAUSE_END:
                    break
                if (obj := words.objects.get(_bare(tokens[j][0]))) is not None:
                    return lemma, obj, i
        return None if found is None else (lemma, found[0], found[1])
    if lower in words.nouns and i + 1 < len(tokens) and (tokens[i + 1][0].lower() in words.of
                                                         or _bare(tokens[i + 1][0]) != tokens[i + 1][0].lower()):
        lemma = words.nouns[lower]
        k = i + 2 if tokens[i + 1][0].lower() in words.of else i + 1  # ("de l'accord": the elision is the object's)
        found = _object_after(tokens, k, lemma)
        return None if found is None else (lemma, found[0], found[1])
    return None


def passive_agent(tokens: list[tuple[str, int, int]], i: int) -> tuple[int, int] | None:
    """Whether the verb form at token ``i`` is a passive ("was signed", "a été signé", "wurde ... unterzeichnet",
    "blocked by Biden"), and then the (first, past-last) tokens that may name its agent: those after its word of
    "by" up to the clause's end, none (an empty span) without one. None for an active form: its actors are the
    names before it, while a passive's are the ones acted on."""
    words = happening_words()
    after = i + 1 < len(tokens) and tokens[i + 1][0].lower() in words.by
    before = any(tokens[j][0].lower() in words.passive for j in range(max(0, i - PASSIVE_REACH), i))
    if not (after or before):
        return None
    by = next((j for j in range(i + 1, min(len(tokens), i + 1 + PASSIVE_REACH))
               if tokens[j][0].lower() in words.by), None)
    if by is None:
        return i + 1, i + 1
    end = by + 1
    while end < len(tokens) and tokens[end][0] not in _CLAUSE_END and end - by <= AGENT_WORDS:
        end += 1
    return by + 1, end
