"""A body that figures come from ("data from Statista", "according to Statista") and a platform something is posted
on ("wrote on Truth Social", "in a post on Truth Social") are organisations, not people; a person attributed the
same way stays a person (a full name of the article, a title, a "he said"). Each test fails on the code before."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.corpus import load_corpus

ARTICLE = """---
title: {title}
outlet: Daily Ledger
published: 2026-02-10
---
{body}
"""


def types(tmp_path: Path, body: str) -> dict[str, str]:
    """Each entity's name -> type, in one article with ``body``."""
    (tmp_path / "a.txt").write_text(ARTICLE.format(title="A test article", body=body), encoding="utf-8")
    corpus = load_corpus([tmp_path], cache=False)
    return {e.name: e.type for e in corpus.analysis.entities}


@pytest.mark.parametrize(("body", "name"), [
    # where figures come from
    ("The cloud industry brought in $330 billion in 2024, according to Statista, and continues to grow.", "Statista"),
    ("Streaming subscriptions fell by 3 percent last year, data from Statista showed.", "Statista"),
    ("Figures from Statista show the trade surplus grew. Canada sold goods worth $412 billion.", "Statista"),
    ("Sales grew 4 percent, according to estimates by Gartner released on Monday.", "Gartner"),
    # where something is posted
    ('“We cannot let this happen to American ingenuity,” Trump said on Truth Social. Speaking to reporters later, '
     'he added, “I will be speaking to the European Union.”', "Truth Social"),
    ('President Donald Trump wrote on Truth Social on Monday that the ruling was "a disgrace". In a post on Truth '
     'Social hours later, he called the judge biased.', "Truth Social"),
    ("The minister announced the decision in a post on Telegram Messenger late on Sunday.", "Telegram Messenger"),
])
def test_a_body_figures_come_from_or_a_platform_posted_on_is_an_organisation(tmp_path, body, name):
    found = types(tmp_path, body)
    assert found.get(name) == "organization"
    assert found.get("Donald Trump", "person") == "person"


@pytest.mark.parametrize(("body", "person"), [
    ("Economist Maria Keller studies prices. Inflation will slow, according to Keller, who expects cuts.",
     "Maria Keller"),
    ("Ruth Okafor runs the clinic. Demand doubled this year, according to Okafor.", "Ruth Okafor"),
    ("Prices fell 2 percent, according to Dr. Lindqvist.", "Lindqvist"),
    ("Prices fell 2 percent, according to Lindqvist. He said the fall would not last.", "Lindqvist"),
    ("Ruth Okafor runs the clinic. Her sister posted on Okafor's page that it would close.", "Ruth Okafor"),
])
def test_a_person_named_the_same_way_stays_a_person(tmp_path, body, person):
    found = types(tmp_path, body)
    assert found.get(person) == "person"
    assert not any(name in person for name, kind in found.items() if kind == "organization")


@pytest.mark.parametrize(("body", "name"), [
    ("Senator Laura Pike said on Capitol Hill that the bill would pass.", "Capitol Hill"),
    ("The president announced on Christmas Day that he would sign the bill.", "Christmas Day"),
])
def test_a_day_or_a_place_after_said_on_is_no_platform(tmp_path, body, name):
    assert types(tmp_path, body).get(name) != "organization"
