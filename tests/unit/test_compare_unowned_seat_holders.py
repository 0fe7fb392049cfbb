"""Members of a chamber counted as seats, with no party found for them ("avec 28,2 % des voix et 95 élus"), are still
a count of seats (whose is unknown), not a measure named after the members' noun."""

from briefing_tui.compare.figures import extract_figures
from briefing_tui.ingest.parse import parse_text


def _measures(text: str) -> dict[str, str | None]:
    source = parse_text(text, "s1", "s1.txt")
    return {f.text: f.measure for figs in extract_figures(source).values() for f in figs}


def test_members_counted_with_no_owner_are_seats():
    text = ("La liste menée par l'ancien maire progresse nettement, avec 28,2 % des voix et 95 élus – "
            "et 40 sièges de sénateur.\n")
    assert _measures(text)["95 élus"] == "seats"


def test_members_who_act_are_no_seats():
    text = "Lors du vote de mardi, 95 élus ont voté contre le texte du gouvernement.\n"
    assert _measures(text).get("95 élus") != "seats"
