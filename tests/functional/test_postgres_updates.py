"""A shared index (PostgreSQL) follows the desk's edits: ``sync`` again after an edit keeps one
version, ``sync --delete`` removes what is gone, ``remove ID...`` removes by id, and a role that may
only read is refused. Against a real server (tests/pg_server.py), compared with SQLite runs."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.functional.test_postgres_index import (READER_PASSWORD, briefing, database, pool, server, shared_run,
                                                  sqlite_run, without_paths)

__all__ = ["database", "server"]  # the fixtures, shared with the module they come from


def edit(path: Path, before: str) -> str:
    """Give the article a new quoted paragraph, just before the paragraph holding ``before`` (a new
    version of it); the words quoted."""
    said = "We will reopen the northern terminal by Friday"
    text = path.read_text(encoding="utf-8")
    at = text.index(before)
    path.write_text(text[:at] + f'"{said}," said Dana Whitlock, the harbour master.\n\n' + text[at:], encoding="utf-8")
    return said


def test_an_edited_file_synced_again_replaces_its_old_version(server, database, tmp_path):
    files = pool(tmp_path)
    url = server.url(database)
    assert briefing("--index", url, "sync", str(tmp_path / "pool")).returncode == 0
    first = shared_run(url, "quotes")
    before = {q["id"] for q in first}
    quoted = next(q for q in first if q["source"] == "press_release")
    target = tmp_path / "pool" / "press_release.txt"
    said = edit(target, quoted["sentence"])
    again = briefing("--index", url, "sync", str(tmp_path / "pool"))
    assert again.returncode == 0, again.stderr
    ids = [s["id"] for s in shared_run(url, "sources")]
    assert ids == [f.stem for f in files]  # one version: no "<stem>-2"
    assert again.stdout == f"added 0, updated 1, removed 0, already there {len(files) - 1}\n"
    with server.admin(database) as conn:
        assert conn.execute("SELECT count(*) FROM members WHERE stem = %s", (target.stem,)).fetchone()[0] == 1
    quotes = shared_run(url, "quotes")
    assert [(q["text"], q["speaker"]) for q in quotes if "northern terminal" in q["text"]] == [(said, "Dana Whitlock")]
    assert {q["id"] for q in quotes} != before  # the cached quotes were not served again
    for command in (["sources"], ["quotes"], ["entities"], ["diff"]):
        reference = sqlite_run(tmp_path, tmp_path / "pool", *command)
        shared = shared_run(url, *command)
        if command == ["sources"]:
            reference, shared = without_paths(reference), without_paths(shared)
        assert shared == reference, command


def test_sync_delete_removes_the_articles_whose_file_is_gone_and_plain_sync_removes_nothing(server, database, tmp_path):
    files = pool(tmp_path)
    url = server.url(database)
    assert briefing("--index", url, "sync", str(tmp_path / "pool")).returncode == 0
    files[0].unlink()
    plain = briefing("--index", url, "sync", str(tmp_path / "pool"))
    assert len(shared_run(url, "sources")) == len(files)  # nothing removed without --delete
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy2(files[1], other / files[1].name)
    (tmp_path / "pool" / files[1].name).unlink()  # gone from the pool, its bytes still elsewhere (first added from pool)
    pruned = briefing("--index", url, "sync", "--delete", str(tmp_path / "pool"))
    assert pruned.returncode == 0, pruned.stderr
    assert [s["id"] for s in shared_run(url, "sources")] == [f.stem for f in files[2:]]
    assert plain.stdout == f"added 0, updated 0, removed 0, already there {len(files) - 1}\n"
    assert pruned.stdout == f"added 0, updated 0, removed 2, already there {len(files) - 2}\n"
    assert shared_run(url, "quotes") == sqlite_run(tmp_path, tmp_path / "pool", "quotes")
    back = briefing("--index", url, "sync", str(other))
    assert back.stdout == "added 1, updated 0, removed 0, already there 0\n"


def test_remove_takes_source_ids_and_a_reader_is_refused(server, database, tmp_path):
    files = pool(tmp_path)
    url = server.url(database)
    assert briefing("--index", url, "sync", str(tmp_path / "pool")).returncode == 0
    with server.admin(database) as conn:
        conn.execute("DROP ROLE IF EXISTS remover_reader")
        conn.execute(f"CREATE ROLE remover_reader LOGIN PASSWORD '{READER_PASSWORD}'")
        conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO remover_reader")
    reader = server.url(database, user="remover_reader", password=READER_PASSWORD)
    refused = briefing("--index", reader, "remove", files[0].stem)
    assert (refused.returncode, refused.stdout) == (2, "")
    [line] = refused.stderr.splitlines()
    assert line.startswith("briefing: postgresql://remover_reader:***@") and \
        "nothing removed (this role may not change the shared corpus: permission denied" in line, line
    assert READER_PASSWORD not in refused.stderr
    done = briefing("--index", url, "remove", files[0].stem, files[5].stem)
    assert (done.returncode, done.stdout) == (0, "removed 2\n"), done.stderr
    assert [s["id"] for s in shared_run(url, "sources")] == [f.stem for f in files if f not in (files[0], files[5])]
    unknown = briefing("--index", url, "remove", "no-such-article")
    assert (unknown.returncode, unknown.stdout) == (1, "removed 0\n")
    assert unknown.stderr == "briefing: no-such-article: no such source in the shared corpus (see `briefing sources`)\n"
    assert len(shared_run(url, "sources")) == len(files) - 2


def test_two_machines_syncing_an_edited_folder_at_once_keep_one_version(server, database, tmp_path):
    import os
    import subprocess
    import sys

    from tests.functional.test_postgres_index import ROOT

    files = pool(tmp_path)
    url = server.url(database)
    assert briefing("--index", url, "sync", str(tmp_path / "pool")).returncode == 0
    first = shared_run(url, "quotes")
    quoted = next(q for q in first if q["source"] == "press_release")
    said = edit(tmp_path / "pool" / "press_release.txt", quoted["sentence"])
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env.update({"PYTHONPATH": str(ROOT), "BRIEFING_INDEX_URL": url})
    running = [subprocess.Popen([sys.executable, "-m", "briefing_tui", "sync", str(tmp_path / "pool")], cwd=ROOT,
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    outcomes = [p.communicate(timeout=300) for p in running]
    assert [p.returncode for p in running] == [0, 0, 0], outcomes
    assert [s["id"] for s in shared_run(url, "sources")] == [f.stem for f in files]
    assert [q["text"] for q in shared_run(url, "quotes") if "northern terminal" in q["text"]] == [said]
    assert sorted(out for out, _ in outcomes) == sorted(
        [f"added 0, updated 1, removed 0, already there {len(files) - 1}\n"]
        + 2 * [f"added 0, updated 0, removed 0, already there {len(files)}\n"])  # one of them replaced it
