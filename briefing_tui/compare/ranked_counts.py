"""Numbers before a noun that count no things of the event: a rank set and a count of others (issue 11: claims
aligned by what they measure).

- **A rank set.** "among the five most destructive fires", "one of the three largest floods", "the two largest
  economies", "parmi les 20 plus meurtriers", "uno de los cinco incendios más destructivos", "einer der fünf größten
  Brände", "tra i cinque incendi più distruttivi", "the top ten": the number says how far down a ranking of such
  things of all time or of a place reaches, not how many of them the event has. Its measure is ``RANKING``, which
  no claim by measure weighs (no known measure: :func:`.key_figures.is_key_figure`) and no measure of its sentence
  replaces. "Four of the largest economies" (a part of a ranked set) counts economies, and
  a comparative ("two smaller fires", "deux incendies plus petits", "cinco más") ranks nothing.
- **A count of others.** "two other fires", "deux autres incendies", "los otros tres incendios", "altri due
  incendi", "zwei weitere Brände" count things besides those the text named already, never all of them: the
  measure takes the ``other`` kind (``OTHER_KIND``, one of ``measure_kinds.OWN_KINDS``: "other fire"), never
  weighed against the total ("the two fires"). Only where the noun itself names what is counted: in "killed two
  people and injured 30 others", "weitere 51 Personen wurden verletzt", "otros 16 desaparecidos" the others are
  others than the dead, and the count is the whole of its own measure (people of one fate against another's).
  "Another 5,300 structures" is one more item of a list, not a count of others.
"""

from __future__ import annotations

import re

from briefing_tui.compare.measures import PEOPLE_MEASURES, count_measure
from briefing_tui.compare.word_counts import OTHER_WORDS
from briefing_tui.lazy_pattern import lazy_compile

RANKING = "ranking"
"""The measure of a rank set's size: nobody's count, never weighed."""
OTHER_KIND = "other"
"""The kind of a count of others' measure ("other fire")."""
RANK_REACH = 30  # characters before a count's number read for a word of rank ("the top", a plural article)
# People counted by their fate (the dead, the missing): "others" of them are others than another fate's people.
_FATES = PEOPLE_MEASURES | {"dead", "people"}

# An English superlative (or "most"/"least" and an adjective) right after the number, before the noun: "five most
# destructive fires", "the three largest floods", "the 10 most-populous", "the two deadliest" (explicit words, and
# any "-iest": "costliest", "busiest"; not "-est" alone, which ends nouns: "forest", "protest", "interest").
_ENGLISH_SUPERLATIVE = lazy_compile(
    r"\A[\s-]{1,3}(?:most|least"
    r"|largest|biggest|smallest|highest|lowest|greatest|strongest|longest|tallest|oldest|hottest|coldest|warmest"
    r"|driest|wettest|fastest|richest|poorest|worst|best|[a-z]{3,12}iest)\b", re.I)
# A German superlative right after the number: "die fünf größten Brände", "der zehn schwersten Beben" (a lower-case
# word ending "-ste(n|m|r)" or "-ßte(n|m|r)"; ``_NOT_GERMAN_SUPERLATIVES`` end alike but rank nothing), after a
# German definite article (``_GERMAN_ARTICLE_BEFORE``: Italian "più di 176.000 richieste" ends alike).
_GERMAN_SUPERLATIVE = lazy_compile(r"\A\s{1,3}(?-i:(?P<word>[a-zäöüß]{2,20}[sß]t(?:e|en|em|er)))\b")
_GERMAN_ARTICLE_BEFORE = lazy_compile(r"(?<![\w'’])(?:die|der|den|dem)\s{1,3}\Z", re.I)
_NOT_GERMAN_SUPERLATIVES = frozenset("""erste ersten erstem erster nächste nächsten nächstem nächster feste festen
    festem fester ernste ernsten kosten testen""".split())
# A French, Spanish, Italian or Portuguese superlative right after the number ("les 20 plus meurtriers", "los cinco
# más grandes") or after its noun ("los cinco incendios más destructivos", "i cinque incendi più distruttivi", "les
# cinq incendies les plus meurtriers"): the word of degree and an adjective (not "más de", "più che", "mais os":
# a comparison or a sum).
_ROMANCE_SUPERLATIVE = lazy_compile(
    r"\A\s{1,3}(?:les\s{1,3}(?:plus|moins)|plus|moins|más|menos|mais|più|meno)\s{1,3}"
    r"(?!(?:de|del|des|du|d|di|da|do|dos|das|que|qu|che|than|of|los|las|les|el|la|le|il|lo|os|as|o|a|e|y|et|un|una"
    r"|une|uno|um|uma)\b)[^\W\d_]{3,}", re.I)
# A Spanish, Italian, Portuguese or French superlative of one word right after the number, after a plural article:
# "uno de los cinco mayores productores", "tra i cinque maggiori gruppi", "um dos cinco maiores grupos", "parmi les
# cinq meilleurs" (not "menores", "minori": also nouns, the minors, "los tres menores fueron rescatados").
_ROMANCE_ONE_WORD_SUPERLATIVE = lazy_compile(
    r"\A\s{1,3}(?:mayores|mejores|peores|maggiori|migliori|peggiori|maiores|melhores|piores"
    r"|meilleurs|meilleures|pires)\b", re.I)
# The definite plural article right before the number that makes a Romance "plus"/"más"/"più" after it a
# superlative ("les 20 plus meurtriers", "los cinco incendios más", "i cinque incendi più"), not a comparative ("deux
# incendies plus petits": two smaller fires).
_PLURAL_ARTICLE_BEFORE = lazy_compile(
    r"(?<![\w'’])(?:les|des|los|las|os|as|dos|das|i|gli|le|dei|degli|delle|tra\s{1,3}i|fra\s{1,3}i)\s{1,3}\Z", re.I)
# "top" and a determiner right before the number: "among the top five", "its top 10 fires" (not the verb: "could
# top 10,000").
_TOP_BEFORE = lazy_compile(r"(?<![\w'’])(?:the|its|their|a)\s{1,3}top\s{1,3}\Z", re.I)
# A word for "other" right after the number ("two other fires", "deux autres incendies", "zwei weitere Brände") or
# right before it ("the other two fires", "los otros tres", "altri due", "die anderen zwei", "die übrigen drei"; not
# "another 5,300": one more item of a list).
_OTHER_AFTER = lazy_compile(rf"\A[\s-]{{1,3}}(?:other|autres|{OTHER_WORDS})\s", re.I)
_OTHER_BEFORE = lazy_compile(rf"(?<![\w'’])(?:other|autres|übrigen|{OTHER_WORDS})\s{{1,3}}\Z", re.I)


def ranked_set(before: str, phrase: str, after: str) -> bool:
    """Whether a count written ``phrase`` (from the end of its number to the end of its noun) between ``before`` and
    ``after`` is the size of a rank set ("among the five most destructive fires"), no count of the event's things."""
    near = before[-RANK_REACH:]
    if _ENGLISH_SUPERLATIVE.match(phrase) or _TOP_BEFORE.search(near):
        return True
    german = _GERMAN_SUPERLATIVE.match(phrase) if _GERMAN_ARTICLE_BEFORE.search(near) else None
    if german and german.group("word") not in _NOT_GERMAN_SUPERLATIVES:
        return True
    return bool(_PLURAL_ARTICLE_BEFORE.search(near)) and bool(_ROMANCE_SUPERLATIVE.match(phrase)
                                                             or _ROMANCE_SUPERLATIVE.match(after)
                                                             or _ROMANCE_ONE_WORD_SUPERLATIVE.match(phrase))


def other_kind(measure: str | None, head: str | None, before: str, phrase: str) -> str | None:
    """``measure`` of the ``other`` kind when the count counts others of its own noun ("two other fires": "other
    fire"), else ``measure``: only where the noun ``head`` itself names the measure, and not for people counted by
    their fate ("injured 30 others" are all the injured)."""
    if not measure or not head or measure in _FATES or count_measure(head, "", "") != measure:
        return measure
    if _OTHER_AFTER.match(phrase) or _OTHER_BEFORE.search(before[-RANK_REACH:]):
        return f"{OTHER_KIND} {measure}"
    return measure
