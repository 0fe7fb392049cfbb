"""Quotes and entities of a cached analysis as rows, and the lookups they serve (pg_trgm, tsvector).

The analysis itself is cached whole (``results``), as in the SQLite index, so that loading it is one
read; its quotes and entities are also written as rows keyed by the analysis's signature, so that a
desk's tools (psql, a report, the CLI's speaker and name lookups here) can search them in SQL:
trigram similarity for names and speakers spelt another way, full-text search for quoted words.
"""

from __future__ import annotations

from typing import Any

SIMILARITY = 0.3
"""pg_trgm similarity from which a name counts as the one asked for (pg_trgm's own default)."""
WORD_SIMILARITY = 0.6
"""pg_trgm word_similarity from which the asked-for name counts as found inside a longer one
("Lagarde" in "Christine Lagarde")."""


def write_analysis_rows(conn: Any, signature: str, analysis: Any) -> None:
    """Insert the quotes and entities of ``analysis`` under ``signature`` (inside the caller's transaction)."""
    quotes = [(signature, n, q.id, q.source, q.speaker, q.kind, q.text, q.start, q.end)
              for n, q in enumerate(analysis.quotes)]
    entities = [(signature, e.id, e.name, e.type, list(e.aliases), len(e.mentions)) for e in analysis.entities]
    with conn.cursor() as cur:
        cur.executemany("INSERT INTO quotes (signature, ord, id, source, speaker, kind, text, start_at, end_at) "
                        "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING", quotes)
        cur.executemany("INSERT INTO entities (signature, id, name, type, aliases, mentions) "
                        "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING", entities)


def similar_speakers(conn: Any, signature: str, name: str) -> list[str]:
    """Speakers of the analysis ``signature`` whose name is like ``name`` (trigram similarity: another
    spelling, a missing accent, the surname alone), best first."""
    rows = conn.execute(
        "SELECT speaker, max(greatest(similarity(speaker, %(n)s), word_similarity(%(n)s, speaker))) AS score "
        "FROM quotes WHERE signature = %(s)s AND speaker IS NOT NULL "
        "AND (similarity(speaker, %(n)s) >= %(sim)s OR word_similarity(%(n)s, speaker) >= %(word)s) "
        "GROUP BY speaker ORDER BY score DESC, speaker",
        {"n": name, "s": signature, "sim": SIMILARITY, "word": WORD_SIMILARITY}).fetchall()
    return [r[0] for r in rows]


def similar_entities(conn: Any, signature: str, name: str) -> list[tuple[str, str, str]]:
    """(id, name, type) of the entities whose name or an alias is like ``name``, best first."""
    rows = conn.execute(
        "SELECT id, name, type FROM entities WHERE signature = %(s)s AND (similarity(name, %(n)s) >= %(sim)s "
        "OR word_similarity(%(n)s, name) >= %(word)s "
        "OR EXISTS (SELECT 1 FROM unnest(aliases) a WHERE similarity(a, %(n)s) >= %(sim)s)) "
        "ORDER BY greatest(similarity(name, %(n)s), word_similarity(%(n)s, name)) DESC, name",
        {"n": name, "s": signature, "sim": SIMILARITY, "word": WORD_SIMILARITY}).fetchall()
    return [(r[0], r[1], r[2]) for r in rows]


def search_quotes(conn: Any, signature: str, words: str) -> list[str]:
    """Ids of the quotes of ``signature`` holding all of ``words`` (full-text, no stemming), in order."""
    rows = conn.execute(
        "SELECT id FROM quotes WHERE signature = %s AND tsv @@ plainto_tsquery('simple', %s) ORDER BY ord",
        (signature, words)).fetchall()
    return [r[0] for r in rows]


def search_articles(conn: Any, parser: str, words: str, keys: list[str]) -> list[str]:
    """Content keys among ``keys`` whose title or text holds all of ``words`` (GIN full-text index)."""
    rows = conn.execute(
        "SELECT key FROM parses WHERE parser = %s AND key = ANY(%s) AND tsv @@ plainto_tsquery('simple', %s) "
        "ORDER BY ts_rank(tsv, plainto_tsquery('simple', %s)) DESC, key",
        (parser, keys, words, words)).fetchall()
    return [r[0] for r in rows]
