"""The kind a word between a count and its noun gives its measure ("805 office buildings": office buildings), and
the measures no such word narrows: people's fates, and an outbreak's cases but for a case's status ("230 measles
cases" are cases, as every outlet's count of one outbreak is of its one disease; "two probable cases" are probable
cases, counted apart from the confirmed ones)."""

from __future__ import annotations

from briefing_tui.compare.crew_members import MEMBER_NOUNS
from briefing_tui.compare.measures import PEOPLE_MEASURES, measure_of_word
from briefing_tui.compare.numbers import SPACE
from briefing_tui.lazy_pattern import lazy_compile

# A lower-case word between a count and its noun: "805 office buildings" (not "12 more people", nor a size: "a
# 22-member crew", "two-dozen crew").
_COUNT_MODIFIER = lazy_compile(
    rf"(?:{SPACE}|-)(?!(?:more|new|other|further|additional|extra|of|people|member|dozen)\b)"
    rf"([a-z]{{3,30}}){SPACE}[a-z]")
CASES = "cases"  # an outbreak's cases (compare/measure_names.py)
# The words of a case's status: the only words before "cases" that name a narrower measure.
CASE_STATUSES = frozenset(("confirmed", "probable", "suspected", "possible", "presumptive"))


def kinded_measure(measure: str | None, head: str | None, phrase: str) -> str | None:
    """``measure`` narrowed by the lower-case word between the count and its noun ``head`` in ``phrase``, when that
    word names a kind of it ("805 office buildings", "religious buildings", "two probable cases"), else ``measure``."""
    modifier = _COUNT_MODIFIER.match(phrase)
    if not (measure and modifier and head and measure_of_word(head) == measure) or measure in PEOPLE_MEASURES:
        return measure
    word = modifier.group(1).lower()
    # ("two crew members": the head itself; "12 membres d'équipage": the crew's members, compare/crew_members.py)
    if word in (head, *MEMBER_NOUNS) or (measure == CASES and word not in CASE_STATUSES):
        return measure
    return f"{word} {measure}"
