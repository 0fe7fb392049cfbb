"""``briefing stories`` and ``--story``: a folder of several events listed by story, compared within each."""

from __future__ import annotations

import json
from pathlib import Path

from briefing_tui.cli import main

ROOT = Path(__file__).resolve().parents[2]
QUAKE = ROOT / "tests" / "gold" / "events" / "myanmar_quake"
ELECTION = ROOT / "tests" / "gold" / "events" / "german_election_2025"
MIX = ["--no-cache", "--corpus", str(QUAKE), "--corpus", str(ELECTION)]


def _json(capsys, *args: str, code: int = 0) -> dict:
    assert main([*args, *MIX, "--json"]) == code
    return json.loads(capsys.readouterr().out)


def _event_of(capsys) -> dict[str, str]:
    assert main(["sources", *MIX, "--jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    return {r["id"]: Path(r["path"]).parent.name for r in records}


def test_stories_lists_one_story_per_event(capsys):
    data = _json(capsys, "stories")
    assert set(data) == {"schema_version", "stories"}
    stories = data["stories"]
    assert [s["size"] for s in stories] == [10, 8]
    event = _event_of(capsys)
    assert [{event[i] for i in s["sources"]} for s in stories] == [{"myanmar_quake"}, {"german_election_2025"}]
    assert stories[0]["first"] == "2025-03-28" and stories[0]["title_basis"] == "article"
    assert main(["stories", *MIX, "--jsonl"]) == 0
    assert [json.loads(line) for line in capsys.readouterr().out.splitlines()] == stories


def test_diff_compares_within_each_story_never_across(capsys):
    stories = _json(capsys, "stories")["stories"]
    members = {s["id"]: set(s["sources"]) for s in stories}
    claims = _json(capsys, "diff")["claims"]
    assert {c["story"] for c in claims} == set(members)
    for claim in claims:
        assert set(claim["sources"]) <= members[claim["story"]], claim["topic"]


def test_diff_and_quotes_take_one_story_by_a_unique_prefix(capsys):
    quake = _json(capsys, "stories")["stories"][0]
    claims = _json(capsys, "diff", "--story", quake["id"][:5])["claims"]
    assert claims and {c["story"] for c in claims} == {quake["id"]}
    assert set().union(*(c["sources"] for c in claims)) <= set(quake["sources"])
    quotes = _json(capsys, "quotes", "--story", quake["id"])["quotes"]
    assert quotes and {q["source"] for q in quotes} <= set(quake["sources"])


def test_an_unknown_story_is_a_usage_error_naming_the_stories(capsys):
    assert main(["diff", *MIX, "--story", "nope"]) == 2
    err = capsys.readouterr().err
    assert "no story id starts with 'nope'" in err and "see `briefing stories`" in err


def test_stories_table_shows_ids_sizes_dates_and_titles(capsys):
    ids = [s["id"] for s in _json(capsys, "stories")["stories"]]
    assert main(["stories", *MIX]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 stories across 18 sources")
    rows = [line for line in out.splitlines() if line.startswith("│")]
    assert [row.split("│")[1].strip() for row in rows] == ids
    assert [row.split("│")[2].strip() for row in rows] == ["10", "8"]
    assert "2025-02-23…2025-02-27" in rows[1] and "German election" in rows[1]


def test_one_story_is_said_in_the_singular(capsys):
    assert main(["stories", "--no-cache"]) == 0  # the embedded seeds: one event
    out = capsys.readouterr().out
    assert out.startswith("1 story across 5 sources"), out
