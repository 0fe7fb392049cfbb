"""A sum already paid back, before the ruling that the story reports: "ha già versato 17,2 milioni di euro al fisco",
"habe alle Steuern plus Zinsen in Höhe von 17,2 Millionen Euro nachgezahlt", "had already repaid $2 million", "ya
devolvió 14,5 millones", "recientemente pagó 17,2 millones a Hacienda".

What a defendant has paid back is a measure of its own (``REPAID``): never the fine or the compensation the ruling
imposes, nor the money taken, which a verb of paying alone would make it a compensation beside.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

REPAID = "repaid"  # a sum paid back before the ruling
REPAID_WORDS = 4  # words between the verb and the amount ("repaid all the taxes and interest, some")
# "already" or "recently", then a verb of paying, or a verb of paying back alone, then up to REPAID_WORDS words,
# right before the amount.
_REPAID_BEFORE = lazy_compile(
    r"\b(?:(?:already|recently|ya|recientemente|bereits|schon|kürzlich|già|recentemente|déjà|récemment|j[áa])"
    r"\s{1,3}(?:(?:has|had|have|ha|hab[ií]a|a|avait|hat|hatte|aveva|tinha)\s{1,3})?"
    r"(?:paid|pay|pag[óo]|pagad[oa]|pagato|pagou|pago|versad[oa]|versato|vers[ée]|pay[ée]|gezahlt|bezahlt|überwiesen"
    r"|devolvi[óo]|devuelto|restituito|rembours[ée]|repaid|returned|reimbursed)"
    r"|repaid|paid\s{1,3}back|reimbursed|devolvi[óo]|devuelto|restituito|restituiti|rembours[ée]|nachgezahlt"
    r"|zurückgezahlt)(?:\s{1,3}[^\s.;:!?]{1,20}){0,%d}?\s{1,3}$" % REPAID_WORDS, re.I)
# A German participle of paying back right after the amount: "17,2 Millionen Euro nachgezahlt", "zurückgezahlt".
_REPAID_AFTER_DE = lazy_compile(
    r"\A(?:\s{1,3}[^\W\d_][\w-]{0,20}){0,2}?\s{1,3}(?:nachgezahlt|zurückgezahlt|zurückerstattet)\b", re.I)
# A penalty's or an award's noun right after the amount: "recently paid a €2 million fine", "€2 million in fines",
# "2 millones de multa" are the fine, not a sum paid back.
_PENALTY_AFTER = lazy_compile(
    r"\A\)?\s{0,3}(?:(?:in|of|de|d['’]|di|an)\s{0,3})?(?:[^\W\d_]{1,20}\s{1,3})?"
    r"(?:fines?|penalt(?:y|ies)|damages|compensation|multas?|amendes?|Geldstrafen?|sanzion[ei]|indemnizaci[óo]n"
    r"|indemnit[ée]s?|Schadenersatz)\b", re.I)
REPAID_REACH = 80  # characters before an amount searched for the verb


def repaid_sum(before: str, after: str) -> bool:
    """Whether the amount between ``before`` and ``after`` was already paid back (see the module)."""
    if _PENALTY_AFTER.match(after[:40]):
        return False
    return bool(_REPAID_BEFORE.search(before[-REPAID_REACH:]) or _REPAID_AFTER_DE.match(after[:60]))
