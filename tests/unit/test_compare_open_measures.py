"""Issue 11: open measures. A figure whose measure the closed vocabulary lacks takes one from its own words (the
head noun it counts or prices, else the word governing it), folded by a small English lemmatiser so that
"subscribed", "oversubscribed" and "subscription" are one measure; statements of one open measure form a claim
across sources only when linked by more than that word. Also: a share nobody reached is a threshold, and a name
set off by its age owns the share after its verb. Short sentences written as the news writes them; each test
fails on the code before."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding, read


def _claims(*bodies: str, published: str = "2024-10-18"):
    return compare([article(f"o{k}", published, body) for k, body in enumerate(bodies, 1)])


def test_a_multiple_takes_the_word_that_governs_it_and_forms_one_claim_across_sources():
    claims = _claims(
        "The initial public offering of Solvane Motors was subscribed 2.37 times on the last day of bidding.",
        "Solvane Motors' offering was oversubscribed 2.4 times by the close of bidding on Thursday.",
        "Analysts said the company plans to hire 300 engineers next year.")
    found = holding(claims, "subscribed 2.37 times", "oversubscribed 2.4 times")
    assert found, [c.topic for c in claims]
    assert found[0].measure == "subscribed"  # (no noun form written: the verb as written, without "over")
    assert found[0].topic.startswith("Subscribed") and found[0].topic.endswith(": 2.37× · 2.4×")
    assert found[0].verdict == "agree"  # (within the tolerance)


def test_a_priced_thing_named_by_a_verb_outside_the_vocabulary_is_one_claim():
    claims = _claims(
        "Brightwater Energy was valued at about $19 billion after the listing.",
        "The listing valued Brightwater Energy at $23 billion, according to bankers.")
    found = [c for c in holding(claims, "valued at about $19 billion", "valued Brightwater Energy at $23 billion")
             if c.measure]
    assert found, [c.topic for c in claims]
    assert found[0].measure == "valued"
    assert found[0].verdict == "disagree"


def test_an_open_measure_alone_links_nothing():
    claims = _claims(
        "Solvane Motors raised $3.3 billion in its listing on Tuesday.",
        "Solvane Motors has raised $3.3 billion from investors, bankers said.",
        "This year 260 companies have raised more than $9 billion on the exchange.")
    found = [c for c in holding(claims, "raised $3.3 billion in its listing", "raised $3.3 billion from") if c.measure]
    assert found and found[0].measure == "raised", [c.topic for c in claims]
    assert not holding(claims, "raised $3.3 billion", "raised more than $9 billion")  # (another thing raised)


def test_one_source_giving_two_values_of_an_open_measure_speaks_of_two_things():
    claims = _claims(
        "The issue got bids for 14,07,68,187 shares. It is an offer for sale of 14,21,94,700 equity shares.",
        "The parent is selling 142,194,700 shares in the offer.")
    found = holding(claims, "selling 142,194,700 shares")
    both = [c for c in found if c.measure and any("14,21,94,700" in s.text for s in c.statements)]
    assert both, [c.topic for c in claims]
    assert not [c for c in both if any("bids for 14,07,68,187" in s.text for s in c.statements)]


def test_a_share_nobody_reached_is_the_threshold_not_a_candidates_share():
    shares = {f.text: (f.measure, f.subject) for f in read(
        "Ratnayake said a second count was needed, as no candidate secured over 50 per cent of the votes.")}
    assert shares["over 50 per cent"] == ("threshold", None)
    shares = {f.text: (f.measure, f.subject) for f in read(
        "The count was needed since neither Mr. Okoro, nor his challenger Brandt, secured the 50% plus one vote.")}
    assert shares["50%"] == ("threshold", None)
    shares = {f.text: (f.measure, f.subject) for f in read("No party won a majority, and Labour won 35% of the vote.")}
    assert shares["35%"] == ("votes", "Labour")


def test_a_name_set_off_by_its_age_owns_the_share_after_its_verb():
    text = ("Vanland's Election Commission declared Marxist leader Tomas Okoro the winner, defeating the President, "
            "Ana Brandt.According to the commission's website, Okoro, 55, secured 42.31% of the vote.")
    shares = {f.text: f.subject for f in read(text)}
    assert shares["42.31%"] == "Okoro"


def test_a_name_set_off_by_its_role_owns_the_votes_after_its_verb():
    counts = {f.text: f.subject for f in read(
        "The chairman said that Tomas Okoro, leader of the Vanland People's Alliance (VPA) received 4,363,035 votes.")}
    assert counts["4,363,035 votes"] == "Tomas Okoro"
    counts = {f.text: f.subject for f in read(
        "His main opponent, candidate of the opposition Vanland People's Alliance, Tomas Okoro, obtained 4,363,035 votes.")}
    assert counts["4,363,035 votes"] == "Tomas Okoro"


def test_a_share_of_the_voters_who_voted_is_the_turnout():
    shares = {f.text: f.measure for f in read(
        "Around 76% of Vanland’s 17.1 million eligible voters cast ballots in Saturday's poll.")}
    assert shares["Around 76%"] == "turnout"
    assert {f.text: f.measure for f in read("About 60% of voters backed Labour.")}["About 60%"] == "votes"


def test_a_multiple_after_a_verb_and_its_named_object_takes_the_verb():
    # gold_new20 apple_eu_music_streaming_fine_2024 (07, 08): the name between the verb and the multiple is the verb's
    # object, not words that hide the verb
    claims = _claims(
        "Spotify has the largest music streaming app in the world, and has met with the European Commission more "
        "than 65 times during this investigation, Apple claimed.",
        "It said Spotify stood to benefit from the decision, asserting that the Swedish streaming service, met 65 "
        "times with the commission over eight years.")
    found = [c for c in holding(claims, "more than 65 times", "met 65 times") if c.measure]
    assert found and found[0].measure == "met", [c.topic for c in claims]
    assert found[0].verdict == "disagree"  # (as the gold has it: "more than 65" is not 65)


def test_a_share_naming_its_measure_right_after_it_inherits_no_other_shares_measure():
    # gold_new11 hyundai_india_ipo_2024 (02, 05): "58 percent subscription" is no sale, though the story's other share
    # with a subject is one; a share with no word of its own still inherits ("45 percent support" is no nominalisation)
    from briefing_tui.compare.measure_inference import unsaid_measures
    from briefing_tui.compare.rates import default_rate_table
    from briefing_tui.compare.units import build_units

    sources = [article("money", "2024-10-16",
                       "Hyundai will not issue new shares in the IPO, in which its South Korean parent will sell up to "
                       "17.5% of its stake. As for Hyundai India's ongoing IPO, the Qualified Institutional Buyer (QIB) "
                       "quota, which makes up 28 percent of the public issue, has seen 58 percent subscription as of day "
                       "two, reflecting strong demand from large investors.")]
    units = build_units(sources, (), (), default_rate_table())
    unsaid_measures(units)
    measures = {f.text: f.measure for u in units for f in u.figures}
    assert measures["up to 17.5%"] == "sale"
    assert measures["58 percent"] is None  # (left to the open measures: "subscription")
