"""Two spellings of one person bridged by a third that holds both.

Outlets shorten a name differently: one writes "William Lai", another "Lai Ching-te", a third the whole
"William Lai Ching-te". The whole name begins with one of the two and ends with the other, and the two
overlap in it (they share its middle word): all three are one person. A name that holds only one other
spelling at its end ("John Paul Jones" beside "Paul Jones") proves nothing and joins nothing.

A name that one more word ends is that longer name when it is the only one so extended: Spanish and Portuguese
write a second surname that other outlets leave out ("Rodrigo Paz" and "Rodrigo Paz Pereira"). Two extensions of
one name ("Ana Ruiz Soto", "Ana Ruiz Vega") keep all three apart, and a generation ("Donald Trump Jr.") is another
person.

A Spanish or Portuguese married name ("Cristina Fernández de Kirchner") is written by other outlets as the given name
and the married name alone ("Cristina Kirchner"): one person, when only one longer name so extends the short one.
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


# Words that end a name as a generation, not a surname: the name without them is another person (the father).
GENERATIONS = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "junior", "senior", "filho", "neto", "hijo"})


def extensions(forms: Iterable[tuple[int, tuple[str, ...]]], group_of: dict[tuple[str, ...], int]) -> list[tuple[int, ...]]:
    """The groups to join as pairs (longer name's group, shorter name's group): every name of ``MIN_PART_WORDS``
    words or more that exactly one group's forms extend by one final word, not a generation (see the module
    docstring). ``forms`` and ``group_of`` as for :func:`bridges`."""
    extended: dict[int, set[int]] = {}
    for number, words in forms:
        if len(words) <= MIN_PART_WORDS or words[-1] in GENERATIONS:
            continue
        head = group_of.get(words[:-1])
        if head is not None and head != number:
            extended.setdefault(head, set()).add(number)
    return [(next(iter(longer)), head) for head, longer in sorted(extended.items()) if len(longer) == 1]


# The particle before a Spanish or Portuguese married name, which outlets also write after the given name alone
# ("Cristina Fernández de Kirchner" and "Cristina Kirchner").
MARRIED_PARTICLES = frozenset({"de"})
MIN_MARRIED_WORDS = 4  # given name, own surname, particle, married name


def married_names(forms: Iterable[tuple[int, tuple[str, ...]]],
                  group_of: dict[tuple[str, ...], int]) -> list[tuple[int, ...]]:
    """The groups to join as pairs (longer name's group, shorter name's group): a name of ``MIN_MARRIED_WORDS``
    words or more whose last word follows a married-name particle ("Ana Ruiz de Soto") and a group's form that is
    its first and last words alone ("Ana Soto"), when exactly one group's forms so extend that short form (two
    women of one married name, "Ana Ruiz de Soto" and "Ana Vega de Soto", keep all three apart). ``forms`` and
    ``group_of`` as for :func:`bridges`."""
    extended: dict[int, set[int]] = {}
    for number, words in forms:
        if len(words) < MIN_MARRIED_WORDS or words[-2] not in MARRIED_PARTICLES:
            continue
        head = group_of.get((words[0], words[-1]))
        if head is not None and head != number:
            extended.setdefault(head, set()).add(number)
    return [(next(iter(longer)), head) for head, longer in sorted(extended.items()) if len(longer) == 1]


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
