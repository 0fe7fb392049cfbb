"""The analysis stored with its mentions source by source (store/mention_pieces.py), an unchanged source's
piece copied from the index, and the quote documents compressed again only when their text changed
(store/quote_segments.py): the stored bytes equal those of an analysis stored afresh (nothing copied), and
read back they give a cold analysis's entities, mentions and quotes, after every kind of change on real
articles; and only the pieces of the sources whose names changed are encoded again."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from briefing_tui.extract import Analysis, analyse
from briefing_tui.extract.lexicon import surname_start
from briefing_tui.ingest.parse import parse_text
from briefing_tui.model import Entity, Mention, MentionSpans
from briefing_tui.store.analysis_codec import pack_analysis, unpack_analysis
from briefing_tui.store.backend import Member
from briefing_tui.store.codec import encode_value
from briefing_tui.store.lazy_list import column
from briefing_tui.store.stage_memo import StoredStages
from tests.store_helpers import MemoryRows

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = sorted(f for f in [*(ROOT / "tests" / "gold" / "events").iterdir(),
                             *(ROOT / "tests" / "gold_dev" / "stories").iterdir(), ROOT / "seeds"] if f.is_dir())
NEW_PERSON = "“We will look at the figures again next week,” said Ottoline Brackwater, a ministry spokesperson.\n"
"""A paragraph quoting a person no article names."""


def _sources(raws: dict[Path, str]):
    return [parse_text(raw, path.stem, str(path)) for path, raw in raws.items()]


def _stored(raws: dict[Path, str], rows: MemoryRows, aliases: tuple[Path, ...] = ()) -> tuple[bytes, StoredStages]:
    """The stored bytes of the analysis made through ``rows`` (as an index makes it), and its stages."""
    sources = _sources(raws)
    members = [Member(s.id, s.path, hashlib.sha1(s.raw.encode()).hexdigest()) for s in sources]
    memo = StoredStages(rows, members, exact_found=not aliases)
    return pack_analysis(analyse(sources, aliases, memo=memo)), memo


def _like_cold(raws: dict[Path, str], rows: MemoryRows, aliases: tuple[Path, ...] = ()) -> StoredStages:
    """Store the analysis through ``rows``: its bytes must be a fresh analysis's, and read back it must give
    the cold analysis's entities, mentions, spans and terms. Returns the stages (what they computed)."""
    blob, memo = _stored(raws, rows, aliases)
    cold = analyse(_sources(raws), aliases)
    assert blob == pack_analysis(cold)
    back = unpack_analysis(blob)
    assert column(back.entities, "mention_spans").by_source == MentionSpans.of(cold.entities).by_source
    assert column(back.entities, "mention_spans").first == MentionSpans.of(cold.entities).first
    assert [column(e.mentions, "sources") or [] for e in back.entities] == [e.sources for e in cold.entities]
    assert [encode_value(e) for e in back.entities] == [encode_value(e) for e in cold.entities]
    assert encode_value(list(back.terms)) == encode_value(list(cold.terms))
    assert [encode_value(q) for q in back.quotes] == [encode_value(q) for q in cold.quotes]
    return memo


def _person_names(raws: dict[Path, str]) -> list[tuple[str, list[str]]]:
    """Person entities of a cold analysis with full names, as (name, aliases)."""
    return [(e.name, e.aliases) for e in analyse(_sources(raws)).entities
            if e.type == "person" and len(e.name.split()) >= 2]


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_the_stored_analysis_equals_a_fresh_one_after_every_change(folder, tmp_path):
    paths = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
    raws = {p: p.read_text(encoding="utf-8") for p in paths}
    rows = MemoryRows()
    memo = _like_cold(raws, rows)
    assert memo.computed["mentions"] == len(paths)  # nothing stored yet
    # an edit adding a new person
    first = paths[0]
    raws[first] = raws[first].rstrip("\n") + "\n\n" + NEW_PERSON
    memo = _like_cold(raws, rows)
    assert memo.computed["mentions"] <= 2 < len(paths)
    # an edit renaming a person (every spelling of a full name in the article that writes it first)
    name, aliases = next((n, a) for n, a in _person_names(raws) if any(a_ in r for a_ in a for r in raws.values()))
    where = next(p for p in paths if any(a in raws[p] for a in aliases))
    for alias in sorted(aliases, key=len, reverse=True):
        raws[where] = raws[where].replace(alias, "Ingeborg Vasquez-Lindqvist")
    _like_cold(raws, rows)
    # an article removed
    del raws[paths[-1]]
    _like_cold(raws, rows)
    # an article added that names a known person by a spelling used less than the one naming them now
    # (a full spelling: a given name before the surname; "Von der Leyen" is a surname alone)
    spelled = [(n, [a for a in al if a != n and surname_start(a.split()) > 0]) for n, al in _person_names(raws)]
    other = next(((n, a[0]) for n, a in spelled if a), None)
    if other is not None:
        added = tmp_path / "added.txt"
        raws[added] = "A later report\n\n" + "".join(f"{other[1]} spoke again on day {k}.\n\n" for k in range(40))
        assert other[1] in [n for n, _ in _person_names(raws)]  # the entity is named otherwise now
        _like_cold(raws, rows)
    # an alias file: every name may be rewritten, nothing is copied, the result is still a fresh one's
    alias_file = tmp_path / "aliases.yaml"
    alias_file.write_text(f'"{name.split()[-1]}": "{name}"\n', encoding="utf-8")
    _like_cold(raws, rows, (alias_file,))
    _like_cold(raws, rows)  # and back without it


def test_only_the_sources_whose_names_changed_are_encoded_again():
    folder = ROOT / "tests" / "gold" / "events" / "us_japan_trade_deal"
    paths = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
    raws = {p: p.read_text(encoding="utf-8") for p in paths}
    rows = MemoryRows()
    memo = _stored(raws, rows)[1]
    assert memo.computed["mentions"] == len(paths) and memo.computed["documents"] > 0
    memo = _stored(raws, rows)[1]
    assert memo.computed["mentions"] == 0 and memo.computed["documents"] == 0  # the same corpus again
    edited = {**raws, paths[0]: raws[paths[0]].rstrip("\n") + "\n\n" + NEW_PERSON}
    memo = _stored(edited, rows)[1]
    assert memo.computed["mentions"] == 1
    assert memo.computed["documents"] == 1  # the new quote; the others' documents are kept
    added = {**edited, folder / "zz_added.txt": raws[paths[1]]}  # the same text under another name: shared
    assert _stored(added, rows)[1].computed["mentions"] == 0


def test_a_damaged_piece_or_one_made_from_other_names_is_not_copied():
    folder = ROOT / "tests" / "gold" / "events" / "myanmar_quake"
    paths = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
    raws = {p: p.read_text(encoding="utf-8") for p in paths}
    rows = MemoryRows()
    _stored(raws, rows)
    pieces = {k: v for k, v in rows.rows.items() if k[0] == "mentions"}
    assert len(pieces) == len(paths)
    first, second = sorted(pieces)[:2]
    rows.rows[first] = b"0" * 40 + rows.rows[first][40:]  # made under another key
    rows.rows[second] = rows.rows[second][:-3]  # cut short
    memo = _like_cold(raws, rows)
    assert memo.computed["mentions"] == 2  # both made again; the others copied
    assert _like_cold(raws, rows).computed["mentions"] == 0


def test_mentions_listed_in_another_order_are_stored_entity_by_entity():
    mentions = [Mention("b", 5, 9, "Anna", 0), Mention("a", 1, 5, "Anna", 0)]  # not by source
    analysis = Analysis([Entity("person:anna", "Anna", "person", ["Anna"], mentions)], [], [], [])
    back = unpack_analysis(pack_analysis(analysis))
    assert list(back.entities[0].mentions) == mentions
    assert column(back.entities, "mention_spans").first == [("b", 5, 9)]


@pytest.mark.parametrize("damage", [lambda b: b[:-1], lambda b: b[:10] + b"\xff" + b[11:], lambda b: b"",
                                    lambda b: b[:-5] + bytes([b[-5] ^ 1]) + b[-4:]])
def test_a_damaged_record_of_quote_documents_is_not_used(damage):
    folder = ROOT / "tests" / "gold" / "events" / "german_election_2025"
    raws = {p: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()) if p.suffix == ".txt"}
    rows = MemoryRows()
    quotes = _like_cold(raws, rows).computed["documents"]
    assert quotes > 1
    [kind] = [k for k in rows.results if k[0] == "mentions documents"]
    rows.results[kind] = damage(rows.results[kind])
    assert _like_cold(raws, rows).computed["documents"] == quotes  # every document compressed again
