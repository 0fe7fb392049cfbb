"""Shares that a takeover offer or a share issue names, each a measure of its own (issue 11).

- A share followed by "plus one share" or "plus one vote" is a bar that must be passed, the threshold: "the offer
  needs at least 50% plus one share", "50 % plus une action", "50 Prozent plus einer Aktie", "el 50% más una
  acción", "il 50% più un'azione", "50% mais uma ação". Nobody's holding and no change of a price.
- A share that sizes a capital increase is that increase: "a 10% capital increase", "a 12 percent rights issue",
  "eine Kapitalerhöhung um 10 Prozent", "une augmentation de capital de 10 %", "una ampliación de capital del 10%",
  "un aumento di capitale del 10%", "um aumento de capital de 10%". Without its own measure such a share took the
  measure the corpus's other shares give, "change", and was weighed against the price's move on the day ("shares
  jumped 3.7%"): a false disagreement.

An amount per share is the price of a share (moved here from compare/figure_measures.py and widened): "$83.50 per
share", "83,5 dollars par action", "83,50 Dollar je Stammaktie", and with the firm's name or a kind of share between
("€62 per Covestro share", "$40 per ordinary share"). What is paid for each share is its price whichever verb says so
("will see the buyer pay €62 per share"), and an amount per share that a verb of offering or paying before it gives, its sentence naming no measure, is that
price too ("Die Käufer bieten 62 Euro je Aktie"): never a compensation nor a measureless amount apart from the others
(earnings per share, "earned $3.10 per share", stay unnamed).

The shares are rules of the deal, told alike by every outlet, so their subject is left unnamed (as "the 5% threshold" is,
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
# A price per share after an amount, in English and other languages: "$83.50 per share", "83,5 dollars par action",
# "83,50 dollars l’action", "83,50 Dollar je Stammaktie", "por acción", "per azione", "por ação", "per aandeel"; one
# word may stand before "share", the firm's name or the share's kind ("€62 per Covestro share", "per ordinary share").
_PER_SHARE_AFTER = lazy_compile(
    r"\s{0,3}(?:(?:a|per|par|je|pro|por)\s{1,3}(?:[\w-]{1,30}-|[\w’'.&-]{1,30}\s{1,3})?"
    r"(?:share|action|aktie|acción|azione|ação|aandeel)"
    r"|l[’']action)\b", re.I)
# ... or right before it: "je Stammaktie 83,50 Dollar", "pro Aktie 83,50 Dollar".
_PER_SHARE_BEFORE = lazy_compile(
    r"\b(?:je|pro|par|por|per)\s{1,3}(?:[\w-]{1,30}-)?(?:aktie|action|acción|azione|ação|aandeel|share)\s{1,3}$", re.I)
PER_SHARE_REACH = 50  # characters before an amount searched for "je Aktie"
# A verb of offering or paying before the amount, in its clause (English, German, French, Spanish, Italian,
# Portuguese): "offers", "bid", "bieten", "zahlt", "offre", "propose", "ofrece", "paga", "oferece".
_OFFERED_BEFORE = lazy_compile(
    r"\b(?:offer|offers|offered|offering|bid|bids|pay|pays|paying"
    r"|bietet|bieten|bot|boten|geboten|zahlt|zahlen|zahlte"
    r"|offre|offrent|offert|propose|proposent|proposé|verse|versera"
    r"|ofrece|ofrecen|ofreció|ofrecerá|paga|pagan|pagará|pagó"
    r"|offrono|offerto|pagherà|pagato"
    r"|oferece|oferecem|ofereceu|pagou)\b[^.;:!?]{0,60}$", re.I)
OFFERED_REACH = 80  # characters before an amount searched for a verb of offering or paying


def offer_share(before: str, after: str) -> str | None:
    """The measure of a share that a deal's terms name (``THRESHOLD``, ``CAPITAL_INCREASE``), else None.
    ``before`` and ``after`` are the sentence's text either side of the share."""
    if _PLUS_ONE_AFTER.match(after):
        return THRESHOLD
    if _RAISE_AFTER.match(after) or _RAISE_BEFORE.search(before[-RAISE_REACH:]):
        return CAPITAL_INCREASE
    return None


def priced_per_share(before: str, after: str) -> bool:
    """Whether an amount is a price per share: "per share" (or "je Aktie", "par action" ...) right after it, or
    "je Aktie" right before it. ``before`` and ``after`` are the sentence's text either side of the amount."""
    return bool(_PER_SHARE_AFTER.match(after) or _PER_SHARE_BEFORE.search(before[-PER_SHARE_REACH:]))


def offered_per_share(before: str, after: str) -> bool:
    """Whether an amount is a price per share that a verb of offering or paying gives ("bieten 62 Euro je Aktie")."""
    return priced_per_share(before, after) and bool(_OFFERED_BEFORE.search(before[-OFFERED_REACH:]))
