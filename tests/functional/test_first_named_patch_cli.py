"""Through the index, two edits of bench.incremental's kind that used to be analysed in full are patched, and what
the patch stores is byte for byte what a fresh index stores (the analysis, the spreading answers and the
resolution record); every step prints what a cold run (``--no-cache``) prints:

- a paragraph quoting someone already named, with lower-case words no article wrote before ("barley",
  "harvests"): the corpus's common words grow by those words, which no known spelling and no other article's
  candidate holds (:mod:`briefing_tui.store.new_words`), so only the answers' common words change;
- a paragraph naming someone first named in a *later* article (c names Mira Castell, whom d names after it): her
  group is made at c, before the groups made between (each one number later in the kept record), and the
  known spellings list her first where c is (:func:`~briefing_tui.store.new_words.known_in_order`); then a
  second mention of her in c, patched on the record the first left;
- an added article after every other quoting Halvard Dunmore with new words: patched as well.

Refused, and so analysed in full: a new word that another article's unconfirmed candidate holds in capitals.
The corpus is tests/functional/test_mention_patch_cli.py's (a, b, c, d).
"""

from __future__ import annotations

from pathlib import Path

from briefing_tui.cli import main
from tests.functional.test_mention_patch_cli import ARTICLE_D, LATER, _write_c, run_step
from tests.store_helpers import ARTICLE_A, ARTICLE_B, age, count_full_analyses, outputs

NEW_WORDS = ("“The barley harvests were poor,” said Halvard Dunmore, a spokesperson for the regional ministry, "
             "on day one.\n\n")
"""A paragraph quoting Halvard Dunmore (named in a) with words no article writes in lower case."""
TWICE = "Mira Castell met the farmers in the north.\n\n"
"""A second mention of Mira Castell in c (words the corpus writes), patched on the record the move left."""
ADDED = """Castell visits the west

By Staff Reporter

“The orchards flourished,” said Halvard Dunmore, the finance minister, on day two.
"""
CANDIDATE = """Cooperative meets

By Staff Reporter

Members of the Orchards Flourished cooperative met on Friday.
"""


def _corpus(tmp_path: Path, *extra: tuple[str, str]) -> tuple[Path, Path]:
    corpus, index = tmp_path / "corpus", tmp_path / "index.sqlite3"
    corpus.mkdir()
    for name, text in (("a.txt", ARTICLE_A), ("b.txt", ARTICLE_B), ("d.txt", ARTICLE_D), *extra):
        (corpus / name).write_text(text, encoding="utf-8")
    _write_c(corpus)
    age([*corpus.iterdir(), corpus], seconds=120)
    return corpus, index




def test_names_written_with_new_words_or_first_in_the_order_are_patched_as_a_fresh_index_stores_them(
        tmp_path, capsys, monkeypatch):
    corpus, index = _corpus(tmp_path)
    outputs(main, capsys, (("quotes", "--json"),), corpus, "--index", str(index))
    analysed = count_full_analyses(monkeypatch)
    steps = [(NEW_WORDS, "", ""), (NEW_WORDS, LATER, ""), (NEW_WORDS, LATER, TWICE)]
    for n, (first, second, third) in enumerate(steps):
        _write_c(corpus, first, second, third)
        _, mine, theirs = run_step(capsys, corpus, index, tmp_path / f"fresh{n}.sqlite3", analysed, False,
                                   f"step {n + 1}")
        assert mine["spread answers"] == theirs["spread answers"], f"step {n + 1}"
        assert mine["resolution"] == theirs["resolution"], f"step {n + 1}"
    (corpus / "e.txt").write_text(ADDED, encoding="utf-8")
    age([corpus / "e.txt", corpus], seconds=60)
    _, mine, theirs = run_step(capsys, corpus, index, tmp_path / "fresh_added.sqlite3", analysed, False, "added")
    assert mine["spread answers"] == theirs["spread answers"]
    assert mine["resolution"] == theirs["resolution"]


def test_a_new_word_another_articles_candidate_holds_spreads_it_again_and_is_patched(tmp_path, capsys, monkeypatch):
    # e's candidate "Orchards Flourished" is then written as common words: e spread again names the same
    # (store/candidate_respread.py), its view digest in the answers and the record is a fresh index's
    corpus, index = _corpus(tmp_path, ("e.txt", CANDIDATE))
    outputs(main, capsys, (("quotes", "--json"),), corpus, "--index", str(index))
    analysed = count_full_analyses(monkeypatch)
    _write_c(corpus, "“The orchards flourished,” said Halvard Dunmore on day two.\n\n")
    _, mine, theirs = run_step(capsys, corpus, index, tmp_path / "fresh.sqlite3", analysed, False, "candidate")
    assert mine["spread answers"] == theirs["spread answers"]
    assert mine["resolution"] == theirs["resolution"]
