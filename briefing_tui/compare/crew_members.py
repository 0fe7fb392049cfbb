"""A crew counted by its members, in any language ("12 membres d'équipage", "12 miembros de la tripulación", "12
membri dell'equipaggio", "12 membros da tripulação", "12 members of the crew"): the count is the crew's, as "12 crew
members" and "12 tripulantes" are. Only a collective that is counted by its members (the crew) takes the count: "five
members of the delegation" are no five delegations, "members of the House" no homes."""

from __future__ import annotations

import re

from briefing_tui.compare.aboard_counts import CREW
from briefing_tui.compare.measure_lookup import measure_of_word
from briefing_tui.lazy_pattern import lazy_compile

# The nouns for members, plural, of the languages read (English, French, Spanish, Portuguese, Italian, German, Dutch,
# Indonesian).
MEMBER_NOUNS = frozenset("members membres miembros membros membri mitglieder leden anggota".split())
# The measures of a collective whose count is the count of its members.
COLLECTIVES = frozenset({CREW})
# The link between a member noun and the collective it belongs to, then the collective's noun (group 1): one
# preposition (with its article) per line.
_MEMBER_OF = lazy_compile(
    r"\s{1,3}(?:"
    r"of\s{1,3}(?:the\s{1,3}|its\s{1,3}|their\s{1,3})?"  # "members of the crew"
    r"|d['’]\s{0,3}"  # "membres d'équipage"
    r"|de\s{1,3}(?:la\s{1,3}|l['’]\s{0,3})?"  # "miembros de la tripulación", "membres de l'équipage"
    r"|d[ao]s?\s{1,3}"  # "membros da tripulação"
    r"|dell['’]\s{0,3}"  # "membri dell'equipaggio"
    r"|del(?:la|lo)?\s{1,3}"  # "membri della ..."
    r"|der\s{1,3}"  # "Mitglieder der Besatzung"
    r"|van\s{1,3}(?:de\s{1,3}|het\s{1,3})?"  # "leden van de bemanning"
    r")([^\W\d_]{3,20})\b",
    re.I)


def crew_of_members(rest: str, word: re.Match) -> tuple[int, str] | None:
    """(end, collective noun) when ``word`` (a word of the counted phrase in ``rest``, the text after a number) is a
    member noun followed by the noun of a collective counted by its members ("membres d'équipage": "équipage");
    None otherwise."""
    if word.group(0).lower() not in MEMBER_NOUNS:
        return None
    m = _MEMBER_OF.match(rest, word.end())
    if m is None or measure_of_word(m.group(1)) not in COLLECTIVES:
        return None
    return m.end(), m.group(1).lower()
