"""What a length of time is the length of when it times a happening (issue 11): "a three-month trial", "a two-day
summit", "una huelga de cinco días", "ein dreimonatiger Prozess", "un procès de trois mois", "three years of
negotiations", "a month-long trial", "14 years of Conservative rule", "a five-year term"; or when a verb of lasting
joins it to the happening's noun: "the trial lasted three months", "o julgamento durou três meses", "der Prozess soll
drei Monate dauern", "the investigation is expected to take six months".

Each measure is the length of one kind of happening, named in the languages the digests carry (``_NOUNS``): the
trial's, the summit's, the strike's. Its name ends in "duration", the measure a programme's or a loan's length has
(:mod:`.span_measures`, read first), so that a claim aligns them by the kind before it ("trial duration"). A period
of a sentence (a prison term, a ban: :mod:`.prison_terms`, :mod:`.period_measures`) is read before this module, and
a phrase that names a prison or a sentence is left to them ("a 12-month prison term").
"""

from __future__ import annotations

import re

from briefing_tui.compare.lasted_clauses import TRIAL_WORD, lasted_words, on_trial
from briefing_tui.compare.span_measures import measure_named, noun_measure, noun_table, part_of_length, written_as_compound
from briefing_tui.lazy_pattern import lazy_compile

# Kinds of happenings by the nouns that name them (English, French, Spanish, German, Portuguese, Italian; lower-case
# words matched whole). Words of two senses are left out ("paro" is also unemployment, "siège" a seat, German
# "Verhandlung" also a court hearing); a single hearing is no whole trial.
_NOUNS: tuple[tuple[str, str], ...] = (
    ("trial duration", r"trial|trials|hearings|procès|proces|juicio|juicios|audiencias|audiences|prozess|prozesses"
                       r"|strafprozess|julgamento|julgamentos|processo"),
    ("summit duration", r"summit|summits|meeting|meetings|conference|cumbre|cumbres|reunión|reuniones|sommet|sommets"
                        r"|réunion|conférence|conferencia|gipfel|gipfeltreffen|treffen|konferenz|cimeira|cúpula|reunião"
                        r"|conferência|vertice|riunione|conferenza"),
    ("negotiation duration", r"negotiations|negotiation|talks|negociaciones|négociations|verhandlungen|negociações"
                             r"|trattative|negoziati"),
    ("strike duration", r"strike|strikes|walkout|walkouts|stoppage|grève|grèves|huelga|huelgas|streik|streiks"
                        r"|warnstreik|generalstreik|ausstand|greve|greves|paralisação|sciopero|scioperi|protest|protests"),
    # a court's or a jury's deliberation ("two days of deliberations", "tres días de deliberaciones"; German
    # "Beratung" is also counselling)
    ("deliberation duration", r"deliberation|deliberations|délibération|délibérations|délibéré|deliberación"
                              r"|deliberaciones|deliberação|deliberações|deliberazione|deliberazioni"),
    ("investigation duration", r"investigation|investigations|probe|inquiry|enquête|investigación|investigação"
                               r"|ermittlungen|untersuchung|indagine|inchiesta"),
    ("war duration", r"war|wars|conflict|guerre|guerra|krieg|conflit|conflicto|konflikt|conflitto|conflito"),
    ("rule duration", r"reign|règne|reinado|herrschaft"),  # (and "of ... rule": ``_RULE_AFTER``)
    ("term duration", r"term|mandate|mandat|mandato|amtszeit|legislatur|legislaturperiode|wahlperiode"),
    ("visit duration", r"visit|visits|trip|tour|visite|visita|besuch|staatsbesuch|reise|viagem|viaggio|viaje|voyage"),
    ("campaign duration", r"campaign|campagne|campaña|wahlkampf|campanha|campagna"),
    ("lockdown duration", r"lockdown|confinement|confinamiento|confinamento|shutdown"),
)
EVENT_SPAN_MEASURES = frozenset(name for name, _ in _NOUNS)
_TABLE = noun_table(_NOUNS)

# Words of a prison term or a sentence in the phrase after a period: its length is the sentence's ("a 12-month prison
# term", "a four-year jail term"), never a term of office.
_SENTENCE_WORD = lazy_compile(r"\b(?:prison|jail|custodial|suspended|sentence|sentences|probation|haft|prisión|cárcel"
                              r"|prisão|prigione|reclusione)\b", re.I)
SENTENCE_REACH = 40  # characters after a period read for them
# "-long" or " long" right after a period that opens it ("a month-long trial", "a decade long war"): a compound.
_LONG_AFTER = lazy_compile(r"\A[-\s]long\b", re.I)
# After a period: "of", "de", "d'" (or nothing, before a German capitalised noun: "drei Monate Prozess") and an
# article or a modifier before the noun ("14 years of Conservative rule", "trois mois de procès", "of the trial").
_OF_MODIFIED = lazy_compile(
    r"\A\s{1,3}(?:(?:of|de|d['’]|di|da|des|du|del|do|dos)\s{0,3}(?:(?:the|la|le|les|el|los|las|o|os|il|lo)\s{1,3})?"
    r"(?P<first>[^\W\d_][\w-]{2,30})(?:\s{1,3}(?P<second>[^\W\d_][\w-]{2,30}))?"
    r"|(?P<noun>[A-ZÄÖÜ][\wäöüß-]{2,40}))")
# "of" and "rule" after a period, a modifier between ("14 years of Conservative rule"); a compound "10-year rule" is a
# regulation's.
_RULE_AFTER = lazy_compile(r"\A\s{1,3}of\s{1,3}(?:[^\W\d_][\w-]{1,30}\s{1,3})?rule\b", re.I)
# "in power" after a period: the rule's length ("after 14 years in power", "au pouvoir", "en el poder").
_IN_POWER = lazy_compile(r"\A\s{1,3}(?:in\s{1,3}power|au\s{1,3}pouvoir|en\s{1,3}el\s{1,3}poder|no\s{1,3}poder"
                         r"|al\s{1,3}potere|an\s{1,3}der\s{1,3}Macht)\b", re.I)
RULE_MEASURE = "rule duration"
# A verb of lasting right before a period, a qualifier between: "lasted", "will last", "is expected to take", "a duré",
# "durera", "duró", "durou", "è durato", "dauerte" (one alternative per language).
_LASTING_BEFORE = lazy_compile(
    r"\b(?:last|lasts|lasted|lasting|take|takes|took|taking|taken"  # English
    r"|dure|durent|durera|dureront|duré|durait|durer"  # French
    r"|dura|duran|duró|duraron|durará|durarán|durado|durar|duraba"  # Spanish
    r"|durou|duraram|durava|durará"  # Portuguese
    r"|durò|durerà|durato|durata|durare"  # Italian
    r"|dauert|dauerte|dauerten|dauern"  # German
    # verbs of running or spanning, a preposition after ("the programme runs over five years", "le plan s'étale sur
    # cinq ans", "el programa se extenderá durante cuatro años", "il piano si estende su cinque anni")
    r"|(?:run|runs|ran|running|span|spans|spanned|spread|extend|extends|extended|stretch|stretches|s['’]étale|s['’]étalera"
    r"|s['’]étend|s['’]étendra|se\s{1,3}extiende|se\s{1,3}extenderá|abarca|abarcará|si\s{1,3}estende|si\s{1,3}estenderà"
    r"|se\s{1,3}estende|se\s{1,3}estenderá|erstreckt\s{1,3}sich)(?:\s{1,3}(?:over|across|for|sur|pendant|durante|en|su|per"
    r"|por|ao\s{1,3}longo\s{1,3}de|a\s{1,3}lo\s{1,3}largo\s{1,3}de|über))?)"
    r"\s{1,3}(?:(?:only|just|about|around|nearly|almost|some|over|under|between|up\s{1,3}to|more\s{1,3}than|less\s{1,3}than"
    r"|at\s{1,3}least|environ|près\s{1,3}de|plus\s{1,3}de|moins\s{1,3}de|unos|unas|más\s{1,3}de|menos\s{1,3}de|casi|apenas"
    r"|cerca\s{1,3}de|mehr\s{1,3}als|knapp|rund|etwa|fast|quase|mais\s{1,3}de|circa|oltre|quasi|solo|sólo|nur)\s{1,3})?$",
    re.I)
# "last" read into the period's own text ("will last two days" is written "last two days"), after a modal or "to".
_LAST_WRITTEN = lazy_compile(r"\Alast\b", re.I)
_MODAL_BEFORE = lazy_compile(r"\b(?:will|would|could|may|might|can|should|must|shall|to)\s{1,3}$", re.I)
# A German verb of lasting right after the period, the clause's last ("der Prozess soll drei Monate dauern").
_LASTING_AFTER = lazy_compile(r"\A\s{1,3}(?:lang\s{1,3})?(?:dauern|dauert|dauerte|dauerten|gedauert)\b", re.I)
# Personal pronouns between a noun and a verb of lasting: the verb's subject is the pronoun ("the strike ended, but
# it will take two weeks").
_PRONOUN = frozenset("it he she they we you this that il elle ils elles on él ella ellos er sie es ele ela eles lui lei"
                     .split())
# Possessives after "of": a part of someone's happening ("three years of her term"), not its length.
_POSSESSIVES = frozenset("his her their its our my your son sa ses leur leurs su sus seu sua seus suas sein seine ihr ihre"
                         .split())
_WORD = lazy_compile(r"[^\W\d_][\w’'-]*")
_CLAUSE_END = lazy_compile(r"[.;:!?]")
SUBJECT_WORDS = 9  # words before a verb of lasting read for the happening's noun
SUBJECT_REACH = 120  # characters before it


def event_named(word: str) -> str | None:
    """The measure of a happening's length a noun names ("Prozess": the trial's), else None."""
    for name, pattern in _TABLE:
        if pattern.fullmatch(word.strip(".,’'")):
            return name
    return None


def _subject_before(before: str) -> str | None:
    """The length measure of the happening a verb of lasting at the end of ``before`` says lasts: the nearest noun of
    one in its clause, no pronoun between."""
    clause = before[-SUBJECT_REACH:]
    marks = [m.end() for m in _CLAUSE_END.finditer(clause)]
    words = _WORD.findall(clause[marks[-1] if marks else 0:])[::-1][:SUBJECT_WORDS]
    for word in words:
        if word.lower() in _PRONOUN:
            return None
        if measure := event_named(word) or measure_named(word):  # (or a programme's, a truce's: span_measures.py)
            return measure
    return None


def event_span(before: str, after: str, written: str) -> str | None:
    """The measure of a period ``written`` between ``before`` and ``after`` when it is a happening's length (see the
    module), else None."""
    lasts = bool(_LAST_WRITTEN.match(written) and _MODAL_BEFORE.search(before))  # ("will last two days")
    if part_of_length(before, written[len("last"):] if lasts else written) or _SENTENCE_WORD.search(after[:SENTENCE_REACH]):
        return None
    compound = written_as_compound(written)
    if long := _LONG_AFTER.match(after):
        after, compound = after[long.end():], True  # ("a month-long trial")
    if measure := noun_measure(before, after, written, _TABLE, compound):
        return measure
    if (m := _OF_MODIFIED.match(after)) and (m.group("first") or "").lower() not in _POSSESSIVES:
        for word in (m.group("first"), m.group("second"), m.group("noun")):
            if word and (measure := event_named(word)):
                return measure
    if _IN_POWER.match(after) or _RULE_AFTER.match(after):
        return RULE_MEASURE
    if on_trial(before, after):  # ("8 weeks on trial", "das Gericht verhandelte acht Wochen lang")
        return event_named(TRIAL_WORD)
    for word in lasted_words(after):  # ("las siete semanas que duró el proceso judicial")
        if measure := event_named(word):
            return measure
    if lasts or _LASTING_BEFORE.search(before) or _LASTING_AFTER.match(after):
        return _subject_before(before)
    return None
