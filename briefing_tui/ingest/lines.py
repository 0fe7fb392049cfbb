"""Split decoded text into lines that remember where they are."""

from __future__ import annotations

from dataclasses import dataclass

from briefing_tui.lazy_pattern import lazy_compile

_BREAK = lazy_compile(r"\r\n|\r|\n")


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
    """Lines of ``raw[offset:]``; ``start``/``end`` bound the stripped text, so raw[start:end] == text.

    Consecutive blank lines come back as one blank line: only whether lines are separated matters.
    """
    lines: list[Line] = []
    pos = offset
    for m in _BREAK.finditer(raw, offset):
        _append(lines, raw, pos, m.start())
        pos = m.end()
    if pos < len(raw):
        _append(lines, raw, pos, len(raw))
    return lines


def _append(lines: list[Line], raw: str, start: int, end: int) -> None:
    chunk = raw[start:end]
    stripped = chunk.strip()
    if not stripped:
        if not (lines and lines[-1].text == ""):  # a run of blank lines is one separator
            lines.append(Line(len(lines), end, end, ""))
        return
    lead = len(chunk) - len(chunk.lstrip())
    lines.append(Line(len(lines), start + lead, start + lead + len(stripped), stripped))
