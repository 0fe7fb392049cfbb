"""SHA-1 for the index's keys and digests, without loading OpenSSL.

``hashlib`` loads OpenSSL's library on import (some 2 ms, a sixtieth of a warm ``briefing quotes``); the
index hashes only small strings and article files, for which CPython's own SHA-1 (``_sha1``) is as good
and gives the same digests. A Python built without it falls back on ``hashlib``.
"""

from __future__ import annotations

try:
    from _sha1 import sha1
except ImportError:  # pragma: no cover - a CPython built without its own hashes
    from hashlib import sha1

__all__ = ["sha1"]
