"""Quotations closed before a figure, blanked out of the words read for the figure's measure: in "“La guerre est
revenue ...”, a estimé X, alors que Y a annoncé une augmentation de 3,5 milliards", the quoted words are the
speaker's, never what the amount after them prices (nor "revenue", which French writes for "came back")."""

from __future__ import annotations

from briefing_tui.lazy_pattern import lazy_compile

# A quotation between quote marks (straight, curly, guillemets, low-9), paired from the left: its opening mark, no
# other mark, its closing one.
_CLOSED_QUOTE = lazy_compile(r"[\"“«„][^\"“”«»„]{1,400}[\"”»“]")


def blank_closed_quotes(text: str, upto: int | None = None) -> str:
    """``text`` with each quotation that closes before offset ``upto`` (its end when None) replaced by spaces, so that
    every other word keeps its offset."""
    upto = len(text) if upto is None else upto
    head = _CLOSED_QUOTE.sub(lambda m: " " * len(m.group(0)), text[:upto])
    return head + text[upto:]
