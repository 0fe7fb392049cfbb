"""PyYAML's safe loader, libyaml's (in C) where PyYAML was built with it.

The comparison's word tables, the gazetteer, the rates and themes are read with it: the pure-Python loader
took ~0.07 s of every run that compares (the tables are read once per process), libyaml ~0.007 s. Both build
plain data only (mappings, lists, strings, numbers, dates) and read every shipped file alike
(tests/unit/test_safe_yaml.py).
"""

from __future__ import annotations


def safe_loader() -> type:
    """The safe loader class: ``CSafeLoader`` when PyYAML has libyaml, else ``SafeLoader``."""
    import yaml  # imported here: the app's first frame never needs PyYAML (simple_yaml.py)

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> object:
    """``text`` read by the safe loader (raises ``yaml.YAMLError`` as ``yaml.safe_load`` does)."""
    import yaml

    return yaml.load(text, Loader=safe_loader())


def is_yaml_error(exc: BaseException) -> bool:
    """Whether ``exc`` is PyYAML's ``YAMLError`` (never when PyYAML was not imported: nothing raised one then)."""
    import sys

    yaml = sys.modules.get("yaml")
    return yaml is not None and isinstance(exc, yaml.YAMLError)


def error_line(exc: BaseException, text: str) -> int | None:
    """The line (from 1) a YAML error is at, as a person looks for it: where the unclosed quote or bracket opened
    when the error is only met at the end of the text, and never past the text's last line. None when unknown."""
    mark = getattr(exc, "problem_mark", None)
    opened = getattr(exc, "context_mark", None)
    if mark is None and opened is None:
        return None
    last = max(text.count("\n") + (0 if text.endswith("\n") else 1), 1)
    if opened is not None and (mark is None or mark.index >= len(text.rstrip())):
        mark = opened
    return min(mark.line + 1, last)
