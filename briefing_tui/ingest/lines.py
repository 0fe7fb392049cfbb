"""Split decoded text into lines that remember where they are."""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


@dataclass(slots=True)
class Line:
    """One line of the raw text, trimmed of surrounding white space, with offsets."""

    index: int
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(raw: str, offset: int = 0) -> list[Line]:
    """Lines of ``raw[offset:]``; ``start``/``end`` bound the stripped text, so raw[start:end] == text."""
    lines: list[Line] = []
    pos = offset
    n = len(raw)
    while pos < n:
        m = _LINE.match(raw, pos)
        chunk_end = m.end()
        content = m.group(0).rstrip("\r\n")
        lead = len(content) - len(content.lstrip())
        stripped = content.strip()
        start = pos + lead
        lines.append(Line(len(lines), start, start + len(stripped), stripped))
        if chunk_end == pos:  # pragma: no cover - defensive: regex always advances before EOF
            break
        pos = chunk_end
    return lines
