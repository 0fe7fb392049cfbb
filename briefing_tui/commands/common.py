"""What every CLI subcommand shares: loading the corpus and reporting problems."""

from __future__ import annotations

import argparse
import sys

from briefing_tui.corpus import Corpus, load_corpus
from briefing_tui.model import LoadOptions
from briefing_tui.safety import one_line


def load_options(args: argparse.Namespace) -> LoadOptions:
    """The loading options given on the command line (``--index``, ``--no-cache``, ``--follow-links``)."""
    return LoadOptions(index=getattr(args, "index", None), cache=not getattr(args, "no_cache", False),
                       follow_links=getattr(args, "follow_links", False))


def load_for_cli(args: argparse.Namespace) -> Corpus | None:
    """Load the corpus named on the command line; print one line per problem on stderr.

    Returns None (after a clear message) when nothing at all could be loaded.
    """
    from briefing_tui.commands.progress import ingest_progress

    options = load_options(args)
    with ingest_progress() as progress:
        corpus = load_corpus(getattr(args, "corpus", None), progress, index=options.index, cache=options.cache,
                             follow_links=options.follow_links)
    for problem in corpus.problems:
        print(f"briefing: {one_line(problem.path)}: {one_line(problem.reason)}", file=sys.stderr)
    if not corpus.source_count:
        names = ", ".join(one_line(str(p)) for p in corpus.roots)
        print(f"briefing: no article could be loaded from {names}", file=sys.stderr)
        return None
    return corpus


def write(text: str) -> None:
    """Write to stdout (UTF-8 whatever the locale), ending with a newline."""
    out = sys.stdout
    try:
        out.write(text + "\n")
    except UnicodeEncodeError:
        out.buffer.write((text + "\n").encode("utf-8", "replace"))
    out.flush()


def console():
    """A Rich console for tables (imported lazily: JSON output never pays for Rich)."""
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)
