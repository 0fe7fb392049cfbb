"""Sums named only by a verb of paying: what someone "pays" is whatever the story calls that sum.

The closed vocabulary (:mod:`~briefing_tui.compare.measure_names`) reads "pay", "paid", "owes" (and "zahlt",
"payer", "pagar", ...) as a compensation, which is right where a court awards damages ("Tesla must pay $243
million"). But the verb says only that a sum changes hands, not what kind of sum it is: where one outlet writes "the
Commission fined Apple €1.8 billion" another writes "Apple must pay €1.8 billion"; where one writes "Google buys Wiz
for $32 billion" another writes "Google zahlt 32 Milliarden Dollar". The two figures then carry two names and never
meet in one claim.

The story tells which it is. A payment named by its verb alone (no compensation noun near it, such as "damages",
"settlement" or "award", and no noun right after it: "a $3.2 billion breakup fee" is a fee):
- takes the one measure other sources give its amount under ("buy ... for $32 billion": the sale);
- else, in a story that gives fines and names no compensation by its noun, is the fine when a source gives a fine
  of its amount, or when its own source names no fine (that source calls the penalty a payment). A source that
  gives a fine and a payment of another amount tells them apart ("the EU fined Google €2.95 billion ... a US jury
  ordered Google to pay $425 million"): that payment keeps its name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing_tui.compare.measure_families import one_amount
from briefing_tui.compare.measure_names import MEASURE_WORDS
from briefing_tui.compare.language_words import language_words
from briefing_tui.compare.terms import STOPWORDS
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

if TYPE_CHECKING:
    from briefing_tui.compare.units import Unit

COMPENSATION = "compensation"
FINE = "fine"
# The verbs of paying among the compensation's words, in the languages of data/measure_words.yaml: they name no
# kind of sum ("Google zahlt 32 Milliarden", "Apple must pay €1.8 billion").
PAYMENT_VERBS = frozenset((
    "pay", "paid", "pays", "paying", "owe", "owes", "owed", "borne",
    "zahlt", "zahlte", "zahlen", "gezahlt",  # de
    "payer", "paie", "paiera", "verser", "versera", "versé",  # fr
    "pagar", "pagará", "pagó",  # es
    "pagare", "pagherà", "pagato",  # it
    "pagou",  # pt
    "betaalt",  # nl
    "membayar", "dibayar",  # id
))
# The compensation's own nouns ("damages", "settlement", "award", ...): a sum they name is a compensation.
_NOUNS = tuple(w for w in MEASURE_WORDS[COMPENSATION] if w not in PAYMENT_VERBS)
# A compensation noun, as a word ("awarded" is read as the noun's verb: an award).
COMPENSATION_NOUN = lazy_compile(r"\b(?:" + "|".join(sorted(map(re.escape, _NOUNS), key=len, reverse=True)) + r")\b",
                                 re.I)
NOUN_BACK = 120  # characters before a sum read for a compensation noun (the measure reads ~15 words back)
NOUN_AHEAD = 40  # characters after it ("$20 million in damages")


# The word right after a sum, when it is a lower-case word ("a $3.2 billion breakup fee", "$20 million in cash").
_NEXT_WORD = lazy_compile(r"\s{1,3}([a-zà-ÿß][\w'’-]{1,30})")


@lru_cache(maxsize=1)
def _unnaming_words() -> frozenset[str]:
    """Words that, right after a sum, name nothing: stop words and every language's function words."""
    return frozenset(STOPWORDS | language_words().function_words)


def _noun_named(unit: Unit, f: Figure) -> bool:
    """Whether a noun names the sum: a compensation noun near the figure in its sentence, or a word that is no
    function word right after it ("a $3.2 billion breakup fee" is a fee, whoever pays it)."""
    at, end = f.start - unit.start, f.end - unit.start
    after = _NEXT_WORD.match(unit.text, end)
    if after and after.group(1).lower() not in _unnaming_words():
        return True
    return bool(COMPENSATION_NOUN.search(unit.text[max(0, at - NOUN_BACK):end + NOUN_AHEAD]))



def _current(f: Figure, measure: str) -> bool:
    return f.role == "current" and f.kind == "money" and f.measure == measure


def _sources(u: Unit) -> set[str]:
    return {o.source.id for o in u.occurrences}


def same_sum_elsewhere(units: Sequence[Unit], payments: list[tuple[Unit, int]], verb_measure: str = COMPENSATION
                       ) -> None:
    """A payment named by its verb alone (measure ``verb_measure``) whose amount other sources give under one named
    measure of money ("Google zahlt 32 Milliarden" beside "buys Wiz for $32 billion") is that measure: the verb names
    no kind of sum, and the story names this one. Two measures of that amount (a price and a fund alike) leave it as it is."""
    named = [(u, g) for u in units for g in u.figures
             if g.role == "current" and g.kind == "money" and g.measure and g.measure != verb_measure]
    for u, i in payments:
        f = u.figures[i]
        own = _sources(u)
        measures = {g.measure for w, g in named if one_amount(f, g) and not (_sources(w) <= own)}
        if len(measures) == 1:
            u.figures[i] = replace(f, measure=measures.pop())


def name_payments(units: Sequence[Unit]) -> None:
    """Every payment named by its verb alone takes the measure other sources give its amount under, or the name
    "fine" where the story gives fines and names no compensation by its noun (see the module's doc); the figure
    is replaced in its unit."""
    verb_named = [(u, i) for u in units for i, f in enumerate(u.figures)
                  if _current(f, COMPENSATION) and not _noun_named(u, f)]
    same_sum_elsewhere(units, verb_named)
    payments: list[tuple[Unit, int]] = []
    fines = False
    for u in units:
        for i, f in enumerate(u.figures):
            if _current(f, FINE):
                fines = True
            elif _current(f, COMPENSATION):
                if _noun_named(u, f):
                    return  # (a compensation the story names: a payment may be it)
                payments.append((u, i))
    if not fines:
        return
    story = [g for u in units for g in u.figures if _current(g, FINE)]
    sources = {o.source.id for u in units if any(_current(g, FINE) for g in u.figures) for o in u.occurrences}
    for u, i in payments:
        f = u.figures[i]
        if any(one_amount(f, g) for g in story) or not ({o.source.id for o in u.occurrences} & sources):
            u.figures[i] = replace(f, measure=FINE)
