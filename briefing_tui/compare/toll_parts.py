"""The groups a toll is broken into right after it: "27 people were killed, including 19 civilians and 8 soldiers",
"27 deaths — 19 civilians and eight soldiers —", "27 mortes, 19 civis e oito soldados", "27 Tote, darunter 19
Zivilisten", "40 morti (27 in Laos, tra cui sei soldati, ...)" (issue 11).

Each such count is a part of the toll before it: the civilians (soldiers, children...) among the dead, never the toll
itself nor another group's part. Read as the toll ("19 civilians" taken for the dead), it was weighed against the
whole toll of other outlets (a false agreement of 14 civilians with 14 dead, a false disagreement of 1 soldier with 9
soldiers of another country). The part takes the measure ``part <group> <toll>`` (``partitives.PART_KIND``, never
weighed against the plain toll; two groups never weighed against each other) and, when it names no place of its own,
the toll's subject (the soldiers among the dead in Laos are Laos's). Works on the (kind, start, end, fields) tuples
of :mod:`.figures`, offsets relative to the sentence.
"""

from __future__ import annotations

import re

from briefing_tui.compare.count_scopes import unscoped
from briefing_tui.compare.count_states import GROUPS
from briefing_tui.compare.partitives import PART_KIND, TOLL_MEASURES
from briefing_tui.lazy_pattern import lazy_compile

# The groups a toll is broken into, canonical English first, then their words (singular and plural) in English,
# Spanish, Portuguese, French, Italian and German; and the groups of compare/count_states.py (men, women, children,
# foreigners).
TOLL_GROUPS: dict[str, tuple[str, ...]] = {
    "civilians": ("civilians", "civilian", "civiles", "civis", "civils", "civili",
                  "zivilisten", "zivilist", "zivilpersonen"),
    "soldiers": ("soldiers", "soldier", "troops", "servicemen", "soldados", "soldado", "militares", "militar",
                 "soldats", "soldat", "militaires", "militaire", "soldati", "soldato", "militari", "militare",
                 "soldaten"),
    **GROUPS,
}
_GROUP_OF_WORD = {w: g for g, words in TOLL_GROUPS.items() for w in words}
# The words of inclusion that open a toll's parts, one language per line: "including", "incluidos", "incluindo",
# "dont", "tra cui", "darunter".
_INCLUDING = (r"(?:including|among\s{1,3}them|of\s{1,3}whom|of\s{1,3}them"
              r"|incluidos|incluidas|incluyendo|entre\s{1,3}ell[oa]s|de\s{1,3}l[oa]s\s{1,3}cuales"
              r"|incluindo|inclusive|entre\s{1,3}el[ea]s|d[oa]s\s{1,3}quais"
              r"|dont|parmi\s{1,3}(?:eux|elles|lesquels|lesquelles)"
              r"|tra\s{1,3}cui|fra\s{1,3}cui|di\s{1,3}cui|tra\s{1,3}(?:loro|questi)"
              r"|darunter|davon|unter\s{1,3}ihnen)")
PREDICATE_WORDS = 6  # words of a toll's predicate or place read between it and its parts
# What stands between a toll and its first part: a few words of its predicate or place ("27 people were killed in
# the floods, including", "23 in Laos, tra cui"), then punctuation (a comma, an opening bracket, a dash) and a word of
# inclusion, or either alone.
_OPENS_PARTS = lazy_compile(
    rf"\A(?:\s{{1,3}}[^\W\d_][\w'’-]{{0,20}}){{0,{PREDICATE_WORDS}}}"
    rf"\s{{0,3}}(?:(?P<mark>[,(—–]|\s-\s)\s{{0,3}}(?P<word>{_INCLUDING})?|(?P<alone>{_INCLUDING}))\s{{0,3}}\Z", re.I)
# What may follow a list of parts opened by punctuation alone: the end of the clause, perhaps after one more part
# written as a word ("14 civis e um soldado, e mais 46 feridos"); never a predicate of the list's own ("killed 15,
# 20 women and 3 children were injured": those are the injured, no part of the dead).
_LIST_END = lazy_compile(
    r"\A(?:\s{0,3}(?:and|e|y|et|und)\s{1,3}(?:a|an|one|un|una|uno|um|uma|une|ein|eine)\s{1,3}[^\W\d_]{3,20})?"
    r"\s{0,3}(?:[,;.)—–]|\Z)", re.I)
END_REACH = 40  # characters after the last part read for the end of the list
# Between two parts of the list: a comma, a conjunction, or both.
_NEXT_PART = lazy_compile(r"\A\s{0,3}(?:,\s{0,3})?(?:(?:and|y|e|et|und)\s{1,3})?\Z", re.I)
# The group's word right after the part's number ("19 civilians", "oito soldados").
_GROUP_WORD = lazy_compile(r"\A\s{0,3}([^\W\d_]{3,20})\b")


def _group(text: str, fields: dict, start: int, end: int, toll: str) -> str | None:
    """The canonical group a count counts (its last word, or the word after its number), or None. The count may
    carry no measure yet, people counted without a fate, the toll's own (the group read as the dead), or the group's
    own word ("1 soldier" read as a measure "soldier"); never another fate ("20 women injured")."""
    words = text[start:end].split()
    word = words[-1].lower() if len(words) > 1 else ""
    if word not in _GROUP_OF_WORD:
        after = _GROUP_WORD.match(text[end:end + END_REACH])
        word = after.group(1).lower() if after and len(words) == 1 else word
    group = _GROUP_OF_WORD.get(word)
    measure = fields.get("measure")
    if group is None or not (measure is None or unscoped(measure) in ("people", toll) or measure in (word, group)
                             or _GROUP_OF_WORD.get(measure) == group):
        return None
    return group


def toll_parts(out: list[tuple[str, int, int, dict]], text: str) -> list[tuple[str, int, int, dict]]:
    """The figures with each group listed right after a toll read as that group's part of it (see the module's
    doc)."""
    k = 0
    while k < len(out) - 1:
        kind, _, end, whole = out[k]
        toll = unscoped(whole.get("measure"))
        opens = _OPENS_PARTS.match(text[end:out[k + 1][1]]) if kind == "count" and toll in TOLL_MEASURES else None
        if opens is None:
            k += 1
            continue
        j, gap_end, parts = k + 1, end, []
        while j < len(out) and out[j][0] == "count" and (j == k + 1 or _NEXT_PART.match(text[gap_end:out[j][1]])):
            _, start, part_end, fields = out[j]
            group = _group(text, fields, start, part_end, toll)
            if group is None:
                break
            parts.append((fields, group))
            j, gap_end = j + 1, part_end
        if parts and (opens.group("word") or opens.group("alone") or _LIST_END.match(text[gap_end:gap_end + END_REACH])):
            for fields, group in parts:
                fields["measure"] = f"{PART_KIND} {group} {toll}"
                fields["subject"] = fields.get("subject") or whole.get("subject")
            if j < len(out) and out[j][0] == "count" and out[j][3].get("measure") is None \
                    and out[j][3].get("unit") is None and _NEXT_PART.match(text[gap_end:out[j][1]]):
                out[j][3]["measure"] = whole.get("measure")  # ("23 in Laos, including six soldiers, and 13 in
                k = j  # Burma": the next toll of the list, with its own place and parts)
                continue
        k = max(j, k + 1)
    return bracketed_places(out, text)


# A bracket right after a toll, opening the list of its places ("40 dead (27 in Laos ... and 13 in Burma)").
_BRACKET = lazy_compile(r"\A\s{0,3}\(\s{0,3}\Z")


def bracketed_places(out: list[tuple[str, int, int, dict]], text: str) -> list[tuple[str, int, int, dict]]:
    """A toll followed by a bracket listing its counts by place is the sum of those places, no one place's: "40 dead
    (27 in Laos, ..., and 13 in Burma)" is not Laos's toll, though Laos is the first place after it."""
    for k in range(len(out) - 1):
        kind, _, end, whole = out[k]
        place, measure = whole.get("subject"), whole.get("measure")
        if kind != "count" or not place or unscoped(measure) not in TOLL_MEASURES \
                or not _BRACKET.match(text[end:out[k + 1][1]]) or out[k + 1][3].get("subject") != place:
            continue
        if any(f.get("measure") == measure and f.get("subject") not in (None, place) for _, _, _, f in out[k + 2:]):
            whole["subject"] = None
    return out

