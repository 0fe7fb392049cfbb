"""Fixtures of every scope see temporary user folders, never the real user's cache or config."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.paths import user_cache_dir, user_config_dir


@pytest.fixture(scope="module")
def module_scoped_dirs() -> tuple[Path, Path]:
    # Module fixtures are set up before the per-test isolation: they must already be isolated.
    return user_cache_dir(), user_config_dir()


def test_module_fixtures_use_a_temporary_cache_and_config(module_scoped_dirs, tmp_path_factory):
    base = tmp_path_factory.getbasetemp()
    for folder in module_scoped_dirs:
        assert base in folder.resolve().parents
