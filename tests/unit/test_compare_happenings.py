"""Issue 11: happenings besides a story's main event, stated without a figure and in any of six languages: a common
news verb or its nominalisation with its object ("signed the agreement" / "firmaron el acuerdo" / "die
Unterzeichnung des Abkommens"), and the dates of takeovers, orders, visits and victories. Each checked to fail on
main (d1859f7)."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article


def happenings(text: str) -> list[tuple[str, str]]:
    from briefing_tui.compare.fact_phrases import _tokens
    from briefing_tui.compare.happenings import happening_at

    tokens = _tokens(text)
    return [found[:2] for i in range(len(tokens)) if (found := happening_at(tokens, i)) is not None]


def kind(sentence: str, needle: str) -> str | None:
    from briefing_tui.compare.event_words import event_of

    at = sentence.index(needle)
    found = event_of(sentence, at, at + len(needle))
    return found and found.kind and found.kind.name


def test_one_happening_in_six_languages_and_its_nominalisations():
    for text in ("India and the UK signed a comprehensive Free Trade Agreement on July 24.",
                 "Argentina y el FMI firmaron el acuerdo el viernes.",
                 "Die Regierung hat das Abkommen unterzeichnet.",
                 "La signature de l'accord a eu lieu jeudi.",
                 "Brasil e Argentina assinaram o acordo.",
                 "Die Unterzeichnung des Abkommens ist für Donnerstag geplant."):
        assert happenings(text) == [("sign", "agreement")], text
    # (a takeover's object is the party taken over, its name's last word: "U.S. Steel" and "US Steel" are one)
    assert happenings("Nippon Steel completed its acquisition of U.S. Steel on Wednesday.") == [("acquire", "steel")]
    assert happenings("Die Übernahme von US Steel ist abgeschlossen.") == [("acquire", "steel")]
    assert happenings("Google acquired Wiz for $32 billion.") == [("acquire", "wiz")]
    assert happenings("The deal was blocked by Biden.") == [("block", "agreement")]
    assert happenings("El FMI aprobó un nuevo préstamo para Argentina.") == [("approve", "loan")]
    # (no object of the table, no happening: "signed a letter", "won 412 seats" is the claims by measure's)
    assert happenings("The ministers signed a letter.") == []
    assert happenings("Labour won 412 seats.") == []


def test_sources_stating_one_happening_in_two_languages_are_one_claim():
    sources = [article("a", "2025-04-12", "The IMF and Argentina signed the agreement in Washington."),
               article("b", "2025-04-12", "Argentina y el FMI firmaron el acuerdo en Washington."),
               article("c", "2025-04-12", "Milei sprach von einem historischen Tag, die Unterzeichnung des "
                                          "Abkommens sei ein Erfolg.")]
    claims = [c for c in compare(sources) if c.measure == "stated: sign agreement"]
    assert len(claims) == 1
    assert claims[0].verdict == "agree"
    assert sorted({s.source for s in claims[0].statements}) == ["a", "b", "c"]


def test_the_dates_of_takeovers_orders_visits_and_victories():
    assert kind("Nippon Steel first announced its proposed acquisition of U.S. Steel in December 2023.",
                "December 2023") == "acquisition"
    assert kind("Trump signed an executive decree on June 14.", "June 14") == "decree"
    assert kind("Modi was on a state visit to the UK on July 24, 2025.", "July 24, 2025") == "visit"
    assert kind("He emerged victorious in the presidential race on Sunday.", "Sunday") == "victory"
    assert kind("La visita de Estado tuvo lugar el 24 de julio.", "24 de julio") == "visit"
    # (another kind's verb acting on a takeover times its own act: the completion)
    assert kind("Nippon Steel completed its acquisition of US Steel on Wednesday.", "Wednesday") == "completion"


def test_a_visit_on_the_day_a_deal_was_signed_joins_the_deal_s_date():
    # (a visit is a meeting, of the agreement's family: the day both give is one claim)
    sources = [article("a", "2025-07-25", "India and the UK signed a Free Trade Agreement on July 24, 2025."),
               article("b", "2025-07-25", "The pact was signed during Modi's state visit to the UK on July 24, 2025."),
               article("c", "2025-07-25", "Both governments signed the trade agreement on July 24, 2025.")]
    claims = [c for c in compare(sources) if c.topic.startswith("Date of the")]
    assert len(claims) == 1
    assert claims[0].verdict == "agree"
    assert sorted({s.source for s in claims[0].statements}) == ["a", "b", "c"]
