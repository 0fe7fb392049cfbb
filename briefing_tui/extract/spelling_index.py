"""Find the words spelled alike without a Python-level comparison of every word with every other.

``SpellingIndex(cutoff).near(word)`` returns exactly the indexed words whose rapidfuzz ``ratio`` with
``word`` is at least ``cutoff``. ``ratio`` is 200 * LCS / (len a + len b), so a word of length ``lb``
can only reach ``cutoff`` against one of length ``la`` when the shorter length is at least
``cutoff * (la + lb) / 200``: words are kept in one list per length, only the lists of compatible
lengths are scored, and rapidfuzz scores each list in one call (in C, stopping early at the cutoff).
"""

from __future__ import annotations

from rapidfuzz.fuzz import ratio
from rapidfuzz.process import extract


class SpellingIndex:
    """Words kept by length, for exact ``ratio >= cutoff`` look-ups."""

    def __init__(self, cutoff: int = 80) -> None:
        self.cutoff = cutoff
        self._words: set[str] = set()
        self._by_length: dict[int, list[str]] = {}
        self._lengths: dict[int, range] = {}  # a word's length -> the lengths compatible with it

    def add(self, word: str) -> None:
        """Index ``word`` (adding it twice is harmless)."""
        if word not in self._words:
            self._words.add(word)
            self._by_length.setdefault(len(word), []).append(word)

    def _compatible(self, la: int, lb: int) -> bool:
        return -(-self.cutoff * (la + lb) // 200) <= min(la, lb)

    def _compatible_lengths(self, la: int) -> range:
        """The lengths ``lb`` with ``_compatible(la, lb)``: one run of lengths around ``la`` (the bound
        grows with ``lb`` by cutoff/200 < 1 per step while ``min`` grows by 1 up to ``la``, then stays)."""
        lengths = self._lengths.get(la)
        if lengths is None:
            # Past la * 200 / cutoff no length is compatible: cutoff * (la + lb) / 200 > lb... > la.
            compatible = [lb for lb in range(0, la * 200 // max(self.cutoff, 1) + 2) if self._compatible(la, lb)]
            lengths = self._lengths[la] = range(compatible[0], compatible[-1] + 1) if compatible else range(0)
        return lengths

    def near(self, word: str) -> set[str]:
        """The indexed words (``word`` itself included, if indexed) with ``ratio >= cutoff``."""
        found: set[str] = set()
        by_length = self._by_length
        for lb in self._compatible_lengths(len(word)):
            words = by_length.get(lb)
            if words:
                found.update(w for w, _, _ in extract(word, words, scorer=ratio, score_cutoff=self.cutoff,
                                                        limit=None))
        return found
