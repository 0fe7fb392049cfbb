"""The user's ``config.yaml``: default corpus, theme and index location.

It lives in the user config folder (``BRIEFING_CONFIG_DIR`` overrides)::

    corpus: ~/news/summit          # a path or a list of paths; relative paths are read from this folder
    theme: briefing-light          # remembered when a theme is chosen in the app's palette
    index: ~/.cache/briefing.sqlite

Options on the command line always win. A broken file is reported once and ignored, never fatal.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.paths import user_config_dir
from briefing_tui.safe_read import read_regular

if TYPE_CHECKING:
    import argparse

CONFIG_NAME = "config.yaml"
MAX_CONFIG_BYTES = 64 * 1024

# A top-level ``theme:`` line (what remember_theme() rewrites in place, keeping comments and other keys).
_THEME_LINE = lazy_compile(r"^theme[ \t]*:.*$", re.M)


@dataclass(slots=True)
class Config:
    """What config.yaml sets (None or empty: not set), and what was wrong with it."""

    corpus: list[str] = field(default_factory=list)
    theme: str | None = None
    index: str | None = None
    problems: list[str] = field(default_factory=list)


def config_path() -> Path:
    """Where config.yaml is (it may not exist)."""
    return user_config_dir() / CONFIG_NAME


def _path(value: object, base: Path) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    p = Path(os.path.expanduser(value.strip()))
    return str(p if p.is_absolute() else base / p)


def load_config(path: Path | None = None) -> Config:
    """Read config.yaml; an absent file is an empty config, a broken one an empty config with a problem."""
    path = path or config_path()
    try:
        text = read_regular(path, MAX_CONFIG_BYTES).decode("utf-8-sig")
    except FileNotFoundError:
        return Config()
    except (OSError, UnicodeDecodeError) as exc:
        return Config(problems=[f"{path}: cannot be read ({exc}), ignored"])
    from briefing_tui.simple_yaml import read_simple_yaml

    data = read_simple_yaml(text)  # a plain file is read without importing PyYAML (as PyYAML reads it)
    if data is None:
        import yaml

        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError:
            return Config(problems=[f"{path}: not valid YAML, ignored"])
    if data is None:
        return Config()
    if not isinstance(data, dict):
        return Config(problems=[f"{path}: must be a mapping such as 'theme: briefing-light', ignored"])
    config = Config()
    corpus = data.get("corpus")
    for item in corpus if isinstance(corpus, list) else [corpus] if corpus is not None else []:
        p = _path(item, path.parent)
        if p is None:
            config.problems.append(f"{path}: 'corpus' must be a path or a list of paths")
        else:
            config.corpus.append(p)
    theme = data.get("theme")
    if theme is not None:
        if isinstance(theme, str) and theme.strip():
            config.theme = theme.strip()
        else:
            config.problems.append(f"{path}: 'theme' must be a theme name")
    if data.get("index") is not None:
        from briefing_tui.store.address import is_postgres_url

        shared = data.get("index")  # a shared index's URL is kept as it is (best without a password: PGPASSFILE)
        config.index = shared.strip() if is_postgres_url(shared) else _path(shared, path.parent)
        if config.index is None:
            config.problems.append(f"{path}: 'index' must be a path")
    return config


def apply_config(args: argparse.Namespace, path: Path | None = None) -> Config:
    """Fill the options not given on the command line from config.yaml; report its problems on stderr."""
    config = load_config(path)
    from briefing_tui.safety import one_line

    for problem in config.problems:
        print(f"briefing: {one_line(problem)}", file=sys.stderr)
    if getattr(args, "corpus", None) is None and config.corpus:
        args.corpus = list(config.corpus)
    if getattr(args, "theme", None) is None and config.theme:
        args.theme = config.theme
    if config.index and not hasattr(args, "index") and not getattr(args, "no_cache", False):
        args.index = config.index
    return config


def remember_theme(name: str, path: Path | None = None) -> Path:
    """Set ``theme: name`` in config.yaml, keeping every other line as it was; returns the file written."""
    path = path or config_path()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (FileNotFoundError, UnicodeDecodeError):
        text = ""
    import json

    line = f"theme: {json.dumps(name, ensure_ascii=False)}"  # a JSON string is a valid YAML scalar
    if _THEME_LINE.search(text):
        text = _THEME_LINE.sub(lambda _m: line, text, count=1)
    else:
        text = text + ("" if not text or text.endswith("\n") else "\n") + line + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return path
