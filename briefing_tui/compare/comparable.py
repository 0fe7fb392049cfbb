"""Whether two figures a claim holds are about one thing, before they are weighed as a conflict.

A careful reader calls two sources in conflict only when their statements are about the same thing. Two figures
told of two named subjects that are not one ("Ana Lopez won 50.9% of the vote", "Marek Nowak won 49.1% of the
vote") are each subject's own value, not two versions of one value, whatever joined them in a claim: they are not
comparable, never a disagreement. Only clear names count: one of the two a name of several words ("Ana Lopez"; a
capitalised word alone may be a misread: "Shares of Kellanova rose"), neither a place (places nest: a city's
tower is its country's too) nor a word that is no subject (:func:`.weak_subject`), and neither subject named in
the other's sentence (the same thing told twice: "Shares of Kellanova" and "Kellanova's shares").
"""

from __future__ import annotations

from briefing_tui.compare.same_subject import same_subject
from briefing_tui.compare.subject_fallback import named_in, weak_subject
from briefing_tui.compare.subject_names import is_place
from briefing_tui.compare.units import Unit
from briefing_tui.model import Figure

FULL_NAME_WORDS = 2  # words of the longer subject for the pair to be two clearly named subjects


def two_subjects(a: Figure, unit_a: Unit, b: Figure, unit_b: Unit) -> bool:
    """Whether ``a`` (in ``unit_a``) and ``b`` (in ``unit_b``) are told of two clearly named subjects that are not
    one: their values are two things', not comparable."""
    if not a.subject or not b.subject or same_subject(a.subject, b.subject) is not False:
        return False
    if max(len(a.subject.split()), len(b.subject.split())) < FULL_NAME_WORDS:
        return False
    if any(is_place(s) or weak_subject(s) for s in (a.subject, b.subject)):
        return False
    return not named_in(a.subject, unit_b) and not named_in(b.subject, unit_a)


def not_comparable(source_a: str, a: Figure, source_b: str, b: Figure) -> str:
    """The reason a pair of two subjects' figures is not weighed."""
    return (f"{source_a} '{a.text}' ({a.subject}) and {source_b} '{b.text}' ({b.subject}): not weighed (two "
            f"subjects' values: not comparable)")
