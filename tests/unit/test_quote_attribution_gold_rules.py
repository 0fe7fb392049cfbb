"""Who said what (issue 12), rules found on the real-news gold (tests/gold): every article below is an
excerpt copied from a gold page as it is (paragraphs kept whole, only the paragraphs a rule needs)."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.corpus import load_corpus


def _quotes(tmp_path: Path, text: str) -> list[tuple[str, str | None, str]]:
    """(kind, speaker, text) of every quote of one article."""
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    return [(q.kind, q.speaker, q.text) for q in load_corpus([tmp_path], cache=False).quotes]


def test_saying_that_without_a_comma_adds_a_clause(tmp_path):
    # c_005_mexiconewsdaily
    quotes = _quotes(tmp_path, "Mexico answers tariffs\n\n"
                     "President Claudia Sheinbaum announced Tuesday that Mexico will respond to the United States’ "
                     "25% tariffs on Mexican exports with its own “tariff and non-tariff measures.”\n\n"
                     "Sheinbaum stressed that Mexico doesn’t want to enter into “an economic or trade confrontation” "
                     "with the U.S. saying that such a situation is the “opposite” of what the North American region "
                     "“should be doing.”\n")
    assert ("reported", "Claudia Sheinbaum",
            "Mexico doesn’t want to enter into “an economic or trade confrontation” with the U.S") in quotes
    assert ("reported", "Claudia Sheinbaum",
            "such a situation is the “opposite” of what the North American region “should be doing.”") in quotes


def test_told_a_list_of_listeners_that(tmp_path):
    # b_014_daily8_skynews; b_023_einpresswire (a relative clause after the comma is no list)
    quotes = _quotes(tmp_path, "Southport inquiry\n\n"
                     "Speaking on the first day of the inquiry, chair Sir Adrian Fulford said there was a \"wholesale "
                     "and general failure\" to address the risks posed by Axel Rudakubana before the Southport attack."
                     "\n\nIn his opening statement at Liverpool Town Hall, Sir Adrian told a council chamber full of "
                     "legal representatives, lawyers, the media and the public that \"ordinary language simply fails "
                     "to reflect the enormity of what [Rudakubana] did\".\n\n"
                     "Despite the time it took to address and correct the false claims, Minister Macpherson expressed "
                     "his gratitude to TimesLIVE for thoroughly investigating the Ministry’s concerns, which revealed "
                     "that Mr Tabane could not provide evidence to substantiate his accusations.\n")
    assert ("reported", "Adrian Fulford",
            "\"ordinary language simply fails to reflect the enormity of what [Rudakubana] did\"") in quotes
    assert not [q for q in quotes if "Tabane" in q[2]]


def test_a_court_held_that(tmp_path):
    # c_014_daily8
    quotes = _quotes(tmp_path, "Birthright citizenship\n\n"
                     "In a notable Supreme Court decision from 1898, United States v. Wong Kim Ark, the court held "
                     "that the only children who did not automatically receive U.S. citizenship upon being born on "
                     "U.S. soil were the children of diplomats.\n")
    assert quotes == [("reported", "Supreme Court", "the only children who did not automatically receive U.S. "
                       "citizenship upon being born on U.S. soil were the children of diplomats")]


def test_a_capital_speaks_for_its_government(tmp_path):
    # c_026_occasionaldigest ("Iranian state television": no verb after the demonym)
    quotes = _quotes(tmp_path, "Iran strikes back\n\n"
                     "  • Iran has fired ballistic missiles at the Al Udeid Air Base in Qatar, the United States’ "
                     "largest military installation in the Middle East. Doha said the attack was intercepted and "
                     "there were no casualties.\n\n"
                     "  • Iranian state television said on Monday that the country had targeted the Israeli cities "
                     "of Haifa and Tel Aviv.\n")
    assert quotes == [
        ("reported", "Doha", "the attack was intercepted and there were no casualties"),
        ("reported", "Iranian state television", "the country had targeted the Israeli cities of Haifa and Tel Aviv"),
    ]


def test_a_role_between_the_verb_and_the_name(tmp_path):
    # a_010_daily8-rnz
    quotes = _quotes(tmp_path, "Budget 2025\n\n"
                     "\"It feels like a kid robbing his mum to pay for his mates\" says library assistant Alex Cass, "
                     "as she prepares for the Government to reveal Budget 2025.\n")
    assert quotes == [("direct", "Alex Cass", "It feels like a kid robbing his mum to pay for his mates")]


def test_a_role_given_to_nobody_is_the_last_speaker(tmp_path):
    # a_028_thestar
    quotes = _quotes(tmp_path, "Rakyat helped shape Budget 2025\n\n"
                     "DATUK Seri Anwar Ibrahim says the strong will and resilience of Malaysians in facing immense "
                     "challenges shaped his approach to Budget 2025.\n\n"
                     "The Prime Minister said he had criss-crossed the country and saw first-hand the poor conditions "
                     "and hardship faced by folk in states like Sabah and Kelantan.\n")
    assert ("reported", "Anwar Ibrahim", "he had criss-crossed the country and saw first-hand the poor conditions "
            "and hardship faced by folk in states like Sabah and Kelantan") in quotes


def test_a_role_named_in_the_next_sentence(tmp_path):
    # b_018_topnews_bbc
    quotes = _quotes(tmp_path, "Residents 'frustrated' by repeated flooding\n\n"
                     "People who have experienced repeated flooding feel their \"houses and livelihoods are on the "
                     "line\" every time a storm is forecast, a Mid Ulster councillor has said.\n\n"
                     "Dan Kerr was speaking as clean-up efforts continue in the aftermath of weekend flooding in "
                     "Coalisland, County Tyrone and Dundonald in County Down.\n\n"
                     "Mr Kerr said he believed it was the fourth time the street has been flooded since 2015 and "
                     "householders feel \"very frustrated\".\n")
    assert ("reported", "Dan Kerr", "People who have experienced repeated flooding feel their \"houses and "
            "livelihoods are on the line\" every time a storm is forecast") in quotes


def test_two_people_joined_by_and(tmp_path):
    # b_005_yorkshirepost
    quotes = _quotes(tmp_path, "Resident doctors to strike\n\n"
                     "BMA resident doctors committee co-chairs, Dr Melissa Ryan and Dr Ross Nieuwoudt, said in a "
                     "statement yesterday that they had met with Mr Streeting but the Government would not move on "
                     "pay.\n")
    assert quotes == [("reported", "Melissa Ryan and Ross Nieuwoudt",
                       "they had met with Mr Streeting but the Government would not move on pay")]


def test_as_she_called_on(tmp_path):
    # b_021_irishtimes ("she" is the woman of that very sentence, not the last speaker)
    quotes = _quotes(tmp_path, "Budget reaction\n\n"
                     "Green Party leader Roderic O’Gorman said Budget 2025 continued the Green Party’s record of "
                     "delivery in Government.\n\n"
                     "Sinn Féin leader Mary Lou McDonald said the public now has a clear choice to make in the general "
                     "election as she called on the Taoiseach to name the date now.\n")
    assert ("reported", "Mary Lou McDonald", "the public now has a clear choice to make in the general election") \
        in quotes
    assert ("reported", "Mary Lou McDonald", "the Taoiseach to name the date now") in quotes


def test_a_coordinated_verb_without_that(tmp_path):
    # c_028_independentamerican, its first three paragraphs
    quotes = _quotes(tmp_path, "Former New York Governor Andrew Cuomo formally conceded the Democratic mayoral primary "
                     "to Assemblyman Zohran Mamdani on Tuesday night, acknowledging his defeat in a race that has "
                     "stunned much of the city’s political establishment.\n"
                     "With approximately 92% of the vote counted, Mamdani held a clear lead and declared himself the "
                     "party’s nominee for mayor of New York City, though the final outcome will still be determined "
                     "by ranked choice voting due to no candidate receiving a majority in the initial round.\n"
                     "Cuomo, addressing his supporters, confirmed he had called Mamdani to congratulate him and "
                     "signaled his next steps were uncertain, saying his team would “take a look and make some "
                     "decisions.” While the door remains technically open for an independent bid, the momentum in the "
                     "Democratic field has shifted unmistakably toward the 33-year-old democratic socialist from "
                     "Queens.\n")
    assert ("reported", "Andrew Cuomo", "he had called Mamdani to congratulate him") in quotes
    assert ("reported", "Andrew Cuomo", "his next steps were uncertain") in quotes


def test_a_place_after_in_is_no_person(tmp_path):
    # a_003_dnaindia
    quotes = _quotes(tmp_path, "Cloudburst\n\n"
                     "At least five people lost their lives and several others remain missing after a cloudburst "
                     "triggered flash floods and widespread devastation in Himachal Pradesh, chief minister "
                     "Sukhvinder Singh Sukhu confirmed on Thursday.\n\n"
                     "\"The damage is concentrated in areas where our Himalayas rise steeply,\" the chief minister "
                     "added.\n")
    assert ("direct", "Sukhvinder Singh Sukhu", "The damage is concentrated in areas where our Himalayas rise steeply") \
        in quotes


def test_a_giant_is_a_company(tmp_path):
    # gold_dev d_003_cityam, its first three lines
    quotes = _quotes(tmp_path, "Cisco share price leaps as it smashes expectations and hikes share buyback by $15bn\n"
                     "Computer networking giant Cisco has smashed analyst expectations, with earnings per share of "
                     "$0.57 in the quarter to the end of January, against expectations of $0.54.\n"
                     "The company said it will increase its share buyback programme by $15bn (£10bn), pushing it up "
                     "to a total of $112bn.\n")
    assert quotes == [("reported", "Cisco", "it will increase its share buyback programme by $15bn (£10bn), pushing "
                       "it up to a total of $112bn")]
