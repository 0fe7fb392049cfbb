"""Escaped people still at large: "More than 12,500 prisoners who escaped from jails during the chaos remain on the
run", "10,320 inmates were still at large", "siguen prófugos", "permanecem foragidos", "sont toujours en fuite",
"sind noch auf der Flucht" (issue 11).

Those not yet recaptured are a part of those who escaped, fewer every day: a count of them is a kind of its own
(``AT_LARGE_KIND``), never weighed against the count of the escaped ("About 13,500 prisoners had escaped") nor
joined with it. The state is read in the count's clause after it, past a relative clause of its own ("who escaped
from multiple jails"), up to the clause's end.
"""

from __future__ import annotations

import dataclasses
import re

from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

AT_LARGE_KIND = "at-large"  # the kind of a count of people still at large (one of ``measure_kinds.OWN_KINDS``)
# What ends a count's clause: a stop, a semicolon or a colon, or another digit (another count's).
_CLAUSE_END = lazy_compile(r"[.;:!?]\s|[.;:!?]$|\d")
STATE_REACH = 120  # characters after a count searched for its state (its clause, bounded)
# Still at large, one alternative per language: English "remain on the run", "are still at large" (not "unaccounted
# for": a disaster's missing, compare/count_states.py); Spanish "siguen prófugos", "permanecen fugados", "continúan en fuga"; Portuguese "permanecem
# foragidos", "continuam foragidos"; French "sont toujours en fuite", "restent en cavale"; Italian "sono ancora
# latitanti", "restano in fuga"; German "sind noch auf der Flucht", "weiterhin flüchtig".
_AT_LARGE = lazy_compile(
    r"\b(?:remain(?:s|ed)?|(?:are|were|is|was)\s{1,3}still|still)\s{1,3}(?:on\s{1,3}the\s{1,3}run|at\s{1,3}large)\b"
    r"|\b(?:siguen|permanecen|contin[úu]an)\s{1,3}(?:pr[óo]fugos|fugados|pr[óo]fugas|en\s{1,3}fuga)\b"
    r"|\b(?:permanecem|continuam|seguem)\s{1,3}(?:foragidos|foragidas|em\s{1,3}fuga)\b"
    r"|\b(?:sont\s{1,3}toujours|restent|demeurent)\s{1,3}(?:en\s{1,3}fuite|en\s{1,3}cavale)\b"
    r"|\b(?:sono\s{1,3}ancora|restano|rimangono)\s{1,3}(?:latitanti|in\s{1,3}fuga)\b"
    r"|\b(?:sind|waren)\s{1,3}(?:noch|weiterhin|immer\s{1,3}noch)\s{1,3}(?:auf\s{1,3}der\s{1,3}Flucht|flüchtig)\b"
    r"|\bweiterhin\s{1,3}flüchtig\b", re.I)


def at_large_state(after: str) -> bool:
    """Whether the text after a count (``after``) says, within its clause, that those counted are still at large."""
    clause = after[:STATE_REACH]
    end = _CLAUSE_END.search(clause)
    return _AT_LARGE.search(clause[:end.start()] if end else clause) is not None


def at_large_counts(figures: list[Figure], text: str, offset: int) -> list[Figure]:
    """``figures`` (of one sentence, ``text`` at ``offset``) with each count of people still at large measured as
    such (``AT_LARGE_KIND`` before its measure: "at-large prisoner"); a count of no measure is left as it is."""
    out = []
    for f in figures:
        if f.kind == "count" and f.measure and not f.measure.startswith(AT_LARGE_KIND) \
                and at_large_state(text[f.end - offset:]):
            f = dataclasses.replace(f, measure=f"{AT_LARGE_KIND} {f.measure}")
        out.append(f)
    return out
