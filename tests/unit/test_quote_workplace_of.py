"""A speaker named with the place they work and no comma ("“...,” Laura Chen of Northfield Analytics said in a note")
is the speaker, not the workplace (an organisation, not a person) nor the person quoted before (issue 11: an
analyst's words were left unattributed or given to the previous speaker). Invented articles."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.corpus import load_corpus

ARTICLE = ("Factory orders slow in the spring\n\n"
           "Orders to the region's factories fell 6 percent in April, industry data showed.\n\n"
           "“Buyers are waiting for prices to settle,” Maria Lopez said.\n\n"
           "“The rebound will fade by summer,” Laura Chen of Northfield Analytics said in a note.\n\n"
           "“Stock levels are still high,” Peter Hall of the Ruritania Institute said.\n")


def _load(tmp_path: Path):
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return load_corpus([tmp_path], cache=False)


def test_the_person_before_the_workplace_speaks(tmp_path: Path):
    corpus = _load(tmp_path)
    speakers = {q.text.split(",")[0].strip("“”"): q.speaker for q in corpus.quotes}
    assert speakers["The rebound will fade by summer"] == "Laura Chen"
    assert speakers["Stock levels are still high"] == "Peter Hall"
    assert speakers["Buyers are waiting for prices to settle"] == "Maria Lopez"


def test_the_workplace_is_an_organisation(tmp_path: Path):
    corpus = _load(tmp_path)
    types = {e.name: e.type for e in corpus.entities}
    assert types.get("Northfield Analytics") == "organization"
