"""People missing and presumed dead: a count of the dead, not of the missing ("Six workers were missing and presumed
dead", "two climbers are missing, believed dead"). Authorities call the dead whose bodies are not found yet so; other
outlets count them as killed ("The tragedy left six construction workers dead")."""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# The missing word, then "and" or a comma, then a presumption of death: "missing and presumed dead", "missing, believed
# dead", "unaccounted for and presumed dead", "missing and now presumed to be dead".
_PRESUMED_DEAD = lazy_compile(
    r"(?:missing|unaccounted(?:\s{1,3}for)?)(?:\s{1,3}and|\s{0,3},)\s{1,3}(?:now\s{1,3})?(?:presumed|believed)"
    r"\s{1,3}(?:to\s{1,3}be\s{1,3})?dead\b", re.I)


def presumed_dead(text: str) -> bool:
    """Whether ``text`` opens on a missing word its clause goes on to presume dead ("missing and presumed dead")."""
    return _PRESUMED_DEAD.match(text) is not None
