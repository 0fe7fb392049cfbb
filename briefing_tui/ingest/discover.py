"""Find the article files under the paths a user names."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from briefing_tui.model import Problem

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
METADATA_SUFFIXES = (".yaml", ".yml")
"""Files read beside the articles (sidecars and metadata lists), never reported as skipped."""
MAX_FILES = 200_000
SKIPPED_NAMES_SHOWN = 3
"""How many of a folder's skipped files its one notice names; the rest are counted."""


@dataclass(slots=True)
class Found:
    """An article file and a stable id for it."""

    path: Path
    id: str


NOT_A_FOLDER = "not a folder or an article file: {kind} (--corpus reads article files and folders of them)"
"""The problem reported for a path named directly that is neither a folder nor a regular file."""
SIDECAR_NAMED = ("a metadata file ({suffix}), not an article: it is read beside the article of the same name "
                 "(x.txt with x{suffix}); give the article or its folder")
"""The problem reported for a sidecar named directly: it is never read as an article itself."""
SPECIAL_KINDS = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"),
                 (stat.S_ISSOCK, "a socket"))
"""What a path that is neither a folder nor a regular file is, as a person names it."""


def special_kind(path: Path) -> str | None:
    """What ``path`` is when it is neither a folder nor a regular file ("a named pipe", "a device",
    "a socket"), None otherwise (or when it cannot be examined: the walk reports that)."""
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):
        return None
    if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
        return None
    return next((name for test, name in SPECIAL_KINDS if test(mode)), "not a regular file")


LEFT_CORPUS = "symbolic link to {target} outside the corpus, not followed (--follow-links follows it)"
BROKEN_LINK = "broken symbolic link: {target} does not exist"
"""The problem reported, once per link, for a link whose target lies outside every corpus folder."""


def discover(paths: list[Path], follow_links: bool = False) -> tuple[list[Found], list[Problem]]:
    """Article files under ``paths`` (files or folders, read recursively), sorted, with unique ids.

    Symlink loops, unreadable folders and missing paths become problems, never exceptions. A
    symbolic link (to a file or a folder) is followed only when its target stays inside one of the
    folders named, unless ``follow_links``; a path named directly is always read.
    """
    problems: list[Problem] = []
    copies: list[Path] = []
    files = _own_names(list(_walk(paths, follow_links, problems, copies)), copies)
    return _with_ids(files, paths), problems


def _own_names(files: list[Path], copies: list[Path]) -> list[Path]:
    """``files`` where a file met first through a symbolic link and then under its own name is read under its own
    name (its id is its own file's, whatever the link's name sorts before); the link is skipped, as a link to a
    file met before it always was (a link inside the corpus is no problem: the file is read once)."""
    if not copies:
        return files
    at = {_resolved(f): i for i, f in enumerate(files)}
    for copy in copies:
        i = at.get(_resolved(copy))
        if i is None or os.path.abspath(copy) == os.path.abspath(files[i]):
            continue  # (the same path named twice)
        if os.path.islink(files[i]) and not os.path.islink(copy):
            files[i] = copy
    return files


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path


def first_article(paths: list[Path], follow_links: bool = False) -> tuple[Path | None, list[Problem]]:
    """The first article file :func:`discover` would find (None when there is none, and then every problem
    met on the way): a check that stops at one file instead of walking 10,000."""
    problems: list[Problem] = []
    return next(_walk(paths, follow_links, problems), None), problems


def _walk(paths: list[Path], follow_links: bool, problems: list[Problem],
          copies: list[Path] | None = None) -> Iterator[Path]:
    """The article files under ``paths`` in :func:`discover`'s order, each once; problems appended as met (and,
    with ``copies``, every later path to a file met before)."""
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[Path] = set()
    fence = CorpusFence(paths, follow_links)
    count = 0
    for root in paths:
        if not root.exists():
            problems.append(Problem(str(root), "no such file or folder"))
            continue
        if kind := special_kind(root):
            problems.append(Problem(str(root), NOT_A_FOLDER.format(kind=kind)))
            continue
        if root.is_file():
            if root.name.lower().endswith(METADATA_SUFFIXES):
                problems.append(Problem(str(root), SIDECAR_NAMED.format(suffix=root.suffix)))
                continue
            if _first_time(root, seen_files):
                count += 1
                yield root
            elif copies is not None:
                copies.append(root)
            continue
        for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=lambda e: problems.append(
                Problem(str(getattr(e, "filename", root)), f"cannot read folder: {e.strerror or e}"))):
            try:
                st = os.stat(dirpath)
            except OSError as exc:
                problems.append(Problem(dirpath, f"cannot read folder: {exc.strerror or exc}"))
                dirnames[:] = []
                continue
            key = (st.st_dev, st.st_ino)
            if key in seen_dirs:
                problems.append(Problem(dirpath, "symlink loop or repeated folder, skipped"))
                dirnames[:] = []
                continue
            seen_dirs.add(key)
            dirnames[:] = fence.inside(dirpath, sorted(d for d in dirnames if not d.startswith((".", "__"))), problems)
            names = [n for n in sorted(filenames) if n.lower().endswith(ARTICLE_SUFFIXES) and not n.startswith(".")]
            if other := other_types(filenames):
                problems.append(Problem(dirpath, skipped_notice(other)))
            real_dir, links, met = None, set(), 0
            folder = Path(dirpath)  # (parsed once per folder, not once per file)
            for name in fence.kept(dirpath, names, problems):
                path = folder / name
                # From a folder's second file on (a check that stops at the first pays nothing), a file that is
                # no link has its folder's real path and its name: no walk up the tree for each file.
                if met == 1:
                    real_dir, links = _real_folder(dirpath)
                met += 1
                real = real_dir / name if real_dir is not None and name not in links else None
                if _first_time(path, seen_files, real):
                    count += 1
                    yield path
                elif copies is not None:
                    copies.append(path)
            if count > MAX_FILES:
                problems.append(Problem(str(root), f"more than {MAX_FILES} files; the rest were skipped"))
                break


def other_types(filenames: list[str]) -> list[str]:
    """The visible files of a folder that are neither articles nor their metadata, sorted."""
    return sorted(n for n in filenames if not n.startswith(".")
                  and not n.lower().endswith(ARTICLE_SUFFIXES + METADATA_SUFFIXES))


def skipped_notice(names: list[str]) -> str:
    """One line for a folder's files of other types: which (the first few), and what is read instead."""
    shown = ", ".join(names[:SKIPPED_NAMES_SHOWN]) + (f" and {len(names) - SKIPPED_NAMES_SHOWN} more"
                                                      if len(names) > SKIPPED_NAMES_SHOWN else "")
    count = "1 file" if len(names) == 1 else f"{len(names)} files"
    return f"{count} of other types not read ({shown}): articles are {', '.join(ARTICLE_SUFFIXES)} files"


class CorpusFence:
    """Which entries of a walked folder stay inside the corpus: every entry but a symbolic link
    whose target lies outside all the folders named (an ``x.txt -> /etc/passwd``, an ``etc -> /etc``).
    """

    def __init__(self, roots: list[Path], follow_links: bool) -> None:
        self.open = follow_links
        self.roots = [os.path.realpath(r) for r in roots if r.is_dir()]

    def inside(self, folder: str, names: list[str], problems: list[Problem] | None = None) -> list[str]:
        """``names`` (entries of ``folder``) without the links that leave the corpus (each reported once)."""
        return names if self.open else list(self.kept(folder, names, problems))

    def kept(self, folder: str, names: list[str], problems: list[Problem] | None = None) -> Iterator[str]:
        """:meth:`inside` one name at a time: a walk that stops at the first article checks no further links."""
        for name in names:
            path = os.path.join(folder, name)
            if not self.open and os.path.islink(path):
                target = os.path.realpath(path)
                if not any(target == r or target.startswith(r.rstrip(os.sep) + os.sep) for r in self.roots):
                    if problems is not None:  # (following a link to nothing would not help: said so)
                        why = LEFT_CORPUS if os.path.exists(target) else BROKEN_LINK
                        problems.append(Problem(path, why.format(target=target)))
                    continue
            yield name


def _real_folder(folder: str) -> tuple[Path | None, set[str]]:
    """The real path of ``folder`` and the names of its entries that are symbolic links (None when unreadable)."""
    try:
        with os.scandir(folder) as entries:
            links = {e.name for e in entries if e.is_symlink()}
        return Path(os.path.realpath(folder)), links
    except (OSError, RuntimeError):
        return None, set()


def _first_time(path: Path, seen: set[Path], real: Path | None = None) -> bool:
    """Whether ``path`` is met for the first time (by its resolved target, ``real`` when known); records it."""
    if real is None:
        try:
            real = path.resolve()
        except (OSError, RuntimeError):
            real = path
    if real in seen:
        return False
    seen.add(real)
    return True


def _with_ids(files: list[Path], roots: list[Path]) -> list[Found]:
    names = [f.stem for f in files]
    stems: dict[str, int] = {}
    for stem in names:
        stems[stem] = stems.get(stem, 0) + 1
    out = []
    used: set[str] = set()
    for f, sid in zip(files, names):
        if stems[sid] > 1:
            sid = _relative_id(f, roots)
        base, n = sid, 2
        while sid in used:
            sid, n = f"{base}-{n}", n + 1
        used.add(sid)
        out.append(Found(f, sid))
    return out


def _relative_id(path: Path, roots: list[Path]) -> str:
    for root in roots:
        try:
            return path.with_suffix("").relative_to(root).as_posix()
        except ValueError:
            continue
    return path.with_suffix("").as_posix().lstrip("/")
