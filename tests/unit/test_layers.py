"""The layering holds: import-linter's contracts in pyproject.toml (ingest and extract < store < corpus <
compare and search < commands and ui; nothing outside briefing_tui.ui imports Textual).

Run here so that the single test command (``python -m pytest``) checks them in CI.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _lint_imports(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    if exe is None:
        pytest.fail("lint-imports is missing: install the test extra (pip install '.[test]')")
    return subprocess.run([exe, "--no-cache", *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def test_import_contracts_are_kept():
    done = _lint_imports()
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Contracts: 3 kept, 0 broken." in done.stdout


def test_a_violating_import_breaks_the_contracts(tmp_path):
    # The contracts can fail: the same package with the store importing the UI, and the model Textual.
    copy = tmp_path / "repo"
    shutil.copytree(REPO / "briefing_tui", copy / "briefing_tui",
                    ignore=shutil.ignore_patterns("__pycache__", "data"))
    shutil.copy(REPO / "pyproject.toml", copy / "pyproject.toml")
    with (copy / "briefing_tui" / "store" / "listing.py").open("a", encoding="utf-8") as fh:
        fh.write("\nfrom briefing_tui.ui import app as _app  # noqa\n")
    with (copy / "briefing_tui" / "model.py").open("a", encoding="utf-8") as fh:
        fh.write("\nimport textual  # noqa\n")
    done = subprocess.run([sys.executable, "-c", "import sys, importlinter.cli as c; sys.exit(c.lint_imports_command())",
                           "--no-cache"], cwd=copy, capture_output=True, text=True, timeout=300,
                          env={"PYTHONPATH": str(copy), "PATH": ""})
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Contracts: 1 kept, 2 broken." in done.stdout
    assert "briefing_tui.store.listing -> briefing_tui.ui" in done.stdout
    assert "briefing_tui.model -> textual" in done.stdout
