"""A count's state named after "as": "154 people have been identified as injured", "61 were listed as missing",
"12 personas fueron identificadas como heridas", "9 personnes ont été recensées comme blessées".

The verb of such a predicate (identified, listed, registered) says how the count was made, the word after "as" what
it counts: those identified as injured are the injured, not the dead whose bodies were identified
(compare/count_states.py reads a bare "have been identified" so).
"""

from __future__ import annotations

import re

from briefing_tui.compare.measure_lookup import measure_of_word
from briefing_tui.compare.measures import PEOPLE_MEASURES
from briefing_tui.lazy_pattern import lazy_compile

# Between the count (and its noun) and the verb: a relative pronoun, then auxiliaries and adverbs, a few at most.
_LEAD = (r"\A\s{0,3}(?:(?:that|who|which|que|qui|che)\s{1,3})?"
         r"(?:(?:have|has|had|were|was|are|is|been|being|so\s{1,3}far|now|officially|ont|été|sont|étaient|han|sido"
         r"|fueron|son|eran|hanno|sono|stati|state|foram|são|wurden|worden|sind|waren|bereits)\s{1,3}){0,4}")
# The verbs of a count's making, then "as" and the state (English, French, Spanish, Italian, Portuguese), with one
# adverb of degree before the state at most ("identified as seriously injured").
_NAMED_AS = lazy_compile(
    _LEAD + r"(?:identified|listed|registered|recorded|classified|counted|reported"
    r"|identifi[ée]e?s|recens[ée]e?s|enregistr[ée]e?s"
    r"|identificad[oa]s|registrad[oa]s|contabilizad[oa]s"
    r"|identificat[ei]|registrat[ei])"
    r"\s{1,3}(?:as|comme|como|come)\s{1,3}"
    r"(?:(?:being|seriously|critically|severely|lightly|badly|gravement|grièvement|légèrement|gravemente|levemente"
    r"|leggermente)\s{1,3})?"
    r"(?P<word>[^\W\d_][\w-]{1,24})", re.I)
# The measures a count of people may take from the word after "as" (a nationality or a role names no measure).
_NAMEABLE = frozenset({"dead", "injured", "missing"})


def named_state(measure: str | None, after: str) -> str | None:
    """The measure the word after "as" names in a count's predicate (``after`` is the text after the count and its
    noun): "have been identified as injured" -> "injured"; None when the predicate names none, or when ``measure``
    is another than a bare count's, a generic noun's or the casualties' (kept as it is)."""
    if measure is not None and measure not in PEOPLE_MEASURES and measure != "people":
        return None
    m = _NAMED_AS.match(after)
    if m is None:
        return None
    named = measure_of_word(m.group("word"))
    return named if named in _NAMEABLE else None


# Nouns of suspects (English, German, French, Spanish, Italian, Portuguese): what befell them, when the predicate
# says it, is their count's measure.
_SUSPECT_NOUNS = frozenset(
    "suspect suspects verdächtige verdächtigen sospechoso sospechosos sospechosas sospetti sospettati suspeito "
    "suspeitos".split())
# The predicates of an arrest after a count of suspects: "11 suspects have been arrested", "9 Suspects Detained",
# "14 Verdächtige wurden festgenommen", "14 sospechosos fueron detenidos", "14 suspects ont été interpellés".
_HELD = lazy_compile(
    _LEAD + r"(?:arrested|detained|apprehended|taken\s{1,3}into\s{1,3}custody"
    r"|festgenommen|verhaftet|gefasst"
    r"|detenid[oa]s|arrestad[oa]s|capturad[oa]s|aprehendid[oa]s"
    r"|arrêt[ée]e?s|interpell[ée]e?s"
    r"|arrestati|fermati|detidos|presos)\b", re.I)


def held_suspects(after: str, head: str | None) -> str | None:
    """"arrested" for a count of suspects whose predicate says they were arrested ("11 suspects have been arrested":
    the arrested, not suspects at large), else None."""
    if head is None or head.lower() not in _SUSPECT_NOUNS:
        return None
    return "arrested" if _HELD.match(after) else None
