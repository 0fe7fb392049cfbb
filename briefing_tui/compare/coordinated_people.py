"""Two counts of people joined by "and" share what befell them (issue 11, missed disagreements of the cause "measures
differ"): in "the strikes killed 28 Israelis and more than 600 Iranians", "la muerte de al menos 28 israelíes y más de
600 iraníes" or "ont tué 28 Israéliens et 600 Iraniens" the verb or noun before the first count is the second's too;
in "28 Israelis and 600 Iranians were killed", "28 Israéliens et 600 Iraniens ont été tués" or German's "wurden 28
Israelis und 600 Iraner getötet" the predicate after the second is the first's too. Each count kept its nationality or
group as its subject, but one of the two came out as plain "people", never weighed against another outlet's toll of
that people.

Only two counts of people (their nouns: people, a group, a nationality) with nothing but a conjunction between them
are read here, and only when one of them is plain people of a named nationality or group (its subject) and the
other's measure is what befell people (the dead, the injured, the missing, the displaced, the arrested, ...): "190
Spanish nationals and 26 people from 11 countries" among the victims are two parts of one toll, and the second, whose
people are not named, would read as the whole toll. A count whose noun is itself a fate ("28 dead and 600
people") or a modified one ("12 soldiers injured": a part) lends nothing: what befell the other is unsaid.
"""

from __future__ import annotations

import dataclasses
import re

from briefing_tui.compare.language_words import language_words
from briefing_tui.compare.measures import GENERIC_HEADS, PEOPLE_MEASURES
from briefing_tui.compare.word_forms import singular
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

# What befalls people, as a count's measure: the measures a count of people shares with one joined to it.
FATES = (PEOPLE_MEASURES | {"dead"}) - {"residents", "affected", "firefighters", "survivors"}
# The measures of a count of people that says nothing of what befell them.
_UNSAID = frozenset({None, "people"})
# Between two counts: an optional comma, a conjunction of English, Spanish, Portuguese, Italian, French, German or
# Dutch, and the repeated preposition of Romance lists ("e di 60 turisti", "y de 600"); nothing else.
_JOINED = lazy_compile(r"\s{0,3},?\s{0,3}(?:and|y|e|et|und|en|ed)\s{1,3}(?:(?:de|di|of|des)\s{1,3})?", re.I)
# The words of a count's text after its number ("600 Iranians", "más de 600 iraníes", "600 millones de personas").
_WORDS_AFTER_NUMBER = lazy_compile(r"(?<=\d)[^\W\d_]{0,3}\s{1,3}([^\W\d_][\w'’-]{0,40})(?:\s{1,3}([^\W\d_][\w'’-]{0,40}))?"
                                   r"(?:\s{1,3}([^\W\d_][\w'’-]{0,40}))?")
# Words of a scale, or the link after one, between a number and its noun ("600 millones de", "2 million").
_SCALES = frozenset("thousand million millions billion milliards mil millones millón milhões milioni mila "
                    "tausend millionen milliarden de di".split())


def _noun(f: Figure) -> str | None:
    """The noun a count is written with (lower case), past a scale word; None for a bare number."""
    m = _WORDS_AFTER_NUMBER.search(f.text)
    words = [w.lower() for w in (m.groups() if m else ()) if w]
    return next((w for w in words if w not in _SCALES), None)


def _unsaid(f: Figure, noun: str) -> bool:
    """Whether a count's measure says nothing of what befell its people: none, "people", or its own noun's
    ("60 turisti": "tourist")."""
    return f.measure in _UNSAID or f.measure == singular(noun)


def _people(noun: str | None) -> bool:
    """Whether a count's noun counts people without naming what befell them: people, a group, a nationality."""
    if not noun:
        return False
    table = language_words()
    return noun in GENERIC_HEADS or noun in table.people or noun in table.nationalities


def coordinated_people(figures: list[Figure], text: str, offset: int) -> list[Figure]:
    """``figures`` (of one sentence, ``text`` at ``offset``) with each plain count of a named people joined by a conjunction
    to a count of people whose measure is a fate (``FATES``) given that fate, forward ("killed 28 Israelis and 600
    Iranians") and backward ("28 Israelis and 600 Iranians were killed")."""
    out = list(figures)
    for _ in range(2):  # (forward, then backward over the list: a chain "28 A, 40 B and 600 C" passes it along)
        for k in range(len(out) - 1):
            a, b = out[k], out[k + 1]
            if a.kind != "count" or b.kind != "count" or not _JOINED.fullmatch(text[a.end - offset:b.start - offset]):
                continue
            noun_a, noun_b = _noun(a), _noun(b)
            if not (_people(noun_a) and _people(noun_b)):
                continue
            if a.measure in FATES and _unsaid(b, noun_b) and b.subject:
                out[k + 1] = dataclasses.replace(b, measure=a.measure)
            elif b.measure in FATES and _unsaid(a, noun_a) and a.subject:
                out[k] = dataclasses.replace(a, measure=b.measure)
    return out
