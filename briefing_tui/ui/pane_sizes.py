"""How many rows each main pane gets: sizes follow content, the focused pane first (plain arithmetic, no Textual).

A pane needs its rows plus ``CHROME`` (two border lines and the column heading). The focused pane gets
what it needs, up to the larger of half the room and what the others' minimum (``OTHERS_SHARE`` of the
room, or what they need if less) leaves; the others share
the rest, smallest need first, so a pane never takes rows it has nothing to show in. Rows nobody needs go
to the last pane, so the screen ends on a border rather than on a gap.
"""

from __future__ import annotations

from collections.abc import Sequence

CHROME = 3  # top border, column heading, bottom border
MIN_PANE = 4  # a pane that is not focused still shows its heading and one row when there is room
SMALLEST = 3  # below this a bordered pane shows nothing at all
OTHERS_SHARE = (2, 5)  # the panes without focus keep at least 2/5 of the room between them, when they need it


def pane_heights(needs: Sequence[int], focused: int, room: int) -> list[int]:
    """Rows for each pane given each one's number of content rows (``needs``), the focused index and ``room``."""
    count = len(needs)
    if count == 0:
        return []
    wants = [max(n, 1) + CHROME for n in needs]
    others = [i for i in range(count) if i != focused]
    fair_floor = room * OTHERS_SHARE[0] // (OTHERS_SHARE[1] * max(len(others), 1))
    floors = {i: min(wants[i], max(MIN_PANE, fair_floor)) for i in others}
    share = min(wants[focused], max(room // 2, room - sum(floors.values())))
    heights = [0] * count
    heights[focused] = max(share, min(SMALLEST, room))
    rest = room - heights[focused]
    for n, i in enumerate(sorted(others, key=lambda i: wants[i])):  # water-filling: smallest need first
        fair = rest // (len(others) - n)
        heights[i] = max(min(wants[i], fair), 0)
        rest -= heights[i]
    if rest > 0:  # every pane has what it needs: the focused pane, then the last one, takes what is left
        extra = min(rest, wants[focused] - heights[focused])
        heights[focused] += extra
        heights[-1] += rest - extra
    return heights


def wide_heights(needs: Sequence[int], focused: int, room: int) -> list[int]:
    """Rows for the wide layout of three panes in two rows (the first two side by side over the third): the top row
    needs what the larger of its two panes needs; the row holding the focused pane comes first."""
    top, bottom = pane_heights([max(needs[0], needs[1]), needs[2]], 0 if focused < 2 else 1, room)
    return [top, top, bottom]
