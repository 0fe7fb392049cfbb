"""In a list of counts a later predicate is the later figure's; a count's own verb before it gives its measure
(compare/count_verbs.py)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def measures(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text) if f.kind == "count"]


@pytest.mark.parametrize(("text", "expected"), [
    # the count's own verb before it, another figure between it and the later predicate
    ("Volunteers saved 640 people and nine were hurt.", [("640 people", "rescued"), ("nine", "injured")]),
    ("Volunteers saved 640 people, 95 by boat, and nine were hurt.",
     [("640 people", "rescued"), ("95", "rescued"), ("nine", "injured")]),
    ("Deputies arrested 72 people and five officers were injured.",
     [("72 people", "arrested"), ("five officers", "officer injured")]),
    ("Los bomberos han rescatado a 640 personas, 95 en barca, y nueve resultaron heridas.",
     [("640 personas", "rescued"), ("95", "rescued")]),
    ("Les pompiers ont évacué 640 habitants, dont 95 par bateau, et huit ont été blessés.",
     [("640 habitants", "displaced"), ("huit", "injured")]),
    ("Die Feuerwehr rettete 640 Menschen, 95 mit Booten, und neun wurden verletzt.",
     [("640 Menschen", "rescued"), ("95", "rescued"), ("neun", "injured")]),
])
def test_a_later_predicate_is_the_later_figures(text, expected):
    found = dict(measures(text))
    for needle, measure in expected:
        assert found.get(needle) == measure, measures(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a coordinated subject with its nouns keeps the predicate it shares; the count before it keeps its own verb
    ("Volunteers saved 640 people and two men and six women died.",
     [("640 people", "rescued"), ("two men", "dead"), ("six women", "dead")]),
    ("Rescuers saved 500 people and three men and two children died.",
     [("500 people", "rescued"), ("three men", "dead"), ("two children", "dead")]),
])
def test_a_shared_predicate_stays_shared(text, expected):
    found = dict(measures(text))
    for needle, measure in expected:
        assert found.get(needle) == measure, measures(text)


def test_a_bare_number_of_a_list_takes_no_role_noun():
    found = dict(measures("Lifeguards pulled out and saved 640 people, 95 by helicopter."))
    assert found.get("95") == "rescued"
