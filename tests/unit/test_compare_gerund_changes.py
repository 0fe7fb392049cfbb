"""A gerund of losing before a count of seats tells a change, not a level: "perdendo 12 seggi", "perdiendo 12
escaños", "perdant 12 sièges"."""

from __future__ import annotations

from briefing_tui.compare.count_changes import is_count_change


def changed(text: str, figure: str) -> bool:
    i = text.index(figure)
    return is_count_change(text, i, i + len(figure), "seats")


def test_a_gerund_of_losing_makes_a_change():
    assert changed("Il partito ha ottenuto 171 seggi, perdendo 12 seggi.", "12 seggi")
    assert changed("El partido logra 171 escaños, perdiendo 12 escaños.", "12 escaños")
    assert changed("Le parti obtient 171 sièges, perdant 12 sièges.", "12 sièges")
    assert changed("O partido obteve 171 cadeiras, perdendo 12 cadeiras.", "12 cadeiras")
    # (the level stays a level)
    assert not changed("Il partito ha ottenuto 171 seggi, perdendo 12 seggi.", "171 seggi")
