"""Search hits grouped by kind, with the matched characters highlighted."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from briefing_tui.search import KINDS, Hit
from briefing_tui.ui.briefing_view import GroupHeader
from briefing_tui.ui.display_text import fit, highlight_positions
from briefing_tui.ui.widgets.row_list import RowList

KIND_LABELS = {"quote": "Quotes", "entity": "Entities", "source": "Sources", "sentence": "Sentences"}
REPEATABLE = ("quote", "sentence")  # kinds whose same words may come from many sources
KIND_SYMBOLS = {"quote": "❝", "entity": "◆", "source": "▤", "sentence": "¶"}


def group_hits(hits: Sequence[Hit], per_kind: int = 25) -> list[Hit | GroupHeader]:
    """Hits under one heading per kind, best first in each; the kind of the best hit comes first.

    Kinds whose best hits tie keep the order of ``KINDS``: entities, sources, quotes, sentences.
    A text that several sources share is listed once (its best hit).
    """
    by_kind: dict[str, list[Hit]] = {}
    seen: set[tuple[str, str]] = set()
    for hit in hits:  # the same words in several sources (syndicated copies) are listed once, the best first
        if hit.item.kind in REPEATABLE:
            key = (hit.item.kind, " ".join(hit.item.text.split()).casefold())
            if key in seen:
                continue
            seen.add(key)
        by_kind.setdefault(hit.item.kind, []).append(hit)
    rows: list[Hit | GroupHeader] = []
    order = {kind: i for i, kind in enumerate(KINDS)}
    for kind in sorted(by_kind, key=lambda k: (-by_kind[k][0].score, order.get(k, len(order)), k)):
        group = by_kind[kind]
        if group:
            shown = group[:per_kind]
            label = KIND_LABELS.get(kind, kind)
            rows.append(GroupHeader(kind, f"{label}" + (f" (best {len(shown)})" if len(group) > per_kind else ""),
                                    len(group)))
            rows.extend(shown)
    return rows


class SearchResults(RowList):
    """The result list of the search screen."""

    ALWAYS_ACTIVE = True
    SIZED_BY_CSS = True  # the box's remaining height (search.tcss), whatever the hits: a new query needs no layout
    _source_names: dict[str, str] = {}

    @property
    def source_names(self) -> dict[str, str]:
        """Each source's label, for the hits' "where" column."""
        return self._source_names

    @source_names.setter
    def source_names(self, names: dict[str, str]) -> None:
        if names is not self._source_names:
            self._source_names = names
            self.forget_rendered()

    def is_selectable(self, row: object) -> bool:
        return not isinstance(row, GroupHeader)

    def render_row(self, row: Hit | GroupHeader, width: int) -> Text:
        if isinstance(row, GroupHeader):
            return Text(f"{KIND_SYMBOLS.get(row.key, '•')} {row.label} · {row.count}")
        item = row.item
        where = self.source_names.get(item.source or "", "") if item.kind in ("quote", "sentence") else ""
        where_w = min(14, max(width // 5, 8)) if where else 0
        text_w = width - 2 - (where_w + 1 if where_w else 0)
        body = highlight_positions(item.text, row.positions, self.get_component_rich_style("row-list--match"),
                                   width=text_w)
        line = Text(f"{KIND_SYMBOLS.get(item.kind, '•')} ") + fit(body, text_w)
        if where_w:
            line.append(" ")
            line.append_text(fit(Text(where, style=self.get_component_rich_style("row-list--muted")), where_w))
        return line
