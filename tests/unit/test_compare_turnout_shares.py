"""A share of the voters who voted is the turnout in six languages; a share of those who voted for someone is a
share of the votes (issue 11: "turnout" and "participation" are one measure however an outlet says it). Invented
sentences."""

from __future__ import annotations

from tests.compare_helpers import read


def share_measure(text: str, language: str) -> str | None:
    """The measure of the text's first share."""
    return next(f.measure for f in read(text, language=language) if f.kind == "percent")


def test_a_share_of_voters_who_went_to_the_polls_is_the_turnout():
    assert share_measure("61 % des électeurs inscrits se sont rendus aux urnes dimanche.", "fr") == "turnout"
    assert share_measure("El 61% de los electores acudió a las urnas el domingo.", "es") == "turnout"
    assert share_measure("Il 61% degli aventi diritto si è recato alle urne domenica.", "it") == "turnout"
    assert share_measure("Cerca de 61% dos eleitores foram às urnas no domingo.", "pt") == "turnout"
    assert share_measure("Rund 61 Prozent der Wahlberechtigten gaben am Sonntag ihre Stimme ab.", "de") == "turnout"
    assert share_measure("About 61% of registered voters cast ballots on Sunday.", "en") == "turnout"
    # (but those who voted for someone give a share of the votes)
    assert share_measure("El 30% de los votantes votó por el partido del alcalde.", "es") == "votes"
    assert share_measure("30 % des électeurs ont voté pour le parti du maire.", "fr") == "votes"


def test_the_italian_spanish_and_portuguese_words_for_turnout_name_the_turnout():
    assert share_measure("L'affluenza alle comunali di domenica ha raggiunto il 64,2%.", "it") == "turnout"
    assert share_measure("La afluencia a las urnas se situó en un histórico 71%.", "es") == "turnout"
    assert share_measure("A afluência às urnas chegou aos 58,3% no domingo.", "pt") == "turnout"
    # (a stake is no turnout: "partecipazione" is left out)
    assert share_measure("Il fondo ha una partecipazione del 12% nella banca.", "it") != "turnout"


def test_a_share_of_the_electorate_itself_is_the_turnout_with_no_verb():
    assert share_measure("Turnout was 56% of eligible voters, the lowest since 2001.", "en") == "turnout"
    assert share_measure("Only 56% of the electorate voted.", "en") == "turnout"
    assert share_measure("L'affluenza si è fermata al 30,6% degli aventi diritto.", "it") == "turnout"
    assert share_measure("Votaram 62% do eleitorado.", "pt") == "turnout"
    # (not another share's complement across a comma, nor those of them who voted for someone)
    assert share_measure("Labour won 34% of the vote, about 20% of the electorate.", "en") == "votes"
    assert share_measure("About 30% of registered voters voted for the mayor's party.", "en") == "votes"


def test_a_bar_to_pass_is_the_threshold_in_every_language():
    assert share_measure("Le seuil de 5 % n'a pas été atteint.", "fr") == "threshold"
    assert share_measure("El umbral del 5% no fue superado.", "es") == "threshold"
    assert share_measure("La soglia di sbarramento del 4% non è stata superata.", "it") == "threshold"
    assert share_measure("Il partito ha ottenuto il 12% dei votanti.", "it") == "votes"


def test_a_turnout_read_at_an_hour_is_no_disagreement_with_the_final_one():
    from tests.compare_helpers import compared

    claims = compared("Turnout stood at 31.4% by 3 p.m., the electoral office said. Turnout reached 64.2% when polls "
                      "closed, officials said.",
                      "Final turnout was 64.2%, the electoral office said on Monday.",
                      "By noon, turnout was 18.9%, officials said.",
                      "The electoral office said turnout was 31.4% as of 15:00.")
    turnouts = [c for c in claims if c.measure and "turnout" in c.measure]
    assert turnouts and "disagree" not in {c.verdict for c in turnouts}
    # (the reading at 3 p.m. told twice is one claim, apart from the final turnout)
    assert any(len(c.sources) == 2 and "31.4" in c.topic for c in turnouts)
