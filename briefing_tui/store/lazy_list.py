"""A list decoded from the index on first use: what a quick lookup never reads costs nothing.

A cached analysis of 10k articles holds some 300k entity mentions and 10k quotes; ``briefing
quotes`` needs the words and speakers of every quote but the rest only of the few it prints, and
``briefing entities`` only the mentions' count and sources. A :class:`LazyList` stands for such a
list: it asks for its items the first time anything looks inside, while its length, columns the
owner stored beside it (:func:`column`) and single items (:func:`peek`) come cheaper.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
    ``len()`` (known in advance). ``columns`` read what the owner stored beside the items (an
    entity's source ids; the words, speaker and sources of each quote), each on first use;
    ``one(i)`` decodes item ``i`` alone. Copies and pickles are plain lists.
    """

    __slots__ = ("_pending", "_decode", "_count", "_one", "_columns", "_known")

    def __init__(self, items: Any = (), *, pending: Any = None, count: int = 0,
                 decode: Callable[[Any], list] | None = None, one: Callable[[int], Any] | None = None,
                 columns: dict[str, Callable[[], Any]] | None = None) -> None:
        super().__init__(items)
        self._pending, self._decode, self._count, self._one = pending, decode, count, one
        self._columns, self._known = columns or {}, {}

    def column(self, name: str) -> Any:
        """The stored column ``name`` (None when there is none)."""
        if name not in self._known:
            read = self._columns.get(name)
            self._known[name] = read() if read is not None else None
        return self._known[name]

    def _load(self) -> None:
        pending, self._pending = self._pending, None
        list.extend(self, self._decode(pending))

    def peek(self, i: int) -> Any:
        """Item ``i``, decoding only it when the list is still pending and can do that."""
        if self._pending is not None and self._one is not None and 0 <= i < self._count:
            return self._one(i)
        return self[i]

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


def column(items: Sequence, name: str) -> Any:
    """The column ``name`` stored beside a :class:`LazyList` (None for any other sequence)."""
    return items.column(name) if isinstance(items, LazyList) else None


def peek(items: Sequence, i: int) -> Any:
    """``items[i]``, without decoding the rest of a pending :class:`LazyList`."""
    return items.peek(i) if isinstance(items, LazyList) else items[i]
