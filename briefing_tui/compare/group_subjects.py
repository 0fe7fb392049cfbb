"""Which group of figures a figure's subject belongs to: the keys a subject's group is found under, and whether a
group's subject is broad enough (none, or the event's main subject) to take an unscoped figure of the event."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from briefing_tui.compare.age_roles import AGE_MEASURES, lone_age, role_subject
from briefing_tui.compare.measured_types import MeasuredStatement
from briefing_tui.compare.measures import PEOPLE_MEASURES
from briefing_tui.compare.physical_measures import reference_point
from briefing_tui.compare.same_subject import MIN_STEM, NAME_WORDS, one_subject, place_name, same_subject
from briefing_tui.compare.subject_fallback import weak_subject
from briefing_tui.extract.institution_words import facility_nouns
from briefing_tui.extract.names import fold
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

# A person's age ("Ranil Wickremesinghe, 75,"; "age at the time" too): it takes no name from another measure
AGE_MEASURE = "age"
# A person's name in full: two to five capitalised words (a given name and a family name at least).
_FULL_NAME = lazy_compile(r"[A-ZÀ-Þ][\w'’.-]{0,30}(?: [A-ZÀ-Þ][\w'’.-]{0,30}){1,4}")


def full_name(subject: str) -> bool:
    """Whether ``subject`` is a name in full (``_FULL_NAME``: "Sushila Karki", "Khadga Prasad Sharma Oli")."""
    return _FULL_NAME.fullmatch(subject) is not None


def age_person(f: Figure) -> bool:
    """Whether ``f`` is an age told of a person named in full: a name by the name rules of compare/ages.py ("Sushila
    Karki, de 73 anos"), though the extraction resolved it as an entity and it is never a capitalised run of its own
    (the names a subject is otherwise checked against)."""
    return f.measure == AGE_MEASURE and bool(f.subject) and full_name(f.subject)


def two_named_people(a: str, b: str, members: Sequence[MeasuredStatement]) -> bool:
    """Whether two groups of ages are two people's: each subject a name in full, the two sharing no word
    ("Sushila Karki" / "Khadga Prasad Sharma Oli"; not "Sharma Oli" / "K.P. Sharma Oli", one man). An equal age
    is no sign of one person, as an equal sum may be of one deal."""
    if not members or any(m.figure.measure != AGE_MEASURE for m in members) or not (full_name(a) and full_name(b)):
        return False
    return {w.lower() for w in a.split()}.isdisjoint(w.lower() for w in b.split())


MIN_NAME_PART = 3  # letters of a name's word looked for in an article ("Oli"; not an initial "K.P.")


def unnamed_person(item: MeasuredStatement, label: str | None) -> bool:
    """Whether ``label``, a person's name in full, is no one the article of an age read without its person
    ("erklärte der 73-Jährige") names anywhere: the age is not that person's, however equal ("Sushila Karki, 73" in
    another outlet), whatever group it would join by value."""
    if lone_age(item) or (item.figure.measure in AGE_MEASURES and role_subject(label)):
        return True  # (an age of someone brought in unnamed is nobody's that another age is weighed against; a role's
        # ages take no age of no role: compare/age_roles.py)
    if item.figure.measure != AGE_MEASURE or item.figure.subject or not label or not full_name(label):
        return False
    raw = item.unit.source.raw or item.unit.text
    return not any(w in raw for w in label.split() if len(w) >= MIN_NAME_PART)


# Spaces, slashes and hyphens between a subject's words ("Texas/New Mexico", "Kahramanmaras-Hatay")
SUBJECT_WORD_BREAK = lazy_compile(r"[\s/-]+")


def unscoped_sentence(item: MeasuredStatement, main: str | None) -> bool:
    """Whether the figure's sentence gives another count of the event (another measure) with no subject but
    the event's own: "More than 3,400 people were injured and more than 100 are still missing" speaks of the
    whole event, so its unscoped missing count is the event's, not a building's that happens to be 101."""
    if item.figure.measure not in PEOPLE_MEASURES:
        return False  # (casualty counts: an election's shares and seats name their party elsewhere)
    return any(f.measure != item.figure.measure and f.measure in PEOPLE_MEASURES and f.role == "current"
               and broad_subject(f.subject, main) for f in item.unit.figures)


def broad_subject(label: str | None, main: str | None = None) -> bool:
    """Whether a group's subject may take an unscoped figure of an event measure: none, or the event's
    main subject (``main``: "Myanmar", when the sources name one; else any name); not another place
    ("Bangkok", where a building fell) nor a set of counted places ("three construction sites"),
    which only scope."""
    if label is None:
        return True
    return main is not None and bool(same_subject(label, main))


def subject_home(item: MeasuredStatement, subject: str, candidates: Sequence[int], labels: list[str | None],
                 links: dict[str, frozenset[str]] | None, fits: Callable[[MeasuredStatement, int], bool],
                 main: str | None = None) -> int | None:
    """The group (of ``candidates``, by their ``labels``) a figure of ``subject`` joins, or None: one of the same
    subject before one of a place the articles link to it ("Central Texas" is Texas's, not Kerr County's). A count
    of names given together is the whole's, never a part's ("Texas and New Mexico" is not New Mexico). A group
    joined so by the event's ``main`` place takes its name ("Nepal's Kathmandu Valley" and "Nepal": Nepal's)."""
    parts = item.figure.kind == "count"
    home = next((k for k in candidates if same_subject(labels[k], subject, parts) and fits(item, k)), None)
    if home is None:
        home = next((k for k in candidates if one_subject(labels[k], subject, links, parts) and fits(item, k)), None)
        if home is not None and main and same_subject(subject, main) and not same_subject(labels[home], main):
            labels[home] = subject
    return home


def subject_name(f: Figure, names: frozenset[str] | None, shared: frozenset[str] = frozenset()) -> str | None:
    """The figure's subject if it is a name: written capitalised mid-sentence somewhere in the corpus, or
    given as this measure's subject by two sources (a capitalised first word, "Powerful", is no name);
    every subject when ``names`` is None."""
    if weak_subject(f.subject) and not f.subject[:1].islower():
        return None  # (a pronoun, a generic word, a fragment with a figure in it: "They", "More", "US32")
    if not f.subject or names is None or f.subject[:1].islower():
        return f.subject  # (a lower-case subject is a scope the text gives: "three sites")
    if age_person(f):
        return f.subject
    words = {w for w in f.subject.lower().replace("/", " ").split()}
    return f.subject if words & names or f.subject.lower() in shared else None


def index_tokens(subject: str, links: dict[str, frozenset[str]] | None) -> set[str]:
    """Keys under which a subject's group is found: its words' starts ("thai" finds "Thailand") and
    those of the places the articles link to it and of the gazetteer's name for it, without accents ("París" finds "Paris", as ``same_subject``
    compares names)."""
    names = [subject] + sorted((links or {}).get(subject.lower(), ()))
    if (place := place_name(subject)) is not None:
        names.append(place)  # (as the gazetteer names it: "Daca" finds "Dacca", both Dhaka)
    return {fold(NAME_WORDS.get(t, t))[:MIN_STEM] for name in names for t in _subject_tokens(name)}


def file_under(by_token: dict[str, list[int]], tokens: Iterable[str], home: int) -> None:
    """File group ``home`` under ``tokens`` (:func:`index_tokens` of a subject that joined it), once each: a group is
    found under every member's subject, not its first member's alone ("Vietname" finds the group that "Yagi" opened
    and "Vietnam", a place the articles link to Yagi, joined)."""
    for t in tokens:
        if home not in by_token[t]:
            by_token[t].append(home)


def _subject_tokens(subject: str) -> set[str]:
    return {t for t in SUBJECT_WORD_BREAK.split(subject.lower()) if t}




# A word written with a capital letter: a name standing between a subject and the figure after it.
_CAPITALISED = lazy_compile(r"(?<![\w-])[^\W\d_a-z][\w'’-]*")
# What opens a clause of its own between a name and a figure: "The Greens will hold 85 seats in the Bundestag
# while 64 seats will belong to The Left" (the 64 seats are not the Bundestag's).
_NEW_CLAUSE = lazy_compile(r"[;:]|\b(?:while|whereas|but|although|though|adding|according)\b", re.I)


def named_subject(item: MeasuredStatement, names: set[str]) -> str | None:
    """The subject a figure with no subject read takes from its sentence: the name of ``names`` (subjects the
    corpus gives figures of the measure, places left out) the sentence writes out last before the figure, with no
    other name and no clause of its own between them, and that no other figure of the sentence takes. "the NPP [New Power Party] looks like
    it will lose its three current seats" are the New Power Party's seats (another source: "the New Power Party had
    three"), not those of the party most sources count ("the TPP garnered eight seats"). None when the sentence
    names none so ("Lai was in the lead with 40.73%. Hou has 33.27%": the 40.73% is not Hou's)."""
    before = item.unit.text[:item.figure.start - item.unit.start]
    # (another figure's subject is that figure's; not a person's age in apposition, which describes the name:
    # "Ranil Wickremesinghe, 75, was trailing with 235,000 votes at 16 per cent" are his votes)
    taken = [f.subject for f in item.unit.figures
             if f.subject and (f.measure or "").split()[-1:] != [AGE_MEASURE]]
    hits = sorted(n for n in names if n[:1].isupper() and (end := _written_last(n, before)) is not None
                  and not _CAPITALISED.search(before, end) and not _NEW_CLAUSE.search(before, end)
                  and not any(same_subject(n, t) for t in taken))
    if not hits or any(same_subject(n, hits[0]) is not True for n in hits[1:]):
        return None
    return max(hits, key=len)


def measure_subjects(figures: Iterable[Figure], places: frozenset[str]) -> dict[str, set[str]]:
    """The subjects the figures give each measure (by its last word: "legislative seats" are seats), but places
    (``places``: their lower-case words), which scope a count rather than own it ("around London")."""
    out: dict[str, set[str]] = defaultdict(set)
    for f in figures:
        if f.subject and f.measure and not set(f.subject.lower().split()) <= places:
            out[f.measure.split()[-1]].add(f.subject)
    return out


def _written_last(name: str, text: str) -> int | None:
    """Where the last whole-word ``name`` in ``text`` ends (not inside a longer word: "Labour" in "Labourers")."""
    at = text.rfind(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return end
        at = text.rfind(name, 0, at)
    return None


def subjects_in_sources(items: list[MeasuredStatement]) -> frozenset[str]:
    """Subjects (lower case) that two or more sources give for the measure."""
    seen: dict[str, set[str]] = defaultdict(set)
    for m in items:
        if m.figure.subject:
            seen[m.figure.subject.lower()].add(m.unit.source.id)
    return frozenset(s for s, sources in seen.items() if len(sources) >= 2)


# A capitalised word of a name: the word of a facility's noun, before or after the subject ("Everest Hospital").
_NAME_WORD = lazy_compile(r"[^\W\d_]+")


def referenced_place(item: MeasuredStatement) -> bool:
    """Whether the figure is a distance whose subject is the place named after it ("27 km northeast of
    Jalalabad"), or a count whose subject its sentence names as a facility ("48 at Civil Service Hospital",
    "Everest Hospital is treating 109"): a place, whatever the names filter says (two hospitals' counts are two)."""
    f = item.figure
    if f.measure == "distance" and f.subject is not None:
        return reference_point(item.unit.text[f.end - item.unit.start:]) == f.subject
    return named_facility(item)


def named_facility(item: MeasuredStatement) -> bool:
    """Whether the figure is a count whose subject its sentence names as a facility ("48 at Civil Service Hospital")."""
    f = item.figure
    return f.kind == "count" and f.subject is not None and _named_facility(item.unit.text, f.subject)


def _named_facility(text: str, subject: str) -> bool:
    """Whether ``text`` writes ``subject`` capitalised with a facility's capitalised noun right after or before it."""
    nouns = facility_nouns()
    for at in (m.start() for m in re.finditer(re.escape(subject), text)):
        after = _NAME_WORD.match(text, at + len(subject) + 1) if text[at + len(subject):at + len(subject) + 1] == " " else None
        before = [w for w in text[max(0, at - 20):at].split()[-1:] if w[:1].isupper()]
        if (after and after.group()[:1].isupper() and after.group().lower() in nouns) or \
                (before and before[0].lower() in nouns):
            return True
    return False
