"""The rival a winner beat, named right before the winner's share: "the mayor beat his rival Jana Novak with 54.3%
of the vote, against 45.7% for the nationalist leader", "ha battuto il rivale Novak con il 54,3%", "a battu son rival
Novak avec 54,3 %", "derrotó a su rival Novak con el 54,3%".

The name before "with" is the object of the verb of defeat: the share after "with" is the winner's, not the
rival's; and the share set against it in the same sentence ("against 45.7%", "contro il 45,7%", "contre 45,7 %")
is the rival's.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# A verb of defeat, then its object's article and role words ("beat his rival", "ha battuto il rivale", "a battu
# son adversaire", "derrotó a su rival", "besiegte seinen Herausforderer", "derrotou o rival"), right before a name.
_DEFEAT = (
    r"\b(?i:beat|beats|beaten|beating|defeated|defeats|defeating|trounced|routed|bested|ousted"
    r"|battuto|sconfitto|sconfigge|batte|battu|bat|vaincu|devancé|devance|devançait|derrotó|derrotado|derrota|venció|vencido"
    r"|besiegte|besiegt|schlug|geschlagen|derrotou|venceu|vence)"
    r"\s{1,3}(?:(?i:a|al|the|his|her|its|their|il|lo|la|le|l['’]|el|su|sus|son|sa|o|os|seinen|ihren|den|die|der)"
    r"\s{1,3})*(?:[a-zà-ÿ-]{2,25}\s{1,3}){0,3}")
_DEFEAT_BEFORE = lazy_compile(_DEFEAT + "$")
_DEFEAT_ANY = lazy_compile(_DEFEAT + r"(?=[A-ZÀ-Ý])")  # (anywhere: the rival's name follows)
# The name of the rival: capitalised words right after the verb of defeat and its role words.
_RIVAL_NAME = lazy_compile(r"[A-ZÀ-Ý][\w-]{0,30}(?:\s[A-ZÀ-Ý][\w-]{0,30}){0,3}")
# A share set against another ("against 45.7%", "contro il 45,73%", "contre 45,7 %", "contra el 45%", "gegenüber"),
# in a sentence whose winner's share came first: the words right before it.
_AGAINST_BEFORE = lazy_compile(
    r"\b(?:against|versus|vs\.?|contro|contre|contra|frente\s{1,3}a|gegenüber|tegen)\s{1,3}"
    r"(?:(?:the|il|le|la|el|o|a|l['’]|den|die)\s{0,3})?"
    r"(?:(?:about|around|nearly|just|some|environ|près\s{1,3}de|cerca\s{1,3}de|casi|quasi|knapp|fast)\s{1,3})?$",
    re.IGNORECASE)
# "with" and a share before the share set against it ("with 54.3% of the vote, against"): the winner's share first.
_WITH_SHARE = lazy_compile(r"\b(?:with|con|avec|mit|com)\s{1,3}(?:(?:il|el|le|la|o|a|l['’])\s{0,3})?\d")
# A name, then "with" and maybe an article and a qualifier, right before the share ("Novak with", "Novak con il",
# "Novak avec", "Novak, with nearly").
_NAME_THEN_WITH = lazy_compile(
    r"[A-ZÀ-Ý][\w-]{0,30}(?:\s[A-ZÀ-Ý][\w-]{0,30}){0,3},?\s{1,3}(?:with|con|avec|mit|com)\s{1,3}(?:(?:il|el|le|la|o|a|l['’])\s{0,3})?"
    r"(?:(?:about|around|nearly|just|some|environ|près\s{1,3}de|cerca\s{1,3}de|casi|quasi|knapp|fast)\s{1,3})?$")
DEFEAT_REACH = 200  # characters before a share searched for the verb of defeat


def beaten_with(before: str) -> bool:
    """Whether the share after ``before`` follows "with" and a name that is the object of a verb of defeat ("beat
    his rival Novak with", "ha battuto il rivale Novak con il"): then it is the winner's, not the name's."""
    m = _NAME_THEN_WITH.search(before[-DEFEAT_REACH:])
    return m is not None and _DEFEAT_BEFORE.search(before[-DEFEAT_REACH:], 0, m.start()) is not None


def rival_of_against(before: str) -> str | None:
    """The rival whose share a share set against the winner's is ("X beat his rival Novak with 54.3%, against
    45.7%" -> "Novak"), or None when the share is not so set."""
    if not _AGAINST_BEFORE.search(before):
        return None
    near = before[-DEFEAT_REACH:]
    found = None
    for m in _DEFEAT_ANY.finditer(near):
        found = m
    if found is None or not _WITH_SHARE.search(near, found.end()):
        return None
    name = _RIVAL_NAME.match(near, found.end())
    return name.group(0) if name else None

