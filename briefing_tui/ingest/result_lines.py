"""A line of election results pasted from a table, with no colon, no verb and no closing stop: "AP (Parti
travailliste) 28,17% (+1,9%) 53 sièges (+5)", "Høyre 14,6 % 24", "Labour | 34.2% | 412 seats". Short and unclosed,
such a line looks like a subheading; it is a statement (its name's share and seats: compare/result_rows.py)."""

from __future__ import annotations

from briefing_tui.lazy_pattern import lazy_compile

# A row's head: its name (one to four words, the first capitalised, none starting with a digit: "AP", "Høyre",
# "Die Linke", "CDU/CSU"), maybe a bracketed gloss ("(travaillistes, PSE)"), maybe a cell bar or tab, right before
# the row's first figure. Bounded: four words of at most 31 characters, a gloss of at most 80.
RESULT_ROW_HEAD = lazy_compile(
    r"\A\s{0,3}(?P<name>[A-ZÀ-ÝØÆÅ][\w/&.’'-]{0,30}(?:[ ][^\W\d][\w/&.’'-]{0,30}){0,3})"  # the name
    r"(?:\s{1,3}\((?P<gloss>[^()\n]{1,80})\))?"  # a gloss in brackets
    r"\s{0,3}(?:[|\t]\s{0,3})?(?=[0-9])")  # a cell bar or tab, then the first figure
# The row's first figure, a share ("28,17%", "14,6 %", "34.2 %"), then anything but a word of a sentence: more figures,
# brackets, bars and words (their count bounded by the caller).
_SHARE = lazy_compile(r"[0-9]{1,3}(?:[.,][0-9]{1,3})?\s?%")
BRACKETED = lazy_compile(r"\([^()\n]{0,80}\)")  # a bracketed gloss or change, bounded
WORD = lazy_compile(r"[^\W\d_]+")  # a word of letters
MAX_ROW_TAIL_WORDS = 2
"""After its share a row holds figures, brackets and at most this many words ("53 sièges", "412 seats")."""


def result_row_line(text: str) -> bool:
    """Whether a line reads as a row of results: a name, a share right after it, then figures, brackets and at most
    ``MAX_ROW_TAIL_WORDS`` words, and a count after the share (a share alone is no row of a table of results)."""
    m = RESULT_ROW_HEAD.match(text)
    if m is None:
        return False
    share = _SHARE.match(text, m.end())
    if share is None:
        return False
    tail = BRACKETED.sub(" ", text[share.end():])
    return len(WORD.findall(tail)) <= MAX_ROW_TAIL_WORDS and any(c.isdigit() for c in tail)
