"""The text around a quote: whether quoted words read as a title rather than speech, and the quote's sentence as
shown with it (``quotes.py`` uses both)."""

from __future__ import annotations

_SMALL = frozenset(  # small words a title keeps lower case ("Council of Europe")
    {"of", "and", "the", "for", "in", "on", "a", "an", "to", "de", "+", "&", "plus"})


def title_like(words: list[str]) -> bool:
    """Whether quoted words read as a title or a name ("Cold War", "Silk Road diplomacy"), not as speech."""
    content = [w for w in words if w.lower() not in _SMALL]
    if not content:
        return True
    caps = sum(1 for w in content if not w[0].isalpha() or w[0].isupper())
    if caps == len(content):
        return True
    return len(words) <= 4 and caps * 2 > len(content)  # "new Cold War", "Silk Road diplomacy"


MAX_CONTEXT = 2000  # characters of a quote's sentence shown whole


def quote_context(raw: str, start: int, end: int, q_start: int, q_end: int) -> str:
    """The quote's sentence ``raw[start:end]`` on one line. In a "sentence" longer than MAX_CONTEXT
    characters (no real one is) only the text around the quote, cut ends shown by "…", so that
    thousands of quotes in one run-on block do not each copy all of it."""
    if end - start <= MAX_CONTEXT:
        return " ".join(raw[start:end].split())
    lo, hi = max(start, q_start - MAX_CONTEXT // 4), min(end, q_end + MAX_CONTEXT // 4)
    return ("…" if lo > start else "") + " ".join(raw[lo:hi].split()) + ("…" if hi < end else "")
