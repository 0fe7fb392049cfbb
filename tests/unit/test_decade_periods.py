"""Issue 11: a decade is a period of ten years in Spanish, French, German, Italian and Portuguese too, as English "a
decade" and "two decades" already were ("hace casi una década", "près d'une décennie", "vor fast einem Jahrzehnt",
"quasi un decennio", "há uma década", "dos décadas", "3 Jahrzehnte"). Unread before, "hace casi una década" met no
other outlet's "eight years". Invented sentences (tests/gold_new64 showed the miss); checked to fail on the code
before the rule."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from briefing_tui.compare.rates import default_rate_table
from tests.compare_helpers import article


def periods(text: str):
    source = article("x", "2024-06-04", text)
    return [(f.text, f.low, f.qualifier) for f in figures_in_text(text, source, 0, default_rate_table())
            if f.kind == "period"]


def test_a_decade_is_ten_years_in_five_languages():
    assert periods("La multa fue impuesta hace casi una década por Bruselas.") == [("casi una década", 10.0, "nearly")]
    assert periods("L'amende a été infligée il y a près d'une décennie.") == [("près d'une décennie", 10.0, "about")]
    assert periods("Die Strafe wurde vor fast einem Jahrzehnt verhängt.") == [("fast einem Jahrzehnt", 10.0, "nearly")]
    assert periods("La causa è durata quasi un decennio.") == [("quasi un decennio", 10.0, "nearly")]
    assert periods("O processo começou há uma década.") == [("uma década", 10.0, None)]
    assert periods("El conflicto dura desde hace dos décadas.") == [("dos décadas", 20.0, None)]
    assert periods("Der Streit dauert seit 3 Jahrzehnten an.")[0][1] == 30.0


def test_a_decade_named_by_its_years_is_no_period():
    assert periods("La crisis de la década de 1990 golpeó al país.") == []
    assert periods("Die Jahrzehnte der Teilung prägten die Stadt.") == []
