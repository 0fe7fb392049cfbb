"""Which value a source is weighed by in a claim by measure, and how loose "about" is (issue 11): a source never
disagrees with itself through a value it sets aside, and a real conflict is not hidden by a loose interval.
Real sentences from the study gold sets (tests/gold_new7, tests/gold_new9)."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.tolerance import ABOUT, ABOUT_MONEY, TOLERANCE, compare_values, interval
from briefing_tui.model import Figure
from tests.compare_helpers import article, holding


def test_a_value_told_as_an_initial_estimate_gives_way_to_its_sources_current_one():
    # verbatim (financialexpress and semafor, Baltimore Key Bridge collapse 2024): the first page's initial
    # estimate of around $600 million is an earlier state; its final cost of at least $2 billion is what it says
    # now, and "up to $1.9 billion" contradicts it
    sources = [
        article("financialexpress", None,
                "To replace the bridge, Congress would need to approve funding. As per the initial estimates, the "
                "cost of rebuilding the bridge would require around $600 million, according to economic analysis "
                "company IMPLAN.\n\nMeanwhile, federal officials have told Maryland lawmakers the final cost of "
                "rebuilding the bridge could soar to at least $2 billion, Roll Call reported."),
        article("semafor", "2024-09-18",
                "Maryland officials said that it could take up to 4 years to rebuild the bridge at a cost of up to "
                "$1.9 billion."),
    ]
    claims = holding(compare(sources), "at least $2 billion", "up to $1.9 billion")
    assert [c.verdict for c in claims] == ["disagree"]
    assert "'at least $2 billion'" in claims[0].evidence and "'around $600 million'" not in claims[0].evidence


def test_a_boast_a_page_quotes_is_not_its_count_when_it_gives_its_own():
    # verbatim (ladbible, thrivedailydigest, particle: "Unite the Kingdom" rally 2025): the page quotes the
    # organiser's "MILLIONS" and gives the police's "about 110,000" against it; it agrees with the others' count
    sources = [
        article("thrivedailydigest", "2025-09-13",
                "Police estimated that between 110,000 to 150,000 attended the event, significantly exceeding the "
                "estimates of organisers."),
        article("ladbible", "2025-09-13",
                'Robinson wrote: "MILLIONS HAVE TURNED UP FOR OUR FOR OUR UNITE THE KINGDOM EVENT!!!! This is the '
                'biggest protest in British history."\n\nBut according to the Metropolitan Police - which has '
                "deployed around 1,000 officers around London today - there are about 110,000 people in "
                "attendance, rather than 'millions'."),
        article("particle", None,
                "The 'Unite the Kingdom' rally led by Tommy Robinson drew about 110,000 people, while a nearby "
                "Stand Up to Racism counter-march attracted roughly 5,000, according to the Metropolitan Police."),
    ]
    claims = holding(compare(sources), "MILLIONS", "between 110,000 to 150,000", "drew about 110,000")
    assert [c.verdict for c in claims] == ["agree"]
    assert "'MILLIONS'" not in claims[0].evidence


def test_around_two_dozen_injured_is_not_the_26_the_others_count():
    # verbatim (thrivedailydigest, truthnlovenews, sanatanatimes: "Unite the Kingdom" rally 2025): "around two
    # dozen" is 24, 8% below 26
    sources = [
        article("thrivedailydigest", "2025-09-13",
                "“26 officers were injured, including four seriously – among them broken teeth, a possible broken "
                "nose, a concussion, a prolapsed disc and a head injury.”"),
        article("truthnlovenews", None,
                "In total, 26 police officers were injured, with four suffering serious injuries including broken "
                "teeth, a concussion, a possible broken nose, and a spinal injury."),
        article("sanatanatimes", None,
                "Metropolitan Police said officers faced “unacceptable violence” from members of the rally, "
                "reporting around two dozen injured officers, four of them seriously."),
    ]
    claims = holding(compare(sources), "26 police officers were injured", "around two dozen injured officers")
    assert [c.verdict for c in claims] == ["disagree"]
    assert claims[0].tolerance == TOLERANCE
    assert f"'about' ±{ABOUT:.0%} (money ±{ABOUT_MONEY:.0%})" in TOLERANCE


def _figure(kind: str, low: float, qualifier: str | None, unit: str | None = None) -> Figure:
    return Figure(kind=kind, text=f"{low:g}", source="s", start=0, end=1, low=low, high=low, unit=unit,
                  qualifier=qualifier)


def test_about_is_five_percent_for_a_count_and_fifteen_for_an_amount():
    assert interval(_figure("count", 24, "about")) == (24 * (1 - ABOUT), 24 * (1 + ABOUT))
    assert not compare_values(_figure("count", 24, "about"), _figure("count", 26, None)).compatible
    assert compare_values(_figure("count", 25, "about"), _figure("count", 26, None)).compatible
    assert interval(_figure("money", 100, "about", "USD")) == (100 * (1 - ABOUT_MONEY), 100 * (1 + ABOUT_MONEY))


def test_a_toll_that_does_not_include_the_claims_place_is_not_one_of_its_values():
    # verbatim (oodaloop and shropshirestar, Derna floods 2023): the 61 confirmed dead leave Derna out; they are
    # not a value of Derna's death toll (nor a step of its timeline)
    sources = [
        article("oodaloop", "2023-09-12",
                "Mediterranean storm Daniel caused major destruction in multiple Libyan coastal cities over the "
                "weekend. Ahmed al-Mosmari, a spokesperson for Commander Khalifa Hifter, stated the death toll in "
                "the city of Derna has surpassed 2,000. This figure, corroborated by east Libyan Prime Minister "
                "Ossama Hamad, greatly overshadows a confirmed death toll of 61 that does not include Derna."),
        article("shropshirestar", "2023-09-14",
                "The Libyan Red Crescent said that the death toll from floods in Libya’s eastern Libyan city of "
                "Derna has soared to 11,300, as search efforts continue."),
    ]
    claims = compare(sources)
    toll = holding(claims, "has surpassed 2,000", "has soared to 11,300")
    assert len(toll) == 1 and toll[0].measure == "dead"
    assert not any("61 that does not include Derna" in s.text for s in toll[0].statements)
    assert [p.low for p in toll[0].timeline] == [2000, 11300]


def test_the_words_that_leave_a_place_out_of_a_figure():
    from briefing_tui.compare.excluded_scope import _leaving_out

    leaving = _leaving_out("Derna")
    assert leaving.search("that does not include Derna") and leaving.search("outside the city of Derna")
    assert not leaving.search("including Derna") and not leaving.search("in Derna, outside the port")


def test_a_magnitude_in_words_gives_way_to_the_figure_its_page_tells():
    # verbatim (securitywatch, oodaloop, shropshirestar: Derna floods 2023): securitywatch's "Thousands of people
    # were dead" is the lead's magnitude; its figures follow ("more than 2,000 people had died")
    sources = [
        article("oodaloop", "2023-09-12",
                "Ahmed al-Mosmari, a spokesperson for Commander Khalifa Hifter, stated the death toll in the city of "
                "Derna has surpassed 2,000."),
        article("securitywatch", None,
                "Thousands of people were dead and at least 10,000 were missing in Libya as a result of floods "
                "triggered by a massive Mediterranean storm that broke dams.\n\nA top physician in Derna informed "
                "reporters that more than 2,000 people had died, while eastern Libya officials reported by local "
                "television put the death toll at more over 5,000."),
        article("shropshirestar", "2023-09-14",
                "The Libyan Red Crescent said that the death toll from floods in Libya’s eastern Libyan city of "
                "Derna has soared to 11,300, as search efforts continue."),
    ]
    claims = holding(compare(sources), "has surpassed 2,000", "has soared to 11,300", "Thousands of people")
    assert len(claims) == 1 and "2,000-9,999" not in claims[0].topic
    assert "'Thousands of people'" not in claims[0].evidence
