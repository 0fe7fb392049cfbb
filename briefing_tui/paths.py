"""Where the shipped data and the user's own files live."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

_PKG = Path(__file__).resolve().parent


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


def data_dir() -> Path:
    """Shipped data files (gazetteer, exchange rates)."""
    return _PKG / "data"


def user_config_dir() -> Path:
    """The user's config folder (``BRIEFING_CONFIG_DIR`` overrides, for tests)."""
    override = os.environ.get("BRIEFING_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_path

    return user_config_path("briefing-tui", appauthor=False)


def user_cache_dir() -> Path:
    """The user's cache folder (``BRIEFING_CACHE_DIR`` overrides, for tests)."""
    override = os.environ.get("BRIEFING_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_path

    return user_cache_path("briefing-tui", appauthor=False)


def corpus_paths(paths: Iterable[str | Path] | None) -> list[Path]:
    """The paths the user named, or the embedded seeds when none were."""
    chosen = [Path(p).expanduser() for p in (paths or [])]
    return chosen or [seeds_dir()]
