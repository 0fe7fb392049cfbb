"""``briefing sources`` as a user runs it: exit status, the bytes on stdout and stderr.

Everything runs in a subprocess, so what is checked is exactly what reaches a terminal.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ARTICLES

ROOT = Path(__file__).resolve().parents[2]

# Article text that tries to act on the terminal or on Rich: CSI colour and cursor moves, an OSC window
# title, an OSC 52 clipboard write, an OSC 8 hyperlink, a C1 CSI, bidi overrides, zero-width and tag
# characters, and Rich/Textual markup.
HOSTILE_TITLE = ("Summit \x1b[31mRED\x1b[0m \x1b[2J\x1b[H \x1b]0;pwned\x07 \x1b]52;c;ZXZpbA==\x07 "
                 "\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\ \x9b31m \u202eevil\u202c \u200bhidden\U000e0041 "
                 "[bold red]loud[/bold red] [link=https://evil.example]click[/link] [@click=app.quit]quit[/]")
FRIENDLY = "北京 café naïve “curly” ‘single’ — en–dash Ünïcödé"
HOSTILE_BODY = ("The leaders met in Tokyo on Saturday \x1b[1mand\x1b[0m signed a declaration [bold]on minerals[/bold], "
                f"officials said, \u202eadding{FRIENDLY} that the next summit is in 2027.")
# What must never reach stdout raw: ESC, C1 controls (UTF-8 encoded), BEL, bidi and invisible characters.
FORBIDDEN = [b"\x1b", b"\x07", b"\xc2\x9b", "\u202e".encode(), "\u202c".encode(), "\u200b".encode(),
             "\U000e0041".encode()]


def run_cli(*args: str, env_extra: dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR", "TERM", "COLUMNS")}
    env.update({"PYTHONPATH": str(ROOT), "COLUMNS": "400", "PYTHONIOENCODING": "utf-8"})
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "briefing_tui", *args], capture_output=True, cwd=cwd, env=env,
                          timeout=120)


@pytest.fixture()
def hostile_corpus(tmp_path: Path) -> Path:
    (tmp_path / "hostile.txt").write_text(f"{HOSTILE_TITLE}\n\nBy Jane Doe\n\n{HOSTILE_BODY}\n", encoding="utf-8")
    (tmp_path / "hostile.yaml").write_text(
        json.dumps({"outlet": "Evil \x1b]0;owned\x07 Times [red]x[/red] \u202e" + FRIENDLY}), encoding="utf-8")
    return tmp_path


def assert_inert(out: bytes) -> None:
    for seq in FORBIDDEN:
        assert seq not in out, seq


def test_table_shows_hostile_text_inert_and_unicode_unchanged(hostile_corpus):
    res = run_cli("sources", "--corpus", str(hostile_corpus))
    assert res.returncode == 0, res.stderr
    assert res.stderr == b""
    assert_inert(res.stdout)
    out = res.stdout.decode("utf-8")
    # Visible stand-ins and literal markup, on one line, in the table.
    assert "␛[31mRED␛[0m" in out and "␛]0;pwned␇" in out and "<U+009B>31m" in out and "<U+202E>evil" in out
    assert "[bold red]loud[/bold red]" in out and "[link=https://evil.example]click[/link]" in out
    assert "[@click=app.quit]quit[/]" in out
    assert "│ Evil ␛]0;owned␇ Tim… │" in out  # the sidecar's outlet, inert and cut to its column


def test_table_with_colour_forced_only_emits_riches_own_styles(hostile_corpus):
    res = run_cli("sources", "--corpus", str(hostile_corpus), env_extra={"FORCE_COLOR": "1", "TERM": "xterm-256color"})
    assert res.returncode == 0
    # Rich may colour the table itself (SGR "ESC [ ... m"); nothing else may be an escape sequence.
    without_sgr = re.sub(rb"\x1b\[[0-9;]*m", b"", res.stdout)
    assert_inert(without_sgr)
    assert "␛[2J␛[H" in without_sgr.decode("utf-8")


def test_json_escapes_controls_and_keeps_the_data_exact(hostile_corpus):
    res = run_cli("sources", "--json", "--corpus", str(hostile_corpus))
    assert res.returncode == 0, res.stderr
    assert_inert(res.stdout)
    (record,) = json.loads(res.stdout)["sources"]
    # A JSON reader gets the exact text back; the terminal only ever saw \uXXXX escapes.
    assert record["title"] == HOSTILE_TITLE
    assert record["outlet"] == "Evil \x1b]0;owned\x07 Times [red]x[/red] \u202e" + FRIENDLY
    assert record["author"] == "Jane Doe"
    assert FRIENDLY in record["body"] and "[bold]on minerals[/bold]" in record["body"]
    assert FRIENDLY.encode("utf-8") in res.stdout  # ordinary Unicode is written as itself, not escaped
    assert sorted(record) == sorted(["id", "path", "title", "outlet", "author", "published", "language", "languages",
                                     "format", "words", "standfirst", "body"])


def test_bad_files_give_one_line_each_and_the_rest_loads(tmp_path):
    (tmp_path / "good.txt").write_bytes((ARTICLES / "crlf_column.txt").read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "evil\x1b[31mname.txt").write_bytes(b"")
    (tmp_path / "good.yaml").write_text("title: !!python/object/apply:os.system ['echo owned']\n", encoding="utf-8")
    res = run_cli("sources", "--json", "--corpus", str(tmp_path))
    assert res.returncode == 0
    assert [r["id"] for r in json.loads(res.stdout)["sources"]] == ["good"]
    err = res.stderr.decode("utf-8")
    assert "Traceback" not in err and b"\x1b" not in res.stderr
    assert err.splitlines() == [
        f"briefing: {tmp_path}/binary.txt: binary file (contains NUL bytes), not text",
        f"briefing: {tmp_path}/empty.txt: empty file",
        f"briefing: {tmp_path}/evil␛[31mname.txt: empty file",
        f"briefing: {tmp_path}/good.txt: sidecar good.yaml uses a YAML tag that is not allowed at line 1 "
        "(only plain values are read); metadata ignored",
    ]


def test_nothing_loadable_exits_non_zero_with_a_clear_message(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    res = run_cli("sources", "--corpus", str(tmp_path))
    assert res.returncode == 1
    assert res.stdout == b""
    assert res.stderr.decode("utf-8").splitlines() == [
        f"briefing: {tmp_path}/empty.txt: empty file",
        f"briefing: no article could be loaded from {tmp_path}",
    ]


def test_missing_path_exits_non_zero(tmp_path):
    res = run_cli("sources", "--corpus", str(tmp_path / "nope"))
    assert res.returncode == 2  # a usage error, as a refused --index (README, exit status)
    assert b"Traceback" not in res.stderr
    assert res.stderr.decode().splitlines() == [f"briefing: --corpus {tmp_path}/nope: no such file or folder"]


def test_a_mistyped_path_leaves_no_index_file_behind(tmp_path):
    cache = tmp_path / "cache"
    for _ in range(2):
        res = run_cli("sources", "--corpus", str(tmp_path / "nope"), env_extra={"BRIEFING_CACHE_DIR": str(cache)})
        assert res.returncode == 2
    assert not list(cache.rglob("*.sqlite3*"))


def test_default_corpus_is_the_seeds_from_any_directory(tmp_path):
    res = run_cli("sources", "--json", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert [r["id"] for r in json.loads(res.stdout)["sources"]] == [
        "000_a4263a828e80c27b", "001_e64f6607013c71d3", "002_5652c7d26b07cb95", "003_46b5d03ce97921a0",
        "004_d8b58f788d07b44f"]


STANDFIRST = "The deal, the largest in the country's banking history, still needs the approval of regulators."
LEAD = ("The regional bank agreed on Tuesday to buy its largest rival for $12 billion in cash, the biggest deal "
        "in its history, after an earlier offer was turned down last year over competition concerns.")


def test_json_gives_the_standfirst_apart_from_the_body(tmp_path):
    (tmp_path / "bank.txt").write_text(f"Regional bank agrees to record merger with rival\n\n{STANDFIRST}\n\n"
                                       f"By Jane Doe\n\n{LEAD}\n", encoding="utf-8")
    (tmp_path / "plain.txt").write_text(f"Regional bank agrees to record merger\n\n{LEAD} Shares rose.\n",
                                        encoding="utf-8")
    res = run_cli("--corpus", str(tmp_path), "sources", "--json")
    assert res.returncode == 0, res.stderr
    records = {r["path"].rsplit("/", 1)[-1]: r for r in json.loads(res.stdout)["sources"]}
    assert records["bank.txt"]["standfirst"] == STANDFIRST
    assert STANDFIRST not in records["bank.txt"]["body"] and records["bank.txt"]["body"].startswith("The regional")
    assert records["plain.txt"]["standfirst"] is None


def test_ids_are_shown_whole_at_80_columns(tmp_path):
    # a new user at 80 columns saw "001_e64f660…" and "003_46b5d03…": the ids --source and --explain take, cut
    home = {"HOME": str(tmp_path), "COLUMNS": "80"}
    sources = run_cli("sources", env_extra=home)
    lines = sources.stdout.decode().splitlines()
    assert sources.returncode == 0 and max(len(line) for line in lines) <= 80
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        assert any(seed.stem in line for line in lines), seed.stem
    quotes = run_cli("quotes", "japan is back", env_extra=home).stdout.decode()
    assert "003_46b5d03ce97921a0" in quotes and max(len(line) for line in quotes.splitlines()) <= 80


def test_a_long_id_is_folded_whole_and_leaves_the_title_room_at_80_columns(tmp_path):
    # a name `briefing add` made from a title left the title column three cells ("Mo…") at 80 columns
    corpus = tmp_path / "desk"
    corpus.mkdir()
    stem = "2023-09-10-morocco-quake-aid-convoys-reach-amizmiz-after-days"
    (corpus / f"{stem}.txt").write_text(f"Regional bank agrees to record merger with rival\n\n{LEAD}\n",
                                        encoding="utf-8")
    res = run_cli("--corpus", str(corpus), "sources", env_extra={"HOME": str(tmp_path), "COLUMNS": "80"})
    lines = res.stdout.decode().splitlines()
    assert res.returncode == 0 and max(len(line) for line in lines) <= 80
    rows = [line.split("│") for line in lines if line.startswith("│")]
    assert "".join(row[1].strip() for row in rows) == stem  # every character, over several lines
    assert rows[0][4].strip() == "Regional ba…"  # the title keeps TITLE_MIN cells
