"""A capital that tells a figure is its country's government speaking (issue 11): "Bangkok confirma 14 fallecidos",
"Washington said 30 were killed", "Moscou annonce 12 blessés", "Tokio bestätigte 40 Tote".

Read as the figure's subject, the capital set its country's count apart from the same count other outlets give to
the country ("Thailand meldete 22 Tote") or to no one: a claim "Bangkok's death toll: 14" beside "Death toll: 15 ·
22". The capital is not the place counted but the government that counts, so a figure whose subject is a capital
named, in the sentence, right before a verb of telling (of any language the tool reads: English, and the verbs of
``data/speech_words.yaml``) takes the capital's country as its subject, as a country that tells a count does. The
capitals are the gazetteer's ``capitals`` section (a city's name in any language it lists: "Moscou" is Moscow).
Works on the (kind, start, end, fields) tuples of :mod:`.figures`.
"""

from __future__ import annotations

from functools import lru_cache

from briefing_tui.compare.numbers import SPACE
from briefing_tui.extract.gazetteer import shipped_gazetteer
from briefing_tui.extract.speech_lexicon import SPEECH_VERBS
from briefing_tui.language_table import shipped_table
from briefing_tui.lazy_pattern import lazy_compile

GAZETTEER_FILE = "gazetteer.yaml"
SPEECH_WORDS_FILE = "speech_words.yaml"
# English auxiliaries before a participle of telling ("Washington has confirmed"); other languages' come from the
# speech-word table ("Paris a annoncé", "Berlin hat bestätigt").
_ENGLISH_AUXILIARIES = frozenset({"has", "have", "had", "was", "is", "will", "would", "also", "later", "then"})
# The one or two words right after a capital: a verb of telling, or an auxiliary and its participle. (Bounded
# words, letters only: a comma or a digit ends the look.)
_WORDS_AFTER = lazy_compile(rf"{SPACE}{{1,3}}(?P<first>[^\W\d_]{{1,24}})(?:{SPACE}{{1,3}}(?P<second>[^\W\d_]{{1,24}}))?")


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Each capital's name (as the gazetteer's cities give it) with its country's name."""
    section = shipped_table(GAZETTEER_FILE).get("capitals") or {}
    return {str(city): str(country) for city, country in section.items()}


@lru_cache(maxsize=1)
def _telling() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of telling of every language the tool reads, and the auxiliaries before their participles."""
    table = shipped_table(SPEECH_WORDS_FILE)
    verbs = {w.lower() for w in SPEECH_VERBS}
    auxiliaries = set(_ENGLISH_AUXILIARIES)
    for section, into in (("verbs", verbs), ("auxiliaries", auxiliaries)):
        for words in (table.get(section) or {}).values():
            into.update(str(w).lower() for w in words or ())
    return frozenset(verbs), frozenset(auxiliaries)


def capital_country(name: str | None) -> str | None:
    """The country whose capital ``name`` is, in any language the gazetteer writes it ("Moscou": Russia)."""
    if not name:
        return None
    hit = shipped_gazetteer().lookup(name)
    return _capitals().get(hit[0]) if hit is not None and hit[1] == "place" else None


def tells(name: str, text: str) -> bool:
    """Whether ``text`` names ``name`` (as a whole word) right before a verb of telling ("Bangkok confirma",
    "Washington has said")."""
    verbs, auxiliaries = _telling()
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        whole = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
        m = _WORDS_AFTER.match(text, end) if whole else None
        if m:
            first, second = m.group("first").lower(), (m.group("second") or "").lower()
            if first in verbs or (first in auxiliaries and second in verbs):
                return True
        at = text.find(name, at + 1)
    return False


def capital_tellers(out: list[tuple[str, int, int, dict]], text: str) -> list[tuple[str, int, int, dict]]:
    """The figures, a subject that is a capital telling them in ``text`` replaced by its country (see the
    module's doc)."""
    for _, _, _, fields in out:
        subject = fields.get("subject")
        country = capital_country(subject)
        if country and tells(subject, text):
            fields["subject"] = country
    return out
