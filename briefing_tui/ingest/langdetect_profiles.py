"""langdetect's language profiles, with its n-gram table built word by word as detection asks for it.

``DetectorFactory.load_profile`` builds a table of every n-gram of its 55 profiles (87,598 words,
each with one probability per language) before the first detection: most of the half second langdetect
costs on first use, paid by every run that parses even one article. A :class:`LazyProbabilities`
holds the profiles as read and builds a word's row the first time a detector looks it up, with the
same arithmetic in the same language order, so detection gives exactly the answers it gives with the
eager table (tests/unit/test_langdetect_profiles.py compares the two).
"""

from __future__ import annotations

import json
import os
from typing import Any

N_GRAM = 3
"""langdetect keeps probabilities for n-grams of 1 to this many characters (``NGram.N_GRAM``)."""


class LazyProbabilities:
    """``word -> [probability in each language]`` as langdetect's ``word_lang_prob_map``, rows built on demand.

    A detector only asks whether a word is in the table and reads its row (``in`` and ``[]``)."""

    def __init__(self, profiles: list[tuple[dict[str, int], list[int]]]) -> None:
        self._profiles = profiles
        self._rows: dict[str, list[float] | None] = {}

    def _row(self, word: str) -> list[float] | None:
        if word in self._rows:
            return self._rows[word]
        if not any(word in freq for freq, _ in self._profiles):
            self._rows[word] = None
            return None
        row = [0.0] * len(self._profiles)
        length = len(word)
        if 1 <= length <= N_GRAM:
            for index, (freq, n_words) in enumerate(self._profiles):
                count = freq.get(word)
                if count is not None:
                    row[index] = 1.0 * count / n_words[length - 1]  # as DetectorFactory.add_profile
        self._rows[word] = row
        return row

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._row(word) is not None

    def __getitem__(self, word: str) -> list[float]:
        row = self._row(word)
        if row is None:
            raise KeyError(word)
        return row


def lazy_factory(profile_directory: str) -> Any:
    """A langdetect ``DetectorFactory`` with the profiles of ``profile_directory`` read as ``load_profile``
    reads them (same files, same order), its n-gram table a :class:`LazyProbabilities`."""
    from langdetect.detector_factory import DetectorFactory
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException

    factory = DetectorFactory()
    profiles: list[tuple[dict[str, int], list[int]]] = []
    for filename in os.listdir(profile_directory):
        if filename.startswith("."):
            continue
        path = os.path.join(profile_directory, filename)
        if not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        name = data.get("name")
        if name in factory.langlist:
            raise LangDetectException(ErrorCode.DuplicateLangError, "Duplicate the same language profile.")
        factory.langlist.append(name)
        profiles.append((data.get("freq") or {}, data.get("n_words") or [0] * N_GRAM))
    if not profiles:
        raise LangDetectException(ErrorCode.NeedLoadProfileError, "Not found profile: " + profile_directory)
    factory.word_lang_prob_map = LazyProbabilities(profiles)
    return factory
