"""The briefing as one self-contained HTML page (no scripts, no external files).

Every piece of article text is HTML-escaped after being made inert; each statement links to its
source in the list of sources (``#source-N``) and has an anchor of its own (``#statement-N``); a
source's URL is a link only when it is an http(s) URL.
"""

from __future__ import annotations

from html import escape

from briefing_tui.export.briefing import (
    Briefing, Citation, CitedStatement, ClaimSection, cite_text, verbatim, where_text,
)
from briefing_tui.export.markdown import quoted_words, web_url
from briefing_tui.safety import one_line

STYLE = """
body { font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
h1 { font-size: 1.6rem; } h2 { border-bottom: 1px solid #ccc; margin-top: 2.5rem; } h3 { font-size: 1.1rem; }
.evidence { background: #fff6e0; padding: .4rem .6rem; border-left: 3px solid #d9a400; }
li.statement { margin: .5rem 0; } .cite { color: #444; font-size: .9rem; } .figures { font-size: .9rem; }
.offsets { font-family: monospace; font-size: .85rem; color: #555; }
@media (prefers-color-scheme: dark) { body { background: #161616; color: #e8e8e8; } .cite, .offsets { color: #aaa; }
  .evidence { background: #2c2616; } a { color: #8ab4f8; } }
"""


def h(text: str | None) -> str:
    """Article text made inert, on one line, and HTML-escaped (quotes too)."""
    return escape(one_line(text), quote=True)


def _cite(c: Citation) -> str:
    return f'<a class="source-link" href="#source-{c.number}">[{c.number}] {h(cite_text(c))}</a>'


class _Numbering:
    """Gives each statement its anchor number, in page order."""

    def __init__(self) -> None:
        self.count = 0

    def next(self) -> int:
        self.count += 1
        return self.count


def _statement(s: CitedStatement, n: _Numbering, quoted: bool = True) -> str:
    who = f"<strong>{h(s.speaker)}</strong>: " if s.speaker and s.section != "quote" else ""
    words = quoted_words(h(s.text), quoted)
    number = n.next()
    figures = (f'<div class="figures">Figures: {"; ".join(h(f) for f in s.figures)}</div>' if s.figures else "")
    return (f'<li class="statement" id="statement-{number}">{who}<span class="words">{words}</span>'
            f'<div class="cite">— {_cite(s.citation)}; '
            f'<span class="offsets">{where_text(h(s.citation.source), s.start, s.end)}</span></div>{figures}</li>')


def _claim(c: ClaimSection, n: _Numbering, level: int = 3) -> list[str]:
    out = [f'<section class="claim" id="claim-{h(c.id)}"><h{level}>{h(c.title)}</h{level}>']
    readings = c.readings()
    if readings:
        out.append('<div class="evidence">Evidence:<ul>' + "".join(f"<li>{h(r)}</li>" for r in readings)
                   + "</ul></div>")
    out += ["<ul>", *(_statement(s, n) for s in c.statements), "</ul></section>"]
    return out


def _source(c: Citation) -> str:
    url = web_url(c.url)
    link = f' <a href="{escape(url, quote=True)}">{h(c.url)}</a>' if url else (f" {h(c.url)}" if c.url else "")
    by = f", by {h(c.author)}" if c.author else ""
    return (f'<li id="source-{c.number}">{h(cite_text(c))}{by}.{link} '
            f'<span class="offsets">source {h(c.source)}, file {h(c.path)}</span></li>')


def _claims(claims: list[ClaimSection], n: _Numbering, several: bool) -> list[str]:
    """The claims of one section; story by story (a heading per story, claims one level down) when several."""
    out: list[str] = []
    story: str | None = None
    for c in claims:
        if several and (c.story != story or not out):
            story = c.story
            out.append(f'<h3 class="story">Story: {h(story or "unknown")}</h3>')
        out += _claim(c, n, 4 if several else 3)
    return out


def briefing_html(b: Briefing) -> str:
    """The whole briefing as one HTML document."""
    n = _Numbering()
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
           f"<title>{h(b.title)}</title><style>{STYLE}</style></head><body>", f"<h1>{h(b.title)}</h1>",
           "<p>Each statement links to its source in the list at the end, with the character offsets of its "
           "words in that source's text.</p>",
           *(f'<p class="tolerance">Figures are weighed with this tolerance: {h(t)}.</p>' for t in b.tolerances()),
           '<h2 id="disagreements">Where the sources disagree</h2>']
    several = b.several_stories()
    out += _claims(b.disagreements, n, several)
    if not b.disagreements:
        out.append("<p>No disagreement was found.</p>")
    out.append('<h2 id="agreements">What the sources agree on</h2>')
    out += _claims(b.agreements, n, several)
    if not b.agreements:
        out.append("<p>No claim is made by two sources alike.</p>")
    if b.left_out:
        out.append(f"<p>{b.left_out} claims made by one source only are left out (<code>briefing diff</code> "
                   "lists them).</p>")
    out.append('<h2 id="speakers">Who said what</h2>')
    for sp in b.speakers:
        out += [f"<section class=\"speaker\"><h3>{h(sp.speaker)}</h3><ul>",
                *(_statement(q, n, quoted=verbatim(q.kind)) for q in sp.quotes), "</ul></section>"]
    if not b.speakers:
        out.append("<p>No one is quoted.</p>")
    out += ['<h2 id="sources">Sources</h2>', "<ol>", *(_source(c) for c in b.citations), "</ol>", "</body></html>"]
    return "\n".join(out) + "\n"
