"""What the app reads from and keeps in the user's config folder: ``keymap.yaml``, and the theme in ``config.yaml``.

Plain functions over files (no Textual): each returns what it found and, for a file that cannot be used,
one line saying which file, where and why.
"""

from __future__ import annotations

from pathlib import Path

from briefing_tui.config import CONFIG_NAME, load_config, remember_theme
from briefing_tui.safe_read import read_regular
from briefing_tui.safety import one_line

MAX_KEYMAP_BYTES = 64 * 1024
KEYMAP_FILE = "keymap.yaml"  # ``binding id: keys`` lines


def yaml_error_place(exc: BaseException) -> str | None:
    """``line 3, column 14: <problem>`` for a YAML error that knows where it happened."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if mark is None:
        return None
    problem = getattr(exc, "problem", None) or "not valid YAML"
    return f"line {mark.line + 1}, column {mark.column + 1}: {problem}"


def read_keymap(config_dir: Path | None) -> tuple[dict[str, str], str | None]:
    """The ``binding id -> keys`` map of ``keymap.yaml`` (empty when there is none), and a warning when the
    file cannot be used (it is then ignored whole)."""
    if config_dir is None:
        return {}, None
    path = config_dir / KEYMAP_FILE
    if not path.is_file():
        return {}, None
    import yaml  # only when there is a keymap: not before the first frame otherwise

    try:
        if path.stat().st_size > MAX_KEYMAP_BYTES:
            raise ValueError("too large")
        data = yaml.safe_load(read_regular(path, MAX_KEYMAP_BYTES).decode("utf-8")) or {}
        if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
            raise ValueError("expected 'binding id: keys' lines")
    except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueError, RecursionError) as exc:
        reason = yaml_error_place(exc) or (str(exc) if isinstance(exc, ValueError) else exc.__class__.__name__)
        return {}, f"{one_line(str(path))[:120]} ignored: {one_line(reason)[:100]}"
    return dict(data), None


def saved_theme(config_dir: Path | None) -> str | None:
    """The theme chosen in an earlier run (``theme:`` in config.yaml), if any."""
    if config_dir is None:
        return None
    return load_config(config_dir / CONFIG_NAME).theme


def save_theme(config_dir: Path | None, name: str) -> bool:
    """Write ``theme: name`` to config.yaml in ``config_dir``; False (and nothing raised) if it cannot be written:
    a read-only config folder only loses the choice."""
    if config_dir is None:
        return False
    try:
        remember_theme(name, config_dir / CONFIG_NAME)
    except OSError:
        return False
    return True
