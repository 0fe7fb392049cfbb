"""Issue 11: the groups of a court case, found trying the app on a mass trial's verdict (invented sentences).

- "His 50 co-defendants", "the other 50 defendants", "los otros 50 acusados" count those tried beside the main
  defendant: weighed against "51 defendants" they made a false disagreement ("Defendants: 51 · 50").
- "49 of the co-defendants" and "die restlichen 47 Männer" are parts of the group, not how many there are.
- A bare number after a verb of sentencing ("condenado a 12 de prisión") is a term, not 12 defendants; a line of a
  breakdown ("culpables: 47, por violación; dos, por ...") is no count of the whole group.
- German adverbs and indefinite pronouns opening a sentence ("Dann", "Keiner") are nobody's count, and German
  "Schuld" (guilt) is no debt.
- "Zwischen drei und 15 Jahren", "de entre tres y 12 años" are ranges (the word-number end was lost: 15, 12).
"""

from __future__ import annotations

from tests.compare_helpers import compared, read


def _measures(text: str, language: str | None = None) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text, language=language) if f.kind == "count"]


def test_those_tried_beside_the_main_defendant_are_co_defendants():
    assert _measures("The court found all of his 50 co-defendants guilty.") == [("50 co-defendants", "co-defendants")]
    assert _measures("The court also convicted the other 50 defendants.") == [("50 defendants", "co-defendants")]
    assert _measures("El tribunal condenó a los otros 50 acusados.", "es") == [("50 acusados", "co-defendants")]
    assert _measures("Les 50 autres accusés ont été condamnés.", "fr") == [("50 autres accusés", "co-defendants")]
    # (the whole group stays the defendants)
    assert _measures("The verdicts against all 51 defendants were read out.") == [("51 defendants", "defendants")]


def test_a_part_of_a_group_is_not_its_size():
    assert _measures("Prosecutors had asked for ten years against 49 of the co-defendants.") == [("49", None)]
    assert _measures("Die restlichen 47 Männer wurden verurteilt.", "de") == [("47 Männer", None)]
    assert _measures("Los restantes 47 acusados quedaron en libertad.", "es") == [("47 acusados", None)]
    # (a part of a toll keeps the group it is said to be)
    assert _measures("Two of the dead were children.") == [("Two", "children dead")]


def test_fifty_co_defendants_and_fifty_one_defendants_do_not_disagree():
    claims = compared("A court in the city convicted all 51 defendants in the mass trial on Thursday.",
                      "A court in the city convicted the main accused and all of his 50 co-defendants on Thursday.")
    assert not [c.topic for c in claims if c.verdict == "disagree"]


def test_german_sentence_openers_are_no_subject_and_guilt_is_no_debt():
    found = read("Dann lud er mehr als 80 fremde Männer ein. Keiner der 51 Angeklagten wurde freigesprochen.",
                 language="de")
    assert not [f.subject for f in found if f.subject in ("Dann", "Keiner")]
    found = read("Die fünf Berufsrichter sahen die Schuld in allen Anklagepunkten als erwiesen an.", language="de")
    assert [f.measure for f in found if f.kind == "count"] != ["debt"]


def test_a_bare_number_after_a_verb_of_sentencing_is_a_term_not_a_count():
    found = read("Jean M., el único de los acusados que no asistió, ha sido condenado a 12 de prisión.", language="es")
    assert [(f.text, f.measure) for f in found if f.kind == "count"] == [("12", None)]


def test_a_line_of_a_breakdown_is_no_count_of_the_whole_group():
    found = read("Todos los procesados han sido declarados culpables de algún delito: 47, por violación; dos, por "
                 "intento de violación, y otros dos, por agresión sexual.", language="es")
    assert [(f.text, f.measure) for f in found if f.kind == "count" and f.low == 47.0] == [("47", None)]


def test_a_range_whose_first_end_is_a_word_is_read_whole():
    found = read("Die Männer wurden verurteilt, wobei die Haftstrafen zwischen drei und 15 Jahren lagen.", language="de")
    assert [(f.text, f.low, f.high) for f in found if f.kind == "period"] == [("drei und 15 Jahren", 3.0, 15.0)]
    found = read("Las condenas de prisión, de entre tres y 12 años, son inferiores a las pedidas.", language="es")
    assert [(f.text, f.low, f.high) for f in found if f.kind == "period"] == [("tres y 12 años", 3.0, 12.0)]
