"""Prison terms listed after a sentence's first, each for the person named before it (issue 11).

"The court sentenced Sarkozy to five years, Guéant to six years and Hortefeux to two years", "Sarkozy foi condenado a
cinco anos, Guéant a seis anos e Hortefeux a dois anos", "Sarkozy was sentenced to five years, while Guéant received
six years and Hortefeux two years": the verb of sentencing is written once, before the first term; each later term of
the list is a prison term too, of the person named right before it (after the list's comma or "and", before "to").
A term not so listed keeps what it was read as.
"""

from __future__ import annotations

from briefing_tui.compare.prison_terms import PRISON_MEASURE
from briefing_tui.lazy_pattern import lazy_compile

# Between a prison term and the next one of its list: the list's comma or "and" (in the languages of the digests),
# the next person's name (capitalised words), then "to" ("Guéant to", "e Hortefeux a") or nothing ("and Hortefeux
# two years"), and nothing else.
_NEXT_TERM = lazy_compile(
    r"\A\s{0,3}(?:,\s{0,3}(?:(?:and|e|y|et|und)\s{1,3})?|\s{1,3}(?:and|e|y|et|und)\s{1,3})"
    r"(?P<name>[A-ZÀ-Ý][\w’'-]{1,30}(?:\s{1,3}[A-ZÀ-Ý][\w’'-]{1,30}){0,3})"
    r"\s{1,3}(?:(?:to|a|à|zu)\s{1,3})?\Z")


def listed_terms(out: list[tuple[str, int, int, dict]], text: str) -> list[tuple[str, int, int, dict]]:
    """The figures (kind, start, end, fields: in reading order, offsets into ``text``) with each period listed after a
    prison term read as the prison term of the person named before it (see the module's doc)."""
    for i in range(1, len(out)):
        kind, start, _, fields = out[i]
        before_kind, _, before_end, before = out[i - 1]
        if kind != "period" or before_kind != "period" or before.get("measure") != PRISON_MEASURE \
                or fields.get("measure") not in (None, PRISON_MEASURE):
            continue
        listed = _NEXT_TERM.match(text[before_end:start])
        if listed:
            fields.update(measure=PRISON_MEASURE, subject=listed.group("name"))
    return out
