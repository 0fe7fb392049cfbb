"""Issue 11 (class b1): a party's acronym after an elided article is the subject of its share or its seats
(compare/subject_names.py ``NAME``: ``_ELIDED_ACRONYM``, ``_ELIDED_BEFORE``). "L'AfD avanza al 20,8%", "dell'SPD",
"nell'ÖVP": a mixed-case acronym ("AfD", "PiS") or one after an Italian preposition glued to the article was read as
no name, so the bare share had no owner and :func:`~briefing_tui.compare.measure_inference.inherit_measures` could
not join it to the party's "of the vote" elsewhere. Invented sentences (French, Italian); the reading cases fail on
the code before the rule (3fb77c05), the guards pass on both."""

from __future__ import annotations

import pytest

from briefing_tui.compare.measure_inference import unsaid_measures
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from tests.compare_helpers import article, compared, one_holding


def _figures(*bodies: str):
    units = build_units([article(f"o{k}", "2024-03-08", body) for k, body in enumerate(bodies, 1)], [], [],
                        default_rate_table())
    unsaid_measures(units)
    return {(u.source.id, f.text): f for u in units for f in u.figures}


@pytest.mark.parametrize(("body", "text", "subject"), [
    ("L'AfD avanza al 18,3%, guadagnando sette punti.", "18,3%", "AfD"),  # Italian, a mixed-case acronym
    ("L’AfD obtient 18,3 % des suffrages exprimés.", "18,3 %", "AfD"),  # French, a typographic apostrophe
    ("Il risultato dell'SPD si ferma al 14,9%.", "14,9%", "SPD"),  # an article glued to "di"
    ("Nel voto di domenica il consenso nell'ÖVP è sceso al 22,1%.", "22,1%", "ÖVP"),  # an accented capital
    ("Le PiS conserve 194 sièges, l'AfD (161) progresse.", "161", "AfD"),  # a count in brackets after the name
])
def test_an_acronym_after_an_elided_article_owns_the_figure(body, text, subject):
    assert _figures(body)[("o1", text)].subject == subject


def test_the_bare_share_joins_the_partys_vote_share_in_another_outlet():
    claims = compared("The AfD won 18.3% of the vote on Sunday, its best result ever.",
                      "L'AfD avanza al 18,3%, il miglior risultato della sua storia.")
    claim = one_holding(claims, "18.3%")
    assert {s.source for s in claim.statements} == {"o1", "o2"}


@pytest.mark.parametrize(("body", "text"), [
    ("Le ministère de l'Intérieur recense 40 morts.", "40 morts"),  # a capital word after "l'", an office's name
    ("L'Oréal a dégagé 3 milliards d'euros de bénéfice.", "3 milliards d'euros"),  # a brand written whole
])
def test_a_capital_word_after_an_elided_article_is_no_acronym(body, text):
    assert _figures(body)[("o1", text)].subject is None
