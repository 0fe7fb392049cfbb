"""Read article files from disk into parsed sources, reporting every bad file clearly."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from briefing_tui.ingest.decode import MAX_BYTES, DecodeError, decode_bytes
from briefing_tui.ingest.discover import Found, discover
from briefing_tui.ingest.metadata import MetadataError, read_sidecar
from briefing_tui.ingest.parse import parse_text
from briefing_tui.model import Problem, Source


def read_article(found: Found, max_bytes: int = MAX_BYTES) -> tuple[Source | None, list[Problem]]:
    """Parse one file. A bad sidecar is reported but the article still loads without it."""
    path = found.path
    problems: list[Problem] = []
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return None, [Problem(str(path), f"too large ({size / 1048576:.1f} MB; the limit is {max_bytes / 1048576:.0f} MB)")]
        data = path.read_bytes()
    except FileNotFoundError:
        return None, [Problem(str(path), "disappeared while loading")]
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
    try:
        source = parse_text(decoded.text, found.id, str(path), meta)
    except MetadataError as exc:
        problems.append(Problem(str(path), f"{exc}; front matter ignored"))
        source = parse_text(_without_front_matter(decoded.text), found.id, str(path), meta)
    except RecursionError:
        return None, [*problems, Problem(str(path), "too deeply nested to parse")]
    if not source.paragraphs:
        problems.append(Problem(str(path), "no article text found"))
    return source, problems


def _without_front_matter(text: str) -> str:
    # Blank the broken block out (same length, so offsets still point into the file).
    end = text.find("\n---", 3)
    if end == -1:
        return text
    end = text.find("\n", end + 1)
    end = len(text) if end == -1 else end
    return "".join(ch if ch in "\r\n" else " " for ch in text[:end]) + text[end:]


def load_sources(
    paths: Iterable[Path],
    progress: Callable[[int, int], None] | None = None,
    max_bytes: int = MAX_BYTES,
) -> tuple[list[Source], list[Problem]]:
    """Parse every article under ``paths``; return the sources and every problem met."""
    found, problems = discover(list(paths))
    sources: list[Source] = []
    for i, f in enumerate(found):
        source, probs = read_article(f, max_bytes)
        problems.extend(probs)
        if source is not None and source.paragraphs:
            sources.append(source)
        if progress:
            progress(i + 1, len(found))
    return sources, problems
