""""De acordo com", "de acuerdo con", "d'accordo con": "according to", no agreement (issue 11). A date in the
attribution ("de acordo com dados divulgados nesta segunda-feira") times no agreement, and a real agreement's word
still does. Sentences made up for the tests."""

from __future__ import annotations

import pytest

from briefing_tui.compare.event_words import event_of


def kind(sentence: str, needle: str) -> str | None:
    at = sentence.index(needle)
    found = event_of(sentence, at, at + len(needle))
    return found and found.kind and found.kind.name


@pytest.mark.parametrize("sentence", [
    "O partido venceu com mais de 40% dos votos, de acordo com dados divulgados nesta segunda-feira pela comissão.",
    "El partido ganó con el 40% de los votos, de acuerdo con datos publicados este lunes por la comisión.",
    "Il partito ha vinto con il 40% dei voti, d'accordo con i dati pubblicati lunedì dalla commissione.",
])
def test_a_date_in_an_attribution_times_no_agreement(sentence):
    day = next(w for w in ("segunda-feira", "lunes", "lunedì") if w in sentence)
    assert kind(sentence, day) != "agreement"


def test_an_agreement_signed_on_a_day_is_still_an_agreement():
    assert kind("Os dois países assinaram o acordo nesta segunda-feira em Lisboa.", "segunda-feira") == "agreement"
