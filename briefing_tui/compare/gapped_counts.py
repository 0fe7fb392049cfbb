"""A bare count whose noun the sentence leaves out because a coordinated count just before names it (issue 11).

Two estimates of one crowd are written with the noun once: "1,28 million de manifestants selon le ministère de
l'Intérieur et 3,5 millions selon le syndicat CGT", "1.27 million people (according to police) and 2.8 million
(according to the unions)", "1,27 million de manifestants et les syndicats 2,5 millions", "15 500 manifestants et les
organisateurs 22.000". The second count (no noun, no unit, no measure of its own) counts what the first counts: it
takes its measure and, when it names none and no place follows it, its subject (``gapped_counts``).

The text licenses the reading only in one shape, read strictly (a wrong measure joins figures that count different
things):

- the count right before it (no figure between but a day) measures something and is a current value;
- what stands between them is at most ``GAP_WORDS`` words with no digit and no end of clause (``;``, ``:``, a full
  stop), ending on a coordinating or contrasting word ("and", "et", "contre", "gegenüber", ``_GAPPED_JOIN``) and at
  most the gapped clause's own subject: a determiner and one word ("les syndicats"), or a name ("Reuters"), and a
  verb of counting or claiming ("while organisers claimed 5,000", ``_COUNTING_VERBS``), which a subject without a
  determiner needs ("and injured 3,000" is another predicate);
- after the bare count comes nothing more of its clause, or a word of attribution or of place ("selon", "according
  to", "par", "laut", "in", ``_GAPPED_AFTER``), never a verb ("45 morts et 20 ont été blessés" counts no dead);
- both are of one order of magnitude (within ``GAP_RATIO`` of each other) and the bare count is no small number
  (``MIN_GAPPED``: a day, a rank, an age);
- no time follows the bare count (a date, a year, "last year", "précédente": "contre 2,5 millions le 31 janvier" is
  an earlier value compared, ``_EARLIER_AFTER``).

Counts of a parallel list of places ("158 personas en Valencia y 7 en Castilla-La Mancha"), each followed by the
same kind of preposition of place and joined by a conjunction alone, are read so whatever their sizes.
"""

from __future__ import annotations

import re

from briefing_tui.compare.vote_owners import owner_after
from briefing_tui.lazy_pattern import lazy_compile

# Words that join two coordinated counts (English, French, Spanish, Portuguese, Italian, German, Dutch), and words
# that set one against the other ("contre", "against", "versus", "gegenüber", "frente a").
_JOIN_WORDS = (
    r"and|or|against|versus|vs\.?"  # English
    r"|et|ou|contre|face\s{1,3}à"  # French
    r"|y|o|frente\s{1,3}a|contra"  # Spanish, Portuguese
    r"|e"  # Portuguese, Italian
    r"|und|oder|gegenüber"  # German
    r"|en|tegen"  # Dutch
    # and the words of a contrast between two clauses ("while organisers claimed 5,000")
    r"|while|whereas|alors\s{1,3}que|tandis\s{1,3}que|mientras(?:\s{1,3}que)?|enquanto|mentre|während|terwijl"
)
# Verbs of counting, estimating or claiming a figure that the gapped clause may keep ("while organisers claimed 5,000",
# "et les syndicats en revendiquaient 3 millions"): they count what the first count counts.
_COUNTING_VERBS = (
    r"claimed|claim|claims|said|say|says|estimated|estimate|counted|count|reported|cited|gave|put\s{1,3}(?:it|the"
    r"\s{1,3}(?:figure|number|crowd|turnout))\s{1,3}at"  # English
    r"|(?:en\s{1,3})?(?:revendiquaient|revendiquent|revendiquait|annonçaient|annoncent|comptaient|comptent|évoquaient"
    r"|évoquent|estimaient|recensaient|dénombraient|ont\s{1,3}(?:compté|recensé|dénombré|revendiqué|annoncé))"  # French
    r"|contabilizaron|contaron|cifraron|calcularon|estimaron|dijeron|hablaron\s{1,3}de|hablan\s{1,3}de"  # Spanish
    r"|contabilizaram|contaram|estimaram|falaram\s{1,3}em|falam\s{1,3}em"  # Portuguese
    r"|contavano|stimavano|parlavano\s{1,3}di|parlano\s{1,3}di"  # Italian
    r"|zählten|sprachen\s{1,3}von|sprechen\s{1,3}von|schätzten|nannten|meldeten"  # German
    r"|telden|spraken\s{1,3}van|spreken\s{1,3}van"  # Dutch
)
# Determiners that open the gapped clause's own subject ("et les syndicats 2,5 millions", "and the unions 3 million").
_DETERMINERS = (
    r"the|its|their"  # English
    r"|les|la|le|l[’']|leurs?|ses"  # French
    r"|los|las|el|os|as|o|a|sus|seus|suas"  # Spanish, Portuguese
    r"|gli|i|il|lo"  # Italian
    r"|die|der|das|den|dem"  # German
    r"|de|het"  # Dutch
)
# Between a measured count and a bare one that elides its noun: up to a few words with no digit and no end of clause
# (brackets and commas may hold the first count's source: "(according to police)"), the joining word, and at most the
# second clause's subject (a determiner and a word, or a capitalised name of up to three words).
_GAPPED_JOIN = lazy_compile(
    r"\A[^\d;:!?.]{0,160}?"
    rf"(?:^|[\s,)])(?:{_JOIN_WORDS})"
    r"(?:\s{1,3}"
    rf"(?:(?:(?:{_DETERMINERS})\s{{0,3}}[^\W\d_][\w’'-]{{0,30}}"
    r"|(?-i:[A-Z][\w’'-]{0,30}(?:\s{1,3}[A-Z][\w’'-]{0,30}){0,2}))"
    rf"(?:\s{{1,3}}(?:{_COUNTING_VERBS}))?"
    rf"|[^\W\d_][\w’'-]{{0,30}}\s{{1,3}}(?:{_COUNTING_VERBS})))?"
    r"\s{1,3}\Z",
    re.I)
# What may follow the bare count in its clause: nothing (an end of clause, a bracket, a dash), or a word of
# attribution ("selon la CGT", "according to the unions", "par les syndicats", "laut", "nach Angaben", "según",
# "segundo") or of place ("in Paris", "à Lyon", "en Madrid", "im Süden").
_GAPPED_AFTER = lazy_compile(
    r"\s{0,3}(?:\Z|[,.;:!?()\[\]—–-]"
    r"|(?:according|by|in|at|for"  # English
    r"|selon|d[’']après|par|pour|à|au|aux|dans|en"  # French
    r"|según|segun|segundo|de\s{1,3}acuerdo|conforme|para|por|no|na|em"  # Spanish, Portuguese
    r"|secondo|per|nel|nella"  # Italian
    r"|laut|nach|zufolge|im|bei|für|von"  # German
    r"|volgens|op|voor|door)\b)",  # Dutch
    re.I)
# Prepositions of place that follow each count of a parallel list ("158 personas en Valencia y 7 en Castilla-La
# Mancha", "12 dead in Gaza and 3 in the West Bank", "20 Tote in Bayern und 4 in Sachsen").
_PLACE = r"in|at|on|en|em|no|na|à|au|aux|dans|im|bei|nel|nella|a"
# Between two counts each followed by its place: the first's place (a preposition and a few words with no digit) and
# the joining word alone.
_PLACE_GAP = lazy_compile(
    rf"\A\s{{0,3}}(?:{_PLACE})\s{{1,3}}[^\W\d_][^\d;:!?.(),]{{0,60}}?,?\s{{1,3}}(?:and|et|y|e|und|en)\s{{1,3}}\Z",
    re.I)
# The same preposition of place right after the bare count.
_PLACE_AFTER = lazy_compile(rf"\s{{1,3}}(?:{_PLACE})\s{{1,3}}[^\W\d_]", re.I)
# A time right after the bare count makes it an earlier value, compared ("contre 2,5 millions en janvier", "against
# 800 in 2022", "frente a 90 el año pasado"): words of an earlier time (a date or a year is told by its figure).
_EARLIER_AFTER = lazy_compile(
    r"\s{0,3}(?:(?:en|in|el|le|la|im|am|the)\s{1,3})?(?:last|previous|earlier|a\s{1,3}year|précédent|précédente|dernier"
    r"|dernière|anterior|pasado|anterior|vorjahr|vorigen|letzten|passado|scorso)\b",
    re.I)
# Prepositions of destination that follow each count of a parallel list of owners ("160 for Labrador and 21 for
# Moravia", "191 para el Partido Azul y 24 para los Verdes"): between the two counts the first's owner and the joining
# word alone, and the same preposition right after the bare count.
_OWNER = r"for|pour|para|per|für"
_OWNER_GAP = lazy_compile(
    rf"\A\s{{0,3}}(?:{_OWNER})\s{{1,3}}[^\W\d_][^\d;:!?.(),]{{0,60}}?,?\s{{1,3}}(?:and|et|y|e|und|en)\s{{1,3}}\Z", re.I)
_OWNER_AFTER = lazy_compile(rf"\s{{1,3}}(?:{_OWNER})\s{{1,3}}[^\W\d_]", re.I)
TIME_AFTER_CHARS = 25  # characters after the bare count where a date or a year makes it an earlier value
_TIMES = ("date", "year", "period")
GAP_WORDS = 14  # words at most between the measured count and the bare one (the first count's source may sit there)
GAP_RATIO = 10.0  # the two counts are within this factor of each other: two estimates of one thing
MIN_GAPPED = 100  # a bare count below this is no gapped estimate (a day, a rank, an age, an item of a list)
_WORD = lazy_compile(r"[^\W\d_]+")


def _gapped(before: dict, after: dict, gap: str, follow: str) -> bool:
    """Whether the bare count (``after``) elides the noun of the measured count before it (see the module's doc)."""
    low, other = after.get("low"), before.get("low")
    if low is None or other is None or other <= 0 or _EARLIER_AFTER.match(follow):
        return False
    if _PLACE_GAP.match(gap) and _PLACE_AFTER.match(follow):
        return True  # ("158 personas en Valencia y 7 en Castilla-La Mancha": any two counts of two places)
    if low < MIN_GAPPED:
        return False
    if not (1 / GAP_RATIO <= low / other <= GAP_RATIO):
        return False
    if len(_WORD.findall(gap)) > GAP_WORDS or not _GAPPED_JOIN.match(gap):
        return False
    return bool(_GAPPED_AFTER.match(follow))


def _role(fields: dict) -> str:
    return fields.get("role") or "current"


def gapped_counts(out: list[tuple[str, int, int, dict]], text: str) -> list[tuple[str, int, int, dict]]:
    """Bare counts that elide the noun of the coordinated count right before them take its measure (and its subject
    when they name none). Works on the (kind, start, end, fields) tuples of :mod:`.figures`, offsets relative to the
    sentence."""
    for k in range(1, len(out)):
        kind, start, end, fields = out[k]
        j = k - 1
        while j > 0 and out[j][0] == "date":
            j -= 1  # (a day between names no other count: "1,200 protesters on Saturday, while organisers claimed")
        prev_kind, _, prev_end, prev = out[j]
        if kind != "count" or prev_kind != "count" or fields.get("measure") or fields.get("unit") is not None:
            continue
        if prev.get("measure") and _OWNER_GAP.match(text[prev_end:start]) and _OWNER_AFTER.match(text, end):
            # one whole's parts, each its owner's, of the first's measure and time ("seats--256 for the LDP and 32
            # for Komeito": 32 of the seats held then); the owner is read after the count (compare/vote_owners.py)
            fields.update(measure=prev["measure"], role=_role(prev), subject=owner_after(text[end:], seats=True))
            continue
        if not prev.get("measure") or _role(prev) != "current" or _role(fields) != "current":
            continue
        if k + 1 < len(out) and out[k + 1][0] in _TIMES and out[k + 1][1] - end <= TIME_AFTER_CHARS:
            continue  # (an earlier value compared: "contre 2,5 millions le 31 janvier")
        if _gapped(prev, fields, text[prev_end:start], text[end:]):
            fields["measure"] = prev["measure"]
            if not fields.get("subject") and prev.get("subject") and not _PLACE_AFTER.match(text, end):
                # (a count followed by a place of its own is that place's, named or not: "y 7 en la provincia")
                fields["subject"] = prev["subject"]
    return out
