"""Ordinal dots and abbreviations of other languages do not end a sentence ("am 3. März", "Nr. 5", "bzw.")."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.ingest import parse_text
from briefing_tui.ingest.segment import split_sentences


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize("text", [
    "Der Bundestag stimmt am 18. März über das Paket ab.",
    "Der 2. Weltkrieg endete in Europa am 8. Mai 1945.",
    "Die Mannschaft gewann zum 15. Mal den Titel.",
    "Wir sehen uns am 3. Spieltag wieder.",
    "Die Niederlage in der abschließenden 9. Runde war fast schon Nebensache.",
    "Die Frist läuft bis zum 31. Dezember 2025.",
    "Das Gesetz steht in Nr. 5 der Liste.",
    "Schulen bzw. Kitas bleiben geschlossen.",
    "Städte wie z.B. Berlin investieren mehr.",
    "Das kostet 5 Mio. Euro im Jahr.",
    "La Sra. López habló con la prensa.",
])
def test_ordinals_and_abbreviations_stay_inside_the_sentence(text):
    assert _split(text) == [text]


def test_french_monsieur_and_page_initials():
    assert _split("M. Macron a parlé. Il part demain.") == ["M. Macron a parlé.", "Il part demain."]
    assert _split("Siehe S. 5 im Bericht. Dort steht mehr.") == ["Siehe S. 5 im Bericht.", "Dort steht mehr."]


@pytest.mark.parametrize(("text", "expected"), [
    ("The count rose to 15. Officials said so.", ["The count rose to 15.", "Officials said so."]),
    ("I am 25. Now I work in Berlin.", ["I am 25.", "Now I work in Berlin."]),
    ("Sie kamen am 3. Die Polizei war schon da.", ["Sie kamen am 3.", "Die Polizei war schon da."]),
    ("Die Zahl stieg auf 1.300. Das ist ein Rekord.", ["Die Zahl stieg auf 1.300.", "Das ist ein Rekord."]),
    ("Es gab Äpfel, Birnen usw. Die Preise stiegen.", ["Es gab Äpfel, Birnen usw.", "Die Preise stiegen."]),
])
def test_numbers_and_abbreviations_that_do_end_a_sentence(text, expected):
    assert _split(text) == expected


PAGES = Path(__file__).resolve().parents[1] / "gold_dev" / "pages"


@pytest.mark.parametrize(("page", "sentence"), [
    ("i_001_mittelrhein-tageblatt", "Grundgesetz-Reform 2025 – Am 18. März 2025 hat der Deutsche Bundestag eine der "
                                    "weitreichendsten Verfassungsänderungen der vergangenen Jahre beschlossen."),
    ("i_001_mittelrhein-tageblatt", "Brisant: Die Abstimmung erfolgte noch durch den 20. Deutschen Bundestag, obwohl der "
                                    "21. Bundestag bereits gewählt ist."),
    ("i_002_br", "Im neu gewählten Bundestag, der sich am 25. März konstituieren soll, kommen Union, SPD und Grüne nicht "
                 "mehr auf eine solche Mehrheit."),
    ("i_003_fingerklopfer", "Die Sitzung begann um 9:00 Uhr und wurde vom Ältestenrat einberufen, um die Dringlichkeit "
                            "vor der Konstituierung des neuen Bundestages am 25. März zu unterstreichen."),
])
def test_real_pages_keep_their_dated_sentences_whole(page, sentence):
    raw = (PAGES / f"{page}.txt").read_text(encoding="utf-8")
    assert sentence in [s.text for s in parse_text(raw, page).sentences]
