"""Which characters of an item's text a query matched, for highlighting."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefing_tui.search.tokens import word_spans


class Highlighter:
    """Finds the matched characters of hits for one query (patterns compiled once per query).

    A query word matches the start of a word (its length in characters) or, through
    ``alternatives`` (typo matches), a whole word. The first run of consecutive words that matches
    the query as a phrase is preferred; otherwise each query word marks its first match.
    Regular expressions over the lower-cased text do the common case; text that needs accent
    folding or CJK splitting goes word by word.
    """

    def __init__(self, tokens: Sequence[str], alternatives: Mapping[str, Sequence[str]] | None = None) -> None:
        self.tokens = list(tokens)
        self.alternatives = alternatives or {}
        parts = []
        for t in self.tokens:
            alts = [re.escape(w) for w in self.alternatives.get(t, ())]
            parts.append(f"({re.escape(t)})" if not alts else f"({re.escape(t)}|(?:{'|'.join(alts)})(?!\\w))")
        self._phrase = re.compile(r"(?<!\w)" + r"\w*\W+".join(parts))
        self._single = [re.compile(r"(?<!\w)" + p) for p in parts]

    def positions(self, text: str) -> tuple[int, ...]:
        """Character indices in ``text`` matched by the query."""
        low = text.lower()
        if len(low) == len(text):
            m = self._phrase.search(low)
            if m is not None:
                return tuple(i for g in range(1, len(self.tokens) + 1) for i in range(*m.span(g)))
            marked: set[int] = set()
            for pattern in self._single:
                m = pattern.search(low)
                if m is None:
                    break
                marked.update(range(*m.span(1)))
            else:
                return tuple(sorted(marked))
        return self._word_by_word(text)

    def _word_by_word(self, text: str) -> tuple[int, ...]:
        spans = list(word_spans(text))
        tokens, alternatives = self.tokens, self.alternatives

        def hit(t: str, k: int) -> range | None:
            start, end, word = spans[k]
            if word.startswith(t):
                return range(start, min(end, start + len(t)))
            if word in alternatives.get(t, ()):
                return range(start, end)
            return None

        n = len(tokens)
        for k in range(len(spans) - n + 1):
            run = [hit(t, k + j) for j, t in enumerate(tokens)]
            if all(r is not None for r in run):
                return tuple(sorted({i for r in run for i in r}))
        marked: set[int] = set()
        for t in tokens:
            for k in range(len(spans)):
                r = hit(t, k)
                if r is not None:
                    marked.update(r)
                    break
        return tuple(sorted(marked))


def matched_positions(text: str, tokens: Sequence[str],
                      alternatives: Mapping[str, Sequence[str]] | None = None) -> tuple[int, ...]:
    """Character indices in ``text`` matched by the query words ``tokens`` (see :class:`Highlighter`)."""
    return Highlighter(tokens, alternatives).positions(text)
