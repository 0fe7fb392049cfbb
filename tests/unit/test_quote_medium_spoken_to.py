"""The agency or paper a speaker talks to, named after its noun ("gegenüber der Nachrichtenagentur X", "a la agencia
X"), is not the speaker of the quote (issue 11: "he" or a wire agency is never the speaker). Made-up pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.corpus import load_corpus

PAGES = [
    ("Koch vor Gericht\n\nDer deutsche Koch Peter Hahn steht in Lissabon vor Gericht. Der Deutsche erklärte gegenüber "
     "der Nachrichtenagentur Reuters, dass er \"auf ein faires Urteil\" hoffe. Danach ging er.\n", "Reuters"),
    ("Chef ante el juez\n\nEl cocinero Pedro Gil espera la sentencia en Lisboa. El español declaró a la agencia "
     "Reuters que \"espera un juicio justo\" y volvió a su celda.\n", "Reuters"),
]


@pytest.mark.parametrize(("page", "medium"), PAGES)
def test_the_medium_spoken_to_is_no_speaker(tmp_path: Path, page: str, medium: str):
    (tmp_path / "a.txt").write_text(page, encoding="utf-8")
    quotes = load_corpus([tmp_path], cache=False).quotes
    assert quotes and all(q.speaker != medium for q in quotes), [(q.speaker, q.text) for q in quotes]
