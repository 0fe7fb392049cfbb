"""A share said with a word of direction right after it is a movement: "the index traded 2.5% lower", "die Aktie
notierte 3 Prozent tiefer", "l'indice était 2 % plus bas". Such a share names no level (a rate, a result), so it never
takes the measure the corpus's other shares give (compare/measure_inference.py ``inherit_measures``): a stock index's
fall is no tariff. The words are the table's (``directions`` of briefing_tui/data/measure_words.yaml)."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.language_table import per_language, phrase_alternation, word_table

DIRECTION_GAP = 3  # spaces between a share and its word of direction


@lru_cache(maxsize=1)
def _direction() -> re.Pattern[str] | None:
    """A word of direction of the table at the start of the text after a share, as a whole word."""
    words = {" ".join(w.split()) for names in per_language(word_table().get("directions")) for w in names}
    if not words:
        return None
    alternatives = phrase_alternation(words)
    return re.compile(rf"\A\s{{1,{DIRECTION_GAP}}}(?:{alternatives})(?![\w-])", re.I)


def moves_after(after: str) -> bool:
    """Whether the text right after a share opens on a word of direction ("lower", "tiefer", "plus bas")."""
    pattern = _direction()
    return bool(pattern and pattern.match(after))
