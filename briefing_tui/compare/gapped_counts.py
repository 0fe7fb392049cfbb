"""A bare count whose noun the sentence leaves out because a coordinated count just before names it (issue 11).

Two estimates of one crowd are written with the noun once: "1,28 million de manifestants selon le ministère de
l'Intérieur et 3,5 millions selon le syndicat CGT", "1.27 million people (according to police) and 2.8 million
(according to the unions)", "1,27 million de manifestants et les syndicats 2,5 millions", "15 500 manifestants et les
organisateurs 22.000". The second count (no noun, no unit, no measure of its own) counts what the first counts: it
takes its measure and, when it names none, its subject (``gapped_counts``).

The text licenses the reading only in one shape, read strictly (a wrong measure joins figures that count different
things):

- the count right before it (no figure between) measures something and is a current value;
- what stands between them is at most ``GAP_WORDS`` words with no digit and no end of clause (``;``, ``:``, a full
  stop), ending on a coordinating or contrasting word ("and", "et", "contre", "gegenüber", ``_GAPPED_JOIN``) and at
  most the gapped clause's own subject: a determiner and one word ("les syndicats"), or a name ("Reuters");
- after the bare count comes nothing more of its clause, or a word of attribution or of place ("selon", "according
  to", "par", "laut", "in", ``_GAPPED_AFTER``), never a verb ("45 morts et 20 ont été blessés" counts no dead);
- both are of one order of magnitude (within ``GAP_RATIO`` of each other) and the bare count is no small number
  (``MIN_GAPPED``: a day, a rank, an age).
"""

from __future__ import annotations

import re

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
    rf"(?:(?:{_DETERMINERS})\s{{0,3}}[^\W\d_][\w’'-]{{0,30}}"
    r"|(?-i:[A-Z][\w’'-]{0,30}(?:\s{1,3}[A-Z][\w’'-]{0,30}){0,2})))?"
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
GAP_WORDS = 14  # words at most between the measured count and the bare one (the first count's source may sit there)
GAP_RATIO = 10.0  # the two counts are within this factor of each other: two estimates of one thing
MIN_GAPPED = 100  # a bare count below this is no gapped estimate (a day, a rank, an age, an item of a list)
_WORD = lazy_compile(r"[^\W\d_]+")


def _gapped(before: dict, after: dict, gap: str, follow: str) -> bool:
    """Whether the bare count (``after``) elides the noun of the measured count before it (see the module's doc)."""
    low, other = after.get("low"), before.get("low")
    if low is None or other is None or low < MIN_GAPPED or other <= 0:
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
        prev_kind, _, prev_end, prev = out[k - 1]
        if kind != "count" or prev_kind != "count" or fields.get("measure") or fields.get("unit") is not None:
            continue
        if not prev.get("measure") or _role(prev) != "current" or _role(fields) != "current":
            continue
        if _gapped(prev, fields, text[prev_end:start], text[end:]):
            fields["measure"] = prev["measure"]
            if not fields.get("subject") and prev.get("subject"):
                fields["subject"] = prev["subject"]
    return out
