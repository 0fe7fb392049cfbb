"""One organisation, many spellings: "Nippon Steel Corp." / "Nippon Steel Corporation" / "Nippon Steel" and "U.S.
Steel" / "US Steel" / "United States Steel Corp." are one entity each; a run "Nippon Steel and U.S. Steel" is the
two of them; "Pittsburgh-based U.S. Steel" is U.S. Steel. The real articles of tests/gold_new's Nippon Steel
event; each test fails on the code before."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.corpus import load_corpus
from briefing_tui.extract.found import Found
from briefing_tui.extract.joined_names import split_joined_names
from briefing_tui.extract.organisation_keys import organisation_key

NIPPON = Path(__file__).resolve().parent.parent / "gold_new" / "stories" / "nippon_us_steel_2025"


@pytest.mark.parametrize(("a", "b"), [
    ("Nippon Steel Corp.", "Nippon Steel"),
    ("Nippon Steel Corporation", "Nippon Steel"),
    ("U.S. Steel", "US Steel"),
    ("United States Steel Corp.", "U.S. Steel"),
    ("Toyota Motor Co., Ltd.", "Toyota Motor"),
    ("Siemens AG", "Siemens"),
])
def test_spellings_of_one_organisation_share_a_key(a, b):
    assert organisation_key(a) == organisation_key(b)


@pytest.mark.parametrize(("a", "b"), [
    ("Nippon Steel North America", "Nippon Steel"),
    ("Nippon Steel Group", "Nippon Steel"),
    ("Corporation", "Company"),  # (a legal form alone is kept: no empty key)
])
def test_other_organisations_keep_their_own_key(a, b):
    assert organisation_key(a) != organisation_key(b)


def _org(text: str, start: int = 0) -> Found:
    return Found(start, start + len(text), text, "organization", text)


def test_a_run_of_two_names_the_article_gives_alone_is_two_mentions():
    found = [_org("Nippon Steel"), _org("U.S. Steel", 40), _org("Nippon Steel and U.S. Steel", 100)]
    assert [(f.text, f.start, f.end) for f in split_joined_names(found)[2:]] == [
        ("Nippon Steel", 100, 112), ("U.S. Steel", 117, 127)]


def test_a_run_of_names_the_article_does_not_give_alone_stays_one():
    found = [_org("Procter and Gamble")]
    assert [f.text for f in split_joined_names(found)] == ["Procter and Gamble"]


def test_where_a_company_is_based_and_a_role_after_it_are_not_its_name():
    found = split_joined_names([_org("Pittsburgh-based U.S. Steel", 10), _org("Nippon Steel Chairman", 60)])
    assert [(f.text, f.start) for f in found] == [("U.S. Steel", 27), ("Nippon Steel", 60)]


def test_the_nippon_steel_event_names_each_company_once():
    names = {e.name: e for e in load_corpus([NIPPON], cache=False).entities}
    organisations = sorted(n for n, e in names.items() if e.type == "organization" and "Steel" in n)
    assert "Nippon Steel" in organisations and "U.S. Steel" in organisations
    for spelled in ("US Steel", "Nippon Steel Corp", "Nippon Steel Corporation", "United States Steel Corporation",
                    "Nippon Steel and U.S. Steel", "Pittsburgh-based U.S. Steel", "Nippon Steel Chairman"):
        assert spelled not in organisations
    assert "US Steel" in names["U.S. Steel"].aliases
