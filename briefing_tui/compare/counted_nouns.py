"""The counted noun of numbers the count reader (:mod:`briefing_tui.compare.counts`) meets in two forms: after a
pair of values "from X to Y" (``FROM_BEFORE``; "a rise from 33 to 35 cases": both count cases), and after a number
written like a year that a count's qualifier opens ("buried about 2000 people": a count, not the year 2000)."""

from __future__ import annotations

import re

from briefing_tui.compare.count_phrases import count_phrase
from briefing_tui.compare.counted_names import counted_name
from briefing_tui.compare.language_words import language_words
from briefing_tui.compare.measures import INVARIABLE_PLURALS, measure_of_word, singular
from briefing_tui.lazy_pattern import lazy_compile


# "from 31 to 46": the first figure is the previous value of the measure ("from the current level of 2%").
FROM_BEFORE = lazy_compile(
    r"\bfrom\s+(?:(?:an?|the)\s+)?(?:(?:initial|earlier|previous|current|existing|original|threatened)\s+)?"
    r"(?:(?:level|rate)\s+of\s+)?$"
    r"|\b(?:down|up|dropped|fell|rose)\s+from\s+(?:an?|the)\s+[a-z]{3,20}\s+$",  # "down from an alarming 97"
    re.I)


def counted_noun(rest: str) -> tuple[str | None, int]:
    """The counted noun right at the start of ``rest`` (the text after a number), a plural or a measure's word
    ("35 cases", "46 people", not "46 overnight"), and how far its phrase reaches; (None, 0) otherwise."""
    phrase = count_phrase(rest)
    if phrase is None or phrase[0] > 1:
        return None, 0
    head = phrase[2]
    counted = singular(head) != head or measure_of_word(head) is not None or head in INVARIABLE_PLURALS \
        or head in language_words().people \
        or counted_name(head) is not None  # (other languages' words for people, "Menschen", "persone", and the counted
    # nouns of the table in any language, whose plural no English rule makes: "8 milioni di veicoli")
    return (head, phrase[1]) if counted else (None, 0)


# A qualifier of a count right before a number ("about 2000"), and a counted plural noun right after it ("2000 people"):
# together they make a number that looks like a year a count ("the landslide buried about 2000 people").
_COUNT_QUALIFIER_BEFORE = lazy_compile(
    r"(?<!since )(?<!until )(?<!from )(?<!in )(?<!by )(?<!before )(?<!after )"  # (not "since about 2005 prices rose")
    r"\b(?:about|around|roughly|approximately|some|nearly|almost|over|more\s{1,3}than|at\s{1,3}least|up\s{1,3}to)\s{1,3}$",
    re.I)
YEAR_QUALIFIER_REACH = 20  # characters before the number searched for a qualifier
# Other languages' qualifiers of the table (measure_words.yaml ``qualifiers``) that open such a count ("environ 2000
# personnes", "unas 2000 personas", "rund 2000 Menschen"); not the "up to" words, which also mean "until" ("hasta 2030").
YEAR_COUNT_QUALIFIERS = ("more_than", "at_least", "about", "nearly", "less_than", "at_most")
# The last words before the number: a qualifier of the table is looked up among their endings.
_WORDS_BEFORE = lazy_compile(r"(?:[^\W\d_][\w.'’]{0,30}\s{1,3}){1,3}$")  # (bounded: linear when searched over any text)


def counted_not_year(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]``, written like a year ("2000"), is a count: a count's qualifier
    before it and a counted plural noun or a measure's word after it ("about 2000 people", not "in 2000")."""
    if not _COUNT_QUALIFIER_BEFORE.search(text, max(0, start - YEAR_QUALIFIER_REACH), start) \
            and not _table_qualifier_before(text[max(0, start - YEAR_QUALIFIER_REACH):start]):
        return False
    return counted_noun(text[end:end + 80])[0] is not None


def _table_qualifier_before(before: str) -> bool:
    """Whether ``before`` (the text right before a number) ends with another language's count qualifier."""
    m = _WORDS_BEFORE.search(before)
    if m is None:
        return False
    found = m.group(0).split()
    qualifiers = language_words().qualifiers
    return any(qualifiers.get(" ".join(found[k:]).lower()) in YEAR_COUNT_QUALIFIERS for k in range(len(found)))
