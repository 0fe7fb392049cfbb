"""Issue 11: the place a firm sits in ("the Denver-based carrier", "basée à Denver", "con sede a Torino") is where its
subject is, not the subject of the figures it gives: the firm's counts stay one claim with the counts other sources
give it. Invented sentences written as the news writes them; each test fails on the code before."""

from __future__ import annotations

from tests.compare_helpers import compared, one_holding, read


def _subjects(text: str, language: str | None = None) -> list[tuple[str, str | None]]:
    return [(f.text, f.subject) for f in read(text, language=language) if f.kind == "count"]


def test_a_phrase_of_seat_is_blanked_in_every_language_and_nothing_else_is():
    from briefing_tui.compare.seat_places import without_seats

    for text, place in (("The Denver-based carrier scrapped", "Denver"),
                        ("the carrier, based in Salt Lake City, scrapped", "Salt Lake City"),
                        ("la compagnie basée à Denver a supprimé", "Denver"),
                        ("la aerolínea con base en Denver suprimió", "Denver"),
                        ("il vettore con sede a Torino ha cancellato", "Torino"),
                        ("a empresa sediada em Curitiba cancelou", "Curitiba"),
                        ("die Fluglinie mit Sitz in Köln strich", "Köln")):
        out = without_seats(text)
        assert place not in out and len(out) == len(text), (text, out)
    # (a lower-case modifier, a basis and a plain place are left alone)
    for text in ("a plant-based menu", "based on figures from Denver", "flights in Denver"):
        assert without_seats(text) == text


def test_a_firms_seat_is_not_the_subject_of_its_count():
    assert _subjects("The Denver-based carrier scrapped 1,240 flights over three days.") == [
        ("1,240 flights", None)]
    assert _subjects("La compagnie aérienne basée à Denver a annulé environ 1 300 vols.", "fr") == [
        ("environ 1 300 vols", None)]
    assert _subjects("La aerolínea con base en Denver recibió más de 52.000 reclamaciones.", "es")[0][1] is None
    # (a place the count is in stays its subject)
    assert _subjects("The storm forced the cancellation of 1,240 flights in Denver.") == [("1,240 flights", "Denver")]


def test_the_count_given_by_the_firm_at_its_seat_joins_the_firms_claim():
    claims = compared("Frontier Airlines cancelled 1,240 flights after the software fault.",
                      "La compagnie aérienne basée à Denver a annulé environ 1 900 vols après la panne.",
                      "Frontier Airlines had to cancel about 1,900 flights after the fault.")
    claim = one_holding(claims, "1,240 flights", "environ 1 900 vols")
    assert claim.verdict == "disagree"
