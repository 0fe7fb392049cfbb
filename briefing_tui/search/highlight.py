"""Which characters of an item's text a query matched, for highlighting."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from briefing_tui.search.tokens import word_spans


def matched_positions(text: str, tokens: Sequence[str],
                      alternatives: Mapping[str, Sequence[str]] | None = None) -> tuple[int, ...]:
    """Character indices in ``text`` matched by the query words ``tokens``.

    A query word matches the start of a word (its length in characters) or, through
    ``alternatives`` (typo matches), a whole word. The first run of consecutive words that matches
    the query as a phrase is preferred; otherwise each query word marks its first match.
    """
    alternatives = alternatives or {}
    spans = list(word_spans(text))

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
