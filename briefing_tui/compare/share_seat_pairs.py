"""Seats given with a share of the vote: "Le Parti bleu obtient 33,2 % des voix et 142 députés", "gana con el 23,4% y
58 escaños", "com 32,72% e 89 deputados". A count of members of a chamber (or of seats) joined to the share before it
by "and" alone is the seats won with that share: measured as seats, and the share's subject's when the share names
one (the subject finder reads the party before the share, not before the count that follows it).
"""

from __future__ import annotations

import re

from briefing_tui.compare.seat_holders import MANDATES, SEAT_HOLDERS
from briefing_tui.compare.numbers import LIST_AND
from briefing_tui.lazy_pattern import lazy_compile

# Measures a count of a chamber's members or seats carries before it is known to be a party's seats ("legislator" is
# the open measure of "deputados", "diputados", "députés", "lawmakers").
SEAT_COUNT_MEASURES = frozenset(("seats", "legislator"))
# Between the share and the count: the share's "of the vote" (in English, Portuguese, Spanish, French, Italian,
# German), then "and" in one of those languages; nothing else.
_SHARE_AND = lazy_compile(
    r"\s{0,3}(?:(?:of\s{1,3}the\s{1,3}(?:vote|votes|ballots)"
    r"|d[oae]s?\s{1,3}(?:los\s{1,3}|las\s{1,3})?(?:votos|voix|sufragios|suffrages)"
    r"|dei\s{1,3}voti|der\s{1,3}Stimmen)\s{1,3})?"
    rf"(?:{LIST_AND}|ed)\s{{1,3}}(?:(?:just|only|apenas|solo|seulement|nur)\s{{1,3}})?\Z",
    re.I)
# A year right after the count: a past result ("après 20,8 % et 57 députés en 1985"), left as it was read.
_YEAR_AFTER = lazy_compile(r"\s{0,3}(?:in|en|em|no|nel|im)\s{1,3}(?:1[89]|20)\d\d\b", re.I)
_LAST_WORD = lazy_compile(r"([^\W\d_]+)\W*\Z")


def _counts_seats(text: str, fields: dict) -> bool:
    """Whether a count (its ``text`` and ``fields``) counts a chamber's members or seats."""
    if fields.get("measure") is not None:  # (another measure read: the seats abroad, a vote's count)
        return fields["measure"] in SEAT_COUNT_MEASURES
    word = _LAST_WORD.search(text)
    return bool(word and word.group(1).lower() in SEAT_HOLDERS | MANDATES)


def seats_with_shares(out: list[tuple[str, int, int, dict]], text: str) -> list[tuple[str, int, int, dict]]:
    """The figures (kind, start, end, fields) with each count of seats joined by "and" to a share before it read as
    the seats won with that share, of the share's subject when the count names none."""
    result = list(out)
    for k in range(1, len(result)):
        kind, start, end, fields = result[k]
        share = result[k - 1]
        if kind != "count" or share[0] != "percent" or fields.get("role", "current") != "current" \
                or fields.get("subject") and share[3].get("subject") not in (None, fields.get("subject")):
            continue
        if share[3].get("measure") not in (None, "votes") or not _counts_seats(text[start:end], fields) \
                or not _SHARE_AND.match(text[share[2]:start]) or _YEAR_AFTER.match(text, end):
            continue
        result[k] = (kind, start, end, {**fields, "measure": "seats",
                                        "subject": fields.get("subject") or share[3].get("subject")})
    return result
