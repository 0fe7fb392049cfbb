"""Module regexes compiled on first use (briefing_tui/lazy_pattern.py), and what that saves at import."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from briefing_tui.lazy_pattern import LazyPattern, compiled, lazy_compile

ROOT = Path(__file__).resolve().parents[2]

# What `quotes` imports beyond a warm lookup when one article changed (bench/edit_laps.py's stages), and `diff`'s
# command module (which imports compare's rule modules).
EDIT_PATH_MODULES = ("briefing_tui.ingest.load", "briefing_tui.extract.recognise", "briefing_tui.extract.quotes",
                     "briefing_tui.extract.merge", "briefing_tui.commands.diff")
MAX_COMPILED_AT_IMPORT = 60
"""Patterns the modules above may still compile while importing: 45 now (lists of patterns such as the parser's
date formats, functions building patterns at import, the standard library's and YAML's own); c807970 compiled 593."""


def test_a_lazy_pattern_matches_as_the_compiled_one_and_compiles_once():
    source, flags = r"(?P<n>\d+)\s*(?P<unit>kg|t)\b", re.I
    lazy, plain = lazy_compile(source, flags), re.compile(source, flags)
    assert lazy.pattern == source and lazy._compiled is None  # nothing compiled yet
    text = "12 KG and 7t, then 3 kgs"
    assert lazy.search(text).groupdict() == plain.search(text).groupdict() == {"n": "12", "unit": "KG"}
    assert lazy._compiled is not None
    first = lazy.compiled()
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)] == [(0, 5), (10, 12)]
    assert lazy.findall(text) == plain.findall(text) == [("12", "KG"), ("7", "t")]
    assert lazy.sub("#", text) == plain.sub("#", text) == "# and #, then 3 kgs"
    assert lazy.subn("#", text) == (plain.sub("#", text), 2)
    assert lazy.split(text) == plain.split(text)
    assert lazy.match(text).end() == 5 and lazy.fullmatch("12 kg").group("n") == "12" and lazy.match("x") is None
    assert (lazy.flags, lazy.groups, dict(lazy.groupindex)) == (plain.flags, 2, {"n": 1, "unit": 2})
    assert lazy.compiled() is first and compiled(lazy) is first and compiled(plain) is plain
    # after the first use the matching methods are the compiled pattern's own (no extra call per match)
    assert lazy.search == first.search and lazy.finditer == first.finditer


def test_a_lazy_pattern_bound_before_its_first_use_still_matches():
    lazy = lazy_compile(r"b+")
    search = lazy.search  # taken before any use, e.g. a module alias
    assert search("abbbc").span() == (1, 4)
    assert search("abbbc", 2).span() == (2, 4) and lazy.search("xx") is None


def test_bytes_and_pattern_text_readable_without_compiling():
    lazy = lazy_compile(rb"\x00+")
    built = lazy_compile("(?:" + lazy_compile(r"\d{2}").pattern + ")-x")  # a larger pattern built at import
    assert lazy._compiled is None and built._compiled is None
    assert lazy.search(b"a\x00\x00").span() == (1, 3) and built.fullmatch("12-x")


def test_the_edit_path_modules_compile_few_patterns_at_import():
    """The modules a `quotes` after one edit imports (the parser, the extractor, the merge) and `diff`'s command
    module leave their module patterns uncompiled until used: on c807970 importing them compiled ~590 patterns
    (0.7-0.9 s of CPU at load ~6; 0.27-0.29 s now)."""
    probe = (
        "import importlib, json, re, sys\n"
        "seen = []\n"
        "inner = re._compile\n"
        "def counting(pattern, flags):\n"
        "    key = (type(pattern), pattern, flags)\n"
        "    if isinstance(pattern, (str, bytes)) and key not in seen_keys:\n"
        "        seen_keys.add(key); seen.append(pattern)\n"
        "    return inner(pattern, flags)\n"
        "seen_keys = set()\n"
        "re._compile = counting\n"
        f"for name in {EDIT_PATH_MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(len(seen)))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert json.loads(out.stdout) <= MAX_COMPILED_AT_IMPORT


def test_every_module_constant_of_the_core_is_a_pattern_either_way():
    """The regex audits (test_robust_regex, test_robust_pipeline) look at module constants: a lazy pattern is one."""
    from briefing_tui.ingest import clean_patterns

    lazy = [v for v in vars(clean_patterns).values() if isinstance(v, LazyPattern)]
    assert len(lazy) >= 10
    assert all(isinstance(compiled(v), re.Pattern) for v in lazy)
