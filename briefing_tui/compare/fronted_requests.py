"""Terms asked for whose asking party is not written before its verb (compare/court_measures.py reads the rest):
the verb put first, the party after it ("Immerhin forderte die Staatsanwaltschaft sechs Jahre Haft", "reclamaba la
Fiscalía cinco años de cárcel"), or a pronoun for the party named in an earlier sentence ("Le parquet accusait le
banquier de fraude. Il avait requis six ans de prison": the parquet's request). Either way a request, never the
term imposed.
"""

from __future__ import annotations

import re

from briefing_tui.compare.court_parties import ASK_WORDS as _ASK
from briefing_tui.compare.court_parties import PARTY_WORDS as _PARTY_WORDS
from briefing_tui.compare.court_parties import PROSECUTION
from briefing_tui.lazy_pattern import lazy_compile

_PARTY = "|".join(_PARTY_WORDS.values())
INVERTED_WORDS = 5  # words between the party put after its verb and the term ("für den Manager", "para el acusado")
# A verb of asking, then the party (an article before it), then up to INVERTED_WORDS words, at the end of the text
# before a term: "forderte die Staatsanwaltschaft ", "reclamaba la Fiscalía para el empresario una condena a ".
_ASKED_INVERTED = lazy_compile(
    r"(?:^|[^\w’'-])(?:" + _ASK + r")\s{1,3}"
    r"(?:(?:die|der|den|the|la|el|le|les|los|las|il|lo|o|a|l['’])\s{0,3})?(?P<party>" + _PARTY + r")(?![\w-])"
    r"(?:\s{1,3}[^\s.;:!?]{1,20}){0,%d}?\s{1,3}$" % INVERTED_WORDS, re.I)
RELATIVE_WORDS = 2  # words between the relative pronoun and its verb ("que inicialmente solicitaba")
# The party, a comma and a relative clause whose verb asks, then up to INVERTED_WORDS words, at the end of the text
# before a term: "la Fiscalía, que inicialmente solicitaba ", "the prosecutors, who had sought ", "le parquet, qui
# avait requis ".
_ASKED_RELATIVE = lazy_compile(
    r"(?:^|[^\w’'-])(?P<party>" + _PARTY + r"),\s{1,3}(?:que|qui|which|who|die|der|welche|che|cui)"
    r"(?:\s{1,3}[^\s.,;:!?]{1,20}){0,%d}?\s{1,3}(?:" % RELATIVE_WORDS + _ASK + r")"
    r"(?:\s{1,3}[^\s.;:!?]{1,20}){0,%d}?\s{1,3}$" % INVERTED_WORDS, re.I)
PRONOUN_WORDS = 3  # auxiliaries and adverbs between the pronoun and its verb ("Il avait d'abord requis")
ASKED_WORDS = 6  # words between the verb and the term ("requis une peine de", "sought a sentence of")
# A pronoun opening the clause, its verb of asking, then up to ASKED_WORDS words, at the end of the text before a
# term: "Il avait requis une peine de ", "They had sought ", "Sie hatte ... gefordert" is not read (verb last).
_PRONOUN_ASKED = lazy_compile(
    r"(?:^|[.;:!?]\s{0,3}|\n)\s{0,3}(?:il|elle|ils|elles|er|sie|he|she|they|it|ella|ellos|ellas|lui|esso|essa|eles)"
    r"(?:\s{1,3}[^\s.;:!?]{1,20}){0,%d}?\s{1,3}(?:" % PRONOUN_WORDS + _ASK + r")"
    r"(?:\s{1,3}[^\s.;:!?]{1,20}){0,%d}?\s{1,3}$" % ASKED_WORDS, re.I)
# A penalty's noun between the pronoun's verb and the term: what it asked for is a sentence ("requis une peine de",
# "sought a sentence of"), not any period ("They wanted to stay for two years").
_PENALTY_WORD = lazy_compile(r"\b(?:peine|pena|penas|condena|condanna|sentence|term|prison|jail|Haft|Strafe"
                             r"|Freiheitsstrafe|reclusi[oó]n|c[áa]rcel|carcere|pris[ãa]o)\b", re.I)
# French "requérir" a penalty is the public prosecutor's verb alone ("Il avait requis six ans": the parquet, named in
# an earlier paragraph the figure's text does not reach).
_REQUERIR = lazy_compile(r"\b(?:requis|requise|requises|requiert|requièrent|requérait|requéraient|requérir)\b", re.I)
PENALTY_AFTER_REACH = 30  # characters after the term searched for a penalty's noun ("six ans de prison")
PRONOUN_REACH = 400  # characters before the pronoun searched for the party it stands for
# Each party's words alone, to tell which party a match named.
_PARTY_OF = {p: lazy_compile(rf"(?:^|[^\w’'-])(?:{w})(?![\w-])", re.I) for p, w in _PARTY_WORDS.items()}


def _party_in(text: str) -> str | None:
    """The party named first in ``text``."""
    found = [(pm.start(), p) for p, pattern in _PARTY_OF.items() if (pm := pattern.search(text))]
    return min(found)[1] if found else None


def _last_party(text: str) -> str | None:
    """The party named last in ``text``."""
    found = [(pm.start(), p) for p, pattern in _PARTY_OF.items() for pm in pattern.finditer(text)]
    return max(found)[1] if found else None


def fronted_request(before: str, after: str = "") -> str | None:
    """The party that asked for the term between ``before`` and ``after`` when the party follows its verb or a
    pronoun stands for it (see the module), else None."""
    near = before[-ASK_REACH_INVERTED:]
    if m := _ASKED_INVERTED.search(near) or _ASKED_RELATIVE.search(near):
        return _party_in(m.group("party"))
    if (m := _PRONOUN_ASKED.search(near)) and (_PENALTY_WORD.search(m.group(0))
                                               or _PENALTY_WORD.search(after[:PENALTY_AFTER_REACH])):
        start = len(before) - len(near) + m.start()
        party = _last_party(before[max(0, start - PRONOUN_REACH):start])
        return party or (PROSECUTION if _REQUERIR.search(m.group(0)) else None)
    return None


ASK_REACH_INVERTED = 160  # characters before a term searched for its asking verb
