"""A firm buying back its own shares (issue 11): "buy back up to 800 billion yen of its shares", "a $5 billion
buyback", "buy up to 18% of its outstanding shares" are a buyback's amount and share, neither a sale (which the
verb "buy" alone names) nor a change of a price (compare/buybacks.py). Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import read


def figures(text: str, language: str = "en") -> list[tuple[str, str, str | None]]:
    """(text, kind, measure) of each money or percent figure of ``text``."""
    return [(f.text, f.kind, f.measure) for f in read(text, language=language) if f.kind in ("money", "percent")]


def test_buying_back_shares_is_a_buyback_not_a_sale():
    assert figures("The carmaker announced it would buy back up to 800 billion yen ($5 billion) of its shares.") == [
        ("up to 800 billion yen", "money", "buyback"), ("$5 billion", "money", "buyback")]
    assert figures("Carmaker Shares Jump After Plans of $5 Billion Buyback") == [("$5 Billion", "money", "buyback")]
    assert figures("It will repurchase its own shares worth up to $5 billion next year.") == [
        ("up to $5 billion", "money", "buyback")]
    # (a purchase of another firm stays a sale)
    assert figures("The group agreed to buy its rival for $40 billion.") == [("$40 billion", "money", "sale")]


def test_the_share_of_its_own_stock_a_firm_buys_back():
    assert figures("The carmaker also plans to buy back 18% of its issued shares by next March.") == [
        ("18%", "percent", "buyback")]
    assert figures("The carmaker wants to buy back up to 15 percent of its outstanding stock.") == [
        ("up to 15 percent", "percent", "buyback")]
    assert figures("This would let the carmaker buy up to 18% of its outstanding shares, it said.") == [
        ("up to 18%", "percent", "buyback")]
    assert figures("The fund bought 18% of its rival last year.") == [("18%", "percent", "sale")]
