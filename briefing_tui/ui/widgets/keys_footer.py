"""The main screen's footer: its keys first, the command palette's hint only where room is left."""

from __future__ import annotations

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.widgets._footer import FooterKey  # (Textual is pinned exactly: its footer's key widget)

from briefing_tui.ui.widgets.steady_footer import PALETTE_CLASS, ShownKey, SteadyFooter


def label_width(key_display: str, description: str) -> int:
    """The cells a compact footer key takes: its key, a space, its description and the space before the next."""
    return cell_len(key_display) + 1 + cell_len(description) + 1


def key_width(key: FooterKey) -> int:
    """The cells a compact footer key widget takes (:func:`label_width`)."""
    return label_width(key.key_display, key.description)


class KeysFooter(SteadyFooter):
    """A compact footer that gives up the "^p palette" hint when the keys need its room (at 80 columns, once
    "! Problems" or "Clear" joins them, it cut "/ Search" to "/ S"). ^p still opens the palette; the help
    lists it. Rebuilt only when its keys change (:class:`SteadyFooter`) or the terminal's width does."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.laid_out_width = 0  # the terminal width the keys were last fitted to

    def compose(self) -> ComposeResult:
        self.laid_out_width = self.app.size.width
        widgets = list(super().compose())
        palette = [w for w in widgets if isinstance(w, FooterKey) and w.has_class(PALETTE_CLASS)]
        if palette:
            keys = [w for w in widgets if w not in palette]
            need = sum(key_width(w) for w in keys if isinstance(w, FooterKey)) + key_width(palette[0])
            if need > self.app.size.width:
                widgets = keys
        yield from widgets

    def footer_keys(self) -> tuple[list[ShownKey] | None, int]:
        """The keys :meth:`compose` would yield now, without building them: the palette's key left out by the same
        rule (fitted to the terminal's width, noted as a compose notes it)."""
        self.laid_out_width = self.app.size.width
        keys, columns = super().footer_keys()
        if keys is not None:
            palette = [key for key in keys if key.palette]
            if palette:
                rest = [key for key in keys if not key.palette]
                need = sum(label_width(key.key_display, key.description) for key in rest)
                if need + label_width(palette[0].key_display, palette[0].description) > self.app.size.width:
                    keys = rest
        return keys, columns

    def on_resize(self, event: events.Resize) -> None:
        if self.app.size.width != self.laid_out_width:
            self.refresh(recompose=True)
