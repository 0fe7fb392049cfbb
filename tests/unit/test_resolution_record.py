"""Resolution through the grouping kept from an earlier run (extract/resolution_record.py) gives exactly a cold
resolution's entities after every kind of change, on real folders; the grouping is used (no name grouped again)
exactly when every source reads the same to resolution; a damaged record is not used."""

from __future__ import annotations

import copy
import hashlib
import re
from pathlib import Path

import pytest

from briefing_tui.extract.resolution_record import SINGLE, ResolutionRecord
from briefing_tui.extract.resolve import resolve, signature
from briefing_tui.store.backend import Member
from briefing_tui.store.codec import pack
from briefing_tui.store.resolution_codec import CHECK_LENGTH, HEAD_LENGTH, _check, decode_resolution, encode_resolution
from briefing_tui.store.stage_memo import StoredStages
from tests.store_helpers import MemoryRows
from tests.unit.test_person_spellings import FOLDERS, NEW_PERSON, _names, _resolved, _source

ROLES = ["the finance minister", "a spokesperson for Toyota", "an adviser", "the governor"]
"""The roles of tests/unit/test_person_spellings.py's generated articles."""
LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]+ ([a-z]{7,}) [a-z]+(?![\w’'-])")
"""A lower-case word between two lower-case words: doubling a letter of it changes no name."""


def _typos(raw: str):
    """The article with a letter doubled in one of its long lower-case words (a few of them, spread out)."""
    hits = list(LOWER_WORD.finditer(raw))
    for m in hits[::max(1, len(hits) // 3)]:
        yield raw[:m.start(1) + 4] + raw[m.start(1) + 3:]


def _run(paths, raws, kept):
    """(what resolution hands on, the record after the run) for the corpus ``raws`` with the kept grouping."""
    sources = [_source(p, raws[p]) for p in paths]
    names = _names(sources)
    record = ResolutionRecord(kept)
    got = _resolved_with(sources, names, record)
    assert got == _resolved(sources, names, None)  # a cold resolution's, whatever the record
    return record


def _resolved_with(sources, names, record):
    entities, entity_of = resolve(sources, copy.deepcopy(names), (), None, record)
    return ([(e.id, e.name, e.type, e.roles, e.aliases, [(m.source, m.start, m.end, m.text, m.sentence)
                                                         for m in e.mentions]) for e in entities],
            {key: (e.id, e.name) for key, e in entity_of.items()})


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_a_typo_fix_reuses_the_grouping_and_any_change_equals_a_cold_resolution(folder):
    paths = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
    raws = {p: p.read_text(encoding="utf-8") for p in paths}
    first = _run(paths, raws, None)
    assert not first.replayed and first.after is not None and first.signed == len(paths)
    again = _run(paths, raws, first.after)
    assert again.replayed and again.after is None  # the same corpus: nothing grouped again
    replayed = afresh = 0
    for path in paths:
        for raw in _typos(raws[path]):
            record = _run(paths, {**raws, path: raw}, first.after)
            replayed += record.replayed
        # someone new (unless the paragraph falls after the article's end, in a trailer): grouped afresh
        afresh += not _run(paths, {**raws, path: raws[path].rstrip("\n") + NEW_PERSON}, first.after).replayed
    assert replayed and afresh  # most typo fixes change no name (some do: "Taliban-run governmnet" is no cue)
    # an article removed, or moved to the end of the order: grouped afresh (creation order couples the groups)
    assert not _run(paths[1:], {p: raws[p] for p in paths[1:]}, first.after).replayed
    if len(paths) > 1:
        assert not _run([*paths[1:], paths[0]], raws, first.after).replayed


def test_a_kept_signature_stands_for_a_source_whose_view_is_the_kept_one():
    folder = FOLDERS[0]
    paths = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
    sources = [_source(p, p.read_text(encoding="utf-8")) for p in paths]
    names = _names(sources)
    views = {s.id: f"view of {s.id}" for s in sources}
    first = ResolutionRecord(None, views)
    resolve(sources, copy.deepcopy(names), (), None, first)
    assert first.after.views == [views[s.id] for s in sources]
    assert first.after.signatures == [signature(names[s.id]) for s in sources]
    again = ResolutionRecord(first.after, {**views, sources[0].id: "another view"})
    assert _resolved_with(sources, names, again) == _resolved(sources, names, None)
    assert again.replayed and again.signed == 1  # only the source whose view changed is read


def _kept():
    folder = FOLDERS[0]
    paths = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
    sources = [_source(p, p.read_text(encoding="utf-8")) for p in paths]
    names = _names(sources)
    record = ResolutionRecord()
    resolve(sources, copy.deepcopy(names), (), None, record)
    return sources, names, record.after


def test_the_record_is_read_back_as_it_was_kept():
    _, _, kept = _kept()
    assert any(n <= SINGLE for n in kept.numbers) and any(n == -1 for n in kept.numbers)  # lone surnames, skipped
    assert decode_resolution(encode_resolution(kept)) == kept


def _forged(kept, numbers=None, counts=None) -> bytes:
    """A record with a right CRC-32 but parts that do not agree."""
    head = pack([kept.order, kept.views, kept.signatures, [list(g) for g in kept.groups],
                 counts if counts is not None else kept.counts], compress=False)
    from array import array

    payload = f"{len(head):0{HEAD_LENGTH}d}".encode() + head + array("i", numbers or kept.numbers).tobytes()
    return _check(payload) + payload


def test_a_damaged_record_is_not_used_and_resolution_is_still_exact():
    sources, names, kept = _kept()
    blob = encode_resolution(kept)
    damaged = [blob[:-1], blob[:CHECK_LENGTH] + blob[CHECK_LENGTH + 1:], b"0" * CHECK_LENGTH + blob[CHECK_LENGTH:],
               b"", _forged(kept, numbers=[len(kept.groups)] * len(kept.numbers)),
               _forged(kept, counts=[c + 1 for c in kept.counts])]
    for bad in damaged:
        assert decode_resolution(bad) is None
    rows = MemoryRows()
    members = [Member(s.id, s.path, hashlib.sha1(s.raw.encode()).hexdigest()) for s in sources]
    for bad in damaged:
        memo = StoredStages(rows, members, exact_found=True)
        rows.put_result("resolution", memo._alike_signature(), bad)
        record = memo.resolution()
        assert record is not None and record.before is None
        assert _resolved_with(sources, names, record) == _resolved(sources, names, None)
        memo.keep_resolution(record)
        assert memo.computed["resolved"] == len(sources)
    memo = StoredStages(rows, members, exact_found=True)
    record = memo.resolution()
    assert record.before == kept  # the last run kept its grouping: the next uses it
    assert _resolved_with(sources, names, record) == _resolved(sources, names, None) and record.replayed


def test_with_user_aliases_nothing_is_kept():
    sources, _, _ = _kept()
    memo = StoredStages(MemoryRows(), [Member(s.id, s.path, "k" + s.id) for s in sources], exact_found=False)
    assert memo.resolution() is None


@pytest.mark.parametrize("seed", range(6))
def test_generated_names_one_letter_apart_resolve_as_a_cold_resolution_through_any_kept_grouping(seed):
    """Spellings one letter apart, shared given names and surnames, lone surnames: after changes that move names
    (a line of no name put first), change them (another article's text; a given name spelled otherwise), or
    reorder the articles, resolution
    through the grouping kept so far equals a cold one; it is replayed when only offsets moved."""
    import random

    from briefing_tui.ingest.parse import parse_text
    from tests.unit.test_person_spellings import GIVEN, _generated

    rng = random.Random(seed)
    articles = dict(_generated(seed, 24))
    kept, replayed = None, 0
    for step in range(15):
        ids = sorted(articles)
        sources = [parse_text(articles[sid], sid, f"{sid}.txt") for sid in ids]
        names = _names(sources)
        record = ResolutionRecord(kept)
        assert _resolved_with(sources, names, record) == _resolved(sources, names, None)
        replayed += record.replayed
        kept = record.after or kept
        sid = rng.choice(ids)
        change = step % 5
        if change == 4:  # one role (a context: "Timur Dadabaev" and "Timour Dadabayev" join only when shared)
            role = next((r for r in ROLES if r in articles[sid]), ROLES[0])
            articles[sid] = articles[sid].replace(role, ROLES[(ROLES.index(role) + 1) % len(ROLES)], 1)
        elif change == 3:  # one person's given name spelled otherwise, nothing else changed
            given = next(g for g in GIVEN if f"{g} " in articles[sid])
            articles[sid] = articles[sid].replace(f"{given} ", f"{rng.choice([g for g in GIVEN if g != given])} ")
        elif change == 0:  # names moved, none changed
            head, _, rest = articles[sid].partition("\n\n")
            articles[sid] = f"{head}\n\nupdated at noon, with more on this to come\n\n{rest}"
        elif change == 1:  # another article's names
            articles[sid] = articles[rng.choice(ids)].replace("Article", "Copy")
        else:  # one article fewer, another renamed to sort first
            del articles[sid]
            other = rng.choice(sorted(articles))
            articles["000a"] = articles.pop(other)
    assert replayed  # at least one offset-only change replayed the grouping


def test_a_changed_context_alone_groups_afresh():
    """Two spellings too far apart to be one person without a shared context: the role one article gives
    decides, so changing it alone (same names, same offsets) must not replay the grouping kept."""
    from briefing_tui.ingest.parse import parse_text

    def corpus(role: str):
        texts = {"a": "Article a\n\n“We will look at it again,” said Timur Dadabaev, the governor.\n",
                 "b": f"Article b\n\n“We will look at it again,” said Timour Dadabayev, {role}.\n"}
        sources = [parse_text(text, sid, f"{sid}.txt") for sid, text in texts.items()]
        return sources, _names(sources)

    sources, names = corpus("the governor")
    first = ResolutionRecord()
    merged = _resolved_with(sources, names, first)
    assert len({e[0] for e in merged[0] if e[2] == "person"}) == 1  # one person: the role is shared
    sources, names = corpus("the mayor")  # written after the name: no name moves
    record = ResolutionRecord(first.after)
    apart = _resolved_with(sources, names, record)
    assert apart == _resolved(sources, names, None) and not record.replayed
    assert len({e[0] for e in apart[0] if e[2] == "person"}) == 2
