"""What an ``--index`` names: a file path, or an address with a scheme (``postgresql://...``).

Kept apart from the PostgreSQL package so that telling the two apart, on every command's start,
imports nothing of it.
"""

from __future__ import annotations

import os

from briefing_tui.lazy_pattern import lazy_compile

INDEX_URL_VARIABLE = "BRIEFING_INDEX_URL"
"""The environment variable naming the shared index (``--index`` wins over it)."""
POSTGRES_SCHEMES = ("postgres", "postgresql", "postgresql+psycopg", "postgresql+psycopg2")

# An address with a scheme ("postgresql://...", "sqlite:///...") rather than a path to a file.
ADDRESS = lazy_compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://")


def address_scheme(text: str) -> str | None:
    """The scheme of ``text`` in lower case when it is an address (``scheme://...``), else None."""
    found = ADDRESS.match(text)
    return found.group("scheme").lower() if found is not None else None


def is_postgres_url(text: object) -> bool:
    """Whether ``text`` is a PostgreSQL address (postgresql://, postgres://)."""
    return isinstance(text, str) and address_scheme(text) in POSTGRES_SCHEMES


def index_url_from_environment() -> str | None:
    """``BRIEFING_INDEX_URL`` when it is set and not empty."""
    value = os.environ.get(INDEX_URL_VARIABLE, "").strip()
    return value or None


class SharedIndexError(Exception):
    """The shared index cannot be used: unreachable, refused, or a newer schema. The message names the
    address with its password masked."""
