"""A count of staff a firm lays off is the jobs it cuts, whatever noun counts them.

Outlets tell one layoff as "cut 15,000 jobs", "lay off 15,000 employees", "shed 15,000 workers", "despedirá a 15.000
empleados", "entlässt 15.000 Mitarbeiter" or "taglierà 15mila posti di lavoro". Read by its noun, each was a
different measure (jobs, employees, worker, people, posti), so one layoff split into as many claims, and a count
laid off read as "employees" could be weighed against the firm's whole staff ("Intel has 125,000 employees").
:func:`laid_off` gives a count of staff governed by a verb or noun of laying off the jobs measure; a firm's
staff counted otherwise keeps its measure.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

JOBS_MEASURE = "jobs"  # the measure of "cut 15,000 jobs" (data/measure_words.yaml `jobs`)
# Measures a count of a firm's staff is read with from its noun ("employees", "workers", "people", "staff", Italian
# "posti" of "posti di lavoro").
STAFF_MEASURES = frozenset({"employees", "worker", "workers", "people", "staff", "posti"})

# Right before the count: a verb or noun of laying off staff, at most a preposition or article ("despedirá a",
# "suppression de", "Abbau von") and a qualifier ("about", "rund", "environ"), one language per line.
_LAYOFF_BEFORE = lazy_compile(
    r"(?:\blay(?:s|ing)?\s{1,3}off|\blaid\s{1,3}off|\bcut(?:s|ting)?|\bshed(?:s|ding)?|\bax(?:e|es|ed|ing)?"
    r"|\beliminat(?:e|es|ed|ing)|\bfir(?:e|es|ed|ing)|\bdismiss(?:es|ed|ing)?|\bslash(?:es|ed|ing)?"
    r"|\blayoffs?\s{1,3}of|\bcuts?\s{1,3}of"  # English
    r"|\bentl(?:ässt|assen|ieß|iess)|\bstreich(?:t|en)|\bbau(?:t|en)\s{1,3}ab|\bAbbau\s{1,3}von"  # German
    r"|\blicenci(?:er|e|era|ent|eront|é)|\bsupprim(?:er|e|era|ent|eront|é)|\bsuppressions?\s{1,3}d[e'’]"  # French
    r"|\bdespid(?:e|en|ió|ieron)|\bdespedir(?:á|án)?|\bdespidos?\s{1,3}de|\brecort(?:ar|a|ará|ó)"  # Spanish
    r"|\blicenzi(?:a|are|erà|ato)|\btagli(?:a|are|erà|ato)|\btaglio\s{1,3}di"  # Italian
    r"|\bdemit(?:e|ir|irá|iu)|\bdemissões?\s{1,3}de|\bcort(?:a|ar|ará|ou)"  # Portuguese
    r")\s{1,3}(?:(?:a|à|al|ao|de|di|of|von|les|los|las|i|gli|le|os|as|another|a\s{1,3}further)\s{1,3})?"
    r"(?:(?:about|around|some|nearly|almost|roughly|approximately|over|more\s{1,3}than|up\s{1,3}to"  # a qualifier
    r"|etwa|rund|knapp|über|environ|près\s{1,3}de|plus\s{1,3}de|unos|unas|cerca\s{1,3}de|más\s{1,3}de"
    r"|circa|quasi|oltre|cerca\s{1,3}de|mais\s{1,3}de|quase)\s{1,3})?\Z",
    re.I)
MAX_BEFORE = 60  # characters before the count searched for the verb (one short clause)
# Right after an Italian "posti": "di lavoro" makes them jobs whatever the verb ("15mila posti di lavoro").
_JOBS_AFTER = lazy_compile(r"\A\s{1,3}di\s{1,3}lavoro\b", re.I)


def laid_off(measure: str | None, before: str, after: str) -> str | None:
    """The jobs measure for a count of staff laid off ("lay off 15,000 employees", "despedirá a 15.000 empleados") or
    for Italian "posti di lavoro"; else ``measure`` unchanged."""
    if measure not in STAFF_MEASURES:
        return measure
    if _LAYOFF_BEFORE.search(before[-MAX_BEFORE:]) or (measure == "posti" and _JOBS_AFTER.match(after)):
        return JOBS_MEASURE
    return measure

