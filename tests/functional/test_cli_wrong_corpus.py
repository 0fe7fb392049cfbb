"""``--corpus`` naming a path that is not there: every command says so in one line naming the path and the
reason, with no traceback, and exits 2 (a usage error, as a refused ``--index``; README, exit status)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = [[], ["sources"], ["sources", "--json"], ["diff"], ["quotes"], ["quotes", "--jsonl"], ["entities"],
            ["stories"], ["export"], ["serve"]]


def run(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR")}
    env.update({"PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8", **(env_extra or {})})
    return subprocess.run([sys.executable, "-m", "briefing_tui", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "app")
def test_every_command_refuses_a_missing_corpus_in_one_line_with_exit_2(tmp_path, command):
    res = run("--corpus", "nosuchdir", *command)
    assert (res.returncode, res.stdout, res.stderr) == (2, "", "briefing: --corpus nosuchdir: no such file or folder\n")


def test_a_missing_path_among_good_ones_is_refused_too(tmp_path):
    """Not a briefing quietly missing the folder that was mistyped."""
    res = run("sources", "--corpus", "seeds", "--corpus", str(tmp_path / "typo"))
    assert (res.returncode, res.stdout) == (2, "")
    assert res.stderr == f"briefing: --corpus {tmp_path}/typo: no such file or folder\n"


def test_a_dangling_link_and_a_corpus_from_the_config_are_named_as_such(tmp_path):
    (tmp_path / "link").symlink_to(tmp_path / "gone")
    res = run("quotes", "--corpus", str(tmp_path / "link"))
    assert (res.returncode, res.stderr) == (2, f"briefing: --corpus {tmp_path}/link: a symbolic link to nothing\n")
    config = tmp_path / "config"
    config.mkdir()
    (config / "config.yaml").write_text(f"corpus: {tmp_path}/moved\n", encoding="utf-8")
    res = run("diff", env_extra={"BRIEFING_CONFIG_DIR": str(config)})
    assert res.returncode == 2
    assert res.stderr == (f"briefing: corpus {tmp_path}/moved (set in {config}/config.yaml): no such file or folder\n")


def test_a_folder_with_no_article_still_exits_1_and_says_why(tmp_path):
    (tmp_path / "empty").mkdir()
    res = run("sources", "--corpus", str(tmp_path / "empty"))
    assert (res.returncode, res.stdout) == (1, "")
    assert res.stderr == (f"briefing: no article could be loaded from {tmp_path}/empty "
                          "(no .txt, .md, .markdown, .html or .htm file in it)\n")
