"""A figure with no subject read, in a sentence whose other figure names one: the sentence's subject is its own.

"The Conservatives have 58 seats and a 21.2% vote share": the subject is read for the figure next to it ("58
seats"), not for the one the sentence adds after it ("21.2%"), which would then gather with another party's
shares or with none. A figure of a known measure whose subject was not read takes the subject of the key figure
just before it in its sentence, when that figure is of another measure (two figures of one measure in one sentence
are two things: "Labour won 412 seats and 121 went to ..."), no name stands between the two (nothing else the
sentence speaks of), and no other figure of the sentence names another subject.
"""

from __future__ import annotations


from briefing_tui.compare.key_figures import is_key_figure
from briefing_tui.compare.measured_types import MeasuredStatement
from briefing_tui.compare.part_shares import part_subject
from briefing_tui.compare.same_subject import same_subject
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

# A word written with a capital letter: a name standing between two figures (another thing the sentence speaks of).
_CAPITALISED = lazy_compile(r"(?<![\w-])[^\W\d_a-z][\w'’-]*")


# A bracket opened before a figure and not closed since: "el Partido Azul (28,2% y 54 escaños)".
_OPEN_BRACKET = lazy_compile(r"\([^()]{0,12}$")
# The same bracket closed after the next figure, with nothing bracketed opening between.
_CLOSE_BRACKET = lazy_compile(r"[^()]{0,80}\)")


def _bracketed_together(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (from one figure to the next) lies inside one bracket pair that holds nothing
    else of the sentence: "(28,2% y 54 escaños)", "(5,6 % et neuf sièges)", both figures of one party."""
    return bool(_OPEN_BRACKET.search(text, max(0, start - 12), start)) and "(" not in text[start:end] \
        and ")" not in text[start:end] and bool(_CLOSE_BRACKET.match(text, end))


def _base(f: Figure) -> str:
    """The figure's measure without its kind ("punitive damages" is damages)."""
    words = (f.measure or "").split()
    return words[-1] if words else ""  # (a figure joined by its value alone has no measure)


def sentence_subject(item: MeasuredStatement) -> str | None:
    """The subject the figure's sentence gives its previous key figure of another measure (see the module), or
    None when the figure has its own, or the sentence gives none or two; for a figure with its own subject, the part
    a share is of when the sentence says so (:func:`~briefing_tui.compare.part_shares.part_subject`), else None."""
    f, unit = item.figure, item.unit
    if f.subject:
        return part_subject(f, unit)  # (a part's share: "Cheese accounted for 30% of ...", compare/part_shares.py)
    named = [g for g in unit.figures if g is not f and g.subject and is_key_figure(g) and g.role == "current"]
    if not named:
        return None
    before = [g for g in named if g.end <= f.start]
    if not before:
        return None
    sibling = max(before, key=lambda g: g.end)
    if any(not same_subject(g.subject, named[0].subject) for g in named[1:]) and not _bracketed_together(
            unit.text, sibling.start - unit.start, f.end - unit.start):
        return None  # (several subjects: only a bracket holding both figures tells whose: "(28,2% y 54 escaños)")
    if _base(sibling) == _base(f):
        return None
    between = unit.text[sibling.end - unit.start:f.start - unit.start]
    if _CAPITALISED.search(between) or any(sibling.end <= g.start and g.end <= f.start and is_key_figure(g)
                                           for g in unit.figures):
        return None
    return sibling.subject
