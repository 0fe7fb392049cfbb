"""``briefing diff``: claims compared across sources, as a table or JSON."""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence

from briefing_tui.commands.common import console, load_for_cli, write
from briefing_tui.commands.output import emit_json, wants_json
from briefing_tui.compare import Claim, Statement
from briefing_tui.compare.developing import DEVELOPMENT_LABELS
from briefing_tui.compare.tolerance import interval
from briefing_tui.model import Figure, Source
from briefing_tui.safety import one_line
from briefing_tui.source_names import is_timeline, name_sources, numbered_names, timeline_in_names
from briefing_tui.wording import counted

SYMBOLS = {"agree": "✓", "disagree": "✗", "single": "●"}
STYLES = {"agree": "green", "disagree": "bold red", "single": "dim"}
# The claim column never narrows below this: a title word such as "Traditional" or "investment" must
# fit whole at 80 columns, where the statements and evidence columns take the rest.
CLAIM_MIN_WIDTH = 20


def figure_record(figure: Figure) -> dict[str, object]:
    """The JSON shape of one figure: what it is, what it measures, the interval its wording allows and
    the date it refers to (the sentence's own date when it gives one, else null: the article's date); a measure
    read from a noun of the figure's clause names that word (``measure_from``); a count whose attribution names who
    counted it names them and their kind (``counter``, ``counter_kind``)."""
    record: dict[str, object] = {"kind": figure.kind, "text": figure.text, "start": figure.start, "end": figure.end}
    if figure.kind == "date":
        record.update(low=figure.date_low, high=figure.date_high, relative=figure.relative,
                      resolved_from=figure.resolved_from)
    else:
        record.update(low=figure.low, high=figure.high, unit=figure.unit)
        if figure.low is not None:
            low, high = interval(figure)
            record["interval"] = [low, high]
    record.update(qualifier=figure.qualifier or "exact", measure=figure.measure, subject=figure.subject,
                  role=figure.role, date=figure.refers_to)
    if figure.measure_from:
        record["measure_from"] = figure.measure_from  # (the word of its clause the measure was read from)
    if figure.counter:  # (who counted it, as its attribution names them: "CGT", "préfecture")
        record.update(counter=figure.counter, counter_kind=figure.counter_kind)
    return record


def statement_record(statement: Statement, published: str | None = None) -> dict[str, object]:
    """The JSON shape of one statement (the CLI contract plus voice, figures, cues and marks)."""
    return {
        "source": statement.source,
        "text": statement.text,
        "speaker": statement.speaker,
        "start": statement.start,
        "end": statement.end,
        "voice": statement.voice,
        "sentence_index": statement.sentence_index,
        # the whole sentence's offsets when "text" is the clause of a figure (a claim by measure)
        "sentence": {"start": statement.sentence[0], "end": statement.sentence[1]} if statement.sentence else None,
        "published": published,
        "figures": [figure_record(f) for f in statement.figures],
        "cues": statement.cues,
        "marks": [{"start": a, "end": b, "kind": k} for a, b, k in statement.marks],
    }


def claim_record(claim: Claim, published: dict[str, str | None] | None = None) -> dict[str, object]:
    """The JSON shape of one claim (the CLI contract): title, verdict, evidence, what it measures, its
    timeline and whether the figure is developing, then the statements."""
    published = published or {}
    return {
        "id": claim.id,
        "topic": claim.topic,
        "title": claim.topic,
        "verdict": claim.verdict,
        "evidence": claim.evidence,
        "measure": claim.measure,
        "developing": claim.developing,
        "development": claim.development or None,
        "tolerance": claim.tolerance or None,
        "timeline": [{"source": p.source, "date": p.day, "time": p.time, "text": p.text, "low": p.low,
                      "high": p.high} for p in claim.timeline],
        "sources": claim.sources,
        "statements": [statement_record(s, published.get(s.source)) for s in claim.statements],
    }


def timeline_line(claim: Claim, names: Mapping[str, str] | None = None) -> str:
    """``"12 (2025-11-27, [1] Kyodo) → 52 (2025-12-05, [4] NHK) · developing: the figure grows with the dates"``
    or "" without a timeline; each source by its name in ``names`` (its id when not named)."""
    if not claim.timeline:
        return ""
    label = DEVELOPMENT_LABELS[claim.developing].removeprefix("a ")
    return timeline_in_names(claim.timeline, names or {}) + f" · {label}" + (
        f": {claim.development}" if claim.development else "")


def select_claims(claims: list[Claim], args: argparse.Namespace) -> list[Claim]:
    """The claims the flags ask for (``--disagreements``, ``--shared``)."""
    if getattr(args, "disagreements", False):
        return [c for c in claims if c.verdict == "disagree"]
    if getattr(args, "shared", False):
        return [c for c in claims if c.verdict != "single"]
    return claims


def claim_noun(args: argparse.Namespace) -> tuple[str, str]:
    """What the table counts, singular and plural, as the flags select it: disagreements, shared claims, claims."""
    if getattr(args, "disagreements", False):
        return "disagreement", "disagreements"
    if getattr(args, "shared", False):
        return "shared claim", "shared claims"
    return "claim", "claims"


def report_rate_problems() -> None:
    """Unusable entries of the rates files (the user's rates.yaml): one line each on stderr."""
    import sys

    from briefing_tui.compare.rates import default_rate_table

    for problem in default_rate_table().problems:
        print(f"briefing: {one_line(problem)[:300]}", file=sys.stderr)


def run_diff(args: argparse.Namespace) -> int:
    """Print the claims table (or JSON), within each story (see ``claims_by_story``); 1 when no claim is
    shown or nothing could be loaded, 2 when ``--story`` names no story or several."""
    corpus = load_for_cli(args)
    if corpus is None:
        return 1
    from briefing_tui.commands.stories import claims_by_story

    from briefing_tui.commands.progress import busy

    with busy(f"comparing {counted(corpus.source_count, 'article')} claim by claim", shown=not wants_json(args)):
        groups = claims_by_story(args, corpus, lambda claims: select_claims(claims, args))
    if isinstance(groups, int):
        return groups
    report_rate_problems()
    if wants_json(args):
        from briefing_tui.gcpause import paused_gc

        published = {src.id: src.published for src in corpus.sources}
        # The records (dicts and lists of plain values, tens of thousands of statements) hold no cycle: the
        # collector would only scan again and again the heap the comparison left (a third of a warm output).
        with paused_gc():
            return emit_json(args, "claims", ({**claim_record(c, published), "story": story.id if story else None}
                                              for story, _, claims in groups for c in claims))
    shown = 0
    one_story = getattr(args, "story", None) is not None
    # Sources named as the app's diff view names them: numbered as the Sources pane lists them (the story's own
    # sources when one story is asked for, else the folder's), "[3] Reuters #2"
    names = numbered_names(groups[0][1].sources if one_story and groups else corpus.sources)
    noun = claim_noun(args)
    for story, sub, claims in groups:
        heading = f"{counted(len(claims), *noun)} across {counted(len(sub.sources), 'source')}"
        if len(groups) > 1 or one_story:
            heading = f"story {story.id} · {one_line(story.title)}: {heading}"
        if not claims:  # the line alone: a table of headers says nothing more
            write(heading)
            continue
        console().print(claims_table(claims, heading, names))
        console().print(sources_legend(sub.sources, names))
        shown += len(claims)
    from rich.text import Text

    tolerances = sorted({c.tolerance for _, _, claims in groups for c in claims if c.tolerance})
    for tolerance in tolerances:  # said once, not in every figure claim's evidence
        console().print(Text(f"Figures agree within the tolerance: {one_line(tolerance)}.", style="dim"))
    return 0 if shown else 1


def table_evidence(claim: Claim) -> str:
    """A claim's evidence as the table shows it: each reading once and the pairs counted
    (:mod:`briefing_tui.evidence_text`), without the tolerance, which is printed once below."""
    from briefing_tui.evidence_text import folded_evidence

    said = f"tolerance: {claim.tolerance}"
    evidence = claim.evidence
    if claim.tolerance and evidence.endswith(said):
        evidence = evidence[:-len(said)].rstrip("; ") + "; tolerance (below)"
    if timeline_line(claim):  # the claim column shows the timeline already
        evidence = "; ".join(part for part in evidence.split("; ") if not is_timeline(part))
    return folded_evidence(evidence)


def sources_legend(sources: Sequence[Source], names: Mapping[str, str]):
    """"Sources: [1] Kyodo = 000_a4263a828e80c27b · [2] ...": each source's name in the table, and its id
    (what ``briefing sources`` lists and ``--source`` takes) when the name is not the id."""
    from rich.text import Text

    legend = Text("Sources: ", style="bold")
    for i, source in enumerate(sources):
        if i:
            legend.append(" · ")
        name = one_line(names.get(source.id, source.id))
        legend.append(name)
        if not name.endswith(f"] {source.id}"):
            legend.append(f" = {one_line(source.id)}", style="dim")
    return legend


def claims_table(claims: list[Claim], title: str, names: Mapping[str, str] | None = None):
    """The Rich table of ``claims``: verdict, title and timeline, statements, evidence; each source by its
    name in ``names`` ("[3] Reuters #2", as the app's diff view names it; its id when not named)."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, title_justify="left", show_lines=True, expand=True)
    table.add_column("", width=1, no_wrap=True)
    table.add_column("claim", ratio=2, min_width=CLAIM_MIN_WIDTH)
    table.add_column("statements", ratio=3)
    table.add_column("evidence", ratio=2)
    names = names or {}
    for claim in claims:
        verdict = Text(SYMBOLS[claim.verdict], style=STYLES[claim.verdict])
        head = Text(one_line(claim.topic), style="bold")
        head.append(f"\n{claim.id} {claim.verdict}", style=STYLES[claim.verdict])
        timeline = timeline_line(claim, names)
        if timeline:
            head.append(f"\n{one_line(timeline)}", style="italic")
        body = Text()
        for i, s in enumerate(claim.statements):
            if i:
                body.append("\n")
            who = names.get(s.source, s.source) + (f" ({one_line(s.speaker)})" if s.speaker else "")
            body.append(one_line(who), style="cyan")
            body.append(" " + one_line(s.text))
        evidence = name_sources(table_evidence(claim), names, claim.sources)
        table.add_row(verdict, head, body, Text(evidence, style="dim"))
    return table
