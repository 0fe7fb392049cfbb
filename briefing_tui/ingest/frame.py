"""The frame a stored page arrives in: its stored date line, a headline glued to what follows it,
and an end cut off by the store.

Pages kept by crawlers and read-later tools often open with a line such as `` date 2025-04-03 ``
followed, on the same line, by the headline, a standfirst or the first words of the article; and
they are often cut off after a fixed number of characters, in the middle of a sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing_tui.ingest.clean_patterns import BULLET, TEASER_END
from briefing_tui.ingest.language import function_word_language
from briefing_tui.ingest.lines import Line
from briefing_tui.ingest.segment import split_sentences
from briefing_tui.ingest.textstats import FUNCTION_WORDS, ends_sentence, words
from briefing_tui.language_table import NOUN_CAPITALISING_LANGUAGES
from briefing_tui.lazy_pattern import lazy_compile

# " date 2025-04-03 Headline ...": the store's date (day optional), then anything.
STORED_DATE = lazy_compile(r"^date\s+(?P<date>(?:19|20)\d{2}-[01]\d(?:-[0-3]\d)?)(?![\d-])[ \t]*")
# A place where a headline (no closing punctuation) runs straight into the first sentence of a
# standfirst or article on the same line: "... and other new products Apple typically unveils ...".
# The word before is a lower-case content word, the word after is capitalised and followed by a
# lower-case word (a sentence going on), never inside quotes or parentheses.
GLUE = lazy_compile(r"(?<=[a-zà-ÿ0-9%])\s+(?=[A-ZÀ-Þ][\w’'-]*\s+[a-zà-ÿ])")
# A word ending in a possessive "'s" ("year's", "country’s"): never a headline's last word, its noun follows.
_POSSESSIVE_END = lazy_compile(r"[’']s\Z")
# Headlines leave out articles: a run with one in it is a sentence, not a headline.
ARTICLES = frozenset({"the", "a", "an"})
# A wire dateline opens article text, never a headline: "SINGAPORE, May 2 —", "CUPERTINO (dpa-AFX) -".
_DATELINE = lazy_compile(r"^[A-Z][A-Z .'’-]{2,40}(?:,[^—–()]{1,30})?\s*(?:\([^()]{1,30}\))?\s*[—–-]")
MIN_HEADLINE_WORDS = 4
MAX_HEADLINE_WORDS = 30
MIN_LEAD_SENTENCE_WORDS = 8
"""Words an article's first sentence mostly has at least: a split leaving a shorter one ("Libyan coastal cities over
the weekend.") after a phrase left open ("... caused major destruction in multiple") cut a sentence in two."""
# The end of the first sentence after a split point (not the point of an initial such as "U.S.").
_FIRST_SENTENCE_END = lazy_compile(r"(?<!\b[A-Z])[.!?][\"”’»)]*(?:\s|$)")
# Characters after which a page may legitimately end: sentence punctuation, closing quotes and
# brackets (whatever the language), or a list/table cell ending in a number or a word on its own line.
# A closing quote or bracket counts only after punctuation ("... he said.”"): "It’" is a word cut off.
_CLOSED_END = lazy_compile(r"(?:[.!?。！？…:;]|[.!?,…。！？][\"”’»)\]」』]+)\s*$")


_TAIL = 400


@dataclass(slots=True, frozen=True)
class StoredDate:
    """The date a stored date line gives, and where it is in the raw text."""

    iso: str
    start: int
    end: int
    line_end: int  # end of the whole "date ..." prefix, trailing blanks included


def split_stored_date(lines: list[Line]) -> tuple[list[Line], StoredDate | None]:
    """Take the stored date off the first line; the rest of that line stays a line of its own.

    When that rest is a headline glued to a following sentence, it becomes two lines.
    """
    first = next((ln for ln in lines[:2] if ln.text), None)
    if first is None:
        return lines, None
    m = STORED_DATE.match(first.text)
    if not m:
        return lines, None
    found = StoredDate(m.group("date"), first.start + m.start("date"), first.start + m.end("date"), first.start + m.end())
    rest = first.text[m.end():]
    pos = lines.index(first)
    new: list[Line] = []
    if rest:
        start = first.start + m.end()
        cut = glued_headline_end(rest)
        if cut is None:
            new.append(Line(0, start, first.end, rest))
        else:
            head = rest[:cut].rstrip()
            tail_at = cut + (len(rest[cut:]) - len(rest[cut:].lstrip()))
            new.append(Line(0, start, start + len(head), head))
            new.append(Line(0, start + tail_at, first.end, rest[tail_at:]))
    out = [*lines[:pos], *new, *lines[pos + 1:]]
    return [Line(i, ln.start, ln.end, ln.text) for i, ln in enumerate(out)], found


def glued_headline_end(text: str) -> int | None:
    """Where a headline glued to the sentence after it ends, or None when ``text`` is not one.

    Only text that goes on into complete sentences is split, and only at the first place that reads
    as a headline's last word followed by a sentence's first words.
    """
    if not ends_sentence(text) or "." not in text[:400] and "!" not in text[:400] and "?" not in text[:400]:
        return None
    if _DATELINE.match(text) or function_word_language(text) in NOUN_CAPITALISING_LANGUAGES:
        return None  # (German capitalises its nouns: "angebliche Wahlkampfgelder" is no headline's end)
    for m in GLUE.finditer(text):
        before = text[:m.start()]
        prev = before.rsplit(None, 1)[-1] if before.strip() else ""
        n = len(words(before))
        if n > MAX_HEADLINE_WORDS or any(ch in before for ch in ".!?:;") or any(w.lower() in ARTICLES for w in words(before)):
            return None
        if (n < MIN_HEADLINE_WORDS or not prev[:1].islower() or prev.lower() in FUNCTION_WORDS
                or _POSSESSIVE_END.search(prev) or before.count('"') % 2 or before.count("(") > before.count(")")):
            continue  # (a possessive waits for its noun: "during this year's | Hajj season" goes on)
        end = _FIRST_SENTENCE_END.search(text, m.end())
        head = words(before)
        if end is not None and not text[end.end():].strip() \
                and len(words(text[m.end():end.start()])) < MIN_LEAD_SENTENCE_WORDS:
            # the line's only "sentence" after the point is too short for an article's lead ("In Mekka herrschen
            # derzeit | Temperaturen von bis zu 51,8 Grad."): one sentence, not a headline and a lead
            return None
        if end is not None and head[-2].lower() in FUNCTION_WORDS and (
                len(words(text[m.end():end.start()])) < MIN_LEAD_SENTENCE_WORDS
                or (not text[end.end():].strip() and len(words(text[m.end():end.start()])) < n)):
            # a phrase left open ("in multiple", "do tufão") and a short "sentence" after, or the line's only
            # sentence, shorter than the "headline" before it: one sentence cut in two
            return None
        return m.start()
    return None


def ends_cut_off(raw: str) -> bool:
    """Does the text stop in the middle of a sentence, with no final line break (cut off by the store)?"""
    if not raw or raw[-1] in "\r\n":
        return False
    tail = raw[-_TAIL:].rstrip()  # only the end is read: constant time on any text
    return bool(tail) and not _CLOSED_END.search(tail)


REPEAT_WINDOW = 6
"""Non-blank lines at the top of a page searched for a headline repeated at the start of a later line."""
MIN_REPEATED_HEADLINE_WORDS = 4
MAX_REPEATED_HEADLINE_CHARS = 300
_WORD_AT = lazy_compile(r"[^\W\d_][\w'’-]*|\d+")


def split_repeated_headline(lines: list[Line]) -> list[Line]:
    """A headline printed alone, then again at the start of the article's first line ("Floods hit X At least
    five people ..."): the repeat becomes a line of its own, so the article starts where it really does.

    A list item is no headline (nor a teaser cut off with "..."): a "Key points" box above the article repeats the lead's opening words
    ("• At least 47 people have died"), and the lead goes on unsplit."""
    top = [ln for ln in lines if ln.text][:REPEAT_WINDOW]
    for k, head in enumerate(top):
        if (len(head.text) > MAX_REPEATED_HEADLINE_CHARS or ends_sentence(head.text) or BULLET.match(head.text)
                or TEASER_END.search(head.text)):
            continue  # (a teaser cut off with "..." opens the lead it sums up, but it is no headline of it)
        want = [w.casefold() for w in _WORD_AT.findall(head.text)]
        if len(want) < MIN_REPEATED_HEADLINE_WORDS:
            continue
        for later in top[k + 1:]:
            cut = _after_words(later.text, want)
            if cut is None:
                continue
            rest = later.text[cut:]
            skip = len(rest) - len(rest.lstrip(" :—–-|"))
            if len(words(rest[skip:])) < MIN_REPEATED_HEADLINE_WORDS:
                continue
            pos = lines.index(later)
            first = Line(0, later.start, later.start + len(later.text[:cut].rstrip()), later.text[:cut].rstrip())
            second = Line(0, later.start + cut + skip, later.end, rest[skip:])
            out = [*lines[:pos], first, second, *lines[pos + 1:]]
            return [Line(i, ln.start, ln.end, ln.text) for i, ln in enumerate(out)]
    return lines


def _after_words(text: str, want: list[str]) -> int | None:
    """Where ``text`` goes on after opening with exactly the words ``want`` (punctuation aside), or None."""
    found = _WORD_AT.finditer(text[:len(" ".join(want)) * 2 + 20])
    end = 0
    for w in want:
        m = next(found, None)
        if m is None or m.group(0).casefold() != w:
            return None
        end = m.end()
    return end


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# A photo caption run into the paragraph before it (pages copied from a CMS that prints them inline), one shape
# a line:
GLUED_CAPTION = lazy_compile(
    # the agency style "Mumbai, India - Aug. 18, 2025: School children make their way ..." up to the line's end
    rf"(?<=[.!?”\"’] )(?P<agency>[A-Z][\w.'’ -]{{1,30}}, [A-Z][\w.'’ -]{{1,30}} [-–—] {_MONTH} \d{{1,2}}, \d{{4}}\s*:.*)$"
    # "Kullu: Search operation underway ... Himachal Pradesh, Thursday, June 26, 2025." between two sentences
    rf"|(?<=[.!?”\"’] )(?P<dated>[A-Z][\w’'-]+: [^.:]{{20,300}}?, {_WEEKDAY}, {_MONTH} \d{{1,2}}, \d{{4}}\.)(?= [A-Z\"“]|$)"
)
MAX_GLUED_LINE = 5000
"""Longer lines are not searched for a glued caption (bounds the work on hostile input)."""


def split_glued_captions(lines: list[Line]) -> list[Line]:
    """A caption run into a paragraph becomes a line of its own (the text around it stays article text)."""
    out: list[Line] = []
    changed = False
    for ln in lines:
        m = GLUED_CAPTION.search(ln.text) if len(ln.text) <= MAX_GLUED_LINE and ": " in ln.text else None
        if m is None:
            out.append(ln)
            continue
        changed = True
        a, b = m.span()
        before, after = ln.text[:a].rstrip(), ln.text[b:].lstrip()
        out.append(Line(0, ln.start, ln.start + len(before), before))
        out.append(Line(0, ln.start + a, ln.start + b, ln.text[a:b]))
        if after:
            out.append(Line(0, ln.end - len(after), ln.end, after))
    if not changed:
        return lines
    return [Line(i, ln.start, ln.end, ln.text) for i, ln in enumerate(out)]


# A wire dateline with its dash standing apart ("KABUL, Afghanistan — A ..."; "XXL-Schulden" is a word).
_SPACED_DATELINE = lazy_compile(_DATELINE.pattern + r"\s")
MIN_BROKEN_WORDS = 3
"""Words the first half of a broken sentence has at least (shorter lines are labels and menu items)."""
MAX_BROKEN_CHARS = 2000
"""Longer lines are not joined (a paragraph break inside a sentence breaks a short line off its paragraph)."""


def join_broken_sentences(lines: list[Line], raw: str) -> list[Line]:
    """A sentence broken over a paragraph break ("KABUL, Afghanistan — A catastrophic earthquake in eastern" /
    "Afghanistan has killed ...") becomes one line again, so that its first half is not taken for a headline.

    The first half stops without closing punctuation and opens with a wire dateline (which opens article text,
    never a headline) and the second does not open with another, or it stops on a letter with the second half
    going on in lower case ("... the ministers" / "agreed on Friday ..."); the second half is prose that ends
    its sentence.
    """
    nonblank = [k for k, ln in enumerate(lines) if ln.text]
    joins: dict[int, int] = {}
    last = -1  # the second half of the last join (not joined again)
    for a, b in zip(nonblank, nonblank[1:]):
        first, second = lines[a].text, lines[b].text
        if b != a + 2 or a == last or len(first) > MAX_BROKEN_CHARS or len(second) > MAX_BROKEN_CHARS:
            continue  # (one blank line between them)
        going_on = first[-1:].isalpha() and first[-1:].islower() and second[:1].islower()
        if not (going_on or _SPACED_DATELINE.match(first) and not _DATELINE.match(second)):
            continue
        if not ends_sentence(first) and not first.endswith((":", ";")) and len(words(first)) >= MIN_BROKEN_WORDS \
                and ends_sentence(second):
            joins[a] = last = b
    if not joins:
        return lines
    out: list[Line] = []
    skip = -1
    for k, ln in enumerate(lines):
        if k <= skip:
            continue
        if k in joins:
            end = lines[joins[k]].end
            out.append(Line(0, ln.start, end, raw[ln.start:end]))
            skip = joins[k]
        else:
            out.append(ln)
    return [Line(i, ln.start, ln.end, ln.text) for i, ln in enumerate(out)]


# A photo credit closing a line: "(Anindito Mukherjee/Bloomberg)", "(Photo by Jane Roe/Outlet)".
TRAILING_CREDIT = lazy_compile(r"\s?\((?:[^()/]{2,60}/\s?[^()]{2,60})\)$")
# A caption dates its picture: its sentence ends with the year ("... on Wednesday, Oct. 16, 2024.").
DATED_CAPTION_END = lazy_compile(r"\b(?:19|20)\d{2}\.$")
MIN_LEAD_WORDS = 20
"""Words of prose that must stand before a credited caption for the line to be a paragraph with a caption
glued to its end (a caption of two sentences is shorter)."""


def split_credited_captions(lines: list[Line]) -> list[Line]:
    """A paragraph with a photo caption and its credit run into its end ("... surpassing LIC's IPO. Signage at a
    dealership in New Delhi, India, on Wednesday, Oct. 16, 2024.(Anindito Mukherjee/Bloomberg)"): the caption,
    its last sentence, dated as captions are, becomes a line of its own, so the paragraph is not taken for one."""
    cuts = {k: cut for k, ln in enumerate(lines) if ln.text.endswith(")") and len(ln.text) <= MAX_GLUED_LINE
            and (cut := _credited_caption_start(ln.text)) is not None}
    if not cuts:
        return lines
    out: list[Line] = []
    for k, ln in enumerate(lines):
        cut = cuts.get(k)
        if cut is None:
            out.append(ln)
            continue
        lead = ln.text[:cut].rstrip()
        out.append(Line(0, ln.start, ln.start + len(lead), lead))
        out.append(Line(0, ln.start + cut, ln.end, ln.text[cut:]))
    return [Line(i, ln.start, ln.end, ln.text) for i, ln in enumerate(out)]


def _credited_caption_start(text: str) -> int | None:
    """Where the dated, credited caption glued to the end of a paragraph starts, or None."""
    credit = TRAILING_CREDIT.search(text[-CREDIT_SEARCH:])
    if credit is None:
        return None
    before = text[:len(text) - len(text[-CREDIT_SEARCH:]) + credit.start()]
    if not DATED_CAPTION_END.search(before):
        return None
    sentences = split_sentences(before, 0, len(before))
    if len(sentences) < 2 or len(words(before[:sentences[-1][0]])) < MIN_LEAD_WORDS:
        return None
    return sentences[-1][0]


CREDIT_SEARCH = 130
"""Characters at a line's end searched for its photo credit."""


# A picture's credit run into the next paragraph with no break between them: "... (Photo by Name/AFP via Getty
# Images) Name/AFP/Getty ImagesA phone could be heard buzzing underground ..." (the credit's last word glued to the
# paragraph's first, a capital after a credit's last letter).
GLUED_CREDIT_END = lazy_compile(r"(?:Getty Images|Shutterstock|/(?:AFP|AP|Reuters|EPA|Bloomberg))(?=[A-Z](?:[a-z]|\s))")
MIN_GLUED_PARAGRAPH_WORDS = 6
"""Words the text after a glued credit has at least to be split off as a paragraph of its own."""


def split_glued_credits(lines: list[Line]) -> list[Line]:
    """A caption whose credit runs straight into the next paragraph becomes a line of its own, the paragraph
    another: the caption is then dropped and the paragraph kept."""
    out: list[Line] = []
    changed = False
    for ln in lines:
        m = GLUED_CREDIT_END.search(ln.text) if len(ln.text) <= MAX_GLUED_LINE else None
        if m is None or len(words(ln.text[m.end():])) < MIN_GLUED_PARAGRAPH_WORDS:
            out.append(ln)
            continue
        changed = True
        cut = m.end()
        out.append(Line(0, ln.start, ln.start + cut, ln.text[:cut]))
        out.append(Line(0, ln.start + cut, ln.end, ln.text[cut:]))
    if not changed:
        return lines
    return [Line(i, ln.start, ln.end, ln.text) for i, ln in enumerate(out)]
