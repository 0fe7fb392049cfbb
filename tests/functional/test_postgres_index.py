"""Issue 16: a desk shares one index on PostgreSQL, tested against a real server started in a temporary
folder (tests/pg_server.py; as an unprivileged user when the tests run as root).

What a shared index must give is what the SQLite index gives for the same articles: the JSON of
``sources``, ``quotes``, ``entities`` and ``diff`` is compared with a run on SQLite.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from briefing_tui.paths import seeds_dir
from tests.pg_server import PgServer

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "articles"
READER_PASSWORD = "reader-secret-9f3"


@pytest.fixture(scope="module")
def server():
    """One real PostgreSQL server for this module."""
    started = PgServer().start()
    yield started
    started.stop()


@pytest.fixture
def database(server) -> str:
    """A fresh database of its own for each test."""
    return server.new_database()


def briefing(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Run the CLI in a child process (as a desk member would), without the user's PG* settings."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("PG") and k != "BRIEFING_INDEX_URL"}
    full.update({"PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8", **(env or {})})
    return subprocess.run([sys.executable, "-m", "briefing_tui", *args], capture_output=True, text=True, cwd=cwd,
                          env=full, timeout=300)


def records(done: subprocess.CompletedProcess) -> list[dict]:
    """The records of a ``--json`` run (``{"schema_version": 1, "<command>": [...]}``)."""
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    [rows] = [v for k, v in doc.items() if k != "schema_version"]
    return rows


def without_paths(rows: list[dict]) -> list[dict]:
    """Source records less their path (a shared corpus names the path its article was first added from)."""
    return [{k: v for k, v in r.items() if k != "path"} for r in rows]


def pool(tmp_path: Path) -> list[Path]:
    """Fourteen articles with distinct names (the seeds and the test articles, sidecars included) in one folder."""
    folder = tmp_path / "pool"
    folder.mkdir()
    for path in [*sorted(seeds_dir().glob("*.txt")), *sorted(ARTICLES.glob("*.txt"))]:
        shutil.copy2(path, folder / path.name)
        side = path.with_suffix(".yaml")
        if side.exists():
            shutil.copy2(side, folder / side.name)
    return sorted(folder.glob("*.txt"))


def folder_of(tmp_path: Path, name: str, files: list[Path]) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for path in files:
        shutil.copy2(path, folder / path.name)
        side = path.with_suffix(".yaml")
        if side.exists():
            shutil.copy2(side, folder / side.name)
    return folder


def sqlite_run(tmp_path: Path, corpus: Path, *command: str) -> list[dict]:
    return records(briefing(*command, "--json", "--corpus", str(corpus), "--index", str(tmp_path / "ref.sqlite3")))


def shared_run(url: str, *command: str, env: dict[str, str] | None = None) -> list[dict]:
    return records(briefing("--index", url, *command, "--json", env=env))


def test_four_machines_syncing_overlapping_folders_at_once_give_the_single_sqlite_result(server, database, tmp_path):
    files = pool(tmp_path)
    folders = [folder_of(tmp_path, "alice", files[0:8]), folder_of(tmp_path, "bob", files[4:12]),
               folder_of(tmp_path, "carol", [*files[8:], *files[0:2]]), folder_of(tmp_path, "dan", files)]
    url = server.url(database)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env.update({"PYTHONPATH": str(ROOT), "BRIEFING_INDEX_URL": url})
    running = [subprocess.Popen([sys.executable, "-m", "briefing_tui", "sync", str(f)], cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in folders]
    outcomes = [p.communicate(timeout=300) for p in running]
    assert [p.returncode for p in running] == [0, 0, 0, 0], outcomes
    counts = [re.fullmatch(r"added (\d+), updated 0, removed 0, already there (\d+)\n", out) for out, _ in outcomes]
    assert sum(int(c.group(1)) for c in counts) == len(files)  # each article added exactly once, by one of them
    assert [int(c.group(1)) + int(c.group(2)) for c in counts] == [8, 8, 8, 14]
    with server.admin(database) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT name) FROM members").fetchone() == (len(files), len(files))
    for command in (["sources"], ["quotes"], ["entities"], ["diff"]):
        reference = sqlite_run(tmp_path, tmp_path / "pool", *command)
        shared = shared_run(url, *command)
        if command == ["sources"]:
            reference, shared = without_paths(reference), without_paths(shared)
            assert len(shared) == len(files)
        assert shared == reference, command


def test_sync_again_adds_nothing_and_add_takes_files(server, database, tmp_path):
    files = pool(tmp_path)
    url = server.url(database)
    first = briefing("--index", url, "add", str(files[0]), str(files[1]))
    assert (first.returncode, first.stdout) == (0, "added 2, updated 0, removed 0, already there 0\n"), first.stderr
    again = briefing("--index", url, "sync", str(tmp_path / "pool"))
    assert again.stdout == f"added {len(files) - 2}, updated 0, removed 0, already there 2\n"
    assert briefing("--index", url, "sync", str(tmp_path / "pool")).stdout == f"added 0, updated 0, removed 0, already there {len(files)}\n"
    renamed = folder_of(tmp_path, "renamed", [])
    shutil.copy2(files[3], renamed / "another-name.txt")  # the same bytes under another name: the same article
    assert briefing("--index", url, "sync", str(renamed)).stdout == "added 0, updated 0, removed 0, already there 1\n"
    assert [s["id"] for s in shared_run(url, "sources")] == [f.stem for f in files]


def test_pasted_text_with_metadata_goes_to_the_shared_corpus(server, database):
    url = server.url(database)
    text = "Harbour reopens\n\nThe harbour reopened on Monday, the port authority said.\n"
    done = subprocess.run([sys.executable, "-m", "briefing_tui", "--index", url, "add", "-", "--outlet", "Coast Wire",
                           "--title", "Harbour reopens"],
                          input=text, capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert done.stdout == "added 1, updated 0, removed 0, already there 0\n"
    [source] = shared_run(url, "sources")
    assert (source["outlet"], source["title"]) == ("Coast Wire", "Harbour reopens")


def test_an_empty_shared_corpus_says_how_to_fill_it(server, database):
    url = server.url(database)
    done = briefing("--index", url, "sources")
    assert done.returncode == 1
    masked = url.replace(server.password, "***")
    assert f"briefing: {masked}: the shared corpus is empty (add articles with `briefing sync DIR`" in done.stderr
    assert server.password not in done.stderr + done.stdout


def test_passwords_come_from_the_url_the_environment_or_a_passfile_and_are_never_printed(server, database, tmp_path):
    (tmp_path / "pool").mkdir()
    shutil.copy2(sorted(seeds_dir().glob("*.txt"))[0], tmp_path / "pool")
    bare = f"postgresql://briefing_admin@127.0.0.1:{server.port}/{database}"
    assert briefing("--index", server.url(database), "sync", str(tmp_path / "pool")).returncode == 0
    by_env = briefing("--index", bare, "sources", "--json", env={"PGPASSWORD": server.password})
    assert len(records(by_env)) == 1
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"127.0.0.1:{server.port}:*:briefing_admin:{server.password}\n")
    passfile.chmod(0o600)
    by_file = briefing("sources", "--json", env={"PGPASSFILE": str(passfile), "BRIEFING_INDEX_URL": bare})
    assert len(records(by_file)) == 1
    wrong = server.url(database, password="not-the-Secret-42")
    for command in (["quotes"], ["sync", str(tmp_path / "pool")], ["add", str(tmp_path / "pool")], []):
        done = briefing("--index", wrong, *command)
        assert done.returncode == 2, (command, done.stderr)
        assert done.stdout == ""
        assert "not-the-Secret-42" not in done.stderr
        assert done.stderr.splitlines()[-1].startswith(f"briefing: postgresql://briefing_admin:***@127.0.0.1:{server.port}/{database}: "
                                      "cannot connect (")
        assert "password authentication failed" in done.stderr
    as_parameter = f"{bare}?password=not-the-Secret-42"
    done = briefing("--index", as_parameter, "quotes")
    assert done.returncode == 2 and "not-the-Secret-42" not in done.stderr and "password=***" in done.stderr


def test_a_reader_granted_only_select_reads_everything_and_writes_nothing(server, database, tmp_path):
    files = pool(tmp_path)
    writer = server.url(database)
    assert briefing("--index", writer, "sync", str(tmp_path / "pool")).returncode == 0
    expected = {c: shared_run(writer, c) for c in ("sources", "quotes", "entities", "diff")}
    with server.admin(database) as conn:
        conn.execute("DROP ROLE IF EXISTS reader")
        conn.execute(f"CREATE ROLE reader LOGIN PASSWORD '{READER_PASSWORD}'")
        conn.execute(f'GRANT CONNECT ON DATABASE "{database}" TO reader')
        conn.execute("GRANT USAGE ON SCHEMA public TO reader")
        conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader")
        before = conn.execute("SELECT (SELECT count(*) FROM results), (SELECT count(*) FROM quotes)").fetchone()
    reader = server.url(database, user="reader", password=READER_PASSWORD)
    for command, rows in expected.items():
        assert shared_run(reader, command) == rows, command
    refused = briefing("--index", reader, "sync", str(tmp_path / "pool"))
    assert refused.returncode == 2 and "permission denied" in refused.stderr, refused.stderr
    assert READER_PASSWORD not in refused.stderr
    with server.admin(database) as conn:
        after = conn.execute("SELECT (SELECT count(*) FROM results), (SELECT count(*) FROM quotes)").fetchone()
    assert after == before
    assert len(expected["sources"]) == len(files)


async def test_the_app_loads_the_shared_corpus_as_a_reader(server, database, tmp_path):
    from briefing_tui.model import LoadOptions
    from ui_fixtures import make_test_app, wait_until

    pool(tmp_path)
    assert briefing("--index", server.url(database), "sync", str(tmp_path / "pool")).returncode == 0
    with server.admin(database) as conn:
        conn.execute("DROP ROLE IF EXISTS viewer")
        conn.execute("CREATE ROLE viewer LOGIN PASSWORD 'viewer-pw'")
        conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO viewer")
    app = make_test_app(tmp_path, corpus_paths=None,
                        load_options=LoadOptions(index=server.url(database, user="viewer", password="viewer-pw")))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: app.search_index is not None, "the shared corpus loaded")
        assert len(app.corpus.sources) == 14
        assert len(app.corpus.quotes) == len(shared_run(server.url(database), "quotes"))


async def test_the_app_names_an_unusable_server_without_its_password(server, database, tmp_path):
    from briefing_tui.model import LoadOptions
    from ui_fixtures import make_test_app, wait_until

    wrong = server.url(database, password="Wr0ng-Secret-77")
    app = make_test_app(tmp_path, corpus_paths=None, load_options=LoadOptions(index=wrong))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_until(pilot, lambda: app._notifications, "the failure notified")
        [note] = [n.message for n in app._notifications]
    assert note.startswith(f"Loading failed: SharedIndexError: postgresql://briefing_admin:***@127.0.0.1:"
                           f"{server.port}/{database}: cannot connect (")
    assert "Wr0ng-Secret-77" not in note


def test_a_parse_of_another_parser_version_is_redone_from_the_stored_bytes(server, database, tmp_path):
    from briefing_tui.corpus import load_corpus

    pool(tmp_path)
    url = server.url(database)
    assert briefing("--index", url, "sync", str(tmp_path / "pool")).returncode == 0
    expected = shared_run(url, "quotes")
    shutil.rmtree(tmp_path / "pool")  # this machine never had the files: only the server has them
    with server.admin(database) as conn:
        conn.execute("UPDATE parses SET parser = 'an older parser'")
        conn.execute("DELETE FROM results")
    assert shared_run(url, "quotes") == expected
    with server.admin(database) as conn:
        assert conn.execute("SELECT count(*) FROM parses WHERE parser <> 'an older parser'").fetchone()[0] == 14
    corpus = load_corpus(None, index=url)
    assert all(s.raw for s in corpus.sources)


def test_a_newer_schema_is_left_untouched(server, database):
    url = server.url(database)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE briefing_meta (name text PRIMARY KEY, value text NOT NULL)")
        conn.execute("INSERT INTO briefing_meta VALUES ('schema_version', '99')")
    done = briefing("--index", url, "sources")
    assert done.returncode == 2
    assert "written by a newer version of briefing-tui (schema 99; this version reads schema 1)" in done.stderr
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT to_regclass('parses')").fetchone()[0] is None


def test_speakers_and_names_are_found_by_trigram_and_words_by_full_text(server, database, tmp_path):
    from briefing_tui.corpus import load_corpus
    from briefing_tui.store.postgres.rows import search_articles, search_quotes
    from briefing_tui.store.versions import PARSER_VERSION

    pool(tmp_path)
    url = server.url(database)
    assert briefing("--index", url, "sync", str(tmp_path / "pool")).returncode == 0
    corpus = load_corpus(None, index=url)
    index = corpus.index
    quotes = corpus.quotes
    speaker = next(q.speaker for q in quotes if q.speaker and len(q.speaker.split()) > 1)
    surname = speaker.split()[-1]
    misspelt = surname[:-2] + surname[-1] + surname[-2]  # two letters swapped
    assert index.similar_speakers(misspelt)[0] == speaker
    entity = next(e for e in corpus.entities if e.type == "person" and len(e.name) > 6)
    assert entity.id in [i for i, _, _ in index.similar_entities(entity.name.lower())]
    hint = briefing("--index", url, "quotes", "--speaker", misspelt)
    assert hint.returncode == 1
    assert f"no speaker matches {misspelt!r}; did you mean: {speaker}" in hint.stderr
    word = max(quotes[0].text.split(), key=len).strip(".,;:“”\"'")
    found = search_quotes(index._conn, index.analysis_signature, word)
    assert quotes[0].id in found
    assert all(word.lower() in next(q.text for q in quotes if q.id == i).lower() for i in found)
    keys = [s.key for s in corpus.sources]
    hits = search_articles(index._conn, PARSER_VERSION, word, keys)
    assert hits and all(word.lower() in next(s.raw for s in corpus.sources if s.key == k).lower() for k in hits)


def test_the_postgresql_index_is_an_index_backend(server, database, tmp_path):
    from briefing_tui.store.backend import IndexBackend, Member, SyncedCorpus
    from briefing_tui.store.postgres import open_shared
    from tests.store_helpers import write_corpus

    write_corpus(tmp_path / "c", 3)
    index = open_shared(server.url(database))
    synced = index.sync([tmp_path / "c"])
    assert isinstance(index, IndexBackend) and isinstance(synced, SyncedCorpus)
    members = synced.members()
    assert [m.id for m in members] == [s.id for s in synced.sources()] == ["story_000", "story_001", "story_002"]
    assert all(isinstance(m, Member) and len(m.key) == 40 for m in members)
    assert synced.count == 3 and index.parsed == 3
    assert index.sync([tmp_path / "c"]).count == 3 and index.parsed == 0  # parses are shared, members untouched
    assert index.shared().count == 0  # reading folders adds nothing to the shared corpus
    assert set(index.read_heads([m.key for m in members])) == {m.key for m in members}
    body = index.read_body(members[0].key)
    assert body is not None and "Marta Ilves" in body["raw"]
    assert set(index.read_bodies([m.key for m in members] + ["nope"])) == {m.key for m in members}
    assert index.read_body("nope") is None
    index.put_analyses("found", "v1", {"a": b"one", "b": b"two"})
    assert index.get_analyses("found", "v1", ["a", "b", "c"]) == {"a": b"one", "b": b"two"}
    index.put_analyses("found", "v2", {"a": b"new"})
    assert index.get_analyses("found", "v1", ["a", "b"]) == {"b": b"two"}
    assert index.get_analyses("found", "v2", ["a"]) == {"a": b"new"}
    assert index.get_result("claims", "s1") is None
    index.put_result("claims", "s1", b"blob")
    assert index.get_result("claims", "s1") == b"blob"
    calls = []
    assert index.remember("thing", ("extract",), [], lambda: calls.append(1) or [1, 2]) == [1, 2]
    assert index.remember("thing", ("extract",), [], lambda: calls.append(1) or [3]) == [1, 2]
    assert calls == [1]
    index.close()


def test_stories_and_each_storys_claims_read_back_from_the_server_equal_sqlite(server, database, tmp_path):
    pool(tmp_path)
    url = server.url(database)
    assert briefing("--index", url, "sync", str(tmp_path / "pool")).returncode == 0
    stories = shared_run(url, "stories")
    assert len(stories) > 1  # several stories, so `diff` compares each one on its own
    reference = sqlite_run(tmp_path, tmp_path / "pool", "diff")
    assert shared_run(url, "diff") == reference  # compared, then stored on the server
    with server.admin(database) as conn:
        kinds = {k for (k,) in conn.execute("SELECT DISTINCT kind FROM results")}
    assert {"stories"} | {f"story claims {s['id']}" for s in stories if s["size"] > 1} <= kinds
    assert shared_run(url, "stories") == stories and shared_run(url, "diff") == reference  # read back
    # A story's quotes: its sources' names and quotes read from the rows `diff` stored on the server.
    story = next(s["id"] for s in stories if s["size"] > 1)
    quotes = sqlite_run(tmp_path, tmp_path / "pool", "quotes", "--story", story)
    assert quotes and shared_run(url, "quotes", "--story", story) == quotes
