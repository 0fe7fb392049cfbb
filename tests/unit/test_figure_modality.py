"""Issue 11: an expected figure is not a result (compare/figure_modality.py). A figure a source gives as expected
(a forecast, a projection, a plan; not a plain future tense, which news writes decided
commitments in) and one it gives as what came about are one measure at two times:
never weighed against each other; expected figures are weighed against expected ones. Invented sentences in English,
French, Spanish, German, Italian and Portuguese; the comparison tests fail on the code before (which weighed the
forecast against the result)."""

from __future__ import annotations

import pytest

from briefing_tui.compare import compare
from briefing_tui.compare.figure_modality import text_modality
from tests.compare_helpers import filled_articles, holding


def _split(sentence: str, figure: str) -> tuple[str, str]:
    at = sentence.index(figure)
    return sentence[:at], sentence[at + len(figure):]


@pytest.mark.parametrize(("sentence", "figure"), [
    ("The regulator is expected to fine Borvia about 300 million euros next week.", "300 million euros"),
    ("Up to 4,000 residents are expected to be evacuated from the valley, the governor said.", "4,000"),
    ("The Green League is on course to win 88 seats.", "88"),
    ("The ministry is expected to report a deficit of 4.2% this year.", "4.2%"),
    ("Exit polls gave the Green League 88 seats.", "88"),
    ("Le ministère devrait annoncer un déficit de 4,2 % cette année.", "4,2 %"),
    ("D'après les prévisions quelque 4 000 habitants devraient être évacués.", "4 000"),
    ("El regulador prevé multar a Borvia con 300 millones de euros.", "300 millones de euros"),
    ("Se espera que el déficit llegue al 4,2% este año.", "4,2%"),
    ("Die Strafe dürfte sich auf 300 Millionen Euro belaufen.", "300 Millionen Euro"),
    ("Das Defizit dürfte in diesem Jahr 4,2 Prozent erreichen.", "4,2 Prozent"),
    ("Le gouvernement vise un déficit de 4,9 % du PIB en 2032.", "4,9 %"),
    ("The central bank has an inflation target of 2% over the medium term.", "2%"),
    ("Il ministero dovrebbe annunciare un deficit del 4,2% quest'anno.", "4,2%"),
    ("L'autorità dovrebbe multare Borvia con 300 milioni di euro.", "300 milioni di euro"),
    ("O défice deverá chegar a 4,2% este ano.", "4,2%"),
    ("Espera-se que o défice chegue a 4,2% este ano.", "4,2%"),
])
def test_a_figure_given_as_expected_is_expected(sentence, figure):
    assert text_modality(*_split(sentence, figure)) == "expected"


@pytest.mark.parametrize(("sentence", "figure"), [
    ("The regulator fined Borvia 300 million euros on Monday.", "300 million euros"),
    ("Up to 4,000 residents were evacuated from the valley.", "4,000"),  # (a limit alone is no expectation)
    ("The deficit reached 4.2%, more than expected.", "4.2%"),
    ("Borvia was fined 300 million euros and is expected to appeal.", "300 million euros"),
    # (a figure reported ahead of the fact is the figure told early, not a forecast: weighed against the outcome)
    ("The regulator is set to fine Borvia about 300 million euros, sources said.", "300 million euros"),
    ("Die Strafe soll sich auf 300 Millionen Euro belaufen.", "300 Millionen Euro"),
    ("Der Konzern steht kurz vor der Übernahme von Borvia für fast 30 Milliarden Dollar.", "30 Milliarden Dollar"),
    ("The fund will lend Velmora 15 billion dollars over four years.", "15 billion dollars"),  # (a plain future)
    ("El fondo prestará 15.000 millones de dólares a Velmora.", "15.000 millones de dólares"),
    ("La cifra podría aumentar debido a que aún hay 11 personas desaparecidas.", "11"),  # (a clause of cause)
    ("Le déficit a atteint 4,2 %, plus que prévu.", "4,2 %"),
    ("El déficit fue del 4,2%, más de lo previsto.", "4,2%"),
    ("Das Defizit lag bei 4,2 Prozent und damit höher als erwartet.", "4,2 Prozent"),
    ("Hackers stole 615 million dollars in an exploit targeting the Ronin bridge.", "615 million dollars"),
    ("Ieri sera 12 persone sono state ricoverate.", "12"),  # (Italian "sera" is the evening)
    ("No verão morreram 12 pessoas.", "12"),  # (Portuguese "verão" is the summer, no future)
])
def test_a_figure_given_as_done_is_reported(sentence, figure):
    assert text_modality(*_split(sentence, figure)) == "reported"


EXPECTED = (
    "The regulator is expected to fine Borvia about 300 million euros over its payment rules.",
    "El regulador prevé multar a Borvia con 300 millones de euros por sus normas de pago.",
)
IMPOSED = (
    "The regulator has fined Borvia 1.2 billion euros over its payment rules.",
    "Borvia was fined 1.2 billion euros by the regulator over its payment rules.",
)


def test_the_fine_expected_and_the_fine_imposed_are_not_weighed_against_each_other():
    claims = compare(filled_articles("2024-03-04", *EXPECTED, *IMPOSED))
    both = holding(claims, "expected to fine Borvia about 300 million", "has fined Borvia 1.2 billion")
    assert [c.verdict for c in both if c.verdict == "disagree"] == []
    assert all("(expected)" in c.evidence and "two times" in c.evidence for c in both)  # (the reader sees the two times)
    flagged = [c for c in holding(claims, "prevé multar a Borvia con 300 millones", "Borvia was fined 1.2 billion")
               if c.verdict == "disagree"]
    assert flagged == []


def test_people_to_be_evacuated_are_not_weighed_against_the_displaced():
    claims = compare(filled_articles(
        "2024-05-27",
        "About 1,200 people have been displaced by the landslide in Korvale, officials said.",
        "The landslide in Korvale displaced 1,250 people, the agency said.",
        "Up to 8,000 people are expected to be evacuated from Korvale as the slope keeps moving.",
        "Bis zu 8.000 Menschen sollen aus Korvale evakuiert werden."))
    assert not [c for c in holding(claims, "displaced 1,250 people", "Up to 8,000 people are expected")
                if c.verdict == "disagree"]


def test_two_expected_figures_are_still_weighed_against_each_other():
    claims = compare(filled_articles(
        "2024-03-04",
        "The regulator is expected to fine Borvia about 300 million euros over its payment rules.",
        "Die Strafe dürfte sich auf 700 Millionen Euro belaufen, hieß es.",
        "The regulator has fined Borvia 1.2 billion euros over its payment rules."))
    both = holding(claims, "expected to fine Borvia about 300 million", "dürfte sich auf 700 Millionen Euro")
    assert [c.verdict for c in both] == ["disagree"]


def test_two_reported_figures_still_disagree():
    claims = compare(filled_articles(
        "2024-03-04",
        "The regulator has fined Borvia 1.2 billion euros over its payment rules.",
        "Borvia was fined 1.5 billion euros by the regulator over its payment rules."))
    both = holding(claims, "has fined Borvia 1.2 billion", "fined 1.5 billion euros")
    assert [c.verdict for c in both] == ["disagree"]


def test_the_value_a_change_starts_from_is_reported():
    claims = compare(filled_articles(
        "2025-07-23",
        "Velmora's tariffs on cars are expected to fall from 25% to 15%, the ministry said.",
        "Velmora cut its tariffs on cars from 27.5% to 15% on Monday."))
    both = holding(claims, "expected to fall from 25% to 15%", "from 27.5% to 15%")
    assert "disagree" in [c.verdict for c in both]
