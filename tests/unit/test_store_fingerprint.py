"""The code fingerprint keying cached results: every file of the packages (not compiled code), in a fixed order;
kept in the user's cache folder by the files' stamps, and never trusted past a change of any file."""

import hashlib
import os
from pathlib import Path

import pytest

from briefing_tui.store import code_stamps, fingerprint


def _by_pathlib(packages):
    """The definition: model.py, model_parts.py and model_derived.py, the word table's reader, then each package's files in
    sorted(rglob) order, then the data folder's."""
    h = hashlib.sha1(fingerprint.file_digest(fingerprint._PKG / "model.py").encode())
    h.update(fingerprint.file_digest(fingerprint._PKG / "model_parts.py").encode())
    h.update(fingerprint.file_digest(fingerprint._PKG / "model_derived.py").encode())
    h.update(fingerprint.file_digest(fingerprint._PKG / "language_table.py").encode())
    for name in (*packages, "data"):
        folder = fingerprint._PKG / name
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                    h.update(f"{path.relative_to(fingerprint._PKG).as_posix()}\0{fingerprint.file_digest(path)}\n".encode())
    return h.hexdigest()


@pytest.mark.parametrize("packages", [("extract",), ("ingest",), ("extract", "compare"), ("stories", "compare", "ingest"),
                                      ("no_such_package",)])
def test_the_fingerprint_is_the_hash_of_every_file_in_path_order(packages):
    assert fingerprint.content_fingerprint(packages) == _by_pathlib(packages)


def test_the_word_tables_reader_keys_the_extractors_results(tmp_path, monkeypatch):
    # extract/recognise.py reads the function words through briefing_tui/language_table.py, outside the extract
    # package: editing that reader must make stored recognitions stale too
    before = fingerprint.content_fingerprint(("extract",))
    real = fingerprint.file_digest
    monkeypatch.setattr(fingerprint, "file_digest",
                        lambda path: "edited" if path.name == "language_table.py" else real(path))
    assert fingerprint.content_fingerprint(("extract",)) != before


@pytest.mark.parametrize("part", ["model_parts.py", "model_derived.py"])
def test_the_models_parts_made_on_first_use_key_every_result(monkeypatch, part):
    # Paragraph ... Entity live in model_parts.py, Figure ... Story in model_derived.py (briefing_tui.model makes
    # them on first use): editing their shapes must make stored results stale, as an edit of model.py does
    before = fingerprint.content_fingerprint(("extract",))
    real = fingerprint.file_digest
    monkeypatch.setattr(fingerprint, "file_digest", lambda path: "edited" if path.name == part else real(path))
    assert fingerprint.content_fingerprint(("extract",)) != before



AGE_NS = 60_000_000_000
"""How far into the future the racy rule's clock is moved, so that files just written count as old."""


@pytest.fixture
def package(tmp_path, monkeypatch):
    """A copy of a small package tree in place of briefing_tui (model.py, its parts, the table reader, one
    package and the data folder), the user's cache folder made, and the racy rule's clock a minute ahead."""
    root = tmp_path / "pkg"
    for name in ("model.py", *fingerprint.MODEL_PARTS, "language_table.py", "ingest/a.py", "ingest/deep/b.py",
                 "data/t.yaml"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(f"# {name}\n", encoding="utf-8")
    (tmp_path / "cache").mkdir()
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(fingerprint, "_PKG", root)
    monkeypatch.setattr(code_stamps, "now_ns", lambda: code_stamps.time.time_ns() + AGE_NS)
    return root


def _kept(packages):
    return fingerprint.code_fingerprint.__wrapped__(packages)


def test_a_kept_fingerprint_is_read_without_reading_any_code_file(package, monkeypatch):
    want = fingerprint.content_fingerprint(("ingest",))
    assert _kept(("ingest",)) == want  # hashed, then kept
    monkeypatch.setattr(fingerprint, "content_fingerprint", lambda packages: pytest.fail("a code file was read"))
    assert _kept(("ingest",)) == want
    assert len(os.listdir(Path(os.environ["BRIEFING_CACHE_DIR"]) / code_stamps.CODE_FOLDER)) == 1


@pytest.mark.parametrize("edit", ["same size and mtime", "added", "removed", "replaced", "model part"])
def test_any_change_of_a_code_file_is_seen_through_the_kept_fingerprint(package, edit):
    before = _kept(("ingest",))
    path = package / ("model_parts.py" if edit == "model part" else "ingest/deep/b.py")
    st = os.stat(path)
    if edit in ("same size and mtime", "model part"):  # the bytes changed, the size and mtime put back
        path.write_text(path.read_text(encoding="utf-8").upper(), encoding="utf-8")
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    elif edit == "added":
        (package / "ingest" / "c.py").write_text("x = 1\n", encoding="utf-8")
    elif edit == "removed":
        path.unlink()
    else:  # a reinstall: the same bytes as a new file (its size and mtime the old one's)
        data = path.read_bytes()
        path.unlink()
        path.write_bytes(data)
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    after = _kept(("ingest",))
    assert after == fingerprint.content_fingerprint(("ingest",))
    assert (after == before) == (edit == "replaced")  # the same bytes keep the same key (cached results stay)


def test_a_racy_or_damaged_kept_fingerprint_is_not_trusted(package, monkeypatch):
    monkeypatch.setattr(code_stamps, "now_ns", code_stamps.time.time_ns)  # files written this instant
    assert _kept(("ingest",)) == fingerprint.content_fingerprint(("ingest",))
    folder = Path(os.environ["BRIEFING_CACHE_DIR"]) / code_stamps.CODE_FOLDER
    assert not folder.exists()  # racy: not kept
    monkeypatch.setattr(code_stamps, "now_ns", lambda: code_stamps.time.time_ns() + AGE_NS)
    want = _kept(("ingest",))
    (kept,) = folder.iterdir()
    kept.write_text(kept.read_text().replace(want, "0" * len(want)))
    assert _kept(("ingest",)) == want  # a damaged file is a miss


def test_no_cache_folder_no_kept_fingerprint(package, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "no_such_cache"))
    assert _kept(("ingest",)) == fingerprint.content_fingerprint(("ingest",))
    assert not (tmp_path / "no_such_cache").exists()


def test_two_installs_sharing_a_cache_folder_keep_one_fingerprint_each(package, tmp_path, monkeypatch):
    import shutil

    first = _kept(("ingest",))
    other = tmp_path / "other"
    shutil.copytree(package, other)
    monkeypatch.setattr(fingerprint, "_PKG", other)
    assert _kept(("ingest",)) == first  # the same bytes elsewhere: the same fingerprint
    assert len(os.listdir(Path(os.environ["BRIEFING_CACHE_DIR"]) / code_stamps.CODE_FOLDER)) == 2
