"""A count of an event's people that its sentence gives as an earlier value of the same measure (issue 11): a report
superseded since ("an earlier toll of 27", "Un précédent bilan faisait état de 27 morts", "Die Polizei hatte zunächst
von 27 Toten gesprochen", "inicialmente se informó de 27 muertos", "in precedenza erano stati contati 27 morti") or a
count scoped to a time before the one reported ("13 people were detained the night before", "la veille, 13 personnes
avaient été interpellées", "am Vortag", "la noche anterior", "la notte prima"; and "last night" when the same sentence
names the reported day: "informó este sábado de que la noche pasada fueron detenidas 13 personas").

Such a count is the measure at an earlier time: never a contradiction of a later count of the event. It takes the
``previous`` role (as "from 27 to 43" does), so the claim of the current count never weighs it.
"""

from __future__ import annotations

import re

from briefing_tui.compare.partitives import TOLL_MEASURES
from briefing_tui.lazy_pattern import lazy_compile

# Words before a count, in its clause, that say the count is an earlier report's: an earlier toll's noun, or an
# adverb of "at first" / "before", one language per line. ("previously" not before "un-": "a previously unknown
# group killed 12" dates the group's fame, not the toll.) Not Spanish/Portuguese "antes", which mostly opens "antes
# de" (before an event), nor "first", which also counts days ("the first 3 days").
_EARLIER_REPORT = (
    r"(?:earlier|previous|prior|initial|original)\s{1,3}(?:death\s{1,3})?(?:tolls?|tally|tallies|counts?|figures?"
    r"|estimates?|reports?)|previously(?!\s{1,3}un)|initially|originally"
    r"|(?:précédent|premier)\s{1,3}bilan|bilan\s{1,3}(?:précédent|initial)|auparavant|précédemment|initialement"
    r"|zuvor|zunächst|anfangs|ursprünglich|vorherigen?\s{1,3}(?:Bilanz|Zahl|Angaben?)"
    r"|anteriormente|inicialmente|previamente|(?:balance|recuento|cifra|balanço|número)\s{1,3}(?:anterior|inicial)"
    r"|in\s{1,3}precedenza|inizialmente|precedentemente|(?:bilancio|conteggio)\s{1,3}(?:precedente|iniziale)"
    r"|precedente\s{1,3}bilancio")
# A time before the one narrated, named relative to it: "the night before", "la veille", "am Vortag", one language
# per line.
_EARLIER_TIME = (
    r"the\s{1,3}(?:night|day|evening)\s{1,3}before|the\s{1,3}previous\s{1,3}(?:night|day|evening)"
    r"|la\s{1,3}veille|la\s{1,3}nuit\s{1,3}(?:précédente|d['’]avant)"
    r"|am\s{1,3}Vor(?:tag|abend)|in\s{1,3}der\s{1,3}Nacht\s{1,3}zuvor|in\s{1,3}der\s{1,3}Vornacht"
    r"|la\s{1,3}noche\s{1,3}anterior|el\s{1,3}día\s{1,3}anterior|la\s{1,3}víspera"
    r"|la\s{1,3}notte\s{1,3}(?:prima|precedente)|il\s{1,3}giorno\s{1,3}prima|la\s{1,3}vigilia"
    r"|na\s{1,3}noite\s{1,3}anterior|no\s{1,3}dia\s{1,3}anterior|na\s{1,3}véspera")
# The night before the day of the report ("last night", "la noche pasada", "anoche", "la nuit dernière", "gestern
# Abend", "letzte Nacht", "ieri sera", "ontem à noite"): earlier than the reported day only when the sentence names
# that day as today (``_TODAY``); in a report of the morning after, last night is the event's own time.
_LAST_NIGHT = (
    r"last\s{1,3}night|la\s{1,3}noche\s{1,3}pasada|anoche|la\s{1,3}nuit\s{1,3}dernière"
    r"|gestern\s{1,3}(?:Abend|Nacht)|letzte\s{1,3}Nacht|ieri\s{1,3}sera|ieri\s{1,3}notte|ontem\s{1,3}à\s{1,3}noite"
    r"|a\s{1,3}noite\s{1,3}passada")
_WEEKDAYS = (r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi"
             r"|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì"
             r"|venerdì|sabato|domenica|segunda|terça|quarta|quinta|sexta")
# The reported day named as today: "today", "this Saturday", "hoy", "este sábado", "aujourd'hui", "ce samedi",
# "heute", "oggi", "questo sabato", "hoje", "neste sábado".
_TODAY = lazy_compile(
    rf"\b(?:today|this\s{{1,3}}(?:{_WEEKDAYS})|hoy|este\s{{1,3}}(?:{_WEEKDAYS})|aujourd['’]hui|ce\s{{1,3}}(?:{_WEEKDAYS})"
    rf"|heute|oggi|quest[oa]\s{{1,3}}(?:{_WEEKDAYS})|hoje|nest[ea]\s{{1,3}}(?:{_WEEKDAYS}))\b", re.IGNORECASE)
AFTER_GAP = 30  # characters between a count and a time after it that scopes it ("people were detained the night before")
# Those words in the count's clause before it: no sentence or clause break, no other number between.
# A count listed right before, joined by "and": the earlier report's other count ("un précédent bilan faisait état de
# 400 morts et 3.056 blessés": the injured are the earlier report's too); one count, at most three words, "and".
_LISTED_BEFORE = r"(?:\d[\d.,]{0,12}(?:\s{1,3}[^\W\d]{1,20}){1,3}\s{1,3}(?:and|et|y|und|e|i)\s{1,3})?"
_EARLIER_BEFORE = lazy_compile(rf"\b(?:{_EARLIER_REPORT}|{_EARLIER_TIME})\b[^\d.;:!?()]{{0,80}}{_LISTED_BEFORE}\Z",
                               re.IGNORECASE)
_LAST_NIGHT_BEFORE = lazy_compile(rf"\b(?:{_LAST_NIGHT})\b[^\d.;:!?()]{{0,80}}\Z", re.IGNORECASE)
# ... or close after it, in its clause: "13 people were detained the night before", "27 morts la veille" (a few words
# only: further on, the time dates the event's noun, "115 personnes ont été tuées lors de l'attaque survenue la veille").
_EARLIER_AFTER = lazy_compile(rf"\A[^\d.;:!?(),]{{0,{AFTER_GAP}}}?\b(?:{_EARLIER_TIME})\b", re.IGNORECASE)
_LAST_NIGHT_AFTER = lazy_compile(rf"\A[^\d.;:!?(),]{{0,{AFTER_GAP}}}?\b(?:{_LAST_NIGHT})\b", re.IGNORECASE)
EARLIER_REACH = 100  # characters before a count read for the words that make it an earlier one


def earlier_count(text: str, start: int, end: int, measure: str | None) -> bool:
    """Whether the count at ``text[start:end]`` (``text`` its sentence) of an event's people (``measure`` a toll's)
    is, by the words of its clause, the value of an earlier report or of an earlier time than the one reported."""
    if measure not in TOLL_MEASURES:
        return False
    before = text[max(0, start - EARLIER_REACH):start]
    after = text[end:end + EARLIER_REACH]
    if _EARLIER_BEFORE.search(before) or _EARLIER_AFTER.match(after):
        return True
    last_night = _LAST_NIGHT_BEFORE.search(before) or _LAST_NIGHT_AFTER.match(after)
    return bool(last_night) and bool(_TODAY.search(text))
