"""A share that is the size of a change said with "by" after a verb of change further back in its clause: "Japan
will increase imports of U.S. rice by 75%", "the board raised the fees paid by members by 10%". The noun between
the verb and the share is what changed; the share is how much it changed, never that noun's level (no measure: a
change of rice imports weighed against a fall of shipments would be a false conflict)."""

from __future__ import annotations

from briefing_tui.compare.measures import CHANGE_WORDS, CLAUSE_SPLIT, words_in
from briefing_tui.lazy_pattern import lazy_compile

# "by" right before the share (the share is how much something changed).
_BY_BEFORE = lazy_compile(r"\bby\s{1,3}$")
# Verbs of changing something by an amount, beyond the verbs of change before a share (``CHANGE_WORDS``).
_CHANGING = frozenset("""increase increases raise raises raised raising boost boosts boosted boosting expand expands
    expanded expanding cut cuts cutting reduce reduces reduced reducing lower lowers lowered lowering""".split())
CHANGE_VERB_REACH = 8  # words of the clause before "by" searched for the verb of change


def changed_by(before: str) -> bool:
    """Whether the share after ``before`` is the size of a change ("increase imports of U.S. rice by 75%")."""
    if not _BY_BEFORE.search(before):
        return False
    words = [w.group(0).lower() for w in words_in(CLAUSE_SPLIT.split(before)[-1])][-CHANGE_VERB_REACH - 1:-1]
    return any(w in CHANGE_WORDS or w in _CHANGING for w in words)
