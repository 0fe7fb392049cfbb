"""Issue 11: a share of a firm's workforce named after the share in other words than English "of its workforce"
("de son personnel", "della sua forza lavoro", "de su plantilla", "seiner Belegschaft", "da sua força de trabalho",
"a 10% reduction in headcount") is a share of employees, as "of its workforce" already was: one layoff's share was
split into as many claims as the words that name the staff. Invented sentences (tests/gold_new66 showed the miss);
checked to fail on the code before the rule."""

from __future__ import annotations

from tests.compare_helpers import compared, figure_in, one_holding
from tests.unit.test_compare_bare_amounts import _units


def test_a_share_of_the_staff_is_a_share_of_employees_in_six_languages():
    units = _units(
        "Le fabricant de pneus va supprimer 8 % de son personnel en Europe.",
        "La compagnia aerea taglierà il 6 per cento della sua attuale forza lavoro entro marzo.",
        "La cadena hotelera despedirá al 9% de su plantilla este verano.",
        "Der Maschinenbauer streicht 7 Prozent seiner Belegschaft bis 2027.",
        "A operadora vai cortar 5% da sua força de trabalho no Brasil.",
        "The insurer announced a 4% reduction in headcount across its offices.")
    for text in ("8 %", "6 per cento", "9%", "7 Prozent", "5%", "4%"):
        assert figure_in(units, text).measure == "employees", text


def test_a_share_of_something_else_keeps_its_measure():
    units = _units(
        "Le groupe a vu ses ventes baisser de 8 % de son chiffre habituel.",
        "The insurer cut 4% of its budget for travel.")
    assert figure_in(units, "8 %").measure != "employees"
    assert figure_in(units, "4%").measure != "employees"


def test_one_layoffs_share_told_in_three_languages_is_one_claim_that_disagrees():
    claims = compared(
        "The carmaker Voltena will cut about 12% of its workforce, its chief executive told staff on Monday.",
        "Voltena unveiled a $2 billion savings plan that includes a more than 15% reduction in headcount on Monday.",
        "Le constructeur Voltena va licencier plus de 15 % de son personnel, a annoncé lundi son patron.",
        "Il costruttore Voltena licenzierà il 15 per cento della sua forza lavoro, ha detto lunedì l'amministratore.")
    claim = one_holding(claims, "about 12%", "more than 15%", "plus de 15 %", "15 per cento")
    assert claim.verdict == "disagree"
