"""Issue 11: a run-off's reports (invented articles and sentences; each test fails on the code before).

- The first round's turnout and shares, cited beside the run-off's ("In the first round two weeks ago, turnout stood at
  48%", "el 47,15% de la primera"), were weighed against the run-off's and made a disagreement no outlet holds.
- "The governor beat her rival Petra Lindqvist with 55.2%" gave the winner's share to the rival named before "with",
  and the share set against it ("against 44.8%") to the winner.
- "la participación ha superado el 61%" is more than 61%, as English "surpassed 61%".
"""

from __future__ import annotations

from briefing_tui.compare.claims import build_claims
from briefing_tui.compare.earlier_rounds import first_round_figure
from tests.compare_helpers import filled_articles, read


def _first_round(text: str, figure: str) -> bool:
    start = text.index(figure)
    return first_round_figure(text, start, start + len(figure))


def test_a_figure_of_the_first_round_is_told_from_the_run_offs():
    assert _first_round("Berg took 38.4 percent of the votes in the first round, far ahead of Lund.", "38.4 percent")
    assert _first_round("In the first round on April 6, turnout stood at 48% of eligible voters.", "48%")
    assert _first_round("La participación subió al 61%, muy por encima del 47,15% de la primera.", "47,15%")
    assert _first_round("Nel primo turno del 6 aprile, Berg aveva ricevuto il 38%.", "38%")
    assert _first_round("Au premier tour, Berg avait obtenu 38 % des voix.", "38 %")
    # the run-off's own figures, and a round of counting, are not
    assert not _first_round("La participación subió al 61%, muy por encima del 47,15% de la primera.", "61%")
    assert not _first_round("In the first round Berg won 38%, but on Sunday he took 44%.", "44%")
    assert not _first_round("Turnout reached 61%, well above the first round.", "61%")
    assert not _first_round("Lund topped the first round of counting with 2,400,118 votes.", "2,400,118 votes")


def test_first_round_turnout_makes_no_disagreement_with_the_run_offs():
    claims = build_claims(filled_articles(
        "2025-04-21",
        "Turnout in Sunday's run-off reached 61% of eligible voters, the electoral office said.",
        "Turnout in the run-off stood at 61.2%, the electoral office said. In the first round on April 6, turnout "
        "stood at 48% of eligible voters.",
        "La participación en la segunda vuelta ha superado el 47,9% de la primera, alcanzando el 61,2%."))
    shown = [(c.topic, c.verdict) for c in claims]
    assert not [c for c in claims if c.verdict == "disagree"], shown
    run_off = [c for c in claims if any("61.2%" in s.text for s in c.statements)]
    assert run_off and run_off[0].verdict == "agree" and not any("48%" in s.text for s in run_off[0].statements), shown


def test_the_share_after_a_beaten_rivals_name_is_the_winners():
    figures = read("The governor beat her rival Petra Lindqvist with 55.2% of the vote, against 44.8% for the "
                   "nationalist leader.")
    assert [f.subject for f in figures] == [None, "Petra Lindqvist"]
    figures = read("Il governatore ha battuto il rivale Petra Lindqvist con il 55,2% dei voti, contro il 44,8% "
                   "della leader nazionalista.")
    assert [f.subject for f in figures] == [None, "Petra Lindqvist"]


def test_a_verb_of_passing_before_a_share_makes_it_a_floor():
    figure = read("La participación ha superado el 61%, la más alta en décadas.")[0]
    assert figure.qualifier == "more_than" and figure.low == 61.0
    (figure,) = read("L'affluenza ha superato il 61%.")
    assert figure.qualifier == "more_than"


def test_a_first_round_opening_its_sentence_holds_the_figures_its_colon_details():
    text = ("La primera vuelta de los comicios terminó muy ajustada: la alcaldesa, Marta Ruiz, se quedó con el 41,2% "
            "de los votos.")
    assert _first_round(text, "41,2%")
    assert _first_round("The first round was close: Ruiz took 41.2% of the vote.", "41.2%")
    assert not _first_round("The first round was close: Ruiz took 41.2%, but today she won 55%.", "55%")
