"""Penalties listed after a requested one are requested too: "le parquet avait requis une peine de sept ans de prison,
300.000 euros d'amende et cinq ans d'inéligibilité", "prosecutors sought five years in prison, a €300,000 fine and a
five-year ban": the fine and the ban are the prosecutors' request, never the fine or the ban the court imposed (a
request never contradicts the sentence). Works on the (kind, start, end, fields) tuples of :mod:`.figures`.
"""

from __future__ import annotations

import re

from briefing_tui.compare.court_measures import REQUESTED_TERM
from briefing_tui.compare.fines import REQUESTED_FINE
from briefing_tui.compare.ban_kinds import BAN_LENGTH_MEASURE, CONTACT_BAN_MEASURE
from briefing_tui.compare.period_measures import SUSPENDED_MEASURE
from briefing_tui.compare.prison_terms import PRISON_MEASURE
from briefing_tui.lazy_pattern import lazy_compile

# What a penalty imposed becomes when it is listed after a request: its requested kind.
REQUESTED_KINDS = {"fine": REQUESTED_FINE, PRISON_MEASURE: REQUESTED_TERM,
                   BAN_LENGTH_MEASURE: f"requested {BAN_LENGTH_MEASURE}",
                   CONTACT_BAN_MEASURE: f"requested {CONTACT_BAN_MEASURE}"}
_REQUESTS = frozenset({REQUESTED_FINE, *REQUESTED_KINDS.values()})
# The measures of a part of the term before, which the list runs on after ("including two suspended").
_PARTS = frozenset({SUSPENDED_MEASURE, SUSPENDED_MEASURE.split()[0]})
# Between two items of one list of penalties: the first's noun ("de prison", "in fines", "d'amende"), a bracket closing
# a conversion, then a comma, a semicolon or a conjunction, and the next one's words ("a €300,000 fine", "une amende
# de", "ineligibility to run for office for"); no number, no stop.
_LIST_LINK = lazy_compile(
    r"\A\)?(?:\s{0,3}[^\W\d_][\w’'-]{0,20}){0,4}?\s{0,3}(?:[,;]\s{0,3}(?:(?:and|et|y|e|und|as\s{1,3}well\s{1,3}as|plus)\s{1,3})?"
    r"|\s(?:and|et|y|e|und|as\s{1,3}well\s{1,3}as|plus)\s{1,3})(?:[^\W\d_][\w’'-]{0,20}\s{1,3}){0,6}\Z", re.I)
# An opening bracket between an amount and its conversion ("€300,000 ($325,000)"): the same item.
_CONVERSION = lazy_compile(r"\A\s{0,3}\(\s{0,3}\Z")
# Words of an imposing or a contrast between two items: what follows is no longer the request ("but the court
# imposed", "mais le tribunal", "sentenced").
_BREAK = lazy_compile(r"\b(?:but|mais|pero|aber|ma|mas|while|whereas|sentenced|imposed|fined|ordered|gave|handed"
                      r"|condamn\w*|verurteil\w*|condenad\w*|condannat\w*|inflig\w*|impus\w*|verhängt\w*"
                      r"|court|judges?|tribunal|juge|juez|jueza|Gericht|Richter\w*|giudice|juiz|juíza)\b", re.I)
LINK_REACH = 80  # characters at most between two items of one list


def requested_lists(out: list[tuple[str, int, int, dict]], text: str) -> list[tuple[str, int, int, dict]]:
    """``out`` with each penalty listed right after a requested one made requested (see the module), the request's
    party its subject when it is a term's."""
    listing = False  # whether the list of a request runs on to this figure
    party = None  # the party that asked for the list's term
    for k, (kind, start, end, fields) in enumerate(out):
        measure = fields.get("measure")
        if measure in _REQUESTS:
            listing, party = True, fields.get("subject") if measure == REQUESTED_TERM else party
            continue
        if listing and measure in _PARTS:
            continue  # ("five years, including two suspended; a €300,000 fine": the list goes on)
        between = text[out[k - 1][2]:start] if k else ""
        if listing and kind == "money" and _CONVERSION.match(between) and out[k - 1][0] == "money":
            fields["measure"] = out[k - 1][3].get("measure")  # ("€300,000 ($325,000)": the same request)
            continue
        if not listing or len(between) > LINK_REACH or not _LIST_LINK.match(between) or _BREAK.search(between) \
                or measure not in REQUESTED_KINDS:
            listing, party = False, None
            continue
        fields["measure"] = REQUESTED_KINDS[measure]
        if kind == "period" and party:
            fields["subject"] = party
    return out
