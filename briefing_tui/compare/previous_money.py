"""An amount carried over from the sentence before it (issue 11).

An amount whose own sentence names nothing it prices, after every reader of its words and of its sentence
(:mod:`~briefing_tui.compare.sentence_measures`) left it without a measure, continues the sentence before it in its
source: "The bank approved a new loan for the country on Friday. The first tranche will bring 2 billion dollars."
It takes the one money measure that sentence names, in its words (the money words of
:func:`~briefing_tui.compare.sentence_measures.money_words`) or in the measures of its measured amounts; none when
that sentence names none or several, or a value put on a thing ("valued at"). A sentence of many figures (a table, a
list of results) continues nothing, and an amount a sentence denies or disputes takes no measure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefing_tui.compare.language_words import language_words
from briefing_tui.compare.sentence_measures import (MAX_SENTENCE_FIGURES, PREVIOUS_MARK, VALUE, _WORD, _denied,
                                                     money_words)
from briefing_tui.compare.units import Unit
from briefing_tui.model import Source
from briefing_tui.compare.value_join import distinctive

# Words of a money measure read only where they price an amount (data/measure_words.yaml money_measures: "aide",
# "paquete", "Subventionen"): a sentence naming one and no amount names what the next sentence's amount prices.
AMOUNT_WORDS = language_words().money_measures

CARRIED_FIGURES = 3  # an amount's sentence with more figures than this (dates aside) is a list, not a continuation


def _previous_measure(previous: Unit) -> str | None:
    """The one money measure sentence ``previous`` names, by its words or its measured amounts, else None."""
    if any(f.kind == "money" for f in previous.figures):
        return None  # (its words name what its own amounts price)
    named = {measure for _, _, measure, _ in money_words(previous.text)}
    named |= {AMOUNT_WORDS[w] for w in map(str.lower, _WORD.findall(previous.text)) if w in AMOUNT_WORDS}
    return next(iter(named)) if len(named) == 1 and VALUE not in named else None


def _one_paragraph(source: Source, index: int) -> bool:
    """Whether sentence ``index`` of ``source`` stands in the paragraph of the sentence before it."""
    sentences = source.sentences
    return 0 < index < len(sentences) and sentences[index].index == index and sentences[index - 1].index == index - 1 \
        and sentences[index].paragraph == sentences[index - 1].paragraph


def previous_money(units: Sequence[Unit]) -> None:
    """Give each amount left without a measure, in a sentence naming no money word, the one money measure of the
    sentence before it in its source (see the module's doc); the figure is replaced in its unit."""
    at = {(o.source.id, o.index): u for u in units for o in u.occurrences or ()}
    told = {(f.unit, f.low) for u in units for f in u.figures if f.kind == "money" and f.measure}
    for u in units:
        if not any(f.kind == "money" and not f.measure for f in u.figures) or money_words(u.text):
            continue
        if sum(f.kind not in ("date", "year") for f in u.figures) > CARRIED_FIGURES:
            continue
        previous = at.get((u.source.id, u.index - 1))
        if previous is None or not _one_paragraph(u.source, u.index) or len(previous.figures) > MAX_SENTENCE_FIGURES:
            continue
        measure = _previous_measure(previous)
        if measure is None:
            continue
        for k, f in enumerate(u.figures):
            if f.kind == "money" and not f.measure and not _denied(u, f) \
                    and not (distinctive(f) and (f.unit, f.low) in told):
                u.figures[k] = replace(f, measure=measure, measure_from=PREVIOUS_MARK)
