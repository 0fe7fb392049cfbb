"""Ranks and ordinals without a count: "the second-largest antitrust fine", "a record fine", "the fourth
major penalty", "the world's fourth biggest steelmaker", "die zweithöchste Strafe".

A rank phrase is an ordinal (``first`` .. ``tenth``, ``4th``), a superlative after it or alone
("largest", "biggest", "highest"; "record" is the largest) and the noun it ranks ("fine"). Its key is the
rank's kind (a size's superlative, or a plain ordinal: "the fourth penalty" counts occurrences) and the
noun's class (a fine is a penalty is a "Strafe", an IPO a share offering: :mod:`.rank_nouns`); its value the
rank (a superlative alone is 1). A superlative without a noun takes the one it stands in apposition to ("the
IPO -- the largest in the country's history"); "the worst-hit", "the town most affected" rank a place hit. A
scope ("this week", "since 2017", "in 2024", "in the world", "Myanmar's", "the country's") keeps ranks within
different scopes apart; a phrase without one joins only phrases giving its own rank. Two ranks of different values are
weighed against each other only when their clauses speak of one thing: a name they share, or an amount
they both give ("the €2.95 billion penalty is the second-largest" / "Record €2.95 Billion Fine"); a
false disagreement is worse than a miss. "The first time" ranks no noun of a measure and is not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from briefing_tui.compare import when
from briefing_tui.compare.phrase_claims import NOT_NAMES, Phrase, cluster, name_key, phrase_claim, source_lines, voices_of
from briefing_tui.compare.rank_nouns import HARM_CLASSES, HARM_SIZES, HIT, HOME, HOME_SCOPE, ING_NOUNS, harm_ranks, noun_class
from briefing_tui.compare.record_ranks import HISTORIC, more_ranks
from briefing_tui.compare.units import Unit
from briefing_tui.language_table import all_function_words
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Claim, Sentence, Source

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "erste": 1, "ersten": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5,
             "sechst": 6}
_NTH = {v: k for k, v in reversed(list(_ORDINALS.items())[:10])}  # 2 -> "second"
# Superlatives of size and their kind (a record is the largest).
_SUPERLATIVES = {"largest": "largest", "biggest": "largest", "highest": "largest", "greatest": "largest",
                 "record": "largest", "größte": "largest", "grösste": "largest", "höchste": "largest",
                 "smallest": "smallest", "lowest": "smallest", "deadliest": "deadliest", "worst": "worst",
                 "strongest": "strongest", "costliest": "costliest"}
# An English rank: an ordinal (a word or "4th") and/or a superlative, then the words of the ranked noun.
_RANK = lazy_compile(
    r"\b(?:(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
    r"(?:[\s-]{1,3}(?P<sup>largest|biggest|highest|greatest|smallest|lowest|deadliest|worst|strongest|costliest)\b"
    r"|(?:[\s-]{1,3}ever)?\b(?![\s-]{1,3}(?:of|in|to|for|since|ever|time|times)\b))"  # ("first-ever penalty")
    r"|(?P<alone>largest|biggest|highest|greatest|smallest|lowest|deadliest|worst|strongest|costliest|record)\b"
    r"(?:[\s-]{1,3}ever\b(?![\s-]{1,3}(?:of|in|to|for|since|time|times)\b))?"  # "biggest-ever acquisition"
    r"(?![\s-]{1,3}(?:of|in|to|for|since|ever|time|times)\b))", re.I)
# Words one of the patterns needs (a quick check before them), and ordinals in digits ("4th").
_HINTS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "largest",
          "biggest", "highest", "greatest", "smallest", "lowest", "deadliest", "worst", "strongest", "costliest",
          "record", "größt", "grösst", "höchst", "primeira", "primera", "première", "erste")
_NTH_DIGITS = lazy_compile(r"\d(?:st|nd|rd|th)\b")
# A German rank: an ordinal compounded with a superlative ("zweithöchste", "drittgrößte").
_RANK_DE = lazy_compile(r"\b(?P<ord>zweit|dritt|viert|fünft|sechst)(?P<sup>größte|grösste|höchste)[nrms]?\b", re.I)
# A German superlative alone, inflected ("seinem bisher größten Zukauf", "die höchste Strafe"): the first.
_SUPERLATIVE_DE = lazy_compile(r"(?<![\w-])(?P<alone>größte|grösste|höchste)[nrms]?\b", re.I)
# Words of the ranked noun phrase after the rank: adjectives, nouns, amounts ("major financial penalty",
# "multi-billion euro fine", "€2.95 Billion Fine"); the last one is the head.
_NOUN_WORD = lazy_compile(r"[\s-]{1,3}(?P<w>[€$£¥]?\d[\d.,]*|[^\W\d_](?:[\w'’-]|\.(?=\w|\s{1,3}[a-z]))*)")  # ("U.S. president")
MAX_NOUN_WORDS = 4
# Words that end a noun phrase (the head comes before them).
_PHRASE_END = frozenset("""of in on at to for from by with against since over under after before than that which
    who the a an this these its their his her is was are were has have had will would be been being and or but as
    ever yet so far now globally worldwide nationally internationally domestically we've we’ve i've i’ve they've they’ve you've you’ve announced issued imposed handed levied they it we he she you i who whom whose there here
    took made won became came went got gave saw said told says makes takes
    der die das des dem den von im seit gegen für mit bei auf aus nach zu ihrer seiner bisher""".split())
# Nouns a rank of which is no claim of a measure ("for the first time", "the second half").
_NOT_MEASURES = frozenset("""time times half quarter day days week weeks month months year years round rounds place
    step phase stage part term one ones thing things""".split())
# Scopes of a rank after its noun: a time ("this week", "in a week", "since 2017", "this year") or the world.
_PERIOD = lazy_compile(r"\b(?:(?:this|in\s{1,3}a|in\s{1,3}one|within\s{1,3}a|per)\s{1,3}(?P<unit>week|month|year|decade)(?![\w-])"
                     r"|(?P<since>since|seit)\s{1,3}\d{4})", re.I)
# What ends the words read for a rank's scope: the sentence's or the clause's end, or another rank joined by "and"
# ("the country's largest-ever share offering and the world's second-biggest IPO").
_SCOPE_END = lazy_compile(r"[;.!?,—]|--|\band\b")
# A year scoping a rank right after its noun: "the second-biggest IPO in 2024", "the largest IPO globally in 2024".
_IN_YEAR = lazy_compile(r"\s{1,3}(?:(?:globally|worldwide)\s{1,3})?in\s{1,3}(?P<year>(?:19|20)\d\d)\b")
HOME_BEFORE = 16  # characters before a rank read for a country's scope ("the country’s ")
WORLD_BEFORE = 12  # and for the world's ("the world's ")
_WORLD = lazy_compile(r"\b(?:world[’']s|in\s{1,3}the\s{1,3}world|worldwide|globally|der\s{1,3}Welt|weltweit)\b", re.I)
_POSSESSOR = lazy_compile(r"\b(?P<name>[A-Z][\w.-]{1,30})[’']s\s{1,3}$")  # "Myanmar's second-largest city"
_POSSESSOR_AT = lazy_compile(r"[A-Z][\w.-]{1,30}[’']s\s")  # a possessor starting here
SCOPE_CHARS = 70  # characters after a rank's noun read for its scope
NAME_CHARS = 240  # characters before a rank read for the names of what it ranks (a long sentence opens with them)
# Capitalised words that name no thing (sentence openers, dates).
# What stands before a plain ordinal that ranks: "the fourth", "its second", "Myanmar's third".
_DETERMINER_BEFORE = lazy_compile(r"(?:\b(?:the|its|his|her|their|this)|[’']s)\s{1,3}$", re.I)
# A name opening a clause after a noun ("the largest investment Nippon Steel has ever made").
_CLAUSE_AFTER_NAME = lazy_compile(r"[\s-]{1,3}(?:[A-Z][\w.’'-]*\s{1,3}){1,4}(?:has|have|had|is|was|will|would|did|does|can)\b")
# A rank among several: "one of the biggest", "two of the world's largest", "among the highest".
_ONE_OF = lazy_compile(r"\b(?:(?:one|two|three|four|five|some|several|many|any|each)\s{1,3}of|among|amongst|einer|eine|eines)"
                     r"\s{1,3}(?:the\s{1,3}|its\s{1,3}|their\s{1,3}|der\s{1,3}|den\s{1,3})?(?:[\w.’'-]{1,30}[’']s\s{1,3})?$", re.I)
# A subject the rank after a copula is of ("This fine is the third announced this week").
_SUBJECT_IS = lazy_compile(r"\b(?:this|that|the)\s{1,3}(?P<noun>[a-z]{3,20})\s{1,3}(?:is|was|marks|marked|becomes|became)"
                         r"\s{1,3}(?:the|its)\s{1,3}$", re.I)
# A superlative without its noun before a scope ("the largest in the country's history", "the biggest ever"): the noun
# is the one it stands in apposition to (see _APPOSED).
_BARE_RANK = lazy_compile(
    r"\bthe\s{1,3}(?P<alone>largest|biggest|highest|greatest|smallest|lowest|deadliest|worst|strongest|costliest)"
    r"(?:[\s-]{1,3}ever)?(?=\s{1,3}(?:in|ever|yet|so\s{1,3}far|on\s{1,3}record)\b)", re.I)
# The noun a bare superlative stands in apposition to, right before it: "the company's IPO -- the largest".
_APPOSED = lazy_compile(r"\b(?P<noun>[^\W\d_]{2,20})\s{0,3}(?:--|—|–|,)\s{0,3}$")
# A name a rank is said of after a copula: "the worst-hit was Derna".
_NAME_AFTER = lazy_compile(r"\s{1,3}(?:was|is|were|are|remains|remained)\s{1,3}(?P<name>[A-Z][\w’'-]*)")
# Capitalised words of the calendar: no names of what a rank ranks ("the IPO in Mumbai on Monday").
_CALENDAR_WORDS = frozenset(when.WEEKDAYS) | frozenset("""january february march april june july august september
    october november december""".split())
MIN_STEM = 4  # letters a name shares with a longer one it begins ("India" / "Indian")
_NUMBER = lazy_compile(r"\d+(?:[.,]\d+)*")


def _head(text: str, at: int) -> tuple[str, int] | None:
    """The head noun of the noun phrase starting at ``at`` and where it ends, None when none follows."""
    head, end, pos = None, at, at
    for _ in range(MAX_NOUN_WORDS):
        m = _NOUN_WORD.match(text, pos)
        if m is None:
            break
        word = m.group("w")
        if word.lower() in _PHRASE_END or word.lower() in _SUPERLATIVES:
            break
        if head is not None and ((word[0].isupper() and head.islower() and _CLAUSE_AFTER_NAME.match(text, m.start()))
                                 or (word.endswith("ed") and word.islower() and not head.endswith("ly"))):
            break  # a clause or a verb after the noun ("the largest investment Nippon Steel has made", "the
            # third quarter topped"; not "publicly traded", "former U.S. president")
        if not word[0].isdigit() and word[0] not in "€$£¥":
            head, end = word, m.end()
        pos = m.end()
    return None if head is None else (head, end)


def _names(text: str, lo: int, hi: int) -> frozenset[str]:
    """Capitalised words (not openers) in ``text[lo:hi]``, lower-case."""
    return frozenset(name_key(m.group(0)) for m in re.finditer(r"\b(?![CDJLNS][’'])[A-Z][\w’'-]*", text[lo:hi])  # (no "L'")
                     if m.group(0).lower() not in _no_names())


@lru_cache(maxsize=1)
def _no_names() -> frozenset[str]:
    """Capitalised words that name nothing: openers, the calendar's words, every language's function words."""
    return NOT_NAMES | _CALENDAR_WORDS | all_function_words()


def _names_meet(a: set[str], b: set[str]) -> bool:
    """Whether two sets of names share one, a people's name meeting its country's ("Indian" / "India")."""
    return any(x == y or (min(len(x), len(y)) >= MIN_STEM and (x.startswith(y) or y.startswith(x)))
               for x in a for y in b)


def _nearest_name(text: str, lo: int, hi: int) -> str | None:
    """The name (see :func:`_names`) written last in ``text[lo:hi]``, None when there is none."""
    found = [m for m in re.finditer(r"\b[A-Z][\w’'-]*", text[lo:hi])
             if m.group(0).lower() not in NOT_NAMES and m.group(0).lower() not in _CALENDAR_WORDS]
    if found and _POSSESSOR_AT.match(text, lo + found[-1].start()) and not text[lo + found[-1].end():hi].strip(" ’'s"):
        found.pop()  # "Germany's second-largest party": the rank's scope, not what is ranked
    return name_key(found[-1].group(0)) if found else None


def _scope(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """(period, place) scoping a rank at ``text[start:end]``."""
    after = text[end:end + SCOPE_CHARS]
    cut = _SCOPE_END.search(after)
    after = after[:cut.start()] if cut else after
    period = _PERIOD.search(after)
    before = text[max(0, start - HOME_BEFORE):start]
    if _WORLD.search(after) or _WORLD.search(before[-WORLD_BEFORE:]):
        place = "world"
    elif HOME_SCOPE.search(before) or HOME_SCOPE.search(after):
        place = HOME
    else:
        owner = _POSSESSOR.search(text[max(0, start - 40):start])
        place = owner.group("name").lower() if owner else None
    when = None if period is None else (period.group("unit") or "since").lower()
    year = _IN_YEAR.match(after)
    return (year.group("year") if year else "since" if when == "seit" else when), place


def rank_phrases(text: str) -> list[tuple[int, int, str, int, str, str | None, str | None]]:
    """The ranks in a line: (start, end, kind, rank, noun class, period, place), offsets in ``text``."""
    out = [(*r, *_scope(text, r[0], r[1])) for r in more_ranks(text)]  # (other languages' ranks, firsts)
    lower = text.lower()
    for start, end in harm_ranks(text):  # "the town most affected by the storm", "the worst-hit was Derna"
        out.append((start, end, "worst", 1, HIT, *_scope(text, start, end)))
    harms = [r[:2] for r in out]  # (the spans read: no English rank within them)
    if not any(h in lower for h in _HINTS) and not _NTH_DIGITS.search(text):
        return out
    for m in list(_RANK.finditer(text)) + list(_RANK_DE.finditer(text)) + list(_SUPERLATIVE_DE.finditer(text)):
        if any(a < m.end() and m.start() < b for a, b in harms):
            continue
        ordinal = (m.groupdict().get("ord") or "").lower()
        sup = m.group("sup") if "sup" in m.groupdict() else None
        alone = m.groupdict().get("alone")
        if ordinal:
            rank = _ORDINALS.get(ordinal) or int(re.sub(r"\D", "", ordinal) or 0)
        else:
            rank = 1
        if not rank:
            continue
        word = (sup or alone or "").lower()
        kind = _SUPERLATIVES.get(word, word) if word else "order"
        found = _head(text, m.end())
        if found is None or _verb_form(found[0]):
            # "This fine is the third announced against ...": the rank of the subject's noun
            subject = _SUBJECT_IS.search(text, max(0, m.start() - NAME_CHARS), m.start())
            found = (subject.group("noun"), m.end()) if subject else None
        if found is None:
            continue
        head, end = found
        if head.lower() in _NOT_MEASURES or _verb_form(head):
            continue  # "for the first time"; "was first opened": no noun ranked
        if _ONE_OF.search(text, max(0, m.start() - 40), m.start()):
            continue  # "one of the biggest fines", "among the world's largest": no rank
        if kind == "order" and not _DETERMINER_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "a second quake" is another one, "first announced" no rank
        period, place = _scope(text, m.start(), end)
        noun = noun_class(head)
        if noun in HARM_CLASSES and kind in HARM_SIZES:
            kind = "worst"  # ("the largest natural disaster" is "the worst natural disaster")
        out.append((m.start(), end, kind, rank, noun, period, place))
    for m in _BARE_RANK.finditer(text):  # "Hyundai Motor India's IPO -- the largest in the country's history"
        noun = _APPOSED.search(text, max(0, m.start() - NAME_CHARS), m.start())
        if noun is None or not (noun.group("noun").islower() or noun.group("noun").isupper()) \
                or noun.group("noun").lower() in _NOT_MEASURES or any(a < m.end() and m.start() < b for a, b, *_ in out):
            continue
        kind = _SUPERLATIVES[m.group("alone").lower()]
        out.append((m.start(), m.end(), kind, 1, noun_class(noun.group("noun")), *_scope(text, m.start(), m.end())))
    return out


def _verb_form(word: str) -> bool:
    return word.islower() and word.endswith(("ed", "ing")) and word not in ING_NOUNS


def _reading(kind: str, rank: int) -> str:
    nth = _NTH.get(rank, f"{rank}th")
    if kind == "order":
        return nth
    return kind if rank == 1 else f"{nth}-{kind}"


def _fits(a: Phrase, b: Phrase) -> bool:
    """Whether two ranks of one key may be of one thing: scopes that meet (a missing scope, or "the country's"
    against a named one, only with the same rank); for the same rank no names before both that differ, or a
    name their sentences share within one period ("erstmals eine Strafe gegen Apple" / "its first penalty against
    Apple"; "the largest IPO in 2024" is not so "India's largest IPO"); for
    different ranks an amount their clauses share, one name nearest before both (what is ranked: "the AfD, now the second-largest party" is not "the CDU, the
    largest party") or a place and a period both give alike, with a name both clauses give."""
    (pa, la, near_a, whole_a), (pb, lb, near_b, whole_b) = a.detail, b.detail
    same = a.value == b.value
    for x, y in ((pa, pb), (la, lb)):
        if x != y and (x is not None and y is not None and not (HOME in (x, y) and "world" not in (x, y)) or not same):
            return False  # (a named country is "the country's")
    na, nb = ({n for n in x.names if not n.startswith("#")} for x in (a, b))
    if same:  # (amounts apart: a clause may give an earlier one, "after the 2018 fine of €4.3 billion")
        return not (na and nb and not _names_meet(na, nb)) or (pa == pb and _names_meet(whole_a, whole_b))
    amounts = {n for n in a.names & b.names if n.startswith("#")}
    scoped = pa is not None and la is not None and bool(na) and bool(nb) and _names_meet(na, nb)  # ("the largest
    # IPO globally in 2024" / "the world's second-biggest IPO in 2024", of one company: one ranking, scoped alike)
    return bool(amounts) or (near_a is not None and near_a == near_b) or scoped


def rank_claims(sources: Sequence[Source], units: Sequence[Unit], rank: dict[str, int],
                lines: Callable[[Source], Sequence[Sentence]] = source_lines) -> list[tuple[tuple, Claim]]:
    """Claims of ranks that two sources state, with their sort keys (verdict, size, position). ``lines``: the lines of a source read
    (:func:`~.phrase_kinds.phrase_claims` leaves out those without a phrase)."""
    voices = voices_of(units)
    by_key: dict[tuple, list[Phrase]] = {}
    for source in sources:
        for line in lines(source):
            text = line.text
            for start, end, kind, value, noun, period, place in rank_phrases(text):
                # (the whole line before it: "Bolsonaro, who met Trump, is the first former president")
                lo = max(0, start - NAME_CHARS)
                amounts = frozenset("#" + n.replace(",", ".") for n in _NUMBER.findall(text[lo:end])
                                    if len(n) < 4 or not n.isdigit())
                names = _names(text, lo, start) | amounts if kind != HISTORIC else frozenset()  # (a word of praise)
                named = _NAME_AFTER.match(text, end)  # ("the worst-hit was Derna")
                if named and named.group("name").lower() not in NOT_NAMES:
                    names |= {name_key(named.group("name"))}
                near = _nearest_name(text, lo, start)
                speaker, voice = voices.get((source.id, line.start), (None, "outlet"))
                by_key.setdefault((kind, noun), []).append(Phrase(
                    source.id, source.raw[line.start + start:line.start + end], line.start + start,
                    line.start + end, (line.start, line.end), None if line.index < 0 else line.index,
                    (kind, noun), value, _reading(kind, value), names, (period, place, near, _names(text, 0, len(text))),
                    speaker, voice))
    out = []
    for (kind, noun), phrases in sorted(by_key.items()):
        for group in cluster(phrases, _fits):
            made = phrase_claim(group, rank, f"Rank of the {noun}", f"rank of the {noun}", "r")
            if made is not None:
                out.append(made)
    return out
