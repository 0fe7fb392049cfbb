"""Parse one decoded article into a :class:`~briefing_tui.model.Source`."""

from __future__ import annotations

import re

from briefing_tui.ingest.body_span import (
    best_segment,
    extend_over_inline_chrome,
    extend_over_last_section,
    extend_start_over_inline_chrome,
    line_score,
    stop_at_rights_notice,
)
from briefing_tui.ingest.clean import BULLET, TEASER_END, classify_lines
from briefing_tui.ingest.dates import find_date, normalise_date
from briefing_tui.ingest.closing import extend_over_closing_list, keep_inner_list_items
from briefing_tui.ingest.edges import keep_cut_off_end, trim_closing_credit, trim_header, trim_trailing_promos
from briefing_tui.ingest.frame import (
    join_broken_sentences,
    split_credited_captions,
    split_glued_captions,
    split_glued_credits,
    split_repeated_headline,
    split_stored_date,
)
from briefing_tui.ingest.digest import looks_like_digest, parse_digest
from briefing_tui.ingest.header import SOURCE_LINE, HeaderInfo, detect_header
from briefing_tui.ingest.result_lines import result_row_line
from briefing_tui.ingest.headline import first_line_headline, keep_headline, keep_second_headline, states_figure
from briefing_tui.ingest.language import detect_language
from briefing_tui.ingest.lines import Line, split_lines
from briefing_tui.ingest.metadata import FIELDS, front_matter_end, split_front_matter
from briefing_tui.ingest.segment import split_sentences
from briefing_tui.ingest.standfirst import key_point_lines, standfirst_lines
from briefing_tui.ingest.same_text import text_digest
from briefing_tui.ingest.textstats import ends_sentence, words
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Paragraph, Removed, Sentence, Source
from briefing_tui.sha import sha1

PARSER_VERSION = "48"
"""Bump whenever parsing output changes: cached parses of older versions are then ignored."""

_MD_HEADING = lazy_compile(r"^(#{1,6})\s+")
# A row of a table written with bars, holding a figure: "| Mauro Cid | Ex-ajudante de ordens | 20 anos |" (three or
# more cells; a header row without a digit stays a heading, a "|---|" rule is no row).
_TABLE_ROW = lazy_compile(r"^\|(?:[^|\n]*\|){2,}\s*$")
_DIGIT = lazy_compile(r"\d")


def parse_text(raw: str, source_id: str, path: str = "", meta: dict[str, str] | None = None,
               read_front_matter: bool = True) -> Source:
    """Clean, segment and describe one article.

    ``meta`` (from a sidecar) overrides what is detected; YAML front matter in ``raw`` is read too
    (a malformed block raises :class:`~briefing_tui.ingest.metadata.MetadataError`; with
    ``read_front_matter=False`` the block is skipped unread).
    """
    front, offset = split_front_matter(raw) if read_front_matter else ({}, front_matter_end(raw))
    user = {**front, **(meta or {})}
    lines, stored = split_stored_date(split_lines(raw, offset))
    lines = split_glued_credits(split_glued_captions(_units(split_repeated_headline(lines), raw)))
    lines = split_credited_captions(join_broken_sentences(lines, raw))
    src = Source(id=source_id, path=path, raw=raw, content_hash=sha1(raw.encode("utf-8", "surrogatepass")).hexdigest())
    digest_line = next((ln for ln in lines if looks_like_digest(ln)), None)
    if digest_line is not None:
        info = _parse_digest(src, lines, digest_line)
    else:
        info = _parse_article(src, lines, stored.iso if stored is not None else None)
        span = info.spans.get("title") if info.title else None if "title" in user else first_line_headline(src)
        if info.title is None and span is not None:
            info.set("title", src.raw[span[0]:span[1]].strip(), span)
        keep_headline(src, span)
        keep_second_headline(src)
    if stored is not None:
        src.removed.append(Removed(stored.start - len("date "), stored.end, "stored date line"))
        info.set("published", stored.iso, (stored.start, stored.end))
    _segment(src)
    _apply_metadata(src, info, user)
    src.text_hash = text_digest(src.body)
    return src


def _units(lines: list[Line], raw: str) -> list[Line]:
    """Join hard-wrapped lines back into paragraphs when the whole file is hard-wrapped."""
    width = _wrap_width(lines)
    if width is None:
        return lines
    out: list[Line] = []
    run_start: Line | None = None  # first physical line of the paragraph being joined
    prev: Line | None = None  # last physical line seen
    for ln in lines:
        if run_start is not None and prev is not None and ln.text and _wrapped_before(prev.text, ln.text, width):
            prev = ln
            continue
        if run_start is not None and prev is not None:
            out.append(Line(len(out), run_start.start, prev.end, raw[run_start.start:prev.end]))
        run_start, prev = (ln, ln) if ln.text else (None, None)
        if not ln.text:
            out.append(Line(len(out), ln.start, ln.end, ln.text))
    if run_start is not None and prev is not None:
        out.append(Line(len(out), run_start.start, prev.end, raw[run_start.start:prev.end]))
    return out


def _wrap_width(lines: list[Line]) -> int | None:
    """The column a hard-wrapped file was wrapped at, or None when the file is not hard-wrapped.

    A wrapped file has (almost) no long lines, and several blocks of consecutive lines of
    similar length; the width is the longest line inside such blocks.
    """
    long_lines = [len(ln.text) for ln in lines if len(ln.text) >= 30]
    if len(long_lines) < 4 or sum(1 for n in long_lines if n > 100) > len(long_lines) // 20:
        return None
    in_blocks = [len(a.text) for a, b in zip(lines, lines[1:]) if len(a.text) >= 30 and b.text]
    if len(in_blocks) < 3:
        return None
    return max(in_blocks)


MAX_DATE_LINE_CHARS = 40


def _wrapped_before(prev: str, nxt: str, width: int) -> bool:
    """Was the line break between ``prev`` and ``nxt`` made by a wrapper rather than by the author?"""
    if BULLET.match(nxt) or _MD_HEADING.match(nxt) or _MD_HEADING.match(prev) or TEASER_END.search(prev):
        return False
    if len(nxt) <= MAX_DATE_LINE_CHARS and find_date(nxt):
        return False  # a date line under a headline ("[July 30, 2025]") is a line of its own
    if len(prev) < 0.6 * width:
        return False
    if not ends_sentence(prev):
        return True  # a long line that stops mid-sentence goes on in the next one
    first = nxt.split(None, 1)[0]
    return len(prev) + 1 + len(first) > width - 2  # the next word would not have fitted


def _parse_article(src: Source, lines: list[Line], date_hint: str | None = None) -> HeaderInfo:
    classes = classify_lines(lines)
    scores = [line_score(ln, c) for ln, c in zip(lines, classes)]
    seg = best_segment(scores)
    if seg is None:
        # No prose at all: keep every line that is not chrome, so short notes still load.
        keep = [i for i, c in enumerate(classes) if c.kind in ("good", "short")]
        seg = (keep[0], keep[-1]) if keep else (0, -1)
    lo, hi = seg
    if hi >= lo:
        hi = extend_over_closing_list(lines, classes, extend_over_inline_chrome(lines, classes, hi))
        hi = extend_over_last_section(lines, classes, hi)
        hi, src.truncated = keep_cut_off_end(src.raw, lines, classes, hi)
        hi = stop_at_rights_notice(lines, classes, lo, hi)
        lo = extend_start_over_inline_chrome(lines, classes, lo)
        lo = trim_header(lines, classes, lo, hi, date_hint)
        keep_inner_list_items(lines, classes, lo, hi)
    listed = _list_items(lines)
    points = key_point_lines(lines, classes, lo) if hi >= lo else []
    kept = {*standfirst_lines(lines, classes, points[0] if points else lo), *points} if hi >= lo else set()
    for i, (ln, cls) in enumerate(zip(lines, classes)):
        if not ln.text:
            continue
        if i in kept:
            src.paragraphs.append(_standfirst(src.raw, ln))
        elif i < lo or i > hi:
            where = "before the article (header)" if i < lo else "after the article"
            src.removed.append(Removed(ln.start, ln.end, cls.reason or where))
        elif cls.kind == "bad":
            src.removed.append(Removed(ln.start, ln.end, cls.reason))
        else:
            src.paragraphs.append(_paragraph(src.raw, ln, cls.kind, i in listed))
    trim_closing_credit(src)
    trim_trailing_promos(src)
    if src.truncated and src.paragraphs and src.paragraphs[-1].kind == "heading":
        src.paragraphs[-1].kind = "text"  # a sentence cut off by the page's end, not a subheading
    info = detect_header(lines, classes, lo, hi, date_hint) if hi >= lo else HeaderInfo()
    _drop_author_bio(src, info.author)
    _assign_sections(src.paragraphs)
    return info


def _list_items(lines: list[Line]) -> set[int]:
    """Indices of lines that are items of a list: bulleted or numbered, next to another such line."""
    marked = [i for i, ln in enumerate(lines) if ln.text and BULLET.match(ln.text)]
    nonblank = [i for i, ln in enumerate(lines) if ln.text]
    rank = {i: r for r, i in enumerate(nonblank)}
    return {a for a, b in zip(marked, marked[1:]) if rank[b] - rank[a] == 1} | \
        {b for a, b in zip(marked, marked[1:]) if rank[b] - rank[a] == 1}


_BIO_START = lazy_compile(r"^(?:The (?:author|writer)s? (?:is|are|was|writes)\b|L[’']auteur est\b|Der Autor ist\b)", re.I)
_BIO_VERB = lazy_compile(r"^\s+(?:is|was|writes|covers|reports|has been)\b")


BIO_PARAGRAPHS = 2
"""An author box at the end: the author's name on its own line, then at most this many short paragraphs."""


def _drop_author_bio(src: Source, author: str | None) -> None:
    """Remove a closing author note ("Jane Doe is a correspondent ...", "The author is ...", or the
    author's name alone on a line followed by a short note)."""
    if author:
        tail = src.paragraphs[-(BIO_PARAGRAPHS + 1):]
        for k, p in enumerate(tail):
            rest = tail[k + 1:]
            if p.display == author and len(rest) <= BIO_PARAGRAPHS and sum(len(words(r.display)) for r in rest) <= 60:
                for q in tail[k:]:
                    src.removed.append(Removed(q.start, q.end, "author note"))
                del src.paragraphs[len(src.paragraphs) - len(tail) + k:]
                break
    while src.paragraphs:
        last = src.paragraphs[-1]
        text = last.display
        by_name = bool(author) and text.startswith(author) and bool(_BIO_VERB.match(text[len(author):]))
        if not (_BIO_START.match(text) or by_name) or len(words(text)) > 60:
            return
        src.paragraphs.pop()
        src.removed.append(Removed(last.start, last.end, "author note"))


def _paragraph(raw: str, ln: Line, kind: str, listed: bool = False) -> Paragraph:
    start = ln.start
    heading = _MD_HEADING.match(ln.text)
    m = heading or (BULLET.match(ln.text) if listed or kind != "good" or ln.text[:1] in "•·*-" else None)
    pkind = "text"
    if m:
        start += m.end()
        pkind = "heading" if heading else "bullet"
    text = raw[start:ln.end]
    if pkind == "text" and kind == "short" and not ends_sentence(text) and len(words(text)) <= 15 \
            and not (_TABLE_ROW.match(text) and _DIGIT.search(text)) and not states_figure(text) \
            and not result_row_line(text):
        pkind = "heading"  # (a table row with a figure is a statement: its cells are read as a sentence)
    return Paragraph(start, ln.end, text, pkind)


def _standfirst(raw: str, ln: Line) -> Paragraph:
    """A standfirst line as a paragraph of its own kind (a bullet's mark left out)."""
    m = BULLET.match(ln.text)
    start = ln.start + (m.end() if m else 0)
    return Paragraph(start, ln.end, raw[start:ln.end], "standfirst")


def _assign_sections(paragraphs: list[Paragraph]) -> None:
    section = None
    for p in paragraphs:
        if p.kind == "heading":
            section = p.display
        else:
            p.section = section


def _parse_digest(src: Source, lines: list[Line], digest_line: Line) -> HeaderInfo:
    parsed = parse_digest(src.raw, digest_line)
    src.format = "digest"
    src.paragraphs = parsed.paragraphs
    src.citations = parsed.citations
    info = HeaderInfo()
    after = [ln for ln in lines if ln.text and ln.start >= digest_line.end]
    for ln in lines:
        if ln.text and ln is not digest_line and ln.start < digest_line.start:
            src.removed.append(Removed(ln.start, ln.end, "before the digest"))
    for ln in after:
        if len(ln.text) > 200 or SOURCE_LINE.match(ln.text):
            continue
        if info.title is None:
            info.set("title", ln.text, (ln.start, ln.end))
    info_src = detect_header([ln for ln in lines if ln.start >= digest_line.end], [], 0, -1) if after else HeaderInfo()
    for key in ("outlet", "published"):
        if getattr(info_src, key):
            info.set(key, getattr(info_src, key), info_src.spans[key])
    return info


def _segment(src: Source) -> None:
    cite_by_end = {c.start: c for c in src.citations}
    for pi, p in enumerate(src.paragraphs):
        if p.kind == "heading":
            continue
        for a, b in split_sentences(src.raw, p.start, p.end):
            src.sentences.append(Sentence(len(src.sentences), a, b, src.raw[a:b], pi))
        if src.sentences and src.sentences[-1].paragraph == pi:
            # A digest point's citation markers follow its last sentence.
            after = p.end
            while after < len(src.raw) and src.raw[after] == " ":
                after += 1
            cite = cite_by_end.get(after)
            if cite is not None:
                cite.sentence = src.sentences[-1].index
                src.sentences[-1].citations = cite.numbers


def _apply_metadata(src: Source, info: HeaderInfo, user: dict[str, str]) -> None:
    for key in ("title", "outlet", "author", "published"):
        value = getattr(info, key)
        if value:
            setattr(src, key, value)
            src.meta_spans[key] = info.spans[key]
            src.meta_origin[key] = "text"
    body_lang = detect_language(" ".join(s.text for s in src.sentences[:40]))
    title_lang = detect_language(src.title) if src.title else None
    src.language = body_lang
    src.languages = tuple(dict.fromkeys(x for x in (body_lang, title_lang) if x))
    for key in FIELDS:
        if key not in user:
            continue
        value = user[key]
        if key == "published":
            value = normalise_date(value)
            if value is None:
                continue
        setattr(src, key, value)
        src.meta_spans.pop(key, None)
        src.meta_origin[key] = "metadata"
    if "language" in user:
        src.languages = tuple(dict.fromkeys((user["language"], *src.languages)))
