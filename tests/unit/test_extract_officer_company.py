"""A company's officer's title then "de"/"of" and a name names the company, not a person "de X" ("el CEO de Velmora":
Velmora); a person's name holding a particle stays a person's. Names and sentences are made up."""

from __future__ import annotations

import pytest

from briefing_tui.extract import analyse
from briefing_tui.ingest.parse import parse_text


def _entities(title: str, body: str) -> dict[str, str]:
    source = parse_text(f"{title}\n\n{body}\n", "a", "a.txt")
    return {e.name: e.type for e in analyse([source]).entities}


@pytest.mark.parametrize(("title", "body"), [
    ("Título de la noticia", "El CEO de Velmora, Dara Quist, dijo que la empresa crecerá este año."),
    ("Título de la noticia", "La caída se dejó sentir en la fortuna del CEO de Velmora, Dara Quist, este lunes."),
])
def test_an_officers_company_is_an_organisation(title: str, body: str) -> None:
    found = _entities(title, body)
    assert found.get("Velmora") == "organization"
    assert "de Velmora" not in found


def test_a_particle_inside_a_persons_name_stays_a_person() -> None:
    found = _entities("Titre de l'article", "Le directeur Dara de Quist a annoncé un plan d'économies mardi.")
    assert "Velmora" not in found and not any(t == "organization" for n, t in found.items() if "Quist" in n)
