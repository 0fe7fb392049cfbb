"""The dated exchange-rate table, its user override and the tolerance that follows the wording."""

from __future__ import annotations

from briefing_tui.compare.figures import Figure
from briefing_tui.compare.rates import default_rate_table, load_rate_table, rate_files
from briefing_tui.compare.tolerance import compare_figures, compare_money
from briefing_tui.paths import user_config_dir


def money(source: str, low: float, unit: str, qualifier: str | None = None, high: float | None = None) -> Figure:
    return Figure("money", f"{low} {unit}", source, 0, 1, low, high if high is not None else low, unit, qualifier)


def test_rate_is_the_ecb_rate_of_the_last_business_day_on_or_before_the_article_date():
    table = default_rate_table()
    assert (table.rate("JPY", "2025-03-15").date, table.rate("JPY", "2025-03-15").origin) == \
        ("2025-03-14", "ECB reference rate")
    assert table.rate("JPY", "2025-12-21T00:07").date == "2025-12-19"
    assert table.rate("EUR", "2024-07-01").date == "2024-07-01"
    assert round(table.rate("EUR", "2024-07-01").value, 4) == 1.0745


def test_currency_the_ecb_lacks_comes_from_the_table():
    rate = default_rate_table().rate("KZT", "2025-03-15")
    assert (rate.date, rate.origin, rate.value) == ("2025-01-01", "table", 0.00191)


def test_unknown_article_date_uses_the_stated_default_and_says_so():
    rate = default_rate_table().rate("JPY", None)
    assert rate.date == "2025-12-01"
    assert "article date unknown: default" in rate.describe("USD")


def test_article_older_than_the_table_uses_its_first_entry_and_says_so():
    rate = default_rate_table().rate("KZT", "2019-05-01")
    assert rate.date == "2024-01-01" and "predates" in rate.reason


def test_user_override_in_config_dir_is_merged_over_the_shipped_table():
    folder = user_config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "rates.yaml").write_text("rates:\n  2025-12-01: {JPY: 0.01}\n  2026-01-01: {XYZ: 2.0}\naliases:\n  XYZ: [zorkmids]\n",
                                       encoding="utf-8")
    table = load_rate_table(rate_files())
    assert table.rate("JPY", None).value == 0.01  # the user's table wins over the ECB's rates
    assert (table.rate("EUR", None).value, table.rate("EUR", None).origin) == (1.1646, "ECB reference rate")
    assert table.code_for("Zorkmids") == "XYZ"


def test_bad_override_is_reported_not_fatal(tmp_path):
    bad = tmp_path / "rates.yaml"
    bad.write_text("rates:\n  not-a-date: {JPY: 1}\n  2025-01-01: {EUR: -3}\n", encoding="utf-8")
    table = load_rate_table((rate_files()[0], bad))
    assert len(table.problems) == 2
    assert table.rate("EUR", "2025-02-01").value == 1.0393  # the refused entry overrides nothing


def test_approximate_wording_is_looser_than_exact():
    table = default_rate_table()
    published = {"a": "2025-12-20", "b": "2025-12-20"}
    # 3 trillion yen is about 19.3 billion dollars at the December 2025 rate.
    assert compare_money(money("a", 3e12, "JPY", "about"), money("b", 2e10, "USD", "about"), published, table).compatible
    assert not compare_money(money("a", 3e12, "JPY"), money("b", 2.2e10, "USD"), published, table).compatible
    assert compare_money(money("a", 3e12, "JPY", "about"), money("b", 2.2e10, "USD"), published, table).compatible


def test_ranges_are_intervals():
    table = default_rate_table()
    published = {"a": None, "b": None}
    assert compare_figures(money("a", 5e9, "USD", high=6e9), money("b", 5.8e9, "USD"), published, table).compatible
    assert not compare_figures(money("a", 5e9, "USD", high=6e9), money("b", 7e9, "USD"), published, table).compatible


def test_evidence_names_both_amounts_and_the_rate():
    check = compare_money(money("a", 3e12, "JPY", "about"), money("b", 2e10, "USD", "about"),
                          {"a": None, "b": "2025-12-22"}, default_rate_table())
    assert "USD 19.4 billion" in check.evidence
    assert "JPY at 0.00645995 USD (ECB reference rate 2025-12-01, article date unknown: default)" in check.evidence
    assert "USD 20 billion" in check.evidence


def _written(source: str, text: str, low: float, unit: str) -> Figure:
    """An exact amount as the article writes it (its digits give its rounding)."""
    return Figure(source=source, start=0, end=len(text), text=text, kind="money", low=low, unit=unit)


def test_two_exact_amounts_of_one_currency_have_only_their_digits_room():
    # (gold_new9, the Baltimore bridge settlement: one outlet's "$101,980,000" is not another's "$103 million")
    published = {"a": "2025-06-01", "b": "2025-06-01"}
    table = default_rate_table()
    exact = _written("a", "$101,980,000", 101_980_000.0, "USD")
    assert not compare_money(exact, _written("b", "$103 million", 103e6, "USD"), published, table).compatible
    assert not compare_money(_written("a", "$454 million", 454e6, "USD"), _written("b", "$464 million", 464e6, "USD"),
                             published, table).compatible
    # a round figure keeps the room of its last digit, and of its trailing zeros
    assert compare_money(_written("a", "$20 billion", 20e9, "USD"), _written("b", "$19.6 billion", 19.6e9, "USD"),
                         published, table).compatible
    assert compare_money(_written("a", "₹27,900 crore", 2.79e11, "INR"), _written("b", "₹27,870 crore", 2.787e11, "INR"),
                         published, table).compatible
    assert not compare_money(_written("a", "₹27,856 crore", 2.7856e11, "INR"),
                             _written("b", "₹27,870 crore", 2.787e11, "INR"), published, table).compatible


def test_amounts_of_two_currencies_keep_the_room_of_a_conversion():
    published = {"a": "2025-06-01", "b": "2025-06-01"}
    table = default_rate_table()
    euros = _written("a", "€100,000", 1e5, "EUR")
    # (the writer converted at another day's rate and rounded: within the conversion's room, not the digits')
    dollars = _written("b", "$113,000", 1e5 * table.rate("EUR", "2025-06-01").value * 0.99, "USD")
    assert compare_money(euros, dollars, published, table).compatible
