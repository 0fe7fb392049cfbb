"""Evidence that a line is the article's own text, whatever its position: where a line stands (under the
headline, next to a picture, below a "Related" label) suggests chrome; these cues say it is reporting."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.ingest.clean_patterns import DATELINE_START
from briefing_tui.ingest.credits import is_agency
from briefing_tui.ingest.line_class import LineClass
from briefing_tui.ingest.lines import Line
from briefing_tui.ingest.textstats import ends_sentence, is_prose
from briefing_tui.language_table import per_language, shipped_table
from briefing_tui.lazy_pattern import lazy_compile

# A sentence end inside a line (more than one sentence: prose, not a caption).
INNER_SENTENCE = lazy_compile(r"[a-z]{2}[.!?][\"”’]?\s+[A-Z]")
# A line opening with a quotation mark: someone's words, which a picture's description does not quote.
_OPENS_QUOTE = lazy_compile(r"^[\"“„«‘]")
# Someone's words reported: a picture's description or caption shows, it does not attribute.
_ATTRIBUTION = lazy_compile(r"\b(?:said|says|told|according to|stated|announced)\b")
REPORTING_SENTENCES = 3
"""Sentences a paragraph has at least to read as the article's reporting whatever stands next to it (a caption or
a picture's description is one sentence or two)."""


SPEECH_WORDS_FILE = "speech_words.yaml"
"""The table of other languages' verbs of saying and "according to" words (fr, es, de, it, pt)."""


@lru_cache(maxsize=1)
def _foreign_attribution() -> tuple[frozenset[str], re.Pattern[str] | None]:
    """The verbs of saying of every other language of the table, and a pattern of its "according to" words."""
    table = shipped_table(SPEECH_WORDS_FILE)
    verbs = frozenset(w for ws in per_language(table.get("verbs")) for w in ws)
    phrases = sorted({w for key in ("according", "according_after") for ws in per_language(table.get(key)) for w in ws},
                     key=len, reverse=True)
    # "según", "d'après", "nach angaben": whole words only.
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\w)") if phrases else None
    return verbs, pattern


# A word of a line, as the table of speech words spells them (lower case).
_WORD = re.compile(r"[^\W\d_]+")


def _attributed(text: str) -> bool:
    """Does the line attribute words, in English ("..., officials said.") or another language ("..., informó el
    servicio.", "selon la préfecture", "teilte die Polizei mit")?"""
    if _ATTRIBUTION.search(text):
        return True
    verbs, according = _foreign_attribution()
    low = text.lower()
    return any(w in verbs for w in _WORD.findall(low)) or according is not None and according.search(low) is not None


def reads_as_reporting(text: str) -> bool:
    """Is a line the article's own text on its own evidence, whatever its position next to a picture: a finished
    quotation ("\"There is a manhole just outside my house ...,\" ..."), words attributed ("..., officials said."),
    or :func:`reads_as_article`? (A caption with its own credit may quote too: this is for lines that only stand
    next to a picture's label or credit.)"""
    if not is_prose(text) or not ends_sentence(text):
        return False
    return bool(_OPENS_QUOTE.match(text)) or _attributed(text) or reads_as_article(text)


def attributes(text: str) -> bool:
    """Does a finished sentence, however short, report someone's words (a quotation, "..., officials said.")?"""
    return ends_sentence(text) and (bool(_OPENS_QUOTE.match(text)) or _attributed(text))


def reads_as_article(text: str) -> bool:
    """Is a line the article's on evidence no caption has: three sentences or more, or a dateline opening it
    ("KYIV, Ukraine (AP) — ...")?"""
    return is_prose(text) and (opens_with_dateline(text) or len(INNER_SENTENCE.findall(text)) >= REPORTING_SENTENCES - 1)


def opens_with_dateline(text: str) -> bool:
    """Does the line open with a wire dateline: a place in capitals or an agency in brackets ("KYIV, Ukraine (AP)
    —", "SINGAPORE, May 2 —")? (A name and a dash, "Melissa McComb - a woman stands ...", opens a picture's
    description as well.)"""
    m = DATELINE_START.match(text)
    return m is not None and ("(" in m.group() or m.group()[:DATELINE_CAPS].isupper())


DATELINE_CAPS = 3
"""Letters of a dateline's place that are capitals when it is written as wires write it ("KYIV", "SINGAPORE")."""


# The article's own sign-off in brackets at the end of its paragraph: "(With inputs from agencies)", "(ANI)".
SIGN_OFF = lazy_compile(r"\((?:(?i:with )?(?i:agency )?(?i:inputs? from)\b[^()]{0,60}|(?P<agency>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})"
                        r"|(?P<joint>[\w&.-]{2,20})/[\w&.-]{1,20})\)\s*$")  # (a joint one: "(dpa/jW)", "(AFP/Reuters)")


def closes_with_sign_off(text: str) -> bool:
    """Does a paragraph end with the article's sign-off rather than a picture's credit: "(With inputs from ...)"
    (never a photo credit), or a news agency's name after a dateline paragraph or three sentences ("NEW DELHI: ...
    officials said. ... (ANI)")? A caption credited to an agency ("... in Andong on Wednesday. (Yonhap)") is not."""
    m = SIGN_OFF.search(text[-CREDIT_TAIL:])
    if m is None:
        return False
    agency = m.group("agency") or m.group("joint")  # (a joint sign-off is an agency's first: "(dpa/jW)")
    # (Not a quotation nor an attribution: a caption quotes the people it shows.)
    return agency is None or is_agency(agency) and reads_as_article(text[:len(text) - len(m.group())].rstrip())


CREDIT_TAIL = 160
"""Characters at the end of a line searched for its sign-off."""


CAPTION = "photo caption"
_SIGNED_PARAGRAPH = LineClass("good", "paragraph signed by its agency")


def mark_signed_last_paragraph(lines: list[Line], nonblank: list[int], out: list[LineClass]) -> None:
    """The article's last paragraph signed with its agency in brackets ("... the government said. (AFP)"), taken for
    a caption credited to the agency: prose stands right above it, it reports (words attributed, a quotation), and
    no prose nor caption comes after it (only the page's chrome and labels). A caption's description shows, it does
    not attribute; a gallery's captions follow one another."""
    for pos, i in enumerate(nonblank):
        if out[i].reason != CAPTION or pos == 0 or out[nonblank[pos - 1]].kind != "good":
            continue
        text = lines[i].text
        m = SIGN_OFF.search(text[-CREDIT_TAIL:])
        agency = m.group("agency") if m else None
        if agency is None or not is_agency(agency) or not attributes(text[:len(text) - len(m.group())].rstrip()):
            continue
        if all(out[j].kind != "good" and out[j].reason != CAPTION for j in nonblank[pos + 1:]):
            out[i] = _SIGNED_PARAGRAPH
