"""A surname with its particles ("Le Pen", "von der Leyen", "de Gaulle") is a surname, not a given name and a
surname: "Le Pen" alone never made Marine Le Pen and her father Jean-Marie Le Pen one person, and a lone "Le Pen"
in an article naming both of them stays unattributed (never guessed)."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.corpus import load_corpus
from briefing_tui.extract.lexicon import surname_start

CORPUS = Path(__file__).resolve().parent.parent / "data" / "surname_particles"


def test_the_surname_begins_at_its_particles():
    assert surname_start("Marine Le Pen".split()) == 1
    assert surname_start("Ursula von der Leyen".split()) == 1
    assert surname_start("Le Pen".split()) == 0
    assert surname_start("Timur Dadabaev".split()) == 1


def test_two_people_of_one_surname_with_a_particle_stay_two():
    corpus = load_corpus([CORPUS], cache=False)
    people = {e.name: e for e in corpus.entities if e.type == "person"}
    assert "Marine Le Pen" in people and "Jean-Marie Le Pen" in people
    assert "Jean-Marie Le Pen" not in people["Marine Le Pen"].aliases
    assert people["Ursula von der Leyen"].sources == ["a", "b"]
    speakers = {(q.source, q.text.strip("“”\"")): q.speaker for q in corpus.quotes if q.kind == "direct"}
    assert speakers[("b", "This is a political trial")] == "Marine Le Pen"
    assert speakers[("a", "I have done nothing wrong")] is None  # two people called Le Pen in article a
