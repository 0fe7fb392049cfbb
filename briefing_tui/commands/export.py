"""``briefing export``: write the briefing (Markdown, HTML, CSV or JSON Lines) to stdout or a file.

An existing file is never overwritten without ``--force``; the path written is said on stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing_tui.commands.common import USAGE_ERROR, load_for_cli, write
from briefing_tui.export.files import write_new_file
from briefing_tui.safety import one_line
from briefing_tui.wording import counted



def add_export_parser(add, common) -> None:
    """The options of ``briefing export``."""
    from briefing_tui.export import FORMATS

    p = add("export", help="write a briefing: agreements, disagreements, who said what, sources",
            description="Write a briefing a desk can send: where the sources disagree (with figures, dates and "
                        "evidence), what they agree on, who said what grouped by speaker, and the list of sources. "
                        "Every statement carries its citation (outlet, date, title, URL when known) and offsets.")
    common(p)
    p.add_argument("--format", choices=FORMATS, default=None,
                   help="md (default), html (one self-contained page), csv or jsonl; "
                        "by default taken from the --output file's extension")
    p.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    p.add_argument("--story", metavar="ID", help="a briefing on this story alone: its sources, claims and quotes "
                                                 "(id or unique id prefix; see `briefing stories`)")


def run_export(args: argparse.Namespace) -> int:
    """Write the briefing; 0 when written, 2 when the output file exists (without --force)."""
    from briefing_tui.export import SUFFIX_FORMATS, render
    from briefing_tui.export.briefing import build_briefing
    from briefing_tui.export.files import refusal, refused_ending

    output = Path(args.output) if args.output else None
    if output is not None and not args.format and refused_ending(output):
        print(f"briefing: {one_line(str(output))}: {one_line(refusal(output))} or give --format", file=sys.stderr)
        return USAGE_ERROR
    fmt = args.format or (SUFFIX_FORMATS.get(output.suffix.lower(), "md") if output else "md")
    if output is not None and output.exists() and not args.force:
        print(f"briefing: {one_line(str(output))} exists; choose another file or add --force to overwrite it",
              file=sys.stderr)
        return USAGE_ERROR
    corpus = load_for_cli(args)
    if corpus is None:
        return 1
    from briefing_tui.commands.stories import chosen_story, claims_by_story

    from briefing_tui.commands.progress import busy

    with busy(f"comparing {counted(corpus.source_count, 'article')} claim by claim"):
        groups = claims_by_story(args, corpus, lambda claims: claims)  # what `briefing diff` compares
    if isinstance(groups, int):
        return groups
    only = chosen_story(args, corpus) if getattr(args, "story", None) is not None else None
    briefing = build_briefing(corpus, [(story, claims) for story, _, claims in groups],
                              only if not isinstance(only, int) else None)
    text = render(briefing, fmt)
    if output is None:
        write(text.rstrip("\n"))
        return 0
    try:
        write_new_file(output, text, args.force)
    except FileExistsError:
        print(f"briefing: {one_line(str(output))} exists; choose another file or add --force to overwrite it",
              file=sys.stderr)
        return USAGE_ERROR
    except OSError as exc:
        print(f"briefing: cannot write {one_line(str(output))}: {one_line(exc.strerror or str(exc))}", file=sys.stderr)
        return USAGE_ERROR
    count = len(briefing.statements())
    print(f"briefing: wrote the {fmt} briefing ({count} statements from {len(briefing.citations)} sources) "
          f"to {one_line(str(output.resolve()))}", file=sys.stderr)
    return 0
