"""Issue 11: a guard corps named in Spanish, Portuguese or Italian ("Guardia Costera", "Guarda Costeira", "Guardia
Costiera") is an organisation, never a person. Invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.corpus import load_corpus


@pytest.mark.parametrize(("text", "name"), [
    ("Naufragio frente a la isla\n\nUna portavoz de la Guardia Costera indicó que el barco se hundió de noche. "
     "Según la Guardia Costera, no hubo heridos.\n", "Guardia Costera"),
    ("Naufrágio perto da ilha\n\nSegundo a Guarda Costeira, o barco afundou durante a noite. A Guarda Costeira "
     "disse que não houve feridos.\n", "Guarda Costeira"),
    ("Naufragio al largo dell'isola\n\nSecondo la Guardia Costiera il barcone è affondato di notte. La Guardia "
     "Costiera ha detto che non ci sono feriti.\n", "Guardia Costiera"),
])
def test_a_guard_corps_is_an_organisation(tmp_path: Path, text, name):
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    types = {e.name: e.type for e in load_corpus([tmp_path], cache=False).entities}
    assert types.get(name) == "organization", types
