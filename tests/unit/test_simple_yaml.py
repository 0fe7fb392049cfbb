"""The plain-YAML reader used before the app's first frame agrees with PyYAML wherever it answers."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_tui.paths import themes_dir
from briefing_tui.simple_yaml import read_simple_yaml


def _pyyaml(text: str) -> object:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        return "<error>"


def test_the_shipped_themes_are_read_without_pyyaml_and_as_pyyaml_reads_them():
    files = sorted(themes_dir().glob("*.yaml"))
    assert len(files) == 3
    for path in files:
        text = path.read_text(encoding="utf-8")
        data = read_simple_yaml(text)
        assert data is not None, path
        assert data == yaml.safe_load(text)
    dark = read_simple_yaml((themes_dir() / "dark.yaml").read_text(encoding="utf-8"))
    assert dark["name"] == "briefing-dark" and dark["dark"] is True
    assert dark["variables"]["block-cursor-background"] == "#005f87"


@pytest.mark.parametrize("text, expected", [
    ('theme: "briefing-light"\n', {"theme": "briefing-light"}),  # what remember_theme writes
    ("corpus: ~/news/summit   # a folder\ntheme: briefing-light\nindex: ~/.cache/b.sqlite\n",
     {"corpus": "~/news/summit", "theme": "briefing-light", "index": "~/.cache/b.sqlite"}),
    ("a: yes\nb: Off\nc: ~\nd: null\ne:\nf: 0.15\ng: 7\nh: 'x # y'\n",
     {"a": True, "b": False, "c": None, "d": None, "e": None, "f": 0.15, "g": 7, "h": "x # y"}),
    ("v:\n  k: 1\nw: 2\nv:\n  j: 3\n", {"v": {"j": 3}, "w": 2}),  # a repeated key: the last one wins, as in PyYAML
])
def test_plain_texts_read_as_pyyaml_reads_them(text, expected):
    assert read_simple_yaml(text) == expected == yaml.safe_load(text)


@pytest.mark.parametrize("text", [
    "e: 012\n",                  # octal in YAML 1.1: 10
    "d: 2025-12-20\n",           # a date
    "l:\n  - a\n",               # a list
    "m: {a: 1}\n",               # flow style
    "s: \"a\\tb\"\n",            # an escape
    "a: b c\n",                  # a plain value with a space
    "yes: 1\n",                  # a boolean key
    "t:\tx\n",                   # a tab
    "a: 1\r\nb: 2\r\n",          # carriage returns
    "n:\n  a:\n    b: 1\n",      # deeper nesting
    "a: 1\n  b: 2\n",            # an indented line under a key with a value (a YAML error)
    "---\na: 1\n",               # a document marker
    "\ufeffa: 1\n",              # a byte-order mark
    "a: \"x\u2028y\"\n",         # a line separator
    "# nothing\n",               # no mapping at all
    "",
])
def test_anything_else_is_left_to_pyyaml(text):
    assert read_simple_yaml(text) is None


_TOKENS = ["a", "name", "yes", "No", "on", "null", "~", "~/x", "/p", "x.y", "b-c", "0", "7", "012", "0.5", "1e3",
           "2025-01-02", '"q"', '"#f"', "'s'", "'it''s'", '"a\\"', ":", ": ", " ", "  ", "#", " # c", "\n", "\n  ",
           "-", "[", "{", "\t", "\u2028", "é"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=14).map("".join))
def test_on_generated_texts_it_answers_as_pyyaml_or_not_at_all(text):
    data = read_simple_yaml(text)
    assert data is None or data == _pyyaml(text)


_KEYS = ["a", "name", "yes", "null", "~", "_k", "b-c", "x.y", "On", "0", "a b"]
_VALUES = ["", " v", " yes", " No", " ~", " null", " ~/x", " 0", " 7", " 012", " 0.5", " .5", " 1e3", " 2025-01-02",
           ' "q"', ' "#f"', " 's'", " 'a'b'", " b: c", " b c", " -x", " [1]", " &a x", " *a", " !!str x", " |", " é"]
_LINE_END = ["", " ", " # c", "#c"]
_INDENTS = ["", "", "  ", "  ", "    ", " "]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_INDENTS), st.sampled_from(_KEYS), st.sampled_from(_VALUES),
                          st.sampled_from(_LINE_END)), min_size=1, max_size=8))
def test_on_generated_key_value_lines_it_answers_as_pyyaml_or_not_at_all(lines):
    text = "\n".join(f"{indent}{key}:{value}{end}" for indent, key, value, end in lines) + "\n"
    data = read_simple_yaml(text)
    assert data is None or data == _pyyaml(text)
