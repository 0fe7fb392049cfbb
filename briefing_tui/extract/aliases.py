"""The user's ``aliases.yaml``: garbled or variant forms mapped to canonical names.

Example::

    "Early Miao administration": "Sanae Takaichi"
    "Timour Dadabayev": "Timur Dadabaev"
    "Kazakh Foreign Ministry": {name: "Ministry of Foreign Affairs of Kazakhstan", type: organization}
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing_tui.model import Problem
from briefing_tui.safe_read import read_regular

MAX_ALIAS_FILE_BYTES = 512 * 1024
ENTITY_TYPES = ("person", "organization", "place")


@dataclass(frozen=True, slots=True)
class UserAlias:
    """One line of a user's alias file."""

    surface: str
    name: str
    type: str | None  # None: take the type of the entity it names, else "person"


def _entry(surface: object, value: object) -> UserAlias | str:
    if not isinstance(surface, str) or not surface.strip():
        return f"alias key {surface!r} is not a text"
    if isinstance(value, str) and value.strip():
        return UserAlias(" ".join(surface.split()), " ".join(value.split()), None)
    if isinstance(value, dict) and isinstance(value.get("name"), str) and value["name"].strip():
        kind = value.get("type")
        if kind is not None and kind not in ENTITY_TYPES:
            return f"alias {surface!r}: type must be one of {', '.join(ENTITY_TYPES)}"
        return UserAlias(" ".join(surface.split()), " ".join(value["name"].split()), kind)
    return f"alias {surface!r}: the value must be a name or {{name: ..., type: ...}}"


def load_alias_file(path: Path) -> tuple[list[UserAlias], list[Problem]]:
    """Read one alias file; a bad file (or bad entry) gives a Problem, never an exception."""
    import yaml

    try:
        size = path.stat().st_size
        if size > MAX_ALIAS_FILE_BYTES:
            return [], [Problem(str(path), f"alias file too large ({size} bytes; limit {MAX_ALIAS_FILE_BYTES})")]
        text = read_regular(path, MAX_ALIAS_FILE_BYTES).decode("utf-8-sig")
        data = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError) as exc:
        return [], [Problem(str(path), f"cannot read alias file: {exc}")]
    except yaml.YAMLError as exc:
        from briefing_tui.safe_yaml import error_line

        where = error_line(exc, text)
        line = f" (line {where})" if where is not None else ""
        return [], [Problem(str(path), f"alias file is not valid YAML{line}")]
    except RecursionError:
        return [], [Problem(str(path), "alias file is nested too deeply")]
    if data is None:
        return [], []
    if isinstance(data, dict) and isinstance(data.get("aliases"), dict):
        data = data["aliases"]
    if not isinstance(data, dict):
        return [], [Problem(str(path), "alias file must be a mapping of \"form\": \"Canonical Name\"")]
    aliases: list[UserAlias] = []
    problems: list[Problem] = []
    for surface, value in data.items():
        entry = _entry(surface, value)
        if isinstance(entry, str):
            problems.append(Problem(str(path), entry))
        else:
            aliases.append(entry)
    return aliases, problems


def load_aliases(paths: Sequence[Path]) -> tuple[list[UserAlias], list[Problem]]:
    """Every alias from ``paths`` in order (an earlier file wins for the same form)."""
    seen: dict[str, UserAlias] = {}
    problems: list[Problem] = []
    for path in paths:
        aliases, found = load_alias_file(Path(path))
        problems.extend(found)
        for alias in aliases:
            seen.setdefault(alias.surface.casefold(), alias)
    return list(seen.values()), problems
