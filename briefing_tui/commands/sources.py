"""``briefing sources``: the parsed sources as a table or JSON."""

from __future__ import annotations

import argparse
import sys

from briefing_tui.commands.common import (
    USAGE_ERROR, SourceChoiceError, console, load_for_cli, output_width, resolve_source, write,
)
from briefing_tui.commands.output import emit_json, wants_json
from briefing_tui.model import Source
from briefing_tui.safety import one_line
from briefing_tui.wording import counted


def source_record(source: Source) -> dict[str, object]:
    """The JSON shape of one source (the CLI contract)."""
    return {
        "id": source.id,
        "path": source.path,
        "title": source.title,
        "outlet": source.outlet,
        "author": source.author,
        "published": source.published,
        "language": source.language,
        "languages": list(source.languages),
        "format": source.format,
        "words": source.words,
        "standfirst": source.standfirst or None,
        "body": source.body,
    }


def run_sources(args: argparse.Namespace) -> int:
    """Print the sources table (or JSON); 1 when nothing could be loaded, 2 when ``--explain`` names no source
    or several."""
    corpus = load_for_cli(args)
    if corpus is None:
        return 1
    wanted = getattr(args, "explain", None)
    if wanted is not None:
        from briefing_tui.commands.explain import render_explanation

        try:
            found = corpus.source(resolve_source(corpus, wanted, "--explain"))
        except SourceChoiceError as exc:  # a usage error, as an unknown --source or --story (README: exit 2)
            print(f"briefing: {exc}", file=sys.stderr)
            return USAGE_ERROR
        write(render_explanation(found, as_json=bool(getattr(args, "json", False)), width=output_width()))
        return 0
    if wants_json(args):
        return emit_json(args, "sources", (source_record(s) for s in corpus.sources))
    from rich.table import Table
    from rich.text import Text

    def cell(value: str | None, fallback: str) -> Text:
        return Text(one_line(value) or fallback, style="" if value else "dim italic", no_wrap=True, overflow="ellipsis")

    table = Table(title=counted(len(corpus.sources), "source"), title_justify="left", expand=False)
    for name, kw in (("id", {"max_width": 14}), ("outlet", {"max_width": 20}), ("date", {"max_width": 16}),
                     ("title", {"ratio": 1}), ("format", {}), ("words", {"justify": "right"})):
        table.add_column(name, overflow="ellipsis", **kw)
    for s in corpus.sources:
        date = s.published[:16].replace("T", " ") if s.published else None
        table.add_row(cell(s.id, ""), cell(s.outlet, "unknown"), cell(date, "unknown"), cell(s.title, "untitled"),
                      cell(s.format, ""), cell(str(s.words), "0"))
    console().print(table)
    return 0
