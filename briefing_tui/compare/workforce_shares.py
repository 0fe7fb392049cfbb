"""A share of a firm's workforce, named after the share in the words news uses across languages.

"cutting 15% of its workforce" was read as a share of employees, but the same share told in other words measured
nothing ("licencier plus de 15 % de son personnel", "il 15 per cento della sua attuale forza lavoro", "el 15% de su
plantilla", "15 Prozent seiner Belegschaft", "15% da sua força de trabalho") or the plan it belongs to ("a more than
15% reduction in headcount"): one layoff's share, split into as many claims as the words that name the staff.
:func:`workforce_share` gives such a share the measure of employees, as English "of its workforce" has.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

WORKFORCE_MEASURE = "employees"  # the measure English "workforce" names (compare/measure_names.py)

# Right after the share: a link ("of", "de", "della", "der", "da"; or a cut noun and its link: "reduction in", "cut
# to"; none before a German genitive), at most a determiner or possessive and one adjective ("sua attuale", "its global"), then a noun of a firm's
# staff, one language per line.
_WORKFORCE_AFTER = lazy_compile(
    r"\A\s{0,3}(?:%\s{0,3})?"
    r"(?:(?:reduction|reductions|cut|cuts|decrease)\s{1,3}(?:in|of|to)\s{1,3}"
    r"|(?:of|de|du|des|del|della|dello|dei|degli|delle|di|der|da|do|dos|das|van)\s{1,3}|d['’]\s{0,2}"
    r"|(?=(?:seiner|ihrer|unserer)\s))"  # (a German genitive needs no link: "7 Prozent seiner Belegschaft")
    r"(?:(?:its|their|the|his|her|son|sa|ses|leur|leurs|la|le|les|su|sus|el|los|las|sua|suo|sue|suoi|loro|il|lo"
    r"|seiner|ihrer|der|den|o|a|os|as|het|zijn|hun)\s{1,3})?"
    r"(?:[^\W\d_][\w-]{2,20}\s{1,3})?"
    r"(?:workforce|work\s{1,3}force|headcount|staff|employees"
    r"|personnel|effectifs|salariés|employés"
    r"|plantilla|fuerza\s{1,3}laboral|fuerza\s{1,3}de\s{1,3}trabajo|empleados|trabajadores"
    r"|forza[\s-]{1,3}lavoro|personale|dipendenti|organico|lavoratori"
    r"|Belegschaft|Mitarbeiter|Mitarbeitenden|Beschäftigten"
    r"|força\s{1,3}de\s{1,3}trabalho|funcionários|trabalhadores|empregados"
    r"|personeel|werknemers)\b", re.I)


def workforce_share(after: str) -> str | None:
    """The employees' measure for a share whose words after it name a firm's workforce ("de son personnel", "della
    sua attuale forza lavoro", "reduction in headcount"), else None."""
    return WORKFORCE_MEASURE if _WORKFORCE_AFTER.match(after) else None
