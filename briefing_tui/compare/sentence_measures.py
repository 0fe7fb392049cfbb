"""Measures of figures read without one, from their sentence and their source (issue 11).

An amount whose own words name nothing it prices ("upped the offer to $US32 billion", "damals standen 23 Milliarden
Dollar im Raum" after "Ein erster Übernahmeanlauf") prices what its clause names on either side, else what its
sentence names before it: when their words name one money measure and no other (``sentence_money``), the amount
takes it. The words are the money words of the measure vocabulary (``measures.WORD_MEASURE``, English and the
languages of ``data/measure_words.yaml``), the words of a deal's price that the vocabulary leaves out because a
figure next to them may be another thing (``DEAL_WORDS``: an offer) and German compounds opening on a word of a
purchase ("Übernahmeangebot", ``DEAL_COMPOUND``), and money put on the table ("a mis sur la table près de 36
milliards"); not the words of a quotation closed before the amount (:mod:`.closed_quotes`). A word of a value
(``VALUE_WORDS``: "valued at") names no measure, and the amount takes none. Words of two money measures ("revenue"
and "sale") say nothing certain of a bare amount, and a word nearer another amount, or nearer a
figure the readers gave the measure it names, is that figure's (see ``sentence_money``). An amount in brackets
restating a measured one ("$US23 billion ($36.2 billion) purchase bid") takes its measure.

A figure whose value the same source gives elsewhere with a measure ("This issue total of Hyundai Motor India is ₹
27,870.16 crore" after "... IPO of ₹ 27,870.16 crore") repeats that figure (``same_value_measures``): it takes its
measure when the value is distinctive (``value_join.distinctive``) and the source gives it one measure only. A
figure that a sentence denies or disputes gets no measure by any rule here: it would weigh against the claim it joins
(a cue of :mod:`~briefing_tui.compare.stance` that bears on it: a strong one anywhere, plain negation in its clause
only, not in a main clause before it: "It didn't hurt that Alphabet upped the offer to $US32 billion").

A bare count set off by commas or brackets (an apposition: "Cases have been identified in nine counties, but the
majority, 137, are in Gaines County") whose clause names no noun the story counts
(:mod:`~briefing_tui.compare.clause_measures`) counts what its sentence names (``sentence_count``): the one measure
of the nouns of the sentence that the story counts elsewhere and no other figure of the sentence counts itself
("nine counties" counts the counties); never a small number (below ``MIN_SENTENCE_COUNT``: a rank, a day, an item of
a list). A number followed by words ("230 were passengers", "10 state prosecutors", "children 17 or younger") is
told by them, not by its sentence.

An amount a firm's shares moved to ("Shares of Kellanova rose about 8% to $80.45 before the bell", "the stock closed
at $41.10") is their price (``SHARE_PRICE``), not what a deal or a payment costs: its clause names the shares, a
verb of their moving or trading, and "to" or "at" right before the amount (``share_price``). A share without a
measure followed by a noun of change in a clause naming the shares ("Apple's shares experienced a 3.2% decline") is
their price's change (``share_change``).

An amount named as a kind of part ("a basic element of 40 million euros") in a sentence that opens on a pronoun for
what the sentence before it priced ("The fine of 1.84 billion euros is nearly four times ... It includes a basic
element of 40 million euros") is that kind of the measure the previous sentence's amounts carry, when they carry
one (``part_of_before``): "basic fine".

The word or mark read is kept on the figure (``measure_from``)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from briefing_tui.compare.clause_measures import story_vocabulary
from briefing_tui.compare.closed_quotes import blank_closed_quotes
from briefing_tui.compare.key_figures import is_key_figure
from briefing_tui.compare.language_words import fold_apostrophes, without_elision
from briefing_tui.compare.measures import CHANGE_WORDS, MONEY_MEASURES, WORD_MEASURE, singular
from briefing_tui.compare.money import converted
from briefing_tui.compare.amount_left_out import COMPARISON
from briefing_tui.compare.share_prices import CHANGE_NOUNS, SHARE_NOUNS, SHARE_PRICE, share_price
from briefing_tui.compare.stance import bears_on
from briefing_tui.compare.time_ago import dates_from
from briefing_tui.compare.units import Unit
from briefing_tui.compare.value_join import distinctive
from briefing_tui.compare import valued_amounts
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.compare.word_roles import in_name
from briefing_tui.model import Figure

# A word: letters first, hyphens and apostrophes inside.
_WORD = lazy_compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")
# What ends a clause (a comma or full stop followed by a space, not a digit group's; a dash; a bracket).
_CLAUSE_END = lazy_compile(r"[;:!?()\[\]—–]|,\s|\.\s")
# Words of a deal's price that the measure vocabulary leaves out (next to a figure they may name another thing:
# "shares on offer"), read only as the money word of a bare amount's clause or sentence: an offer for a firm. English
# only: the other languages' words name a supply as well ("l'offre de logements", "das Angebot"), and a valuation is
# no price paid ("the company's nearly $1 trillion valuation"); a bid is also a verb ("4.17 crore shares bid").
DEAL_WORDS: dict[str, str] = {w: "sale" for w in ("offer", "offered")}
# Words of a value put on a thing, no price paid for it ("last valued at $12 billion in a private funding round",
# "its market valuation is estimated to be around ₹1.6 lakh crore"): an amount they name measures nothing known.
VALUE_WORDS = valued_amounts.VALUE_WORDS | {"worth"}  # (and "worth": "shares worth $X" price what their clause names)
VALUE = "value"  # (the mark of such a word among the money words: no measure)
# A word right before a word of ``DEAL_WORDS`` that makes it a supply, not a deal: "9.98 crore shares on offer".
SUPPLY_BEFORE = frozenset({"on"})
# A German compound opening on a word of a purchase: "Übernahmeangebot", "Übernahmeanlauf", "Kaufangebot",
# "Zukaufspläne", "Kaufsumme", "Transaktionswert".
DEAL_COMPOUND = lazy_compile(r"^(?:übernahme|kaufangebot|kaufpreis|zukauf|kaufsumme|verkaufspreis|transaktionswert)\w*$")
# Money put on the table is offered for a deal, in any language: "legt 32 Milliarden US-Dollar in bar auf den Tisch",
# "a mis sur la table près de 36 milliards de dollars", "put $5 billion on the table".
_ON_THE_TABLE = lazy_compile(r"\b(?:on|auf|sur|sobre|en|na|sul)\s{1,3}(?:the|den|la|a|il)\s{1,3}(?:table|Tisch|mesa|tavolo)\b",
                             re.IGNORECASE)
# The mark kept as ``measure_from`` on a figure measured by the same value given elsewhere in its source.
SAME_VALUE_MARK = "same value"
# The mark kept on an amount measured as a part of what the sentence before it priced.
PREVIOUS_MARK = "sentence before"
# The mark kept on an amount measured as the bracketed restatement of a measured one.
CONVERSION_MARK = "conversion"
# A sentence giving more figures than this is a table or a list run together, not a sentence whose words price one
# amount: its figures' measures are not guessed from it (each guess reads the whole sentence against every figure).
MAX_SENTENCE_FIGURES = 24


def _word_measure(word: str) -> str | None:
    """The money measure a word of a sentence names, else None."""
    w = without_elision(fold_apostrophes(word))
    measure = WORD_MEASURE.get(w)
    if measure in MONEY_MEASURES:
        return measure
    if w in DEAL_WORDS:
        return DEAL_WORDS[w]
    return "sale" if DEAL_COMPOUND.match(w) else None


def money_words(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, measure, word) of each word of ``text`` naming a money measure ("shares on offer" names none),
    or a value put on a thing (``VALUE``)."""
    found = []
    previous = ""
    matches = list(_WORD.finditer(text))
    words = [m.group(0) for m in matches]
    for i, m in enumerate(matches):
        measure = VALUE if m.group(0).lower() in VALUE_WORDS else _word_measure(m.group(0))
        if measure and in_name(words, i):
            measure = None  # a word of a name ("el Fondo Monetario Internacional (FMI) aprobó un nuevo acuerdo")
        if measure and not (previous in SUPPLY_BEFORE and m.group(0).lower() in DEAL_WORDS):
            found.append((m.start(), m.end(), measure, m.group(0)))
        previous = m.group(0).lower()
    found.extend((m.start(), m.end(), "sale", m.group(0)) for m in _ON_THE_TABLE.finditer(text))
    return sorted(found)


def _gap(start: int, end: int, g: Figure, base: int) -> int:
    """Characters between a word (``start``-``end`` in its sentence) and figure ``g``."""
    return max(g.start - base - end, start - (g.end - base), 0)


def sentence_money(u: Unit, f: Figure, measured: list[bool]) -> tuple[str, str] | None:
    """(measure, word) of the one money measure that the words of amount ``f``'s clause, else of its sentence before
    it, name and that no other figure is nearer to (another amount, or a figure ``measured`` by the readers with that
    measure: "Google closed 2024 with $96 billion, and paying Wiz $32 billion", "The $1.9 billion total is equal to
    0.5 percent of Apple's global turnover"); None when they name none or several."""
    base = u.start
    rivals = [(g, had) for g, had in zip(u.figures, measured) if g is not f and g.kind not in ("date", "year")]
    own = []
    for start, end, measure, word in money_words(blank_closed_quotes(u.text, f.start - base)):
        gap = _gap(start, end, f, base)
        if not any(_gap(start, end, g, base) <= gap for g, had in rivals
                   if g.kind == "money" or (had and g.measure.split()[-1] == measure)):
            own.append((start, end, measure, word))
    left = max([m.end() for m in _CLAUSE_END.finditer(u.text, 0, f.start - base)] + [0])
    right = min([m.start() for m in _CLAUSE_END.finditer(u.text, f.end - base)] + [len(u.text)])
    if base_named := COMPARISON.search(u.text, f.end - base, right):
        right = base_named.start()  # ("a fall of $7.30 compared with the closing price": the base's price)
    # the clause's words on either side, else the sentence's words before the amount (those after it in another
    # clause tell of something else: "raised Rs 8,315 crore from anchor investors on Monday, ahead of its IPO")
    for words in ([w for w in own if left <= w[0] and w[1] <= right], [w for w in own if w[1] <= f.start - base]):
        named: dict[str, str] = {}
        for _, _, measure, word in words:
            named.setdefault(measure, word)
        if len(named) == 1 and VALUE not in named:
            return next(iter(named.items()))
        if named:
            return None  # (two measures named, or a value: none is certain)
    return None


# A number set off on both sides: after a comma or an opening bracket, before a comma, a closing bracket or the
# sentence's end (checked on the text before and after it).
_APPOSED_BEFORE = lazy_compile(r"[,(]\s{0,3}$")
_APPOSED_AFTER = lazy_compile(r"^\s{0,3}(?:[,);]|\.?\s*$)")
# A sentence opening on a pronoun for what the sentence before it named, and a verb of holding parts: "It includes",
# "It comprised", "This consists of".
_HOLDS_PARTS = lazy_compile(
    r"^\W{0,3}(?:It|This|That)\s{1,3}(?:includes|included|comprises|comprised|consists\s{1,3}of|consisted\s{1,3}of"
    r"|is\s{1,3}made\s{1,3}up\s{1,3}of|was\s{1,3}made\s{1,3}up\s{1,3}of)\b")
# A kind of part named right before an amount: "a basic element of", "a punitive portion of" (the kind in group 1).
_KIND_OF_PART = lazy_compile(r"\b(?:an?|the)\s{1,3}([a-z]{3,20})\s{1,3}(?:element|component|portion|part|amount|sum)"
                           r"\s{1,3}of\s{0,3}$")
KIND_OF_PART_REACH = 40  # characters before an amount searched for its kind of part
# Kinds that name no kind of the measure ("the total amount of"): what the amount is of is left unsaid.
NOT_KINDS = frozenset("total whole full overall same entire additional".split())
CHANGE = "change"  # the measure of a share price's change (compare/amount_measures.py: "shares jumped over 12%")
MIN_SENTENCE_COUNT = 10  # a bare count below this takes no measure from its sentence ("6 en Chiva", "day 3")


def sentence_count(u: Unit, f: Figure, vocabulary: dict[str, str]) -> tuple[str, str] | None:
    """(measure, word) of the one measure the nouns of ``f``'s sentence name that the story counts elsewhere (a noun
    in lower case, or the sentence's first word), leaving out the words of its figures; None when they name none or
    several, or when ``f`` is a small number or no apposition."""
    text, base = u.text, u.start
    if f.low is None or f.low < MIN_SENTENCE_COUNT or not _APPOSED_BEFORE.search(text[:f.start - base]) \
            or not _APPOSED_AFTER.match(text[f.end - base:]):
        return None
    spans = [(g.start - base, g.end - base) for g in u.figures]
    named: dict[str, str] = {}
    for k, m in enumerate(_WORD.finditer(text)):
        word = m.group(0)
        if any(a <= m.start() < b for a, b in spans) or not (word.islower() or k == 0):
            continue
        measure = vocabulary.get(singular(word.lower()))
        if measure:
            named.setdefault(measure, word)
    if len(named) != 1:
        return None
    return next(iter(named.items()))


def share_change(u: Unit, f: Figure) -> bool:
    """Whether share ``f`` is the change of its clause's share price: the clause names the shares, and a noun or verb
    of change comes right after the share ("Apple's shares experienced a 3.2% decline")."""
    base = u.start
    left = max([m.end() for m in _CLAUSE_END.finditer(u.text, 0, f.start - base)] + [0])
    after = _WORD.match(u.text[f.end - base:].lstrip())
    return bool(after) and after.group(0).lower() in CHANGE_WORDS | CHANGE_NOUNS and \
        any(w.lower() in SHARE_NOUNS for w in _WORD.findall(u.text[left:f.start - base]))


def part_of_before(u: Unit, f: Figure, before: dict[tuple[str, int], set[str]]) -> str | None:
    """The kind of the previous sentence's money measure that amount ``f`` is, in a sentence holding that amount's
    parts ("It includes a basic element of 40 million euros": "basic fine"), else None. ``before``: the measures of
    each sentence's measured amounts, by (source, sentence index)."""
    if not _HOLDS_PARTS.match(u.text):
        return None
    kind = _KIND_OF_PART.search(u.text[max(0, f.start - u.start - KIND_OF_PART_REACH):f.start - u.start])
    if kind is None or kind.group(1) in NOT_KINDS:
        return None
    measures = {m.split()[-1] for m in before.get((u.source.id, u.index - 1), set())}
    return f"{kind.group(1)} {next(iter(measures))}" if len(measures) == 1 else None


def _value_key(f: Figure) -> tuple[str, str | None, float] | None:
    """What two figures of one source share when they give one value: kind, unit and value."""
    return None if f.low is None else (f.kind, f.unit, f.low)


def same_value_measures(units: Sequence[Unit]) -> None:
    """Give a figure without a measure the measure of a measured figure of the same value, kind and unit in its
    source, when its value is distinctive and the source's figures of that value carry one measure."""
    measured: dict[tuple[str, tuple], set[str]] = defaultdict(set)
    for u in units:
        for f in u.figures:
            if is_key_figure(f) and f.role == "current" and not f.measure_from and (key := _value_key(f)):
                measured[u.source.id, key].add(f.measure)
    if not measured:
        return
    for u in units:
        if u.cues:
            continue  # (a sentence that denies or disputes: "It's not that $550 billion in cash will be sent")
        for k, f in enumerate(u.figures):
            if f.measure or not distinctive(f) or (key := _value_key(f)) is None or dates_from(u, f):
                continue  # ("three days ago": no length of anything, compare/time_ago.py)
            measures = measured.get((u.source.id, key), set())
            if len(measures) == 1:
                u.figures[k] = replace(f, measure=next(iter(measures)), measure_from=SAME_VALUE_MARK)


def _restated(u: Unit, f: Figure) -> Figure | None:
    """The measured amount of ``f``'s sentence that ``f`` restates in another currency ("$US23 billion ($36.2
    billion) purchase bid"), else None."""
    base = u.start
    for g in u.figures:
        if g is not f and g.kind == "money" and g.measure and g.end <= f.start and converted(
                ("money", g.start - base, g.end - base, {}), ("money", f.start - base, f.end - base, {}), u.text):
            return g
    return None


def _denied(u: Unit, f: Figure) -> bool:
    """Whether a cue of the sentence bears on the figure (:func:`~briefing_tui.compare.stance.bears_on`)."""
    return any(bears_on(c, u.text, f.start - u.start, f.end - u.start) for c in u.cues)


def sentence_measures(units: Sequence[Unit]) -> None:
    """Measures of measureless figures read from their source and sentence: a value the source measured elsewhere
    (:func:`same_value_measures`), the one measure a bare count's sentence names (:func:`sentence_count`), a share
    price's change (:func:`share_change`), a share price (:func:`share_price`), a kind of part of what the sentence
    before priced (:func:`part_of_before`), the measure of the amount a bracketed amount restates, then the one money measure an amount's clause or sentence names
    (:func:`sentence_money`). Each figure is replaced in its unit."""
    same_value_measures(units)
    vocabulary = story_vocabulary(units)
    before: dict[tuple[str, int], set[str]] = defaultdict(set)
    for u in units:
        for o in u.occurrences or ():
            before[o.source.id, o.index] |= {f.measure for f in u.figures if f.kind == "money" and is_key_figure(f)}
    units = [u for u in units if len(u.figures) <= MAX_SENTENCE_FIGURES]
    for u in units:
        for k, f in enumerate(u.figures):
            if f.kind == "count" and not f.measure and not f.unit and not _WORD.search(f.text) and not _denied(u, f) \
                    and (counted := sentence_count(u, f, vocabulary)):
                u.figures[k] = replace(f, measure=counted[0], measure_from=counted[1])
            elif f.kind == "percent" and not f.measure and not _denied(u, f) and share_change(u, f):
                u.figures[k] = replace(f, measure=CHANGE, measure_from=CHANGE)
    for u in units:
        if not any(f.kind == "money" and not f.measure for f in u.figures):
            continue
        measured = [bool(g.measure) for g in u.figures]  # (as the figure readers left them)
        for k, f in enumerate(u.figures):
            if f.kind != "money" or f.measure or _denied(u, f):
                continue
            if share_price(u, f):
                u.figures[k] = replace(f, measure=SHARE_PRICE, measure_from=SHARE_PRICE)
            elif (part := part_of_before(u, f, before)) is not None:
                u.figures[k] = replace(f, measure=part, measure_from=PREVIOUS_MARK)
            elif (restated := _restated(u, f)) is not None:
                u.figures[k] = replace(f, measure=restated.measure, measure_from=CONVERSION_MARK)
            elif (named := sentence_money(u, f, measured)) is not None:
                u.figures[k] = replace(f, measure=named[0], measure_from=named[1])
