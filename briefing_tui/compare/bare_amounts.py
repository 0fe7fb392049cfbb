"""A scaled number without a currency next to an amount is money in that amount's currency (issue 11).

"Il piano vale 50 miliardi di euro. Di questi, 33 miliardi saranno prestiti", "a 50 billion euro facility, of which
33 billion will be loans", "50 Milliarden Euro, davon 33 Milliarden": the second number, written with a scale word
of millions or more and no currency, is a part of the amount before it, in its currency. Read as a count, it counted
no noun ("33 Milliarden") or took a word of its clause for one ("saranno prestiti"). It is read again as an amount
(:func:`bare_amounts`): kind money, the currency of the one currency the amounts before it in its sentence, else in
the sentence before it in its paragraph, else in the sentences before it in its article ("los
municipios podrán gastar 300.000 millones adicionales" a paragraph after "90.000 millones de euros"), else the amounts
after it in its sentence ("la multa de 2.400 millones a Google ... 13.000 millones de euros"), are written in, and what it prices read as any amount's
(:func:`~briefing_tui.compare.amount_measures.money_measure`); with none in its body, the one currency of its
headline's amounts written in its scale word ("₹25 lakh" over "a payment of 25 lakh"). A number counting a noun that names no money measure
("2 million people", "3 billion barrels") stays a count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefing_tui.compare.amount_measures import money_measure
from briefing_tui.compare.court_measures import court_money
from briefing_tui.compare.figures import figures_in_text
from briefing_tui.compare.language_words import language_words
from briefing_tui.compare.measures import MONEY_MEASURES
from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure, Source

MIN_SCALE = 1e6  # a scale word of millions or more ("mil", thousands, counts people as often as money)
# Indian English's scale words, lakh (10⁵) and crore (10⁷), whatever MIN_SCALE: once its article has named the rupee
# ("₹25 lakh interim payment"), a page writes its sums bare ("an interim payment of 25 lakh each", "compensation of
# 1 crore"); a count of them names its noun ("25 lakh people"), which keeps it a count (``_prices_nothing_else``).
INDIAN_SCALES = {"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
SCALES = {w: v for w, v in language_words().scales.items() if v >= MIN_SCALE} | {
    "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9, "bn": 1e9, "trillion": 1e12} | INDIAN_SCALES
# A number and a scale word opening a figure's text ("33 miliardi", "1,5 Milliarden", "17 billion").
_SCALED = lazy_compile(r"\A[\d.,]+\s{0,3}([^\W\d_]+)")
# A lower-case word right after a scale word of another language, with no "de"/"di" before it ("17 miliardi
# andranno", "12 millones irán"): a verb or a link, never the noun it counts ("3 milioni di persone"; German nouns are
# capitalised: "3 Millionen Menschen").
_UNLINKED_WORD = lazy_compile(r"\A\s{1,3}(?!(?:de|di|d['’]|des|del|do|da|of)\b)[a-zà-ÿ]")


def _scaled_end(f: Figure) -> int | None:
    """Where the number and scale word opening count ``f``'s text end, when they open it, else None."""
    m = _SCALED.match(f.text)
    return f.start + m.end() if m and m.group(1).lower() in SCALES else None


def _prices_nothing_else(f: Figure, end: int) -> bool:
    """Whether count ``f`` (its number and scale word ending at ``end``) counts no noun, a word that is no noun
    ("come", "andranno"), or a noun naming a money measure."""
    if not f.unit:
        return True
    scale = _SCALED.match(f.text).group(1).lower()
    if scale in language_words().scales and _UNLINKED_WORD.match(f.text[end - f.start:]):
        return True
    if f.unit.lower() in language_words().function_words:
        return True
    return bool(f.measure) and f.measure.split()[-1] in MONEY_MEASURES


def _one_paragraph(source: Source, index: int) -> bool:
    """Whether sentence ``index`` of ``source`` stands in the paragraph of the sentence before it."""
    s = source.sentences
    return 0 < index < len(s) and s[index].index == index and s[index - 1].index == index - 1 \
        and s[index].paragraph == s[index - 1].paragraph


# A scale word inside an amount's text ("₹25 lakh": "lakh").
_SCALE_IN = lazy_compile(r"\d\s{0,3}([^\W\d_]+)")


def _scale_of(text: str) -> str | None:
    """The scale word of ``SCALES`` an amount's text writes after its number, lower-cased, or None."""
    m = _SCALE_IN.search(text)
    return m.group(1).lower() if m and m.group(1).lower() in SCALES else None


def _headline_amounts(source: Source) -> set[tuple[str | None, str]]:
    """(currency, scale word) of each scaled amount in ``source``'s headline: it is no sentence of the comparison
    (a heading), but names the money its body may write bare in the same scale ("Air India announces ₹25 lakh
    interim payment" over "an interim payment of 25 lakh each", "compensation of 1 lakh")."""
    if not source.title:
        return set()
    return {(f.unit, scale) for f in figures_in_text(source.title, source, 0)
            if f.kind == "money" and (scale := _scale_of(f.text))}


def bare_amounts(units: Sequence[Unit]) -> None:
    """Read each scaled count without a currency after an amount as an amount in its currency (see the module's
    doc); the figure is replaced in its unit."""
    at = {(o.source.id, o.index): u for u in units for o in u.occurrences or ()}
    earlier: dict[str, list[tuple[int, str | None]]] = {}  # source -> (sentence index, currency) of its amounts
    headline = {u.source.id: _headline_amounts(u.source) for u in units}
    for v in units:
        earlier.setdefault(v.source.id, []).extend((v.index, g.unit) for g in v.figures if g.kind == "money")
    for u in units:
        for k, f in enumerate(u.figures):
            if f.kind != "count" or (end := _scaled_end(f)) is None or not _prices_nothing_else(f, end):
                continue
            currencies = {g.unit for g in u.figures if g.kind == "money" and g.end <= f.start}
            if not currencies and _one_paragraph(u.source, u.index) and (previous := at.get((u.source.id, u.index - 1))):
                currencies = {g.unit for g in previous.figures if g.kind == "money"}
            if not currencies:  # (else the one currency every amount before it in its article is written in)
                currencies = {unit for index, unit in earlier.get(u.source.id, ()) if index < u.index}
            if not currencies:  # (else the one currency of the amounts after it in its sentence: "la multa de
                # 2.400 millones a Google ... 13.000 millones de euros", the currency named once, at the later figure)
                currencies = {g.unit for g in u.figures if g.kind == "money" and g.start >= f.end}
            if not currencies:  # (else the one currency of the headline's amounts in its scale word)
                scale = _SCALED.match(f.text).group(1).lower()
                currencies = {unit for unit, written in headline[u.source.id] if written == scale}
            if len(currencies) != 1 or None in currencies:
                continue
            cut = end - u.start
            before, after = u.text[:f.start - u.start], u.text[cut:]
            u.figures[k] = replace(f, kind="money", unit=next(iter(currencies)), text=u.text[f.start - u.start:cut],
                                   end=end, measure=court_money(before, after) or money_measure(before, after),
                                   measure_from=None)  # ("haber defraudado 14,5 millones": money taken)
