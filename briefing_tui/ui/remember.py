"""Remember the theme chosen in the app in the user's config.yaml (see briefing_tui.config)."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.config import CONFIG_NAME, remember_theme


def remember_theme_quietly(name: str, config_dir: Path | None) -> bool:
    """Write ``theme: name`` to config.yaml in ``config_dir``; False (and nothing raised) if it cannot be written."""
    if config_dir is None:
        return False
    try:
        remember_theme(name, config_dir / CONFIG_NAME)
    except OSError:
        return False
    return True
