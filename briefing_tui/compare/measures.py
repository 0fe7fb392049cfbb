"""What a figure counts or prices: its measure (a canonical word) and its subject.

A count's measure comes first from the noun it counts ("4,715 injured", "a 40-storey tower", "300
companies"), then, when that noun is a generic one ("12 people", "residents"), from the predicate after
it ("were killed" -> dead) or the words before it ("the death toll rose to 83", "killed at least 12");
a bare number ("rose to 83") takes the measure named before it. Money takes the thing priced: the noun
after the amount ("a $250-million fund", "$10 million in emergency aid") or the nearest one before it
("a contract worth", "plans to invest"). Words map to canonical measures through ``MEASURE_WORDS`` so
that "killed", "deaths" and "death toll" are one measure; other nouns are their own (singular) measure.
Nothing is guessed: a figure whose text names nothing it counts keeps ``measure=None``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.compare.aboard_counts import COMPANION_MEASURES, CREW, aboard_fate
from briefing_tui.compare.counted_names import counted_name, counted_names, head_name
from briefing_tui.compare.insertions import past_insertions
from briefing_tui.compare.inverted_predicates import clause_final_predicate, inverted_predicate
from briefing_tui.compare.language_words import language_words
from briefing_tui.compare.lives_lost import life_measure
from briefing_tui.compare.measure_lookup import WORD_MEASURE, measure_of_word, money_measure_of_word
from briefing_tui.compare.measure_names import MEASURE_WORDS, MONEY_MEASURES
from briefing_tui.compare.member_counts import counts_members
from briefing_tui.compare.outages import HOMES_OUTAGE, OUTAGE, cut_off, cut_off_before
from briefing_tui.compare.revised_tolls import REACH_SPAN, REACH_WORDS, set_toll
from briefing_tui.compare.wholes import whole_kind
from briefing_tui.compare.word_forms import singular
from briefing_tui.compare.word_roles import after_preposition, false_friend, heads_a_rate, in_name
from briefing_tui.lazy_pattern import lazy_compile


# People-counting measures (the gold's unit "people").
PEOPLE_MEASURES = frozenset("dead injured missing displaced hospitalised rescued arrested affected residents "
                            "firefighters trapped survivors".split()) | {OUTAGE}
# Nouns that count people without saying what happened to them: the predicate or the words before say it.
GENERIC_HEADS = frozenset(
    """people persons person individuals others civilians residents men women children adults passengers workers
    victims citizens nationals migrants soldiers pupils students patients tourists girls boys campers counselors
    hikers guests visitors passenger non-passengers bystanders""".split()) | language_words().people
# Words that end a counted noun phrase: verbs and function words.
PHRASE_STOP = frozenset(
    """of in on at to for by with from and or but as than that which who whom whose is are was were be been being
    have has had do does did will would can could may might must shall should the a an its their his her this
    these those said says per each into over under about after before since while during between among more
    less other such not no so if then there here when where also only just took take takes kicked remain
    remained remains went came got made including according through via across throughout amid within around along
    toward towards despite beyond upon monday tuesday wednesday thursday friday saturday sunday today tonight
    yesterday tomorrow overnight still now already""".split()) | language_words().function_words | language_words().weekdays
# (an adverb after a bare number opens its predicate, never names what it counts: "eight still remain missing")
# (a day after a number dates the figure, never names what it counts: "the toll rose to 104 Monday")
# A plural (or invariable) noun heads a count's phrase: "five Central Asian countries", "12 more people".
INVARIABLE_PLURALS = frozenset("people police staff personnel cattle dead injured missing wounded homeless "
                               "children men women uomini".split())
# The vowel signs and other combining marks of Indic scripts, inside a word though not word characters ("लोगों").
INDIC_MARKS = r"\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0981-\u0983\u09bc-\u09d7\u09e2\u09e3"
WORD = lazy_compile(rf"[^\W\d_][\w'’{INDIC_MARKS}]*(?:-[^\W\d_][\w'’{INDIC_MARKS}]*)*")
# Words of change and of state between a measure and its figure ("toll rose to", "has reached").
BACK_WORDS = 15  # how far back (in words) a figure looks for its measure
AHEAD_WORDS = 7  # how far after its noun a count looks for a predicate ("are believed to still be trapped")
MONEY_AHEAD = 3
# Characters after a bare number read for its predicate ("1,200 had died", "83 were killed"): the predicate's
# words are counted (``AHEAD_WORDS``), this only bounds the text.
BARE_PREDICATE_REACH = 30
# A verb of report or belief raising a bare number's predicate ("6,085 were known to have been displaced", "40 are
# feared to have died"): passed over, so that the predicate after it is read within the reach.
_RAISING = lazy_compile(r"\A\s{1,3}(?:are|were|is|was)\s{1,3}(?:now\s{1,3})?(?:known|said|reported|believed|thought|feared"
                        r"|confirmed|estimated|presumed|understood|suspected)\s{1,3}to(?=\s)")


def words_in(text: str) -> list[re.Match]:
    """The words of ``text`` (letters first, hyphens and apostrophes inside), as matches."""
    return list(WORD.finditer(text))


# Conjunctions that end a count's predicate when a verb follows them ("800 people and injuring 2,800").
_CONJUNCTIONS = frozenset("and or but while whereas".split())


def _starts_predicate(word: str) -> bool:
    """Whether a word after a conjunction opens another predicate: a measure word or a verb form
    ("injuring", "injured"), not a second noun of one phrase ("men and women were killed")."""
    lower = word.lower()
    return measure_of_word(lower) not in (None, *COMPANION_MEASURES) or lower.endswith(("ing", "ed"))


# A crowd's size, said by a verb of the table ("have participated", "manifestent"), never by a noun ("the crowd").
GATHERED = "attendance"


# Verbs that say what a count of people is without being a measure's own word elsewhere ("6,900 people
# living within 20 km" are residents; "living" alone names no measure: "the cost of living"); other
# languages' from the editable table ("95 personas murieron").
PREDICATE_WORDS: dict[str, str] = {**language_words().predicates,
                                   **{w: "residents" for w in "living live lived reside resided residing".split()}}


# Words opening a clause of its own after a count: its verbs are that clause's, not the count's predicate
# ("rose to 270 as those injured ... succumbed": 270 is not of the injured).
_SUBORDINATORS = frozenset("as after when because since while whereas although though before until unless once "
                           "following".split())


HOMES = "homes"
# Words of leaving before "homes" in a count's predicate: those people are the displaced ("were forced from their
# homes", "driven out of their homes", "forced to leave their homes", "lost their homes"), not a count of homes.
_LEAVING_WORDS = frozenset("from out leave left leaving abandon abandoned lost lose losing".split()) \
    | language_words().leaving  # (and other languages': "quitter", "abandonar", data/measure_words.yaml, whose verb may
# also end the clause right after the homes: "ihre Häuser verlassen")


def predicate_measure(after: str) -> str | None:
    """A measure named by the predicate after a count's noun ("were killed", "remain missing", "are
    believed to still be trapped"), before any punctuation, other number or subordinate clause; a phrase set
    off by commas or brackets between them is passed over ("12 people, including three children, were killed"), and a
    second count with its own ("1.27 million people (according to police) and 2.8 million (according to the unions)
    took to the streets")."""
    after = past_insertions(after)  # (compare/insertions.py)
    after = re.split(r"[,;:.()\d]", after, maxsplit=1)[0]
    if cut_off(after):
        return OUTAGE  # ("104,000 residents remain without electricity")
    words = words_in(after)[:AHEAD_WORDS]
    for i, w in enumerate(words):
        if w.group(0).lower() in _SUBORDINATORS:
            return None
        if w.group(0).lower() in _CONJUNCTIONS and i + 1 < len(words) and _starts_predicate(words[i + 1].group(0)):
            return None  # "killing 800 people and injuring more": the verb after "and" is the next figure's
        measure = (life_measure([v.group(0) for v in words], i) or measure_of_word(w.group(0))
                   or PREDICATE_WORDS.get(w.group(0).lower()))
        if measure == HOMES and (any(v.group(0).lower() in _LEAVING_WORDS for v in words[:i])
                                 or any(v.group(0).lower() in language_words().leaving for v in words[i + 1:i + 2])):
            return "displaced"  # ("were forced from their homes", "had to leave their homes", "lost their homes")
        if measure in PEOPLE_MEASURES or measure == "dead" or (measure == GATHERED and w.group(0).lower() in PREDICATE_WORDS):
            return measure
        if i == 0 and not w.group(0).islower():
            return None
    return clause_final_predicate(after, PEOPLE_MEASURES | {"dead", GATHERED})  # (German: "... demonstriert")


# Verbs of change before a share: "Toyota shares jumped over 12%", "the Nikkei rose nearly 4 percent".
CHANGE_WORDS = frozenset(
    """rose rise rises risen fell fall falls fallen climbed climb climbs jumped jump jumps gained gain gains lost
    dropped drop drops slipped slid surged surge soared plunged tumbled rallied declined increased decreased
    up down grew shrank climbing rising falling jumping gaining dropping sliding surging soaring plunging
    tumbling rallying declining increasing decreasing growing shrinking spiked spiking leapt leaped sank slumped
    plummeted skyrocketed""".split()) | language_words().changes  # (and other languages': data/measure_words.yaml)
# A lower-case modifier that tells two kinds of one measure apart ("punitive damages", "compensatory
# damages"): an adjective by its ending.
_MODIFIER = lazy_compile(
    r"(?!(?:total|initial|final|additional|original|official|potential|actual|general|several|overall|financial"
    r"|monetary)\b)"
    r"[a-z]{3,}(?:tive|sive|ory|ary|ical|al|ic|ous|ful)")
BARE_BACK_WORDS = 20  # a bare number ("AfD — 151") may take its measure from earlier in the sentence
# Where a clause ends: a semicolon, colon, bracket or comma.
CLAUSE_SPLIT = lazy_compile(r"[;:\[\]]|,")


def _measure_at(words: list[re.Match], i: int) -> str | None:
    """The measure an amount's word ``i`` names with its distinguishing modifier ("punitive damage"), or None."""
    measure = money_measure_of_word(words[i].group(0))
    if measure is None:
        return None
    if i and _is_money(measure) and _MODIFIER.fullmatch(words[i - 1].group(0)) \
            and measure_of_word(words[i - 1].group(0)) is None:
        return f"{words[i - 1].group(0)} {measure}"
    return measure


def _is_money(measure: str) -> bool:
    return measure.split()[-1] in MONEY_MEASURES


# Words between two numbers of one expression ("from 25 percent to 15", "between 11 and 14").
_MAKE = frozenset("make makes made making".split())
_OBJECT_OF = frozenset("on of for to from in".split())  # words before what a rate applies to
OBJECT_REACH = 3  # "tariffs on Japanese car imports": "imports" is what the tariff is on, three words after "on"
_SAME_EXPRESSION = frozenset("to from and or percent per cent between".split())
# Words and numbers of a clause, a number glued to a word by a hyphen ("7.7-magnitude") being one token.
_TOKEN = lazy_compile(r"\d[\d.,]*(?:-[^\W\d_][\w'’-]*)?|[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")


OF_REACH = 3  # "of" and a qualifier's words between a measure and its count ("the deaths of at least 129")
# Nouns that hold what their modifier names: "a tariff deal" is about a tariff, "an investment plan" an investment.
CONTAINERS = frozenset("deal deals agreement pact".split())


@lru_cache(maxsize=1 << 14)
def _back_measure(before: str, money: bool | None, reach: int = BACK_WORDS, whole: bool = False,
                  objects: bool = False) -> str | None:
    """The nearest measure named before a figure in its clause ("the death toll rose to"), not past
    another number ("4,715 injured and 341": 341 is not the injured); a number's compound ("the
    7.7-magnitude quake") is skipped. With ``whole``, anywhere in the sentence before it (past numbers
    too), up to ``reach`` words back."""
    clause = before if whole else CLAUSE_SPLIT.split(before)[-1]
    tokens = _TOKEN.findall(clause)[-reach:]
    words: list[str] = []
    for k in range(len(tokens) - 1, -1, -1):
        token = tokens[k]
        if token[0].isdigit():
            if "-" in token or whole or all(w.lower() in _SAME_EXPRESSION for w in words):
                continue  # a compound, or "from 25 percent to" 15: the same expression's other number
            break
        if whole and k + 1 < len(tokens) and tokens[k + 1][0].isdigit():
            continue  # "magnitude 7.7": the word is that number's measure
        words.append(token)
    words.reverse()
    for i in range(len(words) - 1, -1, -1):
        measure = money_measure_of_word(words[i]) if money else measure_of_word(words[i])
        if measure is None or in_name(words, i) or false_friend(words, i) \
                or (_is_money(measure) and measure != "tariff" and heads_a_rate(words, i)) \
                or (objects and any(w.lower() in _OBJECT_OF for w in words[max(0, i - OBJECT_REACH):i])
                               and not any(measure_of_word(w) for w in words[max(0, i - OBJECT_REACH):i])):
            continue  # (for a share, "tariffs on imports": the imports are what the tariff is on)
        if money is False and after_preposition(words, i) and not (  # (but "in the deaths of at least 129")
                [w.lower() for w in words[i + 1:i + 2]] == ["of"] and len(words) - i - 1 <= OF_REACH):
            continue  # (for a count, "displaced from their homes and nearly 20 million": not homes)
        if (measure == "package" or words[i].lower() in CONTAINERS) and i and measure_of_word(words[i - 1]):
            measure = measure_of_word(words[i - 1])  # "an investment plan of": the plan is an investment
        if money and i and _is_money(measure) and _MODIFIER.fullmatch(words[i - 1]) and not measure_of_word(words[i - 1]):
            measure = f"{words[i - 1]} {measure}"
        if money is None or _is_money(measure) == money:
            return measure
    return None


def _reached(before: str) -> bool:
    """Whether a verb of reaching or change comes right before a count ("has reached", "rose to", "reached more
    than"), or one set a toll to it past an aside (compare/revised_tolls.py)."""
    words = [w.group(0).lower() for w in words_in(before[-60:])][-REACH_SPAN:]
    return any(w in REACH_WORDS or w in CHANGE_WORDS for w in words) or set_toll(before)


# Nouns that count things without saying which ("22,000 items of relief", "22 mil artículos de socorro",
# "barang bantuan"): the words after them say it; other languages' from the editable table.
ITEM_HEADS = frozenset("items pieces kits parcels consignments".split()) | language_words().items
# Words between an item noun and what the items are: "of", Spanish/Portuguese/French "de", German "für".
_ITEM_LINKS = frozenset("of de del des du do da di dari von für the la las los le les".split())
ITEM_AHEAD = 4  # how many words after an item noun say what the items are ("items of emergency relief")


def _item_measure(head: str, after: str) -> str:
    """What counted items are: the first measure word (else content word) in ``after`` (the text after the
    item noun: "artículos de socorro" -> aid, "items of clothing" -> clothing), else the item noun itself."""
    rest = re.split(r"[,;:.()\d]", after, maxsplit=1)[0]
    words = [w.group(0).lower() for w in words_in(rest)[:ITEM_AHEAD]]
    for w in words:
        if measure_of_word(w):
            return measure_of_word(w)
    # (a noun after a link word: "items of clothing"; "two items slashed" names no kind)
    linked = [w for k, w in enumerate(words) if k and words[k - 1] in _ITEM_LINKS and w not in _ITEM_LINKS]
    return singular(linked[0]) if linked and words.index(linked[0]) <= 2 else singular(head)


def count_measure(head: str | None, after: str, before: str) -> str | None:
    """The measure of a count (see ``_count_measure``); a count of the whole (see :func:`.wholes.whole_kind`) is
    the measure's total ("four of the five justices": five is the total of judges)."""
    measure = _count_measure(head, after, before)
    if measure and " " not in measure and ((named := measure in counted_names()) or measure in MEASURE_WORDS):
        kind = whole_kind(before, named, measure)
        if kind:
            return f"{kind} {measure}"
    return measure


def _count_measure(head: str | None, after: str, before: str) -> str | None:
    """The measure of a count: its noun's, the predicate's for a generic noun, or the one before it."""
    if head:
        own = head_name(head) or measure_of_word(head)
        if own == CREW:  # what befell the crew, else its size ("a 22-member crew")
            return aboard_fate(head, predicate_measure(after)) or own
        if own == "magnitude":
            from briefing_tui.compare.physical_measures import magnitude_measure

            return magnitude_measure(after, before)
        if own in ("residents", "homes") and predicate_measure(after) == OUTAGE:
            return OUTAGE if own == "residents" else HOMES_OUTAGE  # (residents, as people: whom it befell)
        if own:
            return own
        if head in ITEM_HEADS:
            return _item_measure(head, after)
        if head not in GENERIC_HEADS:
            return counted_name(head) or singular(head)
        return _generic_measure(head, after, before)
    # (a bare number right before "and" has no predicate of its own: "to 275 from 288 and put the number of injured
    # at 1,175" does not count the injured)
    after = after[raised.end():] if (raised := _RAISING.match(after)) else after
    own = None if _CONJUNCTION_AFTER.match(after) else predicate_measure(after[:BARE_PREDICATE_REACH])
    if (near := own or _back_measure(before, False)) or counts_members(before):
        return near  # ("a family of three": compare/member_counts.py)
    return (_back_measure(before, False, BARE_BACK_WORDS, True)
            or (_back_measure(before, False, SUBJECT_BACK_WORDS, True) if _reached(before) else None))


def _generic_measure(head: str, after: str, before: str) -> str:
    """A generic noun's count ("12 people"): its predicate's measure, else the one before it, else people."""
    predicate = aboard_fate(head, predicate_measure(after))
    if predicate:
        return predicate
    back = _back_measure(before, False) or (_back_measure(before, False, BARE_BACK_WORDS, True)
                                            if _reached(before) else None)
    back = back or inverted_predicate(CLAUSE_SPLIT.split(before)[-1], PEOPLE_MEASURES | {"dead"})
    back = back or (OUTAGE if cut_off_before(before) else None)  # ("dejaron sin luz a 25.000 personas")
    return back or ("residents" if head == "residents" else counted_name(head) or "people")


# A conjunction right after a bare number: what follows is another predicate, not the number's.
_CONJUNCTION_AFTER = lazy_compile(r"\s{0,3}(?:,\s{0,3})?(?:and|or|but|while|whereas)\b", re.I)
# How far back a bare number after a verb of reaching or change looks for that verb's subject ("The death toll in the
# accident involving the Coromandel Express, the Superfast Express and a goods train has reached 294").
SUBJECT_BACK_WORDS = 45
