"""Issue 11: one claim per thing measured (compare/subject_join.py, compare/earlier_values.py). Groups of one
measure that no source tells apart are one claim; an amount the text calls an earlier one is the measure's
previous value. Sentences from real articles (the 2025 Afghanistan quake, the Le Pen verdict, Google's purchase of
Wiz) amid filler; each test fails on the code before."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.measured_types import MeasuredGroup
from briefing_tui.compare.subject_join import join_subjects
from tests.compare_helpers import filled_articles, holding, measured_statements, read

def _statements(published: str, *bodies: str):
    """The articles' sources' dates, the rate table, and a finder of the statement of a figure by its text."""
    return measured_statements(published, *bodies)[:3]


def _joined(groups, published, table):
    return [(g.measure, g.subject, sorted((m.figure.source, m.figure.text) for m in g.members))
            for g in join_subjects(groups, published, table)]


QUAKE = (
    "2025-09-02",
    "A 6.0 magnitude earthquake struck eastern Afghanistan late on Aug. 31, leaving at least 622 people dead and "
    "more than 1,500 others injured, according to the interior ministry.",
    "A 6.0-magnitude earthquake struck eastern Afghanistan late Sunday, killing at least 800 people and injuring "
    "more than 2,800, officials confirmed.",
    "A catastrophic 6.0-magnitude earthquake in eastern Afghanistan has killed 1,411 people and injured 3,124 in "
    "Kunar province, Zabihullah Mujahid said.",
    "Lebih dari 3.251 orang terluka dan lebih dari 8.000 rumah hancur akibat gempa itu.")


def test_a_count_scoped_to_a_place_no_source_tells_apart_from_the_events_is_one_claim():
    # no article gives Kunar's injured and another count of the injured: one count the outlets give differently
    published, table, st = _statements(*QUAKE)
    kunar = MeasuredGroup("injured", "Kunar", [st("o3", "3,124"), st("o4", "Lebih dari 3.251 orang terluka")])
    whole = MeasuredGroup("injured", None, [st("o1", "more than 1,500 others"), st("o2", "more than 2,800")])
    assert _joined([kunar, whole], published, table) == [
        ("injured", "Kunar", [("o1", "more than 1,500 others"), ("o2", "more than 2,800"), ("o3", "3,124"),
                              ("o4", "Lebih dari 3.251 orang terluka")])]


def test_a_source_giving_both_values_tells_the_groups_apart():
    # o3 gives 1,411 dead in Afghanistan and 3,124 injured: read as two groups of one measure, they stay two
    published, table, st = _statements(*QUAKE)
    named = MeasuredGroup("injured", "Kunar", [st("o3", "3,124"), st("o4", "Lebih dari 3.251 orang terluka")])
    other = MeasuredGroup("injured", None, [st("o1", "more than 1,500 others"), st("o3", "1,411 people")])
    assert _joined([named, other], published, table) == [
        ("injured", "Kunar", [("o3", "3,124"), ("o4", "Lebih dari 3.251 orang terluka")]),
        ("injured", None, [("o1", "more than 1,500 others"), ("o3", "1,411 people")])]


def test_a_group_two_named_groups_could_take_stays_apart():
    published, table, st = _statements(*QUAKE)
    a = MeasuredGroup("injured", "Kunar", [st("o3", "3,124"), st("o4", "Lebih dari 3.251 orang terluka")])
    b = MeasuredGroup("injured", "Nangarhar", [st("o3", "1,411 people"), st("o4", "lebih dari 8.000 rumah")])
    c = MeasuredGroup("injured", None, [st("o1", "at least 622 people"), st("o2", "at least 800 people")])
    assert len(_joined([a, b, c], published, table)) == 3


def test_a_places_lower_count_is_a_part_of_the_events_not_its_reading():
    # myanmar_quake 03, 06 against 05, 04, 09: no article gives both, but "101 missing across three construction
    # sites" is below the country's counts: a part of the event, another claim
    published, table, st = _statements(
        "2025-03-30",
        "At least 1,644 people were killed in Myanmar. More than 3,400 people were injured and more than 100 are "
        "still missing.",
        "In Bangkok, authorities confirmed 10 fatalities, 16 injuries, and approximately 101 missing individuals "
        "across three construction sites, including a 30-story building that toppled.",
        "The death toll in Myanmar rose to 1,700. The number of injured increased to 3,408, while the missing "
        "figure rose to 139.",
        "At least 3,085 people have died in Myanmar, while 4,715 have been injured and 341 are missing.")
    sites = MeasuredGroup("missing", "three construction sites", [st("o2", "approximately 101 missing"),
                                                                  st("o1", "more than 100")])
    whole = MeasuredGroup("missing", None, [st("o3", "139"), st("o4", "341")])
    assert len(_joined([sites, whole], published, table)) == 2


LANDSLIDE = (
    "2024-05-27",
    "\u201cFrom reports gathered on the ground, the landslide buried more than 300 people and 1,182 houses,\u201d Mr "
    "Akem said.",
    "\u201cThey are estimating more than 670 people under the soil at the moment,\u201d the agency chief said.",
    "The landslide buried more than 2,000 people, the government said on Monday. \u201cI have 18 of my family "
    "members being buried under the debris,\u201d a villager said.",
    "Women grieving at Yambali village where about 2000 people are buried.")


def test_the_unnamed_counts_of_sources_the_one_named_group_lacks_join_it():
    # png_landslide_2024 01, 04 against 03, 05: one count of the buried, named at the village by one source only;
    # o3's own second value (its villager's 18 relatives) stays out, and its group, of one source, goes
    published, table, st = _statements(*LANDSLIDE)
    village = MeasuredGroup("trapped", "Yambali", [st("o4", "about 2000 people"), st("o3", "more than 2,000 people")])
    unnamed = MeasuredGroup("trapped", None, [st("o1", "more than 300 people"), st("o2", "more than 670 people"),
                                              st("o3", "18")])
    assert _joined([village, unnamed], published, table) == [
        ("trapped", "Yambali", [("o1", "more than 300 people"), ("o2", "more than 670 people"),
                                ("o3", "more than 2,000 people"), ("o4", "about 2000 people")])]


def test_unnamed_counts_the_one_named_group_is_a_part_of_stay_apart():
    # air_india_crash_2025: the Indian nationals aboard are a part of all aboard (o3 gives both), not another
    # reading of it
    published, table, st = _statements(
        "2025-06-12",
        "The plane was carrying 169 Indian nationals.",
        "A total of 242 people were aboard the flight.",
        "The plane had 242 people aboard, among them 169 Indian nationals.",
        "Air India said 242 people were on board.")
    indian = MeasuredGroup("aboard", "Indian", [st("o1", "169 Indian nationals"), st("o3", "169 Indian nationals")])
    everyone = MeasuredGroup("aboard", None, [st("o2", "242 people"), st("o3", "242 people"), st("o4", "242 people")])
    assert len(_joined([indian, everyone], published, table)) == 2


def test_two_amounts_of_a_measure_an_article_may_give_twice_are_not_joined_for_want_of_a_source_giving_both():
    # the seeds: Japan's investment in Kazakhstan and the EU's package, given by different outlets; an article may
    # give several investments, so a group with no subject does not join the one named group by elimination
    published, table, st = _statements(
        "2025-12-20",
        "Japan's investment in Kazakhstan's energy and metallurgy sectors amounts to $3.7 billion.",
        "Japan's investment in Kazakhstan amounts to $3.7 billion, the report said.",
        "The bloc unveiled a €13.2 billion investment package in Samarkand in April.",
        "The European Union unveiled a €13.2 billion investment package.")
    named = MeasuredGroup("investment", "Kazakhstan", [st("o1", "$3.7 billion"), st("o2", "$3.7 billion")])
    other = MeasuredGroup("investment", None, [st("o3", "€13.2 billion"), st("o4", "€13.2 billion")])
    assert len(_joined([named, other], published, table)) == 2


def test_one_amount_in_two_currencies_does_not_tell_two_fines_apart():
    # o2 gives the fine in euros and in dollars: one figure, whatever an undated article's rate makes of the pair
    published, table, st = _statements(
        "2025-03-31",
        "They also fined her €100,000 and sentenced her to four years in prison.",
        "In addition, she was fined €100,000 ($108,000).",
        "In addition, she must pay a fine of 100,000 euros ($108,000).")
    published["o1"] = published["o2"] = None
    dollars = MeasuredGroup("fine", None, [st("o2", "$108,000"), st("o3", "100,000 euros")])
    euros = MeasuredGroup("fine", None, [st("o1", "€100,000"), st("o2", "€100,000")])
    assert _joined([dollars, euros], published, table) == [
        ("fine", None, [("o1", "€100,000"), ("o2", "$108,000"), ("o2", "€100,000"), ("o3", "100,000 euros")])]


def test_an_amount_called_an_earlier_one_is_the_previous_value():
    for text in ("Wiz previously rejected a $23 billion offer from Google.",
                 "Google raised its offer significantly from last year's $23 billion bid.",
                 "It upped its original $23 billion offer from last year.",
                 "Damals standen 23 Milliarden Dollar im Raum."):
        money = [f for f in read(text) if f.kind == "money"]
        assert [f.role for f in money] == ["previous"], text
    for text in ("Earlier this week, Google agreed to buy Wiz for $32 billion.",
                 "Earlier this week Google agreed to buy Wiz for $32 billion.",
                 "Google has struck a deal to buy cybersecurity firm Wiz for $32 billion.",
                 "Revenue surged 69% from a year ago to $44.1 billion."):
        money = [f for f in read(text) if f.kind == "money"]
        assert money and all(f.role == "current" for f in money), text


def test_a_raised_offer_does_not_disagree_with_the_rejected_one():
    sources = filled_articles(
        "2025-03-19",
        "Google has struck a deal to buy cybersecurity firm Wiz for $32 billion in what would be the tech giant's "
        "biggest-ever acquisition.",
        "Google just inked a $32 billion acquisition of cloud security firm Wiz — its largest-ever deal — after "
        "reportedly upping its original $23 billion offer from last year, which had fallen through.",
        "Google parent Alphabet announced signing a $32 billion all-cash deal to acquire cloud security firm Wiz. "
        "To seal the deal, Alphabet had to raise its offer significantly from last year’s $23 billion bid, which "
        "Wiz had turned down.")
    claims = compare(sources)
    now = holding(claims, "for $32 billion in what", "a $32 billion acquisition", "a $32 billion all-cash deal")
    assert len(now) == 1 and now[0].verdict == "agree", [(c.topic, c.verdict) for c in now]
    assert not holding(now, "$23 billion bid")  # (the rejected offer is not one of its readings)
    before = holding(claims, "original $23 billion offer", "last year’s $23 billion bid")
    assert [(c.measure, c.verdict) for c in before if c.measure] == [("sale (before)", "agree")]
