"""The one definition of "a space inside a line" used by the extraction regexes.

News text puts no-break spaces (U+00A0) wherever a space may go ("Mr\u00a0Smith"), and pages copied
from the web leave zero-width characters (U+200B-U+200D, U+2060, U+FEFF) after words ("Vickers\u200b
said"): both count as space. Line breaks never join the words of a name or an attribution, so they
are not in it.
"""

from __future__ import annotations

SP_CHARS = " \u00a0\u200b\u200c\u200d\u2060\ufeff"
"""A space, a no-break space or a zero-width character (for ``str.strip`` and membership tests)."""

SP = "[" + SP_CHARS + "]"
"""One of ``SP_CHARS`` (a regex fragment)."""


def trim_span(text: str, a: int, b: int) -> tuple[int, int]:
    """``a:b`` without the spaces around it, nor the punctuation that ends it (",", ";", ":" or a dash)."""
    while a < b and text[a] in " \t\n\u00a0":
        a += 1
    while b > a and text[b - 1] in " \t\n\u00a0,;:—–-":
        b -= 1
    return a, b
