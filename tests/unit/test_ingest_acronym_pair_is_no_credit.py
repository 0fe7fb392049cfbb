"""A sentence whose last words name a pair of acronyms ("coligação PSD/CDS.", "the CDU/CSU.") is prose, not a photo
credit like "REUTERS/Pavel Mikheyev": the paragraph stays in the body (it was dropped as a photo caption, and the
lede before it with it)."""

from __future__ import annotations

from briefing_tui.ingest.clean import _credited
from briefing_tui.ingest.parse import parse_text

LEDE = ("O Chega tornou-se hoje a segunda força política em termos de representação parlamentar, ultrapassando o PS, "
        "ao eleger dois dos quatro deputados dos círculos da emigração.")
SECOND = ("O Chega venceu em ambos os círculos da emigração, Europa e Fora da Europa, e elegeu dois deputados, o mesmo "
          "número de eleitos da AD -- coligação PSD/CDS.")
THIRD = ("O partido de André Ventura alcança, assim, 60 deputados, enquanto o PS se fica pelos 58, ao passo que, em "
         "número de votos, os socialistas continuam à frente.")


def test_a_pair_of_acronyms_ending_a_sentence_is_no_credit():
    assert not _credited(SECOND)
    assert not _credited("Merz leads the conservative CDU/CSU.")
    assert _credited("Police stand guard outside the court in Paris. REUTERS/Gonzalo Fuentes")


def test_the_paragraph_and_the_lede_before_it_stay_in_the_body():
    raw = "\n\n".join([LEDE, SECOND, THIRD, "A AD obteve 2.008.437 votos."]) + "\n"
    src = parse_text(raw, "x")
    body = [raw[p.start:p.end] for p in src.paragraphs]
    assert body[:3] == [LEDE, SECOND, THIRD]
