"""Containers whose new size asks for no second layout of the screen.

When a layout changes a widget's size, Textual sets the widget's virtual size through its reactive, which asks
for another layout of the whole screen (``Widget.virtual_size`` is ``Reactive(layout=True)``): a pick or Esc on
the main screen, resizing its panes, laid the screen out twice, the second time to the same places. For a widget
that does not scroll, the virtual size is read by nothing the layout places (no scrollbars, no scroll offset), so
these take it as Textual's own scroll path takes it (``layout=False``: set, no layout asked); their size and
everything inside them was placed by the layout that sized them.
"""

from __future__ import annotations

from textual.containers import Container, Vertical
from textual.geometry import Size
from textual.widgets import Static


class OneLayout:
    """Mixin for a widget that does not scroll: a size change from a layout asks for no second layout."""

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        return super()._size_updated(size, virtual_size, container_size, layout=False)  # type: ignore[misc]


class OneLayoutVertical(OneLayout, Vertical):
    """A :class:`Vertical` (no scrollbars) laid out once per change."""


class OneLayoutContainer(OneLayout, Container):
    """A :class:`Container` laid out once per change (its overflow hidden: it does not scroll)."""


class OneLayoutStatic(OneLayout, Static):
    """A :class:`Static` laid out once per change."""
