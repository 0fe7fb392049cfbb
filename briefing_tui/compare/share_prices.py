"""A firm's share price: the level its shares moved or traded to, read in the languages news uses.

An amount is the share price when the sentence names the shares and the words right before the amount make it the
level they reached: a verb of change or trading and "to"/"at" in its clause ("shares fell 5%, closing at $56.10",
"cerrando a 56,10 dólares por acción"), a share's fall and its link ("a loss of 12.4% to 56.10 dollars", "una perdita
del 12,4% a 56,10 dollari", "hasta 56 dólares" after "se desplomaron un 12%"), or a noun of a share's price and its
link ("der Kurs der Acme-Aktie fiel auf 56,10 Dollar", "the share price fell to $56.10"). Such an amount prices
nothing the words before it name ("a loss of 12% to $56" is no loss of $56): :func:`reached_price` keeps the
figure readers from giving it their measure, and :func:`share_price` gives it this one
(:mod:`~briefing_tui.compare.sentence_measures`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.compare.measures import CHANGE_WORDS
from briefing_tui.lazy_pattern import lazy_compile

if TYPE_CHECKING:  # (the units module reads figures, whose readers use this one)
    from briefing_tui.compare.units import Unit
    from briefing_tui.model import Figure

# A firm's share price: the measure of an amount its shares moved or traded to.
SHARE_PRICE = "share price"
# Nouns of a firm's shares (English, Spanish, French, Italian, German, Portuguese), and verbs of their trading
# besides the verbs of change (measures.CHANGE_WORDS).
SHARE_NOUNS = frozenset("""shares share stock stocks acciones acción títulos título actions action titres titre
    azioni azione titoli titolo aktie aktien papiere ações ação""".split())
SHARE_SUFFIX = "-aktie"  # a German compound of a firm's share: "die Acme-Aktie"
TRADING_VERBS = frozenset("closed closing opened opening traded trading ended ending finished finishing".split())
# Nouns of a price's change that measures.CHANGE_WORDS leaves out ("experienced a 3.2% decline to $173.88").
CHANGE_NOUNS = frozenset("decline declines increase increases decrease decreases dip dips slump slide".split())
# Words right before an amount that make it the level the shares reached.
LEVEL_LINKS = frozenset({"to", "at"})

_WORD = lazy_compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")
_CLAUSE_END = lazy_compile(r"[;:!?()\[\]—–]|,\s|\.\s")
# A level reached, right before the amount (a word of approximation may come between the link and it):
_LEVEL_REACHED = lazy_compile(
    # a share's change and its link: "fell 12% to", "una perdita del 12,4% a", "de 16 % à environ", "17 Prozent auf"
    r"(?:(?:%|\bProzent|\bper\s?cent|\bpercent)\s{0,3}(?:to|at|a|à|al|auf|bei|em)"
    # a verb of closing or trading and its link: "closing at", "cerrando a", "chiudendo a", "clôturant à", "schloss bei"
    r"|\b(?:clos(?:ing|ed|es)|trad(?:ing|ed)|cerr(?:ando|ó|aron)|chiud(?:endo|e|ono)|chiuso|clôtur(?:ant|é|e)"
    r"|termin(?:ant|é)|schlo(?:ss|ssen)|fech(?:ando|ou|aram))\s{1,3}(?:at|a|à|al|bei|auf|em)"
    # a noun of a share's price, at most four words, and its link: "der Kurs der Acme-Aktie fiel auf", "the share
    # price fell to", "le cours de l'action à", "la cotización cayó hasta"
    r"|\b(?:Kurs|Aktienkurs|cours|share\s{1,3}price|stock\s{1,3}price|cotización|quotazione|cotação)"
    r"(?:\s{1,3}[\w’'-]{1,30}){0,4}\s{1,3}(?:to|at|à|a|auf|bei|al|hasta|em)"
    # after a comma, "hasta"/"to" following a share's change: "un 17% en Wall Street, hasta"
    r"|%[^.;:%]{0,60},\s{0,3}(?:hasta|to|à|auf))"
    r"\s{1,3}(?:(?:about|around|environ|circa|cerca\s{1,3}de|rund|etwa)\s{1,3})?$", re.I)
# The words a figure's text opens with before its number ("hasta 56 dólares", "about $56"): the link may be one.
_WORDS_AHEAD = lazy_compile(r"\A(?:[^\W\d_]{1,30}\s{1,3}){1,3}")
LEVEL_REACH = 120  # characters before an amount searched for the words of a level reached


def _names_shares(text: str) -> bool:
    """Whether ``text`` names a firm's shares."""
    return any(w in SHARE_NOUNS or w.endswith(SHARE_SUFFIX) for w in (m.group(0).lower() for m in _WORD.finditer(text)))


def _opening_words(text: str) -> str:
    """The words ``text`` opens with before its number, or ""."""
    m = _WORDS_AHEAD.match(text)
    return m.group(0) if m else ""


def reached_price(before: str) -> bool:
    """Whether the amount after ``before`` (its sentence up to the amount) is the price a firm's shares reached."""
    return _LEVEL_REACHED.search(before[-LEVEL_REACH:]) is not None and _names_shares(before)


def share_price(u: Unit, f: Figure) -> bool:
    """Whether amount ``f`` is the price its sentence's shares moved or traded to: a level reached
    (:func:`reached_price`), or "to" or "at" right before it with a noun of shares and a verb of change or trading
    earlier in its clause."""
    before = u.text[:f.start - u.start]
    if reached_price(before + _opening_words(f.text)):  # ("hasta 56 dólares": its link is in its text)
        return True
    clause = _CLAUSE_END.split(before)[-1]
    words = [w.lower() for w in _WORD.findall(clause)]
    if not words or words[-1] not in LEVEL_LINKS:
        return False
    return any(w in SHARE_NOUNS for w in words) and \
        any(w in CHANGE_WORDS or w in CHANGE_NOUNS or w in TRADING_VERBS for w in words)
