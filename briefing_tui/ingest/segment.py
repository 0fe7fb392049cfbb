"""Split paragraphs into sentences without breaking abbreviations, initials or quotations."""

from __future__ import annotations

import bisect

from briefing_tui.lazy_pattern import lazy_compile

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt gen gov sen rep lt col capt sgt rev hon pres no nos inc ltd co corp
    dept univ assn bros vs v etc e.g i.e cf al approx est fig jan feb mar apr jun jul aug sep sept oct nov
    dec mon tue tues wed thu thur thurs fri sat sun a.m p.m u.s u.k u.n e.u u.s.a ph.d
    nr bzw z.b u.a d.h usw vgl ggf evtl inkl bspw ca mio mrd mme mmes mlle sra srta dña núm pág aprox ee.uu
    dott avv dhr mevr bijv
    rs rp ksh kshs""".split()  # (currencies before an amount: "Rs. 50 billion", "Rp. 5 trillion", "Ksh. 58 billion")
)
# Abbreviations that never end a sentence (titles before a name, "Nr." before a number, "bzw." and "z. B."
# inside one): the next word's capital is a name's or a noun's (German capitalises nouns).
NEVER_FINAL = frozenset(
    """mr mrs ms dr prof st gen gov sen rep lt col capt sgt rev hon nr bzw z.b d.h vgl mme mmes mlle sra srta
    dña dott avv dhr mevr bijv""".split()
)
# Words that start a new sentence even after an abbreviation such as "U.S." or "a.m.".
SENTENCE_STARTERS = frozenset(
    """the a an in on at but and it he she they this that these those we i you there his her its their
    however meanwhile still yet so for if when while after before as our my some many most
    der die das ein eine es er wir ich le la les un une il elle ils nous el los las una lo""".split()
)
# An ordinal's full stop ("am 3. März", "der 2. Weltkrieg", "zum 15. Mal"), as German and the Nordic and Slavic
# languages write ordinals: a day or rank of one to three digits ...
MAX_ORDINAL_DIGITS = 3
# ... before a month's name (capitalised in German) ...
ORDINAL_MONTHS = frozenset(
    """januar jänner februar feber märz maerz april mai juni juli august september oktober november dezember""".split()
)
# ... or after an article or a preposition fused with one, which no number ending a sentence follows.
ORDINAL_CUES = frozenset("""am im zum zur vom beim ins der die das den dem des jedem jeder ihrem ihrer seinem seiner""".split())
_END = lazy_compile(r"[.!?。！？]+")
_CLOSERS = "\"”’»」』)]'"
_OPEN_CLOSE = {"“": "”", "«": "»", "「": "」", "『": "』", "„": "“"}
MAX_QUOTE_SPAN = 600
# The longest run kept as one sentence. Prose sentences are far shorter; a longer run with no full stop is a
# dump (a table, a list, a page pasted without punctuation), and every later step that reads a sentence whole
# (figures, dates, claims) would otherwise cost in proportion to its square. Such a run is cut at white space.
MAX_SENTENCE_CHARS = 2000
# White space a sentence too long is cut at (the last run of it before the limit).
_SPACE_RUN = lazy_compile(r"\s+")
_OPENERS = lazy_compile('[“«「『„"]')


def split_sentences(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (start, end) inside ``raw[start:end]``, each stripped of white space."""
    text = raw[start:end]
    protected = _Protected(_quoted_ranges(text))
    spans: list[tuple[int, int]] = []
    cur = 0
    for m in _END.finditer(text):
        stop = m.end()
        while stop < len(text) and text[stop] in _CLOSERS:
            stop += 1
        if not _is_boundary(text, m.start(), stop, protected, cur):
            continue
        spans.append((cur, stop))
        cur = stop
    spans.append((cur, len(text)))
    out = []
    for a, b in spans:
        seg = text[a:b]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        if seg.strip():
            out.extend(_bounded(raw, start + a + lead, start + b - trail))
    return out


def _bounded(raw: str, a: int, b: int) -> list[tuple[int, int]]:
    """The span ``[a, b)`` as pieces of at most :data:`MAX_SENTENCE_CHARS`, each cut at the last white space
    before the limit (or at the limit, in a run with none), each stripped of white space."""
    pieces: list[tuple[int, int]] = []
    while b - a > MAX_SENTENCE_CHARS:
        limit = a + MAX_SENTENCE_CHARS
        cut = None
        for m in _SPACE_RUN.finditer(raw, a + 1, limit):
            cut = m
        head_end, tail_start = (cut.start(), cut.end()) if cut else (limit, limit)
        pieces.append((a, head_end))
        a = tail_start
        while a < b and raw[a].isspace():
            a += 1
    if a < b:
        pieces.append((a, b))
    return pieces


class _Protected:
    """Sorted, non-overlapping quotation spans with a logarithmic "is this offset inside one?" test."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.starts = [a for a, _ in ranges]
        self.ranges = ranges

    def covers(self, pos: int) -> bool:
        k = bisect.bisect_left(self.starts, pos) - 1
        return k >= 0 and self.ranges[k][0] < pos < self.ranges[k][1]

    def fragment_ends(self, dot: int, stop: int, sentence_start: int, text: str) -> bool:
        """Whether the full stop at ``dot`` ends a quoted fragment that the sentence began before it:
        ``called it "historic." She ...`` (the closing mark falls before ``stop``)."""
        k = bisect.bisect_left(self.starts, dot) - 1
        if k < 0:
            return False
        a, b = self.ranges[k]
        return a < dot < b < stop and text[dot] == "." and bool(text[sentence_start:a].strip(" \t\n\u00a0"))


_NEXT_CHAR = lazy_compile(r"(?<!\s)\s*(\S)")
_LAST_TOKEN = lazy_compile(r"([\w.]+)$")
# A full stop a page lost the space after, between a lower-case word of three letters or more and a capitalised
# word ("del governo.Nel dettaglio"): a sentence's end, never an abbreviation, an initial or a web address.
_GLUED_END_BEFORE = lazy_compile(r"(?<![\w.])[a-zà-öø-ÿ]{3,}$")
_GLUED_END_AFTER = lazy_compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,}\b")
_TOKEN_WINDOW = 40  # abbreviations are short: look back only this far (keeps the scan linear)


def _is_boundary(text: str, dot: int, stop: int, protected: _Protected, sentence_start: int = 0) -> bool:
    mark = text[dot]
    if mark in "。！？":
        return not protected.covers(dot)
    if stop < len(text) and not text[stop].isspace():
        return mark == "." and stop == dot + 1 and bool(_GLUED_END_AFTER.match(text, stop)) and \
            bool(_GLUED_END_BEFORE.search(text, max(0, dot - _TOKEN_WINDOW), dot)) and not protected.covers(dot)
    nm = _NEXT_CHAR.match(text, stop)
    if not nm:
        return True
    first = nm.group(1)
    if not (first.isupper() or first.isdigit() or first in "\"“‘'«「([—–-" or "\u4e00" <= first <= "\u9fff"):
        return False
    if protected.covers(dot) and not protected.fragment_ends(dot, stop, sentence_start, text):
        return False
    nxt = text[nm.start(1):nm.start(1) + _TOKEN_WINDOW]
    if mark == ".":
        word = _LAST_TOKEN.search(text, max(0, dot - _TOKEN_WINDOW), dot)
        token = word.group(1).lower() if word else ""
        if len(token) == 1 and token.isalpha():
            return False  # an initial: "J. Smith"
        next_word = _NEXT_WORD.match(nxt)
        following = next_word.group(1).lower() if next_word else ""
        if token in ABBREVIATIONS or token.rstrip(".") in ABBREVIATIONS:
            return following in SENTENCE_STARTERS and token.rstrip(".") not in NEVER_FINAL
        if token.isdigit() and len(token) <= MAX_ORDINAL_DIGITS and _is_ordinal(text, word.start(1) if word else dot, following):
            return False
    return True


_NEXT_WORD = lazy_compile(r"[\"“‘']?(\w+)")
_WORD_BEFORE = lazy_compile(r"(?<!\w)(\w+)\s+$")  # (a word's first letter only: linear)


def _is_ordinal(text: str, number_start: int, following: str) -> bool:
    """Is the number at ``number_start`` an ordinal ("am 3. März", "Der 2. Weltkrieg") rather than a sentence's end?

    ``following`` is the next word, lower-cased: a month, or (after an article) no English sentence opener."""
    if following in ORDINAL_MONTHS:
        return True
    before = _WORD_BEFORE.search(text, max(0, number_start - _TOKEN_WINDOW), number_start)
    if before and _ADJECTIVE_ENDING.search(before.group(1)):
        # "in der abschließenden 9. Runde": an adjective between the article and the ordinal.
        before = _WORD_BEFORE.search(text, max(0, before.start(1) - _TOKEN_WINDOW), before.start(1)) or before
    if not before or before.group(1).lower() not in ORDINAL_CUES or following in SENTENCE_STARTERS:
        return False
    return not _ENGLISH_AM.search(text, max(0, before.start(1) - _TOKEN_WINDOW), before.end(1))


# A German adjective's ending, after an article ("der kommenden", "dem letzten"), lower case.
_ADJECTIVE_ENDING = lazy_compile(r"^[a-zäöüß]{2,}(?:en|em)$")


# English "I am 25." (an age that ends the sentence), not German "am 25." (on the 25th).
_ENGLISH_AM = lazy_compile(r"\bI\s+am$")


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Spans of balanced quotations short enough to keep in one sentence."""
    ranges: list[tuple[int, int]] = []
    straight_ok = text.count('"') % 2 == 0
    resume = 0
    for m in _OPENERS.finditer(text):
        i = m.start()
        if i < resume:
            continue  # inside a quotation already found
        ch = text[i]
        close = _OPEN_CLOSE.get(ch) or ('"' if ch == '"' and straight_ok else None)
        if close:
            j = text.find(close, i + 1, i + MAX_QUOTE_SPAN + 1)
            if j != -1:
                ranges.append((i, j))
                resume = j + 1
    return ranges
