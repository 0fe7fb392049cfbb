"""Each source's figure rows for the comparison, kept by content: read back, they give the same claims."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.fact_phrases import fact_claims
from briefing_tui.compare.statement_cache import figures_of, read_figures, sentence_figures
from briefing_tui.compare.units import build_units
from briefing_tui.corpus import load_corpus
from briefing_tui.paths import seeds_dir
from briefing_tui.store.backend import Member
from briefing_tui.compare.stored_figures import FIGURES_KIND, StoredFigures


class Analyses:
    """The per-source part of an index backend, in memory."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str, str], bytes] = {}

    def get_analyses(self, kind, version, keys):
        return {k: self.rows[kind, version, k] for k in keys if (kind, version, k) in self.rows}

    def put_analyses(self, kind, version, blobs):
        for k, blob in blobs.items():
            self.rows[kind, version, k] = blob


def _seeds():
    corpus = load_corpus([seeds_dir()], cache=False)
    return corpus, [Member(s.id, s.path, f"key-{s.content_hash}") for s in corpus.sources]


def test_rows_read_back_give_the_claims_of_a_cold_run():
    corpus, members = _seeds()
    cold = compare(corpus.sources, corpus.entities, corpus.quotes)
    backend = Analyses()
    first = StoredFigures(backend, members)
    assert compare(corpus.sources, corpus.entities, corpus.quotes, memo=first) == cold
    assert first.computed == 5
    assert len([k for k in backend.rows if k[0] == FIGURES_KIND]) == 5
    again = StoredFigures(backend, members)
    assert compare(corpus.sources, corpus.entities, corpus.quotes, memo=again) == cold
    assert again.computed == 0
    # A damaged row is read again, not trusted.
    for k in backend.rows:
        backend.rows[k] = b"[[1"
    damaged = StoredFigures(backend, members)
    assert compare(corpus.sources, corpus.entities, corpus.quotes, memo=damaged) == cold
    assert damaged.computed == 5


def test_figures_rebuilt_from_rows_equal_those_read_from_the_text():
    corpus, members = _seeds()
    table = default_rate_table()
    backend = Analyses()
    stored = StoredFigures(backend, members).source_figures(corpus.sources, table, lambda s: read_figures(s, table))
    read_back = figures_of(corpus.sources, table, StoredFigures(backend, members))
    assert read_back == stored
    source = corpus.sources[0]
    money = [f for s in source.sentences for f in sentence_figures(read_back[source.id], source, s) if f.kind == "money"]
    assert money and all(source.raw[f.start:f.end] == f.text and f.source == source.id for f in money)


def test_sentence_features_read_back_equal_those_read_from_the_text_and_an_edit_reads_only_its_source():
    import dataclasses

    from briefing_tui.compare.units import source_features

    corpus, members = _seeds()
    backend = Analyses()
    first = StoredFigures(backend, members)
    computed = first.sentence_features(corpus.sources, source_features)
    assert first.featured == len(corpus.sources)
    again = StoredFigures(backend, members)
    read_back = again.sentence_features(corpus.sources, lambda s: {})  # (nothing computed: all read back)
    assert again.featured == 0 and read_back == computed == {s.id: source_features(s) for s in corpus.sources}
    assert any(f.cues for features in read_back.values() for f in features.values())  # (cues stored too)
    # One source edited (a new content key): only its sentences are read again, and the claims are a cold run's.
    edited = [dataclasses.replace(m, key=m.key + "-edited") if k == 2 else m for k, m in enumerate(members)]
    after = StoredFigures(backend, edited)
    cold = compare(corpus.sources, corpus.entities, corpus.quotes)
    assert compare(corpus.sources, corpus.entities, corpus.quotes, memo=after) == cold
    assert after.featured == 1


def test_fact_phrases_read_back_equal_those_read_from_the_lines_and_an_edit_reads_only_its_source(monkeypatch):
    import dataclasses

    import briefing_tui.compare.fact_phrases as phrases_module
    from briefing_tui.compare.fact_phrases import source_fact_phrases
    from briefing_tui.compare.stored_figures import PHRASES_KIND

    corpus, members = _seeds()
    backend = Analyses()
    first = StoredFigures(backend, members)
    computed = first.fact_phrases(corpus.sources, source_fact_phrases)
    assert first.phrased == len(corpus.sources) == len([k for k in backend.rows if k[0] == PHRASES_KIND])
    assert sum(len(found) for _, lines in computed.values() for found in lines.values()) > 0
    again = StoredFigures(backend, members)
    read_back = again.fact_phrases(corpus.sources, lambda s: (0, {}))  # (nothing computed: all read back)
    assert again.phrased == 0 and read_back == computed == {s.id: source_fact_phrases(s) for s in corpus.sources}

    # One source edited (a new content key): only its lines are read again, and the claims are a cold run's.
    cold = compare(corpus.sources, corpus.entities, corpus.quotes)
    edited = [dataclasses.replace(m, key=m.key + "-edited") if k == 2 else m for k, m in enumerate(members)]
    lines = []
    real = phrases_module.fact_phrases
    monkeypatch.setattr(phrases_module, "fact_phrases", lambda text: lines.append(text) or real(text))
    after = StoredFigures(backend, edited)
    assert compare(corpus.sources, corpus.entities, corpus.quotes, memo=after) == cold
    assert after.phrased == 1 and len(lines) == len(phrases_module.source_lines(corpus.sources[2]))

    # Phrases kept for other lines than the source's (their check differs) are not used: read from its lines.
    lines.clear()
    source = corpus.sources[0]
    kept = {s.id: (check + 1, found) if s.id == source.id else (check, found) for s, (check, found)
            in zip(corpus.sources, read_back.values())}
    units = build_units(corpus.sources, corpus.entities, corpus.quotes, default_rate_table())
    rank = {s.id: k for k, s in enumerate(corpus.sources)}
    with_kept = fact_claims(corpus.sources, units, rank, kept)
    own = {line.text for line in phrases_module.source_lines(source)}
    assert lines and set(lines) <= own  # (the lines of that source alone were read)
    assert with_kept == fact_claims(corpus.sources, units, rank)
