"""A party's seats counted by its members, and its gain or loss of seats or votes, not its tally.

Members of a chamber counted as what a party named before has or wins are its seats: "Reform has four MPs so far",
"o Chega elegeu 60 deputados", "el PP obtuvo 137 diputados", "avec 58 députés", "mit 120 Abgeordneten" (not "200 MPs
voted", "a letter signed by 40 MPs": no verb of having or winning right before; nor with no party named: whose they
are is unknown: ``holds_seats``).

A change is no tally: "the Socialists lost 20 seats", "pierde 400.000 votos y 20 asientos", "won four more seats",
"121 seats, down 251", "quatre sièges de plus".

Election reports give both the tally ("58 seats") and its change since the last vote ("lost 20 seats"); read as one
measure, the change contradicts the tally. So a count of seats or votes after a verb of losing or gaining, or with a
word of more or fewer, is a kind of its own ("lost seats", "gained seats"): two sources' losses are weighed against
each other, never against a tally. "Won 121 seats" is a tally; "won four more seats" a gain.
"""

from __future__ import annotations

import re

from briefing_tui.compare.measures import measure_of_word
from briefing_tui.lazy_pattern import lazy_compile

LOST, GAINED = "lost", "gained"
CHANGING_TALLIES = frozenset({"seats", "votes"})  # the measures whose changes are read here
WORDS_BETWEEN = 2  # words between the verb and the count ("lost a further 20 seats")
REACH = 120  # characters before a count searched for its verb

# What may stand between a verb and its count: up to WORDS_BETWEEN words, none a conjunction nor a preposition of
# means ("lost a further 20", not "made gains again and secured 58 seats", nor "perdieron la mayoría con 58
# escaños"), or an earlier item of the verb's list ("pierde 400.000 votos y 20 asientos").
_NOT_BETWEEN = r"(?:with|con|avec|mit|com|and|y|e|et|und|ed|but|pero|mais|aber|ma)\b"
_LIST_ITEM = r"\s{1,3}\d[\d.,]{0,15}\s{1,3}[^\W\d_]{2,25}\s{1,3}(?:and|y|e|et|und|ed)"
_WORDS = rf"(?:(?:\s{{1,3}}(?!{_NOT_BETWEEN})[^\s\d.;:!?,()]{{1,25}}){{0,{WORDS_BETWEEN}}}?|{_LIST_ITEM})\s{{1,3}}$"
# Verbs of losing (English, Spanish, Portuguese, French, German, Italian), and "down" ("121 seats, down 251").
_LOST_BEFORE = lazy_compile(
    r"\b(?:lost|loses|losing|lose|shed|sheds|shedding|down"
    r"|pierde|perdió|perdieron|perdiendo|perdeu|perderam|perdendo|perde|perdu|perd|perdent"
    r"|verlor|verliert|verloren|einbüßte|perso|persi)" + _WORDS, re.I)
# Verbs of gaining, and "up" ("up 12", never "up to 50": a bound).
_GAINED_BEFORE = lazy_compile(
    r"\b(?:gained|gains|gaining|gain|picked\s{1,3}up|picks\s{1,3}up|added|adds|up(?!\s{1,3}to\b)"
    r"|ganó|ganaron|ganhou|ganharam|gagné|gagne|gagnent|gewann|gewinnt|gewonnen|hinzugewonnen|guadagnato|guadagna)"
    + _WORDS, re.I)
# A word of more or fewer right before the counted noun ("four more seats", "20 fewer votes"), or after it
# ("cuatro escaños más", "quatre sièges de plus": ``_MORE_AFTER``).
_MORE_BEFORE_NOUN = lazy_compile(r"\A\s{1,3}(?P<word>more|additional|extra|fewer|less)\b", re.I)
_MORE_AFTER = lazy_compile(
    r"\A(?:\s{1,3}[^\W\d_]{3,20})?\s{1,3}(?P<word>más|menos|mais|menos|de\s{1,3}plus|de\s{1,3}moins|en\s{1,3}plus"
    r"|en\s{1,3}moins|mehr|weniger|in\s{1,3}più|in\s{1,3}meno)\b", re.I)
_FEWER_WORDS = frozenset({"fewer", "less", "menos", "de moins", "en moins", "weniger", "in meno"})
# A count whose noun comes after its word of more ("four more seats"): the noun, read for its measure.
_MORE_NOUN = lazy_compile(r"\A\s{1,3}(?:more|additional|extra|fewer)\s{1,3}(?P<noun>[^\W\d_]{3,20})\b", re.I)


# Members of a chamber, in English, Portuguese, Spanish, French, Italian, German.
SEAT_HOLDERS = frozenset("""mps lawmakers legislators deputies senators councillors councilors
    deputados deputadas parlamentares senadores vereadores diputados diputadas parlamentarios concejales
    députés sénateurs élus deputati senatori parlamentari abgeordnete abgeordneten mandatare""".split())
# A verb of having or winning (or "with") right before such a count, a few adverbs between.
_HOLDS_BEFORE = lazy_compile(
    r"\b(?:has|have|had|with|won|wins|win|winning|secured|secures|securing|returned|returns|elected"
    r"|tem|terá|teve|elegeu|elege|elegeram|alcança|alcançou|conquistou|conquista|obteve|obtém|com"
    r"|tiene|tendrá|tuvo|obtuvo|obtiene|consiguió|consigue|logró|logra|suma|sumó|con"
    r"|a|aura|obtient|obtenu|remporte|remporté|décroche|avec"
    r"|ha|avrà|ottiene|ottenuto|conquista|elegge|con"
    r"|hat|erhält|erhielt|gewinnt|gewann|stellt|mit)"
    r"(?:\s{1,3}(?:just|only|so\s{1,3}far|now|some|about|around|nearly|almost|over|more\s{1,3}than|at\s{1,3}least"
    r"|assim|pelo\s{1,3}menos|al\s{1,3}menos|au\s{1,3}moins|almeno|mindestens|les|los|os|i|die))*\s{1,3}$",
    re.I)
HOLDS_REACH = 40  # characters before the count searched for that verb


def holds_seats(head: str | None, before: str) -> bool:
    """Whether a count of members of a chamber (``head``) is what the party before has or wins: its seats."""
    return bool(head) and head.lower() in SEAT_HOLDERS and bool(_HOLDS_BEFORE.search(before[-HOLDS_REACH:]))


def tally_change(measure: str | None, before: str, after: str) -> str | None:
    """``measure`` as a loss or gain ("lost seats", "gained votes") when its count is one (see the module), else
    ``measure`` itself."""
    if measure is None and (noun := _MORE_NOUN.match(after)):
        measure = measure_of_word(noun.group("noun"))
    if measure not in CHANGING_TALLIES:
        return measure
    word = _MORE_BEFORE_NOUN.match(after) or _MORE_AFTER.match(after)
    if word is not None:
        return f"{LOST if ' '.join(word.group('word').lower().split()) in _FEWER_WORDS else GAINED} {measure}"
    near = before[-REACH:]
    if _LOST_BEFORE.search(near):
        return f"{LOST} {measure}"
    if _GAINED_BEFORE.search(near):
        return f"{GAINED} {measure}"
    return measure
