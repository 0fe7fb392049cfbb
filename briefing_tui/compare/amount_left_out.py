"""Words after an amount that end the phrase naming what it prices.

What follows them names what the amount leaves out or adds ("valued at $28.58 billion excluding debt"), or the base
it is weighed against ("a fall of $7.30 compared with the previous closing price", "una diminuzione di 7,30 dollari
rispetto al prezzo di chiusura", "par rapport au cours", "gegenüber dem Vortag"): never what the amount itself prices
(:func:`briefing_tui.compare.amount_measures.money_measure` stops reading there, and
:func:`briefing_tui.compare.sentence_measures.sentence_money` ends the amount's clause there).
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# Words that open the base an amount is weighed against.
COMPARISON_WORDS = frozenset("compared versus than rispetto rapport comparación gegenüber verglichen comparação".split())
LEFT_OUT_AFTER = frozenset("excluding including plus minus without".split()) | COMPARISON_WORDS
# One of them as a word in running text (the clause after it is the base's).
COMPARISON = lazy_compile(r"(?<!\w)(?:" + "|".join(sorted(COMPARISON_WORDS)) + r")(?!\w)", re.I)
