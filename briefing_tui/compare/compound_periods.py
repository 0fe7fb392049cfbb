"""German lengths of time written as one adjective before their noun: "eine dreitägige Staatstrauer", "eine
fünfmonatige Frist", "ein vierjähriges Programm", "eine 72-stündige Waffenruhe".

The same adjectives also give ages ("der 61-jährige Präsident", "ein fünfjähriger Junge"), so one is read as a
period only before a noun :mod:`.span_measures` knows (a mourning, a truce, a deadline, a programme) or a happening's
:mod:`.event_spans` knows ("ein dreimonatiger Prozess", "ein dreitägiger Streik"): its measure; or before a prison
sentence's noun ("eine fünfjährige Haftstrafe").

And a German count of a compound noun whose last part is a unit of time: "drei Trauertage" (three days of mourning),
"fünf Streiktage", "zwei Wochen" alone is no such compound. Read as a period of that unit when the compound's first
part is a noun :mod:`.span_measures` or :mod:`.event_spans` knows (its measure): "drei Trauertage" is the mourning
period "eine dreitägige Staatstrauer" and "three days of national mourning" give, not a count of "Trauertage".
"""

from __future__ import annotations

from briefing_tui.compare.counts import Found
from briefing_tui.compare.figure_patterns import period_scale
from briefing_tui.compare.event_spans import event_named
from briefing_tui.compare.span_measures import measure_named
from briefing_tui.lazy_pattern import lazy_compile

# German number words written into such an adjective ("drei", "fünf", "zwölf"; "ein" for one).
NUMBER_WORDS = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
                 "zehn": 10, "elf": 11, "zwölf": 12, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30, "vierzig": 40,
                 "fünfzig": 50, "sechzig": 60, "neunzig": 90, "hundert": 100}
# The adjective's endings of time: days, weeks, months, years, hours.
_UNITS = {"tägig": "day", "wöchig": "week", "monatig": "month", "jährig": "year", "stündig": "hour"}
# The adjective (a number, in digits or words, a unit's ending, an inflection) and the noun after it, an adjective
# between ("eine dreitägige nationale Trauer").
# (the number and unit in any case, "Fünfjährige" opening a sentence; the adjective between in lower case and the
# noun capitalised, as German writes them: "zu einer fünfjährigen Haftstrafe verurteilt" has no adjective between)
_COMPOUND = lazy_compile(
    r"(?<![\w-])(?i:(?P<n>\d{1,3}-?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
    r"(?P<unit>" + "|".join(_UNITS) + r")(?P<ending>e|en|er|es|em)?)\b"
    r"(?:\s{1,3}[a-zäöüß]{3,30})?\s{1,3}(?P<noun>[A-ZÄÖÜ][\wäöüß-]{2,40})")


# The plural nouns of time that end such a compound ("Trauertage", "Streiktagen", "Trauerwochen"), with their unit.
_NOUN_UNITS = {"tage": "day", "tagen": "day", "wochen": "week", "monate": "month", "monaten": "month",
               "jahre": "year", "jahren": "year", "stunden": "hour"}
# The count (digits or a number word) and the compound: its first part capitalised, then a unit's noun closing it
# ("drei Trauertage"; the first part is lazy so the longest unit noun closes it, bounded: linear).
_NOUN_COMPOUND = lazy_compile(
    r"(?<![\w-])(?i:(?P<n>\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"))\s{1,3}"
    r"(?P<head>[A-ZÄÖÜ][a-zäöüß]{2,30}?)(?P<unit>" + "|".join(sorted(_NOUN_UNITS, key=len, reverse=True)) + r")\b")


# Nouns of a prison sentence ("eine fünfjährige Haftstrafe"): its length, whose measure the sentencing around it
# gives (compare/prison_terms.py).
SENTENCE_NOUNS = frozenset({"haftstrafe", "gefängnisstrafe", "freiheitsstrafe", "haft", "gefängnis"})


def compound_periods_in(text: str) -> list[Found]:
    """Every German compound period before a noun of a known length or a prison sentence (see the module), offsets
    relative to ``text``."""
    found = []
    for m in _COMPOUND.finditer(text):
        if measure_named(m.group("noun")) is None and event_named(m.group("noun")) is None \
                and m.group("noun").lower() not in SENTENCE_NOUNS:
            continue
        number = m.group("n").rstrip("-").lower()
        count = int(number) if number.isdigit() else NUMBER_WORDS[number]
        counted_in, factor = period_scale(_UNITS[m.group("unit").lower()])
        fields: dict = {"low": count * factor, "high": count * factor, "unit": counted_in}
        if factor != 1:
            fields["conversion"] = factor
        if counted_in == "hour":
            fields["measure"] = "hours"
        found.append(Found("period", m.start(), m.end("ending") if m.group("ending") else m.end("unit"), fields))
    return found + noun_compound_periods_in(text)


def noun_compound_periods_in(text: str) -> list[Found]:
    """Every German count of a compound noun of time whose first part names a known length or happening ("drei
    Trauertage": a mourning period of three days), offsets relative to ``text``."""
    found = []
    for m in _NOUN_COMPOUND.finditer(text):
        measure = measure_named(m.group("head")) or event_named(m.group("head"))
        if measure is None:
            continue
        number = m.group("n").lower()
        count = int(number) if number.isdigit() else NUMBER_WORDS[number]
        counted_in, factor = period_scale(_NOUN_UNITS[m.group("unit")])
        fields: dict = {"low": count * factor, "high": count * factor, "unit": counted_in, "measure": measure}
        if factor != 1:
            fields["conversion"] = factor
        found.append(Found("period", m.start(), m.end("unit"), fields))
    return found
