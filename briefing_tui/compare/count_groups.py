"""What group a count of people counts, read on the words around it: the whole group, the others beside one of
them, a part of it, or no group at all.

- **Co-defendants.** "His 50 co-defendants", "the other 50 defendants", "los otros 50 acusados", "les 50 autres
  accusés" count the men tried beside the main defendant: 51 defendants in all. Weighed against "51 defendants" they
  would make a false disagreement, so they are a measure of their own (``co-defendants``, which
  :mod:`.measure_names` also gives the word "co-defendants" and its translations).
  So do the defendants a clause opens with one set beside them ("Besides the former president, 11 defendants were
  tried", "Outre l'ex-chef de l'État, 11 prévenus étaient jugés", "Además del expresidente, 11 acusados"):
  ``_BESIDE_OPENING``.
- **A part.** A count taken from a group its noun names with no number of its own, the object of a preposition
  ("against 49 of the co-defendants", "contra 47 de los acusados"), is a part of the group, not how many there are
  (:func:`.partitive_noun`); opening its clause it is the part that did what the sentence says ("Four of the
  justices found him guilty": judges).
- **A share of a breakdown.** A bare number followed by a comma and the reason of its share ("culpables de algún
  delito: 47, por violación; dos, por intento de violación", "12, for fraud") counts one line of a breakdown.
- **Partner parties.** "Four smaller parties", "les autres partis" count a main party's partners, not the whole
  bloc ("a bloc of five parties"): a measure of their own (``partner parties``).
- **A rank set or others.** "Among the five most destructive fires" is a ranking (``RANKING``), "two other fires"
  others than those named (:mod:`.ranked_counts`).
- **Votes counted so far.** "After 2.8 million votes had been counted" is how far the count has gone
  (``COUNTED_VOTES``, :mod:`.count_progress`), no candidate's votes.
- **A term.** A bare number right after a verb of sentencing ("condenado a 12 de prisión", the word for years
  left out) is a term, not a count of the people the sentence names before it.
Such a part or term has no measure of its own (:data:`NO_COUNT`; its sentence is left to a claim by wording).
"""

from __future__ import annotations

import re

from briefing_tui.compare.count_progress import COUNTED_VOTES, counted_share
from briefing_tui.compare.elided_others import elided_others
from briefing_tui.compare.measure_lookup import measure_of_word
from briefing_tui.compare.prison_terms import sentenced_to
from briefing_tui.compare.ranked_counts import RANKING, other_kind, ranked_set
from briefing_tui.compare.series_parts import partitive_noun
from briefing_tui.compare.vague_parts import vague_whole
from briefing_tui.compare.seat_margins import SEAT_MARGIN, seat_margin
from briefing_tui.compare.vote_margins import ELECTORATE, VOTE_MARGIN, VOTES_CAST, electorate, vote_total
from briefing_tui.compare.word_counts import OTHER_WORDS
from briefing_tui.lazy_pattern import lazy_compile

DEFENDANTS, CO_DEFENDANTS = "defendants", "co-defendants"
NO_COUNT = "no count"
"""A count that is a part of a group or a term: no measure of its own."""
NOBODY_S = frozenset({NO_COUNT, COUNTED_VOTES, VOTE_MARGIN, VOTES_CAST, ELECTORATE, RANKING, SEAT_MARGIN})
"""What :func:`count_group` gives a count that is nobody's: it takes no subject."""
# A word for "other" right before a count's number ("the other 50", "los otros 50", "die anderen 50"), in the
# languages read.
_OTHER_BEFORE = lazy_compile(rf"\b(?:other|autres|übrigen|{OTHER_WORDS})\s{{1,3}}$", re.I)
# A word for "other" right after it ("50 other defendants", "50 autres accusés", "50 weitere Angeklagte").
_OTHER_AFTER = lazy_compile(rf"\A\s{{1,3}}(?:other|autres|{OTHER_WORDS})\s", re.I)
# A preposition right before a count: the count (and a part it is of a group) is the object of a verb, not the
# group that did what the sentence says ("Four out of the justices found him guilty" counts judges voting so).
_OBJECT_BEFORE = lazy_compile(r"\b(?:against|for|to|with|from|among|on|contre|pour|avec|contra|para|con|gegen|für|mit"
                              r"|von|per|verso)\s{1,3}$", re.I)
# A comma and the reason a line of a breakdown counts, right after a bare number ("47, por violación").
_BREAKDOWN_AFTER = lazy_compile(r"\A,\s{1,3}(?:for|por|pour|per|wegen|für|para)\s", re.I)
# A word setting some parties beside a main one, in the count's phrase ("four smaller coalition parties", "les
# autres partis", "vier kleinere Parteien", "otros partidos menores"): the main party's partners, not the whole bloc.
_LESSER = lazy_compile(rf"\b(?:other|smaller|minor|junior|autres|petits|kleinere[n]?|{OTHER_WORDS}|menores|pequeños"
                       r"|minori|piccoli|pequenos)\b", re.I)
# A clause opening with one set beside a count's group, the count right after it ("Besides the former minister, 11
# defendants", "Outre l'ex-chef de l'État, 11 prévenus", "Además del expresidente, 11 acusados", "Oltre all'ex premier,
# 11 imputati", "Neben dem Ex-Präsidenten 11 Angeklagte"): the others beside that one. The words between stop at a
# sentence's or clause's mark other than the comma closing the opening.
_BESIDE_OPENING = lazy_compile(
    r"(?:^|[.;:]\s{0,3})(?:besides|apart\s{1,3}from|in\s{1,3}addition\s{1,3}to|aside\s{1,3}from|outre|en\s{1,3}plus\s{1,3}de"
    r"|además\s{1,3}de[l]?|aparte\s{1,3}de[l]?|oltre(?:\s{1,3}a)?|além\s{1,3}d[eoa]s?|neben|außer)\b[^,.;:]{1,80},?\s{1,3}$",
    re.I)
PARTIES, PARTNER_PARTIES = "party", "partner parties"
OTHER_REACH = 20  # characters before a count's number read for a word for "other"


def count_group(measure: str | None, head: str | None, before: str, phrase: str, after: str) -> str | None:
    """The measure of a count of ``measure`` whose noun is ``head`` (None when the number stands alone), written
    ``phrase`` between ``before`` and ``after``: ``co-defendants`` for the others beside a defendant, ``NO_COUNT``
    for a part of a group or a term, ``RANKING`` for a rank set, the ``other`` kind for others of its noun, else
    ``measure`` unchanged."""
    measure = vague_whole(measure, before)  # ("trapped many of the 238 guests": the guests, compare/vague_parts.py)
    if ranked_set(before, phrase, after):
        return RANKING  # "among the five most destructive fires": a rank (compare/ranked_counts.py)
    if measure == "votes" and counted_share(before, after):
        return COUNTED_VOTES  # "after 2.8 million votes had been counted"
    if measure == "votes" and (total := vote_total(before, after)):
        return total  # "won by 3 million votes", "12.4 million votes were cast" (compare/vote_margins.py)
    if seat_margin(measure, phrase, before, after):
        return SEAT_MARGIN  # "a five-seat margin", "una ventaja de cinco escaños" (compare/seat_margins.py)
    if electorate(measure, phrase, after):
        return ELECTORATE  # "61 million eligible voters", "64 millones de personas tenían derecho a votar"
    if measure == PARTIES and (_LESSER.search(phrase) or _OTHER_BEFORE.search(before[-OTHER_REACH:])):
        return PARTNER_PARTIES  # "Labour and four smaller parties": not "the bloc of five parties"
    if measure == DEFENDANTS and (_OTHER_BEFORE.search(before[-OTHER_REACH:]) or _OTHER_AFTER.match(phrase + after)
                                  or _BESIDE_OPENING.search(before)):
        return CO_DEFENDANTS
    if measure and (noun := partitive_noun(after)) and noun == (head or noun) and measure_of_word(noun) == measure \
            and _OBJECT_BEFORE.search(before[-OTHER_REACH:]):
        return NO_COUNT  # "against 49 of the co-defendants" (not "Four of the justices found him guilty")
    if measure and head is None and (sentenced_to(before) or _BREAKDOWN_AFTER.match(after)):
        return NO_COUNT  # "condenado a 12 de prisión", "47, por violación"
    if measure in (CO_DEFENDANTS, PARTNER_PARTIES):
        return measure  # (others beside one already: "24 other codefendants" are her co-defendants)
    measure = elided_others(measure, head, before, phrase, after)  # "while 246 more were" (compare/elided_others.py)
    return other_kind(measure, head, before, phrase)  # "two other fires" (compare/ranked_counts.py)
