"""Issue 11: a weekday of another language with its day and month in brackets, as the Brazilian press dates ("na
terça-feira (9/9)", "nesta sexta-feira (12/9)"), is that day of that month, day first (compare/date_figures.py):
not the weekday alone, nor a count of 9. Invented sentences; each test fails on the code before."""

from __future__ import annotations

import pytest

from briefing_tui.compare import compare, when
from briefing_tui.compare.figures import figures_in_text
from briefing_tui.model import Source
from tests.compare_helpers import article


def _dates(text: str, published: str | None):
    source = Source(id="s", path="s.txt", raw=text, published=published)
    return [(f.text, f.date_low) for f in figures_in_text(text, source, 0) if f.kind == "date"]


@pytest.mark.parametrize(("text", "published", "figure", "low"), [
    ("O ministro Tavares renunciou ao cargo na terça-feira (9/9), segundo o governo.", "2025-09-12",
     "terça-feira (9/9)", "2025-09-09"),
    ("O ministro Tavares anunciou sua renúncia na terça-feira (9/8), segundo o governo.", "2025-09-12",
     "terça-feira (9/8)", "2025-08-09"),  # (day first: 9 August, not 8 September)
    ("A nova ministra Lúcia Prado assume o cargo nesta sexta-feira (12/9) em Brasília.", "2025-09-10",
     "sexta-feira (12/9)", "2025-09-12"),
    ("A ponte foi reaberta na segunda-feira (29/12), informou a prefeitura da cidade.", "2026-01-02",
     "segunda-feira (29/12)", "2025-12-29"),  # (the year nearest the article's)
    ("O ministro Tavares renunciou ao cargo na terça-feira (9/9), segundo o governo.", None,
     "terça-feira (9/9)", f"{when.UNKNOWN_YEAR}-09-09"),  # (an undated article: its day and month, no year)
])
def test_a_weekday_with_its_day_and_month_in_brackets_is_that_day(text, published, figure, low):
    assert _dates(text, published) == [(figure, low)]


def test_an_english_weekday_keeps_no_month_from_brackets():
    # ("Tuesday (9/8)" may be written month first: only the weekday is read)
    assert _dates("The minister resigned on Tuesday (9/8), the government said.", "2025-09-12") == [
        ("Tuesday", "2025-09-09")]


def test_two_days_and_months_of_one_resignation_disagree():
    sources = [article("o1", "2025-09-12", "O primeiro-ministro Tavares renunciou ao cargo na terça-feira (9/9), "
                                           "após dois dias de protestos na capital."),
               article("o2", "2025-09-12", "O primeiro-ministro Tavares anunciou sua renúncia na terça-feira (9/8), "
                                           "após dois dias de protestos na capital.")]
    dated = [c for c in compare(sources) if "resignation" in c.topic.lower() and c.topic.startswith("Date")]
    assert len(dated) == 1 and dated[0].verdict == "disagree"
