"""Whose tally a figure is when a bloc of parties has it: the bloc heading the figure's clause ("A coalizão governista
do primeiro-ministro X venceu ... com 49,2%") or named right after it ("46,6% da aliança de oposição"). Its leader,
named inside the bloc's phrase, is not the figure's owner, and the bloc's tally is not one party's
(:func:`briefing_tui.compare.comparable.joint_total`)."""

from __future__ import annotations

from briefing_tui.lazy_pattern import lazy_compile

# Nouns of a bloc of parties, in lower case ("the left bloc", "la coalizão governista"): a capital makes a party's own
# name ("the Coalition" of Australia's Liberals and Nationals, "Bündnis Sahra Wagenknecht"), whose tallies are its own.
_BLOC = (r"(?:coalitions?|alliances?|blocs?|coalici[oó]n|alianzas?|bloques?|coalizion[ei]|alleanz[ae]|blocc[oh]i?"
         r"|coligação|coalizão|aliança|blocos?)")
# A word describing the bloc after its noun ("coalizão governista"), not a preposition ("aliança de oposição").
_BLOC_WORD = r"(?:\s{1,3}(?!(?:de|do|da|del|della|di|of|du|des|der|von|dos|das)\b)[a-zà-ÿ-]{3,20})?"
# A bloc heading the clause a tally is in: "A coalizão governista ... do primeiro-ministro X venceu ... com 49,2%",
# "The centre-left alliance of Prime Minister X won 49%" (the bloc's share, not its leader's or his party's; no
# clause of another subject between: "..., while Labour took 28%").
_BLOC_HEAD = lazy_compile(
    r"(?:\A|[.;:!?]\s{1,3})[\"“‘(]?(?:(?i:the|a|o|la|le|el|il|l['’])\s{0,3})?"
    r"(?:[a-zà-ÿ-]{2,20}\s{1,3}){0,2}"
    r"(?P<bloc>" + _BLOC + _BLOC_WORD + r")\b(?!['’]s)"
    r"(?![^.;:!?]*\b(?i:while|whilst|whereas|but|and|et|y|e|mientras|tandis|enquanto|mentre|pero|mas|ma)\b)"
    r"[^.;:!?]*$")
# A bloc right after a tally, whose it is: "contra 46,6% da aliança de oposição", "47% for the right-wing bloc".
_BLOC_AFTER = lazy_compile(
    r"\s{0,3}(?:of\s{1,3}the|for\s{1,3}the|da|do|de\s{1,3}la|del|du|de\s{1,3}l['’]|des|della|dell['’]|dello|al|au)"
    r"\s{1,3}(?:[a-zà-ÿ-]{2,20}\s{1,3})?(?P<bloc>" + _BLOC + _BLOC_WORD + r")\b")


def bloc_of(before: str, after: str) -> str | None:
    """The bloc of parties whose tally a figure is, from its sentence's text ``before`` and ``after`` it: the bloc
    heading its clause ("A coalizão governista ... do primeiro-ministro X venceu ... com 49,2%": "coalizão
    governista", not X's) or named right after it ("46,6% da aliança de oposição"); None when neither."""
    if m := _BLOC_AFTER.match(after):
        return m.group("bloc")
    if (m := _BLOC_HEAD.search(before)) and not any(c.isdigit() for c in before[m.start() + 1:]):
        return m.group("bloc")
    return None
