"""A plain money noun that takes up a kind its sentence named: "an 8 per cent increase in capital
expenditure, with an allocation of ₹11.21 lakh crore" prices capital expenditure, not the whole budget.

The amount's own noun ("an allocation of") is of the same measure as a modified noun earlier in the
sentence ("capital expenditure": a modifier that tells two kinds of one measure apart, as in
:data:`briefing_tui.compare.measures._MODIFIER`); with only an article before it, the plain noun adds no
kind of its own and refers back to that one. "the overall budget", "a total allocation" name their own
kind and keep it.
"""

from __future__ import annotations

from briefing_tui.compare.measure_lookup import money_measure_of_word
from briefing_tui.compare.measures import _MODIFIER
from briefing_tui.lazy_pattern import lazy_compile

# The end of the text before an amount: an article, the amount's own noun and "of"/"worth"/"at" ("with an
# allocation of ", "the outlay of ").
_ARTICLE_NOUN_TAIL = lazy_compile(
    r"\b(?:a|an|the|its|their|this|that)"
    r"\s{1,3}([a-z]{3,30})"
    r"\s{1,3}(?:of|worth|at)\s{0,3}$")
# A lower-case word and the next one, anywhere before ("in capital expenditure").
_WORD_PAIR = lazy_compile(r"\b([a-z]{3,30})\s{1,3}(?=([a-z]{3,30})\b)")
KIND_REACH = 300  # characters before the amount searched for the kinded noun (about one sentence)


def kind_named_before(before: str, measure: str) -> str | None:
    """``measure`` with the kind an earlier noun of the sentence gave it ("capital budget"), or None when the
    amount's own noun is not plain (see the module docstring)."""
    tail = _ARTICLE_NOUN_TAIL.search(before)
    if tail is None or money_measure_of_word(tail.group(1)) != measure:
        return None
    head = before[max(0, tail.start() - KIND_REACH):tail.start()]
    kinds = [m.group(1) for m in _WORD_PAIR.finditer(head)
             if _MODIFIER.fullmatch(m.group(1)) and money_measure_of_word(m.group(1)) is None
             and money_measure_of_word(m.group(2)) == measure]
    return f"{kinds[-1]} {measure}" if kinds else None


# A kind of amount named by a generic noun ("the compensatory amount", "the punitive portion"): an amount
# in apposition after it ("..., or $42.6 million") is that kind of the sentence's money measure
# (compare/amount_measures.py).
KIND_OF_AMOUNT = lazy_compile(r"\b([a-z]{3,20})\s{1,3}(?:amount|sum|portion|part|share)\b[^\d$€£¥]{0,12}$")
KIND_OF_AMOUNT_REACH = 60  # characters before the amount searched for such a phrase
