"""Make untrusted text inert before it reaches a terminal, Rich or JSON.

Article text comes from anywhere on the web. Control characters (ANSI CSI/OSC escapes,
C1 controls), bidi overrides and invisible characters are replaced by visible stand-ins;
ordinary Unicode (CJK, accents, curly quotes, dashes) passes unchanged. Rich markup is
never interpreted because callers build ``rich.text.Text`` objects, not markup strings.
"""

from __future__ import annotations

import json
import re

from briefing_tui.lazy_pattern import lazy_compile

# C0 controls except tab/newline, DEL, C1 controls, bidi embeddings/overrides/isolates and marks,
# and invisible characters that can hide or reorder text.
# Also line/paragraph separators (U+2028/9, which some renderers treat as line breaks) and the
# invisible "tag" characters (U+E0000-E007F) used to smuggle hidden text.
# Also the blank "filler" letters that look like nothing (or like a wide space, shifting a row of a
# table by two cells in terminals that draw them): Hangul fillers U+115F, U+1160, U+3164, U+FFA0,
# and the Khmer inherent vowels U+17B4, U+17B5.
_UNSAFE = lazy_compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200e\u200f"
                     "\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0\ufff9-\ufffb"
                     "\U000e0000-\U000e007f]")

# Invisible characters that only join, split or hyphenate the letters around them: soft hyphen U+00AD,
# combining grapheme joiner U+034F, zero width non-joiner and joiner U+200C, U+200D. Persian, Hindi and
# emoji sequences use them, so they are dropped from what is shown (not replaced by a stand-in that
# would break every such word); JSON keeps them, escaped.
SILENT_CHARACTERS = "\u00ad\u034f\u200c\u200d"
_SILENT = lazy_compile(f"[{SILENT_CHARACTERS}]")

# A terminal escape sequence with its payload: CSI (ESC [ or C1 CSI) with parameters, OSC, DCS,
# SOS, PM and APC strings (ESC ] P X ^ _ or their C1 forms) up to their terminator (BEL, ST) or the
# end of the line, and two-character ESC sequences.
_ESCAPE_SEQUENCE = lazy_compile(
    "(?:\x1b\\[|\x9b)[0-?]*[ -/]*[@-~]?"
    "|(?:\x1b[\\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\\\|\x9c)?"
    "|\x1b[ -/]*[0-~]?"
)


def _stand_in(m: re.Match[str]) -> str:
    ch = m.group(0)
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control pictures": ␛ for ESC
    if code == 0x7F:
        return "␡"
    return f"<U+{code:04X}>"


def inert(text: str | None, keep_newlines: bool = True) -> str:
    """``text`` with every control, bidi and invisible character shown as a visible stand-in
    (joiners and soft hyphens, which show nothing, are dropped)."""
    if not text:
        return text or ""
    if not keep_newlines:
        text = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    return _UNSAFE.sub(_stand_in, _SILENT.sub("", text))


def is_inert(text: str) -> bool:
    """Whether ``text`` shows as it is: no character :func:`inert` would replace or drop."""
    return _UNSAFE.search(text) is None and _SILENT.search(text) is None


def blank_escapes(text: str) -> str:
    """``text`` with each terminal escape sequence, payload included, replaced by as many spaces.

    For reading the words of a text whose offsets must hold: the base64 of an OSC 52 clipboard
    write or the colour numbers of a CSI are not words of the article.
    """
    return _ESCAPE_SEQUENCE.sub(lambda m: " " * len(m.group(0)), text)


def one_line(text: str | None) -> str:
    """Inert text folded onto one line (white space runs become one space)."""
    return " ".join(inert(text).split())


def safe_json(data: object, indent: int | None = 2) -> str:
    """JSON whose strings carry no raw control, bidi or invisible characters (all ``\\uXXXX`` escaped).

    With ``indent=None`` the JSON is compact (no spaces after separators)."""
    separators = (",", ":") if indent is None else None
    text = json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)
    text = _UNSAFE.sub(_json_escape, text)
    if any(ch in text for ch in SILENT_CHARACTERS):  # four plain searches: cheaper than a regex pass over it all
        text = _SILENT.sub(_json_escape, text)
    return text


def _json_escape(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    if code > 0xFFFF:  # JSON spells characters beyond the BMP as a UTF-16 surrogate pair
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"
