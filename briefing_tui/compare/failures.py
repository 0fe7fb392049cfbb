"""A structure that failed, however worded: "two upstream dams burst", "the breaking of two dams", "the dams
outside the city collapsed", "breached two aging river dams", "the bridge collapsed", "the collapse of the bridge".

A failure phrase is a structure's noun (a dam, a levee, a bridge, a building, a tower, a roof ...) with a verb of
its giving way after it (burst, collapsed, broke, gave way), a verb that broke it before it (breached, burst),
or a noun of its failure before it ("the collapse of", "the breaking of"). Its key is the structure's noun in the
singular: phrases of one key from two sources or more are one claim, which only agrees (a count of structures is
the claims by measure's to weigh).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefing_tui.compare.phrase_claims import Phrase, cluster, phrase_claim, source_lines, voices_of
from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Claim, Sentence, Source

# Structures that fail ("dams", "levee", "the bridge"): the nouns, singular and plural.
_STRUCTURE = (r"(?P<noun>dams?|levees?|dykes?|dikes?|embankments?|reservoirs?|bridges?|buildings?|towers?|roofs?"
              r"|walls?|tunnels?|stadiums?|skyscrapers?)")
# Verbs of giving way, and verbs breaking a structure.
_GAVE_WAY = r"(?:burst|collapsed|broke|gave\s{1,3}way|failed|ruptured|caved\s{1,3}in|crumbled|overflowed)"
_BROKE_IT = r"(?:breached|burst|broke|ruptured)"
# Nouns of a structure's failure before it: "the collapse of", "the breaking of".
_FAILURE_NOUN = r"(?:collapse|collapses|breaking|failure|failures|bursting|breach|breaches|rupture)"
# Words that end a failure phrase's reach: another structure, a conjunction, an auxiliary ("buildings after two
# dams burst", "the dam held and the wall collapsed").
_GAP_STOP = (r"(?:dams?|levees?|dykes?|dikes?|embankments?|reservoirs?|bridges?|buildings?|towers?|roofs?|walls?"
             r"|tunnels?|stadiums?|skyscrapers?|and|but|or|which|that|who|when|while|was|were|is|are"
             r"|has|have|had|not|never|after|before|during|because|as|if)")
# Words between a structure and its verb, or before a structure ("outside the city", "two aging river"): no marks.
_BETWEEN = rf"(?:(?!{_GAP_STOP}\b)[\w’'-]{{1,25}}\s{{1,3}}){{0,4}}?"
_FAILURE = lazy_compile(
    rf"\b{_STRUCTURE}\s{{1,3}}(?:(?:that|which)\s{{1,3}})?{_BETWEEN}{_GAVE_WAY}\b"  # ("a bridge that collapsed")
    rf"|\b{_BROKE_IT}\s{{1,3}}{_BETWEEN}(?P<noun2>dams?|levees?|dykes?|dikes?|embankments?)\b"
    rf"|\b{_FAILURE_NOUN}\s{{1,3}}of\s{{1,3}}{_BETWEEN}(?P<noun3>dams?|levees?|dykes?|dikes?|embankments?|bridges?"
    rf"|buildings?|towers?|roofs?|walls?|tunnels?|stadiums?|skyscrapers?)\b", re.I)
FAILURE_VOICES = frozenset({"outlet", "reported"})
# Word stems one of the failure patterns needs (a quick check before them).
_HINTS = ("burst", "collaps", "broke", "gave", "failed", "failure", "ruptur", "caved", "crumbl", "overflow", "breach",
          "breaking")


def _singular(noun: str) -> str:
    word = noun.lower()
    return word[:-1] if word.endswith("s") else word


def failure_phrases(text: str) -> list[tuple[int, int, str]]:
    """The failures of structures in a line: (start, end, structure), offsets in ``text``."""
    out: list[tuple[int, int, str]] = []
    lower = text.lower()
    if not any(h in lower for h in _HINTS):
        return out
    for m in _FAILURE.finditer(text):
        noun = m.group("noun") or m.group("noun2") or m.group("noun3")
        out.append((m.start(), m.end(), _singular(noun)))
    return out


def failure_claims(sources: Sequence[Source], units: Sequence[Unit], rank: dict[str, int],
                   lines: Callable[[Source], Sequence[Sentence]] = source_lines) -> list[tuple[tuple, Claim]]:
    """Claims of a structure's failure that two sources state (see the module), with their sort keys. ``lines``:
    the lines of a source read (:func:`~.phrase_kinds.phrase_claims` leaves out those without a phrase)."""
    voices = voices_of(units)
    by_key: dict[str, list[Phrase]] = {}
    for source in sources:
        for line in lines(source):
            speaker, voice = voices.get((source.id, line.start), (None, "outlet"))
            if voice not in FAILURE_VOICES:
                continue
            for start, end, noun in failure_phrases(line.text):
                a, b = line.start + start, line.start + end
                by_key.setdefault(noun, []).append(Phrase(
                    source.id, source.raw[a:b], a, b, (line.start, line.end), None if line.index < 0 else line.index,
                    ("failed", noun), True, noun, frozenset(), (), speaker, voice))
    out = []
    for noun, phrases in sorted(by_key.items()):
        for group in cluster(phrases, lambda a, b: True):
            made = phrase_claim(group, rank, "Gave way", f"failure of the {noun}", "x")
            if made is not None:
                made[1].topic = f"Gave way: the {noun}"
                out.append(made)
    return out
