"""Issue 11: a run-off counted through the night, as reported in several languages (invented articles and
sentences; each test fails on the code before).

- "tras el procesamiento del 100% de las papeletas", "dopo il conteggio di tutti i voti (100% ...)": how far the
  count has gone, not a share of the votes nor the turnout.
- "61.35 percent of those on the electoral roll", "el 61% del padrón electoral": the turnout.
- "Voter turnout, according to the Central Election Office, was 61.35 percent": the turnout, not the office's share.
"""

from __future__ import annotations

from tests.compare_helpers import read


def _measures(text: str) -> dict[str, str | None]:
    return {f.text: f.measure for f in read(text)}


def test_a_share_of_the_ballots_processed_or_counted_in_parentheses_is_the_counts_progress():
    found = _measures("Lindqvist obtuvo el 51,30% de los votos tras el procesamiento del 100% de las papeletas.")
    assert found["100%"] == "share counted" and found["51,30%"] == "votes"
    found = _measures("Dopo il conteggio di tutti i voti (100% in patria e all'estero), Berg ha vinto con il 51,30%.")
    assert found["100%"] == "share counted"
    found = _measures("Berg had 3,210,554 votes (51.3 percent) after the centralization of 18.402 protocols "
                      "(97.41 percent) out of a total of 18,900.")
    assert found["97.41 percent"] == "share counted" and found["51.3 percent"] == "votes"
    # a share in parentheses after a count that is no count's progress keeps its own measure
    found = _measures("The party won 2,100,000 votes (41.2 percent) in the capital.")
    assert found["41.2 percent"] != "share counted"


def test_a_share_of_those_on_the_electoral_roll_is_the_turnout():
    found = _measures("By 9 p.m., 8.2 million voters, or 61.35 percent of those on the electoral roll, had voted.")
    assert found["61.35 percent"] == "turnout"
    assert _measures("La participación llegó al 61% del padrón electoral.")["61%"] == "turnout"
    assert _measures("Au total, 61 % des inscrits sur les listes électorales ont voté.")["61 %"] == "turnout"


def test_a_source_named_between_the_measure_and_its_share_is_left_out():
    (figure,) = read("Voter turnout, according to the Central Election Office, was 61.35 percent.")
    assert figure.measure == "turnout" and figure.subject != "Central Election Office"
    (figure,) = read("La participation, selon le ministère de l'Intérieur, atteint 61,3 %.")
    assert figure.measure == "turnout"
    (figure,) = read("Die Wahlbeteiligung lag, laut Wahlbehörde, bei 61,3 Prozent.")
    assert figure.measure == "turnout" and figure.subject is None
    # a name before the attribution still owns its share
    (figure,) = read("Berg, according to the final count, won 51.2 percent of the vote.")
    assert figure.measure == "votes" and figure.subject == "Berg"
