"""Resolution through the person spellings alike kept from an earlier run (extract/person_spellings.py,
StoredStages.alike) gives exactly a cold resolution's entities after every kind of change, on real folders and
on generated names; only spellings the kept relation does not know are looked up."""

from __future__ import annotations

import copy
import hashlib
import random
from pathlib import Path

import pytest

from briefing_tui.extract.corpus_names import spread_known_names
from briefing_tui.extract.gazetteer import shipped_gazetteer
from briefing_tui.extract.found import Found
from briefing_tui.extract.person_spellings import AlikeRecord
from briefing_tui.extract.recognise import recognise
from briefing_tui.extract.resolve import resolve
from briefing_tui.ingest.parse import parse_text
from briefing_tui.paths import seeds_dir
from briefing_tui.store.backend import Member
from briefing_tui.store.stage_memo import StoredStages
from tests.store_helpers import MemoryRows

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = sorted(f for f in [*(ROOT / "tests" / "gold" / "events").iterdir(),
                             *(ROOT / "tests" / "gold_dev" / "stories").iterdir(), seeds_dir()] if f.is_dir())
NEW_PERSON = "\n\n“We will wait and see,” said Ottoline Brackwater, a trader in the port.\n"


def _source(path: Path, raw: str):
    return parse_text(raw, path.stem, str(path))


def _names(sources) -> dict[str, list[Found]]:
    gaz = shipped_gazetteer()
    return spread_known_names(sources, {s.id: recognise(s, gaz) for s in sources}, gaz, None)


def _resolved(sources, names, record: AlikeRecord | None):
    """Everything resolution hands on: each entity with its mentions, and each (source, key)'s entity."""
    entities, entity_of = resolve(sources, copy.deepcopy(names), (), record)
    return ([(e.id, e.name, e.type, e.roles, e.aliases, [(m.source, m.start, m.end, m.text, m.sentence)
                                                         for m in e.mentions]) for e in entities],
            {key: (e.id, e.name) for key, e in entity_of.items()})


def _through(rows: MemoryRows, sources, names):
    """Resolution as an analysis through the index runs it: the kept relation read, this run's kept."""
    memo = StoredStages(rows, [Member(s.id, s.path, hashlib.sha1(s.raw.encode()).hexdigest()) for s in sources],
                        exact_found=True)
    record = memo.alike()
    got = _resolved(sources, names, record)
    memo.keep_alike(record)
    return got, memo.computed["alike"]


def _changes(paths: list[Path], raws: dict[Path, str]):
    """Realistic changes: an article gains another's last paragraph, loses its own, gains a paragraph quoting
    someone new, is renamed, is removed; a copy of an article is added under another name."""
    sources = [_source(p, raws[p]) for p in paths]
    for n, path in enumerate(paths):
        other = sources[(n + 1) % len(sources)]
        body = [p for p in other.paragraphs if p.end - p.start > 80]
        own = [p for p in sources[n].paragraphs if p.end - p.start > 80]
        if body:
            yield {**raws, path: raws[path].rstrip("\n") + "\n\n" + other.raw[body[-1].start:body[-1].end] + "\n"}
        if len(own) > 1:
            yield {**raws, path: raws[path][:own[-1].start] + raws[path][own[-1].end:]}
        yield {**raws, path: raws[path].rstrip("\n") + NEW_PERSON}
        yield {**{p: r for p, r in raws.items() if p != path}, path.with_name("zz_renamed.txt"): raws[path]}
        yield {p: r for p, r in raws.items() if p != path}
        yield {**raws, path.with_name("zz_added.txt"): raws[path].replace("said", "told reporters")}


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_resolution_through_the_kept_relation_equals_a_cold_one_after_every_change(folder):
    paths = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
    raws = {p: p.read_text(encoding="utf-8") for p in paths}
    rows = MemoryRows()
    first = [_source(p, raws[p]) for p in paths]
    names = _names(first)
    got, looked_up = _through(rows, first, names)
    assert got == _resolved(first, names, None)
    assert looked_up > 0
    assert _through(rows, first, names)[1] == 0  # the same corpus again: every spelling known
    tried = 0
    for changed in _changes(paths, raws):
        sources = [_source(p, r) for p, r in changed.items()]
        names = _names(sources)
        assert _through(copy.deepcopy(rows), sources, names)[0] == _resolved(sources, names, None)
        tried += 1
    assert tried >= len(paths) * 4


def test_an_edit_naming_someone_new_looks_up_that_spelling_alone():
    folder = ROOT / "tests" / "gold" / "events" / "us_japan_trade_deal"
    paths = sorted(folder.glob("*.txt"))
    raws = {p: p.read_text(encoding="utf-8") for p in paths}
    rows = MemoryRows()
    sources = [_source(p, raws[p]) for p in paths]
    assert _through(rows, sources, _names(sources))[1] > 1
    edited = [_source(p, raws[p] + (NEW_PERSON if p == paths[0] else "")) for p in paths]
    names = _names(edited)
    got, looked_up = _through(rows, edited, names)
    assert looked_up == 1
    assert got == _resolved(edited, names, None)
    assert _through(rows, edited, names)[1] == 0  # kept: the next run knows it


def test_a_damaged_or_foreign_record_gives_a_cold_resolution():
    folder = ROOT / "tests" / "gold" / "events" / "myanmar_quake"
    paths = sorted(folder.glob("*.txt"))
    sources = [_source(p, p.read_text(encoding="utf-8")) for p in paths]
    names = _names(sources)
    cold = _resolved(sources, names, None)
    rows = MemoryRows()
    _, looked_up = _through(rows, sources, names)
    [(kind, signature)] = [k for k in rows.results if k[0] == "alike"]
    stored = rows.results[(kind, signature)]
    for damaged in (stored[:-5], stored[:8] + b"[[],[]]", b"", stored[:8] + stored[9:], b"00000000" + stored[8:]):
        broken = copy.deepcopy(rows)
        broken.results[(kind, signature)] = damaged
        assert _through(broken, sources, names) == (cold, looked_up)  # not used: every spelling looked up
    # The relation kept by another corpus (a story: one article) holds for this one too.
    other = MemoryRows()
    _through(other, sources[:1], _names(sources[:1]))
    got, looked_up_after_other = _through(other, sources, names)
    assert got == cold and looked_up_after_other < looked_up


GIVEN = ["Anna", "Ana", "Anne", "Hanna", "Olga", "Olha", "Timur", "Timour", "Li", "Lee", "Maria", "Mariya"]
SURNAMES = ["Tanaka", "Tanak", "Mori", "Moris", "Dadabaev", "Dadabayev", "Kaplan", "Kaplin", "Sato", "Saito"]


def _generated(seed: int, count: int) -> list[tuple[str, str, str]]:
    """Articles (id, text) naming people whose spellings are often alike, with roles and organisations."""
    rng = random.Random(seed)
    articles = []
    for n in range(count):
        lines = []
        for _ in range(rng.randint(1, 4)):
            name = f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}"
            role = rng.choice(["the finance minister", "a spokesperson for Toyota", "an adviser", "the governor"])
            lines.append(f"“We will look at it again,” said {name}, {role}. {name.split()[-1]} added nothing.")
        articles.append((f"{n:03d}", f"Article {n}\n\n" + "\n\n".join(lines) + "\n"))
    return articles


@pytest.mark.parametrize("seed", range(6))
def test_generated_names_resolve_alike_through_any_earlier_relation(seed):
    """Spellings one letter apart, shared given names and surnames: through the relation kept after one
    corpus, then after a shuffled, grown or shrunk one, resolution equals a cold one."""
    rng = random.Random(seed)
    rows = MemoryRows()
    articles = _generated(seed, 30)
    for _ in range(6):
        chosen = rng.sample(articles, rng.randint(5, len(articles)))
        if rng.random() < 0.5:
            chosen += _generated(seed + 100 + rng.randint(0, 50), 3)
        sources = [parse_text(text, sid, f"{sid}.txt") for sid, text in chosen]
        names = _names(sources)
        assert _through(rows, sources, names)[0] == _resolved(sources, names, None)
