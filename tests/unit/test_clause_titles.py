"""Claim titles by wording name who and what, never a noun phrase cut from the sentence (issue 11).

The sentences are the seeds' (briefing diff) and the study sets' (tests/gold_new8); the old titles are in comments."""

from __future__ import annotations

import pytest

from compare_helpers import article

from briefing_tui.compare.claims import build_claims


@pytest.mark.parametrize(("sentence", "title"), [
    # was "Believes Japan's growing involvement" (a phrase cut after its teller)
    ("Tajik analyst Sobir Kurbanov believes Japan's growing involvement is largely driven by shifting geopolitical "
     "dynamics, including the war in Ukraine.",
     "Kurbanov: Japan's growing involvement is largely driven by shifting geopolitical dynamics"),
    # was "Road Initiative cooperation agreements" (a name cut in two)
    ("At the Second China-Central Asia Summit chaired by Chinese President Xi Jinping and Kazakh President "
     "Kassym-Jomart Tokayev in June, 12 Belt and Road Initiative cooperation agreements were signed.",
     "12 Belt and Road Initiative cooperation agreements were signed"),
    # was "Metallurgy sectors amounts, $3.7 billion"
    ("Japan's investment in Kazakhstan's energy and metallurgy sectors amounts to $3.7 billion, indicating a "
     "significant commitment to resource collaboration",
     "Japan's investment in Kazakhstan's energy and metallurgy sectors amounts to $3.7 billion"),
    # was "Director of special programme" (the teller's description)
    ("Timur Dadabaev, a professor of international relations and director of special programme for Central Eurasia "
     "at the University of Tsukuba, said the summit was important for Japan.",
     "Dadabaev: the summit was important for Japan"),
    # was "Political undertones of Japan" (cut inside "Japan's economic initiatives")
    ("The political undertones of Japan's economic initiatives may not align with the diplomatic aspirations of "
     "Central Asian nations, complicating trust and cooperation",
     "The political undertones of Japan's economic initiatives may not align"),
    # was "Free economic zones" (a teller set inside the sentence)
    ("Central Asia, Kurbanov says, must prioritize internal integration — creating a unified market, open borders, "
     "free economic zones, and logistics hubs.",
     "Kurbanov: Central Asia must prioritize internal integration"),
    # was "Involvement adds diplomatic leverage"
    ("Yet, as Professor Dadabayev points out, Japan’s involvement adds diplomatic leverage to the region rather "
     "than displacing other players.",
     "Dadabayev: Japan’s involvement adds diplomatic leverage to the region rather than displacing other players"),
    # was "Japan's strategic focus" (an opening adverbial dropped, the clause kept)
    ("In fact, Japan's strategic focus on Central Asia did not start today.",
     "Japan's strategic focus on Central Asia did not start today"),
    # was "Artificial intelligence"; "according to" an organisation keeps its whole name
    ("Japanese Prime Minister Sanae Takaichi and the leaders of the five nations are expected to establish a new "
     "framework for cooperation in artificial intelligence, according to Jiji Press.",
     "Jiji Press: Japanese Prime Minister Sanae Takaichi and the leaders of the five nations are expected…"),
    # was "Important strategic region" (a description between commas left out)
    ("Central Asia, located in the heart of the Eurasian continent, has always been an important strategic region "
     "for Russia and a key hub for China's \"Belt and Road\" cooperation.",
     "Central Asia has always been an important strategic region"),
    # a pronoun is no teller ("It confirms that ..."), an aside in brackets is left out
    ("“It confirms that Japan sees the region not merely as a source of energy or raw materials.”",
     "It confirms that Japan sees the region not merely as a source of energy…"),
    ("Japan's exports (about $5 billion) rose.", "Japan's exports rose"),
    # tests/gold_new8 (png_landslide_2024): an opening of time and a list of things are no clause boundary
    ("More than 72 hours after the landslide, residents are still using spades, sticks and their bare hands to try "
     "and shift the debris and reach any survivors.",
     "Residents are still using spades, sticks and their bare hands to try and shift…"),
    # was "Prior to the disaster", "Even before the flood" (an opening of time on a compound preposition or an
    # adverb before its preposition)
    ("Prior to the disaster, nearly 20 million people were already facing severe shortages of food.",
     "Nearly 20 million people were already facing severe shortages of food"),
    ("Even before the flood, some 19.9 million people were in need of humanitarian assistance.",
     "Some 19.9 million people were in need of humanitarian assistance"),
    ("Ahead of the vote, the ruling party promised to cut fuel taxes by half.",
     "The ruling party promised to cut fuel taxes by half"),
])
def test_a_title_names_who_and_what(sentence, title):
    # (the claim a source's sentence makes alone, through the whole comparison)
    assert [c.topic for c in build_claims([article("Outlet A", "2025-12-18", sentence)])] == [title]


def test_a_relative_clause_cut_from_its_sentence_is_titled_with_its_noun():
    from briefing_tui.compare.clause_titles import clause_title

    # was "Drawn criticism"
    assert clause_title("which have drawn criticism in Kazakhstan, Kyrgyzstan, and to a lesser extent, Tajikistan.",
                        "This contrasts with some Chinese projects, ") == \
        "Some Chinese projects have drawn criticism in Kazakhstan, Kyrgyzstan"


def test_a_claim_by_wording_is_titled_by_its_teller_and_clause():
    # (the seeds: "Tajik analyst Sobir Kurbanov believes ...", titled "Believes Japan's growing involvement")
    a = article("Outlet A", "2025-12-18", "Tajik analyst Sobir Kurbanov believes Japan's growing involvement is "
                "largely driven by shifting geopolitical dynamics, including the war in Ukraine.")
    b = article("Outlet B", "2025-12-18", "Kurbanov believes Japan's growing involvement in the region is driven "
                "by shifting geopolitical dynamics and the war in Ukraine.")
    assert [c.topic for c in build_claims([a, b]) if c.measure is None] == [
        "Kurbanov: Japan's growing involvement is largely driven by shifting geopolitical dynamics"]


def test_a_dateline_is_no_word_of_the_title():
    # where the report was filed ("LA PAZ:", "NEW YORK —", "SEOUL, South Korea –") opens the sentence, not the claim
    from briefing_tui.compare.clause_titles import clause_title
    assert clause_title("LA PAZ: The senator and the former president will face off in an October runoff.") == \
        "The senator and the former president will face off in an October runoff"
    assert clause_title("NEW YORK — A jury acquitted the singer of the gravest charges on Wednesday.") == \
        "A jury acquitted the singer of the gravest charges on Wednesday"
    assert clause_title("SEOUL, South Korea – The court removed the president from office.") == \
        "The court removed the president from office"
    assert clause_title("US officials said the deal was done.") == "US officials said the deal was done"


def test_a_plural_noun_like_a_verb_of_saying_is_no_teller():
    # ("states", "claims", "notes" before an auxiliary are the sentence's plural noun, not its verb of saying)
    sentence = "Coastal states are ready to share the cost of the new sea walls with the federal government."
    topics = [c.topic for c in build_claims([article("Outlet A", "2025-12-18", sentence)])]
    assert topics == ["Coastal states are ready to share the cost of the new sea walls with the federal…"] or (
        len(topics) == 1 and topics[0].startswith("Coastal states are ready")), topics



def test_a_tellers_surname_keeps_its_particles():
    for sentence, title in (
            ("Ingrid van der Berg said the rail fund would open to all regions next year.",
             "van der Berg: the rail fund would open to all regions next year"),
            ("Van der Berg said the rail fund would open to all regions next year.",
             "Van der Berg: the rail fund would open to all regions next year")):
        assert [c.topic for c in build_claims([article("Outlet A", "2025-12-18", sentence)])] == [title]
