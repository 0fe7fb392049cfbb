"""Spreading known names through the index's per-source rows (StoredStages.spread) gives exactly what
spreading the whole corpus gives, after every kind of change, on real articles; and only the sources
whose look-ups changed are spread again."""

from __future__ import annotations

import copy
import hashlib
from pathlib import Path

import pytest

from briefing_tui.extract.corpus_names import (PROBE_CHARS, Starts, KnownSpellings, probe, probed, spread_known_names,
                                              written_words)
from briefing_tui.extract.gazetteer import shipped_gazetteer
from briefing_tui.extract.recognise import recognise
from briefing_tui.extract.spread_step import FOUND_FIELDS, SpreadStep
from briefing_tui.ingest.parse import parse_text
from briefing_tui.store.backend import Member
from briefing_tui.store.codec import unpack_value
from briefing_tui.store.stage_memo import StoredStages
from tests.store_helpers import MemoryRows

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = sorted([*(ROOT / "tests" / "gold" / "events").iterdir(), *(ROOT / "tests" / "gold_dev" / "stories").iterdir()])
FOLDERS = [f for f in FOLDERS if f.is_dir()]


def _source(path: Path, raw: str):
    return parse_text(raw, path.stem, str(path))


def _member(source) -> Member:
    return Member(source.id, source.path, hashlib.sha1(source.raw.encode()).hexdigest())


def _spread(sources, rows: MemoryRows | None):
    """Each source's names after spreading, as field rows; with ``rows``, through a StoredStages on them."""
    gaz = shipped_gazetteer()
    found = {s.id: recognise(s, gaz) for s in sources}
    memo = StoredStages(rows, [_member(s) for s in sources], exact_found=True) if rows is not None else None
    out = spread_known_names(sources, found, gaz, memo)
    return {sid: [tuple(getattr(f, n) for n in FOUND_FIELDS) for f in names] for sid, names in out.items()}, memo


def _changes(paths: list[Path], raws: dict[Path, str]):
    """Realistic changes of a folder: an article gains another's last paragraph (new names), loses its
    own last paragraph (names gone), is removed, or is added back."""
    sources = [_source(p, raws[p]) for p in paths]
    for n, path in enumerate(paths):
        other = sources[(n + 1) % len(sources)]
        body = [p for p in other.paragraphs if p.end - p.start > 80]
        own = [p for p in sources[n].paragraphs if p.end - p.start > 80]
        if body:
            yield {**raws, path: raws[path].rstrip("\n") + "\n\n" + other.raw[body[-1].start:body[-1].end] + "\n"}
        if len(own) > 1:
            yield {**raws, path: raws[path][:own[-1].start] + raws[path][own[-1].end:]}
        yield {p: r for p, r in raws.items() if p != path}


def _articles(folder: Path) -> tuple[list[Path], dict[Path, str]]:
    """The folder's articles, sorted, and each one's text."""
    paths = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
    return paths, {p: p.read_text(encoding="utf-8") for p in paths}


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_spread_through_stored_rows_equals_a_cold_spread_after_every_change(folder):
    paths, raws = _articles(folder)
    rows = MemoryRows()
    first = [_source(p, raws[p]) for p in paths]
    assert _spread(first, rows)[0] == _spread(first, None)[0]
    tried = 0
    for changed in _changes(paths, raws):
        sources = [_source(p, r) for p, r in changed.items()]
        stored, memo = _spread(sources, copy.deepcopy(rows))
        assert stored == _spread(sources, None)[0]
        tried += 1
    assert tried >= len(paths) * 2


def test_an_unchanged_corpus_spreads_nothing_again_and_an_edit_only_what_it_concerns():
    folder = ROOT / "tests" / "gold" / "events" / "us_japan_trade_deal"
    paths, raws = _articles(folder)
    rows = MemoryRows()
    sources = [_source(p, raws[p]) for p in paths]
    _, memo = _spread(sources, rows)
    assert memo.computed["spread"] == len(paths)
    _, memo = _spread(sources, rows)
    assert memo.computed["spread"] == 0
    # a name nobody else writes, confirmed in one article: that article alone is spread again
    edited = {**raws, paths[0]: raws[paths[0]].rstrip("\n") + "\n\n“We will wait,” said Ottoline Brackwater.\n"}
    _, memo = _spread([_source(p, r) for p, r in edited.items()], rows)
    assert memo.computed["spread"] == 1


def test_a_probe_keeps_what_follows_a_word_and_reads_back():
    source = _source(Path("a.txt"), "Title\n\nAnna Tanaka met Anna Tanakawa and Bo. Anna\n")
    lower, probes = written_words(source)
    assert lower == ["and", "met"]
    assert probes["Anna"] == sorted([probe("Anna", "Tanaka met A", False), probe("Anna", "Tanakawa and", False),
                                     probe("Anna", None, True)])
    assert probes["Bo."] == [probe("Bo.", "Anna", True)] and probes["Bo"] == [probe("Bo", None, True)]
    assert probed(probe("Anna", "Tanaka met A", False), "Anna") == ("Tanaka met A", False)
    assert probed(probe("Anna", None, True), "Anna") == (None, True)
    with pytest.raises(ValueError):
        probed("Anna\0Tanaka", "Anna")


def test_known_spellings_that_may_start_at_a_word():
    long_rest = "Tanaka-Yamamoto-Watanabe"
    assert len(long_rest) > PROBE_CHARS
    starts = Starts({"Anna": [f"Anna {long_rest}", "Anna Tanaka", "Anna"], "Bo": ["Bo Li"]})
    assert starts.at("Anna", "Tanaka met A", False) == ["Anna", "Anna Tanaka"]
    assert starts.at("Anna", long_rest[:PROBE_CHARS], False) == ["Anna", "Anna Tanaka", f"Anna {long_rest}"]
    assert starts.at("Anna", "Tanak", True) == ["Anna"]  # the paragraph ends before the whole name
    assert starts.at("Anna", None, True) == ["Anna"]
    assert starts.at("Bo", "Lin", True) == ["Bo Li"]  # "Bo Li" is written; whether a word ends there is spreading's
    assert starts.at("Bo", "Xu", True) == []


def test_a_damaged_row_is_spread_again():
    folder = ROOT / "tests" / "gold" / "events" / "myanmar_quake"
    sources = [_source(p, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    rows = MemoryRows()
    cold, _ = _spread(sources, None)
    _spread(sources, rows)
    for key in list(rows.rows):
        if key[0] == "spread":
            rows.rows[key] = b'["a", {"Anna": 3}, "x", null]'
    stored, memo = _spread(sources, rows)
    assert stored == cold and memo.computed["spread"] == len(sources)


def _gold_event(name: str) -> tuple[list[Path], dict[Path, str]]:
    paths = sorted((ROOT / "tests" / "gold" / "events" / name).glob("*.txt"))
    return paths, {p: p.read_text(encoding="utf-8") for p in paths}


def test_after_an_edit_only_the_sources_whose_look_ups_may_have_changed_are_looked_up_again():
    paths, raws = _gold_event("us_japan_trade_deal")
    rows = MemoryRows()
    sources = [_source(p, raws[p]) for p in paths]
    _, memo = _spread(sources, rows)
    assert memo.computed["view"] == len(paths)  # nothing to compare with yet
    # a name nobody else writes: the edited article (a new content key) alone is looked up again
    edited = {**raws, paths[0]: raws[paths[0]].rstrip("\n") + "\n\n“We will wait,” said Ottoline Brackwater.\n"}
    changed = [_source(p, r) for p, r in edited.items()]
    stored, memo = _spread(changed, rows)
    assert memo.computed["view"] == 1
    assert stored == _spread(changed, None)[0]
    # the same corpus again: nothing is looked up again, nothing is spread again
    _, memo = _spread(changed, rows)
    assert memo.computed["view"] == 0 and memo.computed["spread"] == 0


def _true_digests(sources) -> dict[str, str]:
    """Each source's view digest (by content key) worked out afresh over the whole corpus."""
    gaz = shipped_gazetteer()
    found = {s.id: recognise(s, gaz) for s in sources}
    step = SpreadStep(KnownSpellings(found, gaz))
    words = {s.id: written_words(s) for s in sources}
    step.begin(lower for lower, _ in words.values())
    return {_member(s).key: step.view(words[s.id][1], found[s.id]) for s in sources}


def _recorded_digests(rows: MemoryRows) -> dict[str, str]:
    [blob] = rows.results.values()
    return unpack_value(blob)[1]


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_the_look_ups_kept_from_the_last_run_are_those_worked_out_afresh_after_every_change(folder):
    paths, raws = _articles(folder)
    rows = MemoryRows()
    _spread([_source(p, raws[p]) for p in paths], rows)
    spared = 0
    for changed in _changes(paths, raws):
        sources = [_source(p, r) for p, r in changed.items()]
        after = copy.deepcopy(rows)
        _, memo = _spread(sources, after)
        assert _recorded_digests(after) == _true_digests(sources)
        spared += len(sources) - memo.computed["view"]
    assert spared > 0


def test_a_damaged_or_foreign_record_of_answers_looks_every_source_up_again():
    paths, raws = _gold_event("myanmar_quake")
    sources = [_source(p, raws[p]) for p in paths]
    cold, _ = _spread(sources, None)
    for damaged in (b'["a"]', b'[[[], [], 3], {}]', b'[[[["x", "place"]], [], ""], {}]', b"\xff"):
        rows = MemoryRows()
        _spread(sources, rows)
        for key in rows.results:
            rows.results[key] = damaged
        stored, memo = _spread(sources, rows)
        assert stored == cold and memo.computed["view"] == len(sources)
    # a record made for another corpus (one article fewer): right for the articles both have
    rows = MemoryRows()
    _spread(sources[1:], rows)
    stored, memo = _spread(sources, rows)
    assert stored == cold


class CountingRows(MemoryRows):
    """MemoryRows that counts the stored rows read back holding what is at a source's capitals (a dict of
    probe lists, alone or inside a row), whatever the row's kind."""

    def __init__(self) -> None:
        super().__init__()
        self.probes_read = 0

    def get_analyses(self, kind, version, keys):
        got = super().get_analyses(kind, version, keys)
        for blob in got.values():
            try:
                value = unpack_value(blob)
            except Exception:  # not ours to judge here: the memo decides what it can use
                continue
            parts = value if isinstance(value, list) else [value]
            if any(isinstance(p, dict) and p and all(isinstance(v, list) for v in p.values()) for p in parts):
                self.probes_read += 1
        return got


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_after_an_edit_only_the_sources_a_changed_spelling_may_concern_have_their_capitals_read_back(folder):
    paths, raws = _articles(folder)
    rows = CountingRows()
    _spread([_source(p, raws[p]) for p in paths], rows)
    # the same corpus again: no source's capitals are read back
    rows.probes_read = 0
    _, memo = _spread([_source(p, raws[p]) for p in paths], rows)
    assert rows.probes_read == 0 and memo.computed["view"] == 0
    # a quote by a person nobody writes: the edited article is read from its text, no other's capitals
    edited = {**raws, paths[0]: raws[paths[0]].rstrip("\n") + "\n\n“We will wait,” said Ottoline Brackwater.\n"}
    sources = [_source(p, r) for p, r in edited.items()]
    rows.probes_read = 0
    stored, memo = _spread(sources, rows)
    assert stored == _spread(sources, None)[0]
    assert rows.probes_read == 0 and memo.computed["probes"] == 0


def test_a_source_whose_capitals_a_changed_spelling_may_open_has_them_read_back_and_is_exact():
    paths, raws = _gold_event("us_japan_trade_deal")
    rows = CountingRows()
    _spread([_source(p, raws[p]) for p in paths], rows)
    # a new person whose given name other articles write at a capital ("Donald"): those are looked at again
    edited = {**raws, paths[0]: raws[paths[0]].rstrip("\n") + "\n\n“We will wait,” said Donald Brackwater.\n"}
    sources = [_source(p, r) for p, r in edited.items()]
    rows.probes_read = 0
    stored, memo = _spread(sources, rows)
    assert stored == _spread(sources, None)[0]
    assert 0 < memo.computed["probes"] == rows.probes_read < len(paths)
    assert _recorded_digests(rows) == _true_digests(sources)


def test_a_damaged_row_of_capitals_is_read_from_the_text_again():
    paths, raws = _gold_event("us_japan_trade_deal")
    rows = MemoryRows()
    _spread([_source(p, raws[p]) for p in paths], rows)
    for key in list(rows.rows):
        if key[0] == "probes":
            rows.rows[key] = b'["Donald"]'
    edited = {**raws, paths[0]: raws[paths[0]].rstrip("\n") + "\n\n“We will wait,” said Donald Brackwater.\n"}
    sources = [_source(p, r) for p, r in edited.items()]
    stored, memo = _spread(sources, rows)
    assert stored == _spread(sources, None)[0] and memo.computed["probes"] > 0
    assert _recorded_digests(rows) == _true_digests(sources)


def test_two_folders_taking_turns_in_one_index_spread_exactly_however_many_first_words_changed(monkeypatch):
    from briefing_tui.store.spread_rows import FEW_CHANGED_WORDS

    seen: list[int] = []
    since = SpreadStep.changes_since

    def recording(self, answers):
        changes = since(self, answers)
        seen.append(len(changes.firsts))
        return changes

    monkeypatch.setattr(SpreadStep, "changes_since", recording)
    folders = [_gold_event("myanmar_quake"), _gold_event("us_japan_trade_deal")]
    rows = MemoryRows()
    for turn in range(4):  # each run finds the other folder's answers kept: most known spellings changed
        paths, raws = folders[turn % 2]
        sources = [_source(p, raws[p]) for p in paths]
        stored, _ = _spread(sources, rows)
        assert stored == _spread(sources, None)[0]
    # a small edit after that: few first words changed, looked for one by one
    paths, raws = folders[1]
    edited = {**raws, paths[0]: raws[paths[0]].rstrip("\n") + "\n\n“We will wait,” said Donald Brackwater.\n"}
    sources = [_source(p, r) for p, r in edited.items()]
    stored, _ = _spread(sources, rows)
    assert stored == _spread(sources, None)[0]
    assert max(seen) > FEW_CHANGED_WORDS >= seen[-1] > 0
