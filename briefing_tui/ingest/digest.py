"""Machine-made digests: "Label - summary [1][2]. Group 1: Heading - point [3]. - point [4]. ..."

Aggregators publish these summaries of an article, followed by the original headline and
a source line such as ``Outlet·2025-12-21 07:18``. The groups become sections, each point
a paragraph, and the citation markers are kept as data rather than left in the sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing_tui.ingest.lines import Line
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Citation, Paragraph

CITATION_MARK = lazy_compile(r"\[\d{1,3}\]")
CITATIONS = lazy_compile(r"(?:\s{0,8}\[\d{1,3}\])+")
GROUP = lazy_compile(r"(?:(?<=\s)|^)(?:Group|Section|Part|Theme|Topic|Point)\s*\d{1,2}\s*[:：]\s*")
LEAD_LABEL = lazy_compile(r"^([A-Z][\w’' ]{2,40}?)\s+[-–—:]\s+")
POINT_SEP = lazy_compile(r"(?<=[.\]。])\s+[-–—•]\s+")
HEADING_END = lazy_compile(r"(?<!\s)\s+[-–—]\s+")  # from the start of a white-space run only: linear


@dataclass(slots=True)
class DigestParse:
    """The sections, points and citation markers of one digest line."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)


def looks_like_digest(line: Line) -> bool:
    """A long line dense with citation markers, organised in numbered groups or dash points."""
    text = line.text
    if len(text) < 300:
        return False
    markers = len(CITATION_MARK.findall(text))
    if markers < 3:
        return False
    return bool(GROUP.search(text)) or len(POINT_SEP.findall(text)) >= 2


def parse_digest(raw: str, line: Line) -> DigestParse:
    """Split one digest line into heading and point paragraphs, with citations as data."""
    out = DigestParse()
    text = line.text
    base = line.start
    # Split on group headers, remembering each group's heading text.
    cuts = [(m.start(), m.end()) for m in GROUP.finditer(text)]
    blocks: list[tuple[int, int]] = []  # (content start, content end) relative to text
    prev = 0
    for a, b in cuts:
        blocks.append((prev, a))
        prev = a  # keep the "Group N:" header inside the block that follows
    blocks.append((prev, len(text)))
    for bstart, bend in blocks:
        chunk = text[bstart:bend]
        if not chunk.strip():
            continue
        section = None
        body_from = bstart
        gm = GROUP.match(chunk)
        label = None
        if gm:
            hm = HEADING_END.search(chunk, gm.end())
            if hm:
                head_a, head_b = bstart + gm.end(), bstart + hm.start()
                section = text[head_a:head_b].strip()
                out.paragraphs.append(Paragraph(base + head_a, base + head_b, raw[base + head_a:base + head_b], "heading", section))
                body_from = bstart + hm.end()
        else:
            lm = LEAD_LABEL.match(chunk)
            if lm:
                label = lm.group(1).strip()
                section = label
                body_from = bstart + lm.end()
        _add_points(raw, base, text, body_from, bend, section, out)
    return out


def _add_points(raw: str, base: int, text: str, a: int, b: int, section: str | None, out: DigestParse) -> None:
    pos = a
    seps = [m for m in POINT_SEP.finditer(text, a, b)]
    bounds = []
    for m in seps:
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, b))
    first = True
    for pa, pb in bounds:
        seg = text[pa:pb]
        if not seg.strip():
            continue
        # Drop a leading "- " that opens the first point of a group.
        lead = re.match(r"\s*[-–—•]?\s*", seg)
        pa += lead.end() if lead else 0
        seg = text[pa:pb]
        # Citation markers (and a trailing full stop after them) close the point.
        end = pb
        cites = list(CITATIONS.finditer(seg))
        numbers: list[int] = []
        if cites:
            last = cites[-1]
            tail = seg[last.end():].strip()
            if tail in ("", ".", "。"):
                end = pa + last.start()
                numbers = [int(n) for n in re.findall(r"\d+", last.group(0))]
                out.citations.append(Citation(base + pa + last.start() + (len(last.group(0)) - len(last.group(0).lstrip())),
                                              base + pa + last.end(), tuple(numbers)))
        stripped_end = end
        while stripped_end > pa and text[stripped_end - 1].isspace():
            stripped_end -= 1
        if stripped_end <= pa:
            continue
        kind = "text" if first and section and not out.paragraphs else "bullet"
        out.paragraphs.append(Paragraph(base + pa, base + stripped_end, raw[base + pa:base + stripped_end], kind, section))
        first = False
