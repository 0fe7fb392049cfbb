"""The dated exchange-rate table: shipped in briefing_tui/data/rates.yaml, overridable by the user."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from briefing_tui.paths import data_dir, user_config_dir
from briefing_tui.safe_read import read_regular

RATES_FILE = "rates.yaml"


@dataclass(frozen=True, slots=True)
class Rate:
    """One conversion: units of the reference currency per unit of ``currency`` and where it came from."""

    currency: str
    value: float
    date: str  # the table entry's date
    reason: str  # "article date 2025-12-21" | "article date unknown: default" | ...

    def describe(self, reference: str) -> str:
        """``"JPY at 0.00643 USD (table 2025-12-01, article date unknown: default)"``."""
        if self.currency == reference:
            return reference
        return f"{self.currency} at {self.value:.6g} {reference} (table {self.date}, {self.reason})"


@dataclass
class RateTable:
    """USD (the reference) per unit of each currency, by date, plus the names each currency goes by."""

    reference: str = "USD"
    default_date: str = ""
    rates: dict[str, dict[str, float]] = field(default_factory=dict)  # date -> currency -> value
    aliases: dict[str, str] = field(default_factory=dict)  # lower-cased alias -> code
    problems: list[str] = field(default_factory=list)

    @property
    def dates(self) -> list[str]:
        """The table's dates, oldest first."""
        return sorted(self.rates)

    def code_for(self, name: str) -> str | None:
        """The ISO code for a currency word or symbol as written (``"yen"``, ``"US$"``), or None."""
        return self.aliases.get(" ".join(name.lower().split()))

    def rate(self, currency: str, on: str | None) -> Rate | None:
        """The rate for ``currency`` on the date ``on`` (ISO; None when unknown), or None without one."""
        dates = [d for d in self.dates if currency in self.rates[d]]
        if not dates:
            return None
        if on:
            day = on[:10]
            i = bisect.bisect_right(dates, day) - 1
            if i < 0:
                return Rate(currency, self.rates[dates[0]][currency], dates[0], f"article date {day} predates the table")
            return Rate(currency, self.rates[dates[i]][currency], dates[i], f"article date {day}")
        chosen = self.default_date if self.default_date in dates else dates[-1]
        return Rate(currency, self.rates[chosen][currency], chosen, "article date unknown: default")


MAX_RATES_BYTES = 256 * 1024


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


def merge_table(table: RateTable, data: object, origin: str) -> None:
    """Merge one parsed rates file into ``table``; every unusable entry is noted in ``table.problems``."""
    if not isinstance(data, dict):
        table.problems.append(f"{origin}: not a mapping")
        return
    unknown = sorted(str(k)[:40] for k in data if k not in ("reference", "default_date", "aliases", "rates"))
    if unknown:
        table.problems.append(f"{origin}: unknown field {unknown[0]!r} (reference, default_date, aliases, rates)")
    if isinstance(data.get("reference"), str):
        table.reference = data["reference"].upper()
    if data.get("default_date") is not None:
        day = _date_key(data["default_date"])
        if day:
            table.default_date = day
        else:
            table.problems.append(f"{origin}: default_date {_shown(data['default_date'])} is not a date")
    for key in ("aliases", "rates"):
        if not isinstance(data.get(key) or {}, dict):
            table.problems.append(f"{origin}: {key!r} is not a mapping")
            data = {**data, key: {}}
    for code, names in (data.get("aliases") or {}).items():
        for name in [code, *(names if isinstance(names, list) else [])]:
            if isinstance(name, str) and isinstance(code, str):
                table.aliases[" ".join(name.lower().split())] = code.upper()
            else:
                table.problems.append(f"{origin}: currency alias {_shown(name)} is not a name")
    for when, values in (data.get("rates") or {}).items():
        day = _date_key(when)
        if day is None or not isinstance(values, dict):
            table.problems.append(f"{origin}: rates entry {_shown(when)} is not a date with currencies")
            continue
        row = table.rates.setdefault(day, {})
        for code, value in values.items():
            if isinstance(code, str) and isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
                row[code.upper()] = float(value)
            else:
                table.problems.append(f"{origin}: {day} {_shown(code)}: {_shown(value)} is not a positive number")


def load_rate_table(files: tuple[Path, ...]) -> RateTable:
    """A table built from ``files`` in order (later files override earlier ones); unreadable files are noted."""
    table = RateTable()
    for path in files:
        if not path.is_file():
            continue
        try:
            if path.stat().st_size > MAX_RATES_BYTES:
                table.problems.append(f"{path}: larger than {MAX_RATES_BYTES // 1024} KiB, ignored")
                continue
            data = yaml.safe_load(read_regular(path, MAX_RATES_BYTES).decode("utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError) as exc:
            reason = "nested too deeply" if isinstance(exc, RecursionError) else (str(exc).splitlines() or [""])[0]
            table.problems.append(f"{path}: {exc.__class__.__name__}: {reason[:200]}")
            continue
        merge_table(table, data, str(path))
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
