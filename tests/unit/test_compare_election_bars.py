"""An election's rule bars, count progress and candidates' ages as first-round stories write them (issue 11): a share
the rule requires is the threshold, in English and Spanish, and the other bar after "or"; a share after a verb of
counting is the count's progress; a sentence giving the count's progress gives counted shares whatever poll it
names; a lone surname's bracketed age, a Spanish age closed by "y". Sentences made up for the tests."""

from __future__ import annotations

import pytest

from briefing_tui.compare import compare
from tests.compare_helpers import article, read


def shares(text: str, language: str | None = None) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text, language=language) if f.kind == "percent"]


@pytest.mark.parametrize(("text", "language", "bars"), [
    ("Neither candidate won the required 50% of votes or 40% with a 10-point lead.", None, 2),
    ("Candidates needed to surpass 50 percent to avoid a runoff.", None, 1),
    ("Para ganar en primera vuelta, un candidato debe lograr más del 50 % de los votos.", "es", 1),
])
def test_a_share_the_rule_requires_is_the_threshold(text, language, bars):
    assert [m for _, m in shares(text, language)][:bars] == ["threshold"] * bars


def test_a_share_after_a_verb_of_counting_is_the_counts_progress():
    assert shares("Lopez won 32% of valid votes, the commission said after counting 100% of ballots.") == [
        ("32%", "votes"), ("100%", "share counted")]
    assert shares("Authorities spoke on Sunday after counting about 90 percent of the votes.")[0][1] == "share counted"


def test_the_threshold_and_the_counts_progress_are_no_candidates_share():
    claims = compare([
        article("alpha", "2025-08-18", "Lopez received 32.8 percent of the votes cast, authorities said after "
                "counting about 90 percent of the votes. Candidates needed to surpass 50 percent to avoid a runoff."),
        article("beta", "2025-08-21", "Lopez won Sunday's first round with 32% of valid votes, the commission said "
                "after counting 100% of ballots. Neither candidate won the required 50% of votes.")])
    # (Lopez's share moves with the count, a developing figure; the bars and the count's progress are not in it)
    values = {f.low for c in claims if c.measure == "votes" for st in c.statements for f in st.figures
              if f.measure == "votes"}
    assert values == {32.8, 32.0}


def test_a_sentence_giving_the_counts_progress_gives_counted_shares():
    claims = compare([
        article("alpha", "2025-08-18", "Lopez, cuyo primer lugar no fue anticipado por las encuestas, alcanza un 32,1% "
                "de los votos con el 92% de las actas electorales computadas."),
        article("beta", "2025-08-18", "Lopez received 32.1 percent of the votes cast in the first round.")])
    (votes,) = [c for c in claims if c.measure and c.measure.endswith("votes")]
    assert votes.measure == "votes" and votes.verdict == "agree"


def test_ages_of_a_lone_surname_in_brackets_and_closed_by_a_conjunction():
    assert [(f.text, f.measure, f.subject) for f in read("Quiroga (65), obtiene un 26,8%, según los datos.",
                                                          language="es") if f.kind == "count"] == [("65", "age", "Quiroga")]
    assert [(f.measure, f.subject) for f in read("Lopez, de 57 años y cuyo primer lugar sorprendió, alcanza un 32%.",
                                                 language="es") if f.measure == "age"] == [("age", "Lopez")]


def test_a_counts_progress_naming_what_was_counted_at_length_or_validated():
    assert shares("In the Republic of Ruritania, over 61% of the protocols of district election commissions have "
                  "been processed.") == [("over 61%", "share counted")]
    assert [m for _, m in shares("Over half of the ballots in Ruritania's regional elections have been counted.")] == [
        "share counted"]
    assert shares("Le Parti de l’unité a obtenu 41,2 % des voix après la validation de 97,3 % des procès-verbaux.",
                  "fr") == [("41,2 %", "votes"), ("97,3 %", "share counted")]


def test_a_count_half_done_does_not_hide_an_early_share_that_differs():
    claims = compare([
        article("alpha", "2025-06-01", "Over half of the ballots in Ruritania's regional elections have been counted. "
                "The Unity Party (UP) received the most support - 41.36% of the votes."),
        article("beta", "2025-06-02", "The Unity Party (UP) received 50.22% of the votes after all ballots were "
                "counted.")])
    (votes,) = [c for c in claims if c.measure == "votes"]
    assert votes.verdict == "disagree"


def test_a_counts_progress_after_based_on_or_an_elided_article():
    # "com base em 80% das urnas apuradas" and "Con l'80% delle schede scrutinate" are how far the count went
    assert shares("Segundo o tribunal, o prefeito venceu com 61,4% dos votos, com base em 85% das urnas apuradas.",
                  "pt") == [("61,4%", "votes"), ("85%", "share counted")]
    assert [m for _, m in shares("Con l’85% delle schede scrutinate il sindaco uscente ha ottenuto il 61,4% dei "
                                  "voti.", "it")] == ["share counted", "votes"]
