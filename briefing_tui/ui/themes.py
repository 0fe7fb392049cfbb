"""YAML theme files turned into Textual themes (shipped ones and the user's own).

Each ``*.yaml`` file in a themes folder describes one theme::

    name: briefing-dark        # letters, digits, "-", "_", "." (shown in the palette)
    dark: true
    primary: "#5fafff"         # any colour Textual's Color.parse accepts
    background: "#121212"
    variables: {footer-key-foreground: "#5fafff"}

Files are read with ``yaml.safe_load`` only (plain ``key: value`` files by ``read_simple_yaml``, which reads
them as PyYAML does, without importing it before the first frame) and are size-bounded; a file that is not
a valid theme is reported (by name and reason) and skipped, never half-applied.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from textual.color import Color, ColorParseError
from textual.theme import Theme

from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.safe_read import read_regular
from briefing_tui.safe_yaml import error_line, safe_load
from briefing_tui.safety import one_line
from briefing_tui.simple_yaml import read_simple_yaml

DEFAULT_THEME = "briefing-dark"
MAX_THEME_BYTES = 64 * 1024
COLOUR_FIELDS = ("primary", "secondary", "warning", "error", "success", "accent",
                 "foreground", "background", "surface", "panel", "boost")
_NAME = lazy_compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")
_VARIABLE = lazy_compile(r"^[a-z][a-z0-9-]{0,60}$")
_VALUE = lazy_compile(r"^[#A-Za-z0-9 ().,%-]{1,60}$")


class ThemeFileError(ValueError):
    """A theme file that cannot be used, with the reason."""


@dataclass
class ThemeSet:
    """Themes read from some folders, and the files that were rejected (``name: reason``)."""

    themes: dict[str, Theme] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def theme_from_data(data: object) -> Theme:
    """A ``Theme`` from the parsed YAML of one file; ``ThemeFileError`` says what is wrong."""
    if not isinstance(data, dict):
        raise ThemeFileError("not a mapping of theme fields")
    unknown = set(data) - {"name", "dark", "variables", "luminosity_spread", "text_alpha", *COLOUR_FIELDS}
    if unknown:
        raise ThemeFileError(f"unknown field {one_line(str(sorted(map(str, unknown))[0]))!r}")
    name = data.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise ThemeFileError("'name' must be 1-40 letters, digits, '-', '_' or '.'")
    if not isinstance(data.get("primary"), str):
        raise ThemeFileError("'primary' colour is required")
    colours: dict[str, str] = {}
    for key in COLOUR_FIELDS:
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise ThemeFileError(f"{key!r} must be a colour string")
        try:
            Color.parse(value)
        except ColorParseError:
            raise ThemeFileError(f"{key!r} is not a colour: {one_line(value)[:40]!r}") from None
        colours[key] = value
    dark = data.get("dark", True)
    if not isinstance(dark, bool):
        raise ThemeFileError("'dark' must be true or false")
    variables = data.get("variables") or {}
    if not isinstance(variables, dict):
        raise ThemeFileError("'variables' must be a mapping")
    for key, value in variables.items():
        if not (isinstance(key, str) and _VARIABLE.match(key) and isinstance(value, str) and _VALUE.match(value)):
            raise ThemeFileError(f"variable {one_line(str(key))[:40]!r} is not a simple CSS value")
    extra = {}
    for key in ("luminosity_spread", "text_alpha"):
        if key in data:
            value = data[key]
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 <= value <= 1:
                raise ThemeFileError(f"{key!r} must be a number between 0 and 1")
            extra[key] = float(value)
    return Theme(name=name, dark=dark, variables=dict(variables), **colours, **extra)


def read_theme_file(path: Path) -> Theme:
    """Parse one theme file (``yaml.safe_load``, at most 64 KiB)."""
    try:
        size = path.stat().st_size
        if size > MAX_THEME_BYTES:
            raise ThemeFileError(f"larger than {MAX_THEME_BYTES // 1024} KiB")
        text = read_regular(path, MAX_THEME_BYTES).decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ThemeFileError(f"unreadable ({exc.__class__.__name__})") from None
    data = read_simple_yaml(text)
    return theme_from_data(_read_yaml(text) if data is None else data)


def _read_yaml(text: str) -> object:
    """``text`` read by PyYAML's safe loader (libyaml's when present: several times faster; never a loader
    that builds objects)."""
    import yaml

    try:
        return safe_load(text)
    except yaml.YAMLError as exc:
        line = error_line(exc, text)
        where = f" at line {line}" if line is not None else ""
        raise ThemeFileError(f"not valid YAML{where}") from None


def load_themes(*folders: Path | None) -> ThemeSet:
    """Every valid theme in ``folders`` (later folders override earlier ones by name)."""
    found = ThemeSet()
    for folder in folders:
        if folder is None or not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml")):
            try:
                theme = read_theme_file(path)
            except (ThemeFileError, RecursionError) as exc:
                found.errors.append(f"{one_line(path.name)}: {exc}")
                continue
            found.themes[theme.name] = theme
    return found


def pick_theme(wanted: str | None, available: Iterable[str], found: ThemeSet) -> tuple[str, str | None]:
    """The theme to start with (``wanted``, else the default) and a warning naming every problem, if any."""
    names = set(available)
    fallback = DEFAULT_THEME if DEFAULT_THEME in names else "textual-dark"
    chosen = wanted or fallback
    problems = list(found.errors)
    if chosen not in names:
        problems.append(f"no theme named {one_line(chosen)[:40]!r}")
        chosen = fallback
    return chosen, ("Theme problem, using " + chosen + ": " + "; ".join(problems)) if problems else None
