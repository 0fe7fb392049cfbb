"""Terminal safety of every CLI output, checked on the exact bytes written (a subprocess per command).

For ``sources``, ``quotes``, ``entities`` and ``diff``, as a table and as JSON, on stdout and stderr:
no raw ESC, no C0 control but newline, no C1 control (as a code point or as a raw byte), no bidi or
invisible character; markup from the article shown literally; ordinary Unicode unchanged. With colour
forced on (``FORCE_COLOR``), the only escape sequences are Rich's own SGR colour codes: never a cursor
move, a window title, a clipboard write or a hyperlink. The corpus folder is byte-for-byte and
mtime-for-mtime the same afterwards.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from hostile_inputs import ORDINARY, snapshot, unsafe_characters, write_hostile_corpus

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = ["sources", "quotes", "entities", "diff"]
SGR = re.compile(r"\x1b\[[0-9;]*m")


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    full_env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR")}
    full_env.update(COLUMNS="200", PYTHONIOENCODING="utf-8", **(env or {}))
    return subprocess.run([sys.executable, "-m", "briefing_tui", *args], capture_output=True, cwd=ROOT,
                          env=full_env, timeout=120)


def assert_inert_bytes(data: bytes, where: str) -> str:
    assert b"\x1b" not in data, where
    assert not re.search(rb"[\x00-\x08\x0b-\x1f\x7f]", data), where
    text = data.decode("utf-8")  # C1 controls would appear as code points U+0080-U+009F here
    assert not unsafe_characters(text), (where, unsafe_characters(text))
    return text


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_hostile_corpus(tmp_path_factory.mktemp("hostile") / "corpus")


@pytest.fixture(scope="module")
def outputs(corpus, tmp_path_factory) -> dict[str, subprocess.CompletedProcess[bytes]]:
    before = snapshot(corpus)
    user = tmp_path_factory.mktemp("user")
    env = {"BRIEFING_CONFIG_DIR": str(user / "config"), "BRIEFING_CACHE_DIR": str(user / "cache")}
    results = {}
    for command in COMMANDS:
        for extra in ([], ["--json"]):
            results[" ".join([command, *extra])] = run_cli(command, *extra, "--corpus", str(corpus), env=env)
    results["diff colour"] = run_cli("diff", "--corpus", str(corpus), env={**env, "FORCE_COLOR": "1"})
    results["quotes colour"] = run_cli("quotes", "--corpus", str(corpus), env={**env, "FORCE_COLOR": "1"})
    assert snapshot(corpus) == before, "the CLI wrote to the user's corpus folder"
    return results


@pytest.mark.parametrize("name", [f"{c}{j}" for c in COMMANDS for j in ("", " --json")])
def test_every_output_is_inert_bytes(outputs, name):
    result = outputs[name]
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    out = assert_inert_bytes(result.stdout, f"{name} stdout")
    err = assert_inert_bytes(result.stderr, f"{name} stderr")
    assert "Traceback" not in err
    # the refused binary file is named once, inert, with its reason
    assert err.count("bad␛[31m[bold]x[-bold]<U+202E>.txt: binary file") == 1, err
    if name.endswith("--json"):
        json.loads(out)


def test_sources_json_keeps_escapes_as_json_escapes_and_unicode_unchanged(outputs):
    out = outputs["sources --json"].stdout.decode("utf-8")
    records = {r["id"]: r for r in json.loads(out)["sources"]}
    hostile = next(r for key, r in records.items() if key.startswith("evil"))
    assert hostile["id"] == "evil[@click=app.quit]\x1b]0;t\x07\u202e"  # decoded JSON is the exact data
    assert '"evil[@click=app.quit]\\u001b]0;t\\u0007\\u202e"' in out  # but written escaped
    assert hostile["outlet"].startswith("[link=https://evil.example]Evil Times[/link] \x1b[31m")
    assert ORDINARY in records["plain"]["body"] and ORDINARY in out


def test_tables_show_markup_literally(outputs):
    sources = outputs["sources"].stdout.decode("utf-8")
    assert "[link=https:…" in sources or "[link=https://evil" in sources
    quotes = outputs["quotes"].stdout.decode("utf-8")
    assert "[@click=app.quit]give up[/]" in quotes and "␛]52;c;cm0gLXJm␇" in quotes
    assert "[red]or more[/red]" in quotes
    diff = outputs["diff"].stdout.decode("utf-8")
    assert "[bold]minister[/bold]" in diff and "evil[@click=app.quit]␛]0;t␇<U+202E>" in diff
    entities = outputs["entities"].stdout.decode("utf-8")
    assert "Mallory Quinn" in entities and "Sanae Takaichi" in entities


@pytest.mark.parametrize("name", ["diff colour", "quotes colour"])
def test_forced_colour_writes_only_sgr_sequences(outputs, name):
    data = outputs[name].stdout.decode("utf-8")
    assert SGR.search(data), "colour was not forced on: the test would prove nothing"
    rest = SGR.sub("", data)
    assert "\x1b" not in rest and not unsafe_characters(rest), unsafe_characters(rest)
    assert "[@click=app.quit]" in rest


def test_hostile_arguments_are_echoed_inert(corpus):
    result = run_cli("entities", "--type", "\x1b]0;t\x07[b]x", "--corpus", str(corpus))
    assert result.returncode == 2
    err = assert_inert_bytes(result.stderr, "stderr")
    assert "unknown entity type '␛]0;t␇[b]x'" in err
    result = run_cli("sources", "--corpus", str(corpus / "missing\x1b[2J\u202e"))
    assert result.returncode == 2  # a --corpus path that is not there is a usage error
    err = assert_inert_bytes(result.stderr, "stderr")
    assert "missing␛[2J<U+202E>" in err


def test_argparse_errors_echo_arguments_inert():
    result = run_cli("sources", "--\x1b]0;t\x07", "x\x1b[2J\u202e")
    assert result.returncode == 2
    err = assert_inert_bytes(result.stderr, "stderr")
    assert "unrecognized arguments: --␛]0;t␇ x␛[2J<U+202E>" in err


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_damaged_index_is_reported_once_then_rebuilt_and_user_files_untouched(tmp_path, damage):
    corpus = write_hostile_corpus(tmp_path / "corpus")
    before = snapshot(corpus)
    env = {"BRIEFING_CONFIG_DIR": str(tmp_path / "config"), "BRIEFING_CACHE_DIR": str(tmp_path / "cache")}
    first = run_cli("quotes", "--json", "--corpus", str(corpus), env=env)
    assert first.returncode == 0
    # one index for the corpus, in the cache's index folder (langdetect's table is in its own folder)
    indexes = [p for p in (tmp_path / "cache" / "index").rglob("*")
               if p.is_file() and p.read_bytes()[:16] == b"SQLite format 3\x00"]
    assert len(indexes) == 1, list((tmp_path / "cache").rglob("*"))
    index = indexes[0]
    for extra in index.parent.glob(index.name + "-*"):  # WAL and shared memory: as if the machine lost them
        extra.unlink()
    data = index.read_bytes()
    index.write_bytes(bytes(range(256)) * 64 if damage == "garbage" else data[: len(data) // 3])
    second = run_cli("quotes", "--json", "--corpus", str(corpus), env=env)
    err = assert_inert_bytes(second.stderr, "stderr")
    assert second.returncode == 0 and second.stdout == first.stdout  # nothing lost
    notices = [line for line in err.splitlines() if index.name in line]
    assert len(notices) == 1 and "rebuilt" in notices[0], err
    third = run_cli("quotes", "--json", "--corpus", str(corpus), env=env)
    assert index.name not in third.stderr.decode("utf-8") and third.stdout == first.stdout  # said once
    assert snapshot(corpus) == before
