"""People cut off from power: "approximately 104,000 residents remain without electricity", "casi 40.000 están aún
sin luz", "12.000 Haushalte sind ohne Strom". The clause after a count says so; the count's measure is then
``OUTAGE`` whatever noun counts them (people, residents, a bare number), as "were killed" makes a count the dead.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

OUTAGE = "outage"  # (its words in compare/measure_names.py: "outage", "blackout")

# A clause saying its subject has no power: a few words of a verb of state ("remain", "are still", "were left",
# "siguen", "están aún"), then "without" and power or electricity, in English, Spanish, German, French, Italian,
# Portuguese, Dutch and Indonesian. No clause's punctuation and no number in between.
_CUT_OFF = lazy_compile(
    r"\A[^.;:!?,\d]{0,40}?(?<![\w-])(?:without|sin|ohne|sans|senza|sem|zonder|tanpa)\s{1,3}"
    r"(?:(?:the|any|el|la|de|l['’])\s{0,3})?"
    r"(?:power|electricity|luz|electricidad|energ[íi]a|strom|[ée]lectricit[ée]|courant|elettricit[àa]|corrente"
    r"|eletricidade|stroom|listrik)(?![\w-])", re.I)


def cut_off(after: str) -> bool:
    """Whether the clause right after a count says its people are without power ("remain without electricity")."""
    return bool(_CUT_OFF.match(after))
