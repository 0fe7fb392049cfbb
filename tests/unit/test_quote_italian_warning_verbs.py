"""Italian verbs of warning and acknowledging as verbs of saying (data/speech_words.yaml): "“...”, ha ammonito X",
"X ha riconosciuto che “...”" name their speaker (issue 11). Invented sentences."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.corpus import load_corpus


def _quotes(tmp_path: Path, text: str) -> list[tuple[str | None, str]]:
    (tmp_path / "articolo.txt").write_text(text, encoding="utf-8")
    return [(q.speaker, q.text) for q in load_corpus([tmp_path], cache=False).quotes]


ITALIAN = ("Il governo presenta la manovra: tagli per 30 miliardi\n\n"
           "La ministra dell'Economia Giulia Ferranti ha presentato oggi il piano di bilancio per il prossimo anno "
           "davanti alla stampa. “Ogni giorno il nostro disavanzo cresce di un milione di euro”, ha ammonito "
           "Ferranti, ricordando la crisi del passato.\n\n"
           "Il sindaco di Torino, Marco Bellandi, ha riconosciuto che “i comuni dovranno fare la loro parte” nei "
           "prossimi mesi.\n")


def test_italian_warning_and_acknowledging_verbs_name_the_speaker(tmp_path):
    quotes = _quotes(tmp_path, ITALIAN)
    assert ("Giulia Ferranti", "Ogni giorno il nostro disavanzo cresce di un milione di euro") in quotes
    assert any(speaker == "Marco Bellandi" and "i comuni dovranno fare la loro parte" in text
               for speaker, text in quotes)
