"""Issue 11: a count of an event's people that its sentence gives as an earlier report ("un précédent bilan faisait
état de 27 morts", "zunächst", "inicialmente", "in precedenza") or scoped to a time before the reported one ("the
night before", "la veille", "am Vortag", "la noche anterior", "la notte prima", "last night" in a sentence that names
the reported day as today) is the measure at an earlier time: the previous value, never weighed against the event's
later count (compare/earlier_counts.py). Invented sentences; the tests fail on the code before."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, holding, read


def _count_roles(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    """(text, measure, role) of each count of ``text``."""
    return [(f.text, f.measure, f.role) for f in read(text, "2025-05-10", language) if f.kind == "count"]


@pytest.mark.parametrize(("sentence", "language", "figure", "measure"), [
    ("Un précédent bilan faisait état d'au moins 31 passagers morts.", "fr", "au moins 31 passagers morts", "dead"),
    ("Un précédent bilan faisait état de 31 morts et 240 blessés.", "fr", "240 blessés", "injured"),
    ("Officials said an earlier toll of 31 dead had been revised.", "en", "31 dead", "dead"),
    ("The coast guard had initially reported 31 dead.", "en", "31 dead", "dead"),
    ("Die Feuerwehr hatte zunächst von 31 Toten gesprochen.", "de", "31 Toten", "dead"),
    ("Inicialmente, los bomberos informaron de 31 muertos.", "es", "31 muertos", "dead"),
    ("In precedenza erano stati contati 31 morti.", "it", "31 morti", "dead"),
    ("Anteriormente, os bombeiros tinham contado 31 mortos.", "pt", "31 mortos", "dead"),
    ("Officials said 17 people were arrested the night before.", "en", "17 people", "arrested"),
    ("La veille, 17 personnes avaient été interpellées.", "fr", "17 personnes", "arrested"),
    ("Am Vortag waren 17 Menschen festgenommen worden.", "de", "17 Menschen festgenommen", "arrested"),
    ("La notte prima erano state arrestate 17 persone.", "it", "17 persone", "arrested"),
    ("Na noite anterior, 17 pessoas foram detidas.", "pt", "17 pessoas", "arrested"),
    ("El alcalde informó este martes de que la noche pasada fueron detenidas 17 personas.", "es", "17 personas",
     "arrested"),
])
def test_an_earlier_report_or_an_earlier_nights_count_is_a_previous_value(sentence, language, figure, measure):
    assert (figure, measure, "previous") in _count_roles(sentence, language)
    assert all(role == "previous" for _, _, role in _count_roles(sentence, language))


@pytest.mark.parametrize(("sentence", "language", "figure", "measure"), [
    # (guards: last night in a report of the morning after is the event's own time; a plain toll; "previously"
    # before an adjective in "un-" dates no toll)
    ("Police arrested 17 people last night.", "en", "17 people", "arrested"),
    ("Officials said 45 people were killed.", "en", "45 people", "dead"),
    ("A previously unknown group killed 12 people.", "en", "12 people", "dead"),
    ("An earlier toll of 31 was revised to 45 dead.", "en", "45 dead", "dead"),
])
def test_a_count_of_the_reported_time_stays_current(sentence, language, figure, measure):
    assert (figure, measure, "current") in _count_roles(sentence, language)


def test_an_earlier_toll_is_no_disagreement_with_the_latest_one():
    claims = compared(
        "A ferry sank off the coast of Northland on Sunday. At least 45 passengers died, the coast guard said. "
        "An earlier toll had put the dead at 31 passengers.",
        "A ferry sank off the coast of Northland on Sunday. At least 45 passengers died, officials said.",
        "A ferry sank off the coast of Northland on Sunday. Un précédent bilan faisait état de 31 passagers morts. "
        "Les garde-côtes ont ensuite annoncé au moins 45 morts.")
    assert not [c for c in claims if c.verdict == "disagree"]
    latest = holding(claims, "At least 45 passengers died, the coast guard", "At least 45 passengers died, officials",
                     "au moins 45 morts")
    assert [c.verdict for c in latest] == ["agree"]
    earlier = holding(claims, "An earlier toll had put the dead at 31", "Un précédent bilan")
    assert [c.verdict for c in earlier] == ["agree"]


def test_a_time_after_a_count_that_dates_the_event_leaves_the_count_current():
    # (a guard: "la veille" dates the attack, the toll is today's)
    assert _count_roles("Selon les enquêteurs, 115 personnes ont été tuées lors de l'attaque survenue la veille.",
                        "fr") == [("115 personnes", "dead", "current")]
