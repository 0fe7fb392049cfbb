"""The stored analysis's entity rows as the patch of one edited article looks them up
(:mod:`~briefing_tui.store.analysis_patch`)."""

from __future__ import annotations

from briefing_tui.model import Entity


class StoredEntities(dict):
    """Stored entity rows by id, each made an entity (what quotes read of it: id, name, type, roles) when first
    looked up: an edited article's names look up a handful of the corpus's thousands (KeyError for an unknown id)."""

    def __init__(self, rows: dict[str, list]) -> None:
        super().__init__()
        self.rows = rows

    def __missing__(self, key: str) -> Entity:
        row = self.rows[key]
        self[key] = entity = Entity(row[0], row[1], row[2], list(row[3]), [], list(row[4]))
        return entity


def stored_entities(rows: list) -> StoredEntities | None:
    """Each stored entity row (id, name, type, aliases, roles, mention count) by id; None when ids repeat."""
    by_id = {row[0]: row for row in rows}
    return StoredEntities(by_id) if len(by_id) == len(rows) else None
