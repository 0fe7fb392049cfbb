"""What lets the app hold 10k articles: mentions as numbers, compact search items, panes before search."""

from __future__ import annotations

import threading

import pytest

import briefing_tui.store.analysis_codec as analysis_codec
from briefing_tui.corpus import load_corpus
from briefing_tui.model import LoadOptions, MentionSpans
from briefing_tui.paths import seeds_dir
from briefing_tui.search import SearchItem, corpus_items


def _plain(spans: MentionSpans) -> tuple[dict, list]:
    return ({sid: [list(a) for a in arrays] for sid, arrays in spans.by_source.items()}, spans.first)


@pytest.fixture(scope="module")
def seeds_index(tmp_path_factory) -> str:
    index = str(tmp_path_factory.mktemp("index") / "index.sqlite3")
    load_corpus([seeds_dir()], index=index).analysis  # the first run extracts and stores
    return index


@pytest.mark.parametrize("piece", [analysis_codec.STREAM_PIECE, 7, 1])
def test_stored_mention_spans_equal_those_of_the_mentions(seeds_index, monkeypatch, piece):
    monkeypatch.setattr(analysis_codec, "STREAM_PIECE", piece)  # elements cut at every place between pieces
    fresh = load_corpus([seeds_dir()], cache=False)
    expected = MentionSpans.of(fresh.entities)
    warm = load_corpus([seeds_dir()], index=seeds_index)
    stored = warm.mention_spans()
    assert stored is not None and warm.cache.analysis is not None
    assert _plain(stored) == _plain(expected)
    assert sum(len(a[0]) for a in stored.by_source.values()) == sum(len(e.mentions) for e in fresh.entities) > 100
    first = fresh.entities[0].mentions[0]
    assert stored.first[0] == (first.source, first.start, first.end)


def test_search_items_read_bodies_without_keeping_them(seeds_index):
    warm = load_corpus([seeds_dir()], index=seeds_index)
    items = corpus_items(warm)
    assert not any(s.loaded for s in warm.sources)  # every body was read, none is kept
    fresh = load_corpus([seeds_dir()], cache=False)
    sentences = [SearchItem("sentence", f"{s.id}:{x.index}", x.text, s.id, x.start, x.end)
                 for s in fresh.sources for x in s.sentences]
    assert len(sentences) > 100
    assert list(items)[-len(sentences):] == sentences
    assert items[-1] == sentences[-1] and items[len(items) - len(sentences)] == sentences[0]
    assert list(items.texts()) == [it.text for it in items]


def test_the_panes_are_filled_before_the_search_index_is_built(seeds_index):
    from briefing_tui.ui.loader import CorpusReady, LoadProgress, SearchReady, SourcesReady, load_briefing

    posted = []
    load_briefing([seeds_dir()], None, LoadOptions(index=seeds_index), posted.append, lambda: False,
                  threading.Lock())
    stages = [type(m) for m in posted if not isinstance(m, LoadProgress)]
    assert stages == [SourcesReady, CorpusReady, SearchReady]
    panes, search = next(m for m in posted if isinstance(m, CorpusReady)), posted[-1]
    assert search.corpus is panes.corpus and len(search.index) == len(corpus_items(panes.corpus))
