"""A list decoded from the index on first use: what a quick lookup never reads costs nothing.

A cached analysis of 10k articles holds some 300k entity mentions; ``briefing quotes`` needs none of
them and ``briefing entities`` only their count and sources. A :class:`LazyList` stands for such a
list: it asks for its items the first time anything looks inside (its length and, for mentions,
its source ids are known before).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _loaded(method_name: str) -> Callable:
    method = getattr(list, method_name)

    def call(self: LazyList, *args: Any, **kwargs: Any) -> Any:
        if self._pending is not None:
            self._load()
        return method(self, *args, **kwargs)

    call.__name__ = method_name
    return call


class LazyList(list):
    """A list whose items are ``decode(pending)``, called on first access.

    It behaves as the list it stands for: every reading or writing method decodes first, except
    ``len()`` (known in advance). ``sources`` is what the owner stored beside it (an entity's source
    ids), so the ``entities`` command never decodes a mention. Copies and pickles are plain lists.
    """

    __slots__ = ("_pending", "_decode", "_count", "sources")

    def __init__(self, items: Any = (), *, pending: Any = None, count: int = 0,
                 decode: Callable[[Any], list] | None = None, sources: list[str] | None = None) -> None:
        super().__init__(items)
        self._pending, self._decode, self._count, self.sources = pending, decode, count, sources

    def _load(self) -> None:
        pending, self._pending = self._pending, None
        list.extend(self, self._decode(pending))

    def __len__(self) -> int:
        return self._count if self._pending is not None else list.__len__(self)

    def __reduce_ex__(self, protocol: int) -> tuple:
        return list, (list(self),)

    def __repr__(self) -> str:
        return list.__repr__(self[:])  # self[:] decodes first and is a plain list

    for _name in ("__getitem__", "__iter__", "__reversed__", "__contains__", "__eq__", "__ne__", "__lt__",
                  "__le__", "__gt__", "__ge__", "__add__", "__mul__", "__rmul__", "__iadd__", "__imul__",
                  "__setitem__", "__delitem__", "append", "extend", "insert", "pop", "remove", "clear",
                  "index", "count", "sort", "reverse", "copy", "__sizeof__"):
        locals()[_name] = _loaded(_name)
    del _name
    __hash__ = None  # type: ignore[assignment]
