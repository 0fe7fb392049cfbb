"""The briefing as Markdown that reads well as plain text and renders safely.

Article text is made inert (no control or bidi characters), folded onto one line, and the Markdown
punctuation in it is backslash-escaped, so a headline such as ``<script>`` or ``*Breaking*`` is
shown as written and never becomes markup.
"""

from __future__ import annotations

import re

from briefing_tui.export.briefing import (
    Briefing, Citation, CitedStatement, ClaimSection, cite_text, verbatim, where_text,
)
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.safety import one_line

# CommonMark punctuation that could start markup inside a line: emphasis, code, links, raw HTML,
# entities, table pipes, and the backslash itself. An underscore inside a word (source ids such as
# 003_46b5) starts no emphasis and a single tilde no strike-through: they are left as written.
_MARKDOWN_PUNCT = lazy_compile(
    r"([\\`*\[\]<>&|!]"
    r"|(?<!\w)_|_(?!\w)"
    r"|~(?=~)|(?<=~)~)")
# What would start a block (heading, list, quote, rule) at the beginning of a line.
_BLOCK_START = lazy_compile(
    r"^(?P<mark>[#+=-])"  # heading, bullet or setext marks: escaped (they are ASCII punctuation)
    r"|^(?P<num>\d{1,9})(?P<dot>[.)])(?=\s|$)"  # an ordered-list number: its dot is escaped ("1\\. ")
)
OPENING_QUOTES = ("“", "\"", "‘", "«", "„", "「", "『", "'")
_WEB_URL = lazy_compile(r"https?://\S+\Z", re.I)  # only web links are made clickable


def md_text(text: str | None, opens_block: bool = False) -> str:
    """``text`` on one line, inert, with Markdown punctuation escaped (and, where it opens a list item,
    what would start a heading, quote or list: ``opens_block``)."""
    escaped = _MARKDOWN_PUNCT.sub(r"\\\1", one_line(text))
    return _BLOCK_START.sub(_escape_block_start, escaped) if opens_block else escaped


def _escape_block_start(m: re.Match[str]) -> str:
    return "\\" + m.group("mark") if m.group("mark") else m.group("num") + "\\" + m.group("dot")


def md_code(text: str | None) -> str:
    """``text`` as inline code (backticks, which cannot be escaped inside code, are dropped)."""
    return "`" + one_line(text).replace("`", "") + "`"


def web_url(url: str | None) -> str | None:
    """An http(s) URL made safe for a Markdown link destination, or None."""
    url = one_line(url)
    if not _WEB_URL.match(url):
        return None
    return url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")


def md_citation(c: Citation) -> str:
    """``[3] Outlet, date, “Title”`` linked to the URL when it is known."""
    label = md_text(cite_text(c))
    url = web_url(c.url)
    if url:
        label = f"[{label}](<{url}>)"
    return f"\\[{c.number}\\] {label}"


def quoted_words(text: str, quoted: bool) -> str:
    """Verbatim words in quotation marks, unless they are reported speech or already open with a quotation mark."""
    return f"“{text}”" if quoted and not text.startswith(OPENING_QUOTES) else text


def _statement(s: CitedStatement, quoted: bool = True) -> list[str]:
    who = f"{md_text(s.speaker)}: " if s.speaker and s.section != "quote" else ""
    words = quoted_words(md_text(s.text, opens_block=not who), quoted)
    lines = [f"- {who}{words}",
             f"  — {md_citation(s.citation)}; {where_text(md_code(s.citation.source), s.start, s.end)}"]
    if s.figures:
        lines.append("  — figures: " + "; ".join(md_text(f) for f in s.figures))
    return lines


def _claim(c: ClaimSection, level: int = 3) -> list[str]:
    lines = [f"{'#' * level} {md_text(c.title)}", ""]
    readings = c.readings()
    if readings:
        lines += ["Evidence:", "", *(f"- {md_text(r)}" for r in readings), "", "Statements:", ""]
    for s in c.statements:
        lines += _statement(s)
    return [*lines, ""]


def _claims(claims: list[ClaimSection], several: bool) -> list[str]:
    """The claims of one section; story by story (a heading per story, claims one level down) when several."""
    out: list[str] = []
    story: str | None = None
    for c in claims:
        if several and (c.story != story or not out):
            story = c.story
            out += [f"### Story: {md_text(story or 'unknown')}", ""]
        out += _claim(c, 4 if several else 3)
    return out


def briefing_markdown(b: Briefing) -> str:
    """The whole briefing as Markdown."""
    out = [f"# {md_text(b.title)}", ""]
    out += ["Every statement is cited as \\[n\\] Outlet, date, “Title”, with its source id and the character "
            "offsets of its words in that source's text; the numbers refer to the list of sources at the end.", ""]
    out += [f"Figures are weighed with this tolerance: {md_text(t)}." for t in b.tolerances()]
    out += [""] if b.tolerances() else []
    out += ["## Where the sources disagree", ""]
    several = b.several_stories()
    out += _claims(b.disagreements, several)
    if not b.disagreements:
        out += ["No disagreement was found.", ""]
    out += ["## What the sources agree on", ""]
    out += _claims(b.agreements, several)
    if not b.agreements:
        out += ["No claim is made by two sources alike.", ""]
    if b.left_out:
        out += [f"{b.left_out} claims made by one source only are left out (`briefing diff` lists them).", ""]
    out += ["## Who said what", ""]
    for sp in b.speakers:
        out += [f"### {md_text(sp.speaker)}", ""]
        for q in sp.quotes:
            out += _statement(q, quoted=verbatim(q.kind))
        out.append("")
    if not b.speakers:
        out += ["No one is quoted.", ""]
    out += ["## Sources", ""]
    for c in b.citations:
        line = f"{c.number}. {md_text(cite_text(c))}"
        if c.author:
            line += f", by {md_text(c.author)}"
        if c.url:
            line += f". <{web_url(c.url)}>" if web_url(c.url) else f". {md_text(c.url)}"
        out.append(line + f". Source {md_code(c.source)}, file {md_code(c.path)}")
    return "\n".join(out).rstrip() + "\n"
