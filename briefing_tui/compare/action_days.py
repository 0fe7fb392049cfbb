"""Which day of action a protest is: "the sixth day of nationwide rallies", "la sixième journée de mobilisation",
"la sexta jornada de protestas", "Esta movilización fue la sexta", "der sechste Aktionstag", "the sixth strike".

A movement of protest counts its days of action (strikes, marches, rallies); the ordinal of one is what the
sources say of that day. A day of an article ("the third day of the strike", "le troisième jour de la grève") is a
day within one strike, not one of a succession, and is not read; nor is a day to come ("the seventh day of action
is planned for", "une nouvelle journée", "la prochaine") or an earlier one ("after the fifth day of action"): it is
another day. The key is the day of action; sources
giving one ordinal agree. Two ordinals are weighed against each other only when both stand in the lead of their
source (its title or first sentences), where an article says which day it reports; elsewhere an article may
recall an earlier day ("the fifth day of action, on 16 February, ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefing_tui.compare.ordinal_words import ORDINAL_WORD, has_ordinal, ordinal_value
from briefing_tui.compare.numbered_phrases import numbered_claims
from briefing_tui.compare.phrase_claims import Phrase, source_lines
from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Claim, Sentence, Source

# Nouns of a protest's action, in the languages read (one language a line).
_ACTION = (
    r"(?:action|actions|protests?|strikes?|rall(?:y|ies)|march(?:es)?|demonstrations?|mobili[sz]ations?|walkouts?"
    r"|grèves?|manifestations?|protestations?|contestation|colère"
    r"|protestas?|movilizaci(?:ón|ones)|huelgas?|paros?|manifestaciones|lucha"
    r"|protestos?|mobiliza(?:ção|ções)|greves?|manifesta(?:ção|ções)|luta"
    r"|mobilitazion[ei]|scioper[oi]|manifestazion[ei]|protest[ae]"
    r"|Protest(?:e|es)?|Streiks?|Demonstrationen|Mobilisierung)")
# The nouns of those that name a protest without a day ("the sixth march", "la sexta huelga", "Esta movilización
# fue la sexta"): not a strike in English (an army's too) nor an action, a struggle or anger.
_BARE_ACTION = lazy_compile(
    r"protests?|rall(?:y|ies)|march(?:es)?|demonstrations?|mobili[sz]ations?|walkouts?"
    r"|grèves?|manifestations?|huelgas?|paros?|movilizaci(?:ón|ones)|manifestaci(?:ón|ones)"
    r"|greves?|mobiliza(?:ção|ções)|manifesta(?:ção|ções)|mobilitazion[ei]|scioper[oi]|manifestazion[ei]"
    r"|Streiks?|Demonstrationen|Mobilisierung", re.I)
# English words of a protest an army's acts share, and the adjectives that make them a union's ("a general strike").
_ARMY_WORDS = frozenset({"strike", "strikes"})
_STRIKE_KIND = lazy_compile(r"\b(?:national|nationwide|general|industrial|union)\b", re.I)
# Nouns of a day (or a round) of action.
_DAY = r"(?:day|round|journée|jour|jornada|día|dia|giornata|giorno)"
# Adjectives that may stand between the ordinal and the day, or before the action ("sixth national day of
# action", "day of nationwide rallies", "journée nationale de grève").
_ADJ = (r"(?:(?:national|nationwide|new|such|nationale|interprofessionnelle|intersyndicale|nacional|general|"
        r"nazionale|generale|mass|massive)\s{1,3})?")
# The ordinal before a day of action, or before the action itself ("the sixth strike", "la sexta huelga").
_ORDINAL_DAY = lazy_compile(
    r"(?<![\w-])(?P<ord>" + ORDINAL_WORD + r")\s{1,3}" + _ADJ
    + r"(?:(?P<day>" + _DAY + r")\s{1,3}" + _ADJ + r"(?:of|de|d[’']|di|da)\s{0,3}" + _ADJ
    + r"|(?P<compound>(?:Aktions|Streik|Protest|Mobilisierungs|Demonstrations)tag(?:e|es|s)?\b))?"
    + r"(?P<action>" + _ACTION + r")?(?!\w)", re.I)
# A copula before a bare ordinal: "Esta movilización fue la sexta", "c'est la sixième", "this was the sixth".
_COPULA_ORDINAL = lazy_compile(
    r"(?P<action>" + _ACTION + r")\s{1,3}(?:\w+\s{1,3}){0,3}?"
    r"(?:fue|es|era|est|était|fut|was|is|marks|marked|ist|war|é|foi|è|sarà)\s{1,3}(?:la|le|the|die|der|a|o|il|el)\s{1,3}"
    r"(?P<ord>" + ORDINAL_WORD + r")(?=\s{0,3}(?:[,.;:!?]|$|contra|contre|against|gegen|contro|since|depuis|desde|seit))",
    re.I)
# Words of another day than the one reported near a phrase, in its clause: one to come ("next", "new", "planned",
# "prochaine", "nouvelle") or an earlier one ("previous", "last", "after", "précédente", "anterior").
_OTHER_DAY = lazy_compile(
    r"\b(?:next|new|another|will|planned|prochaine?|nouvelle|nouveau|aura|sera|próxima|nueva|otra|será"
    r"|nächste\w*|neue\w*|geplant|nova|outra|prossima|nuova|altra"
    r"|previous|last|earlier|précédente?|dernière|anterior|pasada|vorherige\w*|letzte\w*|precedente|scorsa"
    r"|passada)\b", re.I)
# Words of time before a phrase that make it an earlier day ("after the fifth day of action", "après la cinquième").
_AFTER = lazy_compile(r"\b(?:after|following|après|después\s{1,3}de|depois\s{1,3}d[aeo]|dopo|nach)\s{1,3}\S{1,5}\s{0,3}$", re.I)
_CLAUSE = lazy_compile(r"[;:.!?—–]")
NEAR_CHARS = 40  # characters before and after a phrase read for a day to come
LEAD = 3  # sentences of an article's lead (after its title) where it says which day it reports
KEY = "day of action"
# Words one of the patterns needs (a quick check before them).
_HINT = lazy_compile(r"day|round|jour|jornad|día|dia|giorn|tag|strike|grève|greve|huelga|sciopero|protest|movili|mobili"
                     r"|manifest|march|rall|action")  # (of the lower-case line)


def action_days(text: str) -> list[tuple[int, int, int]]:
    """The ordinals of days of action in a line: (start, end, ordinal), offsets in ``text``."""
    if not _HINT.search(text.lower()) or not has_ordinal(text):
        return []
    out = []
    for m in _ORDINAL_DAY.finditer(text):
        value = ordinal_value(m.group("ord"))
        if value is None or not (m.group("action") or m.group("compound")):
            continue
        if not (m.group("day") or m.group("compound")) and (value < 2 or not _BARE_ACTION.fullmatch(m.group("action"))):
            continue  # ("the first march" may be anything's first; "the third strike on the city" an army's)
        if m.group("day") and not m.group("action"):
            continue
        if (m.group("action") or "").lower() in _ARMY_WORDS and not _STRIKE_KIND.search(m.group(0)):
            continue  # ("a third day of strikes on the capital": an army's; "of nationwide strikes" a union's)
        if _other_day(text, m.start(), m.end()):
            continue
        out.append((m.start(), m.end(), value))
    for m in _COPULA_ORDINAL.finditer(text):
        value = ordinal_value(m.group("ord"))
        if value is not None and _BARE_ACTION.fullmatch(m.group("action")) and not _other_day(text, m.start(), m.end()):
            out.append((m.start(), m.end(), value))
    return out


def _other_day(text: str, start: int, end: int) -> bool:
    """Whether the clause of a phrase at ``text[start:end]`` speaks of another day than the one reported."""
    cut = _CLAUSE.search(text, end, end + NEAR_CHARS)
    before = text[max(0, start - NEAR_CHARS):start]
    breaks = list(_CLAUSE.finditer(before))
    before = before[breaks[-1].end():] if breaks else before
    after = text[start:cut.start() if cut else end + NEAR_CHARS]
    return bool(_AFTER.search(before)) or bool(_OTHER_DAY.search(before + " " + after))


def _fits(a: Phrase, b: Phrase) -> bool:
    """Two ordinals of days of action are of one day when equal, or both in their source's lead."""
    return a.value == b.value or bool(a.detail[0] and b.detail[0])


def action_day_claims(sources: Sequence[Source], units: Sequence[Unit], rank: dict[str, int],
                      lines: Callable[[Source], Sequence[Sentence]] = source_lines) -> list[tuple[tuple, Claim]]:
    """Claims of which day of action a protest is, that two sources state, with their sort keys."""
    return numbered_claims(sources, units, rank, lines, action_days, KEY, "Day of action", _nth, _fits, _in_lead)


def _in_lead(line: Sentence) -> tuple[bool]:
    """Whether a line is its source's title or one of its first sentences (a title's paragraph is -1)."""
    return (0 <= line.index < LEAD or line.paragraph < 0,)


def _nth(value: int) -> str:
    """An ordinal as a title shows it ("6th")."""
    return f"{value}{'th' if 10 <= value % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(value % 10, 'th')}"
