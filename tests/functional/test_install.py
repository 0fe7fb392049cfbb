"""Packaging: the wheel carries the seeds and themes, and an installed ``briefing`` uses the seeds
from any directory (the README's first command, minus the network).

Building the wheel and a fresh virtual environment takes ~10-30 s. The new environment gets the
wheel itself (``--no-deps``); its dependencies are made visible from the running test environment
through a ``.pth`` file, so the test needs no network. The source checkout is never on its path:
the test asserts that the package and the seeds it reads come from the new environment.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED_IDS = ["000_a4263a828e80c27b", "001_e64f6607013c71d3", "002_5652c7d26b07cb95", "003_46b5d03ce97921a0",
            "004_d8b58f788d07b44f"]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # Build in isolation (as `pip install .` does) unless the build backend is already here (offline runs).
    isolation = [] if importlib.util.find_spec("hatchling") is None else ["--no-build-isolation"]
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", *isolation, "-q", "-w", str(out)],
                   check=True, capture_output=True, timeout=300)
    (built,) = out.glob("briefing_tui-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh virtual environment with the wheel installed; returns its bin/ folder."""
    env_dir = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", str(wheel)],
                   check=True, capture_output=True, timeout=300)
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    (site / "_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return env_dir / "bin"


def test_wheel_contains_the_seeds_and_themes(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert sorted(n for n in names if n.startswith("briefing_tui/seeds/")) == [
        f"briefing_tui/seeds/{sid}.txt" for sid in SEED_IDS]
    assert "briefing_tui/themes/README.md" in names
    assert not any(n.startswith(("tests/", "seeds/", "themes/")) for n in names)


def _run(bin_dir: Path, args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(cwd), "BRIEFING_CONFIG_DIR": str(cwd / "config"),
           "BRIEFING_CACHE_DIR": str(cwd / "cache"), "LC_ALL": "C.UTF-8"}
    return subprocess.run(args, capture_output=True, cwd=cwd, env=env, timeout=120)


@pytest.mark.parametrize("command", [["briefing", "sources", "--json"],
                                     ["python", "-m", "briefing_tui", "sources", "--json"]],
                         ids=["console-script", "python-m"])
def test_installed_briefing_uses_the_packaged_seeds_from_any_directory(installed, tmp_path, command):
    res = _run(installed, [str(installed / command[0]), *command[1:]], tmp_path)
    assert res.returncode == 0, res.stderr.decode()
    records = json.loads(res.stdout)["sources"]
    assert [r["id"] for r in records] == SEED_IDS
    site_seeds = installed.parent / "lib"
    for r in records:
        assert Path(r["path"]).is_relative_to(site_seeds) and "/briefing_tui/seeds/" in r["path"]
    assert records[3]["outlet"] == "Geo Indo Pacific" and records[1]["format"] == "digest"


def test_installed_package_is_the_wheel_not_the_checkout(installed, tmp_path):
    res = _run(installed, [str(installed / "python"), "-c", "import briefing_tui; print(briefing_tui.__file__)"],
               tmp_path)
    assert Path(res.stdout.decode().strip()).is_relative_to(installed.parent)
