"""The checks and record edits behind patching an edit that writes words new to the corpus or makes a group earlier
(briefing_tui/store/new_words.py, briefing_tui/store/group_ids.py)."""

from __future__ import annotations

from array import array

from briefing_tui.extract.found import Found
from briefing_tui.extract.resolution_record import SINGLE, KeptResolution
from briefing_tui.extract.spread_step import FOUND_FIELDS
from briefing_tui.store.codec import pack
from briefing_tui.store.group_ids import made_before, move_group
from briefing_tui.store.new_words import common_after, unread_by_others

ANSWERS = [[["Mira Castell", "person", "Mira Castell", True]], [["Castell", "person", "Mira Castell", False]],
           "the harvest"]


class _Stages:
    """What :func:`unread_by_others` asks of the stored stages: each article's stored ``found`` row."""

    def __init__(self, rows: dict[str, list[Found]]) -> None:
        self.rows = {key: pack([[getattr(f, n) for n in FOUND_FIELDS] for f in found], compress=False)
                     for key, found in rows.items()}

    def found_rows(self, keys: set[str]) -> dict[str, bytes]:
        return {k: self.rows[k] for k in keys if k in self.rows}


def _name(text: str, confirmed: bool) -> Found:
    return Found(0, len(text), text, "person", text, 0, confirmed=confirmed, full=True)


def test_a_new_word_is_unread_unless_a_known_spelling_or_another_articles_candidate_holds_it():
    stages = _Stages({"a": [_name("Mira Castell", True)], "b": [_name("Barley Stone", False)]})
    assert unread_by_others(stages, {"a", "b"}, {"orchards"}, ANSWERS) == ""
    # a confirmed name holding the word is no candidate: spreading asks nothing of it
    assert unread_by_others(_Stages({"a": [_name("Orchards Hill", True)]}), {"a"}, {"orchards"}, ANSWERS) == ""
    assert "candidate" in unread_by_others(stages, {"a", "b"}, {"barley"}, ANSWERS)
    assert "known spelling" in unread_by_others(stages, {"a", "b"}, {"castell"}, ANSWERS)
    assert "not stored" in unread_by_others(stages, {"a", "c"}, {"orchards"}, ANSWERS)
    # the Kelvin sign lowers to "k": a candidate written with it holds "kale" (the row is read in full)
    kelvin = _Stages({"b": [_name("\u212aale Stone", False)]})
    assert "candidate" in unread_by_others(kelvin, {"b"}, {"kale"}, ANSWERS)


def test_the_common_words_grow_sorted():
    assert common_after("harvest the", {"barley", "zinc"}) == "barley harvest the zinc"


def test_a_group_made_earlier_takes_its_number_and_the_groups_between_move_one_later():
    groups = [("person", "A"), ("place", "Oslo"), ("person", "B"), ("person", "C"), ("person", "Castell")]
    # source 1: A, Oslo; source 2: B, a candidate, C; source 3: C, B, "Castell" alone (group 4, made for it)
    record = KeptResolution(["1", "2", "3"], ["", "", ""], ["", "", ""], list(groups), [2, 3, 3],
                            array("i", [0, 1, 2, -1, 3, 3, 2, SINGLE - 4]))
    assert made_before(record.numbers[:2]) == 2 and made_before([-1, SINGLE - 3]) == 0
    move_group(record, 3, 2)  # C written in source 1 after Oslo: made before B
    assert record.groups == [("person", "A"), ("place", "Oslo"), ("person", "C"), ("person", "B"),
                             ("person", "Castell")]
    assert list(record.numbers) == [0, 1, 3, -1, 2, 2, 3, SINGLE - 4]
    move_group(record, 4, 0)
    assert record.groups[0] == ("person", "Castell") and list(record.numbers) == [1, 2, 4, -1, 3, 3, 4, SINGLE]
