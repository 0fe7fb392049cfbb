"""Property-based tests over the whole parsing pipeline (hypothesis).

For any text: parsing never raises (front matter aside, which may raise MetadataError by contract and
is skipped unread with ``read_front_matter=False``), every offset it reports points at exactly the text
it claims, and the result is the same every time.
"""

from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_tui.ingest import parse_text
from briefing_tui.ingest.decode import DecodeError, decode_bytes
from briefing_tui.ingest.metadata import MetadataError

# 1,000 examples per property in the suite; BRIEFING_HYPOTHESIS_EXAMPLES=20000 for a deeper run by hand.
EXAMPLES = int(os.environ.get("BRIEFING_HYPOTHESIS_EXAMPLES", "1000"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of real pages: prose, chrome, bylines, dates, captions, digests, quotes, lists, Markdown, CJK.
PIECES = [
    "The leaders met in Tokyo on Saturday and signed a declaration on critical minerals, officials said.",
    "“We will not choose sides,” the minister said. “Never.”", "He said \"it is over. Done.\" and left.",
    "By Jane Doe | Updated 3:45 PM EST, Mon March 4, 2024", "John Thomas December 22, 2025 6 minutes read",
    "Skip to content", "Menu", "• News", "• Contact US", "Advertisement", "Read more: Other story", "Share on X",
    "Photo: AP", "Workers at a mine. REUTERS/Pavel Mikheyev", "(Photo by Someone/Getty Images)",
    "Related Stories", "You may have missed", "Some other headline that is cut…", "Another teaser line...",
    "Core Viewpoint - Japan seeks ties [1][2]. Group 1: Interests - Point one [3]. - Point two [4][5].",
    "Xin Lang Cai Jing·2025-12-21 07:18", "最近,日本又把手伸向了中亚……", "12月20日，峰会在东京举行。双方签署了宣言。",
    "来源：环球经济观察 作者：李明", "Home > World > Asia", "# A Markdown title", "## A subhead", "- a list item;",
    "1. First numbered item.", "---", "title: x", "© 2025 Some Outlet. All rights reserved.",
    "TOKYO, Dec 20 (Reuters) - Japan will put about 3 trillion yen", "(Reporting by A Person; Editing by B Person)",
    "The U.S. and Prof. J. Smith arrived at 3 p.m. on Dec. 5. They left.", "«Unclosed quote", "‘nested “quotes’ here”",
    "Par Marie Lefèvre", "Publié le 21 décembre 2025 à 14h30", "Jane Doe is a correspondent. She is based in Tokyo.",
    "\u00a0", "\u200b", "\x1b[31m", "\u202e", "\t", "   ", "", "[1]", "\"", "“", "”", "…",
]
SEPARATORS = ["\n", "\n\n", "\r\n", "\r", " ", "\n \n"]

article_like = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=40).map(
    lambda parts: "".join(p + s for p, s in parts))
any_text = st.text(max_size=2000)
mixed = st.one_of(article_like, any_text, st.builds(lambda a, b: a + b, article_like, any_text))

_CITATION = re.compile(r"^\[\d{1,3}\](?:\s*\[\d{1,3}\])*$")


def _parse(raw: str):
    try:
        return parse_text(raw, "doc", "doc.txt")
    except MetadataError:
        return parse_text(raw, "doc", "doc.txt", read_front_matter=False)


def _check_offsets(src) -> None:
    raw = src.raw
    for p in src.paragraphs:
        assert raw[p.start:p.end] == p.text and p.text.strip()
    for s in src.sentences:
        assert raw[s.start:s.end] == s.text and s.text == s.text.strip() and s.text
        assert src.paragraphs[s.paragraph].start <= s.start and s.end <= src.paragraphs[s.paragraph].end
    for c in src.citations:
        assert _CITATION.match(raw[c.start:c.end]), raw[c.start:c.end]
        assert c.numbers == tuple(int(n) for n in re.findall(r"\d+", raw[c.start:c.end]))
    for r in src.removed:
        assert 0 <= r.start < r.end <= len(raw) and r.reason
    for key, (a, b) in src.meta_spans.items():
        assert 0 <= a < b <= len(raw)
        if key != "published":  # a date is normalised to ISO 8601; the span is where it was read
            assert raw[a:b] == getattr(src, key)
    starts = [s.start for s in src.sentences]
    assert starts == sorted(starts)


@SETTINGS
@given(mixed)
def test_parse_never_raises_and_offsets_hold(raw):
    _check_offsets(_parse(raw))


@SETTINGS
@given(mixed)
def test_parse_is_deterministic(raw):
    assert _parse(raw) == _parse(raw)


@SETTINGS
@given(article_like)
def test_skipping_front_matter_never_raises(raw):
    _check_offsets(parse_text("---\n" + raw, "doc", read_front_matter=False))


@SETTINGS
@given(st.binary(max_size=4000))
def test_decoding_any_bytes_gives_text_or_a_reason(data):
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        assert str(exc)
    else:
        assert decoded.text.strip() and decoded.encoding
