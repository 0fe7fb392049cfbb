"""A count whose predicate names its state after "as" takes that state ("154 people have been identified as
injured": the injured, compare/named_states.py), never the dead identified that a bare "have been identified" counts
(issue 11: on tests/gold_new60, a study set, "154 people have been identified as injured" was read as identified
dead). The sentences are invented."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def _counts(text: str, language: str | None = None) -> list[str | None]:
    return [f.measure for f in read(text, language=language) if f.kind == "count"]


@pytest.mark.parametrize(("text", "language", "measure"), [
    ("According to the regional office, 212 people have been identified as injured.", "en", "injured"),
    ("Officials said 38 passengers were identified as wounded.", "en", "injured"),
    ("Officials said 23 people were listed as missing after the blast.", "en", "missing"),
    ("Le ministère a dit que 19 personnes ont été recensées comme blessées.", "fr", "injured"),
    ("La policía dijo que 27 personas fueron identificadas como heridas.", "es", "injured"),
])
def test_the_state_named_after_as_is_the_measure(text, language, measure):
    assert _counts(text, language) == [measure]


def test_the_dead_identified_stay_the_identified_dead():
    assert _counts("Police said 14 victims have been identified so far.") == ["identified dead"]
    assert _counts("La policía informó que 31 víctimas ya fueron identificadas.", "es") == ["identified dead"]


def test_a_nationality_after_as_names_no_measure():
    assert "injured" not in _counts("Police said two of the men were identified as Ruritanian citizens.")
