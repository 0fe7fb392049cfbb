"""How many groups resolution made before a name, read from the kept record when groups joined by a bridge are in
it (:func:`~briefing_tui.store.group_ids.made_before` with the record's groups): a joined group (no name) takes no
number of its own, so the count is exact only when the group after the highest number has a name."""

from __future__ import annotations

from briefing_tui.extract.resolution_record import SINGLE
from briefing_tui.store.group_ids import made_before

GROUPS = [("person", "Lucia Ferrand"), ("person", ""), ("person", "Mira Castell"), ("place", "Tallinn"),
          ("person", "")]
"""Groups in the order made: the second joined to the first ("Lucia Ferrand Soto"), the last to the third."""


def test_the_count_is_one_more_than_the_highest_number_when_the_next_group_has_a_name():
    assert made_before([2, -1, 0], GROUPS) == 3  # Tallinn, named, made after the names
    assert made_before([0, 0, SINGLE - 2], GROUPS) is None  # a lone surname counts no group made
    assert made_before([], [("place", "Tallinn")]) == 0


def test_the_count_is_undecidable_when_the_next_group_is_a_joined_one():
    assert made_before([0], GROUPS) is None  # "Lucia Ferrand Soto" may have been made among the names, or after
    assert made_before([3, 2], GROUPS) is None


def test_past_the_last_group_the_count_is_every_group():
    assert made_before([4], GROUPS) == 5


def test_without_the_record_s_groups_the_count_is_as_before():
    assert made_before([0]) == 1
    assert made_before([SINGLE - 3, -1]) == 0
