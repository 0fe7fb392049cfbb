"""Party names whose adjective is written in lower case after a capitalised noun, as French, Italian, Spanish and
Portuguese write them: "le Parti socialiste", "il Partito democratico", "le Rassemblement national", "el Partido
popular", "o Movimento social". The subject finder reads the capitalised words only ("Parti", "Partito"), so that two
parties of one noun ("Parti socialiste", "Parti communiste") were one subject; the name takes its adjectives back.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# The nouns that head a party's or an alliance's name in French, Italian, Spanish and Portuguese.
PARTY_NOUNS = frozenset("""parti partito partido rassemblement movimento mouvement movimiento front fronte frente
    union unione unión união alleanza alliance alianza aliança bloc blocco bloque bloco coalizione coalition coalición
    coligação coalizão""".split())
# Lower-case adjectives of party names, by their stem, one family per line (French, Italian, Spanish, Portuguese
# endings; "social" covers socialiste, socialista, sociale, social-démocrate), up to three after the noun.
_ADJECTIVE = (
    r"(?:social|démocr|democr|démocrat|national|nazional|nacional|popul|popol|communist|comunist"
    r"|républic|republic|repubblic|libér|liber|écolog|ecolog|verd|vert|radical|progressist"
    r"|conservat|chrétien|cristian|humanist|patriot|révolution|revolucion|rivoluzion|trabalhist|laborist"
    r"|ouvri|operai|insoumis|unitari|independ|indépend|federal|fédéral|regional|régional|centrist)"
    r"[a-zà-ÿ-]{0,12}")
_ADJECTIVES_AFTER = lazy_compile(
    rf"\A(?:\s{{1,3}}{_ADJECTIVE}){{1,3}}(?=[\s,.;:)]|\Z)")


def with_party_adjectives(subject: str, text: str, start: int) -> str:
    """The subject with the lower-case adjectives written right after it where the sentence ``text`` last writes it
    before ``start``, when it is a party's noun ("Parti" -> "Parti socialiste"); else the subject unchanged."""
    if subject.split()[-1].lower() not in PARTY_NOUNS:
        return subject
    at = text.rfind(subject, 0, start)
    if at < 0:
        return subject
    found = _ADJECTIVES_AFTER.match(text[at + len(subject):start])
    return f"{subject}{found.group(0)}" if found else subject
