"""Issue 11: members of a chamber counted as a party's result, read in every language the way seats are.

- An Italian preposition fused with an elided article after the counted noun ("75 deputati dell’Assemblea") places
  the noun; it is not what the number counts.
- A part before a whole of members ("75 dei 200 deputati", "75 de los 200 diputados", "75 der 200 Abgeordneten")
  counts members as the whole does, and the whole is the chamber's total, never weighed against the part.
- Members counted after a plural verb of winning ("obtienen", "ottengono", "obtiennent", "erhalten") are a party's
  seats as after the singular.

Invented sentences; each test fails on the code before these rules."""

from __future__ import annotations

from tests.compare_helpers import compared, holding, read


def counts(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text, language=language) if f.kind == "count"]


def test_an_elided_preposition_after_the_noun_does_not_head_the_count():
    assert counts("Il partito ha 75 deputati nell’Assemblea regionale.", "it") == [("75 deputati", "legislator")]
    assert counts("Sono arrivati 300 migranti dall’Africa la scorsa notte.", "it") == [("300 migranti", "migrant")]
    # a French noun after an elided "d'" still heads its phrase
    assert counts("Le plan prévoit 3 millions d'emplois verts.", "fr") == [("3 millions d'emplois", "jobs")]


def test_a_part_of_a_chambers_members_counts_members_and_the_whole_is_the_total():
    assert counts("Con il 30% dei voti il partito elegge 75 dei 200 deputati dell’Assemblea nazionale.", "it") == [
        ("75", "legislator"), ("200 deputati", "total legislator")]
    assert counts("El partido obtiene 75 de los 200 diputados.", "es") == [
        ("75", "legislator"), ("200 diputados", "total legislator")]
    assert counts("Die Partei stellt 75 der 200 Abgeordneten.", "de") == [
        ("75", "legislator"), ("200 Abgeordneten", "total legislator")]


def test_the_part_joins_the_partys_seats_in_other_outlets():
    claims = compared(
        "The Liberal Alliance won 89 seats in the 230-seat parliament, official results showed.",
        "Con il 31% dei voti l'Alleanza Liberale elegge 90 dei 230 deputati dell’Assemblea.")
    found = holding(claims, "89 seats", "elegge 90 dei")
    assert found and found[0].verdict == "disagree"
    assert "89" in found[0].topic and "90" in found[0].topic and "230" not in found[0].topic  # (the total apart)


def test_members_won_after_a_plural_verb_are_the_partys_seats():
    # (no word after the count that would make it seats alone: only the verb before does)
    assert counts("Los Verdes obtienen 61 diputados tras el recuento final.", "es") == [("61 diputados", "seats")]
    assert counts("I Verdi ottengono 58 deputati secondo i risultati.", "it") == [("58 deputati", "seats")]
    assert counts("Les Verts obtiennent 58 députés selon les résultats.", "fr") == [("58 députés", "seats")]
    assert counts("Die Grünen erhalten 58 Abgeordnete laut dem Ergebnis.", "de") == [("58 Abgeordnete", "seats")]
