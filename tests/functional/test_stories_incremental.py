"""Stories through the index: after an edit, an addition or a removal, ``stories`` and ``diff`` print what a
cold run (``--no-cache``) prints, byte for byte, while only the changed articles are linked again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import briefing_tui.stories.cluster as cluster_module
import briefing_tui.stories.frequency_update as frequency_update_module
import briefing_tui.stories.replay_link as replay_module
import briefing_tui.stories.stored_links as stored_links_module
from briefing_tui.cli import main
from tests.counting import count_calls
from tests.store_helpers import age, indexed_like_cold, outputs, write_generated

ROOT = Path(__file__).resolve().parents[2]
EVENTS = ROOT / "tests" / "gold" / "events"
FOLDERS = ("myanmar_quake", "german_election_2025", "us_japan_trade_deal")
COMMANDS = (("stories", "--json"), ("diff", "--json"))


@pytest.fixture
def linked(monkeypatch):
    """How often every link of the folder was searched for (``all_links``: the kept links found afresh), how often
    the changed sources' links were, how many vectors were weighed through the stored links (the others read back), and how often the document
    frequencies were counted over every source's features (not when few changed and no idf moved)."""
    return count_calls(monkeypatch, all_links=(cluster_module, "kept_links"),
                       links_among=(cluster_module, "links_among"), weighed=(stored_links_module, "unit_vector"),
                       weighed_from_changes=(frequency_update_module, "unit_vector"),
                       counted=(stored_links_module, "document_frequencies"))


def _check(capsys, corpus: Path, index: Path, linked: dict[str, int]) -> dict[str, int]:
    """The indexed run's outputs equal a cold run's; how it linked the sources (``weighed``: the vectors weighed,
    by the stored links or from the changes)."""
    done = indexed_like_cold(main, capsys, COMMANDS, corpus, index, linked)
    if "weighed_from_changes" in done:
        done["weighed"] += done.pop("weighed_from_changes")
    return done


def _repeat_a_paragraph(path: Path) -> None:
    """The article's longest paragraph ends with its own first half again: counts change, not which features
    the article has (and so no feature's document frequency)."""
    paragraphs = path.read_text(encoding="utf-8").split("\n\n")
    k = max(range(len(paragraphs)), key=lambda i: (len(paragraphs[i]), -i))
    words = paragraphs[k].split()
    paragraphs[k] += " And again: " + " ".join(words[: len(words) // 2]) + "."
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")


def _copied_events(tmp_path):
    """The event folders copied under ``tmp_path`` (files aged), their articles, and an index path."""
    corpus = tmp_path / "corpus"
    for name in FOLDERS:
        shutil.copytree(EVENTS / name, corpus / name)
    files = sorted(corpus.rglob("*.txt"))
    age(files)
    return corpus, files, tmp_path / "index.sqlite3"


def test_an_edit_an_addition_and_a_removal_link_only_what_changed_and_print_a_cold_runs_stories(
        tmp_path, capsys, linked, monkeypatch):
    corpus, files, index = _copied_events(tmp_path)
    grouped = count_calls(monkeypatch, afresh=(cluster_module, "average_link"),
                          replayed=(replay_module, "replay_groups"))
    assert _check(capsys, corpus, index, linked) == {"all_links": 1, "links_among": 0, "weighed": len(files),
                                                     "counted": 1}
    assert _check(capsys, corpus, index, linked) == {"all_links": 0, "links_among": 0, "weighed": 0,
                                                     "counted": 0}  # read back

    edited = files[3]
    _repeat_a_paragraph(edited)
    age([edited])
    # The edited article's vector alone is weighed again (no feature's frequency moved), and it alone linked;
    # the frequencies are the record's, updated from its features then and now (not counted over every source).
    # Its component is grouped by replaying the joins the record keeps (each run counted: indexed, then cold).
    grouped.update(afresh=0, replayed=0)
    assert _check(capsys, corpus, index, linked) == {"all_links": 0, "links_among": 1, "weighed": 1, "counted": 0}
    assert grouped["replayed"] == 1, grouped

    added = corpus / FOLDERS[0] / "99_added.txt"
    shutil.copyfile(files[0], added)
    _repeat_a_paragraph(added)
    age([added])
    _check(capsys, corpus, index, linked)  # (in a folder this small, most sources' vectors move: all relinked)

    files[-1].unlink()
    _check(capsys, corpus, index, linked)


def test_an_edit_that_moves_idfs_weighs_again_only_the_sources_holding_those_features_and_prints_a_cold_run(
        tmp_path, capsys, linked):
    corpus, files, index = _copied_events(tmp_path)
    _check(capsys, corpus, index, linked)
    # An article quotes another article's longest paragraph: the features of that paragraph found in few
    # sources are in one more now, and the rounded frequencies of some of them move.
    edited, quoted = files[2], files[len(files) // 2]
    paragraphs = quoted.read_text(encoding="utf-8").split("\n\n")
    longest = max(paragraphs, key=len)
    edited.write_text(edited.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + longest + "\n",
                      encoding="utf-8")
    age([edited])
    done = _check(capsys, corpus, index, linked)
    # Not counted again over every source: the edited article's features then and now update the record's
    # frequencies, and the vectors of the sources holding a feature whose idf moved are weighed again.
    assert done["counted"] == 0 and 1 < done["weighed"] < len(files)
    edited.unlink()  # (a removal that moves them back)
    done = _check(capsys, corpus, index, linked)
    assert done["counted"] == 0 and 0 < done["weighed"] < len(files)


GENERATED = 30  # articles of bench/generate's one-topic corpus (small)


def test_on_a_generated_folder_an_edit_an_addition_and_a_removal_print_a_cold_runs_diff(tmp_path, capsys,
                                                                                        monkeypatch):
    import briefing_tui.compare.event_dates as event_dates_module
    import briefing_tui.compare.fact_phrases as phrases_module
    import briefing_tui.compare.phrase_kinds as phrase_kinds_module
    import briefing_tui.compare.units as units_module
    from bench.incremental import add, edit

    # How often every link was searched for, how many sources had their sentences' features, their lines' fact
    # phrases, their lines with a phrase and their lines that date an event read (not read back from the index),
    # and how many lines were read for fact phrases.
    linked = count_calls(monkeypatch, all_links=(cluster_module, "kept_links"),
                         featured=(units_module, "source_features"),
                         phrased=(phrase_kinds_module, "source_fact_phrases"), lines=(phrases_module, "fact_phrases"),
                         lined=(phrase_kinds_module, "source_phrase_lines"),
                         dated=(event_dates_module, "source_event_lines"),
                         replayed=(replay_module, "replay_groups"))

    corpus = tmp_path / "generated"
    write_generated(corpus, GENERATED)
    index = tmp_path / "index.sqlite3"
    assert _check(capsys, corpus, index, linked)["all_links"] == 1
    edit(corpus, 3)  # a paragraph quoting someone new
    done = _check(capsys, corpus, index, linked)
    # (its story compared again, its sentences and lines alone read; its component grouped by replaying the joins)
    assert done["all_links"] == 0 and done["replayed"] == 1 and done["featured"] == done["phrased"] == done["lined"] == done["dated"] == 1
    from briefing_tui.compare.phrase_claims import source_lines
    from briefing_tui.corpus import load_corpus

    edited = load_corpus([sorted(corpus.iterdir())[(3 * 397) % GENERATED]], cache=False).sources[0]
    assert done["lines"] == len(source_lines(edited))  # (every line of the edited article, no other)
    add(corpus, GENERATED)  # the next generated article
    _check(capsys, corpus, index, linked)  # (in a folder this small an addition moves half the vectors or more)
    (corpus / f"{5:06d}.txt").unlink()
    _check(capsys, corpus, index, linked)


def test_an_edit_that_moves_an_article_to_another_story_compares_both_stories_again_and_prints_a_cold_run(
        tmp_path, capsys, monkeypatch):
    """Issue 15: each story's claims are kept by exactly what they are made from. An article rewritten to report
    another event leaves its story and joins the other: both stories are compared again (neither kept result may
    stand: one lost a member, one gained it), the third is read back, and ``diff`` prints what a cold run prints."""
    import json

    import briefing_tui.stories.cached as cached_module

    compared = count_calls(monkeypatch, compared=(cached_module, "_compared"))
    corpus, files, index = _copied_events(tmp_path)
    commands = (("stories", "--json"), ("diff", "--json"))

    def story_of(name: str) -> set[str]:
        printed = outputs(main, capsys, [("stories", "--json")], corpus, "--index", str(index))[0]
        stories = json.loads(printed)["stories"]
        return next({Path(s).name for s in story["sources"]} for story in stories
                    if any(Path(s).name == name for s in story["sources"]))

    assert indexed_like_cold(main, capsys, commands, corpus, index, compared)["compared"] == 3
    assert indexed_like_cold(main, capsys, commands, corpus, index, compared)["compared"] == 0  # (all read back)
    moved = corpus / FOLDERS[0] / "05_foxla.txt"
    other = corpus / FOLDERS[1] / "02_dw.txt"
    assert "02_dw" not in story_of(moved.stem)
    moved.write_text(other.read_text(encoding="utf-8").rstrip() + "\n\nThe count went on overnight, officials said.\n",
                     encoding="utf-8")  # (another text than 02_dw's: a copy would be skipped)
    age([moved])
    assert indexed_like_cold(main, capsys, commands, corpus, index, compared)["compared"] == 2
    assert "02_dw" in story_of(moved.stem)  # (it moved: the story of the election holds it now)
    assert indexed_like_cold(main, capsys, commands, corpus, index, compared)["compared"] == 0
