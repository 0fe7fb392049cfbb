"""Through the index, an edit of one article that changes nothing another article reads of it patches the stored
analysis in place (:mod:`briefing_tui.store.analysis_patch`: no full analysis runs), and the analysis stored is
byte for byte the one a fresh index stores for the same files; an edit that changes another article's resolution
is analysed in full. Every step prints what a cold run (``--no-cache``) prints.

The corpus: article a names "Halvard Dunmore, the finance minister" and quotes him; article b quotes "Dunmore"
alone (a lone surname joins the one full name in the corpus with that surname); article c quotes Halvard Dunmore
with a's words (the merge makes one quote of the two, a's, with c's occurrence in ``also_in``) and a quoted term.
The edits of c:

1. (i) a sentence without names inserted before its quote and a word misspelt before it: every later mention,
   the quote's occurrence and the quoted term move; nothing another article reads changes: patched;
2. (ii) c names a second Dunmore ("Ingrid Dunmore, a farmer"): b's lone "Dunmore" no longer has one full name
   to join, so b's quote is said by "Dunmore": analysed in full;
3. (iii) that paragraph replaced by one without names: b's quote is Halvard's again: analysed in full;
4. the edit of step 1 undone (a patch again).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from briefing_tui.cli import main
from tests.store_helpers import ARTICLE_A, ARTICLE_B, age, b_speaker, count_full_analyses, indexed_like_cold, outputs

COMMANDS = (("quotes", "--json"), ("entities", "--json"))
ARTICLE_C = """Farmers ask for support

By Staff Reporter

Farmers in the north asked the government for support after a dry summer.

“We will not cut pensions this year,” Halvard Dunmore told the farmers in Oslo.

The farmers call the plan a “bridge to nowhere” and expect an answer by the spring.
"""
QUIET = "The meeting lasted three hours and ended late in the evening. "
SECOND_DUNMORE = "Ingrid Dunmore, a farmer from Tromsø, said the dry summer had cost her half of her hay.\n\n"
DRY = "The dry weather went on into the autumn.\n\n"


def _write(corpus: Path, quiet: bool, extra: str = "") -> None:
    text = ARTICLE_C
    if quiet:
        text = text.replace("Farmers in the north asked", QUIET + "Farmers in the north asked").replace(
            "after a dry summer", "after a dry summmer")
    head, _, rest = text.partition("Farmers in the north")
    (corpus / "c.txt").write_text(head + extra + "Farmers in the north" + rest, encoding="utf-8")
    age([corpus / "c.txt"], seconds=60)


def _stored_analyses(index: Path) -> dict[str, bytes]:
    with sqlite3.connect(index) as conn:
        return dict(conn.execute("SELECT signature, blob FROM results WHERE kind = 'analysis'").fetchall())




def test_an_edit_no_other_article_reads_patches_the_stored_analysis_as_a_fresh_index_stores_it(
        tmp_path, capsys, monkeypatch):
    corpus, index = tmp_path / "corpus", tmp_path / "index.sqlite3"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (corpus / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    _write(corpus, quiet=False)
    age([*corpus.iterdir(), corpus], seconds=120)
    counts: dict[str, int] = {}
    indexed_like_cold(main, capsys, COMMANDS, corpus, index, counts)  # primes the index (and its base)
    analysed = count_full_analyses(monkeypatch)
    steps = [(True, "", False, "Halvard Dunmore"), (True, SECOND_DUNMORE, True, "Dunmore"),
             (True, DRY, True, "Halvard Dunmore"), (False, DRY, False, "Halvard Dunmore")]
    for n, (quiet, extra, in_full, speaker) in enumerate(steps):
        _write(corpus, quiet, extra)
        before = set(_stored_analyses(index))
        analysed.clear()
        indexed = outputs(main, capsys, COMMANDS, corpus, "--index", str(index))
        assert bool(analysed) == in_full, f"step {n + 1}: analysed in full: {bool(analysed)}"
        assert indexed == outputs(main, capsys, COMMANDS, corpus, "--no-cache"), f"step {n + 1}: not a cold run's"
        assert b_speaker(main, capsys, corpus, index) == speaker, f"step {n + 1}"
        if not in_full:  # the patched analysis is the one a fresh index stores for these files, byte for byte
            made = {s: b for s, b in _stored_analyses(index).items() if s not in before}
            fresh = tmp_path / f"fresh{n}.sqlite3"
            outputs(main, capsys, (("quotes", "--json"),), corpus, "--index", str(fresh))
            assert len(made) == 1 and made == {s: b for s, b in _stored_analyses(fresh).items() if s in made}
    quotes = json.loads(outputs(main, capsys, (("quotes", "--json"),), corpus, "--index", str(index))[0])["quotes"]
    merged = next(q for q in quotes if q["text"].startswith("We will not cut pensions"))
    assert merged["source"] == "a" and [o["source"] for o in merged["also_in"]] == ["c"]  # c's occurrence was moved


def test_on_a_generated_folder_typos_patched_in_place_store_what_a_fresh_index_stores(tmp_path, capsys, monkeypatch):
    """Typos in 40 generated articles (bench.edit_laps's: a letter doubled in a lower-case word in the middle of an
    article), whose quotes the merge shares between articles: each patched analysis is a fresh index's, byte for
    byte, and every output a cold run's."""
    from bench.edit_laps import typo
    from tests.store_helpers import write_generated

    corpus, index = tmp_path / "generated", tmp_path / "index.sqlite3"
    write_generated(corpus, 40)
    outputs(main, capsys, COMMANDS, corpus, "--index", str(index))
    analysed = count_full_analyses(monkeypatch)
    patched = 0
    for k in range(4):
        typo(corpus, k)
        before = set(_stored_analyses(index))
        analysed.clear()
        indexed = outputs(main, capsys, COMMANDS, corpus, "--index", str(index))
        patched += not analysed
        made = {s: b for s, b in _stored_analyses(index).items() if s not in before}
        fresh = tmp_path / f"fresh{k}.sqlite3"
        assert indexed == outputs(main, capsys, COMMANDS, corpus, "--index", str(fresh)), f"typo {k}"
        assert len(made) == 1 and made == {s: b for s, b in _stored_analyses(fresh).items() if s in made}, f"typo {k}"
        assert indexed == outputs(main, capsys, COMMANDS, corpus, "--no-cache"), f"typo {k}"
    assert patched >= 2, patched
