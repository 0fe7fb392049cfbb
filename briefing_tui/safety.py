"""Make untrusted text inert before it reaches a terminal, Rich or JSON.

Article text comes from anywhere on the web. Control characters (ANSI CSI/OSC escapes,
C1 controls), bidi overrides and invisible characters are replaced by visible stand-ins;
ordinary Unicode (CJK, accents, curly quotes, dashes) passes unchanged. Rich markup is
never interpreted because callers build ``rich.text.Text`` objects, not markup strings.
"""

from __future__ import annotations

import json
import re

# C0 controls except tab/newline, DEL, C1 controls, bidi embeddings/overrides/isolates and marks,
# and invisible characters that can hide or reorder text.
# Also line/paragraph separators (U+2028/9, which some renderers treat as line breaks) and the
# invisible "tag" characters (U+E0000-E007F) used to smuggle hidden text.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u180e\u200b\u200e\u200f\u2028\u2029\u202a-\u202e"
                     "\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]")


def _stand_in(m: re.Match[str]) -> str:
    ch = m.group(0)
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control pictures": ␛ for ESC
    if code == 0x7F:
        return "␡"
    return f"<U+{code:04X}>"


def inert(text: str | None, keep_newlines: bool = True) -> str:
    """``text`` with every control, bidi and invisible character shown as a visible stand-in."""
    if not text:
        return text or ""
    if not keep_newlines:
        text = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    return _UNSAFE.sub(_stand_in, text)


def one_line(text: str | None) -> str:
    """Inert text folded onto one line (white space runs become one space)."""
    return " ".join(inert(text).split())


def safe_json(data: object, indent: int | None = 2) -> str:
    """JSON whose strings carry no raw control, bidi or invisible characters (all ``\\uXXXX`` escaped).

    With ``indent=None`` the JSON is compact (no spaces after separators)."""
    separators = (",", ":") if indent is None else None
    text = json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)
    return _UNSAFE.sub(_json_escape, text)


def _json_escape(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    if code > 0xFFFF:  # JSON spells characters beyond the BMP as a UTF-16 surrogate pair
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"
