"""Boilerplate that reads like prose: appeals for money or sign-ups, app promotions, photo captions
whose credit gives them away, and summaries that the article then repeats.

These are sentences, often long ones, so the length and function-word tests of
:mod:`briefing_tui.ingest.clean` take them for article text; each rule here looks at what the line
says or where its words reappear instead.
"""

from __future__ import annotations

import bisect
import re

from briefing_tui.ingest.credits import is_agency
from briefing_tui.ingest.line_class import LineClass
from briefing_tui.ingest.lines import Line
from briefing_tui.ingest.textstats import words
from briefing_tui.lazy_pattern import lazy_compile

# A publisher asking the reader for money, a subscription or a sign-up, or to install its app.
APPEAL = lazy_compile(
    r"\b(?:thank you for reading|thanks for reading|"
    r"your (?:support|donation|contribution|subscription) (?:helps|allows|makes|means|keeps|is)|"
    r"support (?:us|our (?:work|journalism|newsroom)|(?:independent|quality) journalism|now)\b|"
    r"(?:make|making) a (?:donation|contribution)|donate (?:now|today)|become a (?:member|subscriber|supporter|patron)|"
    r"(?:subscribe|sign up) (?:now|today|for free|to our|to get)|already (?:a subscriber|have an account)|"
    r"get (?:the|our) (?:[\w’'&.-]+ ){0,3}app\b|download (?:the|our) (?:[\w’'&.-]+ ){0,3}app\b|"
    r"(?:available|get it) on (?:the )?(?:app store|google play)|"
    r"(?:follow|join) us on (?:whatsapp|telegram|google news|facebook|x|twitter|instagram)|"
    r"click here to (?:subscribe|join|follow|download)|"
    # A box asking readers to give to a disaster's victims: "How you can help: Donate to victims of the earthquake".
    r"how (?:you can|to) help\s*:\s*donate\b|"
    # The same appeals in French, German, Spanish and Dutch.
    r"soutenez (?:notre|nous)|abonnez-vous|unterstützen sie (?:uns|unseren)|jetzt abonnieren|"
    r"suscríbete|apoya (?:nuestro|el) periodismo|steun (?:ons|onze)|word (?:nu )?abonnee)",
    re.I,
)
MAX_APPEAL_WORDS = 60
"""Appeals are a few sentences; a longer line that mentions support once is the article talking ..."""
MAX_LONG_APPEAL_WORDS = 250
LONG_APPEAL_CUES = 2
CHARS_PER_WORD = 12
"""A generous bound on characters per word, to skip long lines before counting their words."""
"""... unless it asks again and again (a whole appeal box pasted as one line)."""

# Photo credits that close a caption: "(Niall Carson/PA)", "(Photo by A. Name/ Outlet) (Outlet)",
# "PIC: Lucy North/PA Wire", "Picture: Mark Stewart / NewsWire", "[Samson Wire, Standard]",
# "Photo credit: Name | Outlet", "... March 27. (Takeshi Iwashita)".
PHOTO_CREDIT_END = lazy_compile(
    r"(?:\((?:[^()/]{1,50}/\s?[^()]{1,50}|(?:photo|picture|image|file|pic)s?\b[^()]{0,70}|[^()]{0,50}\bvia (?:AP|AFP|Getty Images|Reuters))\)"
    r"|\b(?:pics?|photos?|pictures?|images?|credit|photo credit)\s*:\s*(?:(?![.!?]\s)[^:]){2,70}"
    r"|\[[A-Z][^\[\]]{1,40},\s*[A-Z][^\[\]]{1,40}\]"
    r"|[.!?]\s+\((?:[A-Z][\w.'’-]+\s){0,3}[A-Z][\w.'’-]+\)"
    r"|[.!?]\s+[—–]\s?(?P<dashed>[A-Z][\w.-]+)"
    # an agency's (file) photo after a dash: "Sean Combs. - AP FILE PHOTO", "– Reuters file photo"
    r"|\s[-–—]\s?(?:(?!in\b)[A-Z][\w.&-]{1,15}\s){0,2}(?:photos?|pictures?|images?)"
    r"|^(?:[A-Z][\w.'’-]+\s){1,3}[A-Z][\w.'’-]+\s?/\s?[A-Z][^/]{1,40})"
    r"(?:\s*\([^()]{1,40}\))?$",
    re.I,
)
CREDIT_TAIL = 160
# Where people stand in a photo, as only captions say it: "(left)", "(second right)", "(L)",
# "is seen at right", "pictured".
PHOTO_POSITION = lazy_compile(
    r"\((?:(?:far|second|third|from) )?(?:left|right|centre|center|front|back|L|R|C)(?: to right)?\)"
    r"|\b(?:is|are) (?:seen|pictured|shown) (?:at |on the |in the )?(?:left|right|centre|center|foreground|background)\b"
    r"|\(pictured\)"
)
MAX_CAPTION_WORDS = 80
# A picture described by its own caption, opening the line: "A drone photo shows the damages ...", "This image
# provided by KEYT-TV shows smoke ...", "In this photo taken on May 2, rescuers ..." (a headline never opens so).
PICTURE_DESCRIPTION = lazy_compile(
    r"^(?:in )?(?:an?|this|these|the) (?:[\w'’-]+ ){0,3}(?:photo(?:graph)?|picture|image|video|footage|screenshot|"
    r"still|handout)s? (?:[\w,.'’-]+ ){0,8}?(?:shows?|showing|taken|provided|released|made available)\b",
    re.I,
)
# A label that announces a caption or its credit on the next line: "Image caption,", "Image source,".
CAPTION_LABEL = lazy_compile(r"^(?:image|photo|video|media|picture) (?:caption|source|credit)s?\s*[,:]?$", re.I)

_FOLD = str.maketrans({"‘": "'", "’": "'", "“": "'", "”": "'", "„": "'", "«": "'", "»": "'", '"': "'", "–": "-", "—": "-"})
_QUOTE_CHARS = "'\"‘’“”„«»"
_LIST_MARKS = "•·▪◦●-–—* \t"  # a summary given as a bullet point is compared without its marker
_END_CHARS = " \t.!?:;,…"  # closing punctuation and ellipses, ignored when a summary is compared
MIN_SUMMARY_WORDS = 6
SUMMARY_WINDOW = 16
"""Only this many non-blank lines at the top of a page are checked for being repeated below."""
SUMMARY_KEY = 60
"""Characters of a line compared with the start of later lines."""
SUMMARY_SCOPE = 60
"""Later lines searched for the repetition (the article repeats its summary early, not pages later)."""
MAX_SUMMARY_CHARS = 1200


# Every appeal contains one of these (a cheap test before the pattern above, run on every line).
APPEAL_HINTS = ("thank", "support", "donat", "contribut", "subscri", "sign up", "become a", "already ", " app ", " app.",
                " app,", "app store", "google play", "follow us", "join us", "click here", "soutenez", "abonn",
                "unterstütz", "suscr", "apoya", "steun", "abonnee")



# A post embedded from a social network: its link, or its sign-off "— Name (@handle) July 14, 2025".
EMBED_LINK = lazy_compile(r"\bpic\.twitter\.com/\w+|^[—–-]\s?[^(]{1,60}\(@\w{1,30}\)\s+\w+\s+\d{1,2},\s+\d{4}$")


def is_embedded_post(text: str) -> bool:
    """Is the line (the end of) a post embedded from a social network?"""
    return ("pic.twitter.com/" in text or "(@" in text) and bool(EMBED_LINK.search(text[-300:]))


def is_appeal(text: str) -> bool:
    """Does the line ask for money, a subscription, a sign-up or an app install?"""
    if len(text) > MAX_LONG_APPEAL_WORDS * CHARS_PER_WORD:
        return False
    low = text.lower()
    for hint in APPEAL_HINTS:  # plain substring tests: several times faster than one pattern on every line
        if hint in low:
            break
    else:
        return False
    n = len(words(text))
    if n <= MAX_APPEAL_WORDS:
        return bool(APPEAL.search(text[:600]))
    return n <= MAX_LONG_APPEAL_WORDS and len(APPEAL.findall(text[:3000])) >= LONG_APPEAL_CUES


def describes_picture(text: str) -> bool:
    """Does the line open by describing a picture ("A drone photo shows ...", "This image provided by ... shows")?"""
    return len(words(text)) <= MAX_CAPTION_WORDS and PICTURE_DESCRIPTION.match(text) is not None


def has_photo_credit(text: str, positions: bool = True) -> bool:
    """Does the line end with a photo credit, or (with ``positions``) say where people stand in the picture (a
    caption)?"""
    if len(text) > MAX_CAPTION_WORDS * CHARS_PER_WORD or len(words(text)) > MAX_CAPTION_WORDS:
        return False  # a long paragraph ending "(Name)" is article text with a sign-off, not a caption
    tail = text[-CREDIT_TAIL:]
    end = tail.rstrip()[-1:]
    # Each credit shape needs one of these marks: test for them before running the pattern.
    maybe_credit = end in (")", "]") or ":" in tail or "—" in tail[-40:] or "–" in tail[-40:] or "/" in tail \
        or " - " in tail[-40:]
    m = PHOTO_CREDIT_END.search(tail) if maybe_credit else None
    if m and m.group("dashed") and is_agency(m.group("dashed")):
        m = None  # "... he said. — AFP": the article's closing credit, not a caption's
    return m is not None or positions and ("(" in text or " seen " in text or " pictured" in text
                                                                   or " shown " in text) and (
        len(text) <= MAX_CAPTION_WORDS * CHARS_PER_WORD and bool(PHOTO_POSITION.search(text))
        and len(words(text)) <= MAX_CAPTION_WORDS)


_OPENING = 5


def _opening(text: str) -> str:
    """A line's first letters, without list marks and quotes, lower-cased: a cheap first test of a repeat."""
    return text[:_OPENING + 8].lstrip(_LIST_MARKS).lstrip(_QUOTE_CHARS)[:_OPENING].lower()


def _head(text: str) -> str:
    """The start of a line as compared with a summary's key (quotes and case folded, spacing collapsed)."""
    return " ".join(text[:SUMMARY_KEY * 3].lstrip(_LIST_MARKS).translate(_FOLD).casefold().split())


def _key(text: str) -> str:
    folded = text[:SUMMARY_KEY * 3].lstrip(_LIST_MARKS).translate(_FOLD).casefold().rstrip(_END_CHARS)
    return " ".join(folded.split())


def repeated_summaries(lines: list[Line], nonblank: list[int]) -> list[tuple[int, int]]:
    """Lines near the top whose words open a later line: a standfirst, teaser or caption alt text
    that the article (or the full caption) then repeats. Returns (line, the later line) pairs.

    Lines are first grouped by their opening letters, so only the few that open alike are folded and
    compared, on bounded prefixes (linear on any input).
    """
    scope = nonblank[:SUMMARY_SCOPE]
    openings: dict[str, list[int]] = {}
    for pos, j in enumerate(scope):
        openings.setdefault(_opening(lines[j].text), []).append(pos)
    out = []
    for pos, i in enumerate(scope[:SUMMARY_WINDOW]):
        text = lines[i].text
        later = [p for p in openings[_opening(text)] if p > pos]
        if not later or len(text) > MAX_SUMMARY_CHARS or text.count(" ") < MIN_SUMMARY_WORDS - 1:
            continue
        probe = _key(text)[:SUMMARY_KEY]
        if len(probe.split()) < MIN_SUMMARY_WORDS and len(probe) < SUMMARY_KEY:
            continue
        for p in later:
            j = scope[p]
            if len(lines[j].text) >= len(text) - 6 and _head(lines[j].text).startswith(probe):
                out.append((i, j))
                break
    return out


MIN_BLOCK_LINES = 2
"""Lines in a row that, printed again right below in the same order, make a block printed twice ..."""
MAX_BLOCK_LINES = 40
"""... up to this many (a whole section or article body printed twice)."""
MIN_BLOCK_WORDS = 12
"""Words the block must hold: two short labels repeated ("Reply", "Share") are template, not a block."""


def repeated_blocks(lines: list[Line], nonblank: list[int]) -> list[tuple[int, int]]:
    """A block of lines that the page prints twice in a row (a section shown again for another screen
    size, a tab printed with its content): (line of the first copy, the same line in the second copy)
    pairs. The text above such a block is the article's, not a standfirst; one copy is enough.

    Each start position is tried only with the offsets (at most ``MAX_BLOCK_LINES``) at which its own
    text comes again, and a block's words are counted from running sums before any lines are compared.
    """
    texts = [lines[i].text for i in nonblank]
    where: dict[str, list[int]] = {}
    for pos, text in enumerate(texts):
        where.setdefault(text, []).append(pos)
    if len(texts) - len(where) < MIN_BLOCK_LINES:
        return []  # fewer repeated lines than a block needs (most pages): no words counted
    counts = {text: len(words(text)) for text in where}  # each distinct text's words, counted once
    sums = [0]
    for text in texts:
        sums.append(sums[-1] + counts[text])
    out: list[tuple[int, int]] = []
    pos = 0
    while pos < len(texts):
        if sums[min(len(texts), pos + 2 * MAX_BLOCK_LINES)] - sums[pos] < 2 * MIN_BLOCK_WORDS:
            pos += 1  # too few words ahead for a block and its copy (runs of bare marks are passed over at once)
            continue
        size = next((k for k in _gaps(where[texts[pos]], pos)
                     if sums[pos + k] - sums[pos] >= MIN_BLOCK_WORDS and _block_twice(texts, pos, k)), 0)
        if size:
            out.extend(zip(nonblank[pos:pos + size], nonblank[pos + size:pos + 2 * size]))
            pos += size
        else:
            pos += 1
    return out


def _gaps(positions: list[int], pos: int) -> list[int]:
    """Offsets after ``pos`` at which its text comes again, close enough to start a second copy."""
    lo = bisect.bisect_left(positions, pos + MIN_BLOCK_LINES)
    hi = bisect.bisect_right(positions, pos + MAX_BLOCK_LINES)
    return [p - pos for p in positions[lo:hi]]


def _block_twice(texts: list[str], pos: int, size: int) -> bool:
    """Are the ``size`` lines from ``pos`` printed again, in order, right after themselves?"""
    return pos + 2 * size <= len(texts) and texts[pos:pos + size] == texts[pos + size:pos + 2 * size]


# A photo gallery's counter alone on a line: "1 / 12", "Photo 3 of 12", "Bild 2 von 8", "Imagen 1 de 5".
GALLERY_COUNTER = lazy_compile(
    r"^(?:(?:image|photo|picture|slide|foto|bild|imagen|immagine|imagem|diapositive)\s*)?"
    r"\d{1,3}\s*(?:/|of|de|von|di|sur|sobre)\s*\d{1,3}$", re.I)
_COUNTER = LineClass("bad", "media placeholder")
_GALLERY_CAPTION = LineClass("bad", "photo caption")


def mark_gallery_captions(lines: list[Line], nonblank: list[int], out: list[LineClass]) -> None:
    """A gallery inside the article: each counter ("1 / 12") is the gallery's, and the line under it the picture's
    caption (up to a caption's length), so the article goes on after the gallery instead of ending at it."""
    for pos, i in enumerate(nonblank):
        if not GALLERY_COUNTER.match(lines[i].text.strip()):
            continue
        out[i] = _COUNTER
        nxt = nonblank[pos + 1] if pos + 1 < len(nonblank) else None
        if nxt is not None and out[nxt].kind != "blank" and not GALLERY_COUNTER.match(lines[nxt].text.strip()) \
                and len(words(lines[nxt].text)) <= MAX_GALLERY_CAPTION_WORDS:
            out[nxt] = _GALLERY_CAPTION


MAX_GALLERY_CAPTION_WORDS = 40
"""A gallery's caption under its counter is a sentence or two; a longer line is the article's paragraph."""
