"""Rows of a table written with bars ("| Mauro Cid | Ex-ajudante de ordens, delator | 20 anos |"): each row is a
statement whose subject is its first cell (the row's name), its figures measuring what their column's header
says ("| Nome | Cargo/Perfil | Pena (anos, meses) |": a prison sentence)."""

from __future__ import annotations

import dataclasses

from briefing_tui.compare.measures import measure_of_word
from briefing_tui.compare.prison_terms import PRISON_MEASURE
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

# A row of cells between bars (three or more cells).
_ROW = lazy_compile(r"^\s*\|(?:[^|\n]*\|){2,}\s*$")
_WORD = lazy_compile(r"[^\W\d_]+")
# Header words of a column of prison terms, per language (English, Portuguese, Spanish, French, German, Indonesian).
PRISON_HEADER_WORDS = frozenset(
    """sentence sentences term terms pena penas condena condenação condenacao condenas peine peines strafe haftstrafe
    freiheitsstrafe hukuman vonis""".split())


def _cells(row: str) -> list[tuple[int, int]]:
    """(start, end) of each cell's text inside ``row`` (between its bars)."""
    bars = [i for i, c in enumerate(row) if c == "|"]
    return [(a + 1, b) for a, b in zip(bars, bars[1:])]


def _column_measure(header: str) -> str | None:
    words = [w.lower() for w in _WORD.findall(header)]
    if any(w in PRISON_HEADER_WORDS for w in words):
        return PRISON_MEASURE
    return next((m for w in words if (m := measure_of_word(w))), None)


def table_row_figures(text: str, offset: int, header: str | None, figures: list[Figure]) -> list[Figure]:
    """The figures of a table row (``text`` at ``offset`` in the raw text) with the row's name as subject and
    their column header's measure; any other sentence's figures as they are."""
    if not figures or not _ROW.match(text) or not header or not _ROW.match(header):
        return figures
    cells = _cells(text)
    heads = _cells(header)
    if len(cells) != len(heads):
        return figures
    name = text[cells[0][0]:cells[0][1]].strip()
    if not name or not name[:1].isupper():
        return figures
    out = []
    for f in figures:
        column = next((k for k, (a, b) in enumerate(cells) if a <= f.start - offset < b), None)
        if not column:  # (the name's own cell, or outside the cells)
            out.append(f)
            continue
        measure = _column_measure(header[heads[column][0]:heads[column][1]]) or f.measure
        out.append(dataclasses.replace(f, measure=measure, subject=name))
    return out
