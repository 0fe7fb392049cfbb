"""No hang on input built to make the parser slow: catastrophic regex backtracking, quadratic scans.

Bounds tested (generous for a shared 2-core machine; measured figures are in bench/ingest_speed.py
and the report):
- every adversarial pattern at 128 KB parses within 10 s (a quadratic blow-up would take hours);
- a 1 MB file mixing all of them parses within 20 s;
- every compiled regex in briefing_tui.ingest, searched over 50 KB of each hostile string, returns within 5 s
  (this is the regex audit: a pattern that backtracks on some input fails here, whoever adds it).
A SIGALRM turns a hang into a failure (Python's regex engine checks for signals while matching).
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import briefing_tui.ingest as ingest_pkg
from briefing_tui.ingest import parse_text
from briefing_tui.lazy_pattern import LazyPattern
from hostile_inputs import INGEST_UNITS as UNITS
from hostile_inputs import cpu_time_limit, repeat

KB = 1024


@pytest.mark.parametrize("name", sorted(UNITS))
def test_adversarial_128kb_parses_within_bound(name):
    text = repeat(UNITS[name], 128 * KB)
    with cpu_time_limit(10):
        src = parse_text(text, "adversarial")
    assert all(text[s.start:s.end] == s.text for s in src.sentences)


def test_one_megabyte_mix_parses_within_bound():
    per = (1024 * KB) // len(UNITS)
    text = "".join(repeat(unit, per) + "\n\n" for unit in UNITS.values())
    with cpu_time_limit(20):
        src = parse_text(text, "mix")
    assert src.raw == text and len(src.paragraphs) > len(UNITS)
    _assert_offsets_hold(src)


def test_front_matter_opening_without_end_parses_within_bound():
    text = "---\n" + repeat("key: value\n", 1024 * KB)
    with cpu_time_limit(10):
        src = parse_text(text, "front")
    assert src.raw == text
    # a block that never closes is not front matter: none of its keys is read as metadata
    assert (src.title, src.author, src.outlet, src.published) == (None, None, None, None)
    _assert_offsets_hold(src)


def _assert_offsets_hold(src) -> None:
    """Every paragraph and sentence is its slice of the raw text, in order, without overlap."""
    for items in (src.paragraphs, src.sentences):
        assert all(src.raw[x.start:x.end] == x.text for x in items)
        assert all(a.end <= b.start for a, b in zip(items, items[1:]))


def _ingest_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for info in pkgutil.iter_modules(ingest_pkg.__path__):
        module = importlib.import_module(f"briefing_tui.ingest.{info.name}")
        for attr, value in vars(module).items():
            value = value.compiled() if isinstance(value, LazyPattern) else value  # compiled on first use
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.append((f"{info.name}.{attr}", value))
        for attr, value in vars(module).items():
            if isinstance(value, list) and value and all(isinstance(v, (re.Pattern, LazyPattern)) for v in value):
                found.extend((f"{info.name}.{attr}[{i}]", v.compiled() if isinstance(v, LazyPattern) else v)
                             for i, v in enumerate(value))  # (a list's lazy patterns, compiled on first use)
    return sorted(found, key=lambda kv: kv[0])


PATTERNS = _ingest_patterns()


def test_the_audit_sees_the_regexes():
    names = {name for name, _ in PATTERNS}
    assert {"clean.CHROME", "clean.CAPTION_CREDIT", "header.BYLINE", "segment._END", "dates.DATE_PATTERNS[0]"} <= names
    assert len(PATTERNS) >= 40


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_every_ingest_regex_is_linear_on_hostile_strings(name, pattern):
    with cpu_time_limit(5):
        for unit in UNITS.values():
            text = repeat(unit, 50 * KB)
            pattern.search(text)
            pattern.match(text)
            for _ in zip(range(1000), pattern.finditer(text)):
                pass
