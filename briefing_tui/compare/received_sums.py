"""Sums named only by a verb of receiving (issue 11): "accused of accepting some €50 million in cash", "por haber
recibido 50 millones de euros", "il aurait reçu 50 millions d'euros", "soll 50 Millionen Euro erhalten haben".

The verb says that a party got the sum, not what kind of sum it is, so it is read only where the sentence names no
kind of sum (:func:`~briefing_tui.compare.amount_measures.money_measure` found none): the sum is then a sum received
(``RECEIVED``), one measure across sources and languages. Where another source gives the same amount under one named
measure of money ("Argentina received $12 billion" beside "a first disbursement of $12 billion"), the story names
it: :func:`name_received` gives it that measure, as :mod:`.payments` does for a sum named by a verb of paying.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing_tui.lazy_pattern import lazy_compile

if TYPE_CHECKING:
    from briefing_tui.compare.units import Unit

RECEIVED = "received"  # a sum a party received, of no kind its sentence names
# A verb of receiving or accepting right before a sum, a qualifier or an article between: "received", "accepting
# some", "a reçu près de", "recibió unos", "recebeu cerca de", "ha ricevuto", "erhielt rund" (one alternative per
# language).
_RECEIVING_BEFORE = lazy_compile(
    r"\b(?:received|receiving|receive|receives|accepted|accepting|accept|accepts|obtained|obtaining"  # English
    r"|reçu|reçus|reçue|reçues|recevoir|recevra|recevait|reçoit|accepté|acceptée|perçu|perçus|touché"  # French
    r"|recibió|recibido|recibida|recibidos|recibir|recibirá|recibieron|recibe|reciben|aceptó|aceptado|percibió"  # Spanish
    r"|recebeu|recebido|recebida|recebidos|receber|receberá|receberam|recebe|aceitou|aceito"  # Portuguese
    r"|ricevuto|ricevuti|ricevere|riceverà|ricevette|riceve|accettato|incassato"  # Italian
    r"|erhielt|erhält|erhielten|bekam|bekommt|bekamen|kassierte|kassiert)"  # German
    r"\s{1,3}(?:(?:some|about|around|nearly|almost|roughly|approximately|more\s{1,3}than|up\s{1,3}to|over|a\s{1,3}total\s{1,3}of"
    r"|environ|près\s{1,3}de|plus\s{1,3}de|quelque|unos|unas|alrededor\s{1,3}de|cerca\s{1,3}de|más\s{1,3}de|casi"
    r"|mais\s{1,3}de|quase|circa|oltre|quasi|rund|etwa|fast|mehr\s{1,3}als|knapp)\s{1,3})?$", re.I)
# A German verb of receiving closing the sum's clause ("soll 50 Millionen Euro aus Libyen erhalten haben").
_RECEIVED_AFTER = lazy_compile(r"\A[^.,;:!?\d]{0,60}?\b(?:erhalten|bekommen|kassiert|angenommen)\b")
RECEIVING_REACH = 60  # characters before a sum read for the verb


def received_sum(before: str, after: str) -> bool:
    """Whether the sum between ``before`` and ``after`` is named only by a verb of receiving (see the module)."""
    return bool(_RECEIVING_BEFORE.search(before[-RECEIVING_REACH:]) or _RECEIVED_AFTER.match(after))


def name_received(units: Sequence[Unit]) -> None:
    """Every sum received whose amount other sources give under one named measure of money takes that measure (see
    the module); the figure is replaced in its unit."""
    from briefing_tui.compare.payments import same_sum_elsewhere  # (payments reads the measure lexicon)

    received = [(u, i) for u in units for i, f in enumerate(u.figures)
                if f.role == "current" and f.kind == "money" and f.measure == RECEIVED]
    if received:
        same_sum_elsewhere(units, received, RECEIVED)

