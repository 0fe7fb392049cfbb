"""Shared fixtures: the seed corpus, parsed once per session, and isolated user directories."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from briefing_tui.corpus import Corpus, load_corpus
from briefing_tui.paths import seeds_dir

TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data"
ARTICLES = TESTS / "articles"


@pytest.fixture(scope="session", autouse=True)
def _isolated_session_user_dirs(tmp_path_factory: pytest.TempPathFactory):
    """Session and module fixtures run before the per-test isolation below: point them at temporary
    user folders too, so no fixture can read or write the real user's config or cache."""
    base = tmp_path_factory.mktemp("session_user")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BRIEFING_CONFIG_DIR", str(base / "config"))
        mp.setenv("BRIEFING_CACHE_DIR", str(base / "cache"))
        mp.setenv("BRIEFING_TRACEBACK", "1")  # a bug met in a test shows its traceback (cli._internal_error)
        yield


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the real user's config or cache during tests."""
    base = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(base / "cache"))
    monkeypatch.setenv("NO_COLOR", "")
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.delenv("BRIEFING_INDEX_URL", raising=False)  # a desk's shared index is never used by accident


@pytest.fixture(scope="session")
def seed_corpus() -> Corpus:
    """The five embedded seed articles, parsed (straight from the files: session fixtures run before
    the user folders are isolated, so this one must not write the real user's cache)."""
    return load_corpus([seeds_dir()], cache=False)


def load_yaml(name: str):
    """Read a YAML file from tests/data."""
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
