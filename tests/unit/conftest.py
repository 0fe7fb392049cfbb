"""Unit tests: the core's plain data (ingest, extract, compare, search, store), no terminal and no CLI process.

The shared fixtures (isolated user folders, the seed corpus) live in ``tests/conftest.py``.
"""
