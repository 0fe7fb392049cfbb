"""Person groups looked up by spelling for :func:`~briefing_tui.extract.resolve.resolve`, with the
spellings alike kept between runs.

Two spellings of a person (their folded words, a :data:`Spelling`) are *alike* when they are the same,
or when both have a given name and a surname and the given names are close (rapidfuzz ``ratio`` at
least ``GIVEN_CUTOFF``) and the surnames too (``SURNAME_CUTOFF``): exactly the forms ``same_person`` may
accept. Whether two spellings are alike depends on the two alone, never on the corpus, so the relation
found in one run holds in every later one: a run that is handed the last run's relation
(:class:`AlikeRecord`) looks up in the spelling indexes only the spellings that relation does not
know (after one edit among 2,000 articles, the few the edit wrote first), and the rest by a dictionary.

Why the relation a run records is complete: resolution looks up each person spelling once, at its first
occurrence, and adds it right after; a look-up finds every alike spelling added before it. Of two alike
spellings the one looked up later finds the other, so the relation made symmetric holds every alike pair
of the spellings looked up (``ratio`` is symmetric).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing_tui.extract.lexicon import surname_start
from briefing_tui.extract.names import fold
from briefing_tui.extract.spelling_index import SpellingIndex

SURNAME_CUTOFF = 80
"""rapidfuzz ``ratio`` two surnames need for their names to be spellings of one person."""
GIVEN_CUTOFF = 75
"""rapidfuzz ``ratio`` two given names need for their names to be spellings of one person."""

Spelling = tuple[str, ...]
"""A person's name as its folded words ("Ānna  Mori" -> ("anna", "mori"))."""


@dataclass
class AlikeRecord:
    """The alike relation between person spellings, from one run of resolution to the next.

    ``before``: the relation over the spellings an earlier run looked up (each spelling -> every spelling
    of that run alike with it), or None; ``after``: the same over this run's, filled by the run;
    ``looked_up``: how many spellings this run looked up in its spelling indexes (``before`` did not know them).
    """

    before: dict[Spelling, frozenset[Spelling]] | None = None
    after: dict[Spelling, set[Spelling]] = field(default_factory=dict)
    looked_up: int = 0


class _Spellings:
    """Spellings of two words or more, for exact "alike" look-ups: the given names are searched first
    (there are far fewer of them), then the surnames seen with each of those given names."""

    def __init__(self) -> None:
        self.given_names = SpellingIndex(GIVEN_CUTOFF)
        self.surnames: dict[str, SpellingIndex] = {}  # given name -> surnames seen with it

    def add(self, words: Spelling) -> None:
        if len(words) >= 2:
            given = " ".join(words[:-1])
            self.given_names.add(given)
            self.surnames.setdefault(given, SpellingIndex(SURNAME_CUTOFF)).add(words[-1])

    def near(self, words: Spelling) -> set[Spelling]:
        """The added spellings of two words or more alike with ``words`` (the same one included)."""
        if len(words) < 2 or not self.surnames:
            return set()
        return {(*given.split(), surname) for given in self.given_names.near(" ".join(words[:-1]))
                for surname in self.surnames[given].near(words[-1])}


class People:
    """Person groups, looked up by spelling (see ``same_person``) without scanning every group.

    ``record`` (optional) holds the alike relation of an earlier run and receives this run's."""

    def __init__(self, record: AlikeRecord | None = None) -> None:
        self._known = record.before if record is not None and record.before is not None else {}
        self._record = record
        self._all = _Spellings()  # every spelling added
        self._fresh = _Spellings()  # those the earlier relation does not know
        self._alike: dict[Spelling, set[Spelling]] = {}  # this run: each spelling looked up -> alike added ones
        self.by_tokens: dict[Spelling, set[int]] = {}  # folded words of a form -> groups
        self.by_last: dict[str, dict[int, None]] = {}  # last folded word of any form -> groups, in order

    def add_form(self, number: int, form: str) -> None:
        words = tuple(fold(form).split())
        groups = self.by_tokens.get(words)
        if groups is None:
            groups = self.by_tokens[words] = set()
            self._all.add(words)
            if words not in self._known:
                self._fresh.add(words)
        groups.add(number)
        if words:
            for last in dict.fromkeys((" ".join(words[surname_start(words):]), words[-1])):
                self.by_last.setdefault(last, {})[number] = None  # ("von der leyen", "leyen")

    def spelled_alike(self, name: str) -> list[int]:
        """Groups (in creation order) with a form that ``same_person`` might accept for ``name``."""
        words = tuple(fold(name).split())
        present = self.by_tokens
        known = self._known.get(words)
        if known is None:
            if self._record is not None:
                self._record.looked_up += 1
            alike = self._all.near(words)
        else:
            alike = {w for w in known if w in present}
            alike |= self._fresh.near(words)
        if words in present:
            alike.add(words)
        if self._record is not None:
            self._alike.setdefault(words, set()).update(alike)
        numbers: set[int] = set()
        for w in alike:
            numbers |= present[w]
        return sorted(numbers)

    def with_surname(self, word: str) -> list[int]:
        return list(self.by_last.get(word, ()))

    def finish(self) -> None:
        """Hand this run's alike relation (made symmetric, see the module docstring) to the record."""
        if self._record is None:
            return
        relation = {words: set(alike) for words, alike in self._alike.items()}
        for words, alike in self._alike.items():
            for other in alike:
                relation.setdefault(other, set()).add(words)
        self._record.after = relation
