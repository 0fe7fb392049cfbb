"""The safe YAML loader (libyaml's where PyYAML has it) reads every shipped data file exactly as
``yaml.safe_load`` does, and builds no objects."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from briefing_tui.paths import data_dir
from briefing_tui.safe_yaml import safe_load, safe_loader

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted([*Path(data_dir()).glob("*.yaml"), *(ROOT / "themes").glob("*.yaml")])


def test_shipped_files_are_found():
    names = {p.name for p in SHIPPED}
    assert {"gazetteer.yaml", "measure_words.yaml"} <= names


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_reads_each_shipped_file_as_safe_load_does(path: Path):
    text = path.read_text(encoding="utf-8")
    assert safe_load(text) == yaml.safe_load(text)


def test_builds_no_python_objects():
    with pytest.raises(yaml.YAMLError):
        safe_load("!!python/object/apply:os.system ['true']")


def test_is_a_safe_loader():
    assert issubclass(safe_loader(), (yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader)))
