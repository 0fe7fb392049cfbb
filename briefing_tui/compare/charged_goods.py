"""A share whose nearest measure word is the goods a charge is levied on: "tariffs on Japanese imports to 15%",
"i dazi sulle importazioni giapponesi al 15%", "les droits de douane sur les importations à 15 %", "Zölle auf
Importe von 15 Prozent". The share is the charge's rate (a tariff), not a share of the imports or exports."""

from __future__ import annotations

from briefing_tui.compare.measures import CLAUSE_SPLIT, measure_of_word, words_in

# Measures of goods that a charge is levied on.
GOODS_MEASURES = frozenset({"imports", "exports"})
# The measure of a charge levied on goods.
CHARGE = "tariff"
# Last words of a charge's name that name no measure alone ("droits de douane").
_CHARGE_ENDS = frozenset("douane douanes".split())
# Words joining a charge to the goods it is levied on, per language: "tariffs on", "droits sur les", "dazi sulle",
# "aranceles a las", "Zölle auf", "tarifas sobre as".
_LINKS = frozenset("on upon sur su sul sulla sulle sui sugli auf sobre a al às aos aux".split())
CHARGE_REACH = 6  # words before the goods' word searched for the link and the charge ("tariffs on Japanese car imports")


def _is_charge(word: str) -> bool:
    return measure_of_word(word) == CHARGE or word.lower() in _CHARGE_ENDS


def charged_measure(measure: str | None, before: str) -> str | None:
    """``measure`` of a share, read as the charge's rate ("tariff") when it is the goods (imports, exports) that a
    charge named before them in the clause is levied on ("tariffs on Japanese imports to 15%"); else unchanged."""
    if measure not in GOODS_MEASURES:
        return measure
    words = [w.group(0) for w in words_in(CLAUSE_SPLIT.split(before)[-1])]
    goods = [k for k, w in enumerate(words) if measure_of_word(w) in GOODS_MEASURES]
    if not goods:
        return measure
    near = words[max(0, goods[-1] - CHARGE_REACH):goods[-1]]
    links = [k for k, w in enumerate(near) if w.lower() in _LINKS]
    if links and any(_is_charge(w) for w in near[:links[-1]]):
        return CHARGE
    return measure
