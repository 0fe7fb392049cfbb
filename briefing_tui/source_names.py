"""What every view calls a source, and its number: one scheme for the app's panes and comparison screens
and the CLI's ``diff`` (no Textual here).

A source is named by its outlet, else the site of its URL, a file name made of words, its title or its
opening words (:func:`source_label`); several of one name are numbered "#1", "#2" (:func:`unique_labels`).
Where sources are compared, each also carries its place in the list of sources, as the Sources pane lists
them: "[3] Reuters #2" (:func:`numbered_names`), the number being the diff matrix's column.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING

from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Source
from briefing_tui.safety import inert, is_inert, one_line

if TYPE_CHECKING:
    from briefing_tui.model import Claim, TimePoint


# A run of the white space fold_inert folds into one space: str.isspace()'s characters (as ``\s`` matches) except
# the separators U+001C-U+001F and U+0085, which are control characters shown by a stand-in, never folded.
_FOLDED_SPACE = lazy_compile(r"[^\S\x1c-\x1f\x85]+")


def fold_inert(raw: str, base: int = 0) -> tuple[str, list[int]]:
    """``raw`` on one line with white space runs folded and unsafe characters made visible.

    Returns the display string and, for each displayed character, the offset (plus
    ``base``) of the raw character it came from.

    Text with no character to stand in (nearly all) is folded run by run, not character by character: the
    panes render every visible row, and the reader every paragraph, through here.
    """
    if not is_inert(_FOLDED_SPACE.sub(" ", raw)):  # (a carriage return or a form feed folds like a space)
        return _fold_each(raw, base)
    parts: list[str] = []
    offsets: list[int] = []
    pending_space = -1  # where a run of white space began that shows as one space before the next word
    position = 0
    for run in _FOLDED_SPACE.finditer(raw):
        start, end = run.span()
        if start > position:
            _add_word(raw, position, start, pending_space, base, parts, offsets)
        pending_space = start if parts else -1  # (white space before the first word shows nothing)
        position = end
    if position < len(raw):
        _add_word(raw, position, len(raw), pending_space, base, parts, offsets)
    return "".join(parts), offsets


def _add_word(raw: str, start: int, end: int, pending_space: int, base: int, parts: list[str],
              offsets: list[int]) -> None:
    if pending_space >= 0:
        parts.append(" ")
        offsets.append(base + pending_space)
    parts.append(raw[start:end])
    offsets.extend(range(base + start, base + end))


def _fold_each(raw: str, base: int) -> tuple[str, list[int]]:
    """:func:`fold_inert` character by character: text holding characters that stand in or are dropped."""
    out: list[str] = []
    offsets: list[int] = []
    pending_space = -1
    for i, ch in enumerate(raw):
        if ch.isspace() and ch not in "\x1c\x1d\x1e\x1f\x85":
            if out and pending_space < 0:
                pending_space = i
            continue
        if pending_space >= 0:
            out.append(" ")
            offsets.append(base + pending_space)
            pending_space = -1
        shown = inert(ch)
        out.append(shown)
        offsets.extend([base + i] * len(shown))
    return "".join(out), offsets


def fold_inert_text(raw: str) -> str:
    """``fold_inert(raw)[0]`` (the display string alone), without building the offsets."""
    folded = _FOLDED_SPACE.sub(" ", raw)
    if is_inert(folded):
        return folded.strip(" ")  # (each run of white space is one space now: those at either end go)
    return _fold_each(raw, 0)[0]


NAME_WORDS = 40  # at most this many characters of a title or of the opening words stand in for an outlet
# A file name a person chose ("reuters", "nikkei-asia", "03_businesstoday", "06_moldova1"): words of letters (a site's
# own number after one, as in "moldova1" or "newsboys24"), after an optional number that orders the files; no hashes
# (a stem such as "000_a4263a828e80c27b" says nothing to a reader).
READABLE_STEM = lazy_compile(
    r"^(?:\d{1,4}[ _.-])?"                 # an order number: "03_", "12-"
    r"[^\W\d_]{2,}\d{0,3}"                 # a word of letters, perhaps numbered: "moldova1", "morocco24"
    r"(?:[ _.-][^\W\d_]+\d{0,3}){0,4}$"     # then up to four more
)


UNKNOWN_OUTLET = "unknown"  # an outlet column's word for a source that names none (as `briefing sources` says)


def outlet_name(source: Source) -> str | None:
    """What an outlet column shows: the outlet, else the site of its URL, else a file name made of words
    ("reuters.txt"); None when the source has none of them. A name, never the article's own words: its title
    and its opening sentence have their own column, and a sentence read as an outlet misleads."""
    if source.outlet:
        return fold_inert(source.outlet)[0]
    host = url_host(source.url)
    if host:
        return host
    stem = PurePath(source.path).stem if source.path else ""
    if READABLE_STEM.match(stem) and len(stem) <= NAME_WORDS:
        return stem
    return None


def source_label(source: Source | None) -> str:
    """A short one-line name for a source a reader can recognise: its :func:`outlet_name`, else its title, else
    its opening words (in quotation marks); a file stem such as "000_a4263a828e80c27b" only when the file has no
    text at all."""
    if source is None:
        return "unknown source"
    name = outlet_name(source)
    if name:
        return name
    if source.title:
        shown = fold_inert(source.title[: NAME_WORDS * 2])[0]
        return shown if len(shown) <= NAME_WORDS else shown[:NAME_WORDS].rsplit(" ", 1)[0] + "…"
    lead = lead_words(source, NAME_WORDS)
    return lead if lead != "untitled" else fold_inert(source.id)[0]


def url_host(url: str | None) -> str | None:
    """``example.com`` from ``https://www.example.com/a/b`` (None when there is no host)."""
    if not url:
        return None
    from urllib.parse import urlsplit

    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return fold_inert(host.removeprefix("www."))[0] or None


def lead_words(source: Source, limit: int = 70) -> str:
    """The article's opening words in quotation marks, to show in place of a missing title.

    Marked as a quotation (and shown dim by callers) so nobody mistakes it for a real headline.
    """
    first = next((s.text for s in source.sentences), "")
    shown, _ = fold_inert(first[: limit * 2])
    if not shown:
        return "untitled"
    if len(shown) > limit:
        shown = shown[:limit].rsplit(" ", 1)[0] + "…"
    return f"“{shown}”"


def unique_labels(sources: Iterable[Source]) -> dict[str, str]:
    """Each source's one-line label (``source_label``), numbered "#1", "#2"… where several share one."""
    labels = {s.id: source_label(s) for s in sources}
    counts: dict[str, int] = {}
    for label in labels.values():
        counts[label] = counts.get(label, 0) + 1
    seen: dict[str, int] = {}
    for source_id, label in labels.items():
        if counts[label] > 1:
            seen[label] = seen.get(label, 0) + 1
            labels[source_id] = f"{label} #{seen[label]}"
    return labels


def numbered_names(sources: Iterable[Source]) -> dict[str, str]:
    """Each source's label with its place in ``sources``: ``"[3] Reuters #2"``."""
    labels = unique_labels(sources := list(sources))
    return {s.id: f"[{i}] {labels[s.id]}" for i, s in enumerate(sources, 1)}


def name_sources(text: str, names: Mapping[str, str], source_ids: Iterable[str] | None = None) -> str:
    """``text`` on one line with the ids of the sources (those of ``source_ids``, else every named one)
    replaced by their ``names``: the compare code's evidence names sources by id."""
    text = one_line(text)
    wanted = names if source_ids is None else [i for i in source_ids if i in names]
    shown = {one_line(i): one_line(names[i]) for i in wanted}  # an id as the one-line text shows it (made inert)
    ids = sorted((i for i, name in shown.items() if i != name), key=len, reverse=True)
    if not ids:
        return text
    pattern = re.compile("|".join(rf"(?<![\w.-]){re.escape(i)}(?![\w.-])" for i in ids))
    return pattern.sub(lambda m: shown[m.group(0)], text)


TIMELINE_STEP = " → "  # between the values of a timeline, in the evidence as the compare code writes it


UNDATED = "undated: "  # before the values of a timeline no date places (never put in an order)


def timeline_in_names(points: Sequence[TimePoint], names: Mapping[str, str]) -> str:
    """``"12 (2025-11-27, [1] Kyodo) → 19 (2025-11-28, [2] NHK) · undated: 15 ([3] AP)"``: the dated values in
    time order, each with its day (and the time of day its sentence states) and source, then the undated ones
    apart, in no order."""
    dated = [p for p in points if p.day]
    undated = [p for p in points if not p.day]
    steps = [f"{p.text} ({p.day}{' ' + p.time if p.time else ''}, {one_line(names.get(p.source, p.source))})"
             for p in dated]
    rest = [f"{p.text} ({one_line(names.get(p.source, p.source))})" for p in undated]
    return " · ".join(([TIMELINE_STEP.join(steps)] if steps else []) + ([UNDATED + ", ".join(rest)] if rest else []))


def is_timeline(part: str) -> bool:
    """Whether one part of a claim's evidence (parts are joined by "; ") is its timeline."""
    return (TIMELINE_STEP in part or UNDATED in part) and part.endswith(")") and " (" in part


def claim_evidence(claim: Claim, names: Mapping[str, str], fold: bool = False) -> str:
    """A claim's evidence on one line with every source called by its name in ``names``; with ``fold``, each
    source's reading once and the pairs counted (:func:`briefing_tui.evidence_text.folded_evidence`, as the
    CLI's table shows it).

    The compare code names the two ends of a timeline by labels of its own (a title for one source, an id for
    another): that part is written again from ``claim.timeline``; the rest names sources by id."""
    evidence = claim.evidence
    if fold:
        from briefing_tui.evidence_text import folded_evidence

        evidence = folded_evidence(evidence)
    named, timeline_done = [], not claim.timeline
    for part in evidence.split("; "):
        if not timeline_done and is_timeline(part):
            measure = part[:part.index(": ") + 2] if ": " in part else ""  # "death toll (earlier event): "
            verdict = part[part.rindex(" ("):]  # " (developing: ...)", " (a conflict: ...)", " (order unknown: ...)"
            named.append(measure + timeline_in_names(claim.timeline, names) + verdict)
            timeline_done = True
        else:
            named.append(name_sources(part, names, claim.sources))
    return one_line("; ".join(named))
