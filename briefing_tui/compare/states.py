"""States without a count that several outlets report of one party: a person's custody ("is currently under
house arrest", "was placed under house arrest", "remains in custody") and where a company keeps its seat
("will maintain its headquarters in Pittsburgh", "not to relocate its headquarters from Pittsburgh"), a candidate's
conceding defeat in six languages ("conceded defeat", "seine Niederlage eingestanden", "reconnaît sa défaite"), a decision taking effect at once ("to
take effect immediately", "with immediate effect", "immediate disenfranchisement", "mit sofortiger Wirkung"), and an
outcome not known yet ("not yet clear if they would hold a majority", "too soon to tell whether he's
clinched a majority").

A state's key is its kind and, for a seat, the place; its value whether it holds: moving a seat away from
a place ("will move its headquarters from Pittsburgh") says it will not, and a negation before the move
("not to relocate") says it will. Phrases of one key from several sources are one claim; opposite values
are weighed only when one party is the name written last before both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefing_tui.compare.phrase_claims import (
    Phrase,
    capitalised_names,
    cluster,
    name_keys,
    nearest_name,
    phrase_claim,
    same_value_or_party,
    source_lines,
    voices_of,
)
from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Claim, Sentence, Source

# A person's custody, by kind.
_CUSTODY = lazy_compile(r"\b(?:under\s{1,3}(?P<house>house\s{1,3}arrest)"
                      r"|in\s{1,3}(?:police\s{1,3}|pre-?trial\s{1,3}|federal\s{1,3}|military\s{1,3})?(?P<custody>custody|detention)"
                      r"|(?P<bail>(?:out\s{1,3})?on\s{1,3}bail))\b", re.I)
_CUSTODY_LABELS = {"house": "under house arrest", "custody": "in custody", "bail": "on bail"}
# A seat: "(its) headquarters in / from <Place>", "headquartered in <Place>"; a move away before it.
_SEAT = lazy_compile(r"\b(?:headquarters|head\s{1,3}office|headquartered|based)\s{1,3}(?P<prep>in|from|at)\s{1,3}"
                   r"(?P<place>[A-Z][\w’'.-]{1,30}(?:\s{1,3}[A-Z][\w’'.-]{1,30}){0,2})")
_MOVE_BEFORE = lazy_compile(r"\b(?P<neg>not\s{1,3}(?:to\s{1,3})?|never\s{1,3}|n[’']t\s{1,3})?"
                          r"(?:relocat\w*|mov(?:e|es|ed|ing)|shift\w*|transfer\w*)\b[^.;:]{0,60}$", re.I)
# An outcome not known yet: "not yet clear if they would hold a majority", "too soon to tell whether he's
# clinched a majority", "it remains to be seen whether ..."; the thing in doubt is the clause's first noun
# after an article or a possessive, past its subject ("a majority").
_UNSURE = lazy_compile(r"\b(?:not\s{1,3}(?:yet\s{1,3})?(?:clear|known|certain|sure|decided)|unclear|uncertain"
                     r"|too\s{1,3}(?:soon|early)\s{1,3}to\s{1,3}(?:tell|say|know|call)|remains?\s{1,3}to\s{1,3}be\s{1,3}seen)"
                     r"\s{1,3}(?:whether|if)\s{1,3}(?P<clause>[^.;:!?]{1,80})", re.I)
# A candidate conceding defeat, in six languages and their tenses: "conceded defeat", "accepted defeat", "conceded to
# Lee", "seine Niederlage eingestanden", "erkannte seine Niederlage an", "a reconnu sa défaite", "reconnaît sa
# défaite", "concedió la derrota", "ha ammesso la sconfitta", "reconheceu a derrota".
_CONCEDED = lazy_compile(
    r"\b(?:conced(?:ed|es|ing|e)\s{1,3}(?:defeat|the\s{1,3}(?:election|race|vote|presidency))"
    r"|conced(?:ed|es)\s{1,3}(?:victory\s{1,3})?to\s{1,3}(?-i:[A-Z])\w*"
    r"|(?:admit|accept)(?:ted|ed|s|ing)?\s{1,3}(?:his\s{1,3}|her\s{1,3}|their\s{1,3})?defeat"
    r"|(?:seine|ihre|die)\s{1,3}Niederlage\s{1,3}(?:\w{1,20}\s{1,3}){0,2}"
    r"(?:eingestanden|eingeräumt|anerkannt|ein(?:gestand|räumte)?|an)"
    r"|(?:gestand|gesteht|räumte|räumt|erkannte|erkennt)\s{1,3}(?:\w{1,20}\s{1,3}){0,2}(?:seine|ihre|die)\s{1,3}"
    r"Niederlage\s{1,3}(?:ein|an)"
    r"|(?:reconn(?:u|aît|ait|aissent|aissant)|conc[éè]d(?:é|e|ent)|admet(?:tent)?|admis|accept(?:é|e|ent))\s{1,3}"
    r"(?:sa|leur|la)\s{1,3}défaite"
    r"|(?:reconoci(?:ó|eron|do)|reconocen?|admiti(?:ó|eron|do)|admiten?|concedi(?:ó|eron|do)|conceden?"
    r"|acept(?:ó|aron|ado|an?))\s{1,3}(?:su\s{1,3}|la\s{1,3})derrota"
    r"|(?:ammess[oa]|ammett(?:e|ono)|riconosciut[oa]|riconosc(?:e|ono)|accettat[oa]|accett(?:a|ano))\s{1,3}"
    r"(?:la\s{1,3}(?:propria\s{1,3}|sua\s{1,3})?)?sconfitta"
    r"|(?:reconhec(?:eu|eram|e|em|ido)|admit(?:iu|iram|e)|aceit(?:ou|aram|a))\s{1,3}(?:a\s{1,3})?(?:sua\s{1,3})?derrota"
    r"|erkende\s{1,3}(?:zijn|haar)\s{1,3}nederlaag)\b", re.I)
# A decision taking effect at once, not suspended pending appeal, in the languages of the digests: "to take effect
# immediately", "come into force immediately", "with immediate effect", "effective immediately", "an immediate
# ban", "immediate disenfranchisement", "avec exécution immédiate", "mit sofortiger Wirkung", "con efecto
# inmediato"; a negation before the verb ("will not take effect immediately") says it does not.
_IMMEDIATE = lazy_compile(
    r"\b(?:(?P<neg>not\s{1,3}|n[’']t\s{1,3}|never\s{1,3})?"
    r"(?:take|takes|taking|took|taken|come|comes|came|coming|go|goes|went|gone|enter|enters|entered)\s{1,3}"
    r"(?:into\s{1,3}|in\s{1,3})?(?:effect|force)\s{1,3}immediately"
    r"|with\s{1,3}immediate\s{1,3}effect"
    r"|effective\s{1,3}immediately"
    r"|immediately\s{1,3}(?:effective|enforceable|enforced|applicable)"
    r"|immediate\s{1,3}(?:ban|bans|ineligibility|disqualification|disenfranchisement|suspension|enforcement|application)"
    r"|(?:effet|exécution|application)\s{1,3}(?:immédiate?|provisoire)"
    r"|mit\s{1,3}sofortiger\s{1,3}Wirkung|sofort\s{1,3}(?:wirksam|vollstreckbar|in\s{1,3}Kraft)"
    r"|con\s{1,3}efecto\s{1,3}inmediato|de\s{1,3}aplicación\s{1,3}inmediata)(?![\w-])", re.I)
_IN_DOUBT = lazy_compile(r"\b(?:a|an|the|its|their|his|her)\s{1,3}(?:[a-z-]{2,20}\s{1,3})?(?P<noun>[a-z]{3,20})\b")
NAME_CHARS = 120  # characters before a state read for the names of its party


# Words one of the patterns needs (a quick check before them).
_HINTS = ("arrest", "custody", "detention", "bail", "headquarter", "head office", "based", "clear", "known", "certain",
          "sure", "decided", "soon", "early", "seen", "defeat", "niederlage", "défaite", "derrota", "sconfitta",
          "nederlaag", "conced", "immediat", "immédiat", "provisoire", "sofort", "inmediat")


def states(text: str) -> list[tuple[int, int, tuple, bool, str]]:
    """The states in a line: (start, end, key, holds, reading), offsets in ``text``."""
    out = []
    lower = text.lower()
    if not any(h in lower for h in _HINTS):
        return out
    for m in _CUSTODY.finditer(text):
        kind = next(k for k in ("house", "custody", "bail") if m.group(k))
        out.append((m.start(), m.end(), ("custody", kind), True, _CUSTODY_LABELS[kind]))
    for m in _IMMEDIATE.finditer(text):
        holds = not m.group("neg")
        out.append((m.start(), m.end(), ("immediate", "effect"), holds, "at once" if holds else "not at once"))
    for m in _CONCEDED.finditer(text):
        out.append((m.start(), m.end(), ("conceded", "defeat"), True, "conceded"))
    for m in _UNSURE.finditer(text):
        # (not the clause's subject: "whether the party has secured a majority")
        doubt = _IN_DOUBT.search(m.group("clause"), 1)
        if doubt is not None:
            noun = doubt.group("noun")
            out.append((m.start(), m.start("clause") + doubt.end(), ("unsure", noun), True, f"whether {noun}"))
    for m in _SEAT.finditer(text):
        place = m.group("place").rstrip(".")
        move = _MOVE_BEFORE.search(text, max(0, m.start() - 80), m.start()) if m.group("prep") == "from" else None
        holds = move is None or bool(move.group("neg"))
        start = move.start() if move is not None else m.start()
        out.append((start, m.start("place") + len(place), ("seat", place.lower()), holds,
                    f"{'stays' if holds else 'leaves'} in {place}"))
    return out


def _names(text: str, start: int) -> frozenset[str]:
    return name_keys(text[max(0, start - NAME_CHARS):start])


def _party(text: str, start: int) -> str | None:
    return nearest_name(capitalised_names(text[max(0, start - NAME_CHARS):start]))


def state_claims(sources: Sequence[Source], units: Sequence[Unit], rank: dict[str, int],
                 lines: Callable[[Source], Sequence[Sentence]] = source_lines) -> list[tuple[tuple, Claim]]:
    """Claims of states that two sources report, with their sort keys. ``lines``: the lines of a source read
    (:func:`~.phrase_kinds.phrase_claims` leaves out those without a phrase)."""
    voices = voices_of(units)
    by_key: dict[tuple, list[Phrase]] = {}
    for source in sources:
        for line in lines(source):
            for start, end, key, holds, reading in states(line.text):
                speaker, voice = voices.get((source.id, line.start), (None, "outlet"))
                by_key.setdefault(key, []).append(Phrase(
                    source.id, source.raw[line.start + start:line.start + end], line.start + start, line.start + end,
                    (line.start, line.end), None if line.index < 0 else line.index, key, holds, reading,
                    _names(line.text, start), (_party(line.text, start),), speaker, voice))
    out = []
    for key, phrases in sorted(by_key.items()):
        title = {"custody": "Custody", "seat": "Headquarters", "unsure": "Not yet known",
                 "conceded": "Defeat", "immediate": "Takes effect"}[key[0]]
        for group in cluster(sorted(phrases, key=lambda p: not p.value), same_value_or_party):
            made = phrase_claim(group, rank, title, f"{key[0]}: {key[1]}", "s")
            if made is not None:
                out.append(made)
    return out
