"""Whose fine it is and whose law it falls under: "a €2.95 billion fine on Google" is Google's fine whoever
imposes it; "a A$55 million fine in Australia" or "France's data protection authority fined Google €325 million"
is a fine of another jurisdiction than the one the story is about, a claim of its own (never a disagreement with
the story's fine)."""

from __future__ import annotations


from briefing_tui.lazy_pattern import lazy_compile

# The party a fine is on, after the amount: "a €2.95 billion fine on Google", "a hefty $5 million penalty against
# Meta" (punctuation first ends the amount's phrase).
_FINED_AFTER = lazy_compile(
    r"\A[^,.;:()]{0,40}?\b(?:fine|fines|penalty|penalties|sanction)\s{1,3}(?:on|against)\s{1,3}(?:the\s{1,3})?"
    r"(?P<name>[A-Z][\w&.-]{0,30}(?:\s{1,3}[A-Z][\w&.-]{0,30}){0,3})")
# The party a fine is against, after the amount when the fine's noun came before it: "eine Strafe in Höhe von 2,95
# Milliarden Euro gegen Google", "une amende de 2,95 milliards d'euros contre Google", "una multa ... contra Google",
# "a penalty of $5 million against Meta".
_AGAINST_AFTER = lazy_compile(
    r"\A[^,.;:()\d]{0,30}?\b(?:gegen|contre|contra|tegen|against)\s{1,3}"  # (no figure between: "4,3 Milliarden
    # Euro im Jahr 2018 gegen Google" dates another fine, whose party the earlier-fine rules weigh)
    # (a name takes no article: "gegen den Konzern" is a common noun, German capitals or not)
    r"(?P<name>[A-Z][\w&.-]{0,30}(?:\s{1,3}[A-Z][\w&.-]{0,30}){0,3})")
# The place a fine was imposed in, right after its noun: "a A$55 million (US$35.8 million) fine in Australia".
_PLACE_AFTER = lazy_compile(
    r"\A(?:\s{0,3}\([^()]{0,40}\))?[^,.;:()]{0,25}?\b(?:fine|fines|penalty|penalties)\s{1,3}in\s{1,3}(?:the\s{1,3})?"
    r"(?P<place>[A-Z][\w-]{1,30}(?:\s{1,3}[A-Z][\w-]{1,30}){0,2})")
# A country's authority that fined: "France's data protection authority fined Google", "Italy's antitrust watchdog
# has fined Apple".
_AUTHORITY_BEFORE = lazy_compile(
    r"\b(?P<place>[A-Z][\w-]{1,30})['’]s?\s{1,3}(?:[a-z-]{1,20}\s{1,3}){0,4}"
    r"(?:authority|regulator|watchdog|agency|court|commission|ministry|government|body)\s{1,3}"
    r"(?:(?:has|had|have)\s{1,3})?(?:fined|penalised|penalized|ordered)\s{1,3}"
    r"(?:[A-Z][\w&.-]{0,30}\s{1,3}){0,3}(?:to\s{1,3}pay\s{1,3})?$")
FINE_REACH = 120  # characters before an amount searched for the authority that fined


def fined_party(after: str) -> str | None:
    """Who a fine is on, named after the amount ("fine on Google", "Strafe von 2,95 Milliarden Euro gegen Google"),
    or None."""
    m = _FINED_AFTER.match(after[:100]) or _AGAINST_AFTER.match(after[:100])
    return m.group("name").rstrip(".") if m else None  # (not the full stop of "against Nordbank.")


def fine_jurisdiction(before: str, after: str) -> str | None:
    """The place whose law a fine falls under, when the sentence names one right at the fine ("fine in
    Australia", "France's data protection authority fined"): its lower-case name, else None."""
    m = _PLACE_AFTER.match(after[:100])
    if m is None:
        m = _AUTHORITY_BEFORE.search(before[-FINE_REACH:])
    return " ".join(m.group("place").lower().split()) if m else None
