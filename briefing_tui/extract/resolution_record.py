"""The last resolution's grouping kept between runs, so that an edit that changes nothing resolution reads of
any name (the common typo fix) does not group the corpus's names again.

:func:`~briefing_tui.extract.resolve.resolve` walks the sources in order and puts each name into a group. Which
group depends only on what it reads of the names, in order: a place's or organisation's type and key; whether
a person is confirmed, their key, whether named in full or by a lone word, and their context (role words, the
organisations named in their sentence) — never offsets, mention texts or roles as written. A source's
*signature* (:func:`~briefing_tui.extract.resolve.signature`) is a digest of exactly that. Two runs whose
sources come in the same order with the same signatures group every name alike (user aliases aside: with
them nothing is kept), so the kept grouping — each name's group by its position in its source, each group's
type and name in creation order — is used as it is, and only the entities are built again from this run's
names (mentions, roles and aliases come from them). Any record is exact for any corpus: it is used only when
every signature matches, and the signatures are of this run's names.

A source whose names come from the same view (its content key and spreading's view digest, the piece key of
:mod:`briefing_tui.store.mention_pieces`) has the same names, so its signature is taken from the record.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field

SINGLE = -2
"""A name grouped as a lone surname (after every other name, as resolution does) is kept as
``SINGLE - group``; a name in no group as -1; any other as its group's number."""


@dataclass
class KeptResolution:
    """One resolution's grouping (see the module docstring), aligned with ``order``.

    ``views``: each source's piece key ("" when it had none); ``signatures``: each source's signature;
    ``groups``: (type, name) of every group in creation order; ``counts``: how many names each source has;
    ``numbers``: each name's group, source after source (see SINGLE)."""

    order: list[str]
    views: list[str]
    signatures: list[str]
    groups: list[tuple[str, str]]
    counts: list[int]
    numbers: array = field(default_factory=lambda: array("i"))

    def valid(self) -> bool:
        """Whether the parts agree with each other (a record read back is checked before use)."""
        n = len(self.order)
        groups, numbers = len(self.groups), self.numbers
        return (len(self.views) == n and len(self.signatures) == n and len(self.counts) == n
                and sum(self.counts) == len(numbers) and min(self.counts, default=0) >= 0
                and (not numbers or (SINGLE - groups < min(numbers) and max(numbers) < groups)))


@dataclass
class ResolutionRecord:
    """The grouping between one run of resolution and the next.

    ``before``: the kept grouping, or None; ``views``: this run's piece key of each source id (those known);
    ``after``: this run's grouping, set when it grouped the names afresh (to be kept); ``replayed``: whether
    it used ``before`` instead; ``signed``: how many sources' signatures it worked out (the others' views
    were the kept ones)."""

    before: KeptResolution | None = None
    views: dict[str, str] = field(default_factory=dict)
    after: KeptResolution | None = None
    replayed: bool = False
    signed: int = 0
