"""Ingestion: files on disk to clean, dated, attributed sources (no Textual here)."""

from briefing_tui.ingest.load import load_sources, read_article
from briefing_tui.ingest.parse import PARSER_VERSION, parse_text

__all__ = ["PARSER_VERSION", "load_sources", "parse_text", "read_article"]
