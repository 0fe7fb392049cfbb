"""The PostgreSQL schema of a shared index: rows, not blobs, versioned and migrated on connect.

Tables (one database is one desk's shared corpus):

- ``parses``: one row per article parse, keyed by content key (the file's and sidecar's bytes) and
  parser version, as in the SQLite index; the light fields as columns (title, outlet, ...) and as the
  head list the loaders read, the heavy fields (paragraphs, sentences with offsets) compressed, the
  text itself in ``raw`` with a ``tsvector`` (GIN) for full-text search and a trigram index on titles.
- ``members``: the articles of the shared corpus, one row per content key (the same article added
  twice, from anywhere, is one row), with the original bytes so any machine can parse it again when
  the parser changes.
- ``source_analyses``: per-source extraction results (kind, content key, version of the code that made them).
- ``results``: cached corpus-wide results (kind + signature), as in the SQLite index.
- ``quotes`` and ``entities``: the rows of each cached analysis (by its signature), with trigram
  indexes for fuzzy speaker, quote and name lookups.

The schema is created or migrated under a transaction-scoped advisory lock, so that two machines
connecting to a new database at once do not both create it.
"""

from __future__ import annotations

SCHEMA_VERSION = 1
MIGRATION_LOCK = 0x42524946_0001
"""pg_advisory_xact_lock key held while the schema is created or migrated ("BRIF" + 1)."""

TEXT_SEARCH_CONFIG = "simple"
"""Full-text configuration: 'simple' (no stemming) since a corpus mixes languages."""

_CREATE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """CREATE TABLE IF NOT EXISTS briefing_meta (
        name text PRIMARY KEY,
        value text NOT NULL)""",
    f"""CREATE TABLE IF NOT EXISTS parses (
        key text NOT NULL,
        parser text NOT NULL,
        ok boolean NOT NULL,
        head text NOT NULL,
        body bytea,
        title text,
        outlet text,
        author text,
        published text,
        url text,
        language text,
        raw text,
        tsv tsvector GENERATED ALWAYS AS (
            to_tsvector('{TEXT_SEARCH_CONFIG}', coalesce(title, '') || ' ' || coalesce(raw, ''))) STORED,
        parsed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (key, parser))""",
    "CREATE INDEX IF NOT EXISTS parses_tsv ON parses USING gin (tsv)",
    "CREATE INDEX IF NOT EXISTS parses_title_trgm ON parses USING gin (title gin_trgm_ops)",
    """CREATE TABLE IF NOT EXISTS members (
        key text PRIMARY KEY,
        stem text NOT NULL,
        name text NOT NULL,
        path text NOT NULL,
        host text NOT NULL,
        original bytea NOT NULL,
        sidecar_name text,
        sidecar bytea,
        added_by text NOT NULL DEFAULT current_user,
        added_at timestamptz NOT NULL DEFAULT now())""",
    "CREATE INDEX IF NOT EXISTS members_stem ON members (stem, key)",
    """CREATE TABLE IF NOT EXISTS source_analyses (
        kind text NOT NULL,
        key text NOT NULL,
        version text NOT NULL,
        blob bytea NOT NULL,
        PRIMARY KEY (kind, key, version))""",
    """CREATE TABLE IF NOT EXISTS results (
        kind text NOT NULL,
        signature text NOT NULL,
        used_at timestamptz NOT NULL DEFAULT now(),
        blob bytea NOT NULL,
        PRIMARY KEY (kind, signature))""",
    f"""CREATE TABLE IF NOT EXISTS quotes (
        signature text NOT NULL,
        ord integer NOT NULL,
        id text NOT NULL,
        source text NOT NULL,
        speaker text,
        kind text NOT NULL,
        text text NOT NULL,
        start_at integer NOT NULL,
        end_at integer NOT NULL,
        tsv tsvector GENERATED ALWAYS AS (to_tsvector('{TEXT_SEARCH_CONFIG}', text)) STORED,
        PRIMARY KEY (signature, ord))""",
    "CREATE INDEX IF NOT EXISTS quotes_speaker_trgm ON quotes USING gin (speaker gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS quotes_text_trgm ON quotes USING gin (text gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS quotes_tsv ON quotes USING gin (tsv)",
    """CREATE TABLE IF NOT EXISTS entities (
        signature text NOT NULL,
        id text NOT NULL,
        name text NOT NULL,
        type text NOT NULL,
        aliases text[] NOT NULL,
        mentions integer NOT NULL,
        PRIMARY KEY (signature, id))""",
    "CREATE INDEX IF NOT EXISTS entities_name_trgm ON entities USING gin (name gin_trgm_ops)",
]

MIGRATIONS: dict[int, list[str]] = {1: _CREATE}
"""Statements that bring a schema of version n-1 to version n (0: no schema)."""

TABLES = ("parses", "members", "source_analyses", "results", "quotes", "entities")
"""Every table a reader needs SELECT on (``briefing_meta`` too)."""
