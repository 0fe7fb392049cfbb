"""Where the shipped data and the user's own files live."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

_PKG = Path(__file__).resolve().parent
APP_NAME = "briefing-tui"
"""The program's folder name in the user's config and cache folders."""


def _shipped(name: str) -> Path:
    # In a wheel the folder sits inside the package; in a source checkout, beside it.
    inside = _PKG / name
    return inside if inside.is_dir() else _PKG.parent / name


def seeds_dir() -> Path:
    """The embedded default corpus."""
    return _shipped("seeds")


def themes_dir() -> Path:
    """The shipped YAML themes."""
    return _shipped("themes")


def json_fields_doc() -> Path:
    """The description of every field of ``--json``, ``--jsonl`` and the export's rows (docs/json.md, shipped
    inside the package by the wheel)."""
    return _shipped("docs") / "json.md"


def data_dir() -> Path:
    """Shipped data files (gazetteer, exchange rates)."""
    return _PKG / "data"


def user_config_dir() -> Path:
    """The user's config folder (``BRIEFING_CONFIG_DIR`` overrides, for tests)."""
    override = os.environ.get("BRIEFING_CONFIG_DIR")
    if override:
        return Path(override)
    known = xdg_dir("XDG_CONFIG_HOME", ".config")
    if known is not None:
        return known
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False)


def user_cache_dir() -> Path:
    """The user's cache folder (``BRIEFING_CACHE_DIR`` overrides, for tests)."""
    override = os.environ.get("BRIEFING_CACHE_DIR")
    if override:
        return Path(override)
    known = xdg_dir("XDG_CACHE_HOME", ".cache")
    if known is not None:
        return known
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False)


def xdg_dir(variable: str, default: str) -> Path | None:
    """The user folder platformdirs gives on Linux, found without importing it (platformdirs imports
    ``tempfile``, ``shutil`` and ``random``: some 10 ms of every quick lookup); None when platformdirs must
    decide (another platform, Android, a relative or padded ``$variable``, HOME unset or relative).

    Its rule on Linux (the XDG base directories): ``$variable``/briefing-tui when the variable is an absolute
    path, else ``~/default``/briefing-tui (``$XDG_CONFIG_HOME`` and ``~/.config`` for the config folder).
    """
    if sys.platform != "linux" or hasattr(sys, "getandroidapilevel") or (
            os.environ.get("ANDROID_DATA") == "/data" and os.environ.get("ANDROID_ROOT") == "/system"):
        return None
    value = os.environ.get(variable, "")
    if value:
        return Path(value, APP_NAME) if value.startswith("/") else None
    home = os.environ.get("HOME", "")
    if not home.startswith("/"):
        return None
    return Path(os.path.expanduser("~/" + default), APP_NAME)


def corpus_paths(paths: Iterable[str | Path] | None) -> list[Path]:
    """The paths the user named, or the embedded seeds when none were."""
    chosen = [Path(p).expanduser() for p in (paths or [])]
    return chosen or [seeds_dir()]
