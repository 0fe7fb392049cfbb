"""A one-word name that only a company's words surround is an organisation: what it owns after a possessive ("its
market capitalization", "its chief executive"), its officer named right after it ("Velmora CEO Dara Quist"), its
chief or its shares right before it in other languages ("le patron de Velmora", "l'action Velmora", "las acciones de
Velmora"). A person's net worth says nothing of the kind. Names and sentences are made up."""

from __future__ import annotations

import pytest

from briefing_tui.extract import analyse
from briefing_tui.ingest.parse import parse_text


def _entities(body: str) -> dict[str, str]:
    source = parse_text("A market report\n\n" + body + "\n", "a", "a.txt")
    return {e.name: e.type for e in analyse([source]).entities}


@pytest.mark.parametrize("body", [
    "The loss in Velmora’s market capitalization was the largest ever seen on the exchange.",
    "Analysts expect Velmora's quarterly earnings to fall short again this spring.",
    "The drop also hit Velmora CEO Dara Quist, whose fortune shrank by a fifth.",
    "Selon le patron de Velmora, la société a fait une erreur de calcul dans ses prévisions.",
    "L'action Velmora a perdu près de 17 % en une séance à la Bourse de New York.",
    "Las acciones de Velmora cayeron un 17 % en una sola sesión.",
])
def test_a_company_is_an_organisation(body: str) -> None:
    assert _entities(body).get("Velmora") == "organization"


def test_a_persons_net_worth_makes_no_company() -> None:
    assert _entities("The fall cut Quist's net worth by a fifth, the index said.").get("Quist") != "organization"


def test_the_tail_of_a_longer_name_is_not_made_a_company_alone() -> None:
    assert "Cloud" not in _entities("The deal was announced by Google Cloud CEO Dara Quist on Tuesday.")
