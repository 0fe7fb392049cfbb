"""What is shown as a disagreement must be one (issue 11: the precision of what a reader sees flagged).

Each mechanism with constructed sentences: words that look like a dispute but tell something else (an
addition, an act, a choice, an opinion of the event), and figures of one statement paired with figures of
another that are not their counterparts."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.stance import find_cues
from tests.compare_helpers import article, holding, read


def _cues(text: str) -> list[tuple[str, bool]]:
    return [(c.text, c.strong) for c in find_cues(text)]


def test_a_negation_that_adds_is_no_cue() -> None:
    # "not only X but Y", "not just X": X is asserted, with more besides
    assert _cues("The ruling party recorded not only its worst result in decades but also its largest loss.") == []
    assert _cues("It is not just the mayor who is blamed: it is the whole council.") == []
    assert _cues("The mayor did not merely resign; she left the party.") == []
    # a plain negation still is one
    assert _cues("The mayor did not resign.") == [("not", False)]


def test_a_contracted_negation_is_a_negation() -> None:
    assert _cues("We didn’t do well enough in this campaign.") == [("n’t", False)]
    assert _cues("The bridge wasn't closed.") == [("n't", False)]


def test_a_verb_of_rejecting_told_of_an_act_is_no_cue() -> None:
    # the passive without an agent, an indefinite object: an act the story tells, not a statement disputed
    assert _cues("Many similar suits against the firm have been dismissed over the years.") == []
    assert _cues("The startup previously rejected a $12 billion offer from the group.") == []
    assert _cues("His request was denied.") == []
    # a definite statement disputed, or a dispute with its agent, still is one
    assert _cues("The ministry dismissed the report.") == [("dismissed", True)]
    assert _cues("The claim was rejected by the ministry.") == [("rejected", True)]


def test_a_choice_between_acts_is_no_reframing() -> None:
    assert _cues("The prosecutors asked the judges to enforce the ban at once rather than wait for the appeal.") == []
    assert _cues("It is a partnership rather than a takeover.") == [("rather than", True)]
    assert _cues("They chose to build instead of repairing the old bridge.") == []


THE_PARTY_SAID = "“Today’s decision is wrong and only serves to set back road safety across the industry,” the company said."
THE_OUTLET_SAID = ("The decision opens the door to other costly lawsuits and strikes a blow to the company’s reputation "
                   "for road safety.")


def test_an_opinion_of_the_event_disputes_no_other_statement() -> None:
    # "the decision is wrong" judges the decision (its subject); a source telling what the decision does is not
    # disputed by it, nor by the rest of the sentence after the predicate ("and only serves to ...")
    claims = compare([article("alpha", "2025-08-02", f"{THE_PARTY_SAID} The trial lasted three weeks."),
                      article("beta", "2025-08-02", f"{THE_OUTLET_SAID} Jurors deliberated for two days.")])
    assert [c.verdict for c in holding(claims, "decision")] == ["single", "single"]


def test_figures_paired_crosswise_are_no_conflict() -> None:
    # both give the same span of years: 2004 against 2016 is two ends of one span, not a conflict
    a = ("The council members were found guilty of diverting public funds meant for assistants to pay party staff "
         "from 2004 to 2016.")
    b = "The council members are accused of diverting public funds meant for assistants in the period from 2004 to 2016."
    claims = compare([article("alpha", "2025-03-31", a), article("beta", "2025-03-31", b)])
    held = holding(claims, "2004 to 2016")
    assert held and all(c.verdict == "agree" for c in held)
    # a span that ends elsewhere still conflicts, on its end only
    a = "The council members diverted public funds meant for assistants to pay party staff from 2004 to 2016."
    b = "The council members diverted public funds meant for assistants to pay party staff from 2004 to 2014."
    claims = compare([article("alpha", "2025-03-31", a), article("beta", "2025-03-31", b)])
    held = holding(claims, "from 2004 to")
    assert [c.verdict for c in held] == ["disagree"]
    assert "alpha '2016' = 2016 and beta '2014' = 2014: different" in held[0].evidence
    assert "beta '2014' = 2014: different" not in held[0].evidence.replace("alpha '2016' = 2016 and beta '2014'", "")



def test_a_contrast_denies_only_what_follows_it_and_never_a_mere_possibility() -> None:
    # "rather than the potential life term": what was only possible is asserted by nobody, so a source telling the
    # same escape ("avoiding the potential life sentences") is not disputed by it
    a = ("The two convictions each carry a maximum of 10 years, leaving the singer facing up to 20 years in prison "
         "rather than the potential life term tied to the charges he defeated.")
    b = ("While avoiding the potential life sentences tied to the top charges, the singer now faces possible prison "
         "time on the convictions.")
    claims = compare([article("alpha", "2025-07-02", a), article("beta", "2025-07-02", b)])
    assert "disagree" not in [c.verdict for c in holding(claims, "potential life")]


def test_the_term_of_each_charge_is_not_the_sum_of_the_terms() -> None:
    # "each carry a maximum of 10 years" and "10 years for each of the two counts" tell the most one charge carries:
    # another measure than the 20 years both charges carry together
    a = "The two convictions each carry a maximum sentence of 10 years, the court said."
    b = "He now faces a maximum of 20 years in prison, 10 years for each of the two counts."
    claims = compare([article("alpha", "2025-07-02", a), article("beta", "2025-07-02", b)])
    assert "disagree" not in [c.verdict for c in claims]
    assert [(f.text, f.measure) for f in read(a + " " + b) if f.kind == "period"] == [
        ("10 years", "maximum sentence per charge"), ("20 years", "maximum sentence"),
        ("10 years", "maximum sentence per charge")]


def test_figures_told_alike_with_a_qualifier_are_counterparts() -> None:
    # both statements give the same loose sums: "unos 80 millones" against "cerca de 54 millones" pairs the price
    # with the sale, crosswise; each has its twin told alike ("about" both times) in the other
    a = ("El viejo almacén del puerto, una antigua fábrica de la ciudad, había costado al ayuntamiento unos 80 "
         "millones de euros pero luego fue vendido por 46 millones de libras (unos 54 millones de euros).")
    b = ("El viejo almacén del puerto, una antigua fábrica de la ciudad, había costado al ayuntamiento cerca de 80 "
         "millones de euros pero luego fue vendido por 46 millones de libras (cerca de 54 millones de euros).")
    claims = compare([article("alpha", "2025-03-31", a), article("beta", "2025-03-31", b)])
    held = holding(claims, "viejo almacén")
    assert held and all(c.verdict == "agree" for c in held)
    # a sale told at another sum still conflicts
    b = ("El viejo almacén del puerto, una antigua fábrica de la ciudad, había costado al ayuntamiento cerca de 80 "
         "millones de euros pero luego fue vendido por 26 millones de libras (cerca de 31 millones de euros).")
    claims = compare([article("alpha", "2025-03-31", a), article("beta", "2025-03-31", b)])
    assert "disagree" in [c.verdict for c in holding(claims, "viejo almacén")]
