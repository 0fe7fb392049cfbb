"""Capitalised sequences: the raw material of names, with offsets into the paragraph.

``name_runs(text)`` yields runs of capitalised words such as "Japanese Prime Minister Sanae Takaichi",
"University of Tsukuba" or "U.S.", joined across connectors ("of", "and", "bin") and cut at possessives,
punctuation and line breaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing_tui.extract.lexicon import ABBREVIATED_TITLES, NAME_CONNECTORS

# Words: initialisms (U.S., E.U.), words with inner hyphens/apostrophes (Kassym-Jomart, O'Brien, al-Assad).
WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w]*(?:[-'’][^\W_][\w]*)*|\d[\w+]*(?:[.,]\d+)*")
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(slots=True)
class Token:
    """One word of a paragraph with its offsets (relative to the paragraph)."""

    start: int
    end: int
    text: str

    @property
    def capitalised(self) -> bool:
        t = self.text
        if t[0].isupper():
            return True
        # al-Assad, bin-Salman, d'Alema: a lowercase particle glued to a capitalised name
        head, sep, tail = t.partition("-")
        return bool(sep and tail[:1].isupper() and head in {"al", "el", "bin", "ibn", "abu"})


def tokens(text: str) -> list[Token]:
    """Every word of ``text`` with its offsets."""
    return [Token(m.start(), m.end(), m.group(0)) for m in WORD.finditer(text)]


def _joined(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end:right.start]
    if gap[:1] == "." and left.text.lower() in ABBREVIATED_TITLES:  # "Dr. Smith", "Gen. Votel"
        gap = gap[1:]
    return 0 < len(gap) <= 2 and gap.strip(" \u00a0") == ""


def _possessive_cut(tok: Token) -> Token | None:
    """The token without a trailing possessive ("Japan’s" -> "Japan"), or None if it has none."""
    m = _POSSESSIVE.search(tok.text)
    if m and len(tok.text) > 2 and tok.text[m.start() - 1:m.start()].isalpha():
        return Token(tok.start, tok.start + m.start(), tok.text[:m.start()])
    return None


def name_runs(text: str, toks: list[Token] | None = None) -> list[list[Token]]:
    """Runs of capitalised tokens (with inner connectors) in ``text``."""
    toks = tokens(text) if toks is None else toks
    runs: list[list[Token]] = []
    current: list[Token] = []
    pending: list[Token] = []  # connectors waiting for a capitalised word to their right

    def close() -> None:
        nonlocal current, pending
        if current:
            runs.append(current)
        current, pending = [], []

    prev: Token | None = None
    for tok in toks:
        if prev is not None and not _joined(text, prev, tok):
            close()
        if tok.capitalised:
            if current and pending:
                current.extend(pending)
            pending = []
            cut = _possessive_cut(tok)
            if cut is not None:
                current.append(cut)
                close()
                prev = None
                continue
            current.append(tok)
        elif current and tok.text in NAME_CONNECTORS and len(pending) < 2:
            pending.append(tok)
        else:
            close()
        prev = tok
    close()
    return runs
