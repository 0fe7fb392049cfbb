"""Words after an amount that end the phrase naming what it prices.

What follows them names what the amount leaves out or adds ("valued at $28.58 billion excluding debt"), or the base
it is weighed against ("a fall of $7.30 compared with the previous closing price", "una diminuzione di 7,30 dollari
rispetto al prezzo di chiusura", "par rapport au cours", "gegenüber dem Vortag"): never what the amount itself prices
(:func:`briefing_tui.compare.amount_measures.money_measure` stops reading there).
"""

from __future__ import annotations

LEFT_OUT_AFTER = frozenset("""excluding including plus minus without
    compared versus than rispetto rapport comparación gegenüber verglichen comparação""".split())
