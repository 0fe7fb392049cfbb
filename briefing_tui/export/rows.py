"""The briefing as rows for spreadsheets (CSV) and scripts (JSON Lines): one row per statement.

Both carry the same fields (documented in docs/json.md). In CSV a cell that a spreadsheet would
run as a formula (starting with ``= + - @``, tab or carriage return) is prefixed with ``'``; JSON
Lines keeps every text exactly as in the source (``raw[start:end] == text``).
"""

from __future__ import annotations

import csv
import io

from briefing_tui.export.briefing import Briefing, CitedStatement
from briefing_tui.safety import inert, safe_json

SCHEMA_VERSION = 1
COLUMNS = ("section", "group", "speaker", "kind", "text", "source", "start", "end", "outlet", "published", "title",
           "url", "source_number", "figures", "verdict", "evidence", "story")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheets read as the start of a formula


def statement_row(s: CitedStatement, claims: dict[str, tuple[str, str, str | None]]) -> dict[str, object]:
    """One statement with its citation, flat (the CSV and JSON Lines record)."""
    c = s.citation
    verdict, evidence, story = claims.get(s.group, (None, None, None)) if s.section != "quote" else (None, None, None)
    return {"section": s.section, "group": s.group, "speaker": s.speaker, "kind": s.kind, "text": s.text,
            "source": c.source, "start": s.start, "end": s.end, "outlet": c.outlet, "published": c.published,
            "title": c.title, "url": c.url, "source_number": c.number, "figures": list(s.figures),
            "verdict": verdict, "evidence": evidence, "story": story}


def _rows(b: Briefing) -> list[dict[str, object]]:
    claims = {c.id: (c.verdict, c.evidence, c.story) for c in [*b.disagreements, *b.agreements]}
    return [statement_row(s, claims) for s in b.statements()]


def _cell(value: object) -> str:
    if value is None:
        return ""
    text = inert("; ".join(value) if isinstance(value, list) else str(value))
    return "'" + text if text.startswith(_FORMULA_START) else text


def briefing_csv(b: Briefing) -> str:
    """Every statement as a CSV row with a header line."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in _rows(b):
        writer.writerow([_cell(row[k]) for k in COLUMNS])
    return out.getvalue()


def briefing_jsonl(b: Briefing) -> str:
    """Every statement as one compact JSON object per line, each with the schema version."""
    return "".join(safe_json({"schema_version": SCHEMA_VERSION, **row}, indent=None) + "\n" for row in _rows(b))
