"""What a count of people measures: said by its predicate, not by the people counted.

"26 officers were injured", "deployed about 1,600 officers", "110,000 attended", "about 110,000 people in
attendance" and "the over 1,000 officers on duty" count people; what they measure is what happened to them or what
they did (injured, deployed, attendance), read from the predicate the count is the subject or object of:

- a predicate after the count's noun ("were injured", "remain missing": :func:`measures.predicate_measure`), or a
  verb right after a bare count ("110,000 attended", "5,000 marched");
- a state phrase right after it ("in attendance", "on duty", "in custody", "took part", "turned out");
- a verb right before it, past a qualifier ("deployed about 1,600", "drew about 110,000", "attended by about 5,000",
  "attracted roughly 5,000"), first when another figure of a list comes before the predicate after it ("saved 850
  people, 167 by air, and eight were injured": compare/count_verbs.py);
- else the noun itself when it names an event's role ("110,000 participants", "5,000 counter-protesters").

The people counted stay as the measure's kind when they are a group of their own (``PERSON_GROUPS``: officers and
police are one group), so that "officers injured" and "protesters injured" are two measures
(:func:`~briefing_tui.compare.measure_kinds.measures_differ`); a generic noun ("people", "residents") adds none. An
adverb is never a measure: "four seriously" counts the injured, of a severity (compare/injury_severity.py), like "four seriously
injured"; and a gathering's counter-gathering ("an anti-racism counter-protest, attended by about 5,000") is another
gathering's attendance (``COUNTER_KIND``). English words, and the groups of other languages the table names
("manifestants", "Teilnehmer"); other languages' predicates keep their measures.
"""

from __future__ import annotations

import re

from briefing_tui.compare.injury_severity import SEVERED_MEASURES, is_severity, severity
from briefing_tui.compare.insertions import past_insertions
from briefing_tui.compare.population_kinds import residents_kind
from briefing_tui.compare.language_words import language_words
from briefing_tui.compare.lemmas import lemma
from briefing_tui.compare.aboard_counts import aboard_fate
from briefing_tui.compare.evacuated_people import evacuated
from briefing_tui.compare.other_heads import wider_measure
from briefing_tui.compare.count_verbs import (
    ATTENDANCE,
    DEPLOYED,
    PERSON_MEASURES,
    VERBS_AFTER,
    VERB_BACK,
    figure_between,
    list_verb,
    verb_before,
)
from briefing_tui.compare.measures import (
    BARE_PREDICATE_REACH,
    GENERIC_HEADS,
    PREDICATE_WORDS,
    predicate_measure,
    count_measure,
    measure_of_word,
    singular,
    words_in,
)
from briefing_tui.lazy_pattern import lazy_compile

# The closed class of nouns naming people by their role, each to its group (one canonical word: "police officers",
# "policemen" and "officers" are one group). General English, no event's words.
PERSON_GROUPS: dict[str, str] = {
    **dict.fromkeys("officer officers police policeman policemen policewoman policewomen constable constables "
                    "trooper troopers gendarme gendarmes".split(), "officer"),
    **dict.fromkeys("soldier soldiers troops serviceman servicemen servicemembers".split(), "soldier"),
    **dict.fromkeys("protester protesters protestor protestors demonstrator demonstrators marcher marchers campaigner "
                    "campaigners activist activists rioter rioters counter-protester counter-protesters "
                    "counterprotester counterprotesters".split(), "protester"),
    **dict.fromkeys("participant participants attendee attendees spectator spectators pilgrim pilgrims worshipper "
                    "worshippers worshipers".split(), "participant"),
    **dict.fromkeys("journalist journalists reporter reporters".split(), "journalist"),
    **dict.fromkeys("prisoner prisoners inmate inmates detainee detainees".split(), "prisoner"),
    **language_words().person_groups,  # other languages' ("manifestants", "Teilnehmer")
}
SURVIVORS = "survivors"  # who they are, not what befell them: a verb governing their count says that
# What a predicate after a count of survivors says befell some of them, a count of its own ("25 survivors were
# hospitalised", "Vinte e cinco sobreviventes foram hospitalizados"): not the survivors' whole count.
SURVIVOR_FATES = frozenset("hospitalised injured".split())
# A relative pronoun opening what follows a count (past its asides): a clause about those counted, not their predicate
# ("one survivor, a British national, who is hospitalised" still counts the survivors).
_RELATIVE = lazy_compile(r"\s{0,3}(?:who|whom|which|que|qui|quien|quienes|die|der|welche|che|cui)\b", re.I)
# Groups whose count, when no predicate says otherwise, is itself a measure: those who take part in a gathering.
ROLE_MEASURES: dict[str, str] = {"protester": ATTENDANCE, "participant": ATTENDANCE}
# Measures a group's count says by itself: "5,000 marchers attended" is the attendance, not marchers' attendance.
OWN_MEASURES: dict[str, frozenset[str]] = {"protester": frozenset({ATTENDANCE}), "participant": frozenset({ATTENDANCE})}

# State phrases right after a count of people (and its noun): where or how they are.
_STATE_AFTER = lazy_compile(
    r"\A\s{0,3}(?:(?:were|was|are|is|have|had|has|been|being|who|that)\s{1,3}){0,2}(?:"
    r"(?P<attendance>in\s{1,3}attendance|took\s{1,3}part|take\s{1,3}part|taking\s{1,3}part|turned\s{1,3}(?:out|up))"
    r"|(?P<deployed>on\s{1,3}duty|on\s{1,3}patrol|on\s{1,3}standby|deployed|mobili[sz]ed)"
    r"|(?P<arrested>in\s{1,3}custody)"
    # people still under what fell on them ("670 people under the soil", "90 people remain under the rubble"); not
    # "from under the rubble" (the rescued)
    r"|(?P<trapped>(?:(?:still|remain|remains|remained|lie|lies|lying|lay)\s{1,3}){0,2}"
    r"(?:under|beneath|underneath)\s{1,3}(?:the\s{1,3})?(?:[a-z]{1,15}\s{1,3})?"
    r"(?:rubble|debris|ruins|wreckage|soil|mud|earth|landslide|snow))"
    r")\b", re.I)
# A crowd arriving in a place, right after a count of people (and its noun): "three million patriots hit central
# London", "5,000 supporters took to the streets", "thousands descended on Whitehall". The verb alone says nothing
# ("hit by a car", "hit the water"): its object must be a place, a name or "the streets" (of a name).
_ARRIVAL_AFTER = lazy_compile(
    r"\A\s{0,3}(?:(?:have|has|had)\s{1,3})?(?:"
    r"(?:took|take|taking|takes)\s{1,3}to\s{1,3}the\s{1,3}streets\b"  # "took to the streets (of Paris)"
    r"|(?:hit|hits"  # (informal: "hit the streets", "hit London")
    r"|descended\s{1,3}on|descend\s{1,3}on|descending\s{1,3}on"
    r"|converged\s{1,3}on|converge\s{1,3}on|converging\s{1,3}on"
    r"|poured\s{1,3}into|pour\s{1,3}into|pouring\s{1,3}into"
    r"|flooded|flood|flooding|thronged|throng|thronging)"
    r"\s{1,3}(?:the\s{1,3}streets\b"
    r"|(?:central|downtown|inner)\s{1,3}(?-i:[A-Z])"  # "central London"
    r"|(?-i:[A-Z]))"  # a name: "Whitehall"
    r")", re.I)


def arrived(after: str) -> bool:
    """Whether the text right after a count of people says a crowd arrived in a place (see ``_ARRIVAL_AFTER``)."""
    return bool(_ARRIVAL_AFTER.match(after))


# Words ending in "-ly" that are no adverbs ("family", "rally", "supply").
NOT_ADVERBS = frozenset("""family assembly supply rally ally anomaly monopoly italy july reply jelly belly bully holly
    lily folly homily butterfly firefly tally gully ugly only early daily weekly monthly yearly quarterly""".split())
MIN_ADVERB = 6  # shorter "-ly" words are nouns or adjectives ("fly", "holy", "ugly")
# A counter-gathering's word: "counter-protest", "counterprotest", "counter‑march" (a no-break hyphen too).
_COUNTER = lazy_compile(r"\bcounter[-\u2010\u2011]?(?:protest|demonstrat|march|rall|mobili)\w*", re.I)
COUNTER_KIND = "counter-protest"
# What ends the stretch before a count where its gathering is named: another clause's conjunction or a semicolon.
_GATHERING_END = lazy_compile(r"[;:]|\b(?:while|whereas|but|and)\b|\d", re.I)
COUNTER_BACK = 160  # characters before a count where the gathering it attends is named


# The first number of a range before a count: "between 110,000 and" 150,000 people, "from 10 to" 20.
_RANGE_FIRST = lazy_compile(r"(?<![\d,.])\d[\d,.]*(?:\s{1,3}(?:and|to)\s{1,3}|\s{0,3}[-–]\s{0,3})\Z", re.I)
# (no start inside a number: a search stays linear on a long run of digits)


def is_adverb(word: str) -> bool:
    """Whether a lower-case word after a number is an adverb ("seriously", "critically"), never what it counts."""
    return word.islower() and word.endswith("ly") and len(word) >= MIN_ADVERB and word not in NOT_ADVERBS


def person_group(head: str | None, after: str = "") -> str | None:
    """The group of people a count's noun names ("police officers" -> "officer"), or None (a generic or no noun);
    a measure word as the noun ("two dozen injured officers") gives the group of the noun after it."""
    if not head:
        return None
    group = PERSON_GROUPS.get(head.lower())
    if group is None and measure_of_word(head):
        words = words_in(after[:40])
        group = PERSON_GROUPS.get(words[0].group(0).lower()) if words and after[:words[0].start()].strip() == "" else None
    return group


# "the number of" a group of people right before a bare count: "put the number of protesters at 3.5 million".
_NUMBER_OF = lazy_compile(r"\bnumber\s{1,3}of\s{1,3}([a-z][\w-]{2,30})\s{1,3}(?:at|to|as)\s{1,3}(?:\w+\s{1,3})?$", re.I)


def _number_of_role(before: str) -> str | None:
    """The measure a group's role gives a bare count of "the number of protesters at" (attendance), or None."""
    m = _NUMBER_OF.search(before[-VERB_BACK:])
    return ROLE_MEASURES.get(PERSON_GROUPS.get(m.group(1).lower(), "")) if m else None


def _state_after(after: str) -> str | None:
    """The measure of a state phrase or verb right after a count and its noun ("in attendance", "on duty",
    "attended"), past set-off phrases (compare/insertions.py)."""
    after = past_insertions(after)
    m = _STATE_AFTER.match(after)
    if m:
        return m.lastgroup
    if arrived(after):
        return ATTENDANCE
    words = words_in(after[:30])
    if words and not after[:words[0].start()].strip() and words[0].group(0).islower() \
            and lemma(words[0].group(0)) in VERBS_AFTER:
        return VERBS_AFTER[lemma(words[0].group(0))]
    return None


def counter_kind(before: str, head: str | None) -> str | None:
    """``COUNTER_KIND`` when the count is of a counter-gathering: its noun ("5,000 counter-protesters") or the
    gathering named before it in its clause ("a counter-march attracted roughly 5,000")."""
    if head and _COUNTER.match(head):
        return COUNTER_KIND
    return COUNTER_KIND if _COUNTER.search(_own_stretch(before, COUNTER_BACK)) else None


# A verb of claiming before a crowd's count in its sentence: "claimed his rally drew three million", "proclaiming:
# MILLIONS HAVE TURNED UP" (a party's claim of its own crowd, not an estimate of it).
_CLAIMED_BEFORE = lazy_compile(r"\b(?:claim|claims|claimed|claiming|proclaim|proclaims|proclaimed|proclaiming|boast|boasts|"
                             r"boasted|boasting)\b", re.I)
CLAIMED_KIND = "claimed"
CLAIM_BACK = 120  # characters before a crowd's count where a verb of claiming is looked for


def claimed_kind(before: str) -> str | None:
    """``CLAIMED_KIND`` when a crowd's count is a party's claim ("X claimed his rally drew three million"): a verb of
    claiming before it in its clause (no other clause's conjunction nor number between)."""
    return CLAIMED_KIND if _CLAIMED_BEFORE.search(_own_stretch(before, CLAIM_BACK, _CLAIM_END)) else None


# What ends the stretch before a count where a claim of it is made (a colon opens the claim: "proclaiming: MILLIONS").
_CLAIM_END = lazy_compile(r";|\b(?:while|whereas|but|and)\b|\d", re.I)


def _own_stretch(before: str, reach: int, end: re.Pattern = _GATHERING_END) -> str:
    """The last ``reach`` characters before a count, from the end of the last clause break or number in them."""
    stretch = before[-reach:]
    ends = list(end.finditer(stretch))
    return stretch[ends[-1].end():] if ends else stretch


# A place's population named before a count of people: "home to 3,895 people", "a city of 90,000", "a community of
# around 125,000 people", "The impacted village is about 4,000 people" (a place noun right before "of" or "is"; not
# "a group of 40 people").
_POPULATION_BEFORE = lazy_compile(
    r"(?:\bhome\s{1,3}to"
    r"|\b(?:a|an|the)\s{1,3}(?:[a-z-]{3,20}\s{1,3})?(?:city|town|village|community|settlement|island|district|province"
    r"|county|region|nation|country|municipality|neighbou?rhood|suburb|state)\s{1,3}(?:of|is|was)"
    r")\s{1,3}(?:(?:about|around|roughly|approximately|some|nearly|almost|over|more\s{1,3}than|an\s{1,3}estimated)\s{1,3})?$",
    re.I)
POPULATION_REACH = 60  # characters before a count searched for such a place
_POPULATION_HEADS = frozenset("people persons inhabitants residents souls".split())


def person_measure(measure: str | None, head: str | None, phrase: str, after: str, before: str) -> str | None:
    """The measure of a count of people (see the module's doc); ``measure`` (the noun's own reading) unchanged for
    other counts. ``phrase`` is the count's own words after the number, ``after`` and ``before`` the text around it."""
    if evacuated(measure, before, after):
        return "displaced"  # "la evacuación de 88.000 residentes" (compare/evacuated_people.py)
    measure = wider_measure(measure, after)  # ("9,000 homes, shops and other buildings": compare/other_heads.py)
    if measure and " " in measure:
        return measure  # a kind read already ("total dead": the whole of "three of the six workers killed")
    if measure == "residents" and (kind := residents_kind(before, after)):
        return f"{kind} {measure}"  # ("la population clandestine dépasse les 100.000 personnes": compare/population_kinds.py)
    lower = (head or "").lower()
    if (not head or lower in _POPULATION_HEADS) and _POPULATION_BEFORE.search(before[-POPULATION_REACH:]) \
            and not predicate_measure(after):  # (not "the town is 300 people missing")
        return "residents"  # "Derna, a community of around 125,000 people", "home to 3,895 people"
    if PREDICATE_WORDS.get(lower) in FATES:
        return PREDICATE_WORDS[lower]  # ("Al menos 95 murieron": the verb read as the count's noun)
    if head and head.islower() and lemma(lower) in VERBS_AFTER and lower.endswith("ed"):
        base = VERBS_AFTER[lemma(lower)]  # "110,000 to 150,000 attended": a verb read as the count's noun
        kind = counter_kind(before, None) or claimed_kind(before)
        return f"{kind} {base}" if kind else base
    adverb = bool(head) and (is_adverb(lower) or is_severity(lower))  # ("dont 15 grièvement": a severity counts nothing)
    group = person_group(lower, after) if head else None
    generic = lower in GENERIC_HEADS
    if (head is None or generic or group) and (first := _RANGE_FIRST.search(before)):
        before = before[:first.start()]  # ("between 110,000 and 150,000 people": what governs the range governs both)
        measure = count_measure(head, after, before) if head is None or generic else measure
    if head and not adverb and measure == SURVIVORS and (verb := verb_before(before)) and verb != SURVIVORS:
        base = verb  # ("displaced 1,650 survivors": what befell them, the survivors being who they are)
    elif head and not adverb and measure == SURVIVORS and (fate := predicate_measure(after)) in SURVIVOR_FATES \
            and not _RELATIVE.match(past_insertions(after)):  # (not "one survivor, ..., who is hospitalised")
        base = fate  # ("25 survivors were hospitalised": the hospitalised, the survivors being who they are)
    elif head and not adverb and measure_of_word(lower) and not generic:
        base = measure  # ("two dozen injured officers", "four seriously injured": the noun's own measure)
    elif head and not adverb and group is None and not generic and not arrived(after):
        fate = predicate_measure(after) if _PERSON_NOUN.search(lower) else None
        return fate if fate in FATES else measure  # ("670 villagers died": the dead; else a count of things)
    elif head and not adverb and group is None and not generic:
        base = ATTENDANCE  # ("three million patriots hit central London": a crowd, whatever it calls itself)
    elif adverb or not head:  # ("four seriously": an adverb counts nothing, the count is a bare number's)
        own = None if head else predicate_measure(after[:BARE_PREDICATE_REACH])
        base = (_state_after(after) if not head else None) or verb_before(before) or (
            list_verb(before) if not head and not own else None) or (
            count_measure(None, after, before) if adverb else measure)
        base = base or ("injured" if is_severity(lower) else None)  # ("two critically": of the injured)
        base = base or (_number_of_role(before) if not head else None)
    else:
        verb = verb_before(before)  # (its own verb before it, when a later predicate is another figure's)
        base = (verb if verb and figure_between(after) else None) or aboard_fate(lower, predicate_measure(after)) \
            or _state_after(after) or verb
        base = base or (measure if generic and measure not in ("people", "residents") else None)
        base = base or ROLE_MEASURES.get(group or "") or (measure if generic else group or singular(lower))
    if base is None:
        return None
    if " " in base:
        return base
    kind = None
    if base in SEVERED_MEASURES:
        kind = severity(phrase, after, before)
    if base == ATTENDANCE:
        kind = counter_kind(before, head) or claimed_kind(before)
    elif kind is None and group and base in PERSON_MEASURES and base not in OWN_MEASURES.get(group, ()) \
            and not (group in NATIONAL_GROUPS and base in FATES):  # (a gathering's dead are its toll: "40 pilgrims died")
        kind = group
    return f"{kind} {base}" if kind else base


# Groups of people by their part in a gathering whose nationality, when their count names one, says who they are
# (as other languages' readings do: "323 pèlerins égyptiens", compare/foreign_words.py national_count): their
# count is of that nationality's people ("323 Egyptian pilgrims died": Egyptians dead), never of the group's.
NATIONAL_GROUPS = frozenset({"participant"})


def of_nationals(measure: str | None, subject: str | None) -> str | None:
    """A count's measure without its group when its subject is a nationality (see ``NATIONAL_GROUPS``)."""
    words = (measure or "").split()
    if len(words) == 2 and words[0] in NATIONAL_GROUPS and subject in language_words().nationalities.values():
        return words[1]
    return measure


def agent_before(measure: str | None) -> bool:
    """Whether a count's measure is a gathering's or a deployment's (attendance, deployed): the name before it is who
    drew or deployed them ("The Met deployed about 1,600 officers", "the rally led by X drew 110,000"), not whose
    count it is; only a place after it scopes it ("drew 100,000 people to London")."""
    return (measure or "").split()[-1:] in ([ATTENDANCE], [DEPLOYED])


# What befalls people only, said by a predicate after a count of people by any noun ("670 villagers died", "nine
# miners were killed", "12 climbers remain missing"): that count is of the measure, not of its noun.
FATES = frozenset("dead injured missing hospitalised trapped rescued".split())
# A plural noun naming people by what they do or where they are from (an agent's or a dweller's ending: "villagers",
# "miners", "tourists", "fishermen", "civilians", "residents", "migrants", "refugees"; and the agent's plural of other
# languages: "migrantes", "migranti", "Migranten", "manifestantes", "Demonstranten"); no other noun is read as people.
_PERSON_NOUN = lazy_compile(r"(?:[a-z]{2}(?:ers|ors|ists|ians|ants|ents|ees)|[a-z](?:men|women|folk)"
                            r"|[a-z]{3}[ae]nt(?:es|i|en))\Z")
