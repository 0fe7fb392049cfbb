"""A bare number that counts a group's members: "a family of three", "une famille de cinq", "madre de dos". It counts
those members, so it takes no measure named farther back in its sentence ("deaths linked to the outage, including a
family of three": three is not a count of the outage). The group nouns are the editable table's ``member_groups``
(briefing_tui/data/measure_words.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.language_table import per_language, word_table
from briefing_tui.lazy_pattern import lazy_compile

# A noun and "of" (French, Spanish, Portuguese, Italian "de"/"di"/"da", German "von") ending the text before a bare
# number: "a family of" three.
_NOUN_OF = lazy_compile(r"(?<![\w-])([^\W\d_]+)\s{1,3}(?:of|de|di|da|von)\s{0,3}\Z", re.I)


@lru_cache(maxsize=1)
def _group_nouns() -> frozenset[str]:
    """The table's nouns of a group whose members a bare number counts, lower case, all languages."""
    return frozenset(w for names in per_language(word_table().get("member_groups")) for w in names)


def counts_members(before: str) -> bool:
    """Whether the text before a bare number ends in a group noun and "of" ("including a family of")."""
    match = _NOUN_OF.search(before)
    return bool(match) and match.group(1).lower() in _group_nouns()
