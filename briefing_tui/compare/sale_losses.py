"""An amount lost on a sale is the loss, not the sale: "the bank lost $1.8 billion on the sale of bonds", "perdió 1.800
millones de dólares en la venta de bonos", "a perdu 1,8 milliard de dollars sur la vente d'obligations", "perdeu 1,8
bilhão de dólares na venda de títulos", "ha perso 1,8 miliardi di dollari nella vendita di titoli", "verlor 1,8
Milliarden Dollar beim Verkauf von Anleihen". The sale named after the amount (through "on", "en", "sur", "na",
"nella", "beim") is what was sold at a loss; a verb of losing right before the amount says the amount is the loss
(measure "damage", as "a loss of $1.8 billion"). A sale's price with no verb of losing ("sold $21 billion of bonds")
stays the sale."""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

SALE = "sale"
LOSS = "damage"  # the measure of a loss of money ("losses", "loss", "pérdidas")
# A verb of losing at the end of the text before the amount, then at most one word of approximation: "lost",
# "perdió", "a perdu", "perdeu", "ha perso", "verlor" ("lost about").
_LOST_BEFORE = lazy_compile(
    r"\b(?:lost|loses|lose"  # English
    r"|perdi[óo]|perdieron|pierde"  # Spanish
    r"|perdu|perd(?:it|ra)"  # French
    r"|perdeu|perderam|perde"  # Portuguese (and Italian "perde")
    r"|perso|persa"  # Italian
    r"|verlor|verloren"  # German
    r")(?:\s{1,3}(?:about|around|nearly|some|almost|environ|près\s{1,3}de|cerca\s{1,3}de|casi|circa|quasi|rund|etwa"
    r"|knapp|aproximadamente))?\s{1,3}$", re.I)
# The link from the amount to the sale it was lost on, right after the amount's words: "on the sale", "en la venta",
# "sur la vente", "na venda", "nella vendita", "beim Verkauf".
_ON_SALE_AFTER = lazy_compile(
    r"\A[^.;:!?]{0,40}?\b(?:on\s{1,3}(?:the\s{1,3})?(?:sale|sales|selling)"
    r"|en\s{1,3}la\s{1,3}venta|sur\s{1,3}la\s{1,3}vente|lors\s{1,3}de\s{1,3}la\s{1,3}vente"
    r"|n[ao]\s{1,3}venda|com\s{1,3}a\s{1,3}venda"
    r"|nella\s{1,3}vendita|con\s{1,3}la\s{1,3}vendita"
    r"|beim\s{1,3}Verkauf|bei\s{1,3}dem\s{1,3}Verkauf)\b", re.I)
LOST_REACH = 40  # characters before an amount searched for its verb of losing


def sold_at_a_loss(measure: str | None, before: str, after: str) -> str | None:
    """``measure``, or the loss when it is the sale an amount was lost on (a verb of losing right before the amount,
    the sale named after it through "on", "en la", "sur la", "na", "nella", "beim")."""
    if measure != SALE or not _LOST_BEFORE.search(before[-LOST_REACH:]) or not _ON_SALE_AFTER.match(after):
        return measure
    return LOSS
