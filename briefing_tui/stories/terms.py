"""What an article is about, as weighted terms: its words, the names it capitalises and its figures.

Each source becomes a bag of *features* counted over its title and cleaned body:

* ``w:<word>``: a word of three letters or more, case- and accent-folded (any script), other than the
  function words of the usual languages and English reporting words ("said", "according");
* ``n:<first> <second>``: two capitalised words in a row inside a sentence (a name such as
  "Friedrich Merz" or "Key Largo"): a much stronger sign of the event than either word alone;
* ``#<number>``: a figure, read the way the world writes it (``3,085``, ``3.085`` and ``3085`` are
  one figure; ``28,6`` and ``28.6`` are one figure), at least two significant digits.

A place written in another language's name counts as the shipped gazetteer's name of it ("Mekka", "La Mecque"
and "Meca" count as "mecca"; "Ägypten" and "Egitto" as "egypt"): articles of two languages share little but
names, places and figures, and an exonym shares no letters with the name it stands for.

Words capitalised in the middle of a sentence count as names and weigh more (:data:`NAME_BOOST`);
the title counts :data:`TITLE_REPEAT` times. A function word that starts a sentence starts no name ("The
European Commission" gives "european commission" alone). The source's language is marked in its bag (count 0,
``vectors.language_mark``). Nothing here knows any event's words.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from briefing_tui.compare.terms import STOPWORDS
from briefing_tui.ingest.textstats import FUNCTION_WORDS
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Source
from briefing_tui.stories.vectors import language_mark

COMMON_WORDS = FUNCTION_WORDS | STOPWORDS  # function words of the usual languages and English reporting words

# A word: letters of any script (digits and underscores excluded), apostrophes inside ("Japan's").
WORD = lazy_compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# A figure as written: digits with thousands groups or a decimal part, in either convention
# ("3,085", "1.300", "1,30,000", "28,6", "99.6", "2025").
NUMBER = lazy_compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")
# A sentence end inside a paragraph: the next word starts a sentence, so its capital says nothing.
SENTENCE_END = lazy_compile(r"[.!?:;…\"”»]\s*$")

MIN_WORD_LETTERS = 3  # shorter words ("of", "un", "la") carry no event
ELIDED_MAX = 4  # letters of an elided article or preposition glued by an apostrophe ("d'Égypte", "dall'Egitto")
TITLE_REPEAT = 2  # the title counts this many times: it says what the article is about
NAME_BOOST = 1.5  # a word written capitalised mid-sentence (a name) weighs this much more than a common word
PAIR_WEIGHT = 2.0  # a two-word name ("Key Largo") weighs this much per occurrence
FIGURE_WEIGHT = 1.5  # a figure ("3,085") weighs this much per occurrence
MIN_FIGURE_DIGITS = 2  # "7" or "0.5" are everywhere; "7.7" or "208" start to identify an event
MAX_SOURCE_CHARS = 20_000  # only the start of a very long article is read: its lead says what it is about


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """``word`` casefolded without accents and apostrophes ("Bündnis" -> "bundnis", "Japan's" -> "japan")."""
    if not word.isascii():
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    word = word.casefold()
    for mark in ("'", "’"):
        if mark in word:
            word = word.split(mark, 1)[0]
    return word


@lru_cache(maxsize=1)
def place_words() -> dict[str, str]:
    """Folded one-word names of places in other languages -> the folded word of the gazetteer's name of it
    ("mekka" -> "mecca", "agypten" -> "egypt"; "La Mecque" gives "mecque", its function word aside). Names of
    two content words or more ("Arabie saoudite"), and words that would name two places, are left as written."""
    from briefing_tui.extract.gazetteer import place_names  # (only when terms are counted: not on a warm start)

    found: dict[str, set[str]] = {}
    for canonical, surfaces in place_names():
        target = _content_words(canonical)
        if len(target) != 1:
            continue
        for surface in surfaces:
            words = _content_words(surface)
            if len(words) == 1 and words[0] != target[0]:
                found.setdefault(words[0], set()).add(target[0])
    return {word: next(iter(targets)) for word, targets in found.items() if len(targets) == 1}


def _content_words(name: str) -> list[str]:
    """The folded words of a name but its function words ("La Mecque" -> ["mecque"])."""
    return [key for word in WORD.findall(name) if (key := fold_word(word)) not in COMMON_WORDS]


def figure_key(text: str) -> str | None:
    """A figure's canonical digits ("3,085" -> "3085", "28,6" -> "28.6"), None when too small to tell events apart.

    A separator followed by exactly three digits groups thousands (English ``3,085``, European ``1.300``,
    Indian ``1,30,000`` all end in a group of three); any other separator is a decimal point.
    """
    parts = re.split(r"[.,]", text)
    if len(parts) > 1 and len(parts[-1]) != 3:
        whole, decimal = "".join(parts[:-1]), parts[-1]
    else:
        whole, decimal = "".join(parts), ""
    whole = whole.lstrip("0") or "0"
    decimal = decimal.rstrip("0")
    key = whole + ("." + decimal if decimal else "")
    significant = len(key.replace(".", "").strip("0"))
    return key if significant >= MIN_FIGURE_DIGITS else None


def _paragraphs(source: Source) -> list[str]:
    try:
        paragraphs = [p.text for p in source.paragraphs if p.kind != "headline"]  # (the title is counted apart)
    except (AttributeError, TypeError):
        paragraphs = []
    if not paragraphs and source.raw:
        paragraphs = source.raw.split("\n\n")
    return paragraphs


def _unelided(word: str) -> str:
    """The word after an elided article or preposition ("d'Égypte" -> "Égypte", "nell'Unione" -> "Unione"), as
    written otherwise ("Japan's", "don't": what follows the apostrophe is no word)."""
    head, mark, tail = word.replace("’", "'").partition("'")
    return word[len(head) + 1:] if mark and len(head) <= ELIDED_MAX and len(tail) >= MIN_WORD_LETTERS else word


def _count_text(text: str, repeat: float, counts: Counter) -> None:
    previous_capital: str | None = None
    places = place_words()
    sentence_start = True
    last_end = 0
    for m in WORD.finditer(text):
        start = m.start()
        if start != last_end + 1 or text[last_end] != " ":  # anything but one space between two words
            gap = text[last_end:start]
            if "\n" in gap or SENTENCE_END.search(gap):
                sentence_start, previous_capital = True, None
            elif gap.strip(" -–—'’\u00a0"):
                previous_capital = None  # a comma or bracket breaks a name
        last_end = m.end()
        word = _unelided(m.group(0))
        key = fold_word(word)
        capital = word[0].isupper()
        if capital:
            key = places.get(key, key)
        if len(key) >= MIN_WORD_LETTERS and key not in COMMON_WORDS:
            named = capital and not sentence_start and not word.isupper() or (word.isupper() and len(word) > 1)
            counts["w:" + key] += repeat * (NAME_BOOST if named else 1.0)
        if capital and not sentence_start:
            if previous_capital is not None:
                counts["n:" + previous_capital + " " + key] += repeat * PAIR_WEIGHT
            previous_capital = key
        elif capital:
            # "Friedrich Merz said": the pair still counts from the first word, unless it is a function word
            # whose capital only starts the sentence ("The European ...", "On Tuesday", "Am Dienstag")
            previous_capital = None if key in COMMON_WORDS and not word.isupper() else key
        else:
            previous_capital = None
        sentence_start = False
    for m in NUMBER.finditer(text):
        key = figure_key(m.group(0))
        if key is not None:
            counts["#" + key] += repeat * FIGURE_WEIGHT


def source_terms(source: Source) -> Counter:
    """The weighted feature counts of one source (title and cleaned body)."""
    counts: Counter = Counter()
    if source.title:
        _count_text(source.title, TITLE_REPEAT, counts)
    budget = MAX_SOURCE_CHARS
    for paragraph in _paragraphs(source):
        if budget <= 0:
            break
        _count_text(paragraph[:budget], 1.0, counts)
        budget -= len(paragraph)
    if source.language:
        counts[language_mark(source.language)] = 0  # (no feature: what its words are weighed among, ``vectors``)
    return counts
