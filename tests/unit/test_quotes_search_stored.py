"""`briefing quotes QUERY` finds the same quotes whether the search strings come processed from the index
or are processed as the search runs (issue 15: the stored analysis keeps them as rapidfuzz processed them)."""

from __future__ import annotations

import pytest

from briefing_tui.commands.quotes import select_quotes
from briefing_tui.corpus import load_corpus

QUERIES = ["japan is back", "PRIME minister", "“Japan” — is back!", "takaichi", "central asia", "zzqx"]


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    index = tmp_path_factory.mktemp("quotes") / "index.sqlite3"
    load_corpus(index=index).analysis  # stored
    return load_corpus(index=index), load_corpus(cache=False)


@pytest.mark.parametrize("query", QUERIES)
def test_the_stored_processed_strings_find_what_processing_finds(corpora, query):
    stored, fresh = corpora
    assert stored.quote_search_processed() is not None and fresh.quote_search_processed() is None
    found = select_quotes(stored, query, None, None)
    assert [q.id for q in found] == [q.id for q in select_quotes(fresh, query, None, None)]
    assert [q.id for q in select_quotes(stored, query, "Takaichi", None)] == \
        [q.id for q in select_quotes(fresh, query, "Takaichi", None)]


def test_a_query_finds_something_on_the_seeds(corpora):
    assert len(select_quotes(corpora[0], "japan is back", None, None)) >= 1
