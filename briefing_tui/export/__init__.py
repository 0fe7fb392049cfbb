"""A written briefing from a corpus: what the sources agree on, where they disagree, who said what,
and the sources, every statement with its citation and offsets.

:func:`build_briefing` gathers it as plain data (:mod:`briefing_tui.export.briefing`); one writer per
format turns it into text: Markdown, one self-contained HTML page, CSV or JSON Lines.
"""

from __future__ import annotations

from typing import Literal, get_args

ExportFormat = Literal["md", "html", "csv", "jsonl"]
FORMATS: tuple[str, ...] = get_args(ExportFormat)
SUFFIX_FORMATS: dict[str, ExportFormat] = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
                                           ".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
OTHER_FORMAT_SUFFIXES = frozenset(".json .xml .pdf .doc .docx .odt .rtf .xls .xlsx .ods .tsv .yaml .yml".split())
"""Endings that name a format the export does not write: a file named so is refused, not filled with Markdown."""


def render(briefing, fmt: ExportFormat) -> str:
    """The briefing written in ``fmt``."""
    if fmt == "md":
        from briefing_tui.export.markdown import briefing_markdown

        return briefing_markdown(briefing)
    if fmt == "html":
        from briefing_tui.export.html_page import briefing_html

        return briefing_html(briefing)
    from briefing_tui.export.rows import briefing_csv, briefing_jsonl

    return briefing_csv(briefing) if fmt == "csv" else briefing_jsonl(briefing)
