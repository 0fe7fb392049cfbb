"""How long a court or a jury deliberated is a length of its own ("two days of deliberations", "tres días de
deliberaciones", "quatre jours de délibéré"): two outlets giving different lengths disagree (issue 11). Invented
sentences."""

from __future__ import annotations

from tests.compare_helpers import compared, one_holding, read


def spans(text: str, language: str | None = None) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text, language=language) if f.kind == "period"]


def test_a_length_of_deliberation_is_the_deliberation_s():
    assert spans("The jurors needed four days of deliberations in Leeds.") == [("four days", "deliberation duration")]
    assert spans("Tras cinco días de deliberaciones, el jurado habló.", "es") == [
        ("cinco días", "deliberation duration")]
    assert spans("Après deux jours de délibéré, la cour a tranché.", "fr") == [("deux jours", "deliberation duration")]


def test_outlets_giving_different_lengths_of_deliberation_disagree():
    claims = compared("The jurors in Leeds needed four days of deliberations before the verdict.",
                      "Los jurados de Leeds necesitaron cinco días de deliberaciones antes del veredicto.")
    assert one_holding(claims, "four days of deliberations", "cinco días de deliberaciones").verdict == "disagree"
