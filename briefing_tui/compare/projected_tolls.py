"""A toll a forecast gives, not a count (issue 11: no false disagreement between a projection and the count).

"The USGS projected that the death toll could surpass 10,000", "le bilan pourrait dépasser les 3 000 morts", "se
teme que el número de muertos pueda superar los 10.000", "dass mehr als 10.000 Menschen ums Leben gekommen sein
könnten": what the toll may reach, not what was counted. A word of possibility or of a forecast in the figure's
clause, with no other number between them, makes the count's measure the ``projected`` kind
(``contest_shares.PROJECTED``, one of ``measure_kinds.OWN_KINDS``): "projected dead" is never weighed against the
dead counted, and the projections of several sources are compared with each other.

An "up to" or "at most" estimate ("officials said there could be up to 200 dead") is left the toll: its interval
holds every count below it, so it never contradicts one, and it is how a first report gives the toll.
"""

from __future__ import annotations

import re

from briefing_tui.compare.contest_shares import PROJECTED
from briefing_tui.compare.partitives import TOLL_MEASURES
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Qualifier

FORECAST_REACH = 60  # characters of the clause before a toll searched for a word of possibility or forecast
VERB_LAST_REACH = 60  # characters after a toll searched for a German modal at the end of its clause

# A word of possibility or forecast before the toll in its clause, then no digit nor stop up to the figure:
# "could surpass", "might reach", "may exceed" (lower case only: "May 2025" is a month), "is expected to top",
# "projected to", "forecast to", "pourrait dépasser", "pourraient atteindre", "podría superar", "pueda superar",
# "pudiera", "poderia", "possa", "potrebbe superare", "könnte", "dürfte".
_FORECAST_BEFORE = lazy_compile(
    r"\b(?:could"
    r"|might"
    r"|(?-i:may)"
    r"|(?:expected|projected|forecast|predicted|feared|set)\s{1,3}to"
    r"|pourrai(?:t|ent)"
    r"|podrían?|puedan?|pudiera[n]?"
    r"|poderia[m]?|possa[m]?"
    r"|potrebbe(?:ro)?"
    r"|könnten?|dürften?"
    # (a verb of fearing, what the toll is feared to be: "si temono oltre 100 morti", "se temen más de 100 muertos",
    # "on craint plus de 100 morts", "les autorités craignent", "teme-se")
    r"|temono|temen|teme|teme-se|craint|craignent)\b[^\d.;!?]{0,%d}\Z" % FORECAST_REACH, re.I)
# A verb of fearing after the toll, at its clause's end: "nearly 100 dead in total are feared", "über 100 Tote werden
# befürchtet" (not English "feared dead", "feared killed": how a first report gives the people it counts).
_FEARED_AFTER = lazy_compile(
    r"\A[^\d.,;!?]{0,%d}\b(?:are|is|were|was)\s{1,3}feared(?!\s{1,3}(?:dead|killed|drowned|lost))\b"
    r"|\A[^\d.,;!?]{0,%d}\bbefürchtet\b" % (VERB_LAST_REACH, VERB_LAST_REACH), re.I)
# The German modal at the end of the toll's clause, no digit, comma nor stop between: "dass mehr als 10.000 Menschen
# ums Leben gekommen sein könnten", "... gestorben sein dürften".
_MODAL_AFTER = lazy_compile(r"\A[^\d.,;!?]{0,%d}\b(?:könnten?|dürften?)\b" % VERB_LAST_REACH, re.I)
# What ends a clause before a figure: a semicolon, a colon, a bracket, a comma that is no decimal one, a dash, or a
# conjunction of cause that opens a clause of its own ("the toll could rise because 11 are still missing", "podría
# aumentar debido a que aún hay 11 desaparecidos", "pourrait s'alourdir parce que", "weil", "perché", "já que").
_CLAUSE_BREAK = lazy_compile(
    r"[;:()\[\]]|,(?!\d)|\s[–—]\s"
    r"|\b(?:because|since|given\s{1,3}that"
    r"|porque|debido\s{1,3}a\s{1,3}que|ya\s{1,3}que|dado\s{1,3}que|puesto\s{1,3}que"
    r"|parce\s{1,3}que?|puisque?|étant\s{1,3}donné\s{1,3}que?"
    r"|weil|denn"
    r"|perché|poiché|dato\s{1,3}che|visto\s{1,3}che"
    r"|já\s{1,3}que|pois|uma\s{1,3}vez\s{1,3}que)\b", re.I)
CLAUSE_BREAK = _CLAUSE_BREAK  # (public: compare/figure_modality.py reads a figure's clause the same way)
# Qualifiers a first report's estimate of the toll takes: its interval holds every count below it.
_ESTIMATE_QUALIFIERS = frozenset({"up_to", "at_most"})


def projected_toll(measure: str | None, kind: str, qualifier: Qualifier | None, before: str, after: str) -> str | None:
    """``measure`` as a projection's ("projected dead") when the figure is a toll (``partitives.TOLL_MEASURES``)
    that a word of possibility or forecast in its clause gives as what may be ("could surpass 10,000", "pourrait
    dépasser les 3 000 morts", "... sein könnten"), not an "up to" estimate; else ``measure``. ``before`` ends where
    the figure's qualifier starts, ``after`` starts where the figure ends."""
    if kind != "count" or measure not in TOLL_MEASURES or qualifier in _ESTIMATE_QUALIFIERS:
        return measure
    clause = _CLAUSE_BREAK.split(before[-4 * FORECAST_REACH:])[-1]
    if _FORECAST_BEFORE.search(clause[-2 * FORECAST_REACH:]) or _MODAL_AFTER.match(after) or _FEARED_AFTER.match(after):
        return f"{PROJECTED} {measure}"
    return measure
