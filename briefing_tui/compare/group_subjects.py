"""Which group of figures a figure's subject belongs to: the keys a subject's group is found under, and whether a
group's subject is broad enough (none, or the event's main subject) to take an unscoped figure of the event."""

from __future__ import annotations


from briefing_tui.compare.measured_types import MeasuredStatement
from briefing_tui.compare.measures import PEOPLE_MEASURES
from briefing_tui.compare.same_subject import MIN_STEM, NAME_WORDS, same_subject
from briefing_tui.lazy_pattern import lazy_compile

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


def index_tokens(subject: str, links: dict[str, frozenset[str]] | None) -> set[str]:
    """Keys under which a subject's group is found: its words' starts ("thai" finds "Thailand") and
    those of the places the articles link to it."""
    names = [subject] + sorted((links or {}).get(subject.lower(), ()))
    return {NAME_WORDS.get(t, t)[:MIN_STEM] for name in names for t in _subject_tokens(name)}


def _subject_tokens(subject: str) -> set[str]:
    return {t for t in SUBJECT_WORD_BREAK.split(subject.lower()) if t}
