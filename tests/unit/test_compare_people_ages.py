"""Ages belong to people (issue 11: on tests/gold_new56, a study set, the suspect's age, a child victim's and a woman
victim's ended in one claim "Age: 50 · 52 · 9" marked disagree). An age's person is a name or a role ("the suspect, a
50-year-old", "der 49-jährige Täter", "la víctima, de 45 años": data/age_roles.yaml); two ages disagree only when they
are one person's or one role's, and an age of someone a sentence brings in unnamed ("a nine-year-old", "un homme de
50 ans") is weighed against no other. The sentences are invented."""

from __future__ import annotations

from tests.compare_helpers import compared, holding, one_holding, read


def _ages(text: str, language: str | None = None) -> list[tuple[float, str | None]]:
    return [(f.low, f.subject) for f in read(text, language=language) if f.measure == "age"]


def test_a_role_noun_tells_whose_an_age_is_in_several_languages():
    from briefing_tui.compare.age_roles import age_role

    assert _ages("Police said the suspect, a 47-year-old, was arrested near the square.") == [(47, "suspect")]
    assert _ages("Police said the 47-year-old driver was arrested near the square.") == [(47, "driver")]
    assert age_role("Die Polizei nahm den ", "-jährigen Täter fest") == "suspect"
    assert age_role("Según la policía, la víctima, de ", " años, murió") == "victim"
    assert age_role("Selon le parquet, l'auteur, âgé de ", " ans, a été") == "suspect"
    assert age_role("Police said a ", "-year-old woman was hurt") is None  # (a woman: no role)
    assert age_role("the gunman shot a ", "-year-old boy") is None  # (the gunman shot someone else)
    assert _ages("Die Staatsanwaltschaft sagte, der Täter, 46, habe gestanden.", "de") == [(46, "suspect")]
    assert _ages("La policía dijo que el conductor, de 47 años, huyó.", "es") == [(47, "driver")]
    assert _ages("Police said the suspect, 47, fled on foot.") == [(47, "suspect")]
    assert _ages("The driver, 3 hours late, reached the square.") == []


def test_two_people_s_ages_are_never_one_claim():
    claims = compared(
        "Police said the suspect, a 47-year-old, drove the van into the crowd at the harbour festival on Friday.",
        "A seven-year-old girl was among those killed at the harbour festival, police said on Friday.",
        "La policía informó que el sospechoso, de 47 años, condujo la furgoneta contra la multitud en el puerto.")
    assert not [c for c in claims if c.verdict == "disagree" and c.measure and "age" in c.measure.split()]
    suspect = one_holding(claims, "the suspect, a 47-year-old", "el sospechoso, de 47 años")
    assert suspect.verdict == "agree"
    assert not holding(claims, "seven-year-old", "47-year-old")


def test_one_role_s_two_ages_disagree():
    claims = compared(
        "Prosecutors said the suspect, a 47-year-old, drove the van into the crowd at the harbour festival.",
        "Die Staatsanwaltschaft sagte, der Täter, 46, habe den Lieferwagen in die Menge am Hafen gesteuert.")
    claim = one_holding(claims, "the suspect, a 47-year-old", "der Täter, 46")
    assert claim.verdict == "disagree"


def test_one_named_person_s_two_ages_disagree_and_a_stranger_s_age_stays_apart():
    claims = compared(
        "The court heard that Marta Kovalenko, 50, had run the fund for a decade before the collapse.",
        "Kovalenko, 49, denied every charge as a 50-year-old man wept in the public gallery.")
    claim = one_holding(claims, "Marta Kovalenko, 50", "Kovalenko, 49")
    assert claim.verdict == "disagree"
    assert not holding(claims, "Marta Kovalenko, 50", "a 50-year-old man")
