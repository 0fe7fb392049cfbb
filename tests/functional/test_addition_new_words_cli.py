"""Through the index, an added article that confirms no name but writes lower-case words no article wrote is
patched (:mod:`briefing_tui.store.analysis_patch`): an addition removes no word, so the corpus's common words only
grow, by those words, and when no known spelling and no other article's unconfirmed candidate holds one
(:func:`~briefing_tui.store.new_words.unread_by_others`) no other article's spreading changes. What is stored is
byte for byte what a fresh index stores (the analysis, the spreading answers and the resolution record), and every
step prints what a cold run (``--no-cache``) prints.

The corpus is test_mention_patch_cli's (a, b, c, d) and an article whose unconfirmed candidate is "Orchards
Flourished" (e). Additions, one after another, each after every other:

1. h: no name, no quote, words no article writes ("vineyards", "rainfall"): patched;
2. q: an unattributed quote of words no article writes or quotes ("terraces", "replanted"): patched, a merged
   quote of its own;
3. r: no name, "orchards" and "flourished" written in lower case (new to the corpus's common words, but e's
   candidate holds them: e's spreading may read them otherwise): analysed in full.
"""

from __future__ import annotations

import json

from briefing_tui.cli import main
from tests.functional.test_mention_patch_cli import ARTICLE_C, ARTICLE_D, COMMANDS, add_and_run
from tests.store_helpers import ARTICLE_A, ARTICLE_B, age, count_full_analyses, outputs

CANDIDATE = "Cooperative meets\n\nBy Staff Reporter\n\nMembers of the Orchards Flourished cooperative met on Friday.\n"
HEAD = "Growers count the losses\n\nBy Staff Reporter\n\n"
ADDITIONS = (
    ("h", HEAD + "The vineyards expect rainfall by the spring.\n", False),
    ("q", HEAD + "The vote is planned for December. “The terraces will be replanted before the winter.”\n", False),
    ("r", HEAD + "The orchards flourished after the rain.\n", False),
)


def _common_words(blob: bytes) -> set[str]:
    """The common words of stored spreading answers."""
    from briefing_tui.store.codec import unpack_value

    (_, _, common), _ = unpack_value(blob)
    return set(common.split())


def test_an_addition_naming_no_one_with_new_words_is_patched_as_a_fresh_index_stores_it(tmp_path, capsys,
                                                                                           monkeypatch):
    corpus, index = tmp_path / "corpus", tmp_path / "index.sqlite3"
    corpus.mkdir()
    for name, text in (("a", ARTICLE_A), ("b", ARTICLE_B), ("c", ARTICLE_C), ("d", ARTICLE_D), ("e", CANDIDATE)):
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    age([*corpus.iterdir(), corpus], seconds=120)
    outputs(main, capsys, COMMANDS, corpus, "--index", str(index))
    analysed = count_full_analyses(monkeypatch)
    for n, (name, text, in_full) in enumerate(ADDITIONS):
        indexed, mine, theirs = add_and_run(capsys, corpus, index, tmp_path, analysed, n, (name, text, in_full))
        common = set().union(*map(_common_words, mine["spread answers"].values()))
        assert {"vineyards", "rainfall"} <= common
        if name == "q":
            quoted = [q for q in json.loads(indexed[0])["quotes"] if q["source"] == "q"]
            assert [(q["text"].rstrip("."), q["speaker"]) for q in quoted] == [
                ("The terraces will be replanted before the winter", None)]
