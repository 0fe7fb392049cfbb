"""``briefing entities``: the people, organisations and places named across the corpus."""

from __future__ import annotations

import argparse
from collections.abc import Iterable

from briefing_tui.commands.common import console, load_for_cli, no_match, write
from briefing_tui.commands.output import emit_json, wants_json
from briefing_tui.commands.quotes import report_problems
from briefing_tui.model import Entity
from briefing_tui.safety import one_line

# The most characters the "also written" column asks to keep its longest alias word (and the comma after it) on
# one line; a longer word folds.
ALIAS_WORD_WIDTH_CAP = 30

TYPES = {"person": "person", "people": "person", "persons": "person", "organization": "organization",
         "organisation": "organization", "org": "organization", "orgs": "organization", "place": "place",
         "places": "place", "location": "place"}


def entity_sources(e: Entity) -> list[str]:
    """``e.sources``, without decoding the mentions when the index stored the ids beside them."""
    from briefing_tui.corpus import Corpus

    return Corpus.entity_sources(e)


def entity_record(e: Entity) -> dict[str, object]:
    """The JSON shape of one entity (the CLI contract, plus id and roles)."""
    return {"name": e.name, "type": e.type, "aliases": list(e.aliases), "mentions": len(e.mentions),
            "sources": entity_sources(e), "id": e.id, "roles": list(e.roles)}


def alias_column_width(alias_lists: Iterable[list[str]]) -> int | None:
    """The least width of the "also written" column: its longest word with the comma after it (capped at
    :data:`ALIAS_WORD_WIDTH_CAP`), so a line wraps between aliases or their words, never before a comma
    ("Dadabayev" then "," alone on the next line); None when no entity has another spelling."""
    words = [len(w) + 1 for aliases in alias_lists for a in aliases for w in a.split()]
    return min(max(words), ALIAS_WORD_WIDTH_CAP) if words else None


def run_entities(args: argparse.Namespace) -> int:
    """Print the entities table (or JSON); 1 when none matched or nothing could be loaded, 2 for an unknown type."""
    kind = None
    if args.type:
        kind = TYPES.get(args.type.lower())
        if kind is None:
            import sys

            print(f"briefing: unknown entity type {one_line(args.type)!r} (person, organization, place)",
                  file=sys.stderr)
            return 2
    corpus = load_for_cli(args, analysed=True)
    if corpus is None:
        return 1
    report_problems(corpus.analysis)
    entities = [e for e in corpus.entities if kind is None or e.type == kind]
    if wants_json(args):
        return emit_json(args, "entities", (entity_record(e) for e in entities))
    if not entities:  # one line, not a table of headers alone
        write(no_match("entity", {"type": args.type}))
        return 1
    from rich.table import Table
    from rich.text import Text

    others = {e.id: [one_line(a) for a in e.aliases if a != e.name] for e in entities}
    table = Table(title=f"{len(entities)} entities", title_justify="left", expand=True)
    table.add_column("name", max_width=28, overflow="fold")
    table.add_column("type", max_width=12)
    table.add_column("mentions", justify="right")
    table.add_column("sources", justify="right")
    table.add_column("also written", ratio=1, overflow="fold", width=alias_column_width(others.values()))
    for e in entities:
        table.add_row(Text(one_line(e.name), style="bold"), Text(e.type), Text(str(len(e.mentions))),
                      Text(str(len(entity_sources(e)))), Text(", ".join(others[e.id]), style="dim"))
    console().print(table)
    return 0 if entities else 1
