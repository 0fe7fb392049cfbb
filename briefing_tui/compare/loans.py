"""Whose a loan is: its borrower, named after the amount ("a $20 billion loan to Argentina", "a $20 billion bailout
for Argentina", "prestará US$ 15,000 millones a Argentina", "un préstamo de 20.000 millones de dólares a la
Argentina"), not the lender that the sentence names before it as its subject (issue 11: one loan read as the IMF's in
one source and as Argentina's in the others stood in two claims)."""

from __future__ import annotations

from briefing_tui.compare.measures import singular
from briefing_tui.lazy_pattern import lazy_compile

# The borrower after a loan's amount: a bracketed conversion, at most a few lower-case words (the loan's noun: "loan",
# "in new credit"), a preposition of the receiver (English "to", "for"; "a", "à", "an", "para", "pour", "für") and a
# capitalised name (an article before it left out: "a la Argentina").
_BORROWER_AFTER = lazy_compile(
    r"\A(?:\s{0,3}\([^()]{0,40}\))?\s{1,3}(?:[a-z-]{1,20}\s{1,3}){0,3}?"
    r"(?:to|for|a|à|an|para|pour|für)\s{1,3}(?:(?:the|la|el|le|die|den|o)\s{1,3}|l['’])?"
    r"(?P<name>[A-Z][\w-]{1,30}(?:\s{1,3}[A-Z][\w-]{1,30}){0,2})")
BORROWER_REACH = 100  # characters after an amount searched for its borrower
# A lower-case plural right after the name: the name modifies it ("$550 billion in loans to US projects": the projects
# borrow, not the US), and is no borrower.
_MODIFIED_AFTER = lazy_compile(r"\s{1,3}([a-z][a-z-]{3,30}s)\b")


def borrower(after: str) -> str | None:
    """The borrower named right after a loan's amount (see ``_BORROWER_AFTER``), or None."""
    m = _BORROWER_AFTER.match(after[:BORROWER_REACH])
    if m is None or ((plural := _MODIFIED_AFTER.match(after, m.end())) and singular(plural.group(1)) != plural.group(1)):
        return None
    return m.group("name")


# The debtor before a verb of owing, its creditor after it, right before the amount: "Argentina owes the IMF more than
# $40 billion", "Argentinien schuldet dem IWF", "Argentina le adeuda al FMI": the debt is the debtor's, not the
# creditor's (whom the subject finder, reading the nearest name, would take).
_DEBTOR_BEFORE = lazy_compile(
    r"(?P<name>[A-Z][\w-]{1,30}(?:\s{1,3}[A-Z][\w-]{1,30}){0,2})\s{1,3}(?:(?:already|still|now|le|les)\s{1,3})?"
    r"(?:owes|owed|schuldet|schuldete|adeuda|adeudaba|deve|doit)\s{1,3}(?:(?:the|dem|der|al|a|au|à)\s{1,3})?"
    r"[A-Z][\w-]{1,30}(?:\s{1,3}[A-Z][\w-]{1,30}){0,2}\s{1,3}[^.;:,]{0,25}$")
DEBTOR_REACH = 120  # characters before an amount searched for its debtor


def debtor(before: str) -> str | None:
    """The debtor named before a verb of owing and its creditor, right before a debt's amount, or None."""
    m = _DEBTOR_BEFORE.search(before[-DEBTOR_REACH:])
    return m.group("name") if m else None
