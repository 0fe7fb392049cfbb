"""Writing a briefing to a file: never over an existing one unless asked, never half-written.

Shared by ``briefing export`` and the app's export dialog (no Textual here).
"""

from __future__ import annotations

import os
from pathlib import Path

from briefing_tui.export import OTHER_FORMAT_SUFFIXES, SUFFIX_FORMATS, ExportFormat

FORMAT_NAMES: dict[str, str] = {"md": "Markdown", "html": "HTML page", "csv": "CSV", "jsonl": "JSON Lines"}
"""Each format as a person names it."""
MAX_NUMBERED = 999
""":func:`free_name` tries ``-2`` up to this number before giving up (a folder of a thousand briefings)."""


def write_new_file(path: Path, text: str, force: bool = False) -> None:
    """Write ``text`` to ``path``: refuse (FileExistsError) if it exists unless ``force``; never half-written."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    try:
        if force:
            os.replace(tmp, path)
        else:
            os.link(tmp, path)  # atomic and fails if the name is taken, even by a file made a moment ago
    finally:
        tmp.unlink(missing_ok=True)


def format_of(path: Path) -> ExportFormat:
    """The format a file name asks for by its extension (Markdown for any other)."""
    return SUFFIX_FORMATS.get(path.suffix.lower(), "md")


def refused_ending(path: Path) -> str | None:
    """The ending of ``path`` when it names a format the export does not write (``.json``, ``.pdf``...): such a
    file is refused rather than filled with Markdown. None for any other name."""
    suffix = path.suffix.lower()
    return suffix if suffix in OTHER_FORMAT_SUFFIXES else None


def refusal(path: Path) -> str:
    """Why ``path`` is refused (see :func:`refused_ending`), naming the endings the export writes."""
    return f"the export writes no {path.suffix} file; name it {', '.join(SUFFIX_FORMATS)}"


def typed_over_ending(value: str, cursor: int, ending: str) -> str | None:
    """The name typed without the ``ending`` offered after it, when what was typed before that ending has a
    format's own ending: "~/out/brief.html" typed over the selected stem of "briefing.md" makes
    "~/out/brief.html.md", which is "~/out/brief.html" (an HTML page). Likewise an ending the export refuses
    ("brief.json", said and refused, never "brief.json.md"). None when the name stands as typed (the cursor is
    not just before the offered ending, or the part before it names no format)."""
    if not ending or not value.endswith(ending) or cursor != len(value) - len(ending):
        return None
    typed = value[:-len(ending)]
    named = Path(typed)
    return typed if named.suffix.lower() in SUFFIX_FORMATS or refused_ending(named) else None


def free_name(path: Path) -> Path | None:
    """``path`` when no file has that name, else the first of ``name-2.ext``, ``name-3.ext``... that is free
    (None past :data:`MAX_NUMBERED`)."""
    if not os.path.lexists(path):
        return path
    for n in range(2, MAX_NUMBERED + 1):
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        if not os.path.lexists(candidate):
            return candidate
    return None


def default_export_name(story_id: str | None, fmt: ExportFormat = "md") -> str:
    """``briefing.md`` for a whole folder, ``briefing-<story id>.md`` for one story."""
    return f"briefing-{story_id}.{fmt}" if story_id else f"briefing.{fmt}"
