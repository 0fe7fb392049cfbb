"""A part's figure kept apart from the whole's when one source gives both (issue 11): the articles link a city to its
country ("Tarsk, Veldoria's second-largest city"), but a source that gives the country's toll and the city's, with
different values, shows them as a whole and a part: the city's toll joins other sources' city tolls, never the
country's. Invented sentences and places."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.measured_types import MeasuredStatement
from briefing_tui.compare.part_whole import parted_places, without_parts
from tests.compare_helpers import article, holding


def _sources():
    return [
        article("north", "2031-05-03", "A magnitude 7.1 earthquake struck Veldoria on Friday, killing at least 1,210 "
                                       "people, the government said. Tarsk suffered the heaviest losses, with 512 "
                                       "deaths."),
        article("coast", "2031-05-03", "The quake struck near Tarsk, Veldoria's second-largest city. In Tarsk, 512 "
                                       "people were killed, the city's mayor said."),
        article("wire", "2031-05-04", "The death toll in Veldoria rose to 1,480 on Saturday, officials said."),
        article("daily", "2031-05-04", "Rescuers in Veldoria pulled survivors from the rubble as the number of dead in "
                                       "Veldoria reached 1,395."),
    ]


def test_a_citys_toll_that_one_source_gives_beside_the_countrys_is_the_citys_claim():
    claims = compare(_sources())
    city = holding(claims, "with 512 deaths", "512 people were killed")
    assert city, "the city's two tolls are one claim"
    assert city[0].verdict == "agree"
    assert not any("1,210" in s.text or "1,480" in s.text for s in city[0].statements if "512" not in s.text)
    country = holding(claims, "at least 1,210", "rose to 1,480")
    assert country and not any("512 people were killed" in s.text for s in country[0].statements)


class _Figure:
    def __init__(self, source, subject, low):
        self.source, self.subject, self.low = source, subject, low
        self.kind, self.role, self.measure = "count", "current", "dead"


def _statement(source, subject, low):
    return MeasuredStatement(None, _Figure(source, subject, low))  # (the unit is not read)


def test_a_part_and_its_whole_are_read_from_one_source_with_a_larger_value_for_the_whole_and_the_parts_confirmed():
    links = {"tarsk": frozenset({"veldoria"}), "veldoria": frozenset({"tarsk"})}
    other = _statement("b", "Tarsk", 515)  # (another source's toll of the part, within the tolerance)
    # one source: the country unnamed (the event's main place) and larger; the city named, as another source does
    assert parted_places([_statement("a", None, 1210), _statement("a", "Tarsk", 512), other], links, "Veldoria") == {
        ("Tarsk", "Veldoria")}
    assert parted_places([_statement("a", "Veldoria", 1210), _statement("a", "Tarsk", 512), other], links,
                         "Veldoria") == {("Tarsk", "Veldoria")}
    # no other source gives the part that value: nothing to match it to
    assert parted_places([_statement("a", "Veldoria", 1210), _statement("a", "Tarsk", 512),
                          _statement("b", "Tarsk", 700)], links, "Veldoria") == set()
    # the two in two sources: no whole and part shown
    assert parted_places([_statement("a", "Veldoria", 1210), _statement("b", "Tarsk", 512)], links, "Veldoria") == set()
    # one value for both: one toll under two names
    assert parted_places([_statement("a", "Veldoria", 512), _statement("a", "Tarsk", 512), other], links,
                         "Veldoria") == set()
    # a place given two values in the source (an update, or a part of it) shows nothing
    assert parted_places([_statement("a", "Veldoria", 1210), _statement("a", "Tarsk", 512),
                          _statement("a", "Tarsk", 90), other], links, "Veldoria") == set()
    # a pair another source gives the other way round is a misread place
    assert parted_places([_statement("a", "Veldoria", 1210), _statement("a", "Tarsk", 512), other,
                          _statement("c", "Veldoria", 40), _statement("c", "Tarsk", 300)], links, "Veldoria") == set()
    assert without_parts(links, {("Tarsk", "Veldoria")}) == {"tarsk": frozenset(), "veldoria": frozenset()}
