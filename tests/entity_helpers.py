"""The entities a corpus of invented articles yields, for the extraction's unit tests."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.corpus import load_corpus
from briefing_tui.model import Entity


def corpus_entities(folder: Path, articles: dict[str, str]) -> dict[str, Entity]:
    """Write ``articles`` (file name -> text) into ``folder``, load it without a cache, check that every mention's
    text is its source's raw slice (provenance), and return the entities by name."""
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    corpus = load_corpus([folder], cache=False)
    for e in corpus.entities:
        for m in e.mentions:
            assert corpus.source(m.source).raw[m.start:m.end] == m.text
    return {e.name: e for e in corpus.entities}
