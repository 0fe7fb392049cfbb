"""The state of some of the victims told in other languages (compare/count_states.py): "des victimes", "de las
víctimas", "delle vittime" between a count and its state, and the past perfect ("avaient été identifiées")."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language", "measure"), [
    ("Le préfet a indiqué que 27 des victimes avaient été identifiées.", "fr", "identified dead"),
    ("El fiscal dijo que 14 de las víctimas han sido identificadas.", "es", "identified dead"),
    ("Il prefetto ha detto che 9 delle vittime sono state identificate.", "it", "identified dead"),
    ("Selon la police, 8 des blessés étaient dans un état critique.", "fr", "critically injured"),
    ("Deux des victimes sont mortes à l'hôpital.", "fr", "part dead"),  # (no state: some of the dead)
])
def test_a_state_of_some_of_the_victims_in_other_languages(text, language, measure):
    assert [f.measure for f in read(text, language=language) if f.kind == "count"][:1] == [measure]


@pytest.mark.parametrize(("text", "language", "measure"), [
    # "already" in the other languages before the state, and a relative pronoun and a manner adverb before it
    ("La policía informó que 31 víctimas ya fueron identificadas.", "es", "identified dead"),
    ("Segundo a polícia, 12 vítimas já foram identificadas.", "pt", "identified dead"),
    ("La préfecture a dit que 9 victimes ont déjà été identifiées.", "fr", "identified dead"),
    ("The coroner said 53 bodies were found, including 19 that had been positively identified.", "en",
     "identified dead"),
])
def test_a_state_after_already_or_a_relative_pronoun_and_an_adverb(text, language, measure):
    assert [f.measure for f in read(text, language=language) if f.kind == "count"][-1:] == [measure]
