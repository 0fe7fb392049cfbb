"""Issue 11: claims without a count read from short phrases: ranks and ordinals ("the second-largest fine"
/ "a record fine"), stated intentions ("vowed to appeal" / "will not appeal") and deadlines given as a
length of time ("has 45 days to"). Constructed sentences; each test fails on the code before these rules."""

from __future__ import annotations

from tests.compare_helpers import compared as _claims, holding, one_holding as _one


def test_a_record_and_a_second_largest_fine_of_one_amount_disagree():
    claims = _claims(
        "Regulators handed Nordbank a €1.4 billion penalty, the second-largest fine they have ever imposed.",
        "The watchdog hit Nordbank with a record €1.4 billion fine on Friday.",
        "Nach der Strafe von 2,1 Milliarden Euro gegen Nordbank ist es die zweithöchste Strafe.")
    # (the fines' own claim by measure holds the three sentences too: the rank claim is the other one)
    found = [c for c in holding(claims, "second-largest fine", "record €1.4 billion fine", "zweithöchste Strafe")
             if c.topic.startswith("Rank")]
    assert len(found) == 1, [c.topic for c in claims]
    assert found[0].verdict == "disagree"
    assert found[0].topic == "Rank of the penalty: second-largest · largest"


def test_one_ordinal_of_one_scope_agrees_and_other_scopes_stay_apart():
    claims = _claims(
        "The sanction is the third major penalty against the carrier this month.",
        "This fine is the third announced against the carrier in a month. It marks the fifth penalty since 2019.",
        "Officials said it was the fifth multi-million dollar fine for the carrier.")
    month = _one(claims, "third major penalty", "third")
    assert month.verdict == "agree" and len({s.source for s in month.statements}) == 2
    since = _one(claims, "fifth penalty", "fifth multi-million dollar fine")
    assert since.verdict == "agree"
    assert not holding(claims, "third major penalty", "fifth penalty")


def test_ranks_of_two_named_things_are_no_conflict():
    claims = _claims("After the vote the Greens became the largest party in the regional parliament.",
                     "Led by the Greens, the largest party in the chamber, the coalition took office.",
                     "After the vote the Socialists remain the second-largest party.",
                     "For the first time, the Greens lead the chamber.", "It was the first time since 1990.")
    ranks = [c for c in claims if c.topic.startswith("Rank")]
    assert [(c.topic, c.verdict, sorted({s.source for s in c.statements})) for c in ranks] == [
        ("Rank of the party: largest", "agree", ["o1", "o2"])]
    assert not [c for c in claims if c.verdict == "disagree" and c.topic.startswith("Rank")]
    assert not [c for c in claims if c.topic.startswith("Rank of the time")]


def test_the_first_time_a_noun_is_the_first_noun_in_any_language():
    claims = _claims("Rivera is the first former Chilean president to be jailed, the court said.",
                     "Esta é a primeira vez na história que um ex-presidente é preso no Chile.",
                     "Rivera became the first former president in history convicted of fraud.",
                     "It was the first time Rivera had been handed a major defeat.")
    claim = _one(claims, "first former Chilean president", "primeira vez", "first former president")
    assert claim.verdict == "agree" and claim.topic == "Rank of the president: first"
    assert len([c for c in claims if c.topic.startswith("Rank")]) == 1


def test_intentions_worded_differently_are_one_claim():
    claims = _claims("Acme confirmed it would appeal the ruling, calling it flawed.",
                     "Acme swiftly announced plans to appeal.",
                     "Acme has vowed to appeal the decision.",
                     "Who will contest the final on Sunday?")
    claim = _one(claims, "would appeal", "announced plans to appeal", "vowed to appeal")
    assert claim.verdict == "agree" and claim.topic == "What Acme will do: will appeal"
    assert not [c for c in claims if c.measure and "challenge" in c.measure]


def test_a_denied_intention_of_the_same_party_disagrees():
    claims = _claims("Acme said it would appeal the verdict.", "Acme will not appeal the verdict, a spokesman said.")
    claim = _one(claims, "would appeal", "will not appeal")
    assert claim.verdict == "disagree"
    gerund = _claims("Acme said it would appeal the verdict.", "Acme won't be appealing the decision.",
                     "Acme will file a cassation appeal, its lawyers said.")
    claim = _one(gerund, "would appeal", "won't be appealing", "will file a cassation appeal")
    assert claim.verdict == "disagree" and claim.topic == "What Acme will do: will appeal · will not appeal"
    other = _claims("Acme said it would appeal the verdict.", "The regulator will not appeal.")
    assert not [c for c in other if c.verdict == "disagree"]


def test_deadlines_of_one_length_agree_and_of_one_task_disagree():
    claims = _claims("The regulator has given Acme 45 days to change its pricing.",
                     "Acme has 45 days to change how it sets prices, officials said.",
                     "Acme faces a 45-day deadline.")
    claim = _one(claims, "has given Acme 45 days", "has 45 days", "45-day deadline")
    assert claim.verdict == "agree" and claim.topic == "Deadline: 45 days"
    differ = _claims("Acme has 45 days to submit a plan.", "Acme has 30 days to submit a plan.")
    assert _one(differ, "45 days", "30 days").verdict == "disagree"
    tasks = _claims("Acme has 45 days to submit a plan.", "Acme has 30 days to implement it.")
    assert not [c for c in tasks if c.verdict == "disagree"]


def test_an_earlier_investigation_dated_to_its_month_or_year_is_one_claim():
    claims = _claims("The inquiry into the bank's lending was first opened in March 2019, officials said.",
                     "The fine follows a probe launched in 2019 by the regulator.",
                     "It ends a lengthy investigation into the bank's lending, which began in 2019.",
                     published="2024-03-08")
    claim = _one(claims, "opened in March 2019", "launched in 2019", "began in 2019")
    assert claim.verdict == "agree" and claim.topic == "Date of the investigation: Mar 2019 · 2019"


def _event_timed(sentence: str, date: str) -> str | None:
    """The kind of event ``date`` (written in ``sentence``) times, None when it times none."""
    from briefing_tui.compare.event_words import event_of

    at = sentence.index(date)
    kind = event_of(sentence, at, at + len(date)).kind
    return kind.name if kind is not None else None


def test_a_start_verb_times_the_noun_before_it_only():
    assert _event_timed("The merger ends a saga that began in December 2023, when the deal was first proposed.",
                        "December 2023") is None
    assert _event_timed("A lengthy investigation into the carrier's pricing, which began in May 2022, found abuses.",
                        "May 2022") == "probe"


def test_the_day_of_a_fine_however_worded_is_one_claim():
    claims = _claims("The regulator on Tuesday fined the airline €40 million over delays.",
                     "Regulators slapped the airline with a €40 million penalty on Tuesday.",
                     "The penalty was originally scheduled for last week, sources said. The airline was "
                     "fined on Tuesday.", published="2024-03-06")
    dated = [c for c in claims if c.topic.startswith("Date of the fine")]
    assert [(c.topic, c.verdict, sorted({s.source for s in c.statements})) for c in dated] == [
        ("Date of the fine: Tue 5 Mar", "agree", ["o1", "o2", "o3"])]
    assert not holding(dated, "scheduled")


def test_one_of_the_biggest_ranks_nothing():
    claims = _claims("Nordbank's €1.4 billion penalty is one of the biggest fines in the sector.",
                     "Nordbank's €1.4 billion penalty is the second-largest fine in the sector.",
                     "The €1.4 billion sanction against Nordbank is the second-biggest penalty of its kind.",
                     "It ranks among the world's largest penalties; the earthquake was the second strongest in "
                     "the country's history.")
    ranks = [c for c in claims if c.topic.startswith("Rank")]
    assert [(c.topic, c.verdict, sorted({s.source for s in c.statements})) for c in ranks] == [
        ("Rank of the penalty: second-largest", "agree", ["o2", "o3"])]


def test_an_initial_ends_no_clause_before_a_date():
    assert _event_timed("The jury verdict against U.S. Steel came on Friday after a week of talks.", "Friday") == "verdict"


def test_a_reported_custody_however_worded_is_one_claim():
    claims = _claims("The former governor is currently under house arrest in Lagos.",
                     "Okafor, who was placed under house arrest in May, did not attend.",
                     "He has been under house arrest since early May, his lawyers said.")
    claim = _one(claims, "under house arrest")
    assert claim.verdict == "agree" and claim.topic == "Custody: under house arrest"
    assert len({s.source for s in claim.statements}) == 3


def test_keeping_or_moving_a_headquarters_from_one_city():
    claims = _claims("The steelmaker will maintain its headquarters in Pittsburgh, the companies said.",
                     "Acme pledged not to relocate the steelmaker's headquarters from Pittsburgh.",
                     "Acme will retain the brand and headquarters in Pittsburgh.")
    claim = _one(claims, "headquarters in Pittsburgh", "not to relocate")
    assert claim.verdict == "agree" and claim.topic == "Headquarters: stays in Pittsburgh"
    moved = _claims("Acme will keep the steelmaker's headquarters in Pittsburgh.",
                    "Acme will move the steelmaker's headquarters from Pittsburgh to Tokyo.")
    assert _one(moved, "headquarters in Pittsburgh", "move").verdict == "disagree"


def test_an_outcome_not_known_yet_is_one_claim():
    claims = _claims("It was not yet clear if the Greens would win a majority of seats.",
                     "It is too soon to tell whether the party has secured a majority.",
                     "Officials said it remains to be seen whether the coalition keeps its majority.")
    claim = _one(claims, "not yet clear", "too soon to tell", "remains to be seen")
    assert claim.verdict == "agree" and claim.topic == "Not yet known: whether majority"


def test_two_ranks_of_two_parties_named_in_one_sentence_are_no_conflict():
    claims = _claims("Beside the Greens, the Socialists are now the second-largest party in the chamber.",
                     "With the Socialists trailing, the Greens became the largest party in the chamber.",
                     "The Greens are the largest party in the chamber after the vote.")
    ranks = [c for c in claims if c.topic.startswith("Rank")]
    assert [(c.topic, c.verdict, sorted({s.source for s in c.statements})) for c in ranks] == [
        ("Rank of the party: largest", "agree", ["o2", "o3"])]


def test_taking_off_on_a_day_dates_the_crash_after_it():
    claims = _claims("The jet crashed minutes after taking off from Lyon on Thursday afternoon.",
                     "The plane crashed shortly after takeoff on Thursday.",
                     "The aircraft went down after taking off from Lyon on June 12.",
                     "Thursday's crash killed 40 people.", published="2025-06-13")
    dated = [c for c in claims if c.topic.startswith("Date of")]
    assert [(c.topic, c.verdict, sorted({s.source for s in c.statements})) for c in dated] == [
        ("Date of the crash: Thu 12 Jun", "agree", ["o1", "o2", "o3", "o4"])]


def test_a_possessor_before_a_rank_is_its_scope_not_what_it_ranks():
    claims = _claims("Voters made Germany's second-largest party the kingmaker.",
                     "Analysts expect the Greens, Germany's largest opposition party, to gain.",
                     "The Greens remain Germany's largest opposition party after the vote.")
    ranks = [c for c in claims if c.topic.startswith("Rank")]
    assert [(c.topic, c.verdict, sorted({s.source for s in c.statements})) for c in ranks] == [
        ("Rank of the party: largest", "agree", ["o2", "o3"])]


def test_a_possessive_opening_the_sentence_names_no_party():
    claims = _claims("His lawyer said he would appeal the verdict.",
                     "Her spokesman said she would appeal the ruling.")
    assert [(c.topic, c.verdict) for c in claims if c.measure == "intention: appeal"] == [
        ("What the party will do: will appeal", "agree")]
