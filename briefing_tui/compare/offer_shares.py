"""Shares that a takeover offer or a share issue names, each a measure of its own (issue 11).

- A share followed by "plus one share" or "plus one vote" is a bar that must be passed, the threshold: "the offer
  needs at least 50% plus one share", "50 % plus une action", "50 Prozent plus einer Aktie", "el 50% más una
  acción", "il 50% più un'azione", "50% mais uma ação". Nobody's holding and no change of a price.
- A share that sizes a capital increase is that increase: "a 10% capital increase", "a 12 percent rights issue",
  "eine Kapitalerhöhung um 10 Prozent", "une augmentation de capital de 10 %", "una ampliación de capital del 10%",
  "un aumento di capitale del 10%", "um aumento de capital de 10%". Without its own measure such a share took the
  measure the corpus's other shares give, "change", and was weighed against the price's move on the day ("shares
  jumped 3.7%"): a false disagreement.

Both are rules of the deal, told alike by every outlet, so their subject is left unnamed (as "the 5% threshold" is,
compare/figure_measures.py): the firm named in one outlet and the connective that opens a German sentence in another
("Zusätzlich wird eine Kapitalerhöhung um 10 Prozent gezeichnet") never split one claim.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

THRESHOLD = "threshold"  # the canonical measure of a bar (compare/measure_names.py)
CAPITAL_INCREASE = "capital increase"  # the size of a firm's issue of new shares, as a share of its capital
# "plus one" and a share or a vote right after the share (English, French, German, Spanish, Italian, Portuguese).
_PLUS_ONE_AFTER = lazy_compile(
    r"\A\s{0,3}(?:plus|\+|más|mas|più|mais)\s{1,3}"
    r"(?:one|1|une?|einer?|eine[mn]?|una|un['’]|uma)\s{0,3}"
    r"(?:share|vote|action|voix|Aktie|Stimme|acción|voto|azione|ação)\b", re.I)
# The noun of a capital increase right after the share: "a 10% capital increase", "a 10 percent rights issue".
_RAISE_AFTER = lazy_compile(
    r"\A[\s-]{0,3}(?:capital|equity)\s{1,3}(?:increase|raise|raising)s?\b"
    r"|\A[\s-]{0,3}rights\s{1,3}(?:issue|offering)s?\b", re.I)
# The noun of a capital increase and its link right before the share, a word of about at most between:
# "Kapitalerhöhung um", "augmentation de capital de", "ampliación de capital del", "aumento di capitale del",
# "aumento de capital de", "a capital increase of".
_RAISE_BEFORE = lazy_compile(
    r"(?:Kapitalerhöhung\s{1,3}(?:um|von)"
    r"|augmentation\s{1,3}de\s{1,3}capital\s{1,3}(?:de|d['’])"
    r"|ampliación\s{1,3}de\s{1,3}capital\s{1,3}(?:del|de(?:\s{1,3}un)?)"
    r"|aumento\s{1,3}di\s{1,3}capitale\s{1,3}(?:del|di(?:\s{1,3}un)?)"
    r"|aumento\s{1,3}de\s{1,3}capital\s{1,3}(?:de|em)"
    r"|capital\s{1,3}(?:increase|raise)\s{1,3}of)"
    r"\s{0,3}(?:(?:about|around|nearly|rund|etwa|knapp|environ|cerca|circa|alrededor)\s{1,3}(?:del?\s{1,3})?)?$", re.I)
RAISE_REACH = 60  # characters before a share searched for the capital increase it sizes


def offer_share(before: str, after: str) -> str | None:
    """The measure of a share that a deal's terms name (``THRESHOLD``, ``CAPITAL_INCREASE``), else None.
    ``before`` and ``after`` are the sentence's text either side of the share."""
    if _PLUS_ONE_AFTER.match(after):
        return THRESHOLD
    if _RAISE_AFTER.match(after) or _RAISE_BEFORE.search(before[-RAISE_REACH:]):
        return CAPITAL_INCREASE
    return None
