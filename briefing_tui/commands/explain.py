"""``briefing sources --explain ID``: every line of one source, kept or dropped, and why."""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from typing import Literal

from briefing_tui.ingest.decode import encoding_name, guessed_encoding
from briefing_tui.model import Source
from briefing_tui.safety import one_line, safe_json

META_KEYS = ("title", "outlet", "author", "published")
REASON_WIDTH = 44  # the widest the "kept: ..." / "dropped: ..." column gets (a longer reason is cut)
TEXT_MIN_WIDTH = 20  # a line's text keeps at least this many columns, however narrow the output
META_INDENT = 12  # a metadata value's wrapped lines start under the value ("  published ")


LineStatus = Literal["kept", "dropped", "partly kept", "blank"]
"""What ingestion did with one line of the raw text."""


@dataclass(slots=True, frozen=True)
class LineVerdict:
    """One line of the raw text: what ingestion did with it."""

    number: int
    start: int
    end: int
    status: LineStatus
    reason: str
    text: str


def explain_lines(source: Source) -> list[LineVerdict]:
    """Each physical line of ``source.raw`` with its verdict: kept (as text, heading or bullet) or dropped (reason)."""
    raw = source.raw
    spans = sorted([(p.start, p.end, "kept", p.kind) for p in source.paragraphs]
                   + [(r.start, r.end, "dropped", r.reason) for r in source.removed])
    out: list[LineVerdict] = []
    pos, number, k = 0, 0, 0
    while True:
        nl = raw.find("\n", pos)
        end = len(raw) if nl < 0 else nl
        number += 1
        while k < len(spans) and spans[k][1] <= pos:
            k += 1  # blocks do not overlap: those ending before this line are done with
        hits = []
        j = k
        while j < len(spans) and spans[j][0] < end:
            hits.append(spans[j])
            j += 1
        out.append(_verdict(number, pos, end, raw[pos:end].rstrip("\r"), hits))
        if nl < 0:
            return out
        pos = nl + 1


def _verdict(number: int, start: int, end: int, text: str, hits: list[tuple[int, int, str, str]]) -> LineVerdict:
    if not text.strip():
        return LineVerdict(number, start, end, "blank", "", text)
    statuses = {h[2] for h in hits}
    reasons = list(dict.fromkeys(h[3] for h in hits))
    if not hits:
        return LineVerdict(number, start, end, "dropped", "front matter or outside every block", text)
    if statuses == {"kept"}:
        return LineVerdict(number, start, end, "kept", ", ".join(reasons), text)
    if statuses == {"dropped"}:
        return LineVerdict(number, start, end, "dropped", ", ".join(reasons), text)
    return LineVerdict(number, start, end, "partly kept", ", ".join(reasons), text)


def explain_record(source: Source) -> dict[str, object]:
    """The JSON shape of an explanation."""
    return {
        "id": source.id,
        "truncated": source.truncated,
        "encoding": encoding_name(source.encoding),
        "encoding_guessed": guessed_encoding(source.encoding),
        "metadata": {k: {"value": getattr(source, k), "origin": source.meta_origin.get(k),
                         "span": list(source.meta_spans[k]) if k in source.meta_spans else None} for k in META_KEYS},
        "lines": [{"line": v.number, "start": v.start, "end": v.end, "status": v.status, "reason": v.reason,
                   "text": v.text} for v in explain_lines(source) if v.status != "blank"],
    }


def render_explanation(source: Source, as_json: bool = False, width: int | None = None) -> str:
    """Plain text (or JSON): metadata with where each value came from, then every non-blank line.

    ``width``: the columns to lay the text out to (metadata wrapped, each line's reason and text cut to fit);
    None leaves the lines as long as they are (a line's text still cut at 100 characters)."""
    if as_json:
        return safe_json(explain_record(source))
    rows = _path_wrapped(f"source {one_line(source.id)}  (", f"{one_line(source.path)})", width, 2)
    for key in META_KEYS:
        value = getattr(source, key)
        origin = source.meta_origin.get(key)
        where = source.meta_spans.get(key)
        at = f" at {where[0]}-{where[1]}" if where else ""
        rows.extend(_wrapped(f"  {key:<9} {one_line(value) if value else '(unknown)'}" +
                             (f"  [{origin}{at}]" if value else ""), width, META_INDENT))
    rows.append(f"  truncated {'yes: the text stops mid-sentence' if source.truncated else 'no'}")
    guessed = " (guessed from its bytes: the file is not UTF-8)" if guessed_encoding(source.encoding) else ""
    rows.extend(_wrapped(f"  encoding  {encoding_name(source.encoding)}{guessed}", width, META_INDENT))
    rows.append("")
    verdicts = [v for v in explain_lines(source) if v.status != "blank"]
    whys = [f"{v.status}: {v.reason}" if v.reason else v.status for v in verdicts]
    reason_width = min(REASON_WIDTH, max(map(len, whys), default=0))
    text_width = 100 if width is None else max(width - 2 - 4 - 2 - reason_width - 2, TEXT_MIN_WIDTH)
    if width is not None and text_width == TEXT_MIN_WIDTH:  # too narrow: the reason gives way to the text
        reason_width = max(width - 2 - 4 - 2 - 2 - TEXT_MIN_WIDTH, 1)
    for v, why in zip(verdicts, whys):
        mark = {"kept": "+", "dropped": "-", "partly kept": "~"}[v.status]
        text = one_line(v.text)
        rows.append(f"{mark} {v.number:>4}  {_cut(why, reason_width):<{reason_width}}  {_cut(text, text_width)}"
                    .rstrip())
    return "\n".join(rows)


def _cut(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters, an ellipsis marking the cut."""
    return text if len(text) <= width else text[:max(width - 1, 0)] + "…"


def _path_wrapped(head: str, path: str, width: int | None, indent: int) -> list[str]:
    """``head`` then ``path``, wrapped to ``width`` only after a "/" (never inside a folder's or file's name, which
    a narrow terminal would otherwise cut: "site-packages/b" / "riefing_tui"); a part longer than a line stays whole."""
    if width is None or len(head) + len(path) <= width:
        return [head + path]
    rows, line = [], head
    for part in re.findall(r"[^/]*/|[^/]+$", path):
        if len(line) + len(part) > width and line.strip():
            rows.append(line)
            line = " " * indent
        line += part
    return [*rows, line]


def _wrapped(line: str, width: int | None, indent: int) -> list[str]:
    """``line`` wrapped to ``width`` (continuation lines indented by ``indent``); whole when width is None."""
    if width is None or len(line) <= width:
        return [line]
    lead = len(line) - len(line.lstrip(" "))
    return textwrap.wrap(line.lstrip(" "), width=width, initial_indent=" " * lead,
                         subsequent_indent=" " * indent, break_on_hyphens=False) or [line]
