"""The dead whose bodies were handed to their families: "45 bodies have been handed over to their families", "50
cuerpos ya fueron identificados y entregados a las familias", "os corpos de 45 vítimas foram entregues às suas
famílias", "45 corps ont été rendus aux familles", "45 Leichen wurden den Angehörigen übergeben" (issue 11).

Such a count lags the toll (bodies are identified, then released, over days): its own kind of the dead ("returned
dead", compare/measure_kinds.py), weighed against other outlets' counts of bodies handed over, never against the
toll; and it is that even when the same clause says the bodies were identified first.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

RETURNED_DEAD = "returned dead"
_DEAD_MEASURES = frozenset({"dead", "identified dead"})  # (the clause may say "identified and handed over")
# After a count of the dead: a few words (auxiliaries, "already", "identified and"), a verb of handing over, then
# "to" and the families or relatives, in English, Spanish, Portuguese, French, Italian, German.
_HANDED_TO_FAMILIES = lazy_compile(
    r"\A\s{0,3}(?:[^\W\d_]{1,15}\s{1,3}){0,5}?"
    r"(?:handed\s{1,3}over|handed|returned|released|entregad[oa]s|devuelt[oa]s|entregues|devolvid[oa]s"
    r"|remis|rendus|restitués|consegnat[ie]|restituit[ie]|übergeben|übergeben\s{1,3}worden)"
    r"\s{1,3}(?:(?:to|a|às|aos|aux|à|an|alle|ai|den)\s{1,3})?"
    r"(?:(?:the|their|las|los|sus|suas|seus|leurs|les|ihren|loro|le)\s{1,3})?"
    r"(?:families|family|relatives|next\s{1,3}of\s{1,3}kin|familias|familiares|famílias|familles|proches|familien"
    r"|angehörigen|famiglie|familiari)\b", re.I)
# German puts the families before the verb: "den Angehörigen übergeben", "an die Familien übergeben".
_GERMAN_HANDED = lazy_compile(r"\A\s{0,3}(?:[^\W\d_]{1,15}\s{1,3}){0,4}?(?:an\s{1,3}die\s{1,3}|den\s{1,3}|ihren\s{1,3})"
                              r"(?:Familien|Angehörigen|Hinterbliebenen)\s{1,3}(?:übergeben|überstellt|zurückgegeben)\b")
AFTER_REACH = 120  # characters after a count read for the handing over


def returned_bodies(measure: str | None, after: str) -> str | None:
    """"returned dead" for a count of the dead whose bodies the text right after says were handed to their families,
    else ``measure``."""
    if measure in _DEAD_MEASURES and (_HANDED_TO_FAMILIES.match(after[:AFTER_REACH])
                                      or _GERMAN_HANDED.match(after[:AFTER_REACH])):
        return RETURNED_DEAD
    return measure
