"""Issue 11: a claim told only in German is titled by its first measured figure; every German noun is capitalised, so
the word read before that figure ("innerhalb kürzester Zeit um fast acht Meter") named the title "Zeit's height".
A subject none of whose words is a name stays out of such a title (invented article; fails on the code before)."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.compare.claims import build_claims
from briefing_tui.corpus import load_corpus

GERMAN = ("Flut in Texas\n\n"
          "Der Fluss sei in den frühen Morgenstunden innerhalb kürzester Zeit um fast acht Meter angestiegen, sagte "
          "ein Sprecher. Viele Kinder aus einem Sommercamp werden noch vermisst.\n\n"
          "Bundeskanzler Olaf Scholz sagte, Deutschland schicke 40 Helfer nach Texas.\n")


def test_a_german_noun_does_not_name_a_title(tmp_path: Path):
    (tmp_path / "a.txt").write_text(GERMAN, encoding="utf-8")
    loaded = load_corpus([tmp_path], cache=False)
    topics = [c.topic for c in build_claims(loaded.sources, loaded.entities, loaded.quotes)]
    assert not any("Zeit" in t for t in topics), topics
    assert any(t.startswith("Height: nearly 8") for t in topics), topics
