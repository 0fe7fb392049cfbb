"""What kind of ban a period is the length of: a restraining order (a ban on approaching or contacting someone: "a
one-year restraining order", "una orden de alejamiento de un año", "ein Kontaktverbot für ein Jahr", "banned from
contacting her for two years") or any other ban (from office, from elections, from an activity). The two are
different measures, never weighed against each other.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

BAN_LENGTH_MEASURE = "ban sentence"  # how long a ban from office (or any bar) runs: a kind of sentence, no prison term
CONTACT_BAN_MEASURE = "contact-ban sentence"  # how long a restraining order (a ban on approaching someone) runs

# Nouns of a ban on approaching or contacting someone (a restraining order), English, French, Spanish, German,
# Portuguese, Italian: a ban of its own, never weighed against a ban from office.
CONTACT_NOUN = (r"(?:restraining\s{1,3}orders?|no-contact\s{1,3}orders?|contact\s{1,3}bans?"
                r"|orden(?:es)?\s{1,3}de\s{1,3}alejamiento|alejamiento|prohibición\s{1,3}de\s{1,3}(?:acercamiento|aproximación)"
                r"|interdiction\s{1,3}(?:de\s{1,3}contact|d['’]entrer\s{1,3}en\s{1,3}contact)"
                r"|Kontaktverbot|Annäherungsverbot|Kontakt-\s{0,3}und\s{1,3}Annäherungsverbot"
                r"|medidas?\s{1,3}protetivas?|proibição\s{1,3}de\s{1,3}(?:contacto|contato|aproximação)"
                r"|divieto\s{1,3}di\s{1,3}avvicinamento)")
# A ban's words that make it a restraining order: its noun, or what it bars ("banned from contacting her", "ordered to
# stay away from", "prohibido acercarse", "interdit d'entrer en contact", "darf sich ihr nicht nähern").
_CONTACT = lazy_compile(
    CONTACT_NOUN + r"|\b(?:contact|contacting|approach|approaching|stay\s{1,3}away|keep\s{1,3}away|acercarse|aproximarse"
    r"|comunicarse|contactar|s['’]approcher|contacter|entrer\s{1,3}en\s{1,3}contact|kontakt\w*|nähern|avvicinarsi"
    r"|contattare|aproximar-se|se\s{1,3}aproximar|contatar|contactar)\b", re.I)


def ban_kind(words: str) -> str:
    """The measure of a ban by the words that name it (its verb or noun and what it bars): a restraining order's,
    else any other ban's."""
    return CONTACT_BAN_MEASURE if _CONTACT.search(words) else BAN_LENGTH_MEASURE
