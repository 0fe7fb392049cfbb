"""Through the index, an added article is an edit from nothing (:mod:`briefing_tui.store.analysis_patch`): when
everything it names is a person or place the corpus already names, confirmed in an earlier article, and each of
its quotes is attributed and a merged quote of its own, the stored analysis is patched (no full analysis runs); otherwise it is
analysed in full. Either way what is stored is byte for byte what a fresh index stores for the same files (the
analysis, the spreading answers and the resolution record), and every step prints what a cold run
(``--no-cache``) prints.

The corpus is test_mention_patch_cli's: a names "Halvard Dunmore, the finance minister" (in Oslo) and quotes him;
b quotes "Dunmore" alone; c names nobody; d names "Mira Castell" four times and quotes her. Additions, one after
another (the folder grows):

1. e (last): Halvard Dunmore quoted in Oslo with words d quotes Mira Castell saying (another speaker's: a
   merged quote of its own): patched; he gains a mention, a role and a source;
2. bb (between b and c): Halvard Dunmore quoted again: patched (every later source moves one place on);
3. j (last): Halvard Dunmore and Mira Castell quoted, each quote a merged quote of its own: patched;
4. k (last): Halvard Dunmore's words reported, with two quoted terms (the corpus's first): patched;
5. ca (between c and d): Halvard Dunmore named, a quoted term between c's none and k's: patched;
6. h (last): no name, no quote, words the corpus writes: patched (it has no mentions: not listed among them);
7. m (last): Halvard Dunmore quoted with words a quotes him saying: one more occurrence of a's quote: patched;
8. n (last): b's quote unattributed: one more occurrence of it (Halvard Dunmore's, b's "Dunmore"): patched;
9. o (last): an unattributed quote of words no article quotes: a merged quote of its own: patched;
10. p (last): Halvard Dunmore quoted with o's words: one more occurrence of o's quote, which so becomes his: patched;
11. f: a person no article names ("Ingrid Solvang"), quoted: a new group, numbered after every other
   (:mod:`briefing_tui.store.new_groups`): patched;
12. g: an alias spelling of a known person ("Halvard Dunmoore", the finance minister), new to the corpus: analysed
   in full (it joins his entity);
13. gg: the same alias spelling again, now one his group has (confirmed in g, earlier): patched;
14. i: "Dunmore" alone (a lone surname, grouped after every other name): analysed in full.
"""

from __future__ import annotations

import json
import random

import pytest

from briefing_tui.cli import main
from tests.functional.test_mention_patch_cli import ARTICLE_C, ARTICLE_D, COMMANDS, _records, add_and_run, run_step
from tests.store_helpers import ARTICLE_A, ARTICLE_B, age, count_full_analyses, outputs, write_generated

HEAD = "Ministry reviews figures\n\nBy Staff Reporter\n\n"
ADDITIONS = (
    ("e", HEAD + "“The harvest will be counted again before the winter,” Halvard Dunmore said in Oslo.\n", False),
    ("bb", HEAD + "“The talks are expected to continue next week,” Halvard Dunmore said.\n", False),
    ("j", HEAD + "“The harvest was the smallest in ten years,” Halvard Dunmore said.\n\n“Union leaders would wait "
     "for the final text of the budget,” Mira Castell said.\n", False),
    ("k", HEAD + "Halvard Dunmore said the farmers expect “an answer” by the spring.\n\nThe talks are expected to "
     "continue next week, Halvard Dunmore said of the “budget”.\n", False),
    ("ca", HEAD + "Halvard Dunmore met the farmers in the north on Monday to discuss the “budget”.\n", False),
    ("h", "Farmers ask for support\n\nBy Staff Reporter\n\nThe farmers expect an answer by the spring.\n", False),
    ("m", HEAD + "“We will not cut pensions this year,” Halvard Dunmore said in Oslo.\n", False),
    ("n", HEAD + "The vote is planned for December. “The figures will be published in full before the vote.”\n", False),
    ("o", HEAD + "The vote is planned for December. “The talks are expected to continue in the spring.”\n", False),
    ("p", HEAD + "“The talks are expected to continue in the spring,” Halvard Dunmore said.\n", False),
    ("f", HEAD + "“The harvest will be counted again before the winter,” said Ingrid Solvang, the finance minister.\n",
     False),
    ("g", HEAD + "Halvard Dunmoore, the finance minister, said the talks are expected to continue next week.\n", True),
    ("gg", HEAD + "“The vote is planned for December,” said Halvard Dunmoore, the finance minister.\n",
     False),
    ("i", HEAD + "“The figures will be published in full next week,” Dunmore said.\n", True),
)

FOLDED = {"m": ("We will not cut pensions this year", "Halvard Dunmore"),
          "n": ("The figures will be published in full before the vote", "Halvard Dunmore"),
          "p": ("The talks are expected to continue in the spring", "Halvard Dunmore")}
"""The additions whose quote the merge folds into an earlier article's: its words and the speaker it then has."""


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in (("a", ARTICLE_A), ("b", ARTICLE_B), ("c", ARTICLE_C), ("d", ARTICLE_D)):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    age([*folder.iterdir(), folder], seconds=120)
    return folder


def _speakers(printed: str, source: str) -> list[str | None]:
    return [q["speaker"] for q in json.loads(printed)["quotes"] if q["source"] == source]


def test_an_added_article_is_patched_in_when_it_names_only_known_people_and_is_byte_for_byte_a_fresh_index_s(
        tmp_path, corpus, capsys, monkeypatch):
    index = tmp_path / "index.sqlite3"
    outputs(main, capsys, COMMANDS, corpus, "--index", str(index))
    analysed = count_full_analyses(monkeypatch)
    for n, (name, text, in_full) in enumerate(ADDITIONS):
        indexed, mine, theirs = add_and_run(capsys, corpus, index, tmp_path, analysed, n, (name, text, in_full))
        if name in FOLDED:  # the quote of an earlier article with its words: one more occurrence of it
            words, speaker = FOLDED[name]
            homes = [(q["source"], q["speaker"], [o["source"] for o in q["also_in"]])
                     for q in json.loads(indexed[0])["quotes"] if q["text"].rstrip(".") == words]
            assert len(homes) == 1 and homes[0][1:] == (speaker, [name]), (name, homes)
        if name == "j":
            assert _speakers(indexed[0], name) == ["Halvard Dunmore", "Mira Castell"]
        if name in ("e", "bb", "gg"):
            assert _speakers(indexed[0], name) == ["Halvard Dunmore"]
            halvard = next(e for e in json.loads(indexed[1])["entities"] if e["name"] == "Halvard Dunmore")
            assert name in halvard["sources"]
            assert ("Halvard Dunmoore" in halvard["aliases"]) == (name == "gg")


def _answers(blob: bytes) -> tuple:
    """The spreading answers' content: known spellings and surnames (as sets: a full analysis after an edit lists
    them in another order than a fresh index, on main too), common words and each source's view digest."""
    from briefing_tui.store.codec import unpack_value

    (names, surnames, common), digests = unpack_value(blob)
    return {tuple(n) for n in names}, {tuple(s) for s in surnames}, common, digests


def test_additions_of_other_articles_paragraphs_after_every_other_store_what_a_fresh_index_stores(
        tmp_path, capsys, monkeypatch):
    """Articles made of the paragraphs of generated ones (their quotes the merge folds into the others', their
    names known, or a lone surname: analysed in full), each added after every other."""
    corpus, index = tmp_path / "corpus", tmp_path / "index.sqlite3"
    texts = [p.read_text(encoding="utf-8") for p in write_generated(corpus, 40)]
    outputs(main, capsys, COMMANDS, corpus, "--index", str(index))
    analysed = count_full_analyses(monkeypatch)
    rng = random.Random(1)
    patched = 0
    for n in range(6):
        first, *rest = rng.choice(texts).split("\n\n")
        (corpus / f"zz{n}.txt").write_text("\n\n".join([first, *(p for p in rest if rng.random() < 0.5)]),
                                           encoding="utf-8")
        age([corpus / f"zz{n}.txt", corpus], seconds=60)
        analysed.clear()
        indexed = outputs(main, capsys, COMMANDS, corpus, "--index", str(index))
        patched += not analysed
        assert indexed == outputs(main, capsys, COMMANDS, corpus, "--no-cache"), n
        fresh = tmp_path / f"fresh{n}.sqlite3"
        outputs(main, capsys, (("quotes", "--json"),), corpus, "--index", str(fresh))
        mine, theirs = _records(index), _records(fresh)
        assert {s: b for s, b in mine["analysis"].items() if s in theirs["analysis"]} == theirs["analysis"], n
        assert mine["resolution"] == theirs["resolution"], n
        assert [_answers(b) for b in mine["spread answers"].values()] == [
            _answers(b) for b in theirs["spread answers"].values()], n
    assert patched == 3


def test_an_addition_naming_someone_by_a_lone_surname_is_refused_before_the_stored_analysis_is_read(
        tmp_path, corpus, capsys, monkeypatch):
    """A lone surname added is never patched (resolution groups it after every other name): the attempt stops
    as soon as the added article's names are known, without reading the stored analysis (a few megabytes at 2,000
    articles); what is stored and printed is then a fresh index's and a cold run's, as before."""
    from briefing_tui.store.analysis_patch import Patch
    from briefing_tui.store.stored_rows import StoredRows

    index = tmp_path / "index.sqlite3"
    outputs(main, capsys, COMMANDS, corpus, "--index", str(index))
    analysed = count_full_analyses(monkeypatch)
    inside: list[bool] = []
    read: list[str] = []
    reasons: list[str] = []
    real_run, real_get = Patch.run, StoredRows.get_result

    def run(self) -> bool:
        inside.append(True)
        try:
            return real_run(self)
        finally:
            inside.pop()
            reasons.append(self.reason)

    def get_result(self, kind: str, signature: str):
        if inside:
            read.append(kind)
        return real_get(self, kind, signature)

    monkeypatch.setattr(Patch, "run", run)
    monkeypatch.setattr(StoredRows, "get_result", get_result)
    text = HEAD + "“The figures will be published in full next week,” Dunmore said in Oslo.\n"
    (corpus / "z.txt").write_text(text, encoding="utf-8")
    age([corpus / "z.txt", corpus], seconds=60)
    indexed, mine, theirs = run_step(capsys, corpus, index, tmp_path / "fresh.sqlite3", analysed, True, "z")
    assert reasons[0] == "a lone surname added"  # (then the fresh index's: no base)
    assert "analysis" not in read, read
    assert mine["resolution"] == theirs["resolution"]
    assert mine["spread answers"] == theirs["spread answers"]
    assert _speakers(indexed[0], "z") == ["Halvard Dunmore"]
