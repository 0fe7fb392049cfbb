"""The user folders found without platformdirs are the ones platformdirs gives (issue 15: quick lookups)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from platformdirs import user_cache_path, user_config_path

from briefing_tui.paths import APP_NAME, user_cache_dir, user_config_dir, xdg_dir

ENVIRONMENTS = [
    {"HOME": "/home/ana"},
    {"HOME": "/home/ana/"},
    {"HOME": "/"},
    {"HOME": "/home/ana", "XDG_CONFIG_HOME": "/srv/conf", "XDG_CACHE_HOME": "/var/tmp/c/"},
    {"HOME": "/home/ana", "XDG_CONFIG_HOME": "", "XDG_CACHE_HOME": ""},
    {"HOME": "/home/ana", "XDG_CONFIG_HOME": "relative/conf", "XDG_CACHE_HOME": "  "},
    {"HOME": "/home/ana", "XDG_CONFIG_HOME": " /padded", "XDG_CACHE_HOME": "/a//b"},
    {"HOME": "relative/home"},
    {},
    {"HOME": "/home/ana", "ANDROID_DATA": "/data", "ANDROID_ROOT": "/system"},
]


@pytest.mark.parametrize("env", ENVIRONMENTS, ids=lambda env: ",".join(f"{k}={v!r}" for k, v in env.items()) or "none")
def test_the_config_and_cache_folders_are_platformdirs_own(env, monkeypatch):
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "ANDROID_DATA", "ANDROID_ROOT",
                 "BRIEFING_CONFIG_DIR", "BRIEFING_CACHE_DIR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert user_config_dir() == user_config_path(APP_NAME, appauthor=False)
    assert user_cache_dir() == user_cache_path(APP_NAME, appauthor=False)


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG rule is applied without platformdirs on Linux only")
def test_linux_applies_the_xdg_rule_itself(monkeypatch):
    monkeypatch.setenv("HOME", "/home/ana")
    monkeypatch.setenv("XDG_CONFIG_HOME", "/srv/conf")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    assert xdg_dir("XDG_CONFIG_HOME", ".config") == Path("/srv/conf/briefing-tui")
    assert xdg_dir("XDG_CACHE_HOME", ".cache") == Path("/home/ana/.cache/briefing-tui")
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative")
    assert xdg_dir("XDG_CONFIG_HOME", ".config") is None  # platformdirs decides


def test_a_quick_lookup_does_not_import_platformdirs_or_shutil(tmp_path):
    # Reading config.yaml from the default folder (no BRIEFING_CONFIG_DIR) and the lean parser.
    code = ("import sys\n"
            "from briefing_tui.cli import parse_command_line, _merge_global_options\n"
            "args, _ = parse_command_line(['quotes', 'x', '--json'])\n"
            "_merge_global_options(args)\n"
            "print(sorted(m for m in ('platformdirs', 'shutil') if m in sys.modules))\n")
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True,
                          cwd=Path(__file__).resolve().parents[2])
    expected = "['platformdirs']" if sys.platform != "linux" else "[]"
    assert done.stdout.strip() == expected
