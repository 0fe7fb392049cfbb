"""Shares of a contest (issue 11): whose share a percentage is when one sentence gives several
(compare/share_owners.py), an exit poll's shares apart from the count, and two names given shares in one sentence
never one subject (compare/contest_shares.py). Constructed sentences."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding, read


def owners(text: str, language: str | None = None) -> list[tuple[float, str | None]]:
    return [(f.low, f.subject) for f in read(text, language=language) if f.kind == "percent"]


def test_a_possessive_owns_the_share_after_it_and_not_the_one_before():
    assert owners("With every ballot counted, Okafor got 52.3% to Brandt's 44.1%.") == [
        (52.3, "Okafor"), (44.1, "Brandt")]


def test_a_share_for_a_name_after_it_in_several_languages():
    assert owners("Selon le sondage, Martin obtient 46 % contre 38 % pour Dubois.", "fr")[1] == (38, "Dubois")
    assert owners("Die Umfrage sieht Weber bei 41 Prozent, 35 Prozent für Schulz.", "de")[1] == (35, "Schulz")


def test_the_person_before_of_the_party_owns_the_share():
    assert owners("Okafor won 52.3% and his rival Anna Brandt of the centrist Civic Union Party took 44.1%.") == [
        (52.3, "Okafor"), (44.1, "Anna Brandt")]
    assert owners("Sa rivale, Claire Dubois du Parti des travailleurs (PT), a pour sa part obtenu 38,5 % des voix.",
                  "fr") == [(38.5, "Claire Dubois")]


def test_the_person_heading_a_phrase_with_a_running_mate_and_a_party_owns_the_votes_and_their_share():
    # (not the party named after "of": it is the candidates' affiliation; the share restating the count is theirs too)
    found = read("Okafor (奥卡福) and his running mate Tom Reyes (雷耶斯) of the opposition Civica received 4,671,021 "
                 "votes, or 33.49 percent, while Brandt came second.")
    assert [(f.text, f.measure, f.subject) for f in found] == [
        ("4,671,021 votes", "votes", "Okafor"), ("33.49 percent", "votes", "Okafor")]
    assert [(f.low, f.subject) for f in read("Anna Brandt of the centrist Civica received 1,250 votes.")] == [
        (1250, "Anna Brandt")]


def test_a_share_restating_a_count_in_apposition_takes_the_counts_subject():
    assert [(f.text, f.subject) for f in read("Kim came second with 3,690,466 votes, or 26.46 percent.")] == [
        ("3,690,466 votes", "Kim"), ("26.46 percent", "Kim")]
    assert [(f.text, f.subject) for f in read("Lee received 17,287,513 votes (49.42%), while Kim got 41.15 percent.")] \
        == [("17,287,513 votes", "Lee"), ("49.42%", "Lee"), ("41.15 percent", "Kim")]


def test_the_name_in_apposition_before_with():
    assert owners("Selon les résultats, Martin a battu la candidate du Parti vert, Claire Dubois, avec 38,5 %.",
                  "fr") == [(38.5, "Claire Dubois")]
    assert owners("Okafor finished ahead of the Labour candidate, Tom Reyes, who came third with 6.2%.") == [
        (6.2, "Tom Reyes")]


def test_the_subject_of_the_winning_verb_far_before_the_share():
    assert owners("Okafor emerged as the clear winner of the long and bitter mayoral race receiving 52.3 percent of "
                  "the votes.") == [(52.3, "Okafor")]
    # the subject of a relative clause, not of the sentence
    assert owners("Okafor beat every earlier mayor including the late Mayor Ruth Hale, who received 48.2 percent "
                  "of the votes.") == [(48.2, "Mayor Ruth Hale")]


def test_an_exit_poll_is_not_the_count_and_does_not_contradict_it():
    sources = [
        article("night", "2025-03-02", "Exit polls published by three broadcasters put Okafor at 55.1% of the vote."),
        article("morning", "2025-03-03", "With all votes counted, Okafor won 52.3% of the vote, the election "
                                         "commission said."),
        article("wire", "2025-03-03", "Okafor received 52.3% of the vote in the final count."),
    ]
    claims = compare(sources)
    assert holding(claims, "55.1%", "52.3%") == []
    counted = holding(claims, "With all votes counted", "in the final count")
    assert [c.verdict for c in counted] == ["agree"]


def test_a_projection_holds_for_the_next_sentences_of_its_paragraph_until_the_count():
    sources = [
        article("nacht", "2025-03-02", "Die Hochrechnung sieht die Union bei 31 Prozent der Stimmen. Die Grünen "
                                       "folgen mit 17 Prozent der Stimmen.\n\nNach Auszählung aller Stimmen kommen "
                                       "die Grünen auf 15,2 Prozent der Stimmen."),
        article("daily", "2025-03-03", "The Greens won 15.2% of the vote in the final count."),
    ]
    claims = compare(sources)
    assert holding(claims, "17 Prozent", "15.2%") == []
    assert [c.verdict for c in holding(claims, "15,2 Prozent", "15.2%")] == ["agree"]


def marked(claims, sources) -> list[set[tuple[str, str]]]:
    """Each claim's figures as (source, text) pairs, read from its statements' marks."""
    raw = {s.id: s.raw for s in sources}
    return [{(st.source, raw[st.source][a:b]) for st in c.statements for a, b, kind in st.marks if kind != "cue"}
            for c in claims]


def test_two_names_a_sentence_gives_shares_are_never_one_subject():
    # "... go to Brandt, Okafor will win" reads like a place within a place ("Bangkok, Thailand")
    sources = [
        article("a", "2025-03-03", "Even if all uncounted votes go to Brandt, Okafor will win. Okafor won 52.3% and "
                                   "Brandt took 44.1%."),
        article("b", "2025-03-03", "Okafor got 52.5% of the vote to Brandt's 44.1%."),
        article("c", "2025-03-03", "Okafor received 52.4% of the vote."),
    ]
    groups = marked(compare(sources), sources)
    okafor = [g for g in groups if ("a", "52.3%") in g]
    brandt = [g for g in groups if ("a", "44.1%") in g]
    assert okafor and all(("a", "44.1%") not in g and ("b", "44.1%") not in g for g in okafor)
    assert any(("b", "44.1%") in g for g in brandt)



def test_the_poll_that_tells_a_share_owns_none():
    assert owners("Laut Hochrechnung kommt sie auf 31 Prozent der Stimmen.", "de") == [(31, None)]


def test_a_winner_beat_a_loser_by_one_share_to_another():
    assert owners("Okafor narrowly defeated Brandt by 50.3 percent to 49.7 percent.") == [
        (50.3, "Okafor"), (49.7, "Brandt")]


def test_a_topic_set_before_the_clause_owns_its_share():
    assert owners("As for Reyes, the youngest of the candidates, he won only about 7% of the vote.") == [(7, "Reyes")]


def test_a_share_of_voters_is_a_vote_share_in_other_languages():
    shares = [(f.low, f.measure) for t, language in (
        ("Quant à Paul Reyes, le plus jeune des candidats, il n’a convaincu qu’environ 7 % des électeurs.", "fr"),
        ("Am Ende überzeugte er nur 7 Prozent der Wähler.", "de"),
        ("Al final convenció solo al 7 % de los electores.", "es"))
        for f in read(t, language=language) if f.kind == "percent"]
    assert shares == [(7, "votes")] * 3


def test_a_share_of_the_voters_backing_a_name_after_it_is_that_names():
    assert owners("With 95% counted, 57.2% of the voters supported Okafor and 42.8% backed Anna Brandt.") == [
        (95, None), (57.2, "Okafor"), (42.8, "Anna Brandt")]


def test_a_winner_ahead_of_a_rival_with_a_share_against_another_in_french():
    assert owners("M. Martin devance largement Mme Dubois, avec 58% des voix contre 42%.", "fr") == [
        (58, None), (42, "Mme Dubois")]


def test_the_rival_named_after_against_does_not_own_the_share_after_by():
    assert owners("Ruiz se proclamó vencedora en la segunda vuelta contra el exministro Pablo Soto por 57,3% de los "
                  "votos contra un 42,7%.", "es") == [(57.3, None), (42.7, None)]
    assert owners("Ruiz won the run-off against Pablo Soto by 57% to 43%.")[0] == (57, "Ruiz")
