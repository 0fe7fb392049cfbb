"""Independent counters are a third kind of counter (issue 11): a crowd counted by the police, by the organisers and by
independent counters ("an independent count", "selon des sources indépendantes", "observadores independientes", "an
unofficial organisation estimating the number of protesters") gives three claims, not one that mixes the police's
figure with the independent one. tests/gold_new68 (the Belgrade rally of March 2025) showed the miss: the police's
107,000 and the independent Public Assembly Archive's 275,000-325,000 were one claim. The sentences are invented."""

from __future__ import annotations

from briefing_tui.compare.claims import build_claims
from briefing_tui.compare.counters import counter_names, mentions
from tests.compare_helpers import article, holding

POLICE_INDEPENDENT_EN = ("Thousands marched through Lyon on Saturday against the new water tariffs. Police estimated the "
                         "crowd at 42,000. An independent count put the number of marchers at 96,000.")
POLICE_INDEPENDENT_FR = ("Selon la police, 42 000 personnes ont défilé samedi à Lyon contre les nouveaux tarifs de l'eau. "
                         "Samedi, 96 000 manifestants ont défilé à Lyon selon des sources indépendantes.")
POLICE_INDEPENDENT_ES = ("Unas 42.000 personas marcharon el sábado en Lyon contra las nuevas tarifas del agua, según la "
                         "policía. Observadores independientes contaron 96.000 manifestantes.")


def _march_claims():
    return build_claims([article("o1", "2025-05-10", POLICE_INDEPENDENT_EN),
                         article("o2", "2025-05-10", POLICE_INDEPENDENT_FR),
                         article("o3", "2025-05-10", POLICE_INDEPENDENT_ES)])


def test_words_of_independent_counters_name_that_kind():
    for text in ("An independent count put the number of marchers at 96,000.",
                 "95 000 personnes selon des sources indépendantes.",
                 "Observadores independientes contaron 96.000 manifestantes.",
                 "Nach Schätzung unabhängiger Beobachter waren es 96.000.",
                 "The crowd was 96,000, according to an unofficial organisation that counts protesters."):
        assert [m.kind for m in mentions(text, counter_names([text]))] == ["independent"], text


def test_the_independent_count_is_a_claim_apart_from_the_polices():
    claims = _march_claims()
    independent = holding(claims, "An independent count put", "selon des sources indépendantes",
                          "Observadores independientes contaron")
    police = holding(claims, "Police estimated the crowd", "Selon la police, 42 000", "según la policía")
    assert [c.verdict for c in independent if c.measure] == ["agree"]
    assert [c.verdict for c in police if c.measure] == ["agree"]
    assert not {id(c) for c in independent} & {id(c) for c in police}


def test_an_independent_count_alone_leaves_the_claim_as_it_was():
    claims = build_claims([
        article("o1", "2025-05-10", "Thousands marched through Lyon on Saturday. An independent count put the number "
                "of marchers at 96,000."),
        article("o2", "2025-05-10", "Samedi, 96 000 manifestants ont défilé à Lyon selon des sources "
                "indépendantes.")])
    assert [c.verdict for c in holding(claims, "An independent count put", "selon des sources") if c.measure] == [
        "agree"]
