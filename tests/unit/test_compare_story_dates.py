"""Issue 11: an undated article's dates read at its story's date. A page that gives no date of its own still
names days without a year ("22 May"), months and years against the writer's ("last year", "im letzten Jahr",
"next month"): the median date of the story's dated articles places them, so they join the claims they meet;
a day named against the writer's ("Monday", "yesterday") stays unknown, and a date so read never makes a
disagreement. Verbatim sentences of real articles (tests/gold_new20, tests/gold_new23, study sets) unless said
otherwise; each checked to fail on the code before this rule."""

from __future__ import annotations

import datetime as dt

from briefing_tui.compare import compare
from briefing_tui.compare.event_mentions import event_mentions
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.story_dates import story_day
from tests.compare_helpers import article

ORF = ("Im letzten Jahr warf die EU-Kommission Apple Verzerrung auf dem Musikstreamingmarkt vor – und zwar wegen "
       "Auflagen in Apples App-Store, der Entwickler daran hindert, Userinnen und User über günstigere Musikabos "
       "außerhalb des App-Stores zu informieren.")


def test_the_story_day_is_the_median_of_its_dated_articles():
    assert story_day(["2024-02-19", None, "2024-03-04T10:00:00Z", "2024-03-05"]) == dt.date(2024, 3, 4)
    assert story_day(["2024-02-19", "2024-03-04"]) == dt.date(2024, 2, 19)  # (the earlier of the middle two)
    assert story_day([None, "2023-05"]) is None  # (a month is no day)


def test_an_undated_articles_dates_without_a_year_are_read_at_its_storys_date():
    undated = article("delano", None, "The Irish data regulator, the country where Meta has its European "
                      "headquarters, announced on Monday 22 May that it was fining Mark Zuckerberg’s company €1.2bn "
                      "for transfers of personal data to the United States.")
    read = [(m.text, m.low, m.high) for m in event_mentions([undated], [], default_rate_table(),
                                                           story=dt.date(2023, 5, 22))]
    # the day of the month takes the story's year; the weekday stays a weekday of an unknown week
    assert read == [("Monday", "", ""), ("22 May", "2023-05-22", "2023-05-22")]
    alone = [(m.text, m.low) for m in event_mentions([undated], [], default_rate_table())]
    assert alone == [("Monday", ""), ("22 May", "????-05-22")]  # (no story: the year stays unknown)
    # (constructed) a day named against the writer's stays unknown, a month named so is placed
    days = article("d", None, "The bridge collapsed yesterday after the storm that struck last month.")
    assert [(m.text, m.low, m.high) for m in event_mentions([days], [], default_rate_table(),
                                                           story=dt.date(2024, 3, 26))] == [
        ("yesterday", "", ""), ("last month", "2024-02-01", "2024-02-29")]


def test_an_undated_articles_last_year_joins_the_claim_it_meets_and_keeps_its_disagreement():
    sources = [
        article("cnbc", "2024-02-19", "Brussels formally charged Apple in an anti-competitive probe in 2021, but "
                "narrowed the scope of the investigation last year, abandoning a charge of pushing developers to use "
                "its own in-app payment system."),
        article("orf", None, ORF),
        article("trt", "2024-03-04", "The European Commission charged Apple last year with preventing Swedish "
                "streaming service Spotify and others from informing users of payment options outside its App "
                "Store, following a 2019 complaint by Spotify."),
    ]
    [charge] = [c for c in compare(sources) if c.topic.startswith("Year of the charge")]
    assert charge.verdict == "disagree" and {s.source for s in charge.statements} == {"cnbc", "orf", "trt"}
    assert "read at its story's date 2024-02-19" in charge.evidence or any(
        "story's date" in (f.resolved_from or "") for s in charge.statements for f in s.figures)


def test_a_date_read_at_the_storys_date_never_makes_a_disagreement():
    # (constructed after tests/gold_new3 german_debt_package_2025: the election of last month is not the vote of
    # Tuesday, though both are votes; the undated article's month is no evidence against the dated day)
    sources = [
        article("reuters", "2025-03-21", "The German parliament voted on Tuesday to approve the debt package of the "
                "conservatives and the SPD."),
        article("morrow", None, "Merz, who is expected to become the next chancellor of the conservatives following "
                "his election victory last month, will lead the SPD talks."),
        article("nbc", "2025-03-18", "The lower house of the German parliament voted on Tuesday for the debt package "
                "of the conservatives."),
    ]
    assert [c.topic for c in compare(sources) if c.verdict == "disagree" and c.topic.startswith("Date")] == []

