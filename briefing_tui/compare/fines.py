"""Whose fine it is and whose law it falls under: "a €2.95 billion fine on Google" is Google's fine whoever
imposes it; "a A$55 million fine in Australia" or "France's data protection authority fined Google €325 million"
is a fine of another jurisdiction than the one the story is about, a claim of its own (never a disagreement with
the story's fine)."""

from __future__ import annotations

import re

from briefing_tui.compare.court_parties import ASK_WORDS
from briefing_tui.compare.subject_names import is_acronym, is_place, name_ok
from briefing_tui.lazy_pattern import lazy_compile

REQUESTED_FINE = "requested fine"  # a fine a party asked for: a request never contradicts the fine imposed
ASKED_WORDS_BETWEEN = 6  # words between the verb of asking and the amount ("requested a fine of about")
# A verb of asking, then up to ASKED_WORDS_BETWEEN words, at the end of the text before an amount: "They also
# requested a €300,000 fine", "le parquet avait requis une amende de", "la Fiscalía pidió una multa de".
_ASKED_BEFORE = lazy_compile(
    rf"\b(?:{ASK_WORDS})(?P<between>(?:\s{{1,3}}[^\s.;:!?]{{1,20}}){{0,{ASKED_WORDS_BETWEEN}}}?)\s{{1,3}}$", re.I)
# A verb of imposing between the request and the amount makes the amount the one imposed: "prosecutors had asked
# for more, but the court imposed a €100,000 fine".
_IMPOSED = lazy_compile(
    r"\b(?:sentenced|sentencing|imposed|imposing|ordered|fined|condamn\w*|inflig\w*|impus\w*|impuest\w*"
    r"|verurteil\w*|verh[äa]ng\w*|condenad\w*|condenou|condannat\w*|inflitt\w*|multad\w*)\b", re.I)

# The party a fine is on, after the amount: "a €2.95 billion fine on Google", "a hefty $5 million penalty against
# Meta" (punctuation first ends the amount's phrase).
_FINED_AFTER = lazy_compile(
    r"\A[^,.;:()]{0,40}?\b(?:fine|fines|penalty|penalties|sanction)\s{1,3}(?:on|against)\s{1,3}(?:the\s{1,3})?"
    r"(?P<name>[A-Z][\w&.-]{0,30}(?:\s{1,3}[A-Z][\w&.-]{0,30}){0,3})")
# The party a fine is against or imposed on, after the amount when the fine's noun came before it: "eine Strafe in Höhe von 2,95
# Milliarden Euro gegen Google", "une amende de 2,95 milliards d'euros contre Google", "una multa ... contra Google",
# "a penalty of $5 million against Meta".
_AGAINST_AFTER = lazy_compile(
    r"\A[^,.;:()\d]{0,30}?\b(?:gegen|contre|contra|tegen|against"
    # (or a participle of imposing: "746 millions d'euros infligés à Amazon", "impuesta a Amazon", "imposed on Meta")
    r"|(?:inflig|impos)ée?s?\s{1,3}à|(?:impuest|aplicad)[oa]s?\s{1,3}a|(?:imposed|levied)\s{1,3}on|inflitt[ae]\s{1,3}a)\s{1,3}"  # (no figure between: "4,3 Milliarden
    # Euro im Jahr 2018 gegen Google" dates another fine, whose party the earlier-fine rules weigh)
    # (a name takes no article: "gegen den Konzern" is a common noun, German capitals or not)
    r"(?P<name>[A-Z][\w&.-]{0,30}(?:\s{1,3}[A-Z][\w&.-]{0,30}){0,3})")
# The party named between the amount and the fine's noun: "Luxembourg's €746m Amazon fine", "a $5bn Google penalty".
_NAMED_FINE_AFTER = lazy_compile(
    r"\A\s{1,3}(?P<name>[A-Z][\w&.-]{0,30}(?:\s{1,3}[A-Z][\w&.-]{0,30}){0,2})\s{1,3}(?:fine|fines|penalty|penalties)\b")
# The party a fine is on, right after the amount when the fine's noun came before it: "imposed a hefty fine of 1.84
# billion euros ($2 billion) on Apple" (an aside in brackets may come between; "on Monday" names no party: name_ok).
_ON_AFTER = lazy_compile(
    r"\A\)?(?:\s{0,3}\([^()]{0,40}\))?\s{1,3}on\s{1,3}(?:the\s{1,3})?"
    r"(?P<name>[A-Z][\w&.-]{0,30}(?:\s{1,3}[A-Z][\w&.-]{0,30}){0,3})")
# The fine's noun before the amount: "a hefty fine of 1.84 billion euros (", "a penalty of about".
_FINE_OF_BEFORE = lazy_compile(r"\b(?:fine|fines|penalty|penalties)\s{1,3}of\s{1,3}[^,;:]{0,40}$")
FINE_OF_REACH = 60  # characters before an amount searched for the fine's noun
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
# A fine of a place named before the amount it was changed to: "the €1.1 billion penalty in France that was later
# reduced to €372 million" (the French fine's new amount, not the story's fine).
_CHANGED_FINE_BEFORE = lazy_compile(
    r"\b(?:fine|fines|penalty|penalties)\s{1,3}in\s{1,3}(?:the\s{1,3})?"
    r"(?P<place>[A-Z][\w-]{1,30}(?:\s{1,3}[A-Z][\w-]{1,30}){0,2})\s{1,3}(?:that|which)\s{1,3}"
    r"(?:[a-z]{1,20}\s{1,3}){0,3}(?:reduced|cut|lowered|raised|increased)\s{1,3}to\s{1,3}$")


def fined_party(after: str, before: str = "") -> str | None:
    """Who a fine is on, named after the amount ("fine on Google", "Strafe von 2,95 Milliarden Euro gegen Google",
    "a fine of 1.84 billion euros on Apple": not the authority named before it), or None."""
    m = _FINED_AFTER.match(after[:100]) or _AGAINST_AFTER.match(after[:100])
    if m is None and (named := _NAMED_FINE_AFTER.match(after[:100])) and not is_place(named.group("name")) \
            and not is_acronym(named.group("name")):
        m = named  # (not "a $5bn EU fine", "a French fine": who imposes it)
    if m is None and _FINE_OF_BEFORE.search(before[-FINE_OF_REACH:]):
        on = _ON_AFTER.match(after[:100])
        m = on if on and name_ok(on.group("name").rstrip("."), False) else None
    return m.group("name").rstrip(".") if m else None  # (not the full stop of "against Nordbank.")


def fine_jurisdiction(before: str, after: str) -> str | None:
    """The place whose law a fine falls under, when the sentence names one right at the fine ("fine in
    Australia", "France's data protection authority fined", "the penalty in France that was later reduced to"):
    its lower-case name, else None."""
    m = _PLACE_AFTER.match(after[:100])
    if m is None:
        m = _AUTHORITY_BEFORE.search(before[-FINE_REACH:]) or _CHANGED_FINE_BEFORE.search(before[-FINE_REACH:])
    return " ".join(m.group("place").lower().split()) if m else None


def requested_fine(before: str) -> bool:
    """Is the fine whose amount follows ``before`` one that a party asked for ("They also requested a €300,000
    fine", "avait requis une amende de 300 000 euros"), not the one imposed?"""
    m = _ASKED_BEFORE.search(before[-FINE_OF_REACH:])
    return m is not None and not _IMPOSED.search(m.group("between"))
