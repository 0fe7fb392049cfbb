"""Seats still undecided: a count of the seats no party holds yet (issue 11, precision of the disagreements flagged).

On an election night outlets count the seats not yet called beside the seats each party has won: "with 16 seats
still in doubt", "two seats are yet to be declared", "another two seats are too close to call", "16 sièges restent
en suspens", "quedan 16 escaños por asignar", "16 Sitze sind noch offen", "16 seggi ancora in bilico", "16 lugares
ainda por atribuir". Such a count is no holder's tally: it is never weighed against a count of seats won (a
party's, or one that names no holder), only against another count of undecided seats. The word that says so is
read in the count's own clause, after it (up to punctuation or another number), or right before the count's noun
("16 undecided seats", "les 16 sièges indécis").
"""

from __future__ import annotations

import re

from briefing_tui.compare.holderless_seats import SEAT_HEADS
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

UNDECIDED_REACH = 60  # characters after a seat count searched for the words that leave it undecided

# Where the count's own clause ends: punctuation or another number.
_CLAUSE_END = lazy_compile(r"[.;:,()!?\[\]]|\d")

# Words leaving seats undecided, in six languages (en fr es de it pt), one alternative per line; each bounded.
_UNDECIDED = lazy_compile(
    r"\b(?:in\s{1,3}doubt"
    r"|undecided|undeclared|uncalled|unallocated|unresolved|outstanding|in\s{1,3}the\s{1,3}balance"
    r"|yet\s{1,3}to\s{1,3}be\s{1,3}(?:declared|called|decided|counted|accounted\s{1,3}for|allocated|attributed|won)"
    r"|too\s{1,3}close\s{1,3}to\s{1,3}(?:call|attribute|declare)"
    r"|still\s{1,3}(?:open|to\s{1,3}be\s{1,3}(?:decided|declared|called|allocated))"
    r"|en\s{1,3}suspens|indécis|(?:restent|reste)\s{1,3}à\s{1,3}(?:attribuer|pourvoir|décider)"
    r"|pas\s{1,3}encore\s{1,3}attribués"
    r"|por\s{1,3}(?:decidir|asignar|adjudicar|atribuir|definir)|en\s{1,3}disputa|sin\s{1,3}asignar|indecisos"
    r"|noch\s{1,3}(?:offen|nicht\s{1,3}vergeben|unentschieden)|unentschieden"
    r"|in\s{1,3}bilico|(?:ancora\s{1,3})?da\s{1,3}assegnare|incerti"
    r"|em\s{1,3}(?:aberto|disputa)|ainda\s{1,3}por\s{1,3}(?:decidir|atribuir)"
    r")\b", re.I)


def _seat_count(f: Figure) -> bool:
    """Whether ``f`` counts a chamber's seats or members (whatever holds them)."""
    words = (f.measure or "").split()
    return f.kind == "count" and bool(words) and words[-1] in SEAT_HEADS


def undecided(f: Figure, text: str, start: int) -> bool:
    """Whether seat count ``f`` (in sentence ``text`` starting at offset ``start``) counts seats still undecided:
    a word of :data:`_UNDECIDED` in its own text or in its clause after it."""
    if not _seat_count(f):
        return False
    lo, hi = f.start - start, f.end - start
    if not 0 <= lo <= hi <= len(text):
        return False
    after = text[hi:hi + UNDECIDED_REACH]
    cut = _CLAUSE_END.search(after)
    clause = text[lo:hi] + (after[:cut.start()] if cut else after)
    return _UNDECIDED.search(clause) is not None


def undecided_apart(a: Figure, start_a: int, text_a: str, b: Figure, start_b: int, text_b: str) -> bool:
    """Whether one of two seat counts counts undecided seats and the other does not: not one tally."""
    if not _seat_count(a) or not _seat_count(b):
        return False
    return undecided(a, text_a, start_a) != undecided(b, text_b, start_b)
