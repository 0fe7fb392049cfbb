"""Counts of one thing by counters of different kinds are different claims (issue 11): the CGT's count of France's
marchers and the Interior Ministry's, given by four outlets in English and French (sentences of the study gold
tests/gold_new24, France's strike of 7 March 2023), are two claims, each titled with whose count it is; a bare count
by a counter ("3,5 millions selon le syndicat CGT", "they were 1.8 million") counts what the counts by counters
before it count."""

from __future__ import annotations

from briefing_tui.compare.claims import build_claims
from tests.compare_helpers import article, holding


MINISTRY_01 = ("An estimated 1.28 million people have participated in a nationwide strike against the pension plans, "
               "the interior ministry said.")
CGT_01 = "The hard-left CGT union put the number of protesters at 3.5 million."
BOTH_04 = ("La sixième journée de mobilisation contre la réforme des retraites en France a réuni mardi 1,28 million de "
           "manifestants selon un comptage réalisé par le ministère de l'Intérieur et 3,5 millions selon le syndicat "
           "CGT, soit davantage que le record.")
CGT_05 = "3,5 millions de manifestants ont battu le pavé à travers la France, selon la CGT."
MINISTRY_03 = ("3.5 million demonstrators walked the cobblestones throughout France according to figures from the CGT. "
               "According to the Ministry of the Interior, they were 1.8 million, as reported by our colleagues.")


def _strike_claims():
    return build_claims([article("o1", "2023-03-07", f"{MINISTRY_01} {CGT_01}"),
                         article("o3", "2023-03-07", MINISTRY_03),
                         article("o4", "2023-03-07", BOTH_04),
                         article("o5", "2023-03-07", CGT_05)])


def test_the_unions_count_is_one_claim_apart_from_the_ministrys():
    cgt = holding(_strike_claims(), "CGT union put the number", "according to figures from the CGT",
                  "selon le syndicat CGT", "selon la CGT")
    assert [(c.topic, c.verdict) for c in cgt if c.measure] == [("Attendance (CGT's count): 3.5 million", "agree")]


def test_the_ministrys_counts_are_one_claim_that_disagrees():
    ministry = holding(_strike_claims(), "the interior ministry said", "they were 1.8 million",
                       "selon un comptage réalisé par le ministère")
    assert [(c.topic, c.verdict) for c in ministry] == [
        ("Attendance (overall, authorities' count): about 1.28 million · 1.8 million", "disagree")]


def test_a_short_sentence_giving_the_polices_count_is_a_statement_of_it():
    claims = build_claims([
        article("o2", "2023-03-07", "The unions point out that 700,000 people marched in Paris, more than at any time "
                "since the start of the protests. The police, however, assure that there were 81,000."),
        article("o4", "2023-03-07", "Dans la capitale, les chiffrages font le grand écart entre 700.000 selon la CGT et "
                "81.000 pour la préfecture."),
        article("o5", "2023-03-07", "Selon la préfecture de police, 81 000 manifestants ont défilé dans les rues de "
                "Paris.")])
    police = holding(claims, "there were 81,000", "81.000 pour la préfecture", "Selon la préfecture de police")
    assert [(c.topic, c.verdict) for c in police] == [("Paris' attendance (authorities' count): 81,000", "agree")]


def test_a_counts_counter_is_in_its_json_record():
    from briefing_tui.commands.diff import figure_record

    claims = _strike_claims()
    records = [figure_record(f) for c in holding(claims, "selon la CGT") if c.measure
               for s in c.statements if s.source == "o5" for f in s.figures]
    assert [(r["text"], r["counter"], r["counter_kind"]) for r in records] == [
        ("3,5 millions de manifestants", "CGT", "organisers")]
