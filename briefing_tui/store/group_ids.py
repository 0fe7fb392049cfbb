"""Each resolution group's entity id, and a group moved in the kept record's creation order
(:mod:`~briefing_tui.store.mention_patch`)."""

from __future__ import annotations

from collections.abc import Iterable

from briefing_tui.extract.names import fold
from briefing_tui.extract.resolution_record import SINGLE, KeptResolution


def group_name(forms: dict[str, int]) -> str:
    """A group's name by weight, the earliest spelling on a tie (as resolve's)."""
    order = {form: i for i, form in enumerate(forms)}
    return max(forms.items(), key=lambda kv: (kv[1], -order[kv[0]]))[0]


class GroupIds:
    """Each group's entity id (as resolve makes it: the type and the folded name's slug), worked out when asked
    for (a record holds thousands of groups; a patch asks for a few)."""

    def __init__(self, groups: list) -> None:
        self._groups = groups
        self._ids: dict[int, str] = {}
        self._by_name: dict[tuple[str, str], int] | None = None

    def __getitem__(self, group: int) -> str:
        got = self._ids.get(group)
        if got is None:
            kind, name = self._groups[group]
            got = self._ids[group] = f"{kind}:{slug(name)}"
        return got

    def of(self, kind: str, name: str) -> int | None:
        """The group of this type and name (None when there is none)."""
        if self._by_name is None:
            self._by_name = {(t, n): i for i, (t, n) in enumerate(self._groups)}
        return self._by_name.get((kind, name))


def slug(name: str) -> str:
    """An entity id's name part (as resolve's)."""
    from briefing_tui.store.analysis_patch import _SLUG

    return _SLUG.sub("-", fold(name)).strip("-")


def made_before(numbers: Iterable[int], groups: list | None = None) -> int | None:
    """How many groups resolution's pass over the names had made before a name, given the groups (the record's
    numbers, :data:`~briefing_tui.extract.resolution_record.SINGLE` marking lone surnames) of every name before it:
    groups are numbered as they are made, so with no group joined to another by a bridge the count is one more
    than the highest number among them.

    With the record's ``groups`` (type, name) given, groups joined by a bridge may be in it: a joined group (no
    name) keeps its number in the order groups are made, but its names take the number of the group it joined (a
    lower one), so one made before the name shows in no number. Every group up to the highest number was made
    before the name; the next one was made after it when it has a name (its names would show its number), and
    so was every later one; when it has none the count is not decidable from the record: None."""
    count = max((n for n in numbers if n >= 0), default=-1) + 1
    if groups is not None and count < len(groups) and not groups[count][1]:
        return None
    return count


def move_group(record: KeptResolution, old: int, new: int) -> None:
    """``record`` (in place) as if group ``old`` had been made as group ``new`` (``new <= old``): the groups
    made between take the next number each, and every name's number follows."""
    if new == old:
        return
    record.groups.insert(new, record.groups.pop(old))

    def moved(n: int) -> int:
        return new if n == old else n + 1 if new <= n < old else n

    numbers = record.numbers
    for i, n in enumerate(numbers):
        if n >= new:
            numbers[i] = moved(n)
        elif n <= SINGLE and SINGLE - n >= new:
            numbers[i] = SINGLE - moved(SINGLE - n)
