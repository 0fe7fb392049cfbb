"""Boilerplate that reads like prose: appeals for money or sign-ups, app promotions, photo captions
whose credit gives them away, and summaries that the article then repeats.

These are sentences, often long ones, so the length and function-word tests of
:mod:`briefing_tui.ingest.clean` take them for article text; each rule here looks at what the line
says or where its words reappear instead.
"""

from __future__ import annotations

import re
import unicodedata

from briefing_tui.ingest.lines import Line
from briefing_tui.ingest.textstats import words

# A publisher asking the reader for money, a subscription or a sign-up, or to install its app.
APPEAL = re.compile(
    r"\b(?:thank you for reading|thanks for reading|"
    r"your (?:support|donation|contribution|subscription) (?:helps|allows|makes|means|keeps|is)|"
    r"support (?:us|our (?:work|journalism|newsroom)|(?:independent|quality) journalism|now)\b|"
    r"(?:make|making) a (?:donation|contribution)|donate (?:now|today)|become a (?:member|subscriber|supporter|patron)|"
    r"(?:subscribe|sign up) (?:now|today|for free|to our|to get)|already (?:a subscriber|have an account)|"
    r"get (?:the|our) (?:[\w’'&.-]+ ){0,3}app\b|download (?:the|our) (?:[\w’'&.-]+ ){0,3}app\b|"
    r"(?:available|get it) on (?:the )?(?:app store|google play)|"
    r"(?:follow|join) us on (?:whatsapp|telegram|google news|facebook|x|twitter|instagram)|"
    r"click here to (?:subscribe|join|follow|download)|"
    # The same appeals in French, German, Spanish and Dutch.
    r"soutenez (?:notre|nous)|abonnez-vous|unterstützen sie (?:uns|unseren)|jetzt abonnieren|"
    r"suscríbete|apoya (?:nuestro|el) periodismo|steun (?:ons|onze)|word (?:nu )?abonnee)",
    re.I,
)
MAX_APPEAL_WORDS = 60
"""Appeals are a few sentences; a longer line that mentions support once is the article talking ..."""
MAX_LONG_APPEAL_WORDS = 250
LONG_APPEAL_CUES = 2
"""... unless it asks again and again (a whole appeal box pasted as one line)."""

# Photo credits that close a caption: "(Niall Carson/PA)", "(Photo by A. Name/ Outlet) (Outlet)",
# "PIC: Lucy North/PA Wire", "Picture: Mark Stewart / NewsWire", "[Samson Wire, Standard]",
# "Photo credit: Name | Outlet", "... March 27. (Takeshi Iwashita)".
PHOTO_CREDIT_END = re.compile(
    r"(?:\((?:[^()/]{1,50}/\s?[^()]{1,50}|(?:photo|picture|image|file|pic)s?\b[^()]{0,70}|[^()]{0,50}\bvia (?:AP|AFP|Getty Images|Reuters))\)"
    r"|\b(?:pics?|photos?|pictures?|images?|credit|photo credit)\s*:\s*(?:(?![.!?]\s)[^:]){2,70}"
    r"|\[[A-Z][^\[\]]{1,40},\s*[A-Z][^\[\]]{1,40}\]"
    r"|[.!?]\s+\((?:[A-Z][\w.'’-]+\s){0,3}[A-Z][\w.'’-]+\)"
    r"|[.!?]\s+[—–]\s?[A-Z][\w.-]+"
    r"|^(?:[A-Z][\w.'’-]+\s){1,3}[A-Z][\w.'’-]+\s?/\s?[A-Z][^/]{1,40})"
    r"(?:\s*\([^()]{1,40}\))?$",
    re.I,
)
CREDIT_TAIL = 160
# Where people stand in a photo, as only captions say it: "(left)", "(second right)", "(L)",
# "is seen at right", "pictured".
PHOTO_POSITION = re.compile(
    r"\((?:(?:far|second|third|from) )?(?:left|right|centre|center|front|back|L|R|C)(?: to right)?\)"
    r"|\b(?:is|are) (?:seen|pictured|shown) (?:at |on the |in the )?(?:left|right|centre|center|foreground|background)\b"
    r"|\(pictured\)"
)
MAX_CAPTION_WORDS = 70
# A label that announces a caption or its credit on the next line: "Image caption,", "Image source,".
CAPTION_LABEL = re.compile(r"^(?:image|photo|video|media|picture) (?:caption|source|credit)s?\s*[,:]?$", re.I)

_FOLD = str.maketrans({"‘": "'", "’": "'", "“": "'", "”": "'", "„": "'", "«": "'", "»": "'", '"': "'", "–": "-", "—": "-"})
_END_JUNK = re.compile(r"(?:\s*(?:\.\.\.|…|[.!?:;,]))+$")
MIN_SUMMARY_WORDS = 6
SUMMARY_WINDOW = 40
"""Only this many non-blank lines at the top of a page are checked for being repeated below."""
SUMMARY_KEY = 60
"""Characters of a line compared with the start of later lines."""


def is_appeal(text: str) -> bool:
    """Does the line ask for money, a subscription, a sign-up or an app install?"""
    n = len(words(text))
    if n <= MAX_APPEAL_WORDS:
        return bool(APPEAL.search(text[:600]))
    return n <= MAX_LONG_APPEAL_WORDS and len(APPEAL.findall(text[:3000])) >= LONG_APPEAL_CUES


def has_photo_credit(text: str) -> bool:
    """Does the line end with a photo credit, or say where people stand in the picture (a caption)?"""
    return bool(PHOTO_CREDIT_END.search(text[-CREDIT_TAIL:])) or (
        len(words(text)) <= MAX_CAPTION_WORDS and bool(PHOTO_POSITION.search(text)))


def _key(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).translate(_FOLD).casefold()
    return " ".join(_END_JUNK.sub("", folded).split())


def repeated_summaries(lines: list[Line], nonblank: list[int]) -> list[tuple[int, int]]:
    """Lines near the top whose words open a later line: a standfirst, teaser or caption alt text
    that the article (or the full caption) then repeats. Returns (line, the later line) pairs."""
    top = nonblank[:SUMMARY_WINDOW]
    keys = {i: _key(lines[i].text) for i in nonblank}
    out = []
    for pos, i in enumerate(top):
        key = keys[i]
        if len(words(key)) < MIN_SUMMARY_WORDS:
            continue
        probe = key[:SUMMARY_KEY]
        later = next((j for j in nonblank[pos + 1:] if keys[j].startswith(probe) and len(keys[j]) >= len(key) - 3), None)
        if later is not None:
            out.append((i, later))
    return out
