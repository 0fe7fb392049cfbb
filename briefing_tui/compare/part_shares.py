"""A share said of a part: "Cheese accounted for almost half of the exports", "Le fromage représente 30 % des
exportations". The sentence's subject is the part the share is of. The reader keeps a capitalised subject only when
it is a name (a capital at a sentence's start is no name: "Powerful"), so such a part would be read as no subject,
and the part's share would meet the whole's other shares as one figure ("18% of the exports went abroad"): two
shares of one whole, of two parts. The part is kept in lower case, as a scope the text gives.
The verbs are the table's (``part_verbs`` of briefing_tui/data/measure_words.yaml)."""

from __future__ import annotations

import re
from functools import lru_cache

from typing import TYPE_CHECKING

from briefing_tui.language_table import per_language, phrase_alternation, word_table
from briefing_tui.model import Figure

if TYPE_CHECKING:
    from briefing_tui.compare.units import Unit

PART_REACH = 3  # words between the part's verb and its share ("accounted for almost half", "represent about 30%")
SUBJECT_WORDS = 3  # words of the part before its verb ("Swiss pharmaceutical products")


@lru_cache(maxsize=1)
def _part_verb() -> re.Pattern[str] | None:
    """The subject, a part's verb and up to ``PART_REACH`` words, right before a share at a sentence's start."""
    verbs = {" ".join(w.split()) for names in per_language(word_table().get("part_verbs")) for w in names}
    if not verbs:
        return None
    alternatives = phrase_alternation(verbs)
    return re.compile(rf"^\s*(?P<part>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){{0,{SUBJECT_WORDS - 1}}})\s+"
                      rf"(?:{alternatives})(?:\s+[^\W\d_][\w'’-]*){{0,{PART_REACH}}}\s*$", re.I)


def part_subject(figure: Figure, unit: Unit) -> str | None:
    """The part a share is of, in lower case, when its sentence opens on the figure's subject and a part's verb
    right before the share ("Cheese accounted for almost half of ..."); None otherwise."""
    pattern = _part_verb()
    if pattern is None or figure.kind != "percent" or not figure.subject:
        return None
    match = pattern.match(unit.text[:max(0, figure.start - unit.start)])
    if not match or match.group("part").split()[0].lower() != figure.subject.split()[0].lower():
        return None
    return figure.subject.lower()
