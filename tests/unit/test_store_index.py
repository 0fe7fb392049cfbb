"""The embedded index: incremental re-ingest, invalidation, results cache, lazy sources, user files untouched."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
from pathlib import Path

import pytest

import briefing_tui.ingest.load as ingest_load
from briefing_tui.corpus import load_corpus
from briefing_tui.extract import Analysis
from briefing_tui.model import Entity, Mention, Quote
from briefing_tui.store import IndexRefused, StoredSource, default_index_path
from tests.store_helpers import age, article_text, snapshot, write_corpus


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files actually parsed (read_article calls), in order."""
    calls: list[str] = []
    real = ingest_load.read_article

    def counting(found, *args, **kwargs):
        calls.append(found.path.name)
        return real(found, *args, **kwargs)

    monkeypatch.setattr(ingest_load, "read_article", counting)
    return calls


def _folder(tmp_path: Path, n: int = 5) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus"
    paths = write_corpus(corpus, n)
    age([*paths, corpus])
    return corpus, tmp_path / "index.sqlite3"


def _same_sources(a, b) -> None:
    assert [s.id for s in a.sources] == [s.id for s in b.sources]
    for x, y in zip(a.sources, b.sources):
        for f in dataclasses.fields(x):
            assert getattr(x, f.name) == getattr(y, f.name), (x.id, f.name)


def test_second_run_parses_nothing_and_gives_the_same_sources(tmp_path, parses):
    corpus, index = _folder(tmp_path)
    first = load_corpus([corpus], index=index)
    assert len(parses) == 5 and len(first.sources) == 5
    parses.clear()
    second = load_corpus([corpus], index=index)
    assert parses == []
    assert all(isinstance(s, StoredSource) for s in second.sources)
    _same_sources(load_corpus([corpus], cache=False), second)
    assert second.problems == []


def test_only_new_and_changed_files_are_parsed_again(tmp_path, parses):
    corpus, index = _folder(tmp_path)
    load_corpus([corpus], index=index)
    parses.clear()
    (corpus / "story_001.txt").write_text(article_text(1, "(updated)"), encoding="utf-8")
    (corpus / "story_009.txt").write_text(article_text(9), encoding="utf-8")
    (corpus / "story_004.txt").unlink()
    again = load_corpus([corpus], index=index)
    assert sorted(parses) == ["story_001.txt", "story_009.txt"]
    assert [s.id for s in again.sources] == ["story_000", "story_001", "story_002", "story_003", "story_009"]
    assert "(updated)" in again.source("story_001").raw


def test_a_renamed_file_is_not_parsed_again(tmp_path, parses):
    corpus, index = _folder(tmp_path)
    load_corpus([corpus], index=index)
    parses.clear()
    (corpus / "story_002.txt").rename(corpus / "renamed.txt")
    again = load_corpus([corpus], index=index)
    assert parses == []
    assert "renamed" in [s.id for s in again.sources]


def test_a_changed_sidecar_is_seen(tmp_path, parses):
    corpus, index = _folder(tmp_path)
    side = corpus / "story_003.yaml"
    side.write_text("outlet: First Name\n", encoding="utf-8")
    assert load_corpus([corpus], index=index).source("story_003").outlet == "First Name"
    parses.clear()
    side.write_text("outlet: Second Name Here\n", encoding="utf-8")
    assert load_corpus([corpus], index=index).source("story_003").outlet == "Second Name Here"
    assert parses == ["story_003.txt"]


def test_same_size_rewrite_within_the_timestamp_tick_is_noticed(tmp_path, parses):
    # A file written moments before it was recorded is hashed again next time, so a same-size
    # rewrite that keeps the same (coarse) mtime is still seen.
    corpus, index = _folder(tmp_path, 2)
    fresh = corpus / "story_fresh.txt"
    fresh.write_text(article_text(7), encoding="utf-8")
    load_corpus([corpus], index=index)
    st = os.stat(fresh)
    fresh.write_text(article_text(7).replace("Tuesday", "Fridays"), encoding="utf-8")
    os.utime(fresh, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert os.stat(fresh).st_size == st.st_size
    parses.clear()
    assert "Fridays" in load_corpus([corpus], index=index).source("story_fresh").raw
    assert parses == ["story_fresh.txt"]


def test_a_warm_start_builds_no_plan_and_still_sees_a_same_size_edit(tmp_path, parses, monkeypatch):
    # A warm start compares every file's size and mtime with the stored ones at once; the per-file plan
    # is made only when the sources are asked for. An edit in place (the folder's mtime unchanged) is seen.
    from briefing_tui.store.synced import Manifest

    corpus, index = _folder(tmp_path)
    load_corpus([corpus], index=index)
    made: list[int] = []
    real = Manifest.unchanged_plan
    monkeypatch.setattr(Manifest, "unchanged_plan", lambda self: made.append(1) or real(self))
    parses.clear()
    warm = load_corpus([corpus], index=index)
    assert (warm.source_count, warm.problems, parses, made) == (5, [], [], [])
    assert [s.id for s in warm.sources] == [f"story_{k:03d}" for k in range(5)] and made == [1]
    folder_stamp = os.stat(corpus).st_mtime_ns
    edited = corpus / "story_002.txt"
    st = os.stat(edited)
    with open(edited, "r+", encoding="utf-8") as f:  # in place: the folder does not change
        f.write(article_text(2).replace("Officials", "Ministers"))
    os.utime(edited, ns=(st.st_atime_ns, st.st_mtime_ns - 30 * 1_000_000_000))
    assert os.stat(edited).st_size == st.st_size and os.stat(corpus).st_mtime_ns == folder_stamp
    parses.clear()
    again = load_corpus([corpus], index=index)
    assert parses == ["story_002.txt"]
    assert again.source("story_002").raw.startswith("Ministers")
    _same_sources(load_corpus([corpus], cache=False), again)


def test_parser_upgrade_invalidates_old_parses(tmp_path, parses, monkeypatch):
    corpus, index = _folder(tmp_path, 3)
    load_corpus([corpus], index=index)
    parses.clear()
    import briefing_tui.store.index as store_index

    monkeypatch.setattr(store_index, "PARSER_VERSION", "next-version-for-test")
    again = load_corpus([corpus], index=index)
    assert len(parses) == 3 and len(again.sources) == 3
    with sqlite3.connect(index) as conn:
        versions = {v for (v,) in conn.execute("SELECT DISTINCT parser FROM parses")}
    assert versions == {"next-version-for-test"}


def test_bodies_load_only_when_read(tmp_path):
    corpus, index = _folder(tmp_path, 3)
    load_corpus([corpus], index=index)
    warm = load_corpus([corpus], index=index)
    source = warm.sources[0]
    assert not source.loaded
    assert source.title and source.words > 0
    assert not source.loaded
    assert source.raw[source.sentences[0].start:source.sentences[0].end] == source.sentences[0].text
    assert source.loaded


def test_body_comes_from_the_file_when_the_index_lost_it(tmp_path):
    corpus, index = _folder(tmp_path, 2)
    load_corpus([corpus], index=index)
    warm = load_corpus([corpus], index=index)
    with sqlite3.connect(index) as conn:
        conn.execute("UPDATE parses SET body = x'00'")
    assert "Regional officials" in warm.sources[0].raw


def test_analysis_is_cached_and_invalidated_by_alias_files(tmp_path, monkeypatch):
    corpus, index = _folder(tmp_path, 2)
    calls: list[int] = []

    def fake_analyse(sources, alias_files=(), memo=None):
        calls.append(len(sources))
        src = sources[0]
        person = Entity("e1", "Marta Ilves", "person", ["Ilves"], [Mention(src.id, 0, 5, src.raw[:5], 0)])
        quote = Quote("q1", "We have waited long enough", "Marta Ilves", "direct", src.id, 1, 2, "s", 0)
        return Analysis([person], [quote])

    monkeypatch.setattr("briefing_tui.extract.analyse", fake_analyse)
    first = load_corpus([corpus], index=index).analysis
    second = load_corpus([corpus], index=index).analysis
    assert calls == [2]
    assert second == first and isinstance(second.entities[0].mentions[0], Mention)
    (corpus / "aliases.yaml").write_text("Ilves: Marta Ilves\n", encoding="utf-8")
    load_corpus([corpus], index=index).analysis
    assert calls == [2, 2]


def test_user_files_are_never_written(tmp_path):
    corpus, index = _folder(tmp_path, 4)
    (corpus / "story_000.yaml").write_text("outlet: Side Car\n", encoding="utf-8")
    before = snapshot(corpus)
    load_corpus([corpus], index=index)
    load_corpus([corpus], index=index)
    index.write_bytes(b"garbage" * 100)
    with pytest.raises(IndexRefused):  # a named index path that is not an index is refused, untouched
        load_corpus([corpus], index=index)
    assert index.read_bytes() == b"garbage" * 100
    load_corpus([corpus])  # the default index, in the (temporary) user cache folder
    default_index_path([corpus]).write_bytes(b"garbage" * 100)
    load_corpus([corpus])  # set aside and rebuilt there
    assert snapshot(corpus) == before


def test_no_cache_writes_no_index(tmp_path):
    corpus, _ = _folder(tmp_path, 2)
    cache = Path(os.environ["BRIEFING_CACHE_DIR"])
    load_corpus([corpus], cache=False)
    assert not cache.exists() or not any(cache.rglob("*.sqlite3"))
    load_corpus([corpus])
    assert len(list(cache.rglob("*.sqlite3"))) == 1


def test_warm_start_imports_neither_the_parser_nor_textual(tmp_path):
    # A cached lookup must not pay for compiling the parser's regular expressions (or for Textual).
    corpus, index = _folder(tmp_path, 3)
    load_corpus([corpus], index=index)
    code = (f"import sys; from briefing_tui.corpus import load_corpus; "
            f"c = load_corpus([{str(corpus)!r}], index={str(index)!r}); c.quotes; "
            f"print(c.source_count, sorted(m for m in sys.modules if m.startswith(('briefing_tui.ingest', 'textual'))))")
    from tests.store_helpers import run_python

    out, err = run_python(code).communicate(timeout=60)
    assert out.strip() == "3 []", err


def _warm_quotes(corpus, index) -> str:
    """Python code that runs a quote lookup (its output swallowed) on a stored corpus, for a fresh process to look at
    what the lookup loaded after it."""
    return (f"import io, sys, contextlib; from briefing_tui.cli import main\n"
            f"with contextlib.redirect_stdout(io.StringIO()): "
            f"main(['quotes', '--corpus', {str(corpus)!r}, '--index', {str(index)!r}, '--json'])\n")


def test_a_warm_quote_lookup_builds_no_class_it_does_not_use_and_imports_no_shutil(tmp_path):
    # What a quote lookup never uses is not made at its start: a source's parts, entities and mentions, the
    # comparison's and the stories' dataclasses (briefing_tui.model makes them on first use) and shutil (with its
    # archive modules), yet every name still comes from briefing_tui.model, under that module's name (the one
    # stored results and pickles carry).
    corpus, index = _folder(tmp_path, 3)
    load_corpus([corpus], index=index).analysis  # (stored: the lookup below is a warm one)
    code = (_warm_quotes(corpus, index) + "import briefing_tui.model as model\n"
            f"print(sorted(n for n in ('Paragraph', 'Sentence', 'Citation', 'Removed', 'Mention', 'Entity', 'Figure', "
            f"'Statement', 'TimePoint', 'Claim', 'Story') if n in vars(model)),"
            f" 'shutil' in sys.modules)\n"
            f"from briefing_tui.model import Claim, Entity, Figure, Paragraph, Story\n"
            f"print(Claim.__module__, Figure.__qualname__, Story.__module__, Entity.__module__,"
            f" Paragraph.__qualname__)")
    from tests.store_helpers import run_python

    out, err = run_python(code).communicate(timeout=60)
    assert out.splitlines() == ["[] False",
                                "briefing_tui.model Figure briefing_tui.model briefing_tui.model Paragraph"], err


def test_a_warm_quote_lookup_imports_no_backend_protocol_nor_the_base_record(tmp_path):
    # The backend's protocols and its Member dataclass (named in annotations; a member is made only when asked
    # for), the parsed corpus (only without an index) and the analysis base record (read when a sync writes a
    # manifest) are not made by a warm lookup; every one of them still works where it is used.
    corpus, index = _folder(tmp_path, 3)
    load_corpus([corpus], index=index).analysis  # (stored: the lookup below is a warm one)
    code = (_warm_quotes(corpus, index) +
            f"print(sorted(m for m in ('briefing_tui.store.backend', 'briefing_tui.store.parsed',"
            f" 'briefing_tui.store.analysis_base') if m in sys.modules))\n"
            f"from briefing_tui.corpus import Corpus, load_corpus\n"
            f"c = load_corpus([{str(corpus)!r}], index={str(index)!r})\n"
            f"print([(type(m).__module__, m.id) for m in c.members()])\n"
            f"print([m.id for m in Corpus(list(c.sources)).members()])")
    from tests.store_helpers import run_python

    out, err = run_python(code).communicate(timeout=60)
    ids = ["story_000", "story_001", "story_002"]
    assert out.splitlines() == ["[]", str([("briefing_tui.store.backend", i) for i in ids]), str(ids)], err


def test_a_folder_named_before_it_exists_is_found_once_it_does(tmp_path):
    corpus = tmp_path / "later" / "deeper" / "corpus"
    index = tmp_path / "index.sqlite3"
    first = load_corpus([corpus], index=index)
    assert first.source_count == 0 and "no such file or folder" in first.problems[0].reason
    write_corpus(corpus, 2)
    again = load_corpus([corpus], index=index)
    assert again.source_count == 2 and again.problems == []


def test_new_files_in_a_subfolder_are_found(tmp_path):
    corpus, index = _folder(tmp_path, 2)
    sub = corpus / "more"
    sub.mkdir()
    age([sub, corpus])
    load_corpus([corpus], index=index)
    (sub / "story_000.txt").write_text(article_text(2), encoding="utf-8")  # (a text of its own: a copy is skipped)
    assert [s.id for s in load_corpus([corpus], index=index).sources] == ["story_000", "story_001", "more/story_000"]


def test_load_texts_reads_every_body_in_one_pass(tmp_path):
    corpus, index = _folder(tmp_path, 4)
    load_corpus([corpus], index=index)
    warm = load_corpus([corpus], index=index)
    assert not any(s.loaded for s in warm.sources)
    warm.load_texts()
    assert all(s.loaded for s in warm.sources)
    _same_sources(load_corpus([corpus], cache=False), warm)


def test_a_cached_lookup_reads_a_part_of_the_stored_analysis_and_survives_its_row_going(tmp_path, monkeypatch):
    # The stored analysis is read by slices: a quote lookup reads the head and one quote's document, not the
    # mentions. Should the row go meanwhile (another process storing newer results), it is made again.
    import json as _json

    from briefing_tui.store.index import CorpusIndex

    corpus, index = _folder(tmp_path, 6)
    cold = load_corpus([corpus], cache=False)
    load_corpus([corpus], index=index).analysis  # computed and stored
    read: list[int] = []
    real = CorpusIndex.read_stored

    def counting(self, kind, signature, start, stop):
        got = real(self, kind, signature, start, stop)
        read.append(len(got or b""))
        return got

    monkeypatch.setattr(CorpusIndex, "read_stored", counting)
    warm = load_corpus([corpus], index=index)
    stored = warm.index.stored_blob("analysis", warm.index.signature(("extract",), warm.alias_files()))
    assert stored is not None and len(warm.analysis.quotes) == len(cold.analysis.quotes) > 0
    first = warm.quote(0)
    assert first == cold.analysis.quotes[0]
    assert 0 < sum(read) < len(stored) / 2
    warm.index._conn.execute("DELETE FROM results WHERE kind = 'analysis'")
    assert _json.dumps([dataclasses.asdict(e) for e in warm.entities]) == \
        _json.dumps([dataclasses.asdict(e) for e in cold.entities])
    assert [warm.quote(i) for i in range(len(cold.analysis.quotes))] == cold.analysis.quotes


def test_every_stored_quote_is_decoded_from_one_read(tmp_path, monkeypatch):
    from briefing_tui.store.index import CorpusIndex

    corpus, index = _folder(tmp_path, 6)
    cold = load_corpus([corpus], cache=False)
    load_corpus([corpus], index=index).analysis
    reads: list[tuple[int, int]] = []
    real = CorpusIndex.read_stored
    monkeypatch.setattr(CorpusIndex, "read_stored",
                        lambda self, kind, sig, start, stop: reads.append((start, stop)) or real(self, kind, sig, start, stop))
    warm = load_corpus([corpus], index=index)
    assert len(warm.analysis.quotes) >= 3  # merged across the sources
    reads.clear()
    assert list(warm.quotes) == cold.quotes
    assert len(reads) == 1
