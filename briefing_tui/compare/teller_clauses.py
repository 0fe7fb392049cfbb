"""Two tellers of one measure in one sentence, each in a clause of its own verb of saying: "Officials said 30
people died, while local media said the toll was over 50", "as autoridades disseram que 30 pessoas morreram, as
fontes disseram que o número de mortos era superior a 50". The tellers' values are weighed against each other:
a page that sets two counts side by side reports a conflict, whichever it leads with.
"""

from __future__ import annotations

import re
from collections import defaultdict

from briefing_tui.compare.measured_types import MeasuredStatement
from briefing_tui.lazy_pattern import lazy_compile

# A verb of saying or counting in the past or present, with the word of a clause after it when the language needs
# one; one language per line.
_SAYING = lazy_compile(
    r"\b(?:said|say|says|told|reported|report|reports|estimated|counted|put\s{1,3}the\s{1,3}toll\s{1,3}at)"
    r"(?:\s{1,3}that)?"  # English
    r"|\b(?:disseram|disse|dizem|diz|afirmaram|afirmou|informaram|informou|contaram|contou)(?:\s{1,3}que)?"  # Portuguese
    r"|\b(?:dijeron|dijo|dicen|afirmaron|afirmó|informaron|informó|contaron|contó)(?:\s{1,3}que)?"  # Spanish
    r"|\b(?:ont\s{1,3}dit|a\s{1,3}dit|disent|affirment|ont\s{1,3}affirmé|a\s{1,3}affirmé)(?:\s{1,3}qu(?:e|['’]))?"  # French
    r"|\b(?:sagten|sagte|sagen|berichteten|berichtete)(?:,?\s{1,3}dass)?"  # German
    r"|\b(?:hanno\s{1,3}detto|ha\s{1,3}detto|dicono|affermano)(?:\s{1,3}che)?",  # Italian
    re.IGNORECASE)
TELLER_REACH = 60  # characters between a verb of saying and the figure its clause gives
# Between the verb and its figure: no clause break, so the figure is in the verb's clause.
_CLAUSE_BREAK = lazy_compile(r"[,;:()\[\]—–]")


def _teller_at(m: MeasuredStatement) -> int | None:
    """Where the verb of saying that governs the figure ends in its sentence (the last one before the figure,
    within ``TELLER_REACH`` and in its clause), None when there is none."""
    text, at = m.unit.text, m.figure.start - m.unit.start
    window_start = max(0, at - TELLER_REACH)
    last = None
    for verb in _SAYING.finditer(text, window_start, at):
        last = verb
    if last is None or _CLAUSE_BREAK.search(text, last.end(), at):
        return None
    return last.start()


def told_pairs(members: list[MeasuredStatement]) -> list[tuple[MeasuredStatement, MeasuredStatement]]:
    """Pairs of current values one sentence gives for the measure, each told by its own verb of saying, with a
    clause break between the two (a comma, "while", "but"): two tellers whose values the verdict weighs."""
    by_unit: dict[int, list[tuple[int, MeasuredStatement]]] = defaultdict(list)
    for m in members:
        if m.figure.role != "current":
            continue
        verb = _teller_at(m)
        if verb is not None:
            by_unit[m.unit.key].append((verb, m))
    pairs = []
    for told in by_unit.values():
        for i, (va, a) in enumerate(told):
            for vb, b in told[i + 1:]:
                first, second = (a, b) if a.figure.start < b.figure.start else (b, a)
                later_verb = max(va, vb)
                if va != vb and _CLAUSE_BREAK.search(first.unit.text, first.figure.end - first.unit.start, later_verb):
                    pairs.append((a, b))
    return pairs
