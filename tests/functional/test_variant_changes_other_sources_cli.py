"""Through the index, an edit of one article that adds or removes a spelling of a name, and so changes how
*another* article's names resolve, prints exactly what a cold run (``--no-cache``) prints.

The corpus: article a names "Halvard Dunmore, the finance minister" in full; article b quotes "Dunmore" alone
(a lone surname joins the one full name in the corpus with that surname); article c names neither at first.
The edits of c, each checked through the index against a cold run (`quotes --json`, `entities --json`):

1. c names a second Dunmore ("Ingrid Dunmore, a farmer"): b's lone "Dunmore" no longer has one full name to
   join, so b's quote is printed as said by "Dunmore" (an entity of its own), no longer by Halvard: a change
   of b's resolution by an edit of c alone;
2. that paragraph removed again: b's quote is Halvard's again;
3. c writes a spelling of Halvard's name one letter apart ("Halvard Dunmoore, the finance minister") three
   times: it joins Halvard's entity and, the more frequent spelling, becomes its name, the name b's quote is printed
   with;
4. that variant removed again.

Each step also checks that the speaker of b's quote is what the step says, so that the test proves the edits
reach b (a test whose edits changed nothing of b's would pass on stale output too)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.cli import main
from tests.store_helpers import ARTICLE_A, ARTICLE_B, age, b_speaker, indexed_like_cold, outputs

COMMANDS = (("quotes", "--json"), ("entities", "--json"))
ARTICLE_C = """Farmers ask for support

By Staff Reporter

Farmers in the north asked the government for support after a dry summer.

The harvest fell by a fifth, the farmers' association said.
"""
SECOND_DUNMORE = "Ingrid Dunmore, a farmer from Tromsø, said the dry summer had cost her half of her hay.\n\n"
VARIANT = ("Halvard Dunmoore, the finance minister, visited the farms on Wednesday. "
           "Halvard Dunmoore promised an answer within a month. Farmers thanked Halvard Dunmoore.\n\n")


def _write(corpus: Path, c_extra: str = "") -> None:
    head, _, rest = ARTICLE_C.partition("Farmers in the north")
    (corpus / "c.txt").write_text(head + c_extra + "Farmers in the north" + rest, encoding="utf-8")
    age([corpus / "c.txt"], seconds=60)


@pytest.mark.parametrize("first", ["second person", "variant"])
def test_an_edit_of_one_article_that_changes_another_articles_resolution_prints_a_cold_runs_output(
        tmp_path, capsys, first):
    corpus, index = tmp_path / "corpus", tmp_path / "index.sqlite3"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (corpus / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    _write(corpus)
    age([*corpus.iterdir(), corpus], seconds=120)
    counts: dict[str, int] = {}
    indexed_like_cold(main, capsys, COMMANDS, corpus, index, counts)  # primes the index
    assert b_speaker(main, capsys, corpus, index) == "Halvard Dunmore"
    steps = [(SECOND_DUNMORE, "Dunmore"), ("", "Halvard Dunmore"), (VARIANT, "Halvard Dunmoore"), ("", "Halvard Dunmore")]
    if first == "variant":
        steps = [steps[2], steps[3], steps[0], steps[1]]
    for extra, speaker in steps:
        _write(corpus, extra)
        indexed_like_cold(main, capsys, COMMANDS, corpus, index, counts)
        assert b_speaker(main, capsys, corpus, index) == speaker, extra
