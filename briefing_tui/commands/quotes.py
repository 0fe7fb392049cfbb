"""``briefing quotes``: who said what, as a table or JSON; fuzzy search over words and speakers."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from briefing_tui.commands.common import (
    ALSO_WIDTH, USAGE_ERROR, SourceChoiceError, console, load_for_cli, id_width, no_match, resolve_source, write,
)
from briefing_tui.commands.output import emit_json, wants_json
from briefing_tui.model import Quote, QuoteSummary
from briefing_tui.safety import one_line
from briefing_tui.wording import counted

if TYPE_CHECKING:
    import argparse

QUERY_CUTOFF = 85  # rapidfuzz partial_ratio: an exact or nearly exact run of the query's words
SHORT_QUERY_LETTERS = 4  # a query this short keeps QUERY_CUTOFF: one letter off in four (75) matches too much
# ("uyma" at 75 found a quote of another speaker)


def query_cutoff(processed: str) -> float:
    """The partial_ratio a quote needs for ``processed`` (the query as rapidfuzz processes it): ``QUERY_CUTOFF``,
    lowered for a short query so that one letter wrong still finds it ("Kaplin", "Kapln" find Kaplan: one
    letter of six is 83, of five 80); a query of ``SHORT_QUERY_LETTERS`` or fewer keeps ``QUERY_CUTOFF``."""
    n = len(processed)
    if n <= SHORT_QUERY_LETTERS:
        return float(QUERY_CUTOFF)
    return float(min(QUERY_CUTOFF, 100 * (n - 1) // n))


def quote_record(q: Quote, source: str | None = None, corpus=None) -> dict[str, object]:
    """The JSON shape of one quote (the CLI contract), seen from ``source`` when it is an ``also_in``."""
    occ = next((o for o in q.also_in if o.source == source), None) if source and source != q.source else None
    src = corpus.source(occ.source) if occ is not None and corpus is not None else None
    return {
        "text": q.text if occ is None else (src.raw[occ.start:occ.end] if src else q.text),
        "speaker": q.speaker,
        "kind": q.kind,
        "source": q.source if occ is None else occ.source,
        "start": q.start if occ is None else occ.start,
        "end": q.end if occ is None else occ.end,
        "sentence": q.sentence if occ is None else occ.sentence,
        "id": q.id,
        "also_in": [{"source": o.source, "start": o.start, "end": o.end} for o in q.also_in],
    }


def report_problems(analysis) -> None:
    """Bad alias files: one line each on stderr."""
    for problem in analysis.problems:
        print(f"briefing: {one_line(problem.path)}: {one_line(problem.reason)}", file=sys.stderr)


def speaker_matches(name: str, q: Quote | QuoteSummary, aliases: dict[str, list[str]]) -> bool:
    """``--speaker``: any spelling of the speaker contains the name (case and accents ignored)."""
    from briefing_tui.extract.names import fold

    want = fold(" ".join(name.split()))
    if q.speaker is None:
        return want in ("unattributed", "none", "null")
    return any(want in fold(form) for form in [q.speaker, *aliases.get(q.speaker_entity or "", [])])


def select_quotes(corpus, query: str | None, speaker: str | None, source: str | None) -> list[Quote]:
    """The quotes that pass the filters, best match first when there is a query (else in corpus order)."""
    analysis = corpus.analysis
    if speaker is None and source is None:
        kept = list(range(len(analysis.quotes)))
    else:
        aliases = {e.id: e.aliases for e in analysis.entities} if speaker is not None else {}
        summaries = corpus.quote_summaries()
        sources = corpus.quote_sources() if source is not None else None
        kept = [i for i, q in enumerate(summaries)
                if (sources is None or source in sources[i])
                and (speaker is None or speaker_matches(speaker, q, aliases))]
    if query:
        from rapidfuzz import fuzz, process
        from rapidfuzz.utils import default_process

        texts = corpus.quote_search_processed()  # processed when the analysis was stored
        processor = None if texts is not None else default_process
        if texts is None:
            texts = corpus.quote_search_texts()  # processed inside rapidfuzz's loop, not one Python call each
        choices = texts if len(kept) == len(texts) else [texts[i] for i in kept]
        wanted = query if processor else default_process(query)
        hits = process.extract(wanted, choices, scorer=fuzz.partial_ratio, processor=processor,
                               score_cutoff=query_cutoff(default_process(query)), limit=None)
        kept = [kept[i] for _, _, i in sorted(hits, key=lambda h: (-h[1], h[2]))]
    return [corpus.quote(i) for i in kept]


def run_quotes(args: argparse.Namespace) -> int:
    """Print the quotes table (or JSON); 1 when no quote matched or nothing could be loaded, 2 when
    ``--source`` is unknown or ambiguous."""
    corpus = load_for_cli(args, analysed=getattr(args, "story", None) is None)  # (a story is analysed alone)
    if corpus is None:
        return 1
    if args.source is not None:
        try:
            args.source = resolve_source(corpus, args.source)  # a unique prefix of an id is enough
        except SourceChoiceError as exc:
            print(f"briefing: {exc}", file=sys.stderr)
            return USAGE_ERROR
    if getattr(args, "story", None) is not None:
        from briefing_tui.commands.stories import chosen_story
        from briefing_tui.stories.cached import story_analysis

        story = chosen_story(args, corpus)
        if isinstance(story, int):
            return story
        corpus = story_analysis(corpus, story)  # the story's own quotes, its speakers resolved within it
    report_problems(corpus.analysis)
    quotes = select_quotes(corpus, args.query, args.speaker, args.source)
    if not quotes and args.speaker:
        from briefing_tui.commands.shared import suggest_speakers

        suggest_speakers(corpus, args.speaker)
    if wants_json(args):
        return emit_json(args, "quotes", (quote_record(q, args.source, corpus) for q in quotes))
    if not quotes:  # one line, not a table of headers alone
        write(no_match("quote", {"query": args.query, "speaker": args.speaker, "source": args.source,
                                 "story": getattr(args, "story", None)}))
        return 1
    from rich.table import Table
    from rich.text import Text

    table = Table(title=counted(len(quotes), "quote"), title_justify="left", expand=True, show_lines=False)
    table.add_column("speaker", max_width=22, overflow="fold")
    table.add_column("kind", max_width=8)
    ids = id_width(q.source for q in quotes)  # (whole: the id is what --source takes)
    table.add_column("source", min_width=ids, max_width=ids + ALSO_WIDTH, overflow="ellipsis", no_wrap=True)
    table.add_column("quote", ratio=1, overflow="fold")
    for q in quotes:
        who = Text(one_line(q.speaker), style="bold") if q.speaker else Text("unattributed", style="dim italic")
        text = Text(("“" if q.kind == "direct" else "") + one_line(q.text) + ("”" if q.kind == "direct" else ""))
        src = Text(one_line(q.source))
        if q.also_in:
            src.append(f" +{len(q.sources) - 1}", style="dim")
        table.add_row(who, Text(q.kind, style="dim" if q.kind == "reported" else ""), src, text)
    console().print(table)
    return 0 if quotes else 1
