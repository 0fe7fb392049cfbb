"""A noun heading a count right after its number is a noun, even where English spells the word as a verb of another
measure (issue 11): French "cinq pays" counts countries, never a compensation ("pays" is English's verb of paying).
Invented sentences."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from briefing_tui.model import Source


def _counts(text: str, language: str) -> list[tuple[str, str | None]]:
    source = Source(id=f"heads-{language}-{len(text)}", path="s.txt", raw=text, language=language)
    return [(f.text, f.measure) for f in figures_in_text(text, source, 0) if f.kind == "count"]


def test_a_french_count_of_pays_counts_countries():
    assert _counts("La commission de l'ONU et les cinq pays riverains ont signé le traité.", "fr") == \
        [("cinq pays", "country")]
    assert _counts("Au total, 14 pays ont envoyé des secouristes.", "fr") == [("14 pays", "country")]


def test_countries_in_other_languages_meet_the_french_count():
    assert _counts("Die sieben Länder haben den Vertrag unterzeichnet.", "de") == [("sieben Länder", "country")]
