"""The checks and record edits behind patching an edit that writes words new to the corpus or makes a group earlier
(briefing_tui/store/new_words.py, briefing_tui/store/group_ids.py)."""

from __future__ import annotations

from array import array

from briefing_tui.extract.found import Found
from briefing_tui.extract.resolution_record import SINGLE, KeptResolution
from briefing_tui.extract.spread_step import FOUND_FIELDS
from briefing_tui.store.candidate_words import CANDIDATES
from briefing_tui.store.codec import pack
from briefing_tui.store.group_ids import made_before, move_group
from briefing_tui.store.new_words import common_after, unread_by_others

ANSWERS = [[["Mira Castell", "person", "Mira Castell", True]], [["Castell", "person", "Mira Castell", False]],
           "the harvest"]


class _Stages:
    """What :func:`unread_by_others` asks of the stored stages: their version, each article's stored ``found``
    row (``asked``: the keys asked for, in turn)."""

    version = "v1"

    def __init__(self, rows: dict[str, list[Found]]) -> None:
        self.rows = {key: pack([[getattr(f, n) for n in FOUND_FIELDS] for f in found], compress=False)
                     for key, found in rows.items()}
        self.asked: list[set[str]] = []

    def found_rows(self, keys: set[str]) -> dict[str, bytes]:
        self.asked.append(set(keys))
        return {k: self.rows[k] for k in keys if k in self.rows}


class _Backend:
    """Per-source analyses in a dict (kind, key, version) -> blob, as the index keeps them."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str, str], bytes] = {}

    def get_analyses(self, kind: str, version: str, keys) -> dict[str, bytes]:
        return {k: self.rows[kind, k, version] for k in keys if (kind, k, version) in self.rows}

    def put_analyses(self, kind: str, version: str, blobs) -> None:
        self.rows.update({(kind, k, version): b for k, b in blobs.items()})


def _name(text: str, confirmed: bool) -> Found:
    return Found(0, len(text), text, "person", text, 0, confirmed=confirmed, full=True)


def test_a_new_word_is_unread_unless_a_known_spelling_or_another_articles_candidate_holds_it():
    stages, backend = _Stages({"a": [_name("Mira Castell", True)], "b": [_name("Barley Stone", False)]}), _Backend()
    assert unread_by_others(stages, {"a", "b"}, {"orchards"}, ANSWERS, backend) == ""
    # a confirmed name holding the word is no candidate: spreading asks nothing of it
    assert unread_by_others(_Stages({"a": [_name("Orchards Hill", True)]}), {"a"}, {"orchards"}, ANSWERS,
                            _Backend()) == ""
    assert "candidate" in unread_by_others(stages, {"a", "b"}, {"barley"}, ANSWERS, backend)
    assert "known spelling" in unread_by_others(stages, {"a", "b"}, {"castell"}, ANSWERS, backend)
    assert "not stored" in unread_by_others(stages, {"a", "c"}, {"orchards"}, ANSWERS, backend)
    # the Kelvin sign lowers to "k": a candidate written with it holds "kale"
    kelvin = _Stages({"b": [_name("\u212aale Stone", False)]})
    assert "candidate" in unread_by_others(kelvin, {"b"}, {"kale"}, ANSWERS, _Backend())


def test_the_candidates_words_are_kept_so_the_next_check_reads_no_articles_names():
    stages, backend = _Stages({"a": [_name("Mira Castell", True)], "b": [_name("Barley Stone", False)]}), _Backend()
    assert unread_by_others(stages, {"a", "b"}, {"orchards"}, ANSWERS, backend) == ""
    assert stages.asked == [{"a", "b"}]  # made once from the stored names: "barley stone" for b, nothing for a
    assert backend.rows[CANDIDATES, "b", "v1"] == b"barley stone" and backend.rows[CANDIDATES, "a", "v1"] == b""
    assert "candidate" in unread_by_others(stages, {"a", "b"}, {"stone"}, ANSWERS, backend)
    assert stages.asked == [{"a", "b"}]


def test_stored_stages_keep_the_candidates_words_beside_the_names(tmp_path):
    from briefing_tui.store import open_index
    from briefing_tui.store.stage_memo import StoredStages

    backend, _ = open_index(tmp_path / "index.sqlite3")
    stages = StoredStages(backend, [], exact_found=True)
    stages.keep_found("k1", [_name("Barley Stone", False), _name("Mira Castell", True)])
    assert backend.get_analyses(CANDIDATES, stages.version, {"k1"}) == {"k1": b"barley stone"}
    stages.found_rows = None  # the check reads the kept words, never the names
    assert "candidate" in unread_by_others(stages, {"k1"}, {"barley"}, ANSWERS, backend)


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


class _Counting(_Stages):
    """:class:`_Stages` that records which articles' names were read."""

    def __init__(self, rows: dict[str, list[Found]]) -> None:
        super().__init__(rows)
        self.read: set[str] = set()

    def found_rows(self, keys: set[str]) -> dict[str, bytes]:
        self.read |= keys
        return super().found_rows(keys)


def _place(text: str, kind: str = "place") -> Found:
    return Found(0, len(text), text, kind, text, 0)


def _answers(rows: dict[str, list[Found]]) -> list:
    """The spreading answers' known spellings as a full analysis lists them, over ``rows`` in order."""
    from briefing_tui.extract.corpus_names import KnownSpellings
    from briefing_tui.extract.gazetteer import shipped_gazetteer

    known = KnownSpellings({"": [f for found in rows.values() for f in found]}, shipped_gazetteer())
    return [[[s, *v] for s, v in known.names.items()], [[s, *v] for s, v in known.surnames.items()], "the"]


def test_a_name_made_known_earlier_is_placed_from_the_articles_up_to_the_edit_alone():
    from types import SimpleNamespace

    from briefing_tui.store.new_words import _moved_in_order, known_in_order

    # Tomás Sato and Mira Castell have variants ("Tomas Sato", "Mira-Castell"), and so have the place and
    # the organisation between (hyphened); "Ada Sato" shares Tomás Sato's surname, Rui Castell Mira Castell's.
    old = {"a0": [_name("Tomás Sato", True), _place("Central Eurasia"), _name("Rui Castell", True)],
           "a1": [_name("Kenji Mori", True), _place("Upper Rhine")],
           "a2": [_name("Ada Sato", True), _place("Hokkaido University", "organization")],
           "a3": [_name("Mira Castell", True), _name("Lena Vogt", True), _place("Nova Scotia")]}
    new = {**old, "b1": [_name("Kenji Mori", True), _name("Mira Castell", True), _place("Upper Rhine"),
                         _name("Ivo Brandt", False)]}
    del new["a1"]  # article 1 edited (content key b1): it names Mira Castell first, before a3 did
    order = ["a0", "b1", "a2", "a3"]
    new = {k: new[k] for k in order}
    answers = _answers(old)
    members = [SimpleNamespace(key=k, id=str(i)) for i, k in enumerate(order)]
    stored = {**new, "a1": old["a1"]}  # the old text's names stay stored
    stages = _Counting(stored)
    fast = _moved_in_order(stages, members, answers, 1, "a1")
    assert stages.read == {"a0", "a1", "b1"}  # the articles up to the edit (and its old names) only
    full = known_in_order(_Counting(new), members, answers)
    assert fast is not None and fast == full == _answers(new)
    assert fast != answers and [s for s, *_ in fast[0]][:6] == [
        "Tomás Sato", "Central Eurasia", "Rui Castell", "Kenji Mori", "Mira Castell", "Upper Rhine"]
    assert known_in_order(stages, members, answers, 1, "a1") == full
    # a second name made known earlier (Lena Vogt too): not decided from the prefix; the full rebuild still is
    new["b1"] = stored["b1"] = [*new["b1"], _name("Lena Vogt", True)]
    assert _moved_in_order(_Counting(stored), members, answers, 1, "a1") is None
    assert known_in_order(_Counting(stored), members, answers, 1, "a1") == _answers(new)


def test_a_new_word_in_a_spelling_or_candidate_with_another_word_no_article_writes_in_lower_case_is_unread():
    # spreading asks of "Barley Stone" and "Mira Castell" only whether every word is written in lower case
    stages, backend = _Stages({"a": [_name("Mira Castell", True)], "b": [_name("Barley Stone", False)]}), _Backend()
    after = {"the", "harvest", "barley", "mira"}  # "stone" and "castell": still no common word
    assert unread_by_others(stages, {"a", "b"}, {"barley"}, ANSWERS, backend, after) == ""
    assert stages.asked[-1] == {"b"}  # the names read are those of the article whose candidate holds a new word
    assert unread_by_others(stages, {"a", "b"}, {"mira"}, ANSWERS, backend, after) == ""
    assert "candidate" in unread_by_others(stages, {"a", "b"}, {"barley"}, ANSWERS, backend, after | {"stone"})
    # the surname "Castell" alone is a known spelling of one word: new, it is written in lower case
    assert "known spelling" in unread_by_others(stages, {"a", "b"}, {"castell"}, ANSWERS, backend, after | {"castell"})
    # a confirmed name of another article is no candidate, whatever its words
    assert unread_by_others(_Stages({"a": [_name("Barley Hill", True)]}), {"a"}, {"barley"}, ANSWERS,
                            _Backend(), after | {"hill"}) == ""
