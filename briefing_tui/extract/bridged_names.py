"""Two spellings of one person bridged by a third that holds both.

Outlets shorten a name differently: one writes "William Lai", another "Lai Ching-te", a third the whole
"William Lai Ching-te". The whole name begins with one of the two and ends with the other, and the two
overlap in it (they share its middle word): all three are one person. A name that holds only one other
spelling ("John Paul Jones" beside "Paul Jones") proves nothing and joins nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

MIN_PART_WORDS = 2
"""Words each of the two shorter spellings needs (a lone surname is linked by the surname rules instead)."""


def bridges(forms: Iterable[tuple[int, tuple[str, ...]]], group_of: dict[tuple[str, ...], int]) -> list[tuple[int, ...]]:
    """The groups to join, as tuples of group numbers: for every form (group number, folded words) of three
    words or more whose opening and closing words (``MIN_PART_WORDS`` or more each, overlapping) are both
    forms of groups (``group_of``: folded words -> group number), that form's group and the two others."""
    out = []
    for number, words in forms:
        if len(words) < 2 * MIN_PART_WORDS - 1:
            continue
        for cut in range(MIN_PART_WORDS, len(words)):
            head = group_of.get(words[:cut])
            if head is None:
                continue
            # the closing part starts inside the opening one: the two share at least one word
            for start in range(1, min(cut, len(words) - MIN_PART_WORDS + 1)):
                tail = group_of.get(words[start:])
                if tail is not None:
                    out.append((number, head, tail))
    return out


def joined(count: int, pairs: Iterable[tuple[int, ...]]) -> list[int]:
    """The root of each of ``count`` groups after joining every tuple in ``pairs`` (the lowest number of a set)."""
    root = list(range(count))

    def find(n: int) -> int:
        while root[n] != n:
            root[n] = root[root[n]]
            n = root[n]
        return n

    for members in pairs:
        low = min(find(n) for n in members)
        for n in members:
            root[find(n)] = low
    return [find(n) for n in range(count)]
