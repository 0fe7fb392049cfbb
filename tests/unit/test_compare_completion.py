"""Issue 11: claim completion (compare/completion.py). A source's figure read with no measure (or a generic one)
joins the claim by measure it gives the value of; a count of another noun, a figure that fits two claims alike and
(by default) a figure giving another value stay out. Constructed sentences; each test fails on the code before
(the first through the comparison, the others through the module, which it lacks)."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.measured import measured_groups
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from tests.compare_helpers import article, holding

PUBLISHED = "2024-09-22"

# Sentences of no claim, so that the words the statements share are rare ones (idf), as in a real article.
FILLER = (
    "Power lines were cut across the region. Schools stayed closed for the week. The governor cancelled a trip "
    "abroad. Farmers counted losses in flooded orchards. A charity opened a shelter in a church hall. Trains ran "
    "late on the coastal line. Shops sold out of candles.",
    "Insurers expect heavy claims from shop owners. The army sent boats and lorries. Bridges were inspected by "
    "engineers overnight. A football match was postponed. Volunteers handed out blankets and food. Weather "
    "forecasters warned of more rain. Tourists left by ferry.",
    "Mobile networks failed for hours. The main road to the capital reopened on Friday. Neighbouring countries "
    "offered helicopters. Hospitals asked for blood donors. Prices of bottled water rose sharply. A mourning day "
    "was declared for Sunday. Pupils sat exams elsewhere.",
)


def _sources(*bodies: str):
    return [article(f"o{k}", PUBLISHED, body) for k, body in enumerate(bodies, 1)]


def _completed(*bodies: str, differing: bool | None = None):
    """The claims by measure of the articles, completed; and the units."""
    from briefing_tui.compare.completion import complete_claims

    sources = _sources(*bodies)
    table = default_rate_table()
    published = {s.id: s.published for s in sources}
    units = build_units(sources, [], [], table)
    groups = measured_groups(units, published, table, frozenset())
    return complete_claims(groups, units, published, table, frozenset(), differing=differing)


def _members(groups, measure: str) -> list[tuple[str, str]]:
    return [(m.unit.source.id, m.figure.text) for g in groups if g.measure == measure for m in g.members]


def test_a_share_read_with_no_measure_completes_the_claim_it_gives_the_value_of():
    sources = _sources(
        "Turnout was around 75 per cent, the election commission said on Sunday. Some 17.1 million eligible "
        "voters were registered for the poll.",
        "Election officials said voters turned out in large numbers, with turnout at around 75 per cent. The "
        "island has 17.1 million eligible voters.",
        "Around 76% of the island's 17.1 million eligible voters cast ballots in Saturday's poll.")
    claims = compare(sources)
    found = [c for c in holding(claims, "Turnout was around 75", "turnout at around 75", "Around 76% of")
             if c.measure == "turnout"]
    assert len(found) == 1, [(c.topic, c.measure) for c in claims]
    assert found[0].verdict == "agree"
    assert "76%" in found[0].topic
    moved = next(s for s in found[0].statements if s.source == "o3")
    raw = sources[2].raw
    assert raw[moved.start:moved.end] == moved.text  # (provenance: its source's own offsets)
    assert [f.text for f in moved.figures if f.kind == "percent"] == ["Around 76%"]


def test_a_count_of_another_noun_giving_the_value_stays_out():
    groups = _completed(
        "At least 40 people were killed when the Norbury dam burst above the valley town on Monday.",
        "The Norbury dam burst killed at least 40 people in the valley town, officials said.",
        "Engineers said 40 pylons fell in the valley town when the Norbury dam burst.")
    assert _members(groups, "dead") == [("o1", "At least 40 people"), ("o2", "at least 40 people")]


def test_a_figure_giving_another_value_joins_only_when_the_differing_route_is_on():
    bodies = ("At least 40 people were killed when the Norbury dam burst above the valley town on Monday. " + FILLER[0],
              "The Norbury dam burst killed at least 40 people in the valley town, officials said. " + FILLER[1],
              "The valley town mourned 52 people on Thursday, all of them killed when the Norbury dam burst. "
              + FILLER[2])
    assert ("o3", "52 people") not in _members(_completed(*bodies), "dead")
    assert ("o3", "52 people") in _members(_completed(*bodies, differing=True), "dead")
    # (and weighed under the claim's measure: the claim's verdict takes it)
    group = next(g for g in _completed(*bodies, differing=True) if g.measure == "dead")
    assert [m.figure.measure for m in group.members] == ["dead", "dead", "dead"]


def test_a_figure_that_fits_two_claims_alike_joins_neither():
    from briefing_tui.compare.completion import _Fit, _close

    one = _Fit(same_measure=False, same_kind=True, same_value=True, names_measure=False, shared=2, weight=4.0,
               distinctive=2)
    assert _close(one, _Fit(False, True, True, False, 2, 3.5, 2))  # (within the margin: unsafe)
    assert not _close(one, _Fit(False, True, True, False, 1, 1.0, 0))
    assert not _close(_Fit(True, True, True, True, 0, 0.0, 0), one)  # (the claim's own measure wins)


def test_completion_is_deterministic():
    bodies = ("Turnout was around 75 per cent, the election commission said on Sunday. Some 17.1 million eligible "
              "voters were registered for the poll.",
              "Election officials said voters turned out in large numbers, with turnout at around 75 per cent.",
              "Around 76% of the island's 17.1 million eligible voters cast ballots in Saturday's poll.")
    first = [(g.measure, _members([g], g.measure)) for g in _completed(*bodies)]
    assert first == [(g.measure, _members([g], g.measure)) for g in _completed(*bodies)]
    assert ("o3", "Around 76%") in _members(_completed(*bodies), "turnout")


def test_a_second_statement_of_a_source_giving_its_value_again_joins_the_claim():
    # o3 tells the toll twice: its second figure ("40 people", read with no measure) gives the value its first
    # one gives, so it is a second statement of the claim (on the code before, a source the claim held took no
    # figure more); its "12 people" (another value) stays out.
    groups = _completed(
        "At least 40 people were killed when the Norbury dam burst above the valley town on Monday. " + FILLER[0],
        "The Norbury dam burst killed at least 40 people in the valley town, officials said. " + FILLER[1],
        "At least 40 people were killed when the Norbury dam burst on Monday. The valley town mourned 40 people on "
        "Thursday at the Norbury dam. The valley town housed 12 people near the Norbury dam on Thursday. " + FILLER[2])
    assert _members(groups, "dead") == [("o1", "At least 40 people"), ("o2", "at least 40 people"),
                                        ("o3", "At least 40 people"), ("o3", "40 people")]


def test_a_second_statement_naming_another_kind_of_the_measure_joins_when_it_restates_the_value():
    # o3's "proposes a €500 billion fund" (a planned fund: another kind of the measure) gives the value of its own
    # "approved a €500 billion fund": the same fund told twice (on the code before, it stayed out).
    groups = _completed(
        "The Bundestag approved a €500 billion fund for roads and railways on Tuesday. " + FILLER[0],
        "Lawmakers approved a €500 billion fund for roads and railways, officials said. " + FILLER[1],
        "The Bundestag approved a €500 billion fund for roads on Tuesday. The package proposes a €500 billion fund "
        "dedicated to railways over the next 12 years. " + FILLER[2])
    assert sorted(_members(groups, "fund")) == [("o1", "€500 billion"), ("o2", "€500 billion"),
                                                ("o3", "€500 billion"), ("o3", "€500 billion")]


def test_a_bound_is_no_second_statement_of_a_sources_value():
    # "asking for more than $100 million" states no value: it stays out of the settlement o3 gives as $102 million.
    groups = _completed(
        "A $101,980,000 settlement has been reached with the shipowner over the bridge, the city said. " + FILLER[0],
        "The city reached a $101,980,000 settlement with the shipowner over the bridge. " + FILLER[1],
        "A $102 million settlement with the shipowner over the bridge was reached. The city had been asking for more "
        "than $100 million from the shipowner over the bridge. " + FILLER[2])
    assert _members(groups, "compensation") == [("o1", "$101,980,000"), ("o2", "$101,980,000"),
                                                ("o3", "$102 million")]


def test_a_second_statement_in_another_currency_restates_the_sources_sum():
    # o3 gives its sum again in euros in its sentence (its own conversion, at its own rate): a second statement of
    # the sale, in a claim of dollars (a guard: the restatement rule keeps it).
    groups = _completed(
        "Mars agreed to buy the snack maker Kellanova for $35.9 billion in cash on Wednesday. " + FILLER[0],
        "The candy giant Mars will buy the snack maker Kellanova for $35.9 billion in cash. " + FILLER[1],
        "Mars agreed to buy the snack maker Kellanova for $35.9 billion on Wednesday, that is 32.5 billion euros on "
        "the table in cash for the snack maker Kellanova. " + FILLER[2])
    assert _members(groups, "sale") == [("o1", "$35.9 billion"), ("o2", "$35.9 billion"), ("o3", "$35.9 billion"),
                                        ("o3", "32.5 billion euros")]


def test_a_claims_figure_whose_sentence_names_another_measure_restates_its_sources_value_there():
    # o3's "Six workers were missing and feared dead" is in the claim of the missing; its sentence names the dead
    # too, and o3 gives the dead as six: a second statement of that claim as well (on the code before, a figure held
    # by one claim joined no other). ("missing and presumed dead" is a count of the dead: compare/presumed_dead.py)
    groups = _completed(
        "Six workers were killed when the Key bridge collapsed on Tuesday. Six workers were reported missing by the "
        "coast guard at the Key bridge. " + FILLER[0],
        "The Key bridge collapse killed six workers, officials said. Divers searched for six workers missing in the "
        "river near the Key bridge. " + FILLER[1],
        "The Key bridge collapse killed six workers on Tuesday. Six workers were missing and feared dead after the "
        "Key bridge collapse. " + FILLER[2])
    assert _members(groups, "dead") == [("o1", "Six workers"), ("o2", "six workers"), ("o3", "six workers"),
                                        ("o3", "Six workers")]
    assert _members(groups, "missing") == [("o1", "Six workers"), ("o2", "six workers"), ("o3", "Six workers")]


def test_a_sum_in_another_currency_in_another_sentence_is_no_restatement():
    # o3's restitution of 673.8 trillion dong is about $27 billion at the day's rate, but the writer gives it as $29.6
    # billion: another sum than its $27 billion of damages, which it stays apart from.
    groups = _completed(
        "Prosecutors said the total damages caused by the fraud amount to $27 billion, the court heard. " + FILLER[0],
        "The fraud caused total damages of $27 billion, the court heard on Thursday. " + FILLER[1],
        "The total damages caused by the fraud amount to $27 billion, the court heard. She must pay restitution of "
        "673.8 trillion dong ($29.6 billion) for the damages caused by the fraud. " + FILLER[2])
    assert _members(groups, "compensation") == [("o1", "$27 billion"), ("o2", "$27 billion"), ("o3", "$27 billion")]


def test_money_of_two_currencies_is_one_family_of_figures():
    # a claim of dollars and euros ("$35.9 billion", "32,5 milliards d'euros") is completed like one of one currency
    # (on the code before, a money claim of two currencies was never completed: its figures were two families)
    from briefing_tui.compare.completion import _family
    from briefing_tui.model import Figure

    dollars = Figure("money", "$35.9 billion", "o1", 0, 13, 35.9e9, 35.9e9, "USD")
    euros = Figure("money", "32,5 milliards d'euros", "o2", 0, 22, 32.5e9, 32.5e9, "EUR")
    assert _family(dollars) == _family(euros) == ("money", "")
    assert _family(Figure("count", "7 km", "o1", 0, 4, 7.0, 7.0, "km")) == ("count", "km")
