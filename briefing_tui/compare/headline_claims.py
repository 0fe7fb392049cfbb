"""A page's headline as a statement of the claims its figures restate (issue 11).

A headline is the outlet's own claim ("Death toll rises to 52", "Japan pledges ¥3 trillion"), but clipped and
often rounded ("over 300" for the body's 312): it restates the body's figure. So it never forms a claim, never
joins the claims' alignment and is never the figure a source is weighed by: once the claims are judged,
:func:`attach_headlines` adds each headline figure, as a statement with its offsets, to the claim by its measure
(else by wording) that holds the same value, first one its own source's body gives, else (a source whose body
gives the figure no claim holds) one another source gives. Another claim of the measure in which its body gives
other values ("nine dead in Bangkok" beside "144 dead in Myanmar") keeps it from none but that claim. Its clipped
words may name the measure otherwise than the bodies do ("death toll passes 3,000 with hundreds still missing"
read as the missing), or not at all: then it joins the one claim by measure its own body gives the value in, else
(no claim being of its measure) the one claim by measure that gives the value. A claim's verdict and timeline are
left as they were judged, but for a single source's claim that the headline of another confirms: it agrees.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing_tui.compare.figures import figures_in_text
from briefing_tui.compare.rates import RateTable
from briefing_tui.model import VERDICTS, Claim, Figure, FigureKind, Source, Statement

SAME_HEADLINE_VALUE = 0.05
"""Two values this close (a share of the larger, money converted at each article's date) are one figure."""
ROUNDED_DOWN = 0.25
"""A headline's "over 300"/"more than $240 million" restates a body's value up to this share above it."""
# Qualifiers of a value the headline rounds down to ("over 300 dead" for 312).
LOWER_BOUNDS = frozenset({"more_than", "at_least"})
AMOUNT_KINDS: frozenset[FigureKind] = frozenset({"count", "money", "percent", "period"})
"""Figures a headline states an amount by (a year or a date tells when: :mod:`headline_wording` places those)."""


def attach_headlines(claims: list[Claim], sources: Sequence[Source], table: RateTable) -> None:
    """Add each headline figure of ``sources`` to the claim that holds its value for its measure (see the
    module's docstring), or else to the one claim by measure its own body gives the value in; a figure no claim
    holds stays out. ``claims`` (ordered by
    verdict) are ordered again when a single source's claim now agrees."""
    published = {s.id: s.published for s in sources}
    rank = {s.id: i for i, s in enumerate(sources)}
    for src in sources:
        for s in src.sentences:
            if src.paragraphs[s.paragraph].kind != "headline":
                continue
            for f in figures_in_text(s.text, src, s.start, table):
                if f.kind not in AMOUNT_KINDS or not f.low or f.qualifier == "range" or f.role != "current":
                    continue
                home = (_home(f, claims, published, table) if f.measure is not None else None) \
                    or _own_body_home(f, claims, published, table) or _value_home(f, claims, published, table)
                if home is None:
                    continue
                home.statements.append(Statement(src.id, s.text, s.start, s.end, sentence_index=s.index,
                                                 figures=[f], marks=[(f.start, f.end, "match")]))
                home.statements.sort(key=lambda st: (rank.get(st.source, len(rank)), st.start))
                if home.verdict == "single" and len(home.sources) > 1:
                    home.verdict = "agree"  # (another source's headline gives the one source's figure)
                    home.evidence = "; ".join(x for x in (home.evidence, f"{src.label}'s headline gives the same "
                                                          f"figure ({f.text})") if x)
    claims.sort(key=lambda c: VERDICTS.index(c.verdict))  # (stable: the order within a verdict kept)


def _home(f: Figure, claims: Sequence[Claim], published: dict[str, str | None], table: RateTable) -> Claim | None:
    """The claim whose statements give ``f``'s value for its measure: first a claim by that measure, then a claim by
    wording whose statements' figures give it; in each, one its own source's body gives first. A claim in which
    its source's body gives that measure only other values (of the headline's kind) is none: a headline never
    speaks against its body. None when there is no claim, or when its source's body gives that measure other
    values in a claim by measure and gives the headline's value in none (another claim of the measure, "nine dead
    in Bangkok" beside "144 dead in Myanmar", keeps no headline from the claim its body restates)."""
    ranked: list[tuple[int, int, Claim]] = []
    against = False
    for k, claim in enumerate(claims):
        if claim.measure not in (f.measure, None):
            continue
        figures = [(st.source, g) for st in claim.statements for g in st.figures
                   if g.measure == f.measure and g.kind == f.kind]
        own = [g for source, g in figures if source == f.source]
        if own and not any(_restates(f, g, published, table) for g in own):
            against = against or claim.measure is not None
            continue
        if own or any(_restates(f, g, published, table) for _, g in figures):
            ranked.append((2 * (claim.measure is None) + (not own), k, claim))
    if against and not any(rank % 2 == 0 for rank, _, _ in ranked):
        return None
    return min(ranked, key=lambda r: r[:2])[2] if ranked else None


def _own_body_home(f: Figure, claims: Sequence[Claim], published: dict[str, str | None],
                   table: RateTable) -> Claim | None:
    """The one claim by measure in which the headline's own body gives ``f``'s value, whatever measure the
    headline's clipped words were read as ("death toll passes 3,000 with hundreds still missing" read as the
    missing, its body's "at least 3,085 people have died"; "pour 36 milliards de dollars", no measure): a headline
    restates its body, and its body's sentence tells what the figure measures. Of several, the one its body gives
    the very value in ("28 new measles cases": its body's "28 cases", not its "29" hospitalised). None when its body
    gives that value in no claim by measure, or in several alike (which one the headline gives is unknown)."""
    homes = [c for c in claims if c.measure is not None and any(
        st.source == f.source and _restates(f, g, published, table) for st in c.statements for g in st.figures)]
    if len(homes) > 1:
        homes = [c for c in homes if any(st.source == f.source and g.kind == f.kind and g.low == f.low
                                         and g.role == "current" for st in c.statements for g in st.figures)]
    return homes[0] if len(homes) == 1 else None


def _value_home(f: Figure, claims: Sequence[Claim], published: dict[str, str | None],
                table: RateTable) -> Claim | None:
    """The one claim by measure whose statements give ``f``'s value when no claim is of the measure the headline's
    clipped words were read as (nor of none): its words named the measure otherwise than the bodies do. None when
    a claim is of its measure, its own body gives that measure in one, or the value is in several claims."""
    if any(c.measure == f.measure or any(st.source == f.source and g.measure == f.measure and g.kind == f.kind
                                         for st in c.statements for g in st.figures) for c in claims):
        return None
    homes = [c for c in claims if c.measure is not None
             and any(_restates(f, g, published, table) for st in c.statements for g in st.figures)]
    return homes[0] if len(homes) == 1 else None


def _value(f: Figure, published: dict[str, str | None], table: RateTable) -> float | None:
    """The figure's value, money converted at its article's date (None when no rate is known)."""
    value = f.low or 0.0
    if f.kind == "money":
        rate = table.rate(f.unit or "", published.get(f.source))
        if rate is None:
            return None
        value *= rate.value
    return value or None


def _restates(head: Figure, body: Figure, published: dict[str, str | None], table: RateTable) -> bool:
    """Does the headline's figure give the body's value, as it is or rounded down ("over 300" for 312)?"""
    if head.kind != body.kind or body.qualifier == "range" or body.role != "current":
        return False
    a, b = _value(head, published, table), _value(body, published, table)
    if a is None or b is None:
        return False
    if abs(a - b) <= SAME_HEADLINE_VALUE * max(a, b):
        return True
    return head.qualifier in LOWER_BOUNDS and a <= b <= a * (1 + ROUNDED_DOWN)
