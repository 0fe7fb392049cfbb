"""model.py's types a quick lookup never uses are written in model_deferred.py and made on first use, as model's
own: the same names, qualnames, reprs, pickles and stored type names as when model.py defined them."""

import pickle
import subprocess
import sys
import typing

import pytest

import briefing_tui.model as model
from briefing_tui.store import codec

DEFERRED = sorted(model.DEFERRED_TYPES)


def _examples():
    figure = model.Figure("money", "$5 billion", "s1", 10, 20, low=5e9, high=5e9, unit="USD")
    statement = model.Statement("s1", "It costs $5 billion.", 0, 20, figures=[figure], marks=[(10, 20, "match")])
    return {
        "Paragraph": model.Paragraph(0, 5, "Hello", "heading", "Intro"),
        "Sentence": model.Sentence(0, 0, 5, "Hello", 0, (1, 2)),
        "Citation": model.Citation(5, 8, (1,), 0),
        "Removed": model.Removed(0, 4, "chrome"),
        "Mention": model.Mention("s1", 0, 5, "Tokyo", 0),
        "Figure": figure,
        "Statement": statement,
        "TimePoint": model.TimePoint("s1", "2025-12-20", "5", 5.0, 5.0),
        "Claim": model.Claim("c1", "Cost: $5 billion", "single", "one source", [statement], measure="cost",
                             timeline=[model.TimePoint("s1", None, "5", 5.0, 5.0)]),
        "Story": model.Story("st1", "A summit", ("s1", "s2"), "2025-12-20", "2025-12-21", ("summit",), "s1"),
    }


def test_every_deferred_type_is_models_own():
    from briefing_tui import model_deferred

    for name in DEFERRED:
        cls = getattr(model, name)
        assert cls is getattr(model_deferred, name)
        assert (cls.__module__, cls.__qualname__) == ("briefing_tui.model", name)
        assert hasattr(cls, "__slots__") and name in dir(model)


def test_reprs_pickles_and_stored_names_are_models():
    for name, obj in _examples().items():
        assert repr(obj).startswith(f"{name}(")
        assert pickle.loads(pickle.dumps(obj)) == obj
        assert codec._class_name(type(obj))[0] == f"briefing_tui.model:{name}"
        assert codec.encode_value([obj, obj])[codec._TABLE_KEY] == f"briefing_tui.model:{name}"
        assert type(codec.unpack_value(codec.pack_value(obj))) is type(obj)
    assert repr(model.Paragraph(0, 1, "x")) == "Paragraph(start=0, end=1, text='x', kind='text', section=None)"


def test_type_hints_resolve_in_models_namespace():
    hints = typing.get_type_hints(model.Statement)
    assert hints["figures"] == list[model.Figure]
    assert typing.get_type_hints(model.Claim)["timeline"] == list[model.TimePoint]


def test_an_unknown_name_is_still_an_attribute_error():
    with pytest.raises(AttributeError):
        model.NoSuchType  # noqa: B018
    with pytest.raises(ImportError):
        exec("from briefing_tui.model import NoSuchType", {})


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_importing_the_model_makes_no_deferred_type_until_one_is_asked_for():
    code = ("import sys, briefing_tui.model as m; print('briefing_tui.model_deferred' in sys.modules); "
            "from briefing_tui.model import Claim; print('briefing_tui.model_deferred' in sys.modules, "
            "Claim.__module__, m.Claim is Claim)")
    assert _run(code).splitlines() == ["False", "True briefing_tui.model True"]


def test_a_pickle_made_before_loads_in_a_process_that_never_asked_for_the_type():
    blob = pickle.dumps(_examples()["Claim"])
    code = (f"import pickle, sys; c = pickle.loads({blob!r}); "
            "print(type(c).__module__, type(c).__name__, c.statements[0].figures[0].text)")
    assert _run(code) == "briefing_tui.model Claim $5 billion"


def test_a_warm_quote_lookup_makes_none_of_them(tmp_path):
    from briefing_tui.paths import seeds_dir

    args = ["quotes", "japan", "--corpus", str(seeds_dir()), "--index", str(tmp_path / "i.sqlite3"), "--json"]
    code = ("import sys, io, contextlib; from briefing_tui.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()): main(%r)\n"
            "print(sorted(m for m in sys.modules if m == 'briefing_tui.model_deferred'))" % args)
    _run(code)  # cold: parses and extracts (which uses them)
    assert _run(code) == "[]"
