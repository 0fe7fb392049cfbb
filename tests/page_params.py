"""Pytest parameters for gold pages: one a page, a page the parser still gets wrong marked as a strict expected
failure with its reason (a fixed page must leave the list)."""

from __future__ import annotations

from collections.abc import Iterable

import pytest


def known_miss_params(pages: Iterable[tuple], known_misses: dict[str, str]) -> list:
    """``pytest.param`` of each (key, gold, raw) page, ``xfail(strict=True)`` with its reason when it is a known miss."""
    return [pytest.param(k, g, r, id=k, marks=pytest.mark.xfail(reason=known_misses[k], strict=True))
            if k in known_misses else pytest.param(k, g, r, id=k) for k, g, r in pages]
