"""The CLI contract scripts rely on (issue 14): global options anywhere, --version, grep-like exit
codes, versioned and documented JSON, JSON Lines, compact JSON in pipes, help with examples, shell
completion, and config.yaml defaults."""

from __future__ import annotations

import json
import os
import pty
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_tui.cli import main
from tests.conftest import ARTICLES

ROOT = Path(__file__).resolve().parents[2]
EXTRACT = ARTICLES / "extract"
EXTRACT_IDS = sorted(p.stem for p in EXTRACT.glob("*.txt"))


def run(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    full = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8", **(env or {})}
    return subprocess.run([sys.executable, "-m", "briefing_tui", *args], capture_output=True, cwd=ROOT, env=full,
                          input=stdin, timeout=120)


def ids_of(capsys, argv: list[str]) -> list[str]:
    assert main(argv) == 0
    return [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]


def test_corpus_before_the_subcommand_is_read(capsys):
    assert sorted(ids_of(capsys, ["--corpus", str(EXTRACT), "sources", "--jsonl"])) == EXTRACT_IDS
    assert sorted(ids_of(capsys, ["sources", "--corpus", str(EXTRACT), "--jsonl"])) == EXTRACT_IDS


def test_corpus_before_and_after_are_joined(capsys):
    one, two = ARTICLES / "french_article.txt", ARTICLES / "press_release.txt"
    assert ids_of(capsys, ["--corpus", str(one), "sources", "--corpus", str(two), "--jsonl"]) == [
        "french_article", "press_release"]


def test_index_before_the_subcommand_is_used(tmp_path):
    index = tmp_path / "here.sqlite3"
    res = run("--index", str(index), "sources", "--corpus", str(ARTICLES / "french_article.txt"), "--json")
    assert res.returncode == 0, res.stderr
    assert index.is_file()


def test_version():
    res = run("--version")
    assert res.returncode == 0
    assert re.fullmatch(rb"briefing \d+\.\d+\.\d+\S*\n", res.stdout), res.stdout


def test_exit_codes_are_grep_like(capsys, monkeypatch):
    assert main(["quotes", "Japan is back", "--json"]) == 0
    assert main(["quotes", "qqqq zzzz xxxx", "--json"]) == 1
    assert main(["quotes", "qqqq zzzz xxxx"]) == 1
    assert main(["entities", "--type", "person"]) == 0
    assert main(["diff", "--corpus", str(ARTICLES / "french_article.txt"), "--disagreements"]) == 1
    with pytest.raises(SystemExit) as usage:
        main(["quotes", "--no-such-option"])
    assert usage.value.code == 2

    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr("briefing_tui.commands.sources.run_sources", interrupted)
    assert main(["sources"]) == 130


def test_json_carries_the_schema_version_and_is_compact_in_a_pipe():
    res = run("quotes", "--json")
    assert res.returncode == 0
    assert res.stdout.count(b"\n") == 1 and b'{"schema_version":1,"quotes":[{"text":' in res.stdout
    from briefing_tui.corpus import load_corpus
    from briefing_tui.paths import seeds_dir

    # every quote of the seeds, as the library gives them (the count moves with extraction rules)
    want = [q.id for q in load_corpus([seeds_dir()], cache=False).quotes]
    assert len(want) >= 30
    assert [q["id"] for q in json.loads(res.stdout)["quotes"]] == want


def test_json_is_pretty_on_a_terminal(tmp_path):
    parent, child = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen([sys.executable, "-m", "briefing_tui", "sources", "--json", "--corpus",
                             str(ARTICLES / "french_article.txt")], stdout=child, stderr=subprocess.DEVNULL,
                            cwd=ROOT, env=env)
    os.close(child)
    chunks = []
    while True:
        try:
            data = os.read(parent, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    assert proc.wait(timeout=60) == 0
    os.close(parent)
    text = b"".join(chunks).decode("utf-8").replace("\r\n", "\n")
    assert text.startswith('{\n  "schema_version": 1,\n  "sources": [\n')


def test_jsonl_streams_the_same_records_one_per_line():
    whole = json.loads(run("entities", "--json").stdout)["entities"]
    lines = run("entities", "--jsonl").stdout.decode("utf-8").splitlines()
    assert len(lines) == len(whole) > 10
    assert [json.loads(line) for line in lines] == whole


DOCS = (ROOT / "docs" / "json.md").read_text(encoding="utf-8")


def documented_fields(section: str) -> set[str]:
    """The field names in the table under the ``## `section` `` heading of docs/json.md."""
    block = DOCS.split(f"## `{section}`", 1)[1].split("\n## ", 1)[0]
    names = set()
    for row in re.findall(r"^\| (`[^|]+) \|", block, re.M):
        names |= set(re.findall(r"`(\w+)`", row))
    return names


@pytest.mark.parametrize(("command", "kind"), [("sources", "sources"), ("stories", "stories"), ("quotes", "quotes"),
                                               ("entities", "entities"), ("diff", "claims")])
def test_every_json_field_is_documented(capsys, command, kind):
    assert main([command, "--json"]) == 0
    records = json.loads(capsys.readouterr().out)[kind]
    fields = set().union(*(set(r) for r in records))
    assert fields <= documented_fields(kind), fields - documented_fields(kind)
    if kind == "claims":
        statement_fields = set().union(*(set(s) for r in records for s in r["statements"]))
        assert statement_fields <= documented_fields(kind)


def test_help_shows_examples_and_exit_codes():
    res = run("--help")
    out = res.stdout.decode()
    assert res.returncode == 0
    assert "examples:" in out and "briefing export --format md" in out
    assert "130  interrupted" in out and "1    nothing was found" in out
    assert "briefing quotes --speaker Dadabaev --json" in run("quotes", "--help").stdout.decode()


def test_json_help_names_the_field_description_where_it_is():
    # was "schema in docs/json.md": a path relative to nothing once installed (the wheel now ships the file)
    out = run("diff", "--help", env={"COLUMNS": "200"}).stdout.decode()
    named = re.search(r"every field is described in (\S+\.md)", out)
    assert named is not None
    doc = Path(named.group(1))
    assert doc.is_absolute() and doc.is_file()
    assert "## `claims` (`diff`)" in doc.read_text(encoding="utf-8")


def test_bash_completion_completes_commands_and_choices(tmp_path):
    script = tmp_path / "briefing.bash"
    res = run("completion", "bash")
    assert res.returncode == 0
    script.write_bytes(res.stdout)
    probe = (f"source {script}; COMP_WORDS=(briefing completion ''); COMP_CWORD=2; COMP_LINE='briefing completion '; "
             "COMP_POINT=${#COMP_LINE}; _shtab_briefing; printf '%s\\n' \"${COMPREPLY[@]}\"")
    done = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, timeout=30)
    assert done.stdout.split() == ["bash", "zsh", "fish"], done.stderr


def test_zsh_and_fish_completion_scripts():
    zsh = run("completion", "zsh").stdout.decode()
    assert zsh.startswith("#compdef briefing") and "sources" in zsh and "--corpus" in zsh
    fish = run("completion", "fish").stdout.decode().splitlines()
    assert "complete -c briefing -n '__fish_seen_subcommand_from quotes' -l speaker -r -d " \
           "'only quotes by this speaker (any spelling)'" in fish
    assert any(" -a sources -d 'list the parsed sources'" in line for line in fish)
    assert any("-l corpus -r -F" in line for line in fish)
    assert run("completion", "tcsh").returncode == 2


def test_each_completion_script_says_where_the_readme_installs_it():
    """A new user found bash's script telling another place than the README (shtab's own usage comment)."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for shell in ("bash", "zsh", "fish"):
        script = run("completion", shell).stdout.decode()
        hint = next(line for line in script.splitlines() if line.startswith("# Install: "))
        command = hint.removeprefix("# Install: ").split("   ")[0]
        assert f"`{command}`" in readme, shell
        assert "bash_completion/" not in script and "zsh_completion" not in script, shell


def test_fish_and_zsh_accept_their_scripts(tmp_path):
    if not (shutil.which("fish") and shutil.which("zsh")):
        pytest.skip("fish or zsh is not installed (Debian: apt-get install -y fish zsh)")
    fish = tmp_path / "briefing.fish"
    fish.write_bytes(run("completion", "fish").stdout)
    done = subprocess.run(["fish", "-c", f"source {fish}; complete -C 'briefing export --format '"],
                          capture_output=True, text=True, timeout=30)
    assert [line.split("\t")[0] for line in done.stdout.splitlines()] == ["csv", "html", "jsonl", "md"]
    zsh = tmp_path / "_briefing"
    zsh.write_bytes(run("completion", "zsh").stdout)
    assert subprocess.run(["zsh", "-n", str(zsh)]).returncode == 0


def test_config_yaml_gives_the_default_corpus_and_the_command_line_wins(tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    (config / "config.yaml").write_text(f"# my desk\ncorpus: {EXTRACT}\ntheme: briefing-light\n", encoding="utf-8")
    env = {"BRIEFING_CONFIG_DIR": str(config)}
    from_config = run("sources", "--jsonl", env=env)
    assert sorted(json.loads(line)["id"] for line in from_config.stdout.splitlines()) == EXTRACT_IDS
    given = run("sources", "--jsonl", "--corpus", str(ARTICLES / "french_article.txt"), env=env)
    assert [json.loads(line)["id"] for line in given.stdout.splitlines()] == ["french_article"]
    (config / "config.yaml").write_text("corpus: [unclosed\n", encoding="utf-8")
    broken = run("sources", "--json", "--corpus", str(ARTICLES / "french_article.txt"), env=env)
    assert broken.returncode == 0
    assert broken.stderr.decode().splitlines() == [f"briefing: {config / 'config.yaml'}: not valid YAML, ignored"]


HEAVY = ("textual", "trafilatura", "ftfy", "anyascii", "langdetect", "shtab", "markdown_it", "lxml")


def test_quotes_on_a_cached_corpus_imports_none_of_the_heavy_libraries(tmp_path):
    env = {"BRIEFING_CACHE_DIR": str(tmp_path / "cache"), "BRIEFING_CONFIG_DIR": str(tmp_path / "config")}
    assert run("quotes", "japan is back", "--json", env=env).returncode == 0  # fills the index
    code = ("import sys; from briefing_tui.cli import main; code = main(['quotes', 'japan is back', '--json']); "
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r}), file=sys.stderr); "
            "raise SystemExit(code)")
    full = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=full, timeout=120)
    assert res.returncode == 0, res.stderr
    assert res.stderr.strip().splitlines()[-1] == "[]"


def test_a_mistyped_command_or_option_is_answered_with_the_nearest(capsys):
    import pytest

    from briefing_tui.cli import main

    with pytest.raises(SystemExit) as done:
        main(["qoutes"])
    assert done.value.code == 2
    assert capsys.readouterr().err.rstrip().endswith("; did you mean 'quotes'?")
    with pytest.raises(SystemExit):
        main(["quotes", "--jsn"])
    assert capsys.readouterr().err.rstrip().endswith("unrecognized arguments: --jsn; did you mean '--json'?")
    with pytest.raises(SystemExit):
        main(["zzz"])
    assert "did you mean" not in capsys.readouterr().err  # nothing near: no guess



def _seed_examples() -> list[str]:
    """The help's example commands that run on the embedded seeds as they are written: a command (bare
    `briefing` opens the app), no folder of the user's, no file written, no pipe."""
    from briefing_tui.commands.help import EPILOG, EXAMPLES

    lines = [line.strip() for text in (EPILOG, *EXAMPLES.values()) for line in text.splitlines()]
    commands = [line.split("  ")[0] for line in lines if line.startswith("briefing ")]
    return [c for c in commands if c.split()[1:2] not in ([], ["completion"]) and not set(c) & set("~|<>")
            and "--output" not in c]


@pytest.mark.parametrize("command", _seed_examples())
def test_each_help_example_runs_on_the_seeds(command):
    # `briefing diff --story s1326a231` named a story that no corpus has (exit 2 on the seeds)
    import shlex

    res = run(*shlex.split(command)[1:])
    assert res.returncode == 0, (command, res.stderr.decode())
