"""A list of names, each with its number in brackets, measured once at its head: "La CDU détient le plus grand nombre
de sièges (164), suivie par l'AfD (152), le SPD (120) et les Verts (85)", "the most seats (164), followed by Labour
(152) and the Greens (85)". The writer names the measure with the first bracketed number only; each later bare
number in brackets, told of the name right before its bracket, counts what the first one counts and is that name's.
Works on the (kind, start, end, fields) tuples of :mod:`.figures`, offsets relative to the sentence.
"""

from __future__ import annotations

import re

from briefing_tui.compare.seat_holders import MANDATES, SEAT_HOLDERS
from briefing_tui.lazy_pattern import lazy_compile

# Between two bracketed numbers of one list: the earlier bracket's close, then words with no digit, bracket or mark
# ending a clause (a joiner, a verb of following, the next name and its article), then the later bracket's open.
_BRACKET_GAP = lazy_compile(r"\A\s{0,2}\)[^()\d.;:!?]{1,60}\(\s{0,2}\Z")
# The name right before the later bracket, an elided French or Italian article cut off ("l'AfD (152)": AfD), up to
# three capitalised words ("Partido Verde (40)").
_NAME_BEFORE = lazy_compile(
    r"(?<![\w’'-])(?:[lLdD]['’])?(?P<name>[A-ZÀ-Ý][\w&.’'-]{0,30}(?:\s{1,3}[A-ZÀ-Ý][\w&.’'-]{0,30}){0,2})"
    r"\s{0,2}\(\s{0,2}\Z")
_CLOSE_AFTER = lazy_compile(r"\A\s{0,2}\)")  # the later number's bracket closes right after it
LISTED_KINDS = ("count", "percent")  # what such a list gives (seats, votes, shares)
# A noun of members or mandates right before a bare number's bracket ("con lo stesso numero di deputati (58)", "com
# mais um deputado (9)", "le même nombre de députés (58)"): the noun names what the number counts, seats. The
# singular forms count too ("mais um deputado (9)": one more member, the bracket the party's new total).
_MEMBERS_BEFORE = lazy_compile(r"(?<![\w-])(?P<noun>[^\W\d_]{2,20})\s{0,2}\(\s{0,2}\Z")
SINGULAR_HOLDERS = frozenset("""mp lawmaker legislator deputy senator deputado deputada parlamentar diputado diputada
    parlamentario député élu deputato parlamentare abgeordneter""".split())
MEMBERS_REACH = 30  # characters before the number searched for the noun and its bracket
SEATS = "seats"


def _bare(fields: dict) -> bool:
    """Whether a figure is a number alone, of no measure, unit or qualifier read."""
    return not any(fields.get(k) for k in ("measure", "unit", "qualifier", "role")) or (
        fields.get("unit") == "%" and not any(fields.get(k) for k in ("measure", "qualifier", "role")))


def bracketed_list_measures(out: list[tuple[str, int, int, dict]], text: str) -> list[tuple[str, int, int, dict]]:
    """Each bare number in brackets after a name, following a bracketed number of the same kind with a measure across
    a gap of words (``_BRACKET_GAP``), given that measure, and the name as its subject when it has none."""
    before = None  # the last figure that is not a date
    for kind, start, end, fields in out:
        if kind == "date":
            continue
        if kind in LISTED_KINDS and before is not None and before[0] == kind and before[3].get("measure") \
                and _bare(fields) and _CLOSE_AFTER.match(text[end:end + 3]) \
                and _BRACKET_GAP.match(text[before[2]:start]) \
                and (name := _NAME_BEFORE.search(text, before[2], start)) is not None:
            fields["measure"] = before[3]["measure"]
            if not fields.get("subject"):
                fields["subject"] = re.sub(r"\s{1,3}", " ", name.group("name"))
        before = (kind, start, end, fields)
    return out


def bracketed_member_counts(out: list[tuple[str, int, int, dict]], text: str) -> list[tuple[str, int, int, dict]]:
    """Each bare count in brackets right after a noun of members or mandates given the measure seats (whose they
    are, the words around do not say: "Seguono ... con lo stesso numero di deputati (58), il Partito socialista e
    Chega", two parties' each; the subject read for it is kept only if it is a name the noun is not)."""
    for kind, start, end, fields in out:
        if kind != "count" or not _bare(fields) or not _CLOSE_AFTER.match(text[end:end + 3]):
            continue
        m = _MEMBERS_BEFORE.search(text, max(0, start - MEMBERS_REACH), start)
        if m is not None and m.group("noun").lower() in SEAT_HOLDERS | MANDATES | SINGULAR_HOLDERS:
            fields["measure"] = SEATS
            if (fields.get("subject") or "").lower() == m.group("noun").lower():
                fields["subject"] = None  # ("mehr Abgeordnete (85)": the capitalised noun is no owner)
    return out
