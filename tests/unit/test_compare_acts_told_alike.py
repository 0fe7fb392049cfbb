"""Issue 11: one act told by several outlets without a figure, with different verbs, tenses, voices and languages,
is one agree-only claim: a defeat conceded in any tense, a ban upheld, an appeal rejected, sanctions imposed, a law
passed, an investigation opened, an oath of office, a release, an appointment. Each checked to fail on main (0134f4a)."""

from __future__ import annotations

from briefing_tui.compare.predicates import predicate_phrases
from briefing_tui.compare.states import states
from tests.compare_helpers import compared, holding
from tests.unit.test_compare_happenings import happenings


def _conceded(text: str) -> list[str]:
    return [text[a:b] for a, b, key, _, _ in states(text) if key == ("conceded", "defeat")]


def test_a_defeat_conceded_in_any_tense_and_language():
    assert _conceded("Voss reconnaît sa défaite face à Marin.") == ["reconnaît sa défaite"]
    assert _conceded("Voss concedió la derrota el miércoles.") == ["concedió la derrota"]
    assert _conceded("Voss ha riconosciuto la sconfitta.") == ["riconosciuto la sconfitta"]
    assert _conceded("Voss erkannte seine Niederlage an.") == ["erkannte seine Niederlage an"]
    assert _conceded("Voss accepted defeat late on Tuesday.") == ["accepted defeat"]
    assert _conceded("Voss conceded to Marin in a short speech.") == ["conceded to Marin"]
    # (conceding a point to someone who is not named is no defeat)
    assert _conceded("Voss conceded to reporters that turnout was low.") == []


def test_court_rulings_sanctions_laws_and_investigations_in_six_languages():
    for text in ("The Supreme Court upheld the ban on Tuesday.", "La cour a confirmé l'interdiction mardi.",
                 "El tribunal confirmó la prohibición.", "Das Gericht bestätigte das Verbot.",
                 "O tribunal manteve a proibição.", "La corte ha confermato il divieto."):
        assert happenings(text) == [("uphold", "ban")], text
    for text in ("The court rejected the appeal.", "La cour a rejeté le recours.", "El tribunal rechazó el recurso.",
                 "Die Berufung wurde abgewiesen."):
        assert happenings(text) == [("reject", "appeal")], text
    assert happenings("Le gouvernement a levé l'interdiction.") == [("lift", "ban")]
    assert happenings("The bloc imposed sanctions on Vestria.") == [("impose", "sanctions")]
    for text in ("The regulator imposed a penalty on the group.", "Die Kommission verhängte eine Strafe.",
                 "La Comisión impuso una multa al grupo."):
        assert happenings(text) == [("impose", "fine")], text
    for text in ("The parliament passed the bill.", "El Congreso aprobó la ley.",
                 "Der Bundestag hat das Gesetz verabschiedet."):
        assert happenings(text) == [("approve", "plan")], text
    assert happenings("La Fiscalía abrió una investigación.") == [("open", "investigation")]
    assert happenings("Prosecutors opened an investigation into the crash.") == [("open", "investigation")]


def test_a_ruling_upheld_in_three_languages_is_one_claim_whatever_each_calls_the_court():
    claims = compared("The Supreme Court upheld the ban on Tuesday, ending a long legal fight for Rivera.",
                      "Le Conseil constitutionnel a confirmé l'interdiction mardi, selon Rivera.",
                      "El Tribunal Supremo confirmó la prohibición el martes.")
    found = holding(claims, "upheld the ban", "confirmé l'interdiction", "confirmó la prohibición")
    assert [(c.measure, c.verdict) for c in found] == [("stated: uphold ban", "agree")]
    # (but each source naming the other's winner: the two wins are two facts)
    claims = compared("Marin won the election, ahead of Voss.", "Voss a remporté l'élection devant Marin.")
    assert not holding(claims, "won the election", "remporté l'élection")


def test_an_agreement_signed_in_the_passive_after_a_long_subject_is_the_same_signing():
    claims = compared("Norland and Vestria signed the ceasefire deal in Geneva on Sunday.",
                      "Das Abkommen zwischen Norland und Vestria wurde am Sonntag in Genf unterzeichnet.",
                      "L'accord entre Norland et Vestria a été signé dimanche à Genève.")
    found = [c for c in claims if c.measure == "stated: sign agreement"]
    assert [(c.verdict, sorted({s.source for s in c.statements})) for c in found] == [("agree", ["o1", "o2", "o3"])]


def test_an_oath_of_office_a_release_and_an_appointment_are_predicates():
    def read(text: str) -> list[tuple[str, bool]]:
        return [(family, value) for _, _, family, value, _ in predicate_phrases(text)]

    for text in ("Marin was sworn in on Wednesday.", "Marin a prêté serment mercredi.", "Marin juró el cargo.",
                 "Marin wurde am Mittwoch vereidigt.", "Marin tomou posse na quarta-feira."):
        assert read(text) == [("sworn_in", True)], text
    assert read("Marin has not yet been sworn in.") == [("sworn_in", False)]
    for text in ("The hostages were freed on Sunday.", "Les otages ont été libérés dimanche.",
                 "Die Geiseln wurden freigelassen."):
        assert read(text) == [("freed", True)], text
    assert read("The report was released on Sunday.") == []  # (a report released is no one freed)
    for text in ("Rossi was appointed prime minister.", "Rossi a été nommé Premier ministre.",
                 "Rossi fue nombrado primer ministro."):
        assert read(text) == [("appointed", True)], text


def test_a_passives_actor_is_its_agent_not_the_party_acted_on():
    # (on main the names before a passive, the party acted on, were its actors: "Kellmark" told it from "Marin")
    claims = compared("The Kellmark takeover deal was blocked by President Marin on security grounds.",
                      "Marin blocked the deal in January, citing security.",
                      "In January the deal with Kellmark was blocked, officials recalled.")
    found = [c for c in claims if c.measure == "stated: block agreement"]
    assert [(c.verdict, sorted({s.source for s in c.statements})) for c in found] == [("agree", ["o1", "o2", "o3"])]
    # (two parties' own acts, each named before its verb, stay two facts)
    claims = compared("Voss blocked the deal on Monday, ahead of Marin.", "Marin blocked the deal, unlike Voss.")
    assert not [c for c in claims if c.measure == "stated: block agreement"]
