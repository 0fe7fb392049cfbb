"""Issue 11: "no false disagreement appears". A count whose measure is its thing's noun ("300 homes", "40 flights")
was weighed against another outlet's count of the same noun in another state: "300 homes were destroyed" against
"1,200 homes were damaged", "40 flights cancelled" against "120 flights delayed". The verb or participle attached to
the counted thing says what happened to it: two different states are two measures, never a disagreement, in every
language; one state written two ways ("destroyed", "razed") is still one measure, weighed as before. Invented
sentences; the tests of the rule fail on the code before it."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, one_holding

TWO_STATES = [
    ("In Velmar, 300 homes were destroyed by the storm, officials said.",
     "In Velmar, 1,200 homes were damaged by the storm, the mayor said."),
    ("The storm destroyed 300 homes in Velmar on Monday, officials said.",
     "About 1,200 homes were damaged in Velmar by the storm, the mayor said."),
    ("At Velmar airport 40 flights were cancelled on Monday because of the storm.",
     "At Velmar airport 120 flights were delayed on Monday because of the storm."),
    ("Five schools closed in Velmar after the storm, the council said.",
     "Twelve schools reopened in Velmar after the storm, the council said."),
    ("La tempête a détruit 300 maisons à Velmar, selon la préfecture.",
     "Environ 1200 maisons ont été endommagées à Velmar par la tempête."),
    ("El temporal destruyó 300 viviendas en Velmar, según el ayuntamiento.",
     "Unas 1.200 viviendas resultaron dañadas en Velmar por el temporal."),
    ("Der Sturm zerstörte 300 Häuser in Velmar, teilte die Behörde mit.",
     "Rund 1.200 Häuser wurden in Velmar durch den Sturm beschädigt."),
    ("La tempesta ha distrutto 300 abitazioni a Velmar, secondo il comune.",
     "Circa 1.200 abitazioni sono state danneggiate a Velmar dalla tempesta."),
    ("A tempestade destruiu 300 casas em Velmar, segundo a prefeitura.",
     "Cerca de 1.200 casas foram danificadas em Velmar pela tempestade."),
    ("The floods left about 900 cars stranded on the ring road of Velmar, police said.",
     "Police said 310 cars were towed from the ring road of Velmar."),
]


@pytest.mark.parametrize(("first", "second"), TWO_STATES)
def test_two_states_of_one_thing_are_no_disagreement(first, second):
    claims = compared(first, second)
    assert not [c.topic for c in claims if c.verdict == "disagree"]


ONE_STATE = [
    ("In Velmar, 300 homes were destroyed by the storm, officials said.",
     "In Velmar, 450 homes were razed by the storm, the mayor said."),
    ("Der Sturm zerstörte 300 Häuser in Velmar, teilte die Behörde mit.",
     "In Velmar wurden 450 Häuser durch den Sturm zerstört."),
    ("At Velmar airport 40 flights were cancelled on Monday because of the storm.",
     "At Velmar airport 65 flights were cancelled on Monday because of the storm."),
]


@pytest.mark.parametrize(("first", "second"), ONE_STATE)
def test_one_state_written_twice_is_still_weighed(first, second):
    claims = compared(first, second)
    number = "450" if "450" in second else "65"
    assert one_holding(claims, number).verdict == "disagree"


@pytest.mark.parametrize(("text", "number", "expected"), [
    ("300 homes were destroyed by the storm", "300", {"destroyed"}),
    ("the storm destroyed 300 homes", "300", {"destroyed"}),
    ("300 homes were damaged or destroyed", "300", {"damaged", "destroyed"}),
    ("1.290 Fahrzeuge wurden an Standorte entfernt", "1.290", {"removed"}),
    ("210 000 hectares de cultures ont été détruits", "210 000", {"destroyed"}),
    ("12 detenidos fueron liberados", "12", {"released"}),
    ("the storm destroyed 30 bridges and 300 homes", "300", set()),
    ("300 homes in Velmar", "300", set()),
    ("Northwind a attribué 3,12 millions d'actions", "3,12", {"allotted"}),
    ("3,05 millions d'actions demandées sur 7,4 millions offertes", "3,05", {"bid"}),
    ("sur 7,4 millions d'actions offertes au public", "7,4", {"offered"}),
])
def test_the_state_is_read_in_the_count_s_clause(text, number, expected):
    from briefing_tui.compare.thing_states import states_of
    from tests.compare_helpers import read

    figure = next(f for f in read(text) if f.text.startswith(number) or f.text.endswith(number))
    assert states_of(figure, 0, text) == expected


SHARE_STATES = [
    ("Northwind allotted 3.12 million shares at 410 rupees apiece to 140 anchor investors, according to a filing.",
     "The issue was subscribed 38 percent by the end of day one, with 3.05 million shares bid out of the 7.4 million "
     "shares on offer."),
]


@pytest.mark.parametrize(("first", "second"), SHARE_STATES)
def test_shares_allotted_bid_and_offered_are_three_counts(first, second):
    claims = compared(first, second)
    assert not [c.topic for c in claims if c.verdict == "disagree"]


def test_a_sum_offered_and_a_sum_bid_are_still_weighed():
    claims = compared("Velmar Oil offered 30 euros per share for Northwind, the company said on Monday.",
                      "Velmar Oil bid 34 euros per share for Northwind, the company said on Monday.")
    assert one_holding(claims, "34 euros").verdict == "disagree"
