"""A share in a clause another language's "while" opens is the share of that clause's subject, not of the
sentence's first one ("Le parti X arrive premier, tandis que les verts (PV) ... obtiennent 12 %"): invented
sentences (issue 11)."""

from __future__ import annotations

from briefing_tui.compare.subjects import subject_of
from tests.compare_helpers import read


def shares(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.subject) for f in read(text, language=language) if f.kind == "percent"]


def test_a_share_after_a_foreign_while_is_the_share_of_that_clause_s_subject():
    assert shares("Le Parti bleu (PB) arrive en tête (31,2 %), tandis que les écologistes (PV) de la candidate "
                  "sortante Marie Dulac obtiennent leur plus faible score depuis longtemps avec 12,4 % des voix.",
                  "fr")[-1] == ("12,4 %", "PV")
    assert shares("El Partido Azul (PA) ganó con el 33 %, mientras que los liberales (PL) del exministro Juan Ruiz "
                  "sufren su peor resultado en toda su historia con el 7,5 % de los votos.", "es")[-1] == ("7,5 %", "PL")


def test_a_name_after_an_elided_article_is_the_contrast_clause_s_subject():
    assert subject_of("", "Il Partito Blu, con Marco Verdi, si afferma come primo partito, mentre l’Unione Civica "
                      "sfiora la vittoria nel nord con il ", " dei voti.", people=False, share=True) == "Unione Civica"
