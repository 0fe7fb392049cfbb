"""Through the index, an added article that names a person, place or organisation no article named
(:mod:`briefing_tui.store.new_groups`, :mod:`briefing_tui.store.made_known`): a new group numbered as a full
resolution numbers it, the spreading answers with the spellings it makes known, patched when no other article's
names change; what is stored is byte for byte what a fresh index stores (the analysis, the spreading answers with
each article's view digest, the resolution record), and every step prints what a cold run (``--no-cache``) prints
(quotes, entities, stories and diff).

The corpus is test_mention_patch_cli's (a, b, c, d), an article whose unconfirmed candidate is "Ilvane Torsk"
(e) and one whose candidate is "Tomas Vermeer" (e2). Additions, one after another:

1. b1 (between b and c: the groups c and d made come one later): a new minister, "Tomas Verhoeven", named in
   full: e2 (and e) spread again under the new spelling, their names the same: patched;
2. b2: a new place and the same minister again: patched;
3. f (last): "Ilvane Torsk" named as a minister: e's candidate is now a known spelling, e names otherwise:
   analysed in full;
4. g (last): "Halvard Dunmoore", alike with a person of a: analysed in full;
5. h (last): "Edda Dunmore": b's lone "Dunmore" (Halvard Dunmore's) now has two full names of its surname and
   becomes an entity of its own: analysed in full;
6. b3 (between b2 and c): a new organisation: patched.
"""

from __future__ import annotations

import json

from briefing_tui.cli import main
from briefing_tui.store.candidate_respread import SPELLING_NAMES_CHANGED
from briefing_tui.store.new_groups import LONE_SURNAME_OF_NEW, NEW_NAME_READ
from tests.functional.test_mention_patch_cli import ARTICLE_C, ARTICLE_D, COMMANDS, add_and_run
from tests.store_helpers import ARTICLE_A, ARTICLE_B, age, count_full_analyses, outputs, patch_reasons

CANDIDATE = "Harbour board meets\n\nBy Staff Reporter\n\nThe board met Ilvane Torsk on Friday.\n"
NEAR = "Ferry board meets\n\nBy Staff Reporter\n\nThe board met Tomas Vermeer on Friday.\n"
"""An article writing "Tomas Ver..." at a capital: spread again once "Tomas Verhoeven" is known, names the same."""
LATER = (("stories", "--json"), ("diff", "--json"))
"""What reads the analysis after quotes and entities: the same as a cold run's too."""
HEAD = "Ports wait for funds\n\nBy Staff Reporter\n\n"
ADDITIONS = (
    ("b1", HEAD + "Tomas Verhoeven, the transport minister, visited the harbour on Monday.\n", False),
    ("b2", HEAD + "Tomas Verhoeven, the transport minister, flew to Helsinki on Tuesday.\n", False),
    ("f", HEAD + "Ilvane Torsk, the fisheries minister, opened the new quay.\n", True),
    ("g", HEAD + "Halvard Dunmoore, the finance minister, closed the session.\n", True),
    ("h", HEAD + "Edda Dunmore, the health minister, opened a clinic.\n", True),
    ("b3", HEAD + "The Tessaly Port Authority raised its fees on Monday.\n", False),
)


def test_an_addition_naming_a_new_person_or_place_makes_its_group_as_a_full_analysis(tmp_path, capsys, monkeypatch):
    corpus, index = tmp_path / "corpus", tmp_path / "index.sqlite3"
    corpus.mkdir()
    for name, text in (("a", ARTICLE_A), ("b", ARTICLE_B), ("c", ARTICLE_C), ("d", ARTICLE_D), ("e", CANDIDATE),
                       ("e2", NEAR)):
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    age([*corpus.iterdir(), corpus], seconds=120)
    outputs(main, capsys, COMMANDS, corpus, "--index", str(index))
    analysed = count_full_analyses(monkeypatch)
    reasons = patch_reasons(monkeypatch)
    entities = []
    for n, addition in enumerate(ADDITIONS):
        indexed, _, _ = add_and_run(capsys, corpus, index, tmp_path, analysed, n, addition)
        assert outputs(main, capsys, LATER, corpus, "--index", str(index)) == outputs(
            main, capsys, LATER, corpus, "--no-cache"), addition[0]
        entities.append({(e["type"], e["name"]) for e in json.loads(indexed[1])["entities"]})
    assert [r for r in reasons if r != "no base"] == ["", "", SPELLING_NAMES_CHANGED, NEW_NAME_READ,
                                                      LONE_SURNAME_OF_NEW, ""]
    assert ("person", "Tomas Verhoeven") in entities[0]
    assert ("place", "Helsinki") in entities[1] - entities[0]
    assert ("person", "Ilvane Torsk") in entities[2]
    assert ("person", "Dunmore") in entities[4] - entities[3]
    assert ("organization", "Tessaly Port Authority") in entities[5] - entities[4]
