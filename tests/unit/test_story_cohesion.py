"""Two related events that name the same actors stay two stories when each is much tighter inside than the two
are tied to each other (``stories.cohesion``); the grouping after an edit still equals a cold run's."""

from __future__ import annotations

from briefing_tui.model import Source
from briefing_tui.stories import group_stories
from briefing_tui.stories.cohesion import MIN_COHESIVE_SIZE, cohesive_groups, refused
from briefing_tui.stories.stored_links import StoredLinks
from tests.store_helpers import ResultsOnly

# An invented country's politics: its leader, parties and parliament are named by both of its events.
NAMES = ["Chancellor Marta Quillon", "the Harbor Party", "the Greenfield League", "the Tallis Front",
         "the Veloria Union"]
ELECTION = [
    "Veloria Union wins the general election with 31.4 percent; Tallis Front second on 22.7 percent; turnout 81.3 "
    "percent.",
    "Election results: the Veloria Union took 31.4 percent of the ballots and the Tallis Front 22.7 percent.",
    "Voters gave the Veloria Union 31.4 percent in the election, its best result; the Harbor Party fell to 14.9 "
    "percent.",
    "The general election count is complete: Veloria Union 31.4 percent, Tallis Front 22.7, Harbor Party 14.9, "
    "turnout 81.3.",
    "A record turnout of 81.3 percent in the election; the Tallis Front doubled its ballots to 22.7 percent.",
]
BUDGET = [
    "The Veloria Assembly approved the harbour budget and a levy on shipping by 412 votes to 198.",
    "Lawmakers passed the harbour budget: 412 in favour, 198 against; the shipping levy funds new docks.",
    "The harbour budget cleared the Assembly with 412 votes; the shipping levy will pay for the docks.",
    "By 412 to 198 the Assembly adopted the harbour budget, lifting the shipping levy to fund docks and cranes.",
    "The shipping levy and the harbour budget won 412 votes against 198 in a late sitting on docks spending.",
]
OTHER_NEWS = [
    "A volcano erupted near a fishing village, sending ash over the northern fjords.",
    "The football final ended in a draw after extra time and penalties in the capital stadium.",
    "A new vaccine against malaria showed strong results in a large trial across several clinics.",
    "Floods swept through the river delta, destroying rice fields and thousands of homes.",
    "A chip maker reported record quarterly revenue on demand for data centre processors.",
    "Astronomers found water vapour in the atmosphere of a distant planet orbiting a red dwarf.",
    "A wildfire burned through pine forests in the hills, forcing the evacuation of two towns.",
    "The central bank held interest rates steady, citing slowing inflation and weak lending.",
    "A cargo ship ran aground in the strait, blocking traffic for two days before tugs freed it.",
    "Researchers mapped a coral reef that survived a marine heatwave in the southern ocean.",
]


def _article(sid: str, sentences: list[str], k: int, actors_from: int) -> Source:
    """Four of the event's sentences from the ``k``-th on, then two of the country's actors."""
    actors = ", ".join(NAMES[(actors_from + j) % len(NAMES)] for j in range(2))
    text = " ".join(sentences[(k + j) % len(sentences)] for j in range(4))
    return Source(id=sid, path=sid + ".txt", raw=f"{text} In the Veloria Assembly, {actors} spoke.", language="en")


def _folder() -> list[Source]:
    return [*(_article(f"e{k}", ELECTION, k, k) for k in range(len(ELECTION))),
            *(_article(f"b{k}", BUDGET, k, k + 2) for k in range(len(BUDGET))),
            *(Source(id=f"o{k}", path=f"o{k}.txt", raw=text, language="en") for k, text in enumerate(OTHER_NEWS))]


def test_an_election_and_a_budget_vote_naming_the_same_actors_are_two_stories():
    # (before: one story of ten; their mean link, about 0.21, is well above STORY_SIMILARITY, but a quarter of
    # either event's own, about 0.8)
    stories = {s.sources for s in group_stories(_folder()) if s.size > 1}
    assert tuple(f"e{k}" for k in range(5)) in stories
    assert tuple(f"b{k}" for k in range(5)) in stories


def test_after_an_edit_the_stories_are_a_cold_runs():
    folder = _folder()
    links = StoredLinks(ResultsOnly(), "v1")  # type: ignore[arg-type]
    assert group_stories(folder, links=links) == group_stories(folder)
    edited = [*folder[:3], Source(id="e3", path="e3.txt", raw=folder[3].raw + " " + ELECTION[0], language="en"),
              *folder[4:]]
    assert group_stories(edited, links=links) == group_stories(edited)
    assert links.replayed == 10  # (the two events' component, grouped by replaying its stored joins)


def test_a_join_is_refused_under_a_third_of_a_large_enough_groups_inner_mean():
    # a group of 4 whose 6 inner links total 60 (mean 10) and a lone source: 4 links totalling 13 (3.25 < 10 / 3)
    assert refused(13, 4, 60, 1) and not refused(14, 4, 60, 1)
    # a pair's one link refuses nothing
    assert MIN_COHESIVE_SIZE > 2 and not refused(0, 2, 100, 3)


def test_a_refused_join_leaves_both_groups_and_what_joined_them_later_as_they_were():
    # 0-3 tight (mean 10), 4-7 tight (mean 10); their join's 16 links total 16 (mean 1: refused); 8 then joined
    tight = [0, 1, 10, 0, 2, 20, 0, 3, 30, 4, 5, 10, 4, 6, 20, 4, 7, 30]
    joins = [*tight, 0, 4, 16, 0, 8, 9]
    assert cohesive_groups(9, joins) == [[0, 1, 2, 3], [4, 5, 6, 7], [8]]
    # the same join at a mean of 4 (over a third of 10) is made, and so is the next one
    assert cohesive_groups(9, [*tight, 0, 4, 64, 0, 8, 90]) == [list(range(9))]
