"""An age at death is an age, not a toll: "died on Tuesday at the age of 91", "passed away at 79", "décédée jeudi à
l'âge de 91 ans", "murió a los 79 años", "starb mit 79 Jahren" (issue 11: an obituary's age read as a death toll)."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from briefing_tui.model import Sentence, Source


def read(text: str):
    source = Source(id="s", path="s.txt", raw=text, sentences=[Sentence(0, 0, len(text), text, 0)])
    return [(f.text, f.measure) for f in figures_in_text(text, source, 0) if f.kind not in ("date", "year")]


def test_an_english_age_at_death_is_an_age():
    assert read("The composer died on Tuesday at the age of 91 after a long illness.") == [("91", "age")]
    assert read("The novelist passed away at 79, her publisher said.") == [("79", "age")]
    # (a count of the dead stays one, and so does a toll whose level is said with "at")
    assert read("Storms killed 91 people in the valley.") == [("91 people", "dead")]
    assert read("The death toll from the storms is now at 91.") == [("91", "dead")]
    assert read("The number of people who died stood at 91.") == [("91", "dead")]


def test_other_languages_ages_at_death_are_ages():
    assert read("La chanteuse est décédée jeudi à l’âge de 91 ans.") == [("91 ans", "age")]
    assert read("Le peintre est mort mardi à 79 ans.") == [("79 ans", "age")]
    assert read("La escritora murió el martes a los 79 años.") == [("79 años", "age")]
    assert read("Der Dirigent starb am Dienstag mit 79 Jahren.") == [("79 Jahren", "age")]
    assert read("O pintor morreu aos 79 anos.") == [("79 anos", "age")]
    assert read("Il regista è morto ieri a 79 anni.") == [("79 anni", "age")]
