"""Issue 11: a subscription given as a multiple and as a share is one measure, and the portion of the offer each
figure is of (retail, QIB, NII) is its subject (compare/open_measures.py, compare/portions.py). Real sentences of
the 2024 Hyundai India IPO (tests/gold_new11, file and line in a comment); the test fails on the code before."""

from __future__ import annotations

from briefing_tui.compare.open_measures import open_statements
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from tests.compare_helpers import article



def test_multiples_and_shares_of_a_subscription_are_one_measure_scoped_by_their_portion():
    bodies = (
        # tests/gold_new11/stories/hyundai_india_ipo_2024/02_moneycontrol.txt:3
        "The public issue was subscribed 42 percent by the end of day two. The retail quota has received 38 percent "
        "subscription so far, while the NII (high networth non-institutional investors) portion has been subscribed "
        "26 percent.",
        # tests/gold_new11/stories/hyundai_india_ipo_2024/03_hindustantimes.txt:7
        "Meanwhile, the quota for Qualified Institutional Buyers (QIBs) got 3.88 times oversubscribed, while the "
        "portion for retail investors received only 44% subscription.",
        # tests/gold_new11/stories/hyundai_india_ipo_2024/04_frontpageinsights.txt:1
        "The issue was subscribed 0.50 times in the retail category, 6.97 times in the Qualified Institutional Buyers "
        "(QIB) category and 1.11 times in the Non-Institutional Investors (NII) category.")
    units = build_units([article(f"o{k}", "2024-10-17", body) for k, body in enumerate(bodies, 1)], [], [],
                        default_rate_table())
    groups = open_statements(units, set())
    assert ("subscription", "multiple") not in groups
    read = {m.figure.text: (m.figure.kind, round(m.figure.low, 6), m.figure.subject)
            for m in groups["subscription", "percent"]}
    assert read == {
        "42 percent": ("percent", 42.0, None),
        "38 percent": ("percent", 38.0, "retail"),
        "26 percent": ("percent", 26.0, "NII"),
        "3.88 times": ("percent", 388.0, "QIB"),
        "44%": ("percent", 44.0, "retail investors"),
        "0.50 times": ("percent", 50.0, "retail"),
        "6.97 times": ("percent", 697.0, "QIB"),
        "1.11 times": ("percent", 111.0, "NII"),
    }
