"""``briefing sources``: the parsed sources as a table or JSON."""

from __future__ import annotations

import argparse
import sys

from briefing_tui.commands.common import (
    USAGE_ERROR, id_width, SourceChoiceError, console, load_for_cli, output_width, resolve_source, write,
)
from briefing_tui.commands.output import emit_json, wants_json
from briefing_tui.model import Source
from briefing_tui.safety import one_line
from briefing_tui.wording import counted


WIDE_TABLE = 100
"""From this many columns the sources table gives each date's time and each source's format."""
NARROW_OUTLET = 14
"""The outlet column's width below ``WIDE_TABLE``: ids are shown whole, the rest shares what is left."""
TITLE_MIN = 12
"""The fewest cells a title keeps: a longer id (a name ``briefing add`` made from a title) is folded onto a
second line instead of leaving the title three cells (every character of the id still shown)."""

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
    ids = id_width(s.id for s in corpus.sources)  # (whole: the id is what --source and --explain take)
    wide = output_width() >= WIDE_TABLE  # (narrower: the day without its time, no format column, room for titles)
    outlet, day = (20, 16) if wide else (NARROW_OUTLET, len("2025-12-21"))
    rest = output_width() - ids - outlet - day - len("words") - (3 * (5 + wide) + 1)  # (borders and padding)
    if not wide and rest < TITLE_MIN:
        ids, rest = max(ids - (TITLE_MIN - rest), len("id")), TITLE_MIN
    columns = (("id", {"min_width": ids, "max_width": ids, "overflow": "fold"}), ("outlet", {"max_width": outlet}),
               ("date", {"max_width": day}), ("title", {"ratio": 1} if wide else {"max_width": max(rest, 1)}),
               *((("format", {}),) if wide else ()), ("words", {"justify": "right"}))
    for name, kw in columns:
        table.add_column(name, **{"overflow": "ellipsis", **kw})
    for s in corpus.sources:
        date = (s.published[:16].replace("T", " ") if wide else s.published[:10]) if s.published else None
        table.add_row(Text(one_line(s.id), overflow="fold"), cell(s.outlet, "unknown"), cell(date, "unknown"), cell(s.title, "untitled"),
                      *((cell(s.format, ""),) if wide else ()), cell(str(s.words), "0"))
    console().print(table)
    return 0
