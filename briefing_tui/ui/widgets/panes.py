"""The three lists of the main screen: sources, entities (grouped by type) and quotes."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import Static

from briefing_tui.model import Quote, Source
from briefing_tui.ui.briefing_view import BriefingView, Filter, GroupHeader, type_label, type_symbol
from briefing_tui.ui.display_text import (
    fit, fit_label, lead_words, one_line_text, outlet_as_named, short_date, source_label,
)
from briefing_tui.ui.widgets.one_layout import OneLayoutStatic
from briefing_tui.ui.widgets.row_list import RowList

if TYPE_CHECKING:
    from briefing_tui.model import Entity

QUOTE_MARKS = {"direct": "“", "reported": "≈"}


def columns(*cells: tuple[Text, int]) -> Text:
    """Cells cut to their widths and joined by one space (a width of 0 means "the rest")."""
    out = Text()
    for i, (cell, width) in enumerate(cells):
        if i:
            out.append(" ")
        out.append_text(fit(cell, width) if width else cell)
    return out


class BriefingList(RowList):
    """A row list that reads its counts and labels from the corpus view."""

    _view: BriefingView | None = None

    @property
    def view(self) -> BriefingView | None:
        """The corpus view the rows' counts and labels are read from."""
        return self._view

    @view.setter
    def view(self, view: BriefingView | None) -> None:
        if view is not self._view:
            self._view = view
            self.forget_rendered()  # (the counts and labels of the lines kept came from the other view)

    def heading(self, width: int) -> Text:
        """The column names over this list, for ``width`` cells."""
        return Text()


class SourcesList(BriefingList):
    """Sources: outlet (or a fallback label), date, quote and entity counts, title."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Filter", id="sources.pick"),
    ]

    WORDED_COUNTS_WIDTH = 100
    """From this width on the count columns are headed "quotes entities"; narrower, by their symbols alone
    (❝ quotes, ◆ entities, as the help and the search results name them): a cut word read as a clipped header."""

    @classmethod
    def _widths(cls, width: int) -> tuple[int, int, int]:
        outlet = 14 if width < 70 else 20
        date = 10 if width >= 48 else 0
        return outlet, date, 15 if width >= cls.WORDED_COUNTS_WIDTH else 9

    def heading(self, width: int) -> Text:
        outlet, date, counts = self._widths(width)
        cells = [(Text("outlet"), outlet)] + ([(Text("date"), date)] if date else [])
        label = "quotes entities" if counts > 9 else "❝    ◆"
        return columns(*cells, (Text(label), counts), (Text("title"), 0))

    def render_row(self, row: Source, width: int) -> Text:
        outlet, date, counts = self._widths(width)
        view = self.view
        q = view.quote_count(row.id) if view else 0
        e = view.entity_count(row.id) if view else 0
        # The outlet, numbered as every view names the source ("Xin Lang Cai Jing #2"); a stand-in for a missing
        # one (the site, a file name of words) dim italic; never the title or the opening words (the title column
        # shows them): "unknown" instead.
        name = outlet_as_named(row, view.names if view else {})
        cells = [(fit_label(name, outlet, style="" if row.outlet else "italic dim"), outlet)]
        if date:
            cells.append((one_line_text(short_date(row.published), fallback="undated"), date))
        title = one_line_text(row.title, fallback=self._lead(row))
        digits = (5, 7) if counts > 9 else (3, 3)
        return columns(*cells, (Text(f"❝{q:>{digits[0]}} ◆{e:>{digits[1]}}"), counts), (title, 0))

    def _lead(self, row: Source) -> str:
        # Untitled sources show their opening words instead; cached because rows re-render often
        # and a stored source reads its sentences from the index.
        if row.id not in self.leads:
            self.leads[row.id] = lead_words(row)
        return self.leads[row.id]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.leads: dict[str, str] = {}


class EntitiesList(BriefingList):
    """Entities grouped by type: canonical name, mentions, in how many sources."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Filter", id="entities.pick"),
    ]

    def is_selectable(self, row: object) -> bool:
        return not isinstance(row, GroupHeader)

    def heading(self, width: int) -> Text:
        return columns((Text("name"), width - 16), (Text("mentions srcs"), 15))

    def render_row(self, row: Entity | GroupHeader, width: int) -> Text:
        if isinstance(row, GroupHeader):
            return Text(f"{type_symbol(row.key)} {row.label} · {row.count}")
        name = Text(f"{type_symbol(row.type)} ") + one_line_text(row.name)
        sources = len(self.view.entity_sources.get(row.id, ())) if self.view else len(row.sources)
        return columns((name, width - 16), (Text(f"{len(row.mentions):>6}× {sources:>4}s"), 15))


class QuotesList(BriefingList):
    """Quotes: speaker (or "unattributed"), the quote, its source."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Read quote", id="quotes.open"),  # "r Read" beside it opens the source
    ]

    @staticmethod
    def _widths(width: int) -> tuple[int, int]:
        return (14, 12) if width < 90 else (22, 18)

    def heading(self, width: int) -> Text:
        speaker, source = self._widths(width)
        return columns((Text("  speaker"), speaker + 2), (Text("quote"), width - speaker - source - 4),
                       (Text("source +also"), source))

    def render_row(self, row: Quote, width: int) -> Text:
        speaker_w, source_w = self._widths(width)
        mark = Text(QUOTE_MARKS.get(row.kind, "“") + " ")
        speaker = one_line_text(row.speaker, fallback="unattributed")
        source = self.view.corpus.source(row.source) if self.view else None
        others = len(row.sources) - 1
        where = one_line_text(self.view.names.get(row.source) if self.view else source_label(source))
        if others:  # the same words in other sources: "+2" stays visible however long the outlet
            where.truncate(source_w - len(f" +{others}"), overflow="ellipsis")
            where.append(f" +{others}")
        return columns((mark + speaker, speaker_w + 2), (one_line_text(row.text), width - speaker_w - source_w - 4),
                       (where, source_w))


class ColumnHeading(Static):
    """The column names above one list, recomputed for its width."""

    def __init__(self, target: BriefingList, **kwargs) -> None:
        super().__init__(**kwargs)
        self.target = target

    def render(self) -> Text:
        return Text("  ") + self.target.heading(self.size.width - BriefingList.GUTTER)


class FilterBar(OneLayoutStatic):
    """``▼ Filter: source … + entity … + type …  (Esc clears)``, shown only while a filter is on."""

    def show(self, flt: Filter, view: BriefingView | None) -> None:
        """Show ``flt`` with the names ``view`` gives its source and entity (hidden when no filter is on)."""
        self.display = flt.active
        if not flt.active or view is None:
            return
        parts: list[Text] = []
        if flt.source:
            parts.append(Text("source ") + one_line_text(view.names.get(flt.source) or flt.source))
        if flt.entity:
            entity = view.entity_by_id.get(flt.entity)
            parts.append(Text("entity ") + one_line_text(entity.name if entity else flt.entity))
        if flt.entity_type:
            parts.append(Text(f"type {type_symbol(flt.entity_type)} {type_label(flt.entity_type)}"))
        self.update(Text("▼ Filter: ") + Text(" + ").join(parts) + Text("  (Esc clears)"))
