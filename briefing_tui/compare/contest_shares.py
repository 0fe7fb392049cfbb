"""Shares of a contest: an exit poll's apart from the count, and rivals apart from each other.

**Projections.** On election night the news gives the exit poll ("exit polls put Lee at 51.7%", "laut
Hochrechnung", "sondage de sortie des urnes", "encuesta a pie de urna", "as últimas projeções") and later the
count ("with all votes counted, Lee got 49.4%"). A projection does not contradict a count: its shares are the
measure's ``projected`` kind (``PROJECTED``, one of ``measure_kinds.OWN_KINDS``), never joined with the
counted ones. The words that name a projection hold for the sentence that gives them and the next sentences
of the paragraph ("The latest projections show the CDU at 29%. The AfD follows with 19.5%."), until a
sentence speaks of the count or its results ("with 94% counted", "final results", "Auszählung").

**Rivals.** "Lee won 48.8% and Kim took 42.0%", "CDU/CSU 28.5%, AfD 20.8%": a sentence that gives a share of
one measure to each of two names sets them against each other (shares of a whole are parts that do not hold
each other; counts may: "10 dead in Bangkok" are some of "17 in Thailand"), so no link the articles seem to
make between the two ("... go to Kim, Lee will win" read as a place within a place by
:func:`~briefing_tui.compare.same_subject.place_links`) makes them one subject.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing_tui.compare.key_figures import is_key_figure
from briefing_tui.compare.place_shares import scope_place_shares
from briefing_tui.compare.same_subject import same_subject
from briefing_tui.compare.rammed_parts import rammed_parts
from briefing_tui.compare.toll_scope_notes import scope_to_notes
from briefing_tui.lazy_pattern import lazy_compile

if TYPE_CHECKING:  # (figures.py reads projection_in through share_owners.py: no import of units at run time)
    from briefing_tui.compare.units import Unit

PROJECTED = "projected"  # the kind of a measure a projection gives ("projected votes")
# Measures of a contest's shares that a projection may give (compare/measures.py names them).
PROJECTABLE = frozenset({"votes"})

# Words naming a projection, an exit poll or a survey, in English and the languages of the news digests.
_PROJECTION = lazy_compile(
    r"(?<![\w-])(?:"
    r"exit[\s-]?polls?|opinion\s{1,3}polls?|projections?|projected|forecasts?|predictions?|predicted|surveys?"
    r"|hochrechnung(?:en)?|prognosen?|nachwahlbefragung(?:en)?|wahltagsbefragung(?:en)?|umfragen?"
    r"|sondages?|sortie\s{1,3}des\s{1,3}urnes|estimations?"
    r"|encuestas?|sondeos?|a\s{1,3}pie\s{1,3}de\s{1,3}urna|proyecci(?:ón|ones)"
    r"|projeç(?:ão|ões)|boca\s{1,3}de\s{1,3}urna|sondage(?:m|ns)"
    r"|sondaggi|sondaggio|proiezion[ei]|peilingen|peiling"
    r")(?![\w-])", re.I)
# Words of the count and its results, which end a projection's paragraph ("with 94.4% of the votes counted",
# "according to the final results", "Nach Auszählung", "le dépouillement", "el escrutinio", "a apuração").
_COUNTED = lazy_compile(
    r"(?<![\w-])(?:"
    r"counted|count|tallied|tally|results?|official"
    r"|ausgezählt|auszählung|ergebnis(?:se)?|endergebnis|teilergebnis(?:se|sen)?"
    r"|dépouillement|dépouillés?|résultats?"
    r"|escrutinio|escrutado|resultados?|apuração|apurados?|scrutinio|risultati|risultato|computad[oa]s|actas"
    r")(?![\w-])", re.I)
# Words of the count's progress: a sentence giving it gives counted shares, whatever projection it names too ("whose
# first place the polls did not foresee, takes 32.1% with 92% of the tally sheets counted").
_COUNT_DONE = lazy_compile(r"(?<![\w-])(?:counted|tallied|ausgezählt|dépouillés?|escrutad[oa]s|computad[oa]s"
                           r"|apurad[oa]s|scrutinat[eia])(?![\w-])", re.I)


# The end of a sentence inside a unit the splitter left whole: a stop before a capital, spaced or not
# ("des voix.Son plus grand rival"); not a decimal point nor an initial's ("M. Lee": a stop after one capital).
_SENTENCE_END = lazy_compile(r"(?<![A-Z])(?<=[^\W\d_]{2})[.!?](?=\s{0,3}[A-ZÀ-Ý])")


def projection_in(text: str) -> bool:
    """Whether ``text`` names an exit poll, projection or survey ("laut Nachwahlbefragung")."""
    return _PROJECTION.search(text) is not None


def project_shares(units: Sequence[Unit]) -> None:
    """Every current share of a contest (``PROJECTABLE``) that a projection gives becomes the measure's
    ``projected`` kind ("projected votes"): in a sentence naming a projection, and in the next sentences of its
    paragraph until one speaks of the count. A run-on "sentence" ("... 47,60 % des voix.Son rival ...") is read
    sentence by sentence (``_SENTENCE_END``). The figure is replaced in its unit."""
    projecting: dict[str, tuple[int, bool]] = {}  # source -> (paragraph, whether a projection is being given)
    for u in sorted(units, key=lambda u: (u.source_rank, u.start)):
        paragraph = _paragraph(u)
        held = projecting.get(u.source.id)
        now = held is not None and held[0] == paragraph and held[1]
        start = 0
        for end in [m.end() for m in _SENTENCE_END.finditer(u.text)] + [len(u.text)]:
            part = u.text[start:end]
            if projection_in(part) and not _COUNT_DONE.search(part):
                now = True
            elif _COUNTED.search(part):
                now = False
            if now:
                for k, f in enumerate(u.figures):
                    if start <= f.start - u.start < end and f.kind == "percent" and f.role == "current" \
                            and f.measure in PROJECTABLE:
                        u.figures[k] = replace(f, measure=f"{PROJECTED} {f.measure}")
                if _seats_only(u, start, end):
                    now = False  # "Selon les projections, il obtiendrait 55 sièges": the seats the count gives
            start = end
        projecting[u.source.id] = (paragraph, now)
    scope_place_shares(units)  # ("En Russie, Dan a obtenu 58,65 %": the place's result, compare/place_shares.py)
    scope_to_notes(units)  # ("These figures pertain solely to the Tarvela region": compare/toll_scope_notes.py)
    rammed_parts(units)  # ("a driver drove into protesters, injuring three" of the day's 56: compare/rammed_parts.py)


def _seats_only(u: Unit, start: int, end: int) -> bool:
    """Whether the part ``u.text[start:end]`` gives seats and no share: a projection of the seats from the count
    ("Selon les projections, il obtiendrait 55 sièges sur 101"), which projects no share of the next sentences."""
    figures = [f for f in u.figures if start <= f.start - u.start < end]
    return any(f.kind == "count" and f.measure and f.measure.endswith("seats") for f in figures) \
        and not any(f.kind == "percent" for f in figures)


def _paragraph(u: Unit) -> int:
    """The paragraph of the unit's sentence (its sentence index when the source has no such sentence)."""
    sentences = u.source.sentences
    if 0 <= u.index < len(sentences) and sentences[u.index].index == u.index:
        return sentences[u.index].paragraph
    return next((s.paragraph for s in sentences if s.index == u.index), -1 - u.index)


def rival_pairs(units: Sequence[Unit]) -> set[tuple[str, str]]:
    """The (lower-case) pairs of subjects that one sentence gives current shares of one measure to, when the
    two are not one name ("Lee" and "Kim"; not "CDU" and "CDU/CSU")."""
    pairs: set[tuple[str, str]] = set()
    for u in units:
        by_measure: dict[str, set[str]] = defaultdict(set)
        for f in u.figures:
            if f.kind == "percent" and f.subject and f.role == "current" and is_key_figure(f):
                by_measure[f.measure].add(f.subject.lower())
        for subjects in by_measure.values():
            ranked = sorted(subjects)
            for k, a in enumerate(ranked):
                for b in ranked[k + 1:]:
                    if not same_subject(a, b):
                        pairs.update({(a, b), (b, a)})
    return pairs


def apart_rivals(links: dict[str, frozenset[str]], units: Sequence[Unit]) -> dict[str, frozenset[str]]:
    """``links`` (a name -> the names the articles link it to) without the links between rivals
    (:func:`rival_pairs`): "kim" no longer goes with "lee" when a sentence gives each a share."""
    pairs = rival_pairs(units)
    if not pairs:
        return links
    out = {}
    for name, others in links.items():
        kept = frozenset(o for o in others if (name, o) not in pairs and not _rival_of(name, o, pairs))
        if kept:
            out[name] = kept
    return out


def _rival_of(name: str, other: str, pairs: set[tuple[str, str]]) -> bool:
    """Whether a rival pair holds ``name`` and ``other`` as they are written or as one name of each ("Lee"
    for "Lee Jae-myung")."""
    return any(same_subject(a, name) and same_subject(b, other) for a, b in pairs)
