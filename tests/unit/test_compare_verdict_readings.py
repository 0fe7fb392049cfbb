"""Verdicts of claims found whole: which of a source's values a claim weighs, and what it is weighed against
(issue 11). Real sentences from the study gold sets."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding


def test_a_source_is_weighed_by_its_value_named_for_the_subject_not_by_another_subjects_before_it():
    # verbatim (blueprint and iyamagazine, UK general election 2024): the blueprint's first seats figure of no
    # subject follows Reform UK's share of the vote (its four seats are Reform UK's); its Greens have one seat
    sources = [
        article("blueprint", None,
                "The Liberal Democrats have won in 37 constituencies with 10.6% of the overall vote, while Reform UK "
                "have 14.9% of the vote, translating to success in four seats.\n\n"
                "The SNP has four seats and Plaid Cymru is on four.\n\n"
                "The Green Party has 6.9% of the votes and one seat."),
        article("iyamagazine", None,
                "It’s brighter news for the Greens though, who secured four seats in parliament, up from just one "
                "seat in the House of Commons in the 2019 election."),
        article("juiceliverpool", None,
                "Reform UK, Plaid Cymru, and the Green Party each secured four seats, while 23 seats were won by "
                "other parties and independent candidates in Northern Ireland."),
    ]
    claims = holding(compare(sources), "6.9% of the votes and one seat", "secured four seats in parliament")
    assert [c.verdict for c in claims] == ["disagree"]
    assert "'one seat' = 1 seats" in claims[0].evidence


def test_sentences_sharing_a_setting_and_no_figure_are_each_their_sources_claim():
    # verbatim (oodaloop and shropshirestar, Derna floods 2023): both name the Libyan Red Crescent; three of its
    # workers killed and the city's toll of 11,300 are two claims, neither source's figure the other's
    sources = [
        article("oodaloop", "2023-09-12",
                "Military and aid organizations have lost contact with representatives sent to Derna, and the Libyan "
                "Red Crescent has confirmed the floods killed three of its workers in the city."),
        article("shropshirestar", "2023-09-14",
                "The Libyan Red Crescent said that the death toll from floods in Libya’s eastern Libyan city of Derna "
                "has soared to 11,300, as search efforts continue."),
    ]
    claims = compare(sources)
    assert [c.verdict for c in holding(claims, "killed three of its workers")] == ["single"]
    assert [c.verdict for c in holding(claims, "soared to 11,300")] == ["single"]
    # verbatim (scmp and newslooks, US-EU trade deal 2025): a tariff's rate and the goods a retaliation would
    # have taxed
    sources = [
        article("scmp", "2025-07-28",
                "The deal, that includes a 15 per cent tariff on EU goods entering the US and significant EU "
                "purchases of American energy and military equipment, will bring welcome clarity for EU companies."),
        article("newslooks", "2025-07-28", "The deal at a glance\n\n"
                "- The agreement averts retaliatory EU tariffs on $93B in American goods"),
    ]
    assert [c.verdict for c in holding(compare(sources), "$93B in American goods")] == ["single"]


def test_sentences_sharing_a_number_read_as_two_measures_stay_one_claim():
    # verbatim (dailyshorts and sherwood, Google-Wiz deal 2025): one $3.2 billion fee, read once as a
    # compensation and once as a sale's value
    sources = [
        article("dailyshorts", "2025-03-19",
                "If the deal falls through, Alphabet has agreed to pay the startup a $3.2 billion breakup fee."),
        article("sherwood", "2025-03-19",
                "Notably, the latest deal carries a staggering $3.2 billion breakup fee (10% of the deal’s value), "
                "which Alphabet would pay Wiz if the deal falls through."),
    ]
    assert [c.verdict for c in holding(compare(sources), "pay the startup a $3.2 billion", "staggering $3.2 billion")] \
        == ["agree"]
