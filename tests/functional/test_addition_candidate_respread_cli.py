"""Through the index, an added article whose new lower-case words make another article's unconfirmed candidate
a run of common words (:mod:`briefing_tui.store.candidate_respread`): that article is spread again, and when its
names stay the same the addition is patched; when they change, it is analysed in full. What is stored is byte for
byte what a fresh index stores (the analysis, the spreading answers with each article's view digest, the
resolution record), and every step prints what a cold run (``--no-cache``) prints (quotes, entities, stories
and diff).

The corpus is test_mention_patch_cli's (a, b, c, d), an article whose unconfirmed candidate is "Orchards
Flourished" (e), and one whose candidate is only a body it cites ("according to Harbourside", f: made an organisation
 while its words are no common words). Additions, one after another, each after every other:

1. r: "orchards" and "flourished" written in lower case: e's candidate is now written as common words, it stays a
   candidate (no known spelling, not attributed): e is spread again, names the same: patched;
2. s: "harbourside" written in lower case: f's cited body is no longer read as one (its words are
   common): f's names change: analysed in full.
"""

from __future__ import annotations

import json

from briefing_tui.cli import main
from briefing_tui.store.candidate_respread import CANDIDATE_NAMES_CHANGED
from tests.functional.test_mention_patch_cli import ARTICLE_C, ARTICLE_D, COMMANDS, add_and_run
from tests.store_helpers import ARTICLE_A, ARTICLE_B, age, count_full_analyses, outputs, patch_reasons

CANDIDATE = "Cooperative meets\n\nBy Staff Reporter\n\nMembers of the Orchards Flourished cooperative met on Friday.\n"
CITED = ("Ferry times change\n\nBy Staff Reporter\n\nThe ferry will leave earlier from March, according to "
         "Harbourside.\n")
LATER = (("stories", "--json"), ("diff", "--json"))
"""What reads the analysis after quotes and entities: the same as a cold run's too."""
HEAD = "Growers count the losses\n\nBy Staff Reporter\n\n"
ADDITIONS = (
    ("r", HEAD + "The orchards flourished after the rain.\n", False),
    ("s", HEAD + "The lantern at the harbourside was lit again.\n", True),
)


def test_an_addition_making_another_articles_candidate_common_words_spreads_that_article_again(tmp_path, capsys,
                                                                                                monkeypatch):
    corpus, index = tmp_path / "corpus", tmp_path / "index.sqlite3"
    corpus.mkdir()
    for name, text in (("a", ARTICLE_A), ("b", ARTICLE_B), ("c", ARTICLE_C), ("d", ARTICLE_D), ("e", CANDIDATE),
                       ("f", CITED)):
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    age([*corpus.iterdir(), corpus], seconds=120)
    first = outputs(main, capsys, COMMANDS, corpus, "--index", str(index))
    bodies = {e["name"] for e in json.loads(first[1])["entities"] if e["type"] == "organization"}
    assert "Harbourside" in bodies  # f's cited body, while its words are no common words
    analysed = count_full_analyses(monkeypatch)
    reasons = patch_reasons(monkeypatch)
    for n, addition in enumerate(ADDITIONS):
        indexed, _, _ = add_and_run(capsys, corpus, index, tmp_path, analysed, n, addition)
        assert outputs(main, capsys, LATER, corpus, "--index", str(index)) == outputs(
            main, capsys, LATER, corpus, "--no-cache"), addition[0]
    assert [r for r in reasons if r != "no base"] == ["", CANDIDATE_NAMES_CHANGED]  # (no base: the fresh index)
    bodies = {e["name"] for e in json.loads(indexed[1])["entities"] if e["type"] == "organization"}
    assert "Harbourside" not in bodies
