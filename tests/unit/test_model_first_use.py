"""Types of model.py defined on first use (issue 15: a quick lookup creates only the dataclasses it needs)."""

from __future__ import annotations

import dataclasses
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import briefing_tui.model as model
from briefing_tui.store.codec import pack_value, unpack_value

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str, tmp_path: Path) -> str:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "BRIEFING_CONFIG_DIR": str(tmp_path / "config"),
           "BRIEFING_CACHE_DIR": str(tmp_path / "cache")}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True,
                          cwd=ROOT).stdout.strip()


def test_a_quotes_lookup_defines_none_of_them(tmp_path):
    index = tmp_path / "index.sqlite3"
    code = ("import contextlib, io, sys\n"
            "from briefing_tui.cli import main\n"
            f"argv = ['quotes', 'prime minister', '--index', {str(index)!r}, '--json']\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    main(argv)\n"  # the first run analyses the seeds (and defines what extraction needs)
            "print('warm')\n")
    assert _run(code, tmp_path) == "warm"
    code = ("import contextlib, io, sys\n"
            "from briefing_tui.cli import main\n"
            f"argv = ['quotes', 'prime minister', '--index', {str(index)!r}, '--json']\n"
            "out = io.StringIO()\n"
            "with contextlib.redirect_stdout(out):\n"
            "    main(argv)\n"
            "import briefing_tui.model as m\n"
            "print(len(out.getvalue()) > 100, sorted(n for n in m._DEFINED_ON_FIRST_USE if n in vars(m)))\n")
    assert _run(code, tmp_path) == "True []"


@pytest.mark.parametrize("name", sorted(model._DEFINED_ON_FIRST_USE))
def test_each_is_a_dataclass_of_the_module_under_its_plain_name(name):
    cls = getattr(model, name)
    assert dataclasses.is_dataclass(cls)
    assert (cls.__module__, cls.__qualname__) == ("briefing_tui.model", name)
    assert getattr(model, name) is cls and name in dir(model)


def test_they_pickle_and_go_through_the_stored_codec():
    from briefing_tui.model import Figure, Paragraph, Statement, Story

    figure = Figure("count", "12 dead", "s1", 3, 10, low=12.0, high=12.0, unit="dead")
    statement = Statement("s1", "Twelve died.", 0, 12, figures=[figure])
    story = Story("st1", "A storm", ("s1", "s2"), terms=("storm",))
    for value in (figure, statement, story, Paragraph(0, 4, "Text")):
        assert pickle.loads(pickle.dumps(value)) == value
    for value in (figure, story, Paragraph(0, 4, "Text")):  # stored under "briefing_tui.model:<name>"
        assert unpack_value(pack_value(value)) == value


def test_an_unknown_name_is_still_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        model.Nope  # noqa: B018
    assert not hasattr(model, "Nope")


def test_threads_asking_at_once_get_one_class(tmp_path):
    code = ("import threading\n"
            "import briefing_tui.model as m\n"
            "got, start = [], threading.Barrier(8)\n"
            "def ask():\n"
            "    start.wait()\n"
            "    got.append(m.Story)\n"
            "threads = [threading.Thread(target=ask) for _ in range(8)]\n"
            "[t.start() for t in threads]; [t.join() for t in threads]\n"
            "print(len(got), len({id(c) for c in got}))\n")
    assert _run(code, tmp_path) == "8 1"
