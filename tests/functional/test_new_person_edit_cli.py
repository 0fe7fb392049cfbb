"""Through the index, an edit that names a person no article names (bench.incremental's kind of edit: a paragraph
quoting "First Last") patches the stored analysis: the name makes a new group (:mod:`briefing_tui.store.new_groups`)
numbered after the groups made before it (the earlier articles', and the edited article's names before it), every
group made later one more. What the index stores is byte for byte a fresh index's (the analysis, the spreading
answers, the resolution record) and every step prints what a cold run (``--no-cache``) prints. A new name that the
alias merge may read as someone the corpus names (a spelling alike, a lone surname of it) is analysed in full.

The corpus is tests/functional/test_mention_patch_cli.py's: a names "Halvard Dunmore" and quotes him, b quotes
"Dunmore" alone, c names nobody, d names "Mira Castell" (her group made there). The steps:

1. c quotes "Selma Varga", a name no article writes: patched, a new group;
2. d gains a first paragraph quoting "Oskar Lindqvist": patched, his group made before Mira Castell's (hers one later);
3. c quotes "Halvard Dunmoore" (alike with Halvard Dunmore: one person to the alias merge): analysed in full;
4. c quotes "Brita Dunmore" (b's lone "Dunmore" is a surname of hers): analysed in full;
5. d also quotes "Mira Castelli" (alike with Mira Castell): analysed in full;
6. b, which writes the lone "Dunmore", quotes "Brita Dunmore": its "Dunmore" is now read as hers (resolution
   reads the article's old names otherwise), analysed in full;
7. d also names Helsinki, a place no article names: patched, a new group (places were refused in an edit too).
"""

from __future__ import annotations

from pathlib import Path

from briefing_tui.cli import main
from briefing_tui.store.new_groups import LONE_SURNAME_OF_NEW, NEW_NAME_READ
from tests.functional.test_mention_patch_cli import ARTICLE_D, COMMANDS, _write_c, run_step
from tests.store_helpers import ARTICLE_A, ARTICLE_B, age, count_full_analyses, outputs, patch_reasons


def _quoting(name: str) -> str:
    return (f"“We will look at the figures again next week,” said {name}, a spokesperson for the regional "
            "ministry, on day one.\n\n")


HELSINKI = "The ministry will send inspectors to Helsinki next month.\n\n"


def _write_d(corpus: Path, *paragraphs: str) -> None:
    head, _, rest = ARTICLE_D.partition("Mira Castell, the agriculture")
    (corpus / "d.txt").write_text(head + "".join(paragraphs) + "Mira Castell, the agriculture" + rest,
                                  encoding="utf-8")
    age([corpus / "d.txt"], seconds=60)


def _write_b(corpus: Path, *paragraphs: str) -> None:
    head, _, rest = ARTICLE_B.partition("The vote is planned")
    (corpus / "b.txt").write_text(head + "".join(paragraphs) + "The vote is planned" + rest, encoding="utf-8")
    age([corpus / "b.txt"], seconds=60)


def _entity_names(printed: list[str]) -> list[str]:
    import json

    return [e["name"] for e in json.loads(printed[1])["entities"]]


def test_an_edit_naming_a_new_person_patches_the_analysis_as_a_fresh_index_stores_it(tmp_path, capsys, monkeypatch):
    corpus, index = tmp_path / "corpus", tmp_path / "index.sqlite3"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (corpus / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    _write_d(corpus)
    _write_c(corpus)
    age([*corpus.iterdir(), corpus], seconds=120)
    outputs(main, capsys, COMMANDS, corpus, "--index", str(index))
    analysed = count_full_analyses(monkeypatch)
    reasons = patch_reasons(monkeypatch)
    selma, dunmoore = _quoting("Selma Varga"), _quoting("Halvard Dunmoore")
    steps = [  # (the article, its paragraphs added, why the patch refuses: "" when it patches)
        ("c", (selma,), ""),
        ("d", (_quoting("Oskar Lindqvist"),), ""),
        ("c", (selma, dunmoore), NEW_NAME_READ),
        ("c", (selma, dunmoore, _quoting("Brita Dunmore")), LONE_SURNAME_OF_NEW),
        ("d", (_quoting("Oskar Lindqvist"), _quoting("Mira Castelli")), NEW_NAME_READ),
        ("b", (_quoting("Brita Dunmore"),), "names changed otherwise than added"),
        ("d", (_quoting("Oskar Lindqvist"), _quoting("Mira Castelli"), HELSINKI), ""),
    ]
    for n, (article, paragraphs, why) in enumerate(steps):
        if article == "b":
            _write_b(corpus, *paragraphs)
        else:
            (_write_c if article == "c" else _write_d)(corpus, *paragraphs)
        reasons.clear()
        indexed, mine, theirs = run_step(capsys, corpus, index, tmp_path / f"fresh{n}.sqlite3", analysed,
                                         bool(why), f"step {n + 1}")
        assert reasons[0] == why, f"step {n + 1}"
        if not why:
            assert mine["spread answers"] == theirs["spread answers"], f"step {n + 1}"
            assert mine["resolution"] == theirs["resolution"], f"step {n + 1}"
        names = _entity_names(indexed)
        if n == 0:
            assert "Selma Varga" in names
        if n == 1:
            assert {"Selma Varga", "Oskar Lindqvist", "Mira Castell"} <= set(names)
        if n == 2:  # one person to the alias merge, as in a cold run
            assert "Halvard Dunmoore" not in names

