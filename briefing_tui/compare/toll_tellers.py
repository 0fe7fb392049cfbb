"""A toll's teller is not its subject (issue 11): "Thailand's Ministry of Public Health confirmed 14 deaths", "the
health ministry has announced the death toll, which has mounted to 15", "el Ministerio de Salud informó de 27
muertos", "das Gesundheitsministerium meldete 27 Tote".

A ministry, department, government or authority that gives a count of the dead (injured, missing, displaced...)
made the count; the people counted are not its own. Read as the count's subject, it set the ministry's toll apart
from the same toll other outlets give without naming who counted it (a claim "dead (Ministry of Public Health): 14"
beside "dead: 15"), and titled a claim of the dead by an office. Such a subject is dropped; the count then takes
its place from the rest of the text like any toll given without one. Works on the (kind, start, end, fields)
tuples of :mod:`.figures`.
"""

from __future__ import annotations

import re

from briefing_tui.compare.count_scopes import unscoped
from briefing_tui.compare.partitives import TOLL_MEASURES
from briefing_tui.lazy_pattern import lazy_compile

# A body that counts, in English, Spanish, Portuguese, French, Italian and German (one language a line), as a word of
# the subject: "Ministry of Public Health", "health ministry", "Ministerio de Salud", "Gesundheitsministerium".
_OFFICE = lazy_compile(
    r"\b(?:ministry|ministries|department|government|authorities|agency)\b"
    r"|\b(?:ministerio|gobierno|autoridades|departamento)\b"
    r"|\b(?:ministério|governo|autoridades)\b"
    r"|\b(?:ministère|gouvernement|autorités)\b"
    r"|\b(?:ministero|governo|autorità)\b"
    r"|(?:ministerium|regierung|behörden?)\b", re.I)


def without_tellers(out: list[tuple[str, int, int, dict]]) -> list[tuple[str, int, int, dict]]:
    """The figures with no toll's subject an office that counted it (see the module's doc)."""
    for kind, _, _, fields in out:
        subject = fields.get("subject")
        if kind == "count" and subject and _OFFICE.search(subject) \
                and (unscoped(fields.get("measure")) or "").rpartition(" ")[2] in TOLL_MEASURES:
            fields["subject"] = None
    return out
