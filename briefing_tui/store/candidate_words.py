"""Each article's unconfirmed person candidates, as the words spreading compares with the corpus's common words.

:func:`~briefing_tui.store.new_words.unread_by_others` asks, for an edit that writes words new to the corpus,
whether another article has an unconfirmed person candidate holding one of them (in lower case). Reading every
article's recognised names for that (2,000 ``found`` rows, ~6 MB, each searched for every new word) was most of
the check's cost; the words it asks about are kept per content key instead (kind :data:`CANDIDATES`, the stage
version of the ``found`` rows they come from): a few words per article, read and split at once. Rows are written
beside the ``found`` rows (:class:`~briefing_tui.store.stage_memo.StoredStages`), and made from the stored
``found`` rows for any article that has none yet (an index made before them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from briefing_tui.extract.found import Found
from briefing_tui.store.codec import unpack_value

CANDIDATES = "candidate words"
"""Per-source analysis kind: the lower-case words of the source's unconfirmed person candidates, space-separated."""
ENCODING = ("utf-8", "surrogatepass")
"""How a row's text is stored (a name read from a damaged file may hold a lone surrogate)."""


def candidate_row(found: Iterable[Found]) -> bytes:
    """The stored row of names ``found``: each word of each unconfirmed person candidate in lower case (as
    :meth:`~briefing_tui.extract.spread_step.SpreadStep.stands` compares them), sorted, space-separated."""
    words = {w.lower() for f in found if f.type == "person" and not f.confirmed for w in f.text.split()}
    return " ".join(sorted(words)).encode(*ENCODING)


def candidate_rows(found: Mapping[str, list[Found]]) -> dict[str, bytes]:
    """:func:`candidate_row` of each content key's names."""
    return {key: candidate_row(names) for key, names in found.items()}


def candidate_words(backend, version: str, keys: set[str],
                    found_rows: Callable[[set[str]], dict[str, bytes]]) -> set[str] | None:
    """Every candidate word of the articles of content ``keys`` (rows of code ``version``); rows missing are made
    from their stored ``found`` rows (``found_rows``, undecoded) and kept. None when an article's names are not
    stored."""
    rows = candidate_rows_of(backend, version, keys, found_rows)
    return None if rows is None else set(b" ".join(rows.values()).decode(*ENCODING).split())


def candidate_rows_of(backend, version: str, keys: set[str],
                      found_rows: Callable[[set[str]], dict[str, bytes]]) -> dict[str, bytes] | None:
    """The stored row (:func:`candidate_row`) of each content key of ``keys``, as :func:`candidate_words` reads
    and makes them; None when an article's names are not stored."""
    rows = backend.get_analyses(CANDIDATES, version, keys)
    missing = keys - rows.keys()
    if missing:
        blobs = found_rows(missing)
        if len(blobs) != len(missing):
            return None
        made = {key: candidate_row(Found(*row) for row in unpack_value(blob)) for key, blob in blobs.items()}
        backend.put_analyses(CANDIDATES, version, made)
        rows = {**rows, **made}
    return rows
