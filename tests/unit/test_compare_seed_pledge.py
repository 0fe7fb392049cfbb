"""The seeds' investment pledge (issue 11): "approximately 3 trillion yen ... over the next five years" and
"approximately $20 billion over the next five years" are one claim that agrees, converted at the rate of the story's
date (the two articles give none), titled by who pledges it and the span it is spread over."""

from __future__ import annotations

from briefing_tui.compare.amount_spans import span_of
from briefing_tui.compare.claims import build_claims
from briefing_tui.compare.rates import default_rate_table, story_dated
from briefing_tui.compare.title_actors import _actor
from briefing_tui.model import Figure
from compare_helpers import article, holding


def test_the_seed_pledge_is_one_claim_that_agrees(seed_corpus) -> None:
    yen = holding(seed_corpus.claims, "3 trillion yen")
    assert [c.topic for c in yen] == [
        "Japan's commercial investment pledge: about ¥3 trillion ≈ $19.1 bn · about $20 bn over 5 years"]
    (pledge,) = yen
    assert pledge.verdict == "agree" and pledge.measure == "commercial investment"
    assert holding([pledge], "approximately $20 billion")
    assert "JPY at 0.00636003 USD (ECB reference rate 2025-12-19, article date unknown: the story's date 2025-12-21)" \
        in pledge.evidence
    assert "spread over 5 years in 2 of the statements: consistent" in pledge.evidence


def test_an_undated_article_is_converted_at_the_story_date() -> None:
    table = story_dated(default_rate_table(), {"a": None, "b": "2025-12-21T00:07", "c": "2025-12-22"})
    rate = table.rate("JPY", None)
    assert (rate.date, rate.reason) == ("2025-12-19", "article date unknown: the story's date 2025-12-21")
    assert table.rate("JPY", "2025-12-01").date == "2025-12-01"  # (a dated article keeps its own date)
    everyone = {"a": "2025-12-21", "b": "2025-12-22"}
    assert story_dated(default_rate_table(), everyone).rate("JPY", None).reason == "article date unknown: default"


def _money(text: str, start: int) -> Figure:
    return Figure(source="a", start=start, end=start + len(text), text=text, kind="money", low=1.0, unit="USD")


def _period(text: str, start: int, years: float) -> Figure:
    return Figure(source="a", start=start, end=start + len(text), text=text, kind="period", low=years, unit="year")


def test_a_span_is_a_period_of_spread_after_the_amount_in_its_clause() -> None:
    text = "Tokyo will spend $5 billion on ports over the next five years."
    amount, period = _money("$5 billion", 17), _period("over the next five years", 37, 5)
    assert span_of(amount, [amount, period], text, 0) is period
    stop = "Tokyo will spend $5 billion on ports. Over the next five years, it will hire."
    later = _period("Over the next five years", 38, 5)
    assert span_of(amount, [amount, later], stop, 0) is None  # (another sentence)
    since = "Tokyo has spent $5 billion on ports for five years."
    assert span_of(_money("$5 billion", 16), [_period("for five years", 36, 5)], since, 0) is None  # (a duration)
    record = "Tokyo will spend $5 billion, the most in over ten years."
    assert span_of(_money("$5 billion", 17), [_period("over ten years", 41, 10)], record, 0) is None  # (a comparison)


def test_two_spans_that_differ_are_a_claim_that_disagrees() -> None:
    a = article("Outlet A", "2025-03-05", "The government plans to invest €500 billion in roads over the next 12 years.")
    b = article("Outlet B", "2025-03-05", "The government plans to invest €500 billion in roads over the next 10 years.")
    claims = build_claims([a, b])
    money = [c for c in claims if c.measure]
    amount = [c for c in money if c.measure == "investment"]
    assert [c.verdict for c in amount] == ["agree"] and "over 1" not in amount[0].topic
    (spread,) = [c for c in claims if c.measure == "investment (span)"]
    assert (spread.topic, spread.verdict) == ("Investment: spread over 10 · 12 years", "disagree")
    assert "'over the next 12 years'" in spread.evidence and "'over the next 10 years'" in spread.evidence
    assert [st.source for st in spread.statements] == [a.id, b.id]
    for st in spread.statements:  # (each statement marks its span as the conflict, its amount as the match)
        kinds = {st.text[x - st.start:y - st.start]: k for x, y, k in st.marks}
        assert kinds == {"€500 billion": "match", st.text[st.text.index(" over ") + 1:-1]: "conflict"}


def test_one_span_or_the_same_span_makes_no_claim_of_spans() -> None:
    a = article("Outlet A", "2025-03-05", "The government plans to invest €500 billion in roads over the next 12 years.")
    same = article("Outlet B", "2025-03-05", "The government will invest €500 billion in roads over twelve years.")
    none = article("Outlet C", "2025-03-05", "The government plans to invest €500 billion in roads.")
    assert not [c for c in build_claims([a, same, none]) if c.measure and c.measure.endswith("(span)")]


def test_the_actor_a_sentence_opens_on() -> None:
    assert _actor("Japan also announced plans to implement business projects") == "Japan"
    assert _actor("The Japanese side has committed to providing grant aid") == "Japanese"
    assert _actor("A Miami jury decided that Tesla must pay") is None
    assert _actor("In addition to a punitive award, the jury said") is None
