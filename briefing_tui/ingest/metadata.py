"""Metadata that the user supplies: YAML front matter or a ``<stem>.yaml`` sidecar."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.safe_read import NotReadable, read_regular
from briefing_tui.safe_yaml import error_line

FIELDS = ("title", "outlet", "author", "published", "url", "language")
ALIASES = {"published": ("date",)}
"""Other names a field goes by in front matter and sidecars (Jekyll and Hugo write ``date:``)."""
MAX_YAML_BYTES = 64 * 1024
MAX_YAML_DEPTH = 64
"""Metadata is a flat mapping: deeper bracket nesting is refused before the YAML parser recurses into it."""

_FIRST_KEY = lazy_compile(r"\A\s*(?:#[^\n]*\n\s*)*[\w-]{1,40}\s*:")
_FRONT = lazy_compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


class MetadataError(ValueError):
    """Metadata exists but cannot be used; the message says why."""


def split_front_matter(text: str) -> tuple[dict[str, str], int]:
    """Parse YAML front matter at the top of ``text``.

    Returns the metadata and the offset where the article begins (0 when there is none).
    Raises MetadataError when the block is there but malformed.
    """
    m = _front_block(text)
    if m is None:
        return {}, 0
    return parse_metadata_yaml(m.group(1), "front matter"), m.end()


def front_matter_end(text: str) -> int:
    """Where the article begins after a front-matter block (0 when there is none), without parsing it."""
    m = _front_block(text)
    return m.end() if m else 0


def _front_block(text: str) -> re.Match[str] | None:
    m = _FRONT.match(text)
    if not m or not _FIRST_KEY.match(m.group(1)):
        return None  # no block, or a Markdown rule ("---") above ordinary text: not front matter
    return m


def read_sidecar(path: Path) -> dict[str, str]:
    """Read ``<stem>.yaml`` (or ``.yml``) beside ``path``; {} when there is none."""
    for ext in (".yaml", ".yml"):
        side = path.with_suffix(ext)
        if side.exists() and not side.is_file():
            raise MetadataError(f"sidecar {side.name} is not a regular file (a device, pipe, socket or folder)")
        if side.is_file():
            try:
                size = side.stat().st_size
                if size > MAX_YAML_BYTES:
                    raise MetadataError(f"sidecar {side.name} is too large ({size} bytes)")
                data = read_regular(side, MAX_YAML_BYTES).decode("utf-8-sig")
            except NotReadable as exc:
                raise MetadataError(f"sidecar {side.name} is {exc}") from None
            except (OSError, UnicodeDecodeError) as exc:
                raise MetadataError(f"sidecar {side.name} cannot be read: {exc}") from None
            return parse_metadata_yaml(data, f"sidecar {side.name}")
    return {}


def _flow_depth(text: str) -> int:
    """The deepest ``[``/``{`` nesting in ``text`` (quotes ignored: an upper bound is all that is needed)."""
    depth = deepest = 0
    for ch in text:
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth = max(0, depth - 1)
    return deepest


def parse_metadata_yaml(text: str, where: str) -> dict[str, str]:
    """Safely load a small YAML mapping and keep the known fields as strings."""
    if len(text) > MAX_YAML_BYTES:
        raise MetadataError(f"{where} is too large")
    if _flow_depth(text) > MAX_YAML_DEPTH:
        raise MetadataError(f"{where} is nested too deeply")
    import yaml  # here: an article without front matter or sidecar never needs PyYAML

    try:
        data = yaml.safe_load(text)
    except yaml.constructor.ConstructorError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        raise MetadataError(f"{where} uses a YAML tag that is not allowed{at} (only plain values are read)") from None
    except yaml.YAMLError as exc:
        line = error_line(exc, text)
        at = f" at line {line}" if line is not None else ""
        raise MetadataError(f"{where} is not valid YAML{at}") from None
    except RecursionError:
        raise MetadataError(f"{where} is nested too deeply") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise MetadataError(f"{where} must be a mapping of field: value")
    out: dict[str, str] = {}
    for key in FIELDS:
        value = data.get(key)
        if value is None and key in ALIASES:
            value = next((data[a] for a in ALIASES[key] if data.get(a) is not None), None)
        if value is None:
            continue
        if isinstance(value, (dt.datetime, dt.date)):
            out[key] = value.isoformat()
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            text_value = " ".join(str(value).split())[:500]
            if text_value:
                out[key] = text_value
        else:
            raise MetadataError(f"{where}: field '{key}' must be text")
    return out
