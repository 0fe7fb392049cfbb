"""A party's seats counted by its members: members of a chamber counted as what a party named before has or wins
are its seats ("Reform has four MPs so far", "o Chega elegeu 60 deputados", "el PP obtuvo 137 diputados", "avec
125 députés", "mit 208 Abgeordneten"); not "200 MPs voted", "a letter signed by 40 MPs" (no verb of having or winning
right before). Members counted with no verb of acting after them are seats too ("con el 23,4% y 58 escaños",
"obtienen 89 diputados, ...", "ending up with just 58 lawmakers in the parliament"): a count of members is what a
chamber is made of, unless the members do something ("40 MPs signed a letter", "200 députés ont voté"); whose
seats they are is the party named before when there is one, else unknown.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# Members of a chamber, in English, Portuguese, Spanish, French, Italian, German.
SEAT_HOLDERS = frozenset("""mps lawmakers legislators deputies senators councillors councilors
    deputados deputadas parlamentares senadores vereadores diputados diputadas parlamentarios concejales
    députés sénateurs élus deputati senatori parlamentari abgeordnete abgeordneten mandatare""".split())
# Mandates counted are seats in every language ("nove mandatos", "58 mandates", "20 Mandate").
MANDATES = frozenset("mandates mandatos mandato mandati mandate mandat mandaten".split())
# A verb of having or winning (or "with") right before such a count, a few adverbs between.
_HOLDS_BEFORE = lazy_compile(
    r"\b(?:has|have|had|with|won|wins|win|winning|secured|secures|securing|returned|returns|elected"
    r"|eleito|eleitos|elegido|elegidos|élu|élus|eletto|eletti|gewählt"
    r"|tem|terá|teve|elegeu|elege|elegeram|alcança|alcançou|conquistou|conquista|obteve|obtém|com"
    r"|têm|elegem|conquistam|obtêm|alcançam"  # (Portuguese plurals)
    r"|tiene|tendrá|tuvo|obtuvo|obtiene|consiguió|consigue|logró|logra|suma|sumó|con"
    r"|tienen|obtienen|obtuvieron|consiguen|consiguieron|logran|lograron|suman|sumaron"  # (Spanish plurals)
    r"|a|aura|obtient|obtenu|remporte|remporté|décroche|avec"
    r"|obtiennent|remportent|décrochent"  # (French plurals)
    r"|ha|avrà|ottiene|ottenuto|conquista|elegge|con"
    r"|ottengono|conquistano|eleggono"  # (Italian plurals)
    r"|hat|erhält|erhielt|gewinnt|gewann|stellt|mit"
    r"|erhalten|erhielten|gewinnen|gewannen|stellen)"  # (German plurals)
    r"(?:\s{1,3}(?:just|only|so\s{1,3}far|now|some|about|around|nearly|almost|over|more\s{1,3}than|at\s{1,3}least"
    r"|assim|pelo\s{1,3}menos|al\s{1,3}menos|au\s{1,3}moins|almeno|mindestens|les|los|os|i|die))*\s{1,3}$",
    re.I)
HOLDS_REACH = 40  # characters before the count searched for that verb
# What may follow members counted as seats: the end of the clause (a punctuation mark, a bracket), or a word that
# places or qualifies them rather than a verb they do: a preposition or a conjunction, in English, Portuguese,
# Spanish, French, Italian and German.
_SEATS_AFTER = lazy_compile(
    r"\s{0,3}(?:$|[,.;:)(\]\u2013\u2014-]"
    r"|(?:in|on|of|out|from|for|to|and|or|at|than|em|no|na|nos|nas|do|da|dos|das|de|para|e|ou|en|del|y|o|sur|dans|du|des|"
    r"et|nel|nella|nei|dei|della|per|su|ed|im|von|der|und|oder|mehr|als|more|less|plus|mais|"
    r"más|più)\b)",
    re.I)


def holds_seats(head: str | None, before: str) -> bool:
    """Whether a count of members of a chamber (``head``) is what the party before has or wins: its seats."""
    return bool(head) and head.lower() in SEAT_HOLDERS and bool(_HOLDS_BEFORE.search(before[-HOLDS_REACH:]))


def seats_counted(head: str | None, before: str, after: str) -> bool:
    """Whether a count of members of a chamber or of mandates (``head``) is a count of seats: mandates always;
    members after a verb of having or winning, or with no verb of their own after them."""
    if not head:
        return False
    word = head.lower()
    if word in MANDATES:
        return True
    return word in SEAT_HOLDERS and (holds_seats(head, before) or bool(_SEATS_AFTER.match(after)))
