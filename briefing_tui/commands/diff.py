"""``briefing diff``: claims compared across sources, as a table or JSON."""

from __future__ import annotations

import argparse

from briefing_tui.commands.common import console, load_for_cli, write
from briefing_tui.compare import Claim, Statement
from briefing_tui.model import Figure
from briefing_tui.safety import one_line, safe_json

SYMBOLS = {"agree": "✓", "disagree": "✗", "single": "●"}
STYLES = {"agree": "green", "disagree": "bold red", "single": "dim"}


def figure_record(figure: Figure) -> dict[str, object]:
    """The JSON shape of one figure."""
    record: dict[str, object] = {"kind": figure.kind, "text": figure.text, "start": figure.start, "end": figure.end}
    if figure.kind == "date":
        record.update(low=figure.date_low, high=figure.date_high, relative=figure.relative,
                      resolved_from=figure.resolved_from)
    else:
        record.update(low=figure.low, high=figure.high, unit=figure.unit)
    record["qualifier"] = figure.qualifier
    return record


def statement_record(statement: Statement) -> dict[str, object]:
    """The JSON shape of one statement (the CLI contract plus voice, figures, cues and marks)."""
    return {
        "source": statement.source,
        "text": statement.text,
        "speaker": statement.speaker,
        "start": statement.start,
        "end": statement.end,
        "voice": statement.voice,
        "sentence_index": statement.sentence_index,
        "figures": [figure_record(f) for f in statement.figures],
        "cues": statement.cues,
        "marks": [{"start": a, "end": b, "kind": k} for a, b, k in statement.marks],
    }


def claim_record(claim: Claim) -> dict[str, object]:
    """The JSON shape of one claim (the CLI contract)."""
    return {
        "id": claim.id,
        "topic": claim.topic,
        "verdict": claim.verdict,
        "evidence": claim.evidence,
        "sources": claim.sources,
        "statements": [statement_record(s) for s in claim.statements],
    }


def select_claims(claims: list[Claim], args: argparse.Namespace) -> list[Claim]:
    """The claims the flags ask for (``--disagreements``, ``--shared``)."""
    if getattr(args, "disagreements", False):
        return [c for c in claims if c.verdict == "disagree"]
    if getattr(args, "shared", False):
        return [c for c in claims if c.verdict != "single"]
    return claims


def report_rate_problems() -> None:
    """Unusable entries of the rates files (the user's rates.yaml): one line each on stderr."""
    import sys

    from briefing_tui.compare.rates import default_rate_table

    for problem in default_rate_table().problems:
        print(f"briefing: {one_line(problem)[:300]}", file=sys.stderr)


def run_diff(args: argparse.Namespace) -> int:
    """Print the claims table (or JSON); 1 when nothing could be loaded."""
    corpus = load_for_cli(args)
    if corpus is None:
        return 1
    claims = select_claims(corpus.claims, args)
    report_rate_problems()
    if getattr(args, "json", False):
        write(safe_json({"claims": [claim_record(c) for c in claims]}))
        return 0
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"{len(claims)} claims across {len(corpus.sources)} sources", title_justify="left",
                  show_lines=True, expand=True)
    table.add_column("", width=1, no_wrap=True)
    table.add_column("claim", ratio=1, min_width=14)
    table.add_column("statements", ratio=3)
    table.add_column("evidence", ratio=2)
    for claim in claims:
        verdict = Text(SYMBOLS[claim.verdict], style=STYLES[claim.verdict])
        head = Text(one_line(claim.topic), style="bold")
        head.append(f"\n{claim.id} {claim.verdict}", style=STYLES[claim.verdict])
        body = Text()
        for i, s in enumerate(claim.statements):
            if i:
                body.append("\n")
            who = s.source + (f" ({one_line(s.speaker)})" if s.speaker else "")
            body.append(one_line(who), style="cyan")
            body.append(" " + one_line(s.text))
        table.add_row(verdict, head, body, Text(one_line(claim.evidence), style="dim"))
    console().print(table)
    return 0
