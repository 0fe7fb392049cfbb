"""Deadlines given as a length of time or as a date, weighed against each other: "suspend transfers within five
months", "a five-month deadline", "un plazo de cinco meses", "given a deadline, until 22 October", "d'ici le 12
octobre", "avant le 12 novembre".

A length (a period :mod:`.span_measures` reads as a deadline) and a date are compared only through the publication
date of the article giving the length: "five months" in an article of 22 May ends on 22 October, which "until 22
October" agrees with and "d'ici le 12 octobre" does not (``LAG_DAYS`` either side: an article may appear days after
the order it reports). A length in an undated article is weighed only against another length.

A party is often given two deadlines for two acts ("suspend within five months, stop storing within six"): an
article's deadlines are taken in the order written, the first of each article with the first of the others, the second
with the second; an article giving one deadline joins the first act's (else the second's) only where it agrees with one
of its deadlines, and when no article gives two, deadlines join only where they agree with each other (one deadline of
an article may be either act's: it never makes a disagreement of its own).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from briefing_tui.compare.phrase_claims import Phrase, phrase_claim
from briefing_tui.compare.span_measures import DEADLINE_MEASURE
from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import VERDICTS, Claim, Figure

LAG_DAYS = 3  # days a length's end (counted from its article's date) and a date may differ and still agree
# Words right before a date that make it the end of a time to act: "until", "by", "no later than", "d'ici le",
# "avant le", "jusqu'au", "hasta el", "antes del", "a más tardar el", "bis zum", "spätestens am", "entro il", "até".
_BY_DATE = lazy_compile(
    r"(?:\buntil|\bby|\bbefore|\bno\s{1,3}later\s{1,3}than|\bd['’]ici\s{1,3}(?:le|au)|\bavant\s{1,3}le|\bjusqu['’]au"
    r"|\bhasta\s{1,3}el|\bantes\s{1,3}del?|\ba\s{1,3}más\s{1,3}tardar\s{1,3}el|\bbis\s{1,3}(?:zum|spätestens)"
    r"|\bspätestens\s{1,3}(?:am|bis)|\bentro\s{1,3}il|\baté)\s{1,3}$", re.I)
# Words of the sentence that make such a date a deadline: a time to act ("has until", "tiene hasta"), a deadline's
# noun, an order or an obligation.
_DUE = lazy_compile(
    r"\b(?:(?:has|have|had|given|tiene|tienen|tendrá|a|ont|aura|hat|haben|ha|hanno|tem|têm)\s{1,3}(?:until|hasta|jusqu|bis|fino|até)"
    r"|deadline|ultimatum|plazo|délai|prazo|termine|frist|ordered|directed|told|required|instructed|must|has\s{1,3}to"
    r"|have\s{1,3}to|doit|doivent|devra|devrait|devront|debe|deben|deberá|deberán|tiene\s{1,3}que|muss|müssen|deve|dovrà)\b",
    re.I)
BY_REACH = 30  # characters before a date read for "until"
_ISO_DAY = lazy_compile(r"\d{4}-\d\d-\d\d")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_PER_YEAR = 12
DAYS_PER_YEAR = 365
WEEK_YEARS = 7 / DAYS_PER_YEAR


@dataclass(frozen=True, slots=True)
class _Due:
    """One article's deadline: a length (``months`` or ``days``) or a day of the year (``month``/``day``)."""

    source: str
    published: date | None
    unit: Unit
    figure: Figure
    months: int | None = None
    days: int | None = None
    hours: float | None = None  # a length in hours ("a 48-hour ultimatum")
    on: tuple[int, int] | None = None  # (month, day) of a date
    year: int | None = None  # a date's year when written

    def end(self, year: int | None = None) -> date | None:
        """The day the deadline ends: a date's own, a length's counted from its article's date."""
        if self.on is not None:
            year = self.year or year or (self.published.year if self.published else None)
            return date(year, *self.on) if year else None
        if self.published is None:
            return None
        if self.days is not None or self.hours is not None:
            return self.published + timedelta(days=self.days or 0, hours=self.hours or 0)
        month = self.published.month - 1 + (self.months or 0)
        return _safe_day(self.published.year + month // MONTHS_PER_YEAR, month % MONTHS_PER_YEAR + 1, self.published.day)

    def reading(self) -> str:
        """The deadline as a title shows it: "5 months", "60 days", "12 Oct"."""
        if self.on is not None:
            return f"{self.on[1]} {_MONTHS[self.on[0] - 1]}"
        count, unit = ((f"{self.hours:g}", "hour") if self.hours is not None else (self.days, "day") if self.days is not None
                       else (self.months, "month"))
        return f"{count} {unit}{'' if count in (1, '1') else 's'}"


def _safe_day(year: int, month: int, day: int) -> date:
    """The day, or the month's last when it has fewer days (31 March + 1 month is 30 April)."""
    while True:
        try:
            return date(year, month, day)
        except ValueError:
            day -= 1


def _published(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text and _ISO_DAY.fullmatch(text[:10]) else None


def _due(unit: Unit, source, f: Figure) -> _Due | None:
    """The deadline a figure of ``unit`` gives, else None."""
    published = _published(source.published)
    if f.kind == "period" and f.measure == DEADLINE_MEASURE and f.low and not f.is_range and f.unit == "hour":
        return _Due(source.id, published, unit, f, hours=f.low)
    if f.kind == "period" and f.measure == DEADLINE_MEASURE and f.low and not f.is_range and f.unit == "year":
        months = f.low * MONTHS_PER_YEAR
        if abs(months - round(months)) < 1e-6 and (f.conversion or 1.0) != 1 / DAYS_PER_YEAR \
                and abs(f.conversion - WEEK_YEARS) > 1e-9:
            return _Due(source.id, published, unit, f, months=round(months))
        return _Due(source.id, published, unit, f, days=round(f.low * DAYS_PER_YEAR))
    if f.kind == "date" and f.date_low and f.date_low == f.date_high and _DUE.search(unit.text) \
            and _BY_DATE.search(unit.text[max(0, f.start - unit.start - BY_REACH):f.start - unit.start]):
        year, month, day = f.date_low.split("-")
        return _Due(source.id, published, unit, f, on=(int(month), int(day)), year=int(year) if year.isdigit() else None)
    return None


def _check(a: _Due, b: _Due) -> tuple[bool, str] | None:
    """Whether two deadlines agree, and why; None when they cannot be weighed (a length of an undated article
    against a date)."""
    if a.on is None and b.on is None:
        same = (a.months, a.days, a.hours) == (b.months, b.days, b.hours)
        return same, f"'{a.figure.text}' and '{b.figure.text}': {'the same length' if same else 'different lengths'}"
    if a.on is not None and b.on is not None:
        if a.year and b.year and a.year != b.year:
            return False, f"'{a.figure.text}' and '{b.figure.text}': different days"
        same = a.on == b.on
        return same, f"'{a.figure.text}' and '{b.figure.text}': {'the same day' if same else 'different days'}"
    length, day = (a, b) if a.on is None else (b, a)
    end = length.end()
    if end is None:
        return None
    on = day.end(end.year)
    if on is None:
        return None
    if on < end - timedelta(days=DAYS_PER_YEAR // 2) and day.year is None:
        on = day.end(end.year + 1)  # ("12 January" after a length from November)
    gap = abs((on - end).days)
    ok = gap <= LAG_DAYS
    return ok, (f"'{length.figure.text}' from its article's date {length.published.isoformat()} ends on "
                f"{end.day} {_MONTHS[end.month - 1]} {end.year}, '{day.figure.text}' is {gap} days "
                f"{'after' if on > end else 'before'} it (±{LAG_DAYS} days): {'consistent' if ok else 'different'}")


def _clusters(dues: Sequence[_Due]) -> list[list[_Due]]:
    """The deadlines by what they are of (see the module)."""
    by_source: dict[str, list[_Due]] = {}
    for d in sorted(dues, key=lambda d: (d.unit.start, d.figure.start)):
        by_source.setdefault(d.source, []).append(d)
    clusters: list[list[_Due]] = []
    for items in by_source.values():
        if len(items) > 1:
            while len(clusters) < len(items):
                clusters.append([])
            taken: set[int] = set()
            for k, d in enumerate(items):
                # the act whose deadline it agrees with (an article may list them in another order), else its place's
                agreed = [j for j, c in enumerate(clusters) if j not in taken and any((check := _check(d, e)) and check[0]
                                                                                     for e in c)]
                free = [j for j in range(len(clusters)) if j not in taken]
                j = agreed[0] if agreed else k if k not in taken else free[0]
                taken.add(j)
                clusters[j].append(d)
    ranked = len(clusters)
    for items in by_source.values():
        if len(items) == 1:
            d = items[0]
            if ranked:  # the first act's or the second's, whichever it agrees with (the first on a tie)
                home = next((c for c in clusters if any((check := _check(d, e)) and check[0] for e in c)), None)
            else:  # no article gives two: one deadline, when none disagrees
                home = next((c for c in clusters if all((check := _check(d, e)) is None or check[0] for e in c)), None)
            if home is not None:
                home.append(d)
            elif not ranked:
                clusters.append([d])
    return clusters


def deadline_date_claims(units: Sequence[Unit], rank: dict[str, int]) -> list[tuple[tuple, Claim]]:
    """Claims of deadlines that two sources state, given as lengths or dates, with their sort keys."""
    dues = []
    for u in units:  # (a sentence several sources print alike is its first source's)
        for f in u.figures:
            if (d := _due(u, u.source, f)) is not None:
                dues.append(d)
    out = []
    for group in _clusters(dues):
        if len({d.source for d in group}) < 2:
            continue
        checks = [c for k, a in enumerate(group) for b in group[k + 1:] if a.source != b.source
                  and (c := _check(a, b)) is not None]
        phrases = [Phrase(d.source, d.figure.text, d.figure.start, d.figure.end, (d.unit.start, d.unit.end),
                          None if d.unit.index < 0 else d.unit.index, ("deadline",), d.reading(), d.reading())
                   for d in group]
        made = phrase_claim(phrases, rank, "Deadline", DEADLINE_MEASURE, "t")
        if made is None:
            continue
        key, claim = made
        wrong = [why for ok, why in checks if not ok]
        verdict = "disagree" if wrong else "agree"
        evidence = "; ".join(wrong or [why for _, why in checks]) or claim.evidence
        mark = "conflict" if wrong else "match"
        statements = [replace(st, marks=[(st.start, st.end, mark)]) for st in claim.statements]
        out.append(((VERDICTS.index(verdict),) + key[1:],
                    replace(claim, verdict=verdict, evidence=evidence, statements=statements)))
    return out
