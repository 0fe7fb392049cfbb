"""A market's fall in percent is a change in every language (issue 11, first contact with tests/gold_new73, the
collapse of Silicon Valley Bank): Italian "è precipitato del 60%", German "brach um 60 Prozent ein" and English "shed
12%" were read with no measure; and a share apposed to a change told in another unit ("fell by $161.79, or 60.41%",
"shed 4,451 points, or 12.4%") is that change in percent. Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import read


def shares(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    """(text, measure) of each percentage."""
    return [(f.text, f.measure) for f in read(text, language=language) if f.kind == "percent"]


def test_verbs_of_a_fall_in_every_language():
    assert shares("Il titolo della compagnia è precipitato del 35% in poche ore.", "it") == [("35%", "change")]
    assert shares("Le azioni del gruppo sono calate del 14%.", "it") == [("14%", "change")]
    assert shares("L'indice di Milano ha perso il 6,3%.", "it") == [("6,3%", "change")]
    assert shares("Die Aktie des Versicherers brach um 35 Prozent ein.", "de") == [("35 Prozent", "change")]
    assert shares("Der Leitindex stürzte um 6,3 Prozent ab.", "de") == [("6,3 Prozent", "change")]
    assert shares("L'action de l'assureur a perdu 35 %.", "fr") == [("35 %", "change")]
    assert shares("El índice de Madrid se hundió un 6,3%.", "es") == [("6,3%", "change")]
    assert shares("As ações da seguradora desabaram 35%.", "pt") == [("35%", "change")]
    assert shares("The Hang Seng shed 6.3% on Tuesday.") == [("6.3%", "change")]


def test_a_share_apposed_to_a_change_is_that_change():
    assert shares("The insurer's stock fell by $41.20, or 35.2%, to $75.90.") == [("35.2%", "change")]
    assert shares("The Hang Seng shed 1,250 points, or 6.3%, to 18,590.") == [("6.3%", "change")]
    assert shares("L'indice a perdu 1 250 points, soit 6,3 %, à 18 590 points.", "fr") == [("6,3 %", "change")]
    assert shares("El índice cayó 1.250 puntos, o un 6,3%, hasta los 18.590.", "es") == [("6,3%", "change")]


def test_a_share_apposed_to_a_count_keeps_the_counts_measure():
    # no verb of change: the share is the count's share, as before
    assert shares("Ms Lindqvist received 912,400 votes, or 41.7 percent.") == [("41.7 percent", "votes")]


def test_an_amount_lost_in_value_is_the_damage():
    # "lost over $80 billion in value" was read with no measure, beside "wiped out $9.5 billion in market value"
    def money(text: str, language: str = "en") -> list[tuple[str, str | None]]:
        return [(f.text, f.measure) for f in read(text, language=language) if f.kind == "money"]

    assert money("The insurer's shares lost $14 billion in value in a single session.") == [("$14 billion", "damage")]
    assert money("L'assureur a perdu 14 milliards de dollars de valeur en une séance.", "fr") == [
        ("14 milliards de dollars", "damage")]
    # no verb of losing: the value is not a loss
    assert money("The merger has a value of $14 billion.") == [("$14 billion", "sale")]
