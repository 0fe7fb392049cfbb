"""Forms of figures the comparison reads in other languages (issue 11): a weekday with its day of the month in
brackets, and a number word standing for a noun left out after a word for "other"."""

from __future__ import annotations

import pytest

from briefing_tui.compare.figures import figures_in_text
from briefing_tui.model import Source


def figures(text: str, published: str | None = None):
    source = Source(id="s", path="s.txt", raw=text, published=published)
    return [(f.kind, f.text) for f in figures_in_text(text, source, 0)]


@pytest.mark.parametrize(("text", "published", "figure", "low"), [
    ("As chuvas começaram na última segunda-feira (29) e deixaram o estado em alerta.", "2024-05-02", "segunda-feira (29)", "2024-04-29"),
    ("A barragem rompeu nesta quarta-feira (1º) à tarde, segundo a prefeitura.", "2024-05-02", "quarta-feira (1º)", "2024-05-01"),
    ("The mayor visited the flooded district on Friday (3) with the governor.", "2024-05-06", "Friday (3)", "2024-05-03"),
])
def test_weekday_with_its_day_in_brackets_is_one_date(text, published, figure, low):
    source = Source(id="s", path="s.txt", raw=text, published=published)
    found = figures_in_text(text, source, 0)
    assert [(f.kind, f.text) for f in found] == [("date", figure)]
    assert found[0].date_low == low


def test_bracketed_number_after_other_dates_stays_a_count():
    assert ("count", "3") in figures("The plan was approved last week (3) by the council of the city.", "2024-05-06")


@pytest.mark.parametrize(("text", "number"), [
    ("Sete pessoas morreram na enchente, e outras quatro seguem em investigação.", "quatro"),
    ("Siete personas murieron en la riada y otros cuatro siguen bajo investigación.", "cuatro"),
    ("Sette persone sono morte, e altri quattro sono ancora sotto indagine.", "quattro"),
    ("Sieben Menschen starben in der Flut, die anderen acht werden noch untersucht.", "acht"),
])
def test_number_word_after_other_is_a_count(text, number):
    assert ("count", number) in figures(text)


def test_number_word_alone_without_other_is_no_count():
    assert not any(kind == "count" for kind, _ in figures("Ele disse que quatro seguem na lista do governo local."))


@pytest.mark.parametrize(("text", "figure"), [
    ("La coulée de boue a enseveli environ 2000 personnes dans la vallée.", "environ 2000 personnes"),
    ("El alud sepultó a unas 2000 personas en la aldea, dijeron los vecinos.", "unas 2000 personas"),
    ("A enchente desalojou cerca de 2000 pessoas no vale, disse a prefeitura.", "cerca de 2000 pessoas"),
    ("Die Lawine verschüttete rund 2000 Menschen im Tal, sagte der Bürgermeister.", "rund 2000 Menschen"),
    ("La colata ha travolto circa 2000 persone nella valle, ha detto il sindaco.", "circa 2000 persone"),
])
def test_qualified_year_like_number_before_people_is_a_count(text, figure):
    assert ("count", figure) in figures(text)


def test_year_after_until_stays_a_year():
    assert ("year", "2030") in figures("Le plan court jusqu'à 2030 selon le ministère des transports.")
