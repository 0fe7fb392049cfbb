"""Ingestion: files on disk to clean, dated, attributed sources (no Textual here).

The names below are imported on first use (PEP 562): importing one small module of the package
(``briefing_tui.ingest.decode``, say) does not compile the whole parser's regular expressions.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = ["PARSER_VERSION", "load_sources", "parse_text", "read_article"]

_HOMES = {"PARSER_VERSION": "parse", "load_sources": "load", "parse_text": "parse", "read_article": "load"}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
    globals()[name] = value
    return value
