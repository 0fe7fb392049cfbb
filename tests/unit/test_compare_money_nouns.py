"""Nouns that price an amount in the six languages (issue 11): a subsidy is aid ("a $3 billion subsidy", "une
subvention", "ein Zuschuss"), a package of money a package ("un pacchetto da 2 miliardi", "une enveloppe de 2
milliards", as English "package"), a payout of a loan in parts a disbursement ("el primer giro será de US$ 12.000
millones"), a damage in the singular a damage ("il danno ammonta a 12 milioni"). Read only where they price an amount
("12 paquetes" are parcels; "un giro de 180 grados" a turn). Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import read


def measures(text: str, language: str) -> list[tuple[str, str | None]]:
    """(text, measure) of each amount of ``text``."""
    return [(f.text, f.measure) for f in read(text, language=language) if f.kind == "money"]


def test_a_subsidy_is_aid_in_six_languages():
    assert measures("The plant will receive a $3 billion subsidy from the federal government.", "en") == [
        ("$3 billion", "aid")]
    assert measures("L'usine recevra une subvention de 3 milliards de dollars de l'État.", "fr") == [
        ("3 milliards de dollars", "aid")]
    assert measures("La planta recibirá una subvención de 3.000 millones de dólares del Gobierno.", "es") == [
        ("3.000 millones de dólares", "aid")]
    assert measures("Lo stabilimento riceverà una sovvenzione di 3 miliardi di dollari dallo Stato.", "it") == [
        ("3 miliardi di dollari", "aid")]
    assert measures("A fábrica vai receber um subsídio de 3 mil milhões de dólares do Estado.", "pt") == [
        ("3 mil milhões de dólares", "aid")]
    assert measures("Das Werk erhält einen Zuschuss von 3 Milliarden Dollar vom Bund.", "de") == [
        ("3 Milliarden Dollar", "aid")]


def test_a_package_of_money_is_a_package_in_every_language():
    assert measures("Il governo ha approvato un pacchetto da 2 miliardi di euro per gli agricoltori.", "it") == [
        ("2 miliardi di euro", "package")]
    assert measures("Le gouvernement a débloqué une enveloppe de 2 milliards d'euros pour les agriculteurs.", "fr") == [
        ("2 milliards d'euros", "package")]
    assert measures("El Gobierno aprobó un paquete de 2.000 millones de euros para los agricultores.", "es") == [
        ("2.000 millones de euros", "package")]
    assert measures("O Governo aprovou um pacote de 2 mil milhões de euros para os agricultores.", "pt") == [
        ("2 mil milhões de euros", "package")]


def test_a_loan_paid_out_in_parts_and_a_damage_in_the_singular():
    assert measures("El primer giro del organismo será de US$ 12.000 millones, según el ministro.", "es") == [
        ("US$ 12.000 millones", "disbursement")]
    assert measures("Un segundo tramo de US$ 2.000 millones llegará en junio, según el ministro.", "es") == [
        ("US$ 2.000 millones", "disbursement")]
    assert measures("Secondo la procura, il danno ammonta a 12 milioni di euro.", "it") == [
        ("12 milioni di euro", "damage")]
