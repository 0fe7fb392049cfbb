"""People counted as they vote are the voters, the votes cast (issue 11: on tests/gold_new47, a study set, "Romanians
participated in the vote", "ciudadanos rumanos emitieron su voto", "romeni che hanno partecipato al voto" and a count
in brackets after the turnout were "people", "attendance" or their own noun, never weighed against "11.64 million
voters"). A count whose people did something else, or voted for someone, keeps its measure. The sentences are
invented."""

from __future__ import annotations

from tests.compare_helpers import compared, one_holding, read


def _measure(text: str, written: str) -> tuple[str | None, str | None]:
    from briefing_tui.compare.people_measures import people_measures
    from briefing_tui.compare.voter_counts import voter_counts

    f = next(f for f in voter_counts(people_measures(read(text), text, 0), text, 0) if f.text.endswith(written))
    return f.measure, f.subject


def test_people_who_took_part_in_a_vote_are_its_votes_in_several_languages():
    assert _measure("Some 4.2 million people took part in the vote on Sunday, officials said.",
                    "4.2 million people") == ("votes", None)
    assert _measure("Unos 4,2 millones de ciudadanos emitieron su voto el domingo por la tarde.",
                    "4,2 millones de ciudadanos") == ("votes", None)
    assert _measure("Erano 4.200.000 cittadini che hanno partecipato al voto nella giornata di domenica.",
                    "4.200.000 cittadini") == ("votes", None)
    assert _measure("Près de 4,2 millions de personnes se sont rendues aux urnes dimanche.",
                    "4,2 millions de personnes") == ("votes", None)
    assert _measure("Rund 4,2 Millionen Menschen gaben am Sonntag ihre Stimme ab.",
                    "4,2 Millionen Menschen") == ("votes", None)


def test_a_nationality_that_voted_is_the_electorate_not_a_subject():
    assert _measure("More than 4.2 million Romanians participated in the vote, a record turnout.",
                    "4.2 million Romanians") == ("votes", None)
    assert _measure("Hanno votato 4.200.000 romeni che hanno partecipato al voto ieri.", "4.200.000 romeni") == (
        "votes", None)


def test_a_count_in_brackets_after_the_turnout_is_the_voters():
    assert _measure("La participación alcanzó el 61,3% (más de 4,2 millones de personas) al cierre.",
                    "4,2 millones de personas")[0] == "votes"
    assert _measure("Turnout reached 61.3% (4.2 million people), the highest in decades.", "4.2 million people")[0] \
        == "votes"
    # (a bracket after another share is not a turnout's)
    assert _measure("The party won 31.3% (4.2 million people) in the capital.", "4.2 million people")[0] != "votes"


def test_people_who_voted_for_someone_or_did_something_else_keep_their_measure():
    assert _measure("About 4.2 million people voted for the opposition on Sunday.", "4.2 million people")[0] != "votes"
    assert _measure("Unos 4.200 ciudadanos murieron en la riada.", "4.200 ciudadanos")[0] == "dead"
    assert _measure("About 4,200 people marched through the capital on Sunday.", "4,200 people")[0] != "votes"


def test_people_taken_out_of_a_danger_zone_in_portuguese_are_the_displaced():
    # (read as any figure is, before the voters: data/measure_words.yaml's predicates)
    assert [f.measure for f in read("Mais de 52.000 pessoas foram retiradas das aldeias do litoral durante a noite.")
            ] == ["displaced"]
    assert [f.measure for f in read("Más de 52.000 personas fueron retiradas de los pueblos costeros.")] \
        == ["displaced"]


def test_voters_told_as_people_in_two_languages_are_one_claim_that_disagrees():
    claims = compared("Official figures showed 4.26 million voters in the second round, a record.",
                      "Unos 4,9 millones de ciudadanos emitieron su voto en la segunda vuelta, según la autoridad.")
    claim = one_holding(claims, "4.26 million voters", "4,9 millones de ciudadanos")
    assert claim.verdict == "disagree"
