"""The verbs that govern a count of people, and whose verb a count of a list takes.

A count of people is the object of a verb right before it ("deployed about 1,600 officers", "rescued 850 people",
"han rescatado a 850 personas") or the subject of one right after it ("110,000 attended"). In a list of counts a
later predicate is the later figure's: "Rescuers saved 850 people, 167 by air, and eight were injured" counts 850
rescued (their own verb comes before them), 167 rescued by air (a bare number after a count of the list takes that
count's verb) and eight injured; a coordinated subject with no verb before it keeps the predicate it shares ("Two men
and three women were injured"). Words of six languages (number words and verbs from the editable tables).
"""

from __future__ import annotations

import re

from briefing_tui.compare.language_words import language_words
from briefing_tui.compare.lemmas import lemma
from briefing_tui.compare.measures import PREDICATE_WORDS, measure_of_word, words_in
from briefing_tui.compare.numbers import UNITS
from briefing_tui.compare.word_roles import alive
from briefing_tui.lazy_pattern import lazy_compile

ATTENDANCE = "attendance"
DEPLOYED = "deployed"
# Measures of what happened to people or what they did: a group's count of one of them keeps the group as its kind.
PERSON_MEASURES = frozenset("dead injured missing hospitalised rescued arrested displaced trapped".split()) | {
    ATTENDANCE, DEPLOYED}

# Verbs (by lemma: compare/lemmas.py) right before a count of people (its object) and the measure they give:
# "deployed about 1,600 officers", "drew about 110,000 people", "attracted roughly 5,000".
VERBS_BEFORE: dict[str, str] = {**dict.fromkeys("deploy mobilise mobilize dispatch".split(), DEPLOYED),
                                **dict.fromkeys("draw attract".split(), ATTENDANCE)}
# Verbs (by lemma) right after a bare count of people (its subject): "110,000 attended", "5,000 marched"; and before
# "by" ("attended by about 5,000 campaigners").
VERBS_AFTER: dict[str, str] = dict.fromkeys("attend march rally gather join".split(), ATTENDANCE)
# Qualifier words between a verb and the count it governs ("drew well over", "deployed an estimated"); and Spanish's
# "a" before a person object ("han rescatado a 850 personas").
_QUALIFIER_WORDS = frozenset("""about around roughly approximately some nearly almost over more than well up to at least
    an estimated only just fewer less as many between from a""".split())
# (not "by": "wounded by three soldiers" counts who wounded, not the wounded; "attended by" is read on its own)
VERB_BACK = 80  # characters before a count read for its verb
VERB_REACH = 4  # words before a count where its verb is looked for, past qualifier words
# Between a verb and its count: no punctuation nor other number.
_VERB_GAP_BREAK = lazy_compile(r"[,;:.()\d]")


def verb_before(before: str) -> str | None:
    """The measure of the verb governing a count from right before it ("deployed about", "attended by about")."""
    tail = before[-VERB_BACK:]
    words = [w.group(0).lower() for w in words_in(tail)][-VERB_REACH:]
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if lemma(word) in VERBS_BEFORE:
            gap = tail[tail.lower().rfind(word) + len(word):]
            return VERBS_BEFORE[lemma(word)] if not _VERB_GAP_BREAK.search(gap) else None
        if alive(words, k):
            return None  # ("rescatados con vida 104 personas": alive, no verb of the dead; compare/word_roles.py)
        if measure_of_word(word) in PERSON_MEASURES and (word.endswith("ed") or word in language_words().measures):
            gap = tail[tail.lower().rfind(word) + len(word):]  # "evacuated 3,000 residents", "evacuati 2.000 abitanti"
            return measure_of_word(word) if not _VERB_GAP_BREAK.search(gap) else None
        if word == "by":
            return VERBS_AFTER.get(lemma(words[k - 1])) if k else None  # "attended by about 5,000"
        if word not in _QUALIFIER_WORDS:
            return None
    return None


# Number words of the languages (English units, other languages' small numbers: data/measure_words.yaml).
_COUNT_WORDS = frozenset(w.lower() for w in UNITS if " " not in w) | frozenset(language_words().numbers)
# A count's sentence ends at a semicolon, a colon or a full stop (not a decimal point).
_SENTENCE_END = lazy_compile(r"[;:]|\.(?!\d)")
# Words or numbers after a count, up to its predicate.
_TOKEN = lazy_compile(r"\d[\d.,]*|[^\W\d_][\w'’]*")


def figure_between(after: str) -> bool:
    """Whether another figure of a list comes between a count and the first predicate word after it in its sentence
    (", 167 by air, and eight were injured", "and eight were injured"): that predicate is the later figure's."""
    stretch = _SENTENCE_END.split(after, maxsplit=1)[0]
    for m in _TOKEN.finditer(stretch):
        token = m.group(0).lower()
        if token[0].isdigit() or token in _COUNT_WORDS:
            return True
        if measure_of_word(token) or token in PREDICATE_WORDS:
            return False
    return False


# A count of people ending a list's item right before a bare number: "saved 850 people, " 167 by air; "évacué 850
# personnes, dont " 167; the count and its noun (one or two words), a comma, and a word of inclusion.
_LIST_ITEM = lazy_compile(
    r"(?<![\d.,])\d[\d.,]*\s{1,3}(?:[^\W\d_][\w'’-]*\s{1,3})?[^\W\d_][\w'’-]*\s{0,3},\s{0,3}"
    r"(?:(?:dont|including|darunter|incluidos|incluidas|inclusive|among\s{1,3}them)\s{1,3})?\Z", re.I)


def list_verb(before: str) -> str | None:
    """The measure a bare number takes from the count of people before it in a list ("rescued 850 people, 167 by
    air": rescued): that count's verb of measure, or None."""
    item = _LIST_ITEM.search(before[-VERB_BACK:])
    return verb_before(before[:len(before) - len(before[-VERB_BACK:]) + item.start()]) if item else None
