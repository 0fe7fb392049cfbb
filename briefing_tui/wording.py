"""How counts are written for a reader: "1 source", "2 sources" (shared by the CLI and the app; no Textual)."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` with ``noun`` in the right number; ``plural`` when it is not ``noun`` + "s" ("story", "stories")."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"
