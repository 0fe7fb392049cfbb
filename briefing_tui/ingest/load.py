"""Read article files from disk into parsed sources, reporting every bad file clearly."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from briefing_tui.ingest.decode import MAX_BYTES, DecodeError, decode_bytes
from briefing_tui.ingest.discover import Found, discover
from briefing_tui.ingest.html import HtmlError, extract_html, is_html_path
from briefing_tui.ingest.metadata import MetadataError, read_sidecar
from briefing_tui.ingest.parse import parse_text
from briefing_tui.ingest.same_text import SAME_TEXT, repeated_texts
from briefing_tui.safe_read import NotReadable, read_regular
from briefing_tui.model import Problem, Source


def read_article(found: Found, max_bytes: int = MAX_BYTES) -> tuple[Source | None, list[Problem]]:
    """Parse one file. A bad sidecar is reported but the article still loads without it."""
    path = found.path
    problems: list[Problem] = []
    try:
        data = read_limited(path, max_bytes)
    except NotReadable as exc:
        return None, [Problem(str(path), str(exc))]
    except FileNotFoundError:
        reason = "broken symbolic link" if path.is_symlink() else "disappeared while loading"
        return None, [Problem(str(path), reason)]
    except PermissionError:
        return None, [Problem(str(path), "permission denied")]
    except OSError as exc:
        return None, [Problem(str(path), f"cannot be read: {exc.strerror or exc}")]
    try:
        decoded = decode_bytes(data, max_bytes)
    except DecodeError as exc:
        return None, [Problem(str(path), str(exc))]
    if decoded.warning:
        problems.append(Problem(str(path), decoded.warning))
    try:
        meta = read_sidecar(path)
    except MetadataError as exc:
        problems.append(Problem(str(path), f"{exc}; metadata ignored"))
        meta = {}
    if is_html_path(path.name):  # a web page: its extracted text is the source's text
        try:
            page = extract_html(decoded.text)
        except HtmlError as exc:
            return None, [*problems, Problem(str(path), str(exc))]
        text, meta = page.text, {**page.metadata(), **meta}
    else:
        text = decoded.text
    try:
        source = parse_text(text, found.id, str(path), meta)
    except MetadataError as exc:
        problems.append(Problem(str(path), f"{exc}; front matter ignored"))
        source = parse_text(text, found.id, str(path), meta, read_front_matter=False)
    except RecursionError:
        return None, [*problems, Problem(str(path), "too deeply nested to parse")]
    source.encoding = decoded.encoding
    if not source.paragraphs:
        problems.append(Problem(str(path), "no article text found"))
    return source, problems


def read_limited(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes`` (never blocks on a FIFO or device, never reads more)."""
    return read_regular(path, max_bytes)


def load_sources(
    paths: Iterable[Path],
    progress: Callable[[int, int], None] | None = None,
    max_bytes: int = MAX_BYTES,
    follow_links: bool = False,
) -> tuple[list[Source], list[Problem]]:
    """Parse every article under ``paths``; return the sources and every problem met.

    Links leaving the corpus folders are followed only with ``follow_links`` (see :func:`discover`)."""
    found, problems = discover(list(paths), follow_links)
    sources: list[Source] = []
    for i, f in enumerate(found):
        source, probs = read_article(f, max_bytes)
        problems.extend(probs)
        if source is not None and source.paragraphs:
            sources.append(source)
        if progress:
            progress(i + 1, len(found))
    repeats = repeated_texts([s.text_hash for s in sources], [_mtime(s.path) for s in sources])
    problems.extend(Problem(sources[i].path, SAME_TEXT.format(other=sources[k].path)) for i, k in repeats.items())
    return [s for i, s in enumerate(sources) if i not in repeats], problems


def _mtime(path: str) -> int | None:
    """A file's modification time (ns), None when it cannot be read."""
    try:
        return os.stat(path).st_mtime_ns
    except (OSError, ValueError):
        return None
