"""What a length of time is the length of, from the noun it belongs to: "a four-year loan arrangement", "the programme
will have a duration of four years", "una duración de 48 meses" (the programme's length); "a grace period of four and a
half years", "cuatro años de gracia"; "a three-day state of mourning", "deuil national de trois jours"; "una tregua de
72 horas"; "a five-month deadline", "un plazo de cinco meses", "eine Frist von 60 Tagen"; "to suspend transfers within
five months" (a deadline: a time to act, ordered); "Meta has six months to suspend", "tiene seis meses para" (a
deadline: a time had or given to act).

The noun is read right after a period written as a compound ("four-year", "72-hour") or joined to it by "of" ("three
days of mourning", "trois jours de deuil"), or right before the period and joined to it by "of" ("a grace period of",
"un plazo de", "eine Waffenruhe von"): the noun nearest the number names it ("plazo de devolución de diez años" is a
repayment period, not a deadline). Each measure is the length of one thing of the event: a period of another noun (a
"10-year bond", a "four-year term") is not one of these and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_tui.lazy_pattern import LazyPattern, lazy_compile

DURATION_MEASURE = "duration"  # how long the event's programme, agreement, loan or plan runs
DEADLINE_MEASURE = "deadline"  # the time a party is given to act
# Measures by the nouns that name them (English, French, Spanish, German, Portuguese, Italian; lower-case stems
# matched as whole words). Order matters: the first measure whose noun is nearest the number wins.
_NOUNS: tuple[tuple[str, str], ...] = (
    ("repayment period", r"repayment|repay|devolución|devolucion|reembolso|remboursement|rückzahlung|tilgung"
                         r"|amortización|amortizacion|amortização|rimborso|restituzione"),
    ("grace period", r"grace|gracia|grâce|carência|carencia|grazia|karenzzeit|tilgungsfreie"),
    ("mourning period", r"mourning|deuil|duelo|luto|lutto|trauer|staatstrauer|landestrauer|volkstrauer"),
    ("truce period", r"truce|ceasefire|cease-fire|tregua|trêve|treve|cessez-le-feu|waffenruhe|feuerpause|waffenstillstand"
                     r"|cessar-fogo|armistice|armisticio"),
    ("emergency period", r"emergency|urgence|emergencia|emergência|emergenza|ausnahmezustand|notstand"),
    # the length of a recording shown or found ("20 minutes of footage", "20 minutos de grabaciones", "a two-minute
    # video"): no time the event took
    ("footage duration", r"footage|video|videos|vídeo|vídeos|vidéo|vidéos|recording|recordings|grabación|grabaciones"
                         r"|enregistrement|enregistrements|aufnahme|aufnahmen|videomaterial|filmmaterial|gravação"
                         r"|gravações|filmato|filmati|registrazione|registrazioni"),
    (DEADLINE_MEASURE, r"deadline|deadlines|ultimatum|ultimátum|plazo|délai|delai|prazo|termine|frist"),
    (DURATION_MEASURE, r"programme|program|programa|programma|programm|loan|loans|arrangement|agreement|deal|facility"
                       r"|bailout|plan|accord|acuerdo|acordo|accordo|abkommen|vereinbarung|entendimiento|préstamo"
                       r"|prestamo|empréstimo|prestito|prêt|kredit|kreditprogramm|rescate|duration|durée|duración"
                       r"|duracion|duração|durata|laufzeit|dauer|length"),
)
_GENERAL = (None, DEADLINE_MEASURE, DURATION_MEASURE)  # measures a noun after "for" does not give
# The measures of this module, for the claims by measure (their last words are known measures there).
SPAN_MEASURES = frozenset(name for name, _ in _NOUNS)
# A word of the phrase between a compound period and its noun, or between the noun and "of": a modifier or an amount.
_WORD = r"(?:[$€£¥]?[\w’'.,-]{1,25})"
# A period written as a compound before its noun: "four-year", "72-hour", "cinq-ans" (a hyphen, no space).
# (and the German adjective: "dreitägige", "fünfmonatige"; compare/compound_periods.py)
_COMPOUND = lazy_compile(r"(?:-(?:year|month|week|day|hour)s?|(?:tägig|wöchig|monatig|jährig|stündig)(?:e|en|er|es|em)?)$",
                         re.I)
# After a compound period: its first four words, up to a punctuation mark ("loan arrangement", "$20 billion bailout",
# "state of mourning").
_WORDS_AFTER_COMPOUND = lazy_compile(rf"\A\s{{0,3}}((?:{_WORD}\s{{1,3}}){{0,3}}{_WORD})")
# Words that end the phrase after a compound period: what follows them is no longer its noun ("a four-year term to
# repay the loan").
_PHRASE_ENDS = frozenset("to for with in on at that which who and or by from the a an as than que pour para por für zu um"
                         " und et y e o".split())
# After a period: "of"/"de"/"d'"/"di"/"da" and the noun, an adjective between ("de deuil national", "of national
# mourning", "of public mourning", "of official mourning", "of grace").
_NOUN_AFTER_OF = lazy_compile(r"\A\s{1,3}(?:of|de|d['’]|di|da)\s{0,3}(?:(?:national|nacional|nationale?|nazionale"
                            r"|public|official|state|general|nationwide|provincial|regional)\s{1,3})?"
                            r"(?P<noun>[^\W\d_][\w-]{2,30})\b", re.I)
# Words before a period that make it a part of the thing's length, not all of it: "the first three days of the truce",
# "les trois derniers jours", "los primeros 60 días del plazo", "in den ersten drei Tagen".
_PART_BEFORE = lazy_compile(r"\b(?:first|last|past|remaining|final|premiers?|premières?|derniers?|dernières?|primeros?"
                          r"|primeras?|últimos?|últimas?|ersten|letzten|primi|prime|ultimi|ultime)\b", re.I)
# After a period: what it is for, when a noun names it ("un plazo de diez años para la devolución": the repayment's,
# not a deadline).
_NOUN_AFTER_FOR = lazy_compile(r"\A\s{1,3}(?:for|para|pour|per|für|zur|zum)\s{1,3}(?:(?:the|la|el|le|les|los|las|il|lo|a|o|die|der|den)"
                             r"\s{1,3})?(?P<noun>[^\W\d_][\w-]{2,30})\b", re.I)
# Before a period: the noun, up to three words, and the word joining them to it ("a grace period of", "un plazo de",
# "deuil national de", "eine Frist von", "una tregua de", "a duration of", "estado de emergencia de").
_NOUN_BEFORE = lazy_compile(rf"(?P<words>(?:[^\W\d_][\w’'-]{{1,30}}\s{{1,3}}){{1,4}})(?:of|de|d['’]|von|di|da|por)\s{{0,3}}$",
                          re.I)
# "Within" and its kin before a period: a time to act ("suspend transfers within five months", "innerhalb von zwei
# Wochen", "entro sei mesi", "sous cinq mois"), a deadline only when the clause orders or gives the act.
_WITHIN_BEFORE = lazy_compile(r"\b(?:within|innerhalb\s{1,3}von|binnen|entro|dentro\s{1,3}de|sous)\s{1,3}(?:the\s{1,3}next\s{1,3})?$",
                            re.I)
# ... or as the period's first word ("within five months" is one figure).
_WITHIN_FIRST = lazy_compile(r"(?:within|innerhalb|binnen|entro|dentro)\b", re.I)
# Words of an order or obligation in the clause before "within": "directed to", "told to", "ordered to", "must", "has
# to", "doit", "debe", "muss", "deve".
_ORDERED = lazy_compile(
    r"\b(?:ordered|directed|told|required|instructed|obliged|given|asked|must|has\s{1,3}to|have\s{1,3}to|will\s{1,3}have\s{1,3}to"
    r"|orders?|doit|doivent|devra|devront|debe|deben|deberá|deberán|tiene\s{1,3}que|muss|müssen|deve|devono|dovrà)\b",
    re.I)
# A verb of having or being given right before a period: the party's time to act when what it is for follows
# (``_TO_ACT_AFTER``): "Meta has six months to suspend", "was given five months to comply", "dispose de six mois pour",
# "tiene seis meses para", "hat sechs Monate Zeit", "tem 30 dias para", "ha sei mesi per adeguarsi". A qualifier may
# stand between ("has only 30 days", "tiene apenas 30 días").
_HAVE_BEFORE = lazy_compile(
    r"\b(?:has|have|had|having|given|gave|give|gives|granted|grants|grant|gets|get|got|allowed|allows|allow"  # English
    r"|a|ont|aura|auront|avait|dispose\s{1,3}de|disposent\s{1,3}de|disposera\s{1,3}de|accordé|donné"  # French
    r"|tiene|tienen|tendrá|tendrán|tenía|dio|dado|concedió|concedido|otorgó|otorgado"  # Spanish
    r"|hat|haben|hatte|hätte|erhält|erhielt|bekommt|bekam"  # German
    r"|tem|têm|terá|terão|tinha|deu|concedeu"  # Portuguese
    r"|ha|hanno|avrà|avranno|aveva|concesso|dato)"  # Italian
    r"\s{1,3}(?:(?:only|just|up\s{1,3}to|seulement|que|solo|sólo|apenas|nur|noch|solamente|soltanto)\s{1,3})?$", re.I)
# What the time is for, right after the period: an infinitive ("to suspend", "pour se conformer", "para cumplir", "per
# adeguarsi", "para cumprir"), "in which to", German "Zeit" ("sechs Monate Zeit, um ..."). An infinitive only, by its
# ending: "Il a 45 ans pour la première fois" and "tiene 45 años para su edad" are ages.
_TO_ACT_AFTER = lazy_compile(
    r"\A\s{1,3}(?:(?:more|de\s{1,3}plus|más|mehr|in\s{1,3}più|a\s{1,3}mais)\s{1,3})?"
    r"(?:to\s{1,3}[a-z]{2,}|in\s{1,3}which\s{1,3}to|Zeit\b"
    r"|pour\s{1,3}(?:(?:se|s['’]|le|la|les|l['’]|y|en)\s{0,3})?[^\W\d_]{1,}(?:er|ir|[dt]re|aire|oire|uire)\b"  # French
    r"|para\s{1,3}[^\W\d_]{1,}(?:ar|er|ir|ír)(?:se|la|lo|las|los)?\b"  # Spanish, Portuguese
    r"|per\s{1,3}[^\W\d_]{1,}(?:are|ere|ire|arsi|ersi|irsi)\b)")  # Italian
# The clause before a period ends at its last punctuation (the order must be in the period's own clause).
_CLAUSE_MARK = lazy_compile(r"[.;:!?]")
PART_REACH = 12  # characters before a period read for "first", "last"
NOUN_REACH = 80  # characters before a period read for its noun or "within"'s order
ORDER_REACH = 200  # characters of the clause before "within" read for the order


# A table of measures by the nouns that name them: (measure, pattern of its nouns matched as whole words).
NounTable = Sequence[tuple[str, LazyPattern]]


def noun_table(nouns: Sequence[tuple[str, str]]) -> NounTable:
    """A table of measures by their nouns from (measure, alternation of lower-case nouns) pairs (compiled on first
    use)."""
    return [(name, lazy_compile(rf"(?:{words})", re.I)) for name, words in nouns]


def _named(words: list[str], table: NounTable | None = None) -> str | None:
    """The measure the nearest word naming one names (``words`` nearest first; ``table`` this module's own by
    default), else None."""
    for word in words:
        for name, pattern in table or _MEASURE_OF:
            if pattern.fullmatch(word.strip(".,’'")):
                return name
    return None


_MEASURE_OF = noun_table(_NOUNS)


def measure_named(word: str) -> str | None:
    """The measure a noun of a length names ("Staatstrauer": a mourning period), else None."""
    return _named([word])


def written_as_compound(written: str) -> bool:
    """Whether a period is written as a compound before its noun ("four-year", "dreitägige")."""
    return bool(_COMPOUND.search(written))


def part_of_length(before: str, written: str) -> bool:
    """Whether a period is a part of a thing's length, not all of it ("the first three days of the truce")."""
    return bool(_PART_BEFORE.search(before[-PART_REACH:]) or _PART_BEFORE.search(written))


def noun_measure(before: str, after: str, written: str, table: NounTable, compound: bool | None = None) -> str | None:
    """The measure of ``table`` the noun a period ``written`` between ``before`` and ``after`` belongs to names (see
    the module: a compound's noun after it, a noun joined by "of" after it or before it), else None. ``compound`` says
    whether the period is written as a compound before its noun (read from ``written`` when None)."""
    if (written_as_compound(written) if compound is None else compound) and (m := _WORDS_AFTER_COMPOUND.match(after)):
        words = []
        for word in m.group(1).split():
            if word.lower() in _PHRASE_ENDS:
                break
            words.append(word)
            if word[-1] in ",.;:":
                break
        if measure := _named(words, table):
            return measure
    if (m := _NOUN_AFTER_OF.match(after)) and (measure := _named([m.group("noun")], table)):
        return measure
    if (m := _NOUN_AFTER_FOR.match(after)) and (measure := _named([m.group("noun")], table)) not in _GENERAL:
        return measure  # (a specific noun only: "a 60-day deadline for the deal" stays a deadline)
    if (m := _NOUN_BEFORE.search(before[-NOUN_REACH:])) and (measure := _named(m.group("words").split()[::-1], table)):
        return measure
    return None


def span_measure(before: str, after: str, written: str) -> str | None:
    """The measure of a period ``written`` between ``before`` and ``after`` (see the module), else None."""
    if part_of_length(before, written):
        return None  # ("the first three days of the truce": a part of it)
    if measure := noun_measure(before, after, written, _MEASURE_OF):
        return measure
    near = before[-NOUN_REACH:]
    if _HAVE_BEFORE.search(near) and _TO_ACT_AFTER.match(after):
        return DEADLINE_MEASURE  # ("Meta has six months to suspend the transfers", "tiene seis meses para")
    if _WITHIN_BEFORE.search(near) or _WITHIN_FIRST.match(written):
        clause = before[-ORDER_REACH:]
        marks = [m.end() for m in _CLAUSE_MARK.finditer(clause)]
        if _ORDERED.search(clause[marks[-1] if marks else 0:]):
            return DEADLINE_MEASURE
    return None
