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
