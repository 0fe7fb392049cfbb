"""An amount a verb of losing takes is the damage, as English "losses" and "a loss of" already name it.

"The airline lost $500 million", "ha perso fino a 500 milioni di dollari", "perdió 500 millones de dólares", "a perdu
500 millions de dollars", "perdeu 500 milhões de dólares", "verlor 500 Millionen Dollar", "hat 500 Millionen Dollar
verloren": the verb right before the amount (its qualifier, "fino a", "more than", is part of the figure's span), or a
German or Dutch participle right after it, says what the amount is (:func:`loss_amounts`). Only an amount with no
measure is read so, and only where the verb takes the amount itself: "Families who lost their homes will receive
$2,000" (the verb's object is the homes) and "perdieron la vida" (a count) are no damage.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile

LOSS_MEASURE = "damage"  # the measure English "losses" and "a loss of" name (compare/measure_names.py)

# The verbs of losing, one language a line: past, present, infinitive and participle forms.
LOSS_VERBS = frozenset(
    "lost lose loses losing".split()  # English
    + "perdu perdre perd perdent perdait perdrait".split()  # French
    + "perdió perdieron perder perdido pierde pierden perdería".split()  # Spanish
    + "perso persi perdere perde perdono perderebbe".split()  # Italian
    + "perdeu perderam perder perdido perde perdem".split()  # Portuguese
    + "verlor verloren verliert verlieren".split()  # German
    + "verloor verloren verliest".split()  # Dutch
)
# Participles that close a German or Dutch clause after its amount ("hat 500 Millionen Dollar verloren").
LOSS_AFTER = frozenset("verloren".split())

# The last word before an amount (after any spaces), and the first word after it. The word is bounded and starts
# where a word starts, so a search over a long run of letters stays linear (tests/unit/test_robust_pipeline.py).
_LAST_WORD = lazy_compile(r"(?<![^\W\d_])([^\W\d_]{1,40})\s{1,3}$")
_FIRST_WORD = lazy_compile(r"\s{1,3}([^\W\d_]+)")
WORD_REACH = 40  # characters around an amount searched for the verb's word


def loss_amounts(units: Sequence[Unit]) -> None:
    """Give each current amount with no measure that a verb of losing takes (see the module's doc) the damage; the
    figure is replaced in its unit."""
    for u in units:
        for k, f in enumerate(u.figures):
            if f.kind != "money" or f.measure or f.role != "current":
                continue
            start, end = f.start - u.start, f.end - u.start
            before = _LAST_WORD.search(u.text[max(0, start - WORD_REACH):start])
            after = _FIRST_WORD.match(u.text, end, min(len(u.text), end + WORD_REACH))
            if (before and before.group(1).lower() in LOSS_VERBS) or (after and after.group(1).lower() in LOSS_AFTER):
                u.figures[k] = replace(f, measure=LOSS_MEASURE)
