"""Same input, same output, whatever Python's hash seed (Standards: determinism). Invented sentences.

A set of strings iterates in an order that ``PYTHONHASHSEED`` decides per process: whatever the pipeline reports
from one must be put in an explicit order first."""

from __future__ import annotations

from briefing_tui.compare import compare, measured_verdict
from tests.compare_helpers import article


class _HashOrdered(set):
    """A set that iterates against the order its members were read in, as another hash seed may."""

    def __init__(self, members):
        super().__init__(members)
        self._order = list(members)

    def __iter__(self):
        return iter(reversed(self._order))


def _tariff_sources():
    return [
        article("a_herald", None, "Under the new pact, 90% of Valdorian goods will enter Marovia tariff-free."),
        article("b_courier", None, "The pact removes tariffs on 90% of Valdorian goods sold in Marovia."),
        article("c_gazette", None, "Some 55 percent of the Valdorian goods become duty-free at once, duties of 120 "
                "percent on whisky fall to 60 percent, and cars taxed at over 80 percent pay less."),
        article("d_tribune", None, "About 30 percent of the Valdorian goods lose their duties this year, duties of 140 "
                "percent on cheese drop to 70 percent, and wine taxed at 45 percent pays less."),
    ]


def test_sources_left_unweighed_are_listed_in_reading_order_not_the_sets_hash_order(monkeypatch):
    # two sources each left out of a verdict (several values of the measure): the evidence names them in the
    # order the claim reads its sources, not in the order a set of their names happens to iterate
    original = measured_verdict._best_readings

    def left_out(firsts, *args, **kwargs):
        original(firsts, *args, **kwargs)
        chosen = [s for s in ("c_gazette", "d_tribune") if s in firsts]  # (iterated d, c: another seed)
        return _HashOrdered(chosen) if len(chosen) == 2 else set()

    monkeypatch.setattr(measured_verdict, "_best_readings", left_out)
    left = [[line.split(" '")[0] for line in c.evidence.split("; ") if "not weighed (the source gives several" in line]
            for c in compare(_tariff_sources())]
    assert ["c_gazette", "d_tribune"] in left
