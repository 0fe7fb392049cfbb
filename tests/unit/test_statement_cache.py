"""Each source's figure rows for the comparison, kept by content: read back, they give the same claims."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.statement_cache import figures_of, read_figures, sentence_figures
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
