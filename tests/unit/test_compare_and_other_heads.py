"""A count of a list that closes on "and other" and a wider noun counts the wider noun ("9,000 homes, businesses and
other buildings" are buildings, "300 houses, shops and other structures" too), so it is weighed with the other
sources' counts of buildings. A list without "other" keeps its first noun. Invented sentences (issue 11: a count of
"homes, businesses and other buildings" stood apart from the buildings the other sources counted)."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.figures import figures_in_text
from tests.compare_helpers import article, holding


def _measures(body: str) -> list[str | None]:
    source = article("o1", "2025-03-04", body)
    return [f.measure for s in source.sentences for f in figures_in_text(s.text, source, s.start) if f.kind == "count"]


def test_the_wider_noun_after_and_other_is_counted():
    assert _measures("Officials said more than 7,000 homes, businesses and other buildings were damaged.") \
        == ["buildings"]
    assert _measures("The storm flattened 300 houses, shops, barns and other structures.") == ["buildings"]


def test_a_list_without_other_keeps_its_first_noun():
    assert _measures("The storm flattened 300 houses and damaged the school.") == ["homes"]


def test_the_listed_count_is_weighed_with_the_buildings():
    claims = compare([
        article("o1", "2025-03-04", "Schools are closed. Officials said 7,000 homes, businesses and other "
                                    "buildings were destroyed."),
        article("o2", "2025-03-06", "Les écoles restent fermées. Les incendies ont détruit plus de 11 000 bâtiments."),
    ])
    (claim,) = holding(claims, "said 7,000 homes")
    assert {s.source for s in claim.statements} == {"o1", "o2"}
    assert claim.verdict == "disagree"
