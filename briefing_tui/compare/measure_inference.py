"""Measures a figure's own words leave unsaid, read from the article or the corpus: "The new total of
1,644" counts what the sentence before counted; a party's "20.8%" measures what its other shares do."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from briefing_tui.compare.clause_measures import name_measureless
from briefing_tui.compare.key_figures import is_key_figure
from briefing_tui.compare.measures import PEOPLE_MEASURES
from briefing_tui.compare.open_words import own_nominal
from briefing_tui.compare.sentence_measures import sentence_measures
from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

# Nouns that stand for the measure just named ("The new total of 1,644", "the tally rose to", "1,002 total", "The
# final figures now stand at 288", "the number has been revised to"): the noun, then at most a few words of a verb
# of change or state ending on "at", "to", "of" or such a verb.
_ANAPHORIC = lazy_compile(
    r"\b(?:total|tally|figures?|number|count|balance|toll)"
    r"(?:\s{1,3}(?:now|has|have|had|been|was|were|is|are|finally|officially|since|further)){0,3}"
    r"(?:\s{1,3}(?:of|at|to|stood\s{1,3}at|stands?\s{1,3}at|rose\s{1,3}to|risen\s{1,3}to|climbed\s{1,3}to"
    r"|revised\s{1,3}(?:up|down|upwards|downwards)?\s{0,3}to|put\s{1,3}at|fixed\s{1,3}at|reached|totals?|totalled))?\s{0,3}$",
    re.I)


# A sentence opening on the people counted before: "Of these, 131 were men", "Among them", "De ellos", "Parmi eux".
_OF_THESE = lazy_compile(r"\s{0,3}(?:Of|Among|De|Von|Parmi|Entre)\s{1,3}(?:these|them|those|the\s{1,3}dead|ellos|ellas|estos|"
                       r"estas|ihnen|diesen|eux|elles|ceux-ci)\b", re.I)


ANAPHORIC_HEADS = frozenset("total tally figure number count balance".split())
GENERIC_PEOPLE = "people"  # the measure of a count of people that says nothing of what befell them


def _stands_for_a_measure(f: Figure) -> bool:
    """Whether a count's own noun stands for the measure just named ("the 1,002 total"): a head of
    ANAPHORIC_HEADS in the singular. In the plural it counts things of its own ("seven counts of fraud",
    "the figures")."""
    if f.measure not in ANAPHORIC_HEADS:
        return False
    last = f.text.rsplit(None, 1)[-1].lower()
    return last != f.measure + "s"


def carry_measures(units: Sequence[Unit]) -> None:
    """A count named only by a noun that stands for a measure ("The new total of 1,644 is a sharp rise over
    the 1,002 total") counts what the source's figure just before it counts (its previous sentence's
    "death toll rose to more than 1,600"), with its subject."""
    last: dict[str, Figure] = {}
    # the source's counts of whole measures so far ("dead", not "identified dead"): the anaphor stands for the first
    # measure it gave (its lead's, the story's), not for an aside's ("31 are still missing")
    wholes: dict[str, dict[str, tuple[int, int, Figure]]] = defaultdict(dict)
    for u in sorted(units, key=lambda u: (u.source_rank, u.start)):
        for k, f in enumerate(u.figures):
            if f.kind == "count" and (f.measure is None or f.measure in ANAPHORIC_HEADS):
                before = u.text[max(0, f.start - u.start - ANAPHORIC_REACH):f.start - u.start]
                # ("The final figures now stand at 288" after "94 bodies were identified": the toll's figures)
                given = wholes[u.source.id]
                prior = min(given.values(), key=lambda t: t[1])[2] if given else last.get(u.source.id)
                # (a count of its own sentence before it is what it totals: "25 new cases of measles since the end of
                # last week, bringing Texas' total to 223")
                prior = next((g for g in reversed(u.figures[:k]) if g.kind == "count" and g.role == "current"
                              and g.measure and g.measure not in ANAPHORIC_HEADS), prior)
                if prior is not None and (_stands_for_a_measure(f) or _ANAPHORIC.search(before)):
                    u.figures[k] = f = replace(f, measure=prior.measure, subject=f.subject or prior.subject)
            if f.kind == "count" and (f.measure or "").endswith(" people") and _OF_THESE.match(u.text):
                given = wholes[u.source.id]  # "Of these, 131 were men": men of the measure counted before
                prior = min(given.values(), key=lambda t: t[1])[2] if given else last.get(u.source.id)
                if prior is not None:
                    u.figures[k] = f = replace(f, measure=f"{f.measure.rsplit(' ', 1)[0]} {prior.measure}")
            elif f.kind == "count" and f.measure == GENERIC_PEOPLE and _OF_THESE.match(u.text):
                given = wholes[u.source.id]  # "Entre estos se encuentran los 62 vecinos de Paiporta": of the dead
                prior = min(given.values(), key=lambda t: t[1])[2] if given else last.get(u.source.id)
                if prior is not None and prior.measure in PEOPLE_MEASURES:
                    u.figures[k] = f = replace(f, measure=prior.measure)
            if f.kind == "count" and is_key_figure(f) and f.role == "current":
                last[u.source.id] = f
                if " " not in (f.measure or " "):
                    given = wholes[u.source.id]
                    order = max((t[1] for t in given.values()), default=0) + 1
                    given[f.measure] = (given.get(f.measure, (0, 0, f))[0] + 1, order, f)


ANAPHORIC_REACH = 50  # characters before a count where the noun standing for a measure is looked for


def inherit_measures(units: Sequence[Unit]) -> None:
    """A share that names no measure but a subject ("the AfD came in second with 20.8%") measures what
    the corpus's other shares of that subject measure, when they agree on one (the AfD's "20.8% of the
    vote"). The figure is replaced in its unit (its statement then shows the measure)."""
    seen: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for u in units:
        for f in u.figures:
            if f.kind == "percent" and f.subject and is_key_figure(f):
                for token in _subject_tokens(f.subject):
                    seen[token][f.measure] += 1
    if not seen:
        return
    overall: dict[str, int] = defaultdict(int)
    for u in units:
        for f in u.figures:
            if f.kind == "percent" and f.subject and is_key_figure(f):
                overall[f.measure] += 1
    for u in units:
        for k, f in enumerate(u.figures):
            if f.kind != "percent" or f.measure or not f.subject or f.role != "current" or own_nominal(u, f):
                continue  # (a share naming what it measures right after it inherits nothing: "58 percent
                # subscription" is no sale, whatever the subject's other shares measure)
            votes: dict[str, int] = defaultdict(int)
            for token in _subject_tokens(f.subject):
                for measure, n in seen.get(token, {}).items():
                    votes[measure] += n
            if not votes:
                votes = overall  # a subject no share names a measure for: what the subjects' shares measure
            if votes:
                ranked = sorted(votes.items(), key=lambda mv: (-mv[1], mv[0]))
                if len(ranked) == 1 or ranked[0][1] >= INHERIT_MAJORITY * ranked[1][1]:
                    u.figures[k] = replace(f, measure=ranked[0][0])


INHERIT_MAJORITY = 2  # a subject's shares must name one measure at least twice as often as any other


def _subject_tokens(subject: str) -> set[str]:
    return {t for t in re.split(r"[\s/-]+", subject.lower()) if t}


def unsaid_measures(units: Sequence[Unit]) -> None:
    """Every measure a figure's own words leave unsaid, read in order: a noun standing for the measure just named
    (:func:`carry_measures`), the noun of the figure's clause the story counts
    (:func:`~briefing_tui.compare.clause_measures.name_measureless`), a subject's other shares
    (:func:`inherit_measures`), a value the source measured elsewhere and the one money measure an amount's sentence
    names (:func:`~briefing_tui.compare.sentence_measures.sentence_measures`)."""
    carry_measures(units)
    name_measureless(units)
    inherit_measures(units)
    sentence_measures(units)
