"""PostgreSQL addresses: recognising one, and showing one without its password.

Credentials come only from the URL itself, from libpq's environment (``PGPASSWORD``, ``PGUSER``, ...,
read by libpq, never by this program) or from a password file (``PGPASSFILE``, default
``~/.pgpass``). Nothing here stores or prints a password: every message shows :func:`masked`.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.store.address import (INDEX_URL_VARIABLE, POSTGRES_SCHEMES, index_url_from_environment,
                                        is_postgres_url)

__all__ = ["INDEX_URL_VARIABLE", "MASK", "POSTGRES_SCHEMES", "index_url_from_environment", "is_postgres_url",
           "libpq_url", "masked", "scrub"]

MASK = "***"

# A password written in the URL: "//user:SECRET@" (the user part cannot hold "@", "/" or ":").
_URL_PASSWORD = lazy_compile(r"(?P<head>//[^/@:]*:)[^@/]*(?P<tail>@)")
# key=value parameters that carry a secret (conninfo or URL query), and their value: quoted, or bare
# up to white space or the next query parameter.
_SECRET_PARAMETER = lazy_compile(r"(?P<head>\b(?:password|sslpassword)\s*=\s*)(?:'(?:[^'\\]|\\.)*'|[^\s&]+)", re.IGNORECASE)
_SECRET_QUERY_KEYS = frozenset({"password", "sslpassword"})


def libpq_url(url: str) -> str:
    """The URL as libpq takes it (SQLAlchemy-style ``postgresql+psycopg://`` becomes ``postgresql://``)."""
    scheme, rest = url.split("://", 1)
    return ("postgresql" if scheme.lower().startswith("postgres") else scheme) + "://" + rest


def masked(url: str) -> str:
    """``url`` with any password (in the user part or a ``password=`` parameter) replaced by ***."""
    text = _URL_PASSWORD.sub(lambda m: m.group("head") + MASK + m.group("tail"), url)
    try:
        parts = urlsplit(text)
    except ValueError:
        return _SECRET_PARAMETER.sub(lambda m: m.group("head") + MASK, text)
    if parts.query:
        query = [(k, MASK if k.lower() in _SECRET_QUERY_KEYS else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
        text = urlunsplit(parts._replace(query=urlencode(query, safe="*")))
    return _SECRET_PARAMETER.sub(lambda m: m.group("head") + MASK, text)


def scrub(message: str, url: str) -> str:
    """An error message with every trace of the URL's password removed (libpq may echo parts of it)."""
    text = message.replace(url, masked(url))
    password = _password_of(url)
    if password:
        text = text.replace(password, MASK)
    return _SECRET_PARAMETER.sub(lambda m: m.group("head") + MASK, text)


def _password_of(url: str) -> str | None:
    try:
        parts = urlsplit(url)
        secret = parts.password
        for key, value in parse_qsl(parts.query):
            if key.lower() in _SECRET_QUERY_KEYS:
                secret = secret or value
        return secret
    except ValueError:
        return None
