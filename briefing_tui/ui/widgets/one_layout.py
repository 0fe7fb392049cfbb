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
from textual.reactive import Reactive
from textual.widgets import Input, Static


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


class SteadyInput(Input):
    """An :class:`Input` whose size is set by its CSS (a fixed height, a width from its container), never by its
    text: a typed character repaints it and asks for no layout of the screen.

    Textual's ``Input`` sets its virtual size (its text's width, which its horizontal scrolling reads) through
    ``Widget.virtual_size``, a ``Reactive(layout=True)``: every character typed laid the whole screen out (the
    search box: one layout more per keystroke, before the hits' own). Here the same reactive repaints only; the
    scrolling reads the value at once as before. Only for a box whose CSS fixes its size (no ``auto`` width or
    height: Textual's own ``auto_dimensions`` check still lays such a box out).
    """

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)
