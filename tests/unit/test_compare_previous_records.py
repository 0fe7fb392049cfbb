"""The amount of a record a reported figure beats is an earlier value, however far it stands from the words naming
the record in its sentence (issue 11; found on tests/gold_new44, the DeepSeek selloff of 27 January 2025, where the
beaten record's amount joined the new loss as its disagreeing figure). Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import read


def roles(text: str, language: str) -> list[tuple[str, str | None]]:
    """(text, role) of each money figure."""
    return [(f.text, f.role) for f in read(text, language=language) if f.kind == "money"]


def test_the_beaten_records_amount_is_an_earlier_value_in_several_languages():
    assert roles("Le groupe a pulvérisé la précédente marque qu'il détenait, de 140 milliards de dollars.", "fr") == [
        ("140 milliards de dollars", "previous")]
    assert roles("La caída superó el récord anterior de pérdida en un solo día, que también pertenecía a Acme, con "
                 "una disminución de 140.500 millones de dólares en marzo de 2024.", "es") == [
        ("140.500 millones de dólares", "previous")]
    assert roles("Supera con creces anteriores récords negativos, incluyendo la caída de Acme de 140.000 millones "
                 "de dólares (129.000 millones de euros) en marzo.", "es") == [
        ("140.000 millones de dólares", "previous"), ("129.000 millones de euros", "previous")]


def test_an_amount_after_the_record_that_turns_to_the_reported_loss_is_current():
    # the record named first, then the figure that beat it: the current value
    assert roles("The previous record fell on Monday as Acme lost $310 billion.", "en") == [("$310 billion", "current")]
    assert roles("Der bisherige Rekord ist Geschichte, aber Acme verlor 310 Milliarden Dollar.", "de") == [
        ("310 Milliarden Dollar", "current")]
