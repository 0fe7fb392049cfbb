"""Issue 11: the place an event's counts are of is the one most articles name, in whatever language they name it
("Spain" is "España" in a Spanish article, "Spagna" in an Italian one). A name spelled alike in every language
("Portugal") is not more named for that: an unscoped death toll joins the main country's, not the smaller
neighbour's one death (a false disagreement). Invented sentences."""

from __future__ import annotations

from briefing_tui.compare.event_place import _written_forms
from tests.compare_helpers import compared, holding


def test_a_country_is_named_in_every_language_its_copy_uses():
    assert {"spain", "españa", "spagna", "spanien", "espagne", "espanha"} <= _written_forms("Spain")
    assert {"portugal", "portogallo"} <= _written_forms("Portugal")
    assert _written_forms("Springfield") == {"springfield"}


def test_an_unscoped_toll_joins_the_main_country_not_the_neighbour():
    claims = compared(
        "The heatwave ended on Friday. At least nine deaths were reported across the region, officials said.",
        "In Spain, at least eleven fatalities were reported during the heatwave. Portugal reported one death "
        "linked to the heat.",
        "La ola de calor golpeó España y Portugal durante cuatro días. En España cerraron muchas escuelas.",
        "Il caldo ha colpito la Spagna e il Portogallo per quattro giorni. In Spagna le scuole sono rimaste chiuse.",
    )
    assert not [c for c in holding(claims, "At least nine deaths", "one death") if c.verdict == "disagree"]
    toll = holding(claims, "At least nine deaths", "at least eleven fatalities")
    assert len(toll) == 1 and toll[0].verdict == "agree"
