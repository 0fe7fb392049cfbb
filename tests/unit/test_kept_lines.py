"""Each source's lines that date an event and its lines with a phrase (ranks, intentions, deadlines, states,
relations, failures), kept by content: reading only those lines gives the same mentions and claims as reading every
line, and after an edit only the edited source's lines are read again."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import briefing_tui.compare.event_mentions as mentions_module
from briefing_tui.compare import compare
from briefing_tui.compare.event_mentions import _lines, event_mentions, source_event_lines
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.statement_cache import figures_of
from briefing_tui.compare.stored_figures import EVENT_LINES_KIND, StoredFigures
from briefing_tui.compare.units import build_units
from briefing_tui.corpus import load_corpus
from briefing_tui.store.backend import Member

from tests.unit.test_statement_cache import Analyses

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = sorted(p for p in (ROOT / "tests" / "gold" / "events").iterdir() if p.is_dir())


def _counting(monkeypatch) -> list:
    """Every line read for mentions, as (source id, line start), in order."""
    read: list = []
    real = mentions_module._Reading.mentions

    def mentions(self, s, kind):
        read.append((self.source.id, s.start))
        return real(self, s, kind)

    monkeypatch.setattr(mentions_module._Reading, "mentions", mentions)
    return read


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_reading_only_the_lines_that_date_an_event_gives_every_mention(folder, monkeypatch):
    corpus = load_corpus([folder], cache=False)
    table = default_rate_table()
    rows = figures_of(corpus.sources, table)
    units = build_units(corpus.sources, corpus.entities, corpus.quotes, table, rows_of=rows)
    whole = event_mentions(corpus.sources, units, table, rows)
    kept = {s.id: source_event_lines(s, table, rows[s.id]) for s in corpus.sources}
    read = _counting(monkeypatch)
    assert event_mentions(corpus.sources, units, table, rows, kept) == whole
    # (in the sentences' own voices: a quoted relative date is still left out)
    assert len(whole) >= 10 and {m.voice for m in whole} > {"outlet"}
    # Only the kept lines were read: those with a mention, far fewer than every line.
    assert {(m.source.id, m.sentence.start) for m in whole} <= set(read)
    assert len(read) == sum(len(lines) for _, lines in kept.values()) < sum(len(_lines(s)) for s in corpus.sources) / 4


def test_event_lines_kept_in_the_index_are_read_back_and_an_edit_reads_only_its_source(monkeypatch):
    folder = ROOT / "tests" / "gold" / "events" / "myanmar_quake"
    corpus = load_corpus([folder], cache=False)
    members = [Member(s.id, s.path, f"key-{s.content_hash}") for s in corpus.sources]
    cold = compare(corpus.sources, corpus.entities, corpus.quotes)
    backend = Analyses()
    first = StoredFigures(backend, members)
    assert compare(corpus.sources, corpus.entities, corpus.quotes, memo=first) == cold
    n = len(corpus.sources)
    assert first.dated == n == len([k for k in backend.rows if k[0] == EVENT_LINES_KIND])
    table = default_rate_table()
    kept = StoredFigures(backend, members).event_lines(corpus.sources, table, lambda s: (0, []))  # (all read back)
    assert kept == {s.id: source_event_lines(s, table) for s in corpus.sources}

    # One source edited (a new content key): only its lines are read whole, every other source's kept lines only.
    edited = [dataclasses.replace(m, key=m.key + "-edited") if k == 2 else m for k, m in enumerate(members)]
    read = _counting(monkeypatch)
    after = StoredFigures(backend, edited)
    assert compare(corpus.sources, corpus.entities, corpus.quotes, memo=after) == cold
    assert after.dated == 1
    assert len(read) == len(_lines(corpus.sources[2])) + sum(len(lines) for _, lines in kept.values())

    # Lines kept for other lines than the source's (their check differs) are not used: its every line is read.
    read.clear()
    source = corpus.sources[0]
    wrong = {sid: (check + 1, lines) if sid == source.id else (check, lines) for sid, (check, lines) in kept.items()}
    units = build_units(corpus.sources, corpus.entities, corpus.quotes, table)
    assert event_mentions(corpus.sources, units, table, None, wrong) == event_mentions(corpus.sources, units, table)
    assert len([sid for sid, _ in read if sid == source.id]) == 2 * len(_lines(source))


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_reading_only_the_lines_with_a_phrase_gives_every_phrase_claim_and_an_edit_reads_its_source_alone(
        folder, monkeypatch):
    import briefing_tui.compare.ranks as ranks_module
    from briefing_tui.compare.phrase_claims import source_lines
    from briefing_tui.compare.phrase_kinds import phrase_claims, source_phrase_lines
    from briefing_tui.compare.stored_figures import PHRASE_LINES_KIND

    corpus = load_corpus([folder], cache=False)
    table = default_rate_table()
    units = build_units(corpus.sources, corpus.entities, corpus.quotes, table)
    rank = {s.id: k for k, s in enumerate(corpus.sources)}
    whole = phrase_claims(corpus.sources, units, rank)
    members = [Member(s.id, s.path, f"key-{s.content_hash}") for s in corpus.sources]
    backend = Analyses()
    first = StoredFigures(backend, members)
    assert phrase_claims(corpus.sources, units, rank, memo=first) == whole
    assert first.lined == len(corpus.sources) == len([k for k in backend.rows if k[0] == PHRASE_LINES_KIND])
    kept = {s.id: source_phrase_lines(s) for s in corpus.sources}

    read: list[str] = []
    real = ranks_module.rank_phrases
    monkeypatch.setattr(ranks_module, "rank_phrases", lambda text: read.append(text) or real(text))
    again = StoredFigures(backend, members)
    assert phrase_claims(corpus.sources, units, rank, memo=again) == whole
    assert again.lined == 0 and len(read) == sum(len(lines) for _, lines in kept.values())
    assert len(read) < sum(len(source_lines(s)) for s in corpus.sources) / 4  # (far fewer than every line)

    # One source edited (a new content key): its lines are read again (once), then every source's kept lines only.
    read.clear()
    edited = [dataclasses.replace(m, key=m.key + "-edited") if k == 1 else m for k, m in enumerate(members)]
    after = StoredFigures(backend, edited)
    assert phrase_claims(corpus.sources, units, rank, memo=after) == whole
    assert after.lined == 1
    assert len(read) == sum(len(lines) for _, lines in kept.values())


@pytest.mark.parametrize(("event", "label"), [("german_election_2025", "Led by"), ("myanmar_quake", "Gave way")])
def test_relations_and_failures_are_read_from_the_kept_lines(event, label):
    """The lines kept with a source hold its relations and failures of structures (:mod:`.relations`,
    :mod:`.failures`), so their claims read back from an index are those of a full reading."""
    from briefing_tui.compare.failures import failure_phrases
    from briefing_tui.compare.phrase_claims import source_lines
    from briefing_tui.compare.phrase_kinds import phrase_claims, source_phrase_lines
    from briefing_tui.compare.relations import relation_phrases

    corpus = load_corpus([ROOT / "tests" / "gold" / "events" / event], cache=False)
    units = build_units(corpus.sources, corpus.entities, corpus.quotes, default_rate_table())
    rank = {s.id: k for k, s in enumerate(corpus.sources)}
    for source in corpus.sources:
        kept = set(source_phrase_lines(source)[1])
        for k, line in enumerate(source_lines(source)):
            if relation_phrases(line.text) or failure_phrases(line.text):
                assert k in kept
    whole = [claim for _, claim in phrase_claims(corpus.sources, units, rank)]
    members = [Member(s.id, s.path, f"key-{s.content_hash}") for s in corpus.sources]
    backend = Analyses()
    phrase_claims(corpus.sources, units, rank, memo=StoredFigures(backend, members))
    again = StoredFigures(backend, members)
    read_back = [claim for _, claim in phrase_claims(corpus.sources, units, rank, memo=again)]
    assert again.lined == 0 and read_back == whole
    assert [c.topic for c in read_back if c.topic.startswith(label)]  # (the event has such a claim)
