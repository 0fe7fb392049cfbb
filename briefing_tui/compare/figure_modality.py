"""A figure's modality: what happened or is (``reported``), or what is expected before the fact (``expected``: a
forecast, a projection, a plan) — issue 11, "an expected figure is not a result".

"the Commission is expected to fine the company about 500 million euros", "the exit poll gives Labour a majority
of 170", "up to 10,000 people are expected to be evacuated", "le déficit devrait atteindre 5%", "el Gobierno prevé
un déficit del 5%", "il deficit dovrebbe arrivare al 5%", "a dívida deverá chegar a 5%": each is what a source
expects, not what came about. An expected figure and a reported one of one measure are one measure at two
times: they are never weighed against each other (no disagreement between the forecast and the result); expected
figures are weighed against expected ones. A reported figure with a limit ("up to", "at least") stays reported: only
words of expectation in the figure's clause make it expected, never its qualifier. A plain future tense does not:
news writes decided commitments in it as often as forecasts ("the Fund will lend $15 billion", "Air India will pay
2.5 million rupees", "el FMI prestará", "supondrá una multa de"), and a rule on it cost four real disagreements of
the precision gold. The value a change starts from ("tariffs will fall from 25%": the ``previous`` role) is a state
that was, reported.

A figure reported ahead of the fact is no expectation but the figure told early, as the claims gold reads it (a
developing report, gold_new20's fine, gold_new21's price): the words of a report or an imminent act ("is set to fine
Apple about 500 million euros", "Die Strafe soll sich auf 500 Mio. Euro belaufen", "is poised to", "is about to buy
it for", "steht kurz vor der Übernahme für", "sur le point de", "a punto de", "in procinto di", "prestes a") leave it
reported, weighed against the outcome as the same figure at an earlier time.

A word of expectation counts when it stands in the figure's clause (between the neighbouring figures of its
sentence, the value a change starts from not counted, and the clause breaks, a clause of cause included: "could rise because 11 are still missing"), at most ``EXPECTED_WORDS_BEFORE`` words before the figure or
``EXPECTED_WORDS_AFTER`` words after it ("10,000 people are expected to leave"), with no conjunction between after it
("fined €1.84 billion and is expected to appeal" is a fine imposed). A word of comparison right before it makes the figure one
measured against the expectation, not the expectation ("more than expected", "que prévu", "de lo previsto", "als
erwartet", "del previsto", "do que o previsto"). A sentence a party asked for (``court_measures``: "requested
sentence") has its own measure already and is left to it; dates and years are left to the event's dating.
"""

from __future__ import annotations

from functools import lru_cache

from briefing_tui.compare.event_words import words_of
from briefing_tui.compare.measured_types import MeasuredStatement
from briefing_tui.compare.projected_tolls import CLAUSE_BREAK
from briefing_tui.model import FigureModality

EXPECTED_WORDS_BEFORE = 12  # words before a figure, in its clause, searched for a word of expectation ("is
# expected to double the bilateral trade from 60 billion euros to 120 billion euros")
EXPECTED_WORDS_AFTER = 4  # words after a figure ("10,000 people are expected to leave", "10.000 Menschen dürften")
MODAL_KINDS = frozenset({"money", "percent", "count", "period"})  # figure kinds a modality is read for
# Clauses whose modality is kept: a claim's sources are weighed pair by pair (:func:`two_times` for each pair), so each
# statement's clause would otherwise be split into words once per other source.
MODALITY_CACHE_SIZE = 4096

# Single words of expectation, lower case: English, French, Spanish, German, Italian, Portuguese.
EXPECTATION_WORDS = frozenset(
    # English: a forecast, a plan
    "expected expects expecting forecast forecasts forecasted projected projection projections predicted "
    # (not "targeting": "a $615 million exploit targeting the Ronin Network" aims an attack, not a figure)
    "predicts prediction likely planned plans proposed anticipated aims aiming target "
    # French
    "devrait devraient prévoit prévoient prévu prévue prévus prévues attendu attendue attendus attendues "
    "pourrait pourraient prévision prévisions vise visent objectif "
    # Spanish
    "prevé prevén previsto prevista previstos previstas esperado esperada esperados esperadas podría podrían "
    "pronóstico pronostica proyección proyecciones objetivo meta "
    # German
    "dürfte dürften voraussichtlich erwartet erwarteten prognostiziert prognose hochrechnung "
    "hochrechnungen geplant geplante geplanten könnte könnten anvisiert ziel "
    # Italian
    "dovrebbe dovrebbero prevede prevedono atteso attesa attesi attese potrebbe potrebbero proiezione proiezioni "
    "obiettivo "
    # Portuguese ("deverá": is expected to, the future of a modal of expectation)
    "prevê preveem projeção projeções previsão poderia poderiam deverá deverão".split())
# Two words of expectation together, the first then the second: "on course to win", "exit poll", "se espera", "si
# prevede", "s'attend", "could reach" (not "could" alone: "could face up to" is a maximum, compare/bound_kinds.py).
EXPECTATION_PAIRS = frozenset({
    ("on", "course"), ("on", "track"), ("exit", "poll"), ("exit", "polls"), ("se", "espera"), ("se", "esperan"),
    ("si", "prevede"), ("si", "attende"), ("s", "attend"),
    ("s", "attendent"), ("could", "reach"), ("could", "top"), ("could", "exceed"), ("could", "surpass"),
    ("could", "hit"), ("could", "rise"), ("could", "climb"), ("might", "reach"), ("might", "exceed")})
HYPHENED_EXPECTATIONS = frozenset({"espera-se", "esperam-se", "prevê-se"})  # Portuguese enclitic forms
# Words right before a word of expectation that make the figure one measured against the expectation, not the
# expectation: "than expected", "as expected", "que prévu", "comme prévu", "de lo previsto", "als erwartet", "wie
# erwartet", "del previsto", "come previsto", "do que o previsto".
COMPARED_BEFORE = frozenset({"than", "as", "que", "comme", "como", "lo", "als", "wie", "del", "come", "o"})
# Words after a figure that open another clause of the sentence: "fined €1.84 billion and is expected to appeal".
CLAUSE_JOINS = frozenset({"and", "but", "et", "mais", "y", "pero", "und", "aber", "e", "ma", "mas", "while"})


def _expecting(words: list[str], k: int) -> bool:
    """Whether the ``k``-th of ``words`` (lower case) is a word of expectation, not one of comparison."""
    w = words[k]
    if k and words[k - 1] in COMPARED_BEFORE:
        return False
    if w in EXPECTATION_WORDS or w in HYPHENED_EXPECTATIONS:
        return True
    return k + 1 < len(words) and (w, words[k + 1]) in EXPECTATION_PAIRS


@lru_cache(maxsize=MODALITY_CACHE_SIZE)
def text_modality(before: str, after: str) -> FigureModality:
    """The modality of a figure whose clause has ``before`` up to it and ``after`` from its end (each already cut at
    the neighbouring figures): ``expected`` when a word of expectation stands close to it."""
    head = [w for w, _, _ in words_of(CLAUSE_BREAK.split(before)[-1])]
    first = max(0, len(head) - EXPECTED_WORDS_BEFORE)
    if any(_expecting(head, k) for k in range(first, len(head))):
        return "expected"
    tail = [w for w, _, _ in words_of(CLAUSE_BREAK.split(after)[0])][:EXPECTED_WORDS_AFTER + 1]
    for k, w in enumerate(tail[:EXPECTED_WORDS_AFTER]):
        if w in CLAUSE_JOINS:
            break
        if _expecting(tail, k):
            return "expected"
    return "reported"


def modality(m: MeasuredStatement) -> FigureModality:
    """The modality of a statement's figure, read in its clause between the neighbouring figures of its sentence."""
    f = m.figure
    if f.kind not in MODAL_KINDS or f.role == "previous" or (f.measure or "").startswith("requested"):
        return "reported"
    text, start = m.unit.text, m.unit.start
    lo, hi = f.start - start, f.end - start
    if not 0 <= lo <= hi <= len(text):
        return "reported"
    before_limit = max((g.end - start for g in m.unit.figures if g.end - start <= lo and g.role != "previous"),
                       default=0)  # (the value a change starts from shares its clause: "expected to double from 60 to 120")
    after_limit = min((g.start - start for g in m.unit.figures if g.start - start >= hi), default=len(text))
    return text_modality(text[before_limit:lo], text[hi:after_limit])


def two_times(source_a: str, a: MeasuredStatement, source_b: str, b: MeasuredStatement) -> str | None:
    """Why two sources' values are not weighed when one is expected and the other reported (one measure at two
    times, the expected one labelled), else None."""
    ma, mb = modality(a), modality(b)
    if ma == mb:
        return None
    return (f"{source_a} '{a.figure.text}' ({ma}) and {source_b} '{b.figure.text}' ({mb}): not weighed (one measure at "
            f"two times: what was expected and what came about)")
