"""The inflected forms of other languages' measure words, and the compounds a measure word heads.

The word table (``data/measure_words.yaml``) lists a measure's words as news writes them most often; the same word
takes other endings with the gender and number of what it counts or the case of its phrase. A participle or an
adjective of people's fate agrees with its noun: Spanish and Portuguese "herido, herida, heridos, heridas", Italian
"ferito, ferita, feriti, ferite", French "blessé, blessée, blessés, blessées"; a German one made a noun declines:
"Verletzte, Verletzten, Verletzter". :func:`sibling_forms` gives a listed word's siblings, so that the table need
list one of them (``inflected`` of the table names the measures whose words agree so).

German joins nouns into one word whose last noun says what it is: "Hochwassertote" and "Erdbebenopfer" are dead,
"Flutopfer" too. :func:`compound_measure` reads such a word by its head (``compound_heads`` of the table: the German
words that head a compound without changing its measure; "Strafe" heads "Haftstrafe", a prison term, and is left
out).
"""

from __future__ import annotations

from briefing_tui.lazy_pattern import lazy_compile

# (Each pattern reads one word from its start, its stem at most 40 letters: linear on any text.)
# A Spanish or Portuguese participle (or an adjective of the same shape) in any of its four agreeing forms:
# "desaparecido", "desaparecidas", "evacuados", "afetadas" (its stem ends with the participle's -ad-/-id-).
_IBERIAN_PARTICIPLE = lazy_compile(r"(?<!\w)(?P<stem>\w{3,40}?(?:ad|id|íd))(?:os|as|o|a)")
IBERIAN_ENDINGS = ("o", "a", "os", "as")
# An Italian participle or adjective in any of its four forms: "ferito", "feriti", "sfollate", "dispersi", "uccise",
# "morti" (its stem ends with the participle's -at-/-it-/-ut-, or -s-/-rt- of "disperso", "ucciso", "morto").
_ITALIAN_PARTICIPLE = lazy_compile(r"(?<!\w)(?P<stem>\w{3,40}?(?:at|it|ut|rs|ss|is|rt))(?:o|a|i|e)")
ITALIAN_ENDINGS = ("o", "a", "i", "e")
# A French participle or adjective in any of its four forms: "blessé", "blessées", "disparus", "mortes" (its stem
# ends with the participle's -é, -u, or the -rt of "mort"; not the -ou, -eu of a Portuguese past, "matou", "prendeu").
_FRENCH_PARTICIPLE = lazy_compile(r"(?<!\w)(?P<stem>\w{2,40}?(?:é|(?<![aeiou])u|rt))(?:es|e|s)?")
FRENCH_ENDINGS = ("", "e", "s", "es")
# A German adjective or participle made a noun, in its declined forms: "Verletzte", "Toten", "Vermisster",
# "Betroffenen", "Überlebende" (its stem ends with the participle's -t, -n or -d, or the -s of "obdachlos").
_GERMAN_NOUN_ADJECTIVE = lazy_compile(r"(?<!\w)(?P<stem>\w{2,40}?[tnds])e(?:n|r)?")
GERMAN_ENDINGS = ("e", "en", "er")

INFLECTIONS = ((_IBERIAN_PARTICIPLE, IBERIAN_ENDINGS), (_ITALIAN_PARTICIPLE, ITALIAN_ENDINGS),
               (_FRENCH_PARTICIPLE, FRENCH_ENDINGS), (_GERMAN_NOUN_ADJECTIVE, GERMAN_ENDINGS))


def sibling_forms(word: str) -> frozenset[str]:
    """The forms a participle or an adjective of people takes with another gender, number or case, the word itself
    among them: "heridos" -> herido, herida, heridos, heridas; "blessés" -> blessé, blessée, blessés, blessées;
    "verletzte" -> verletzte, verletzten, verletzter. A word of no such shape gives itself alone."""
    lower = word.lower()
    forms = {lower}
    for pattern, endings in INFLECTIONS:
        found = pattern.fullmatch(lower)
        if found:
            forms.update(found.group("stem") + ending for ending in endings)
    return frozenset(forms)


MIN_COMPOUND_MODIFIER = 3  # letters before a compound's head ("Flut" of "Flutopfer"): fewer is no compound


def compound_measure(word: str, heads: dict[str, str]) -> str | None:
    """The measure of a German compound by its head noun ("Hochwassertoten" -> dead, "Corona-Tote" -> dead), the
    head being one of ``heads`` (head word -> measure); None for a word no head ends."""
    lower = word.lower()
    for start in range(MIN_COMPOUND_MODIFIER, len(lower) - 2):
        measure = heads.get(lower[start:].lstrip("-"))
        if measure is not None:
            return measure
    return None


# A Portuguese plural in "-ões" ("subestações", "eleições", "regiões"), whose singular ends in "-ão"; no English word
# ends so.
_PORTUGUESE_OES = "ões"
# A Spanish or Portuguese agent noun's plural ("consumidores", "trabajadores", "eleitores"): "-es"
# after "-dor"/"-tor"; long enough to leave English words of those endings alone ("stores", "restores").
_AGENT_PLURALS = ("dores", "tores")
MIN_AGENT_PLURAL = 9


def singular(word: str) -> str:
    """A crude singular, enough to match "countries" with "country", "agreements" with "agreement", "subestações"
    with "subestação" and "consumidores" with "consumidor"."""
    w = word.lower()
    if w.endswith(_PORTUGUESE_OES) and len(w) > 4:
        return w[:-3] + "ão"
    if w.endswith(_AGENT_PLURALS) and len(w) >= MIN_AGENT_PLURAL:
        return w[:-2]  # ("consumidores" -> "consumidor")
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "xes", "ches", "shes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w
