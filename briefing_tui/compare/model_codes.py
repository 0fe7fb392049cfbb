"""The model a story names by its maker and a code, however many sources name it: "a Boeing 737-800", "the
Airbus A320neo", "un Sukhoi Su-30", "eine Boeing 787-9".

A designation is a capitalised name (the maker) right before a code: digits glued to letters ("A320", "Su-30",
"A321neo") or two groups of digits joined by a hyphen ("737-800", "787-9"). Such a code is no count, no sum and no
date (the figures leave it unread), so a sentence that names the model without any figure would otherwise join no
claim with the sentences of other sources that name it beside a figure. Designations of one maker from two sources
or more are one claim: it agrees when each source's code is the start of the longest one ("737" of "737-800") or its
end after mission letters ("H-60" of "UH-60"), and
disagrees when two sources, each giving one code, give two that are not ("737-800" and "787-800").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefing_tui.compare.phrase_claims import Phrase, cluster, phrase_claim, source_lines, voices_of
from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Claim, Sentence, Source

# A maker's name and its model's code: a capitalised word of three letters or more, then a code of one to three
# letters glued (or hyphened) to two to four digits and maybe letters after ("A320neo", "Su-30MKI"), or of two or
# three digits, a hyphen and one to four more ("737-800", "787-9"; four digits first would be a season, "2024-25",
# two a date's or a score's, "June 10-12", "won 24-17").
_DESIGNATION = lazy_compile(
    r"(?<![\w-])(?P<maker>[A-Z][a-z]{2,})\s{1,2}"
    r"(?P<code>[A-Z][A-Za-z]{0,2}-?\d{2,4}(?:[a-z]{1,4}|[A-Z]{1,4})?|(?P<first>\d{3})-(?P<second>\d{1,4})(?:[A-Z]{1,4})?)"
    r"(?![\w-])")
# (a capitalised word opening the line is no maker either: "Some 200-300 people")
# Capitalised words that are no maker: a flight's, a route's or a document's noun ("Flight MH17", "Route A1"),
# whose codes name one of several things a story may tell of, and words opening a sentence.
NOT_MAKERS = frozenset("""flight flights flug vol vuelo voo volo route road highway autobahn article articles artikel
    artículo articolo artigo section paragraph chapter resolution room gate terminal platform line lane runway
    the this that these those and but for from with after before during since under over about""".split())
# A hyphen between a code's letters and its digits (written or not: "Su-30", "SU30").
_LETTER_HYPHEN = lazy_compile(r"(?<=[A-Za-z])-(?=\d)")


def _tally(m: re.Match[str]) -> bool:
    """Whether a code of two groups of digits is rather a tally or a range ("Senate 218-214", "Gaza 120-150"): a
    model's second group is one digit or a round hundred ("787-9", "737-800", "777-300")."""
    second = m.group("second")
    return second is not None and len(second) > 1 and not second.endswith("00")


def model_codes(text: str) -> list[tuple[int, int, str, str]]:
    """The designations in a line: (start, end, maker in lower case, code as weighed), offsets in ``text``."""
    out: list[tuple[int, int, str, str]] = []
    if not any(c.isdigit() for c in text):
        return out
    for m in _DESIGNATION.finditer(text):
        maker = m.group("maker").lower()
        if maker in NOT_MAKERS or m.start() == 0 or _tally(m):
            continue
        out.append((m.start(), m.end(), maker, _LETTER_HYPHEN.sub("", m.group("code")).upper()))
    return out


def _names_family(code: str, longer: str) -> bool:
    """Whether ``code`` names the family ``longer`` is a variant of: the start of it ("737" of "737-800"), or its
    end after mission letters put before the family's code ("H60" of "UH60", "C135" of "KC135")."""
    if longer.startswith(code):
        return True
    prefix = longer[:len(longer) - len(code)]
    return code[:1].isalpha() and longer.endswith(code) and prefix.isalpha()


def _widened(phrases: list[Phrase]) -> list[Phrase]:
    """Each phrase's code replaced by the longest code of the cluster whose family it names ("737" by "737-800",
    "H60" by "UH60"), so that a shorter naming of one model agrees; codes that name none other stay as they are."""
    codes = sorted({str(p.value) for p in phrases}, key=lambda c: (-len(c), c))
    out = []
    for p in phrases:
        wide = next(c for c in codes if _names_family(str(p.value), c))
        out.append(p if wide == p.value else Phrase(
            p.source, p.text, p.start, p.end, p.line, p.index, p.key, wide, p.reading, p.names, p.detail, p.speaker,
            p.voice))
    return out


def model_claims(sources: Sequence[Source], units: Sequence[Unit], rank: dict[str, int],
                 lines: Callable[[Source], Sequence[Sentence]] = source_lines) -> list[tuple[tuple, Claim]]:
    """Claims of a maker's model that two sources name (see the module), with their sort keys. ``lines``: the lines
    of a source read (:func:`~.phrase_kinds.phrase_claims` leaves out those without a phrase)."""
    voices = voices_of(units)
    by_maker: dict[str, list[Phrase]] = {}
    for source in sources:
        for line in lines(source):
            speaker, voice = voices.get((source.id, line.start), (None, "outlet"))
            for start, end, maker, code in model_codes(line.text):
                a, b = line.start + start, line.start + end
                by_maker.setdefault(maker, []).append(Phrase(
                    source.id, source.raw[a:b], a, b, (line.start, line.end), None if line.index < 0 else line.index,
                    ("model", maker), code, source.raw[a:b], frozenset(), (), speaker, voice))
    out = []
    for maker, phrases in sorted(by_maker.items()):
        for group in cluster(phrases, lambda a, b: True):
            made = phrase_claim(_widened(group), rank, "Model", f"model of the {maker}", "k")
            if made is not None:
                out.append(made)
    return out
