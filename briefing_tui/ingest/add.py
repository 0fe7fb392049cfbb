"""Add an article to a corpus folder: pasted text, a file, or a fetched web page.

Nothing is ever overwritten: every new file is created exclusively under a safe name (ASCII letters,
digits and dashes, from the title or the first words) made unique with ``-2``, ``-3``... Metadata
given by the user goes in a ``<name>.yaml`` sidecar beside the text. A fetched page is stored twice:
the HTML as fetched under ``.pages/`` (a hidden folder the loader skips) and the extracted text as
``<name>.txt``, the file the corpus reads.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from briefing_tui.ingest.decode import MAX_BYTES, DecodeError, decode_bytes
from briefing_tui.lazy_pattern import lazy_compile

NAME_WORDS = 8  # words of the title (or first line) that make the file name
NAME_MAX_CHARS = 60
PAGES_FOLDER = ".pages"  # where fetched HTML is kept; hidden, so never read as an article
MAX_TRIES = 10_000
SIDECAR_FIELDS = ("title", "outlet", "author", "published", "url", "language")

_NOT_NAME = lazy_compile(r"[^a-z0-9]+")  # anything but ASCII letters and digits becomes one dash
_CASE_CHANGE = lazy_compile(r"(?<=[a-z])(?=[A-Z])")  # a lower-case letter followed by a capital
_TEXT_SUFFIXES = (".txt", ".md", ".markdown")


class AddError(ValueError):
    """The article cannot be added; the message says why."""


@dataclass(slots=True)
class Added:
    """The files written: the article the corpus reads, its sidecar, and the fetched page if any."""

    article: Path
    sidecar: Path | None = None
    page: Path | None = None
    metadata: dict[str, str] = field(default_factory=dict)


def safe_stem(title: str | None, text: str, published: str | None = None) -> str:
    """A file name stem from the title (else the first line), transliterated to ASCII, dated if known."""
    from anyascii import anyascii

    source = title or next((line for line in text.splitlines() if line.strip()), "")
    ascii_text = _CASE_CHANGE.sub(" ", anyascii(source))  # CJK comes back as "ZuijinRiben": split the words
    words = _NOT_NAME.sub(" ", ascii_text.lower()).split()[:NAME_WORDS]
    stem = "-".join(words)[:NAME_MAX_CHARS].strip("-") or "article"
    date = published[:10] if published and re.fullmatch(r"\d{4}-\d{2}-\d{2}", published[:10]) else None
    return f"{date}-{stem}" if date else stem


def _create(path: Path, data: bytes) -> bool:
    """Write ``data`` to a new file at ``path``; False if the name is taken (never overwrites)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return True


def _taken(folder: Path, stem: str) -> bool:
    names = [f"{stem}{ext}" for ext in (*_TEXT_SUFFIXES, ".html", ".htm", ".yaml", ".yml")]
    return any((folder / n).exists() for n in names) or (folder / PAGES_FOLDER / f"{stem}.html").exists()


def _sidecar_text(meta: dict[str, str]) -> str:
    import yaml

    return yaml.safe_dump({k: meta[k] for k in SIDECAR_FIELDS if meta.get(k)}, allow_unicode=True, sort_keys=False)


def add_article(folder: Path, text: str, meta: dict[str, str] | None = None, *, suffix: str = ".txt",
                page: bytes | None = None, named_from: dict[str, str] | None = None,
                already: Callable[[str, str, dict[str, str]], str | None] | None = None) -> Added:
    """Store ``text`` (and the fetched ``page``, if any) in ``folder`` under a new unique name.

    The name comes from ``meta``'s title and date, or from ``named_from`` (what a web page says of
    itself, when only the user's metadata goes in the sidecar). ``already(text, suffix, meta)`` names the
    corpus file that has the same article text, if any: then nothing is written (AddError)."""
    meta = {k: " ".join(str(v).split()) for k, v in (meta or {}).items() if v and str(v).strip()}
    if not text.strip():
        raise AddError("the article is empty")
    if folder.exists() and not folder.is_dir():
        raise AddError(f"{folder} is a file, not a corpus folder")
    same = already(text, suffix, meta) if already is not None and folder.is_dir() else None
    if same is not None:
        raise AddError(f"the same article text is already in the corpus as {same}")
    folder.mkdir(parents=True, exist_ok=True)
    naming = {**(named_from if named_from is not None else _parsed_naming(text)), **meta}
    base = safe_stem(naming.get("title"), text, naming.get("published"))
    data = text.encode("utf-8")
    for n in range(1, MAX_TRIES):
        stem = base if n == 1 else f"{base}-{n}"
        if _taken(folder, stem) or not _create(folder / f"{stem}{suffix}", data):
            continue
        added = Added(folder / f"{stem}{suffix}", metadata=meta)
        if page is not None:
            (folder / PAGES_FOLDER).mkdir(exist_ok=True)
            added.page = folder / PAGES_FOLDER / f"{stem}.html"
            if not _create(added.page, page):
                raise AddError(f"{added.page} appeared while adding; nothing overwritten")
        if any(meta.get(k) for k in SIDECAR_FIELDS):
            added.sidecar = folder / f"{stem}.yaml"
            if not _create(added.sidecar, _sidecar_text(meta).encode("utf-8")):
                raise AddError(f"{added.sidecar} appeared while adding; nothing overwritten")
        return added
    raise AddError(f"no free name for {base!r} in {folder}")


def _parsed_naming(text: str) -> dict[str, str]:
    """The title and date the corpus will show for ``text`` (front matter included), to name its file by."""
    from briefing_tui.ingest.metadata import MetadataError
    from briefing_tui.ingest.parse import parse_text

    try:
        src = parse_text(text, "added")
    except MetadataError:  # a malformed front matter block: named from the first line, as before
        return {}
    return {k: v for k, v in (("title", src.title), ("published", src.published)) if v}


def folder_to_add_to(paths: list[str] | list[Path] | None) -> Path | str:
    """The corpus folder new articles go to (the first folder named, or a named file's folder),
    or a message saying why there is none (no corpus named; the embedded seeds are never changed)."""
    from briefing_tui.paths import seeds_dir

    if not paths:
        return "name a corpus folder of your own (--corpus DIR, or 'corpus:' in config.yaml) to add articles to it"
    folder = Path(paths[0]).expanduser()
    if folder.is_file():
        folder = folder.parent
    try:
        if folder.resolve().is_relative_to(seeds_dir().resolve()):
            return "the embedded seed articles cannot be changed; use a folder of your own (--corpus DIR)"
    except OSError:
        pass
    return folder


def read_text_input(data: bytes, name: str = "the input") -> str:
    """Decode pasted or file bytes (any encoding the loader reads); AddError with the reason if not text."""
    try:
        return decode_bytes(data, MAX_BYTES).text
    except DecodeError as exc:
        raise AddError(f"{name}: {exc}") from None
