"""The lazily built langdetect table gives exactly langdetect's own table and answers."""

from __future__ import annotations

import pytest

pytest.importorskip("langdetect")

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory  # noqa: E402

from briefing_tui.ingest.langdetect_profiles import lazy_factory  # noqa: E402

SAMPLES = [
    "Japan is back, says the prime minister",
    "Le Premier ministre a annoncé un plan",
    "Der Bundeskanzler sprach am Montag in Berlin",
    "El presidente habló con los periodistas",
    "Премьер-министр заявил",
    "日本の首相は月曜日に述べた",
    "Il governo ha approvato la legge",
    "x",
]


@pytest.fixture(scope="module")
def factories():
    eager = DetectorFactory()
    eager.load_profile(PROFILES_DIRECTORY)
    return eager, lazy_factory(PROFILES_DIRECTORY)


def test_same_languages_in_the_same_order(factories):
    eager, lazy = factories
    assert lazy.langlist == eager.langlist
    assert len(lazy.langlist) == 55


def test_rows_equal_langdetect_s_own(factories):
    eager, lazy = factories
    words = [w for i, w in enumerate(eager.word_lang_prob_map) if i % 37 == 0]
    assert len(words) > 1000
    for w in words:
        assert w in lazy.word_lang_prob_map
        assert lazy.word_lang_prob_map[w] == eager.word_lang_prob_map[w][:len(eager.langlist)]
    for missing in ("qqqqzz", "\u2603\u2603", ""):
        assert (missing in lazy.word_lang_prob_map) == (missing in eager.word_lang_prob_map)


def test_same_probabilities_for_texts(factories):
    eager, lazy = factories
    for factory in (eager, lazy):
        factory.set_seed(0)
    for text in SAMPLES:
        got = []
        for factory in (eager, lazy):
            d = factory.create()
            d.append(text)
            try:
                got.append([(p.lang, p.prob) for p in d.get_probabilities()])
            except Exception as exc:  # langdetect raises on text without features: both must
                got.append(type(exc).__name__)
        assert got[0] == got[1], text


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    """A factory reading the table stored in a fresh cache folder (built by this call)."""
    from briefing_tui.ingest.langdetect_profiles import stored_factory

    cache = tmp_path_factory.mktemp("cache")
    factory = stored_factory(PROFILES_DIRECTORY, cache)
    return factory, cache


def test_stored_table_is_written_once_in_the_cache_folder(stored):
    from briefing_tui.ingest.langdetect_profiles import LazyProbabilities, stored_factory, stored_table_path

    factory, cache = stored
    path = stored_table_path(PROFILES_DIRECTORY, cache)
    assert [p.name for p in cache.iterdir()] == [path.name]
    assert isinstance(factory.word_lang_prob_map, LazyProbabilities)
    mtime = path.stat().st_mtime_ns
    again = stored_factory(PROFILES_DIRECTORY, cache)
    assert path.stat().st_mtime_ns == mtime
    assert again.langlist == factory.langlist


def test_stored_table_gives_langdetect_s_own_rows(factories, stored):
    eager, _ = factories
    factory, _ = stored
    assert factory.langlist == eager.langlist
    words = [w for i, w in enumerate(eager.word_lang_prob_map) if i % 37 == 0]
    for w in words:
        assert w in factory.word_lang_prob_map
        assert factory.word_lang_prob_map[w] == eager.word_lang_prob_map[w][:len(eager.langlist)]
    for missing in ("qqqqzz", "\u2603\u2603", ""):
        assert missing not in factory.word_lang_prob_map
        with pytest.raises(KeyError):
            factory.word_lang_prob_map[missing]


def test_stored_table_gives_the_same_probabilities(factories, stored):
    eager, _ = factories
    factory, _ = stored
    for f in (eager, factory):
        f.set_seed(0)
    for text in SAMPLES:
        got = []
        for f in (eager, factory):
            d = f.create()
            d.append(text)
            try:
                got.append([(p.lang, p.prob) for p in d.get_probabilities()])
            except Exception as exc:
                got.append(type(exc).__name__)
        assert got[0] == got[1], text


def test_other_profiles_get_another_table(tmp_path):
    """The table is named by the profile files: a changed profile (another langdetect) is never read
    from the table of the old ones."""
    import shutil

    from briefing_tui.ingest.langdetect_profiles import stored_factory, stored_table_path

    profiles = tmp_path / "profiles"
    shutil.copytree(PROFILES_DIRECTORY, profiles)
    (tmp_path / "cache").mkdir()
    before = stored_table_path(str(profiles), tmp_path / "cache")
    stored_factory(str(profiles), tmp_path / "cache")
    (profiles / "en").write_text((profiles / "en").read_text(encoding="utf-8") + " ", encoding="utf-8")
    after = stored_table_path(str(profiles), tmp_path / "cache")
    assert after != before
    stored_factory(str(profiles), tmp_path / "cache")
    assert sorted(p.name for p in (tmp_path / "cache").iterdir()) == sorted([before.name, after.name])


def test_unwritable_cache_folder_falls_back_to_reading_the_profiles(tmp_path):
    from briefing_tui.ingest.langdetect_profiles import stored_factory

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    factory = stored_factory(PROFILES_DIRECTORY, blocker / "cache")
    assert len(factory.langlist) == 55
    assert "the" in factory.word_lang_prob_map


def test_a_damaged_table_is_written_again_and_gives_the_same_rows(factories, tmp_path):
    from briefing_tui.ingest.langdetect_profiles import stored_factory, stored_table_path

    eager, _ = factories
    path = stored_table_path(PROFILES_DIRECTORY, tmp_path)
    path.write_bytes(b"not a database" * 100)
    factory = stored_factory(PROFILES_DIRECTORY, tmp_path)
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert factory.word_lang_prob_map["the"] == eager.word_lang_prob_map["the"][:len(eager.langlist)]


def test_a_table_gone_bad_while_in_use_answers_from_the_profiles(factories, tmp_path):
    import sqlite3

    from briefing_tui.ingest.langdetect_profiles import stored_factory

    eager, _ = factories
    factory = stored_factory(PROFILES_DIRECTORY, tmp_path)
    table = factory.word_lang_prob_map
    table._counts_of._db.close()  # any read now fails with sqlite3.ProgrammingError
    with pytest.raises(sqlite3.Error):
        table._counts_of._db.execute("SELECT 1")
    for word in ("the", "der", "qqqqzz"):
        assert (word in table) == (word in eager.word_lang_prob_map)
    assert table["der"] == eager.word_lang_prob_map["der"][:len(eager.langlist)]


def test_a_missing_cache_folder_is_not_created(tmp_path):
    from briefing_tui.ingest.langdetect_profiles import LazyProbabilities, stored_factory

    factory = stored_factory(PROFILES_DIRECTORY, tmp_path / "cache")
    assert not (tmp_path / "cache").exists()
    assert isinstance(factory.word_lang_prob_map, LazyProbabilities)
    assert len(factory.langlist) == 55


def test_a_run_through_an_index_keeps_the_table_in_its_own_private_folder(tmp_path, monkeypatch):
    """The CLI's detection reads the table a run through the index stored: in cache/langdetect (the indexes
    are alone in cache/index), private like them; a missing table is not written by detection itself."""
    import stat

    from briefing_tui.ingest import language
    from briefing_tui.ingest.langdetect_profiles import LazyProbabilities, profiles_folder, stored_table_path

    cache = tmp_path / "cache"
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(cache))
    cache.mkdir()
    language._factory.cache_clear()
    try:
        assert type(language._factory().word_lang_prob_map._counts_of).__name__ != "_StoredCounts"
        assert not profiles_folder(cache).exists()  # detection alone writes nothing
        language._factory.cache_clear()
        language.keep_profiles()
        table = stored_table_path(PROFILES_DIRECTORY, profiles_folder(cache))
        assert table.is_file() and stat.S_IMODE(table.stat().st_mode) == 0o600
        assert stat.S_IMODE(profiles_folder(cache).stat().st_mode) == 0o700
        probabilities = language._factory().word_lang_prob_map
        assert isinstance(probabilities, LazyProbabilities)
        assert type(probabilities._counts_of).__name__ == "_StoredCounts"
    finally:
        language._factory.cache_clear()
