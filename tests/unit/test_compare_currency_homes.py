"""Which country's money "Rs" / "rupees" is on a page, from the page's own evidence (issue 11: on tests/gold_new37's
Pakistani court case, a study set, "Rs 500,000" was shown as Indian rupees, ₹500,000 ≈ $5,790). A currency named
outright, the country the page names most, or the outlet's country domain picks it; without evidence the amount is
rupees of no country, shown as written and never converted. Two pages' rupees of two countries are not one
currency. The sentences are invented."""

from __future__ import annotations

import dataclasses

from briefing_tui.compare.currency_homes import page_currency
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.statement_cache import read_figures, sentence_figures
from briefing_tui.compare.titles import measured_title
from briefing_tui.compare.tolerance import compare_money
from tests.compare_helpers import article, compared, one_holding

RUPEES = frozenset({"INR", "PKR", "LKR", "NPR"})


def _money(body: str, url: str | None = None):
    """The amounts of a one-article page, as the comparison reads them."""
    source = article("o1", "2025-02-11", body)
    if url:
        source = dataclasses.replace(source, url=url)
    table = default_rate_table()
    rows = read_figures(source, table)
    return [f for s in source.sentences for f in sentence_figures(rows, source, s) if f.kind == "money"]


def test_a_page_on_pakistan_writes_pakistani_rupees():
    found = _money("A court in Rawalpindi fined the Pakistani senator Rs 2 million on Monday. Officials in Islamabad "
                   "said the sum must be paid within a month.")
    assert [(f.unit, f.currency_from) for f in found] == [("PKR", "page")]


def test_a_currency_named_outright_wins_over_places():
    found = _money("The Nepalese airline was fined 400,000 rupees by the regulator in India, officials in New Delhi "
                   "said. The fine, 400,000 Nepalese rupees, is the largest this year.")
    assert {(f.text, f.unit) for f in found} == {("400,000 rupees", "NPR"), ("400,000 Nepalese rupees", "NPR")}


def test_the_outlet_country_domain_decides_when_the_page_names_no_country():
    body = "The trader was ordered to pay Rs 75,000 in damages by the district court on Friday."
    assert [f.unit for f in _money(body, "https://www.example.com.lk/news/123")] == ["LKR"]
    assert [f.unit for f in _money(body, "https://www.example.np/story")] == ["NPR"]


def test_without_evidence_rupees_are_of_no_country_and_shown_as_written():
    found = _money("The trader was ordered to pay Rs 75,000 in damages by the district court on Friday.")
    assert [f.currency_from for f in found] == ["none"]
    table = default_rate_table()
    title = measured_title("damages", None, found, {"o1": "2025-02-11"}, table)
    assert "Rs 75,000" in title and "₹" not in title and "≈" not in title, title


def test_a_page_that_names_two_countries_alike_gives_no_evidence():
    source = article("o1", "2025-02-11", "Cricket boards of India and Pakistan agreed a fee of Rs 5 million. "
                                         "India and Pakistan will meet in March.")
    assert page_currency(source, RUPEES, default_rate_table()) is None


def test_rupees_of_two_countries_are_not_one_currency():
    a = _money("A court in Lahore fined the Pakistani trader Rs 2 million on Monday, officials in Pakistan said.")[0]
    b = _money("A court in Mumbai fined the Indian trader Rs 2 million on Monday, officials in India said.")[0]
    b = dataclasses.replace(b, source="o2")
    assert (a.unit, b.unit) == ("PKR", "INR")
    check = compare_money(a, b, {"o1": "2025-02-11", "o2": "2025-02-11"}, default_rate_table())
    assert check is not None and not check.compatible


def test_two_pakistani_pages_agree_on_a_fine_in_rupees_and_in_lakh():
    claims = compared("A court in Islamabad fined the Pakistani minister Rs 1 million for contempt on Tuesday.",
                      "A court in Islamabad fined the Pakistani minister Rs 10 lakh for contempt on Tuesday.")
    claim = one_holding(claims, "Rs 1 million", "Rs 10 lakh")
    assert claim.verdict == "agree"


def test_places_are_read_in_other_languages():
    found = _money("Um tribunal do Paquistão multou o empresário em 3 milhões de rupias, disseram as autoridades "
                   "paquistanesas em Lahore.")
    assert [f.unit for f in found] == ["PKR"]
    # (a state of the United States is no evidence of India)
    source = article("o1", "2025-02-11", "A firm in Indiana paid Rs 40,000 to its supplier, the court heard.")
    assert page_currency(source, RUPEES, default_rate_table()) is None
