"""The code fingerprint keying cached results: every file of the packages (not compiled code), in a fixed order."""

import hashlib

import pytest

from briefing_tui.store import fingerprint


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
    assert fingerprint.code_fingerprint.__wrapped__(packages) == _by_pathlib(packages)


def test_the_word_tables_reader_keys_the_extractors_results(tmp_path, monkeypatch):
    # extract/recognise.py reads the function words through briefing_tui/language_table.py, outside the extract
    # package: editing that reader must make stored recognitions stale too
    before = fingerprint.code_fingerprint.__wrapped__(("extract",))
    real = fingerprint.file_digest
    monkeypatch.setattr(fingerprint, "file_digest",
                        lambda path: "edited" if path.name == "language_table.py" else real(path))
    assert fingerprint.code_fingerprint.__wrapped__(("extract",)) != before


@pytest.mark.parametrize("part", ["model_parts.py", "model_derived.py"])
def test_the_models_parts_made_on_first_use_key_every_result(monkeypatch, part):
    # Paragraph ... Entity live in model_parts.py, Figure ... Story in model_derived.py (briefing_tui.model makes
    # them on first use): editing their shapes must make stored results stale, as an edit of model.py does
    before = fingerprint.code_fingerprint.__wrapped__(("extract",))
    real = fingerprint.file_digest
    monkeypatch.setattr(fingerprint, "file_digest", lambda path: "edited" if path.name == part else real(path))
    assert fingerprint.code_fingerprint.__wrapped__(("extract",)) != before

