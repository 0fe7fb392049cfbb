"""Through the index, an edit that adds a mention of a person the corpus already names (a paragraph quoting them,
bench.incremental's kind of edit) patches the stored analysis (:mod:`briefing_tui.store.mention_patch`: no full
analysis runs), and what it stores is byte for byte what a fresh index stores for the same files: the analysis,
the spreading answers and the resolution record. An edit naming someone first named in a later article is patched
too: the group is made at the edited article, every group made between one number later in the kept record. Every
step prints what a cold run (``--no-cache``) prints.

The corpus: a names "Halvard Dunmore, the finance minister" and quotes him; b quotes "Dunmore" alone; c is
about farmers and names nobody; d (after c) names "Mira Castell" four times, the first of the entities.
Edits of c:

1. a paragraph quoting Halvard Dunmore, "a spokesperson for the regional ministry": his entity gains a mention
   and a role and goes before Mira Castell in the sorted list (every mention's entity number moves), his quote is
   a merged quote of its own: patched;
2. a word of a changed into one the corpus writes elsewhere: patched as before (the records kept as they were);
3. a second paragraph quoting him "in Oslo" later in c, with words d quotes Mira Castell saying (another speaker's:
   a merged quote of its own again; Oslo, named in a, gains a mention and a source): patched again (the records the patches left hold; a's view digest, which the
   typo's patch did not record, is its spread row's);
4. a paragraph naming Mira Castell (first named in d, after c): patched, her group made at c (analysed in full
   before tests/functional/test_first_named_patch_cli.py's change).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from briefing_tui.cli import main
from tests.store_helpers import ARTICLE_A, ARTICLE_B, age, count_full_analyses, outputs

COMMANDS = (("quotes", "--json"), ("entities", "--json"))
ARTICLE_C = """Farmers ask for support

By Staff Reporter

Farmers in the north asked the government for support after a dry summer.

The farmers expect an answer by the spring.

The harvest was the smallest in ten years.
"""
ARTICLE_D = """Ministry reviews figures

By Staff Reporter

Mira Castell, the agriculture minister, said the ministry would look at the figures.

“We will look at the figures again next week,” a spokesperson for the regional ministry said on day one.

“The harvest will be counted again before the winter,” Mira Castell said.

Mira Castell visited the farms in the west. Mira Castell met the farmers there.
"""
FIRST = ("“We will look at the figures again next week,” said Halvard Dunmore, a spokesperson for the regional "
         "ministry, on day one.\n\n")
SECOND = "“The harvest will be counted again before the winter,” Halvard Dunmore said in Oslo.\n\n"
LATER = "Mira Castell, the agriculture minister, visited the farms in the west.\n\n"
KINDS = ("analysis", "spread answers", "resolution")


def _write_c(corpus: Path, first: str = "", second: str = "", third: str = "") -> None:
    head, _, rest = ARTICLE_C.partition("The farmers expect")
    last, _, tail = rest.partition("The harvest was")
    (corpus / "c.txt").write_text(head + first + "The farmers expect" + last + second + third + "The harvest was"
                                  + tail, encoding="utf-8")
    age([corpus / "c.txt"], seconds=60)


def _records(index: Path) -> dict[str, dict[str, bytes]]:
    with sqlite3.connect(index) as conn:
        rows = conn.execute("SELECT kind, signature, blob FROM results").fetchall()
    return {kind: {s: b for k, s, b in rows if k == kind} for kind in KINDS}


def run_step(capsys, corpus: Path, index: Path, fresh: Path, analysed: list, in_full: bool, label: str):
    """Run the commands on ``index`` after one change to ``corpus``: it analysed in full or not (``in_full``), its
    outputs are a cold run's, and the one analysis record it made is a ``fresh`` index's. (The outputs, and the
    stored records of both indexes.)"""
    before = _records(index)["analysis"]
    analysed.clear()
    indexed = outputs(main, capsys, COMMANDS, corpus, "--index", str(index))
    assert bool(analysed) == in_full, f"{label}: analysed in full: {bool(analysed)}"
    assert indexed == outputs(main, capsys, COMMANDS, corpus, "--no-cache"), f"{label}: not a cold run's"
    outputs(main, capsys, (("quotes", "--json"),), corpus, "--index", str(fresh))
    mine, theirs = _records(index), _records(fresh)
    made = {s: b for s, b in mine["analysis"].items() if s not in before}
    assert len(made) == 1 and made == {s: b for s, b in theirs["analysis"].items() if s in made}, label
    return indexed, mine, theirs


def add_and_run(capsys, corpus: Path, index: Path, tmp_path: Path, analysed: list, n: int, addition: tuple):
    """Add one article (``addition``: its name, text and whether it is analysed in full) as step ``n``, then
    :func:`run_step`: the spreading answers and the resolution record are also a fresh index's. (What run_step
    returns.)"""
    name, text, in_full = addition
    (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    age([corpus / f"{name}.txt", corpus], seconds=60)
    indexed, mine, theirs = run_step(capsys, corpus, index, tmp_path / f"fresh{n}.sqlite3", analysed, in_full, name)
    assert mine["spread answers"] == theirs["spread answers"], name
    assert mine["resolution"] == theirs["resolution"], name
    return indexed, mine, theirs


def _first_entity(printed: list[str]) -> str:
    return json.loads(printed[1])["entities"][0]["name"]




def test_another_mention_of_a_person_already_named_patches_the_analysis_as_a_fresh_index_stores_it(
        tmp_path, capsys, monkeypatch):
    corpus, index = tmp_path / "corpus", tmp_path / "index.sqlite3"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (corpus / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    (corpus / "d.txt").write_text(ARTICLE_D, encoding="utf-8")
    _write_c(corpus)
    age([*corpus.iterdir(), corpus], seconds=120)
    assert _first_entity(outputs(main, capsys, COMMANDS, corpus, "--index", str(index))) == "Mira Castell"
    analysed = count_full_analyses(monkeypatch)
    steps = [(FIRST, "", "", False), (None, None, None, False), (FIRST, SECOND, "", False),
             (FIRST, SECOND, LATER, False)]
    for n, (first, second, third, in_full) in enumerate(steps):
        if first is None:  # a word of a changed (one the corpus writes elsewhere): the typo patch's kind of edit
            (corpus / "a.txt").write_text(ARTICLE_A.replace("next week", "next spring"), encoding="utf-8")
            age([corpus / "a.txt"], seconds=60)
        else:
            _write_c(corpus, first, second, third)
        indexed, mine, theirs = run_step(capsys, corpus, index, tmp_path / f"fresh{n}.sqlite3", analysed, in_full,
                                         f"step {n + 1}")
        if first is not None:  # (a typo's patch leaves the records as they were: what it changes, none reads)
            assert mine["spread answers"] == theirs["spread answers"], f"step {n + 1}"
            assert mine["resolution"] == theirs["resolution"], f"step {n + 1}"
        if n == 0:  # Halvard Dunmore's fourth mention puts him before Mira Castell (four too: by name)
            assert _first_entity(indexed) == "Halvard Dunmore"


def test_an_edit_giving_a_new_role_to_someone_many_articles_name_is_refused_before_they_are_quoted_again(
        tmp_path, capsys, monkeypatch):
    """Past MAX_QUOTED_AGAIN other articles naming the entity, quoting each again under its new roles costs more
    than the full analysis it may save (an entity 600 of 2,000 articles name took ~10 s of CPU before falling
    back): the patch is refused before any is, and the full analysis prints what a cold run prints."""
    import briefing_tui.extract.quotes
    from briefing_tui.store.analysis_patch import Patch
    from briefing_tui.store.mention_quotes import MAX_QUOTED_AGAIN

    corpus, index = tmp_path / "corpus", tmp_path / "index.sqlite3"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (corpus / "d.txt").write_text(ARTICLE_D, encoding="utf-8")
    for k in range(MAX_QUOTED_AGAIN + 1):
        (corpus / f"b{k:02d}.txt").write_text(ARTICLE_A.replace("on Monday", f"on day {k}"), encoding="utf-8")
    _write_c(corpus)
    age([*corpus.iterdir(), corpus], seconds=120)
    outputs(main, capsys, COMMANDS, corpus, "--index", str(index))
    quoted, patched = [], []
    source_quotes, run = briefing_tui.extract.quotes.source_quotes, Patch.run
    monkeypatch.setattr(briefing_tui.extract.quotes, "source_quotes",
                        lambda *args: quoted.append(1) or source_quotes(*args))

    def counted(patch: Patch) -> bool:
        quoted.clear()
        done = run(patch)
        patched.append((done, patch.reason, len(quoted)))
        return done

    monkeypatch.setattr(Patch, "run", counted)
    _write_c(corpus, FIRST)  # Halvard Dunmore, "a spokesperson for the regional ministry": a new role
    indexed = outputs(main, capsys, COMMANDS, corpus, "--index", str(index))
    assert patched == [(False, "too many other articles to quote again", 0)]
    assert indexed == outputs(main, capsys, COMMANDS, corpus, "--no-cache")
