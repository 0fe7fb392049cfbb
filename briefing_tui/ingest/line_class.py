"""The class cleaning gives a line: prose, short text, chrome (with its reason) or blank."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True, frozen=True)
class LineClass:
    """What a line looks like: ``good`` prose, ``short`` text, ``bad`` chrome (with reason), ``blank``."""

    kind: str
    reason: str = ""
