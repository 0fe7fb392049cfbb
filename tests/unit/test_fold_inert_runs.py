"""``fold_inert`` folds text with no character to stand in run by run (the panes and the reader render through it
on every row and paragraph shown): the same display string and offsets as the character-by-character fold
(``_fold_each``, the reference, kept for text holding characters that stand in)."""

from __future__ import annotations

import random

from briefing_tui.source_names import _fold_each, fold_inert, fold_inert_text

ALPHABET = [*"ab c\t\n\r\x0b\x0c\x1c\x1d\x1f\x85\u00a0\u2028\u2029\u3000\u00ad\u200c\u200b\x1b[\x07é中", "  "]
"""Letters, every kind of white space (those folded and the separators shown by a stand-in), dropped and
stand-in characters."""
SAMPLES = 20_000  # random strings compared
SEED = 15


def test_folding_run_by_run_gives_what_folding_each_character_gives():
    rnd = random.Random(SEED)
    cases = ["", " ", "  a  ", "a\r\nb", "\u00ad a", "a \u00ad b", "x\x1cy", "tab\tand\nnew  line ", "\x1b[31mred"]
    cases += ["".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 14))) for _ in range(SAMPLES)]
    for raw in cases:
        base = len(raw) % 4
        assert fold_inert(raw, base) == _fold_each(raw, base), repr(raw)
        assert fold_inert_text(raw) == _fold_each(raw, 0)[0], repr(raw)
