"""Repair mojibake: UTF-8 text that was once decoded as Windows-1252 or Latin-1 ("FranÃ§ois", "â€œ").

Only the encoding is repaired (``ftfy.fix_encoding``): quotes, dashes, spacing and every other
character are left exactly as written, and text without mojibake is returned unchanged. ftfy is
imported only when a cheap pattern finds the signature of mojibake, so clean files never pay for it.
"""

from __future__ import annotations


from briefing_tui.lazy_pattern import lazy_compile

# The signature of UTF-8 read as Windows-1252/Latin-1: a UTF-8 lead byte shown as Â-ô followed by a
# continuation byte shown as a C1 control, a Latin-1 symbol (U+00A0-U+00BF) or one of the
# Windows-1252 punctuation marks that fill 0x80-0x9F ("â€œ" for “, "Ã©" for é, "Ð¿" for п).
_MOJIBAKE_HINT = lazy_compile(
    "[\u00c2-\u00f4]"
    "[\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d"
    "\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]"
)
MIN_HINTS = 2  # one odd pair can be real text ("Â»" in a quote of a quote); mojibake repeats


def repair_mojibake(text: str) -> str:
    """``text`` with mis-decoded UTF-8 repaired; the same string when there is nothing to repair."""
    hints = _MOJIBAKE_HINT.findall(text, 0, 200_000)
    if len(hints) < MIN_HINTS:
        return text
    import ftfy

    return ftfy.fix_encoding(text)
