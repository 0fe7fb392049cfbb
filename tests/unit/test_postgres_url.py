"""Issue 16: shared-index addresses are recognised, and their passwords never shown."""

from __future__ import annotations

import argparse

from briefing_tui.store.postgres.url import is_postgres_url, libpq_url, masked, scrub


def test_postgresql_addresses_are_recognised_and_paths_are_not():
    assert all(is_postgres_url(u) for u in ("postgresql://h/db", "postgres://h/db", "POSTGRESQL://h/db",
                                            "postgresql+psycopg://u@h/db"))
    assert not any(is_postgres_url(u) for u in ("index.sqlite3", "/tmp/postgresql://x", "sqlite:///x.db", "", None))
    assert libpq_url("postgresql+psycopg://u@h/db") == "postgresql://u@h/db"


def test_passwords_are_masked_wherever_the_url_carries_them():
    cases = {
        "postgresql://desk:S3cr%40t@db.example:5432/briefing": "postgresql://desk:***@db.example:5432/briefing",
        "postgresql://desk@db.example/briefing": "postgresql://desk@db.example/briefing",
        "postgresql://db.example/briefing?user=desk&password=S3cret&sslmode=require":
            "postgresql://db.example/briefing?user=desk&password=***&sslmode=require",
        "postgresql://desk:p:w@h/db": "postgresql://desk:***@h/db",
        "postgresql://h/db?sslpassword=S3cret": "postgresql://h/db?sslpassword=***",
    }
    for url, shown in cases.items():
        assert masked(url) == shown, url


def test_an_error_message_echoing_the_password_is_scrubbed():
    url = "postgresql://desk:Hunter2pw@db.example/briefing"
    message = f'connection to "{url}" failed: password=Hunter2pw rejected; Hunter2pw'
    assert scrub(message, url) == ('connection to "postgresql://desk:***@db.example/briefing" failed: '
                                   "password=*** rejected; ***")


def test_briefing_index_url_is_used_unless_index_or_no_cache_is_given(monkeypatch):
    from briefing_tui.cli import _merge_global_options

    monkeypatch.setenv("BRIEFING_INDEX_URL", "postgresql://desk@db.example/briefing")
    args = argparse.Namespace(corpus=None)
    _merge_global_options(args)
    assert args.index == "postgresql://desk@db.example/briefing"
    given = argparse.Namespace(corpus=None, index="mine.sqlite3")
    _merge_global_options(given)
    assert given.index == "mine.sqlite3"
    uncached = argparse.Namespace(corpus=None, no_cache=True)
    _merge_global_options(uncached)
    assert not hasattr(uncached, "index")
