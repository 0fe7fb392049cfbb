"""An infobox flattened into lines: a box of labelled figures ("Inscrits 10 848 816", "Voix 2 008 488", "33,15 %",
"Sièges obtenus 91 en augmentation 11") grouped under row names ("PSD/CDS – Luís Montenegro"), as an encyclopaedia
page prints it between its lead and its first section. Each line is short, so the box cut the best stretch of prose
in two and its figures were dropped with the page's header; they are the article's data, kept as its text."""

from __future__ import annotations

from briefing_tui.ingest.clean_patterns import URL_ANY
from briefing_tui.ingest.dates import find_date
from briefing_tui.ingest.line_class import LineClass
from briefing_tui.ingest.lines import Line
from briefing_tui.ingest.list_items import PHONE_NUMBER, TABLE_GAP, TABLE_ROW_CLASS
from briefing_tui.ingest.textstats import ends_sentence, words
from briefing_tui.lazy_pattern import lazy_compile

# A number standing apart: a digit with no letter glued before it ("10 848 816", "(116", "33,15 %"; "COP29" and "G20"
# are names, no figures).
_STANDING_NUMBER = lazy_compile(r"(?<![^\W\d_])\d")
# Any digit.
_DIGIT = lazy_compile(r"\d")

MAX_ROW_WORDS = 8
"""A row of an infobox is a label and its figure, with at most a short note ("Sièges obtenus 91 en augmentation 11");
a longer line with a figure is a sentence or a headline."""
MAX_LABEL_WORDS = 6
"""A label inside the box (a row name "PSD/CDS – Luís Montenegro", a caption "Carte des résultats") is this
short."""
MIN_ROWS = 6
"""Rows with a figure that make a box of data: a share bar or a menu with a number in it has one or two."""
MIN_ROW_SHARE = 0.5
"""Share of the box's lines that carry a figure: a menu or a list of sections has labels and hardly any figure."""
TEMPLATE_REASON = "repeated template line"
"""A short name the box prints twice ("Luís Montenegro" as outgoing and elected): inside the box, one of its labels."""
INFOBOX_LABEL = "infobox label"
"""The reason a box's label that names no row (a caption, a column head) is dropped; cheap for the body search."""
_LABEL_CLASS = LineClass("bad", INFOBOX_LABEL)


def is_infobox_row(text: str) -> bool:
    """Is a line a row of figures of a box: short, a number standing apart, not a sentence, a date, a link or a
    telephone number ("Votants 6 319 969", "23,81 %", "(Majorité absolue : 116 députés)")?"""
    return len(words(text)) <= MAX_ROW_WORDS and _STANDING_NUMBER.search(text) is not None and not ends_sentence(text) \
        and URL_ANY.search(text) is None and PHONE_NUMBER.search(text) is None and find_date(text) is None


def _is_label(text: str, cls: LineClass) -> bool:
    """Is a line a label of a box (short, no digit, no sentence), as cleaning left it or as a repeated name?"""
    return (cls.kind == "short" or cls.kind == "bad" and cls.reason == TEMPLATE_REASON) \
        and len(words(text)) <= MAX_LABEL_WORDS and not ends_sentence(text) and _DIGIT.search(text) is None


def mark_infobox_rows(lines: list[Line], nonblank: list[int], out: list[LineClass]) -> None:
    """A run of short lines, at least ``MIN_ROWS`` of them (and ``MIN_ROW_SHARE`` of all) rows of figures, the rest
    labels, with the article's prose above it and again within ``TABLE_GAP`` lines below, is an infobox: its rows
    are text (table rows), a label right above a row stays a short line (the row's name, read as the heading of
    its rows), any other label is dropped as the box's caption."""
    run: list[int] = []
    rows = 0
    for pos, j in enumerate([*nonblank, None]):
        row = j is not None and out[j].kind == "short" and is_infobox_row(lines[j].text)
        if row or j is not None and _is_label(lines[j].text, out[j]):
            run.append(j)
            rows += row
            continue
        if rows >= MIN_ROWS and rows >= MIN_ROW_SHARE * len(run) \
                and any(out[k].kind == "good" for k in nonblank[:pos - len(run)]) \
                and any(out[k].kind == "good" for k in nonblank[pos:pos + TABLE_GAP + 1]):
            _mark_run(lines, run, out)
        run, rows = [], 0


def _mark_run(lines: list[Line], run: list[int], out: list[LineClass]) -> None:
    """Rows become table rows; a short label followed by a row stays; other labels are the box's captions."""
    for k, j in enumerate(run):
        if out[j].kind == "short" and is_infobox_row(lines[j].text):
            out[j] = TABLE_ROW_CLASS
        elif not (out[j].kind == "short" and k + 1 < len(run) and is_infobox_row(lines[run[k + 1]].text)):
            out[j] = _LABEL_CLASS
