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
MAX_BEFORE = 60  # characters before the count searched for the verb (one short clause)

# A qualifier before the count, with its space ("about", "rund", "environ", "más de").
_QUALIFIER = (r"(?:(?:about|around|some|nearly|almost|roughly|approximately|over|more\s{1,3}than|up\s{1,3}to"
              r"|etwa|rund|knapp|über|environ|près\s{1,3}de|plus\s{1,3}de|quelque"
              r"|unos|unas|cerca\s{1,3}de|más\s{1,3}de|circa|quasi|oltre|mais\s{1,3}de|quase)\s{1,3})")
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
    r"" + _QUALIFIER + r"?\Z", re.I)
# Right before the count: a firm's staff reduced by it ("reducing its global workforce by around 15,000 employees",
# "réduire ses effectifs de 15 000", "Belegschaft um 15.000 verkleinern" has the verb after and is left out).
_STAFF_REDUCED_BY = lazy_compile(
    r"\b(?:reduc\w{0,6}|cut\w{0,4}|trim\w{0,5}|shrink\w{0,4}|downsiz\w{0,4}"  # English
    r"|rédui\w{0,6}|reduci\w{0,6}|reduzi\w{0,6}|ridur\w{0,6}|ridott\w{0,2})"  # French, Spanish, Portuguese, Italian
    r"\s{1,3}(?:[^\W\d_]{1,8}\s{1,3}){0,2}"  # "its global", "ses", "su plantilla" (a determiner, an adjective)
    r"(?:workforce|headcount|staff|effectifs|personnel|plantilla|forza\s{1,3}lavoro|organico"
    r"|força\s{1,3}de\s{1,3}trabalho|quadro\s{1,3}de\s{1,3}funcionários)"
    r"\s{1,3}(?:by|de|en|di|em)\s{1,3}" + _QUALIFIER + r"?\Z", re.I)
# Right after the count and its noun: they lose their jobs ("18,000 people will lose their jobs", "18 000 personnes qui
# devraient perdre leur travail", "perderán su empleo", "perderanno il posto", "verlieren ihren Job").
_LOSE_JOBS_AFTER = lazy_compile(
    r"\A[^.;:]{0,40}?\b(?:lose|losing|lost)\s{1,3}their\s{1,3}jobs"  # English
    r"|\A[^.;:]{0,40}?\bperdre\s{1,3}(?:leur|son)\s{1,3}(?:travail|emploi|poste)"  # French
    r"|\A[^.;:]{0,40}?\bperder(?:á|án|ían|ía)?\s{1,3}(?:su|sus)\s{1,3}(?:empleos?|trabajos?|puestos?)"  # Spanish
    r"|\A[^.;:]{0,40}?\bperder(?:anno|à|ebbero)\s{1,3}il\s{1,3}(?:posto|lavoro)"  # Italian
    r"|\A[^.;:]{0,40}?\bperder(?:ão|iam|)?\s{1,3}(?:o|os|seus?)\s{1,3}(?:empregos?|postos?)"  # Portuguese
    r"|\A[^.;:]{0,40}?\bverlier(?:en|t)\s{1,3}(?:ihren|ihre)\s{1,3}(?:Job|Jobs|Arbeitsplatz|Stelle)",  # German
    re.I)
# Right after an Italian "posti": "di lavoro" makes them jobs whatever the verb ("15mila posti di lavoro").
_JOBS_AFTER = lazy_compile(r"\A\s{1,3}di\s{1,3}lavoro\b", re.I)


def laid_off(measure: str | None, before: str, after: str) -> str | None:
    """The jobs measure for a count of staff laid off ("lay off 15,000 employees", "despedirá a 15.000 empleados"), by
    which a firm's staff is reduced ("reducing its workforce by 15,000 employees") or who lose their jobs ("18,000
    people will lose their jobs"), or for Italian "posti di lavoro"; else ``measure`` unchanged."""
    if measure not in STAFF_MEASURES:
        return measure
    near = before[-MAX_BEFORE:]
    if _LAYOFF_BEFORE.search(near) or _STAFF_REDUCED_BY.search(near) or _LOSE_JOBS_AFTER.match(after) \
            or (measure == "posti" and _JOBS_AFTER.match(after)):
        return JOBS_MEASURE
    return measure

