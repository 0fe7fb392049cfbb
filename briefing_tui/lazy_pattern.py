"""Module regexes compiled on first use, not at import.

The parser, the extractor and the comparison rules define ~720 module-level patterns. Compiling all of
them costs ~0.3 s of CPU at every start, and a run uses fewer than half of them (a `quotes` lookup after
one edit imports the parser and extractor for one article; a `diff` imports every compare rule module).
Python keeps no compiled pattern between processes, so the only saving is not compiling what a run does
not use. :func:`lazy_compile` keeps each pattern a named module constant (its source readable as
``.pattern``, e.g. to build a larger pattern at import) and compiles it the first time it matches.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

_BOUND = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
"""The methods of a compiled pattern that a first use binds on the instance, so that later calls go
straight to the compiled pattern's (no extra Python call per match)."""


class LazyPattern:
    """A regex (``re.compile(pattern, flags)``) compiled the first time one of its methods is called.

    Offers what the code asks of a compiled pattern: the matching methods (:data:`_BOUND`), ``pattern``
    (the source, without compiling), ``flags``, ``groups`` and ``groupindex``; :meth:`compiled` gives the
    ``re.Pattern`` itself (e.g. for ``re.sub`` or the regex-linearity audit).
    """

    search: Callable[..., re.Match[Any] | None]
    match: Callable[..., re.Match[Any] | None]
    fullmatch: Callable[..., re.Match[Any] | None]
    finditer: Callable[..., Iterator[re.Match[Any]]]
    findall: Callable[..., list[Any]]
    sub: Callable[..., Any]
    subn: Callable[..., tuple[Any, int]]
    split: Callable[..., list[Any]]

    def __init__(self, pattern: str | bytes, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[Any] | None = None

    def compiled(self) -> re.Pattern[Any]:
        """The compiled pattern (compiled now if this is its first use); binds the matching methods."""
        done = self._compiled
        if done is None:
            done = self._compiled = re.compile(self.pattern, self._flags)
            for name in _BOUND:
                setattr(self, name, getattr(done, name))
        return done

    @property
    def flags(self) -> int:
        """The compiled pattern's flags (with the implicit ``re.UNICODE`` of a str pattern)."""
        return self.compiled().flags

    @property
    def groups(self) -> int:
        """The number of capturing groups."""
        return self.compiled().groups

    @property
    def groupindex(self) -> Any:
        """Named groups to their numbers."""
        return self.compiled().groupindex

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def _first_use(name: str) -> Callable[..., Any]:
    def method(self: LazyPattern, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.compiled(), name)(*args, **kwargs)

    method.__name__ = name
    method.__doc__ = f"``re.Pattern.{name}``, compiling the pattern on first use."
    return method


for _name in _BOUND:
    setattr(LazyPattern, _name, _first_use(_name))
del _name


def lazy_compile(pattern: str | bytes, flags: int = 0) -> LazyPattern:
    """``re.compile(pattern, flags)``, compiled on first use: for a module constant (see the module docstring)."""
    return LazyPattern(pattern, flags)


def compiled(pattern: re.Pattern[Any] | LazyPattern) -> re.Pattern[Any]:
    """``pattern`` as a compiled ``re.Pattern``, whichever of the two it is."""
    return pattern.compiled() if isinstance(pattern, LazyPattern) else pattern

