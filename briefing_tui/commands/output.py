"""How every subcommand prints records: a table, one JSON document, or JSON Lines.

The JSON contract (documented field by field in docs/json.md):

* ``--json`` prints one object ``{"schema_version": N, "<kind>": [records...]}``, pretty-printed on a
  terminal and compact otherwise (pretty printing is a large share of the time on big corpora);
* ``--jsonl`` prints one record per line, the same records as ``--json``'s list, nothing else;
* the exit status is 0 when at least one record was printed and 1 when none was (like grep).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

from briefing_tui.commands.common import write
from briefing_tui.safety import safe_json

if TYPE_CHECKING:
    import argparse

SCHEMA_VERSION = 1
"""Bump when a field is removed or changes meaning (adding a field keeps the version)."""

PRETTY_INDENT = 2  # indentation of ``--json`` on a terminal


def wants_json(args: argparse.Namespace) -> bool:
    """True when ``--json`` or ``--jsonl`` was given."""
    return bool(getattr(args, "json", False) or getattr(args, "jsonl", False))


def json_indent() -> int | None:
    """Pretty JSON for a person at a terminal, compact JSON for a pipe or a file."""
    try:
        return PRETTY_INDENT if sys.stdout.isatty() else None
    except (AttributeError, ValueError):
        return None


def emit_json(args: argparse.Namespace, kind: str, records: Iterable[dict[str, object]]) -> int:
    """Print ``records`` as ``--json`` or ``--jsonl`` says; 0 when any was printed, else 1."""
    if getattr(args, "jsonl", False):
        count = 0
        for record in records:
            write(safe_json(record, indent=None))
            count += 1
        return 0 if count else 1
    items = list(records)
    write(safe_json({"schema_version": SCHEMA_VERSION, kind: items}, indent=json_indent()))
    return 0 if items else 1
