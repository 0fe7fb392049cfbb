"""People cut off from power: "approximately 104,000 residents remain without electricity", "casi 40.000 están aún
sin luz", "12.000 Haushalte sind ohne Strom", "des milliers de foyers privés d'électricité". The clause after a count says so; the count's measure is then
``OUTAGE`` whatever noun counts them (people, residents, a bare number), as "were killed" makes a count the dead.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

OUTAGE = "outage"  # (its words in compare/measure_names.py: "outage", "blackout")
# Homes a cut-off clause counts ("12.000 Haushalte sind ohne Strom"): never weighed against the homes damaged or
# destroyed, nor against people without power (a household is no person).
HOMES_OUTAGE = "homes without power"

# "Without" and power or electricity, in English, Spanish, German, French, Italian, Portuguese, Dutch and Indonesian,
# or "deprived of" it ("foyers privés d'électricité", "privados de luz", "privati di corrente"), or German "fiel der
# Strom aus".
_WITHOUT_POWER = (
    r"(?:(?<![\w-])(?:(?:without|sin|ohne|sans|senza|sem|zonder|tanpa)\s{1,3}"
    r"|(?:deprived|priv[ée]e?s?|privad[oa]s?|privat[ie])\s{1,3}(?:of\s{1,3}|de\s{1,3}|di\s{1,3}|d['’]))"
    r"(?:(?:the|any|el|la|de|l['’])\s{0,3})?"
    r"(?:power|electricity|luz|electricidad|energ[íi]a|strom|[ée]lectricit[ée]|courant|elettricit[àa]|corrente"
    r"|eletricidade|stroom|listrik)(?![\w-])"
    # (or, in German, the power going out, a day or two words between: "In 3 Millionen Haushalten fiel der Strom aus")
    r"|(?<![\w-])(?:fiel|fielen|f[äa]llt)(?:\s{1,3}[^\W\d_]+){0,2}?\s{1,3}(?:der\s{1,3})?Strom\s{1,3}aus\b)")
# A clause saying its subject has no power: a few words of a verb of state ("remain", "are still", "were left",
# "siguen", "están aún"), then the words above. No clause's punctuation and no number in between.
_CUT_OFF = lazy_compile(r"\A[^.;:!?,\d]{0,40}?" + _WITHOUT_POWER, re.I)
# The same words right before the count, its verb first ("dejaron sin electricidad a 25.000 personas", "a privé
# d'électricité 8 000 foyers"), past the object's "a"/"à" and a qualifier ("a más de", "à près de").
_CUT_OFF_BEFORE = lazy_compile(
    _WITHOUT_POWER + r"\s{1,3}(?:(?:a|à)\s{1,3})?"
    r"(?:(?:al\s{1,3}menos|unos|unas|más\s{1,3}de|casi|cerca\s{1,3}de|environ|plus\s{1,3}de|près\s{1,3}de"
    r"|quelque|mindestens|rund|etwa|über|almeno|circa|oltre|quase|mais\s{1,3}de|some|about|around|nearly"
    r"|more\s{1,3}than)\s{1,3})?\Z", re.I)


def cut_off(after: str) -> bool:
    """Whether the clause right after a count says its people are without power ("remain without electricity")."""
    return bool(_CUT_OFF.match(after))


def cut_off_before(before: str) -> bool:
    """Whether the words right before a count say its people are left without power ("dejaron sin luz a")."""
    return bool(_CUT_OFF_BEFORE.search(before))
