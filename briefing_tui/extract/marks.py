"""Find the quoted stretches of a paragraph, whatever the quotation marks.

Handles “ ” ‘ ’ " ' « » ‹ › „ 「 」 『 』, nesting (only the outermost span is returned; inner
quotes stay in its text), apostrophes that look like closing marks (Japan’s), and unbalanced marks:
an unclosed mark is dropped, unless the paragraph ends inside it and the next paragraph opens with a
mark, which is how a quotation continues across paragraphs, or the mark opens the paragraph (or
follows its colon or comma): a quote whose closing mark never came runs to the paragraph's end.
Marks pair loosely, as on real pages: "...” and “..." and “...’’ are quotes too. A span never leaves its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing_tui.lazy_pattern import lazy_compile

# Each opening mark and the marks that close it. Real pages pair marks loosely: a straight opening
# mark closed by a curly one ("...”), a curly one closed by a straight one (“..."), German „...“.
_PAIRS = {"“": "”\"", "„": "“”", "«": "»", "‹": "›", "「": "」", "『": "』", "‘": "’", '"': '"”', "'": "'",
          "»": "«", "⁘": "⁘"}  # (⁘: a page's stand-in for both marks when its fonts fail)
OPENERS = frozenset(_PAIRS)
_ANY_MARK = lazy_compile("[" + re.escape("".join(sorted(set(_PAIRS) | set("".join(_PAIRS.values()))))) + "]")
CLOSERS = frozenset("”“»«›」』’'\"⁘")
_SPACE_BEFORE = " \t\n\u00a0([{—–-/:;“‘«「『\"'"


@dataclass(slots=True)
class MarkedSpan:
    """A quoted stretch: offsets of the text inside the marks (relative to the paragraph)."""

    start: int
    end: int
    open_mark: str
    closed: bool = True  # False: runs to the end of the paragraph and continues in the next one


def _can_open(text: str, i: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace() and ch not in "«‹「『":  # French « text » has spaces inside the marks
        return False
    if ch in "'‘":  # an apostrophe inside a word (rock'n'roll, Japan’s) is not a mark
        return not before.isalnum()
    if ch in '"⁘':
        return before in _SPACE_BEFORE or not before.isalnum()
    if ch == "»":  # German style »...«, only at a word start
        return before in _SPACE_BEFORE
    return True


def _can_close(text: str, i: int, opener: str) -> bool:
    ch = text[i]
    if ch == "’" and opener in "“\"" and text[i + 1:i + 2] == "’":
        return True  # “...’’: two apostrophes typed for a closing mark
    if ch not in _PAIRS[opener]:
        return False
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in "’'":  # Japan’s, don’t: a letter right after means an apostrophe
        before = text[i - 1] if i else " "
        return not after.isalpha() and not (before.isspace())
    if ch == '"' and i and text[i - 1].isspace() and not after.isspace() and after not in ".,;:!?)":
        return False  # looks like the start of the next quote
    return True


def _outer_can_close(text: str, i: int, top: str, open_count: dict[str, int]) -> bool:
    """Whether the mark at ``i`` closes some opener on the stack below the ``top`` one."""
    for opener, count in open_count.items():
        if count - (opener == top) > 0 and _can_close(text, i, opener):
            return True
    return False


def quoted_spans(text: str, next_starts_with_mark: bool = False) -> list[MarkedSpan]:
    """Outermost quoted spans of one paragraph (see the module docstring)."""
    spans: list[MarkedSpan] = []
    stack: list[tuple[str, int]] = []
    # How many of each opener are on the stack: "does any outer quote close here?" is then a look at
    # the few opener kinds, not a scan of the stack (a run of 100k opening marks would be quadratic).
    open_count: dict[str, int] = {}

    def pop() -> tuple[str, int]:
        opener, at = stack.pop()
        open_count[opener] -= 1
        return opener, at

    for m in _ANY_MARK.finditer(text):
        i, ch = m.start(), m.group(0)
        if stack and _can_close(text, i, stack[-1][0]):
            opener, at = pop()
            if not stack:
                spans.append(MarkedSpan(at + 1, i, opener))
            continue
        if stack and ch not in "’'" and _outer_can_close(text, i, stack[-1][0], open_count):
            # a closing mark for an outer quote: the inner one was never closed
            while stack and not _can_close(text, i, stack[-1][0]):
                pop()
            opener, at = pop()
            if not stack:
                spans.append(MarkedSpan(at + 1, i, opener))
            continue
        if ch in OPENERS and _can_open(text, i):
            if ch in "'‘" and stack and stack[-1][0] in "'‘":
                continue
            stack.append((ch, i))
            open_count[ch] = open_count.get(ch, 0) + 1
    if stack:
        opener, at = stack[0]
        lead = text[:at].rstrip(" \t\u00a0")
        if (opener not in "'‘" and (next_starts_with_mark or not lead or lead[-1] in ":,")) or (
                opener == "‘" and not lead):  # a British ‘ opening the paragraph
            # continued in the next paragraph, or left open to the end of a paragraph it opens
            # (or that introduces it: 'He added: “...'): a quote whose closing mark never came
            spans.append(MarkedSpan(at + 1, len(text.rstrip()), opener, closed=False))
    spans.sort(key=lambda s: s.start)
    return spans


def starts_with_mark(text: str) -> bool:
    """Whether a paragraph opens with a quotation mark."""
    stripped = text.lstrip()
    return bool(stripped) and stripped[0] in OPENERS and stripped[0] not in "'»"
