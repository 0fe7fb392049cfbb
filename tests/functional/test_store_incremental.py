"""Incremental extraction through the index: after an edit, an addition or a deletion, `quotes`,
`entities` and `diff` print exactly what a cold run (``--no-cache``) prints, byte for byte, while
only the changed articles are extracted again."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import briefing_tui.extract.quotes as quotes_module
import briefing_tui.extract.recognise as recognise_module
from briefing_tui.cli import main
from briefing_tui.paths import seeds_dir
from tests.counting import count_calls
from tests.store_helpers import age, indexed_like_cold

COMMANDS = (("quotes", "--json"), ("quotes", "japan is back", "--json"), ("entities", "--json"), ("diff", "--json"))
# A new paragraph naming a person the seeds quote, with a role they do not give him: his entity (and so
# the quotes of every source naming him) changes, not only the edited article's.
NEW_PARAGRAPH = ("“The corridor will carry twice the freight by 2030,” said Timur Dadabaev, the transport "
                 "adviser of the summit.\n")


def _insert(path: Path, text: str, after_line: int = 1) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join([*lines[:after_line], text, *lines[after_line:]]), encoding="utf-8")


@pytest.fixture
def counted(monkeypatch):
    """How many sources each per-source stage extracted (names, quotes)."""
    return count_calls(monkeypatch, recognise=(recognise_module, "recognise"),
                       quotes=(quotes_module, "source_quotes"))


def _check(capsys, corpus: Path, index: Path, counted: dict[str, int]) -> dict[str, int]:
    """The indexed run's outputs equal a cold run's; how many sources the indexed run extracted."""
    return indexed_like_cold(main, capsys, COMMANDS, corpus, index, counted)


def test_edit_add_and_delete_give_a_cold_runs_output(tmp_path, capsys, counted):
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir(), corpus)
    index = tmp_path / "index.sqlite3"
    age(corpus.iterdir())
    first = _check(capsys, corpus, index, counted)
    assert first == {"recognise": 5, "quotes": 5}

    edited = corpus / "000_a4263a828e80c27b.txt"
    _insert(edited, NEW_PARAGRAPH)
    age([edited])
    after_edit = _check(capsys, corpus, index, counted)
    # One article's names are recognised again; the quotes of the edited one and of the two naming
    # Dadabaev (whose roles changed) are extracted again, no others.
    assert after_edit == {"recognise": 1, "quotes": 3}

    added = corpus / "005_added.txt"
    added.write_text((corpus / "004_d8b58f788d07b44f.txt").read_text(encoding="utf-8").replace(
        "Japan", "Korea"), encoding="utf-8")
    _insert(added, NEW_PARAGRAPH.replace("transport", "trade"), 3)
    age([added])
    after_add = _check(capsys, corpus, index, counted)
    assert after_add["recognise"] == 1

    (corpus / "001_e64f6607013c71d3.txt").unlink()
    after_delete = _check(capsys, corpus, index, counted)
    assert after_delete["recognise"] == 0

    # Nothing changed: the stored analysis is read as it is.
    assert _check(capsys, corpus, index, counted) == {"recognise": 0, "quotes": 0}


def test_an_edit_spreads_known_names_again_only_where_it_changes_them(tmp_path, capsys, monkeypatch):
    """Spreading known names reads every article's text; through the index an edit re-reads only the
    articles whose look-ups it changed (here none but its own), and the output is a cold run's."""
    import briefing_tui.extract.corpus_names as corpus_names

    spread = count_calls(monkeypatch, spread=(corpus_names, "_spread"))
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir(), corpus)
    index = tmp_path / "index.sqlite3"
    age(corpus.iterdir())
    assert main(["quotes", "--json", "--corpus", str(corpus), "--index", str(index)]) == 0
    capsys.readouterr()
    assert spread["spread"] == 5
    edited = corpus / "003_46b5d03ce97921a0.txt"
    _insert(edited, "“We will wait and see,” said Ottoline Brackwater, a trader in the port.\n", 2)
    age([edited])
    spread["spread"] = 0
    warm = []
    for command in COMMANDS[:3]:
        assert main([*command, "--corpus", str(corpus), "--index", str(index)]) == 0
        warm.append(capsys.readouterr().out)
    assert spread["spread"] == 1
    for command, out in zip(COMMANDS[:3], warm):
        assert main([*command, "--corpus", str(corpus), "--no-cache"]) == 0
        assert out == capsys.readouterr().out, f"{command[0]} differs from a cold run"


def test_a_rename_and_an_edit_of_the_renamed_file_give_a_cold_runs_output(tmp_path, capsys, counted):
    """A renamed article keeps its text (its names are not recognised again) but its source id changes,
    and so the id of its quotes and where entities are mentioned."""
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir(), corpus)
    index = tmp_path / "index.sqlite3"
    age(corpus.iterdir())
    _check(capsys, corpus, index, counted)
    renamed = corpus / "009_renamed.txt"
    (corpus / "002_5652c7d26b07cb95.txt").rename(renamed)
    age([renamed, corpus])
    assert _check(capsys, corpus, index, counted)["recognise"] == 0
    _insert(renamed, NEW_PARAGRAPH, 2)
    age([renamed])
    assert _check(capsys, corpus, index, counted)["recognise"] == 1


def test_with_user_aliases_an_edit_still_gives_a_cold_runs_output(tmp_path, capsys, counted):
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir(), corpus)
    (corpus / "aliases.yaml").write_text('"Dadabayev": "Timur Dadabaev"\n"Tsukuba": {name: "University of Tsukuba", '
                                         'type: organization}\n', encoding="utf-8")
    index = tmp_path / "index.sqlite3"
    age(corpus.iterdir())
    assert _check(capsys, corpus, index, counted) == {"recognise": 5, "quotes": 5}
    edited = corpus / "004_d8b58f788d07b44f.txt"
    _insert(edited, NEW_PARAGRAPH.replace("Timur Dadabaev", "Timur Dadabayev"), 2)
    age([edited])
    assert _check(capsys, corpus, index, counted)["recognise"] == 1


EVENTS = Path(__file__).resolve().parents[1] / "gold" / "events"
QUAKE_PARAGRAPH = ("\nThe death toll rose to 3,900 on Thursday, the junta said, and 4,800 people were injured, "
                   "according to the state broadcaster.\n")


@pytest.fixture
def compared(monkeypatch):
    """How many times claims were compared (one call per story compared) and sources' story features
    computed."""
    import briefing_tui.compare as compare_module
    import briefing_tui.stories.terms as terms_module

    return count_calls(monkeypatch, compare=(compare_module, "compare"), terms=(terms_module, "source_terms"))


def _story_outputs(capsys, corpus: Path, story: str | None, *options: str) -> list[str]:
    out = []
    chosen = ("--story", story) if story else ()
    for command in (("stories", "--json"), ("diff", "--json"), ("diff", "--json", *chosen)):
        assert main([*command, "--corpus", str(corpus), *options]) in (0, 1)
        out.append(capsys.readouterr().out)
    return out


def _check_stories(capsys, corpus: Path, index: Path, compared: dict[str, int], story: str | None = None
                   ) -> tuple[int, int]:
    """Indexed `stories` and `diff` (all stories, then one) equal cold ones; how many comparisons the
    indexed runs made and how many sources' features they computed."""
    compared.update(compare=0, terms=0)
    warm = _story_outputs(capsys, corpus, story, "--index", str(index))
    done = compared["compare"], compared["terms"]
    cold = _story_outputs(capsys, corpus, story, "--no-cache")
    for what, a, b in zip(("stories", "diff", "diff --story"), warm, cold):
        assert a == b, f"{what} differs from a cold run"
    return done


def test_an_edit_recompares_only_its_story_and_gives_a_cold_runs_diff(tmp_path, capsys, compared):
    corpus = tmp_path / "corpus"
    for event in ("myanmar_quake", "german_election_2025"):
        shutil.copytree(EVENTS / event, corpus / event)
    index = tmp_path / "index.sqlite3"
    age(p for p in corpus.rglob("*") if p.is_file())
    # Cold: both stories compared (once for `diff`; `--story` is not given yet), every source's features.
    assert _check_stories(capsys, corpus, index, compared) == (2, 18)
    stories = json.loads(_story_outputs(capsys, corpus, None, "--index", str(index))[0])["stories"]
    assert [s["size"] for s in stories] == [10, 8]
    quake = stories[0]["id"]
    # Nothing changed: the stories and every story's claims are read back, nothing computed.
    assert _check_stories(capsys, corpus, index, compared, quake) == (0, 0)

    edited = sorted((corpus / "myanmar_quake").iterdir())[0]
    _insert(edited, QUAKE_PARAGRAPH, 4)
    age([edited])
    # The edited story alone is compared again (and `--story` then reads it back); the stories are
    # regrouped from the features of the edited source and the stored ones of the others.
    assert _check_stories(capsys, corpus, index, compared, quake) == (1, 1)

    (corpus / "german_election_2025" / sorted(p.name for p in (corpus / "german_election_2025").iterdir())[0]
     ).unlink()
    assert _check_stories(capsys, corpus, index, compared, quake) == (1, 0)


def test_a_changed_rates_file_gives_a_cold_runs_diff(tmp_path, capsys, monkeypatch):
    # The seeds are one story: `diff` compares the folder as a whole (the corpus-wide cached claims).
    config = tmp_path / "config"
    config.mkdir()
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(config))
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir(), corpus)
    age(corpus.iterdir())
    index = tmp_path / "index.sqlite3"

    def diff(*options: str) -> str:
        assert main(["diff", "--json", "--corpus", str(corpus), *options]) in (0, 1)
        return capsys.readouterr().out

    before = diff("--index", str(index))
    # The user's rates (merged over the shipped ones) put the yen, euro and tenge elsewhere.
    (config / "rates.yaml").write_text("rates:\n  2020-01-01: {JPY: 5.0, EUR: 0.001, KZT: 3.0}\n", encoding="utf-8")
    cold = diff("--no-cache")
    assert cold != before
    assert diff("--index", str(index)) == cold


def test_quotes_and_a_diff_within_stories_keep_their_own_per_source_rows(tmp_path, capsys, counted):
    corpus = tmp_path / "corpus"
    for event in ("myanmar_quake", "german_election_2025"):
        shutil.copytree(EVENTS / event, corpus / event)
    # An election article naming the junta's leader of the quake story, with a role of its own: his
    # entity across the folder has roles it has within neither story.
    election = corpus / "german_election_2025"
    lines = (election / "02_dw.txt").read_text(encoding="utf-8").splitlines(keepends=True)
    (election / "99_visit.txt").write_text("".join([*lines[:6], "“Germany will help,” said Min Aung Hlaing, the "
                                                    "visiting trade envoy.\n\n", *lines[6:]]), encoding="utf-8")
    index = tmp_path / "index.sqlite3"
    age(p for p in corpus.rglob("*") if p.is_file())
    edited = sorted((corpus / "myanmar_quake").iterdir())[0]

    def run(*command: str) -> dict[str, int]:
        counted.update(recognise=0, quotes=0)
        assert main([*command, "--json", "--corpus", str(corpus), "--index", str(index)]) == 0
        capsys.readouterr()
        return dict(counted)

    assert run("quotes") == {"recognise": 19, "quotes": 19}
    # The diff resolves names within each story: it extracts quotes again (rows of its own) but reuses
    # the names recognised by `quotes`.
    assert run("diff")["recognise"] == 0
    _insert(edited, QUAKE_PARAGRAPH, 4)
    age([edited])
    # The corpus-wide quote rows were left as they were: after the edit `quotes` extracts the edited
    # article's quotes again, not those of the quake articles naming Min Aung Hlaing too.
    assert run("quotes") == {"recognise": 1, "quotes": 1}


def test_quotes_of_a_story_read_its_sources_rows_and_give_a_cold_runs_output(tmp_path, capsys, counted):
    corpus = tmp_path / "corpus"
    for event in ("myanmar_quake", "german_election_2025"):
        shutil.copytree(EVENTS / event, corpus / event)
    index = tmp_path / "index.sqlite3"
    age(p for p in corpus.rglob("*") if p.is_file())

    def run(*options: str) -> tuple[str, dict[str, int]]:
        counted.update(recognise=0, quotes=0)
        assert main([*options, "--corpus", str(corpus)]) == 0
        return capsys.readouterr().out, dict(counted)

    stories = json.loads(run("stories", "--json", "--index", str(index))[0])["stories"]
    quake = stories[0]["id"]
    assert stories[0]["size"] == 10
    run("diff", "--json", "--index", str(index))  # every story analysed: its sources' rows stored
    cold, _ = run("quotes", "--json", "--story", quake, "--no-cache")
    warm, done = run("quotes", "--json", "--story", quake, "--index", str(index))
    assert warm == cold
    assert json.loads(warm)["quotes"]
    # Main extracted the story's names and quotes again from every one of its ten sources.
    assert done == {"recognise": 0, "quotes": 0}

    edited = sorted((corpus / "myanmar_quake").iterdir())[0]
    _insert(edited, QUAKE_PARAGRAPH, 4)
    age([edited])
    cold, _ = run("quotes", "--json", "--story", quake, "--no-cache")
    warm, done = run("quotes", "--json", "--story", quake, "--index", str(index))
    assert warm == cold
    assert done["recognise"] == 1
