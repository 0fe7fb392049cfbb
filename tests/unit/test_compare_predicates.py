"""Issue 11: statements without a figure that say what a court or an official did, across languages
(briefing_tui/compare/predicates.py): real sentences of tests/gold_new26 (the Sarkozy verdict) and gold_new3 (South
Korea's martial law). A verdict of one charge, a suspended sentence, a state of emergency are one claim when two
sources name one actor; two senses of one predicate disagree only when both are of one principal actor. Each test
fails on the code before the predicates."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.extract import analyse
from tests.compare_helpers import article

PUBLISHED = "2025-09-25"
FRENCH = ("L’ancien président de la République, Nicolas Sarkozy, a été condamné à cinq ans de prison, dont une partie "
          "avec sursis, assortie d’un mandat de dépôt à effet différé. L'ancien président est toutefois relaxé pour "
          "recel de détournement de fonds publics et pour corruption passive.")
GERMAN = ("Frankreichs früherer Präsident Nicolas Sarkozy ist im Prozess um angebliche Wahlkampfgelder aus Libyen zu "
          "einer fünfjährigen Haftstrafe verurteilt worden. Das Pariser Strafgericht sprach den 70-Jährigen schuldig, "
          "Teil einer kriminellen Vereinigung gewesen zu sein. Es setzte keinen Teil der Strafe auf Bewährung aus.")
ENGLISH = ("Former French President Nicolas Sarkozy was found guilty on Thursday by a French court of criminal "
           "conspiracy but acquitted of passive bribery charges in the case of suspected financing by former Libyan "
           "leader Muammar Gaddafi of his successful 2007 presidential campaign.")
AIDE = "L'ex-directeur de cabinet de Nicolas Sarkozy, Claude Guéant, a aussi été jugé coupable de corruption passive."


def _claims(*bodies: str):
    sources = [article(f"o{k}", PUBLISHED, body) for k, body in enumerate(bodies, 1)]
    analysis = analyse(sources)
    return compare(sources, analysis.entities, analysis.quotes)


def _of(claims, family: str):
    return [(c.verdict, [(s.source, s.text) for s in c.statements]) for c in claims
            if c.topic.startswith(family + ":")]


def test_phrases_read_a_verdict_by_its_charge_a_negation_and_no_condition():
    from briefing_tui.compare.predicates import predicate_phrases

    def read(text):
        return [(text[a:b], family, sense, charge) for a, b, family, sense, charge in predicate_phrases(text)]

    assert read(ENGLISH) == [
        ("found guilty on Thursday by a French court of criminal conspiracy", "verdict", True, "conspiracy"),
        ("acquitted of passive bribery", "verdict", False, "corruption")]
    assert read("Es setzte keinen Teil der Strafe auf Bewährung aus.") == [
        ("auf Bewährung", "suspended", False, None)]
    assert read("Er wurde wegen Betrugs verurteilt.") == [("Betrugs verurteilt", "verdict", True, "fraud")]
    assert read("He did not resign.") == [("resign", "resigned", False, None)]
    assert read("If convicted of fraud, he could face ten years.") == []  # (a condition states no verdict)
    assert read("Sarkozy a été condamné à cinq ans de prison.") == []  # (a verdict naming no charge)
    # the charge of an acquittal is no campaign financed ("relaxé pour ... financement illégal")
    assert [r[1:] for r in read("Il a été relaxé pour la complicité du délit de financement illégal de campagne "
                                "électorale.")] == [("verdict", False, "campaign_financing")]


def test_a_suspended_sentence_and_none_suspended_disagree_across_languages():
    claims = _claims(FRENCH, GERMAN)
    assert _of(claims, "Suspended") == [("disagree", [("o1", "avec sursis"), ("o2", "auf Bewährung")])]


def test_an_acquittal_of_one_charge_in_two_languages_is_one_claim():
    claims = _claims(FRENCH, ENGLISH)
    assert ("agree", [("o1", "relaxé pour recel de détournement de fonds publics et pour corruption"),
                      ("o2", "acquitted of passive bribery")]) in _of(claims, "Verdict")


def test_an_aides_conviction_makes_no_disagreement_with_the_actors_acquittal():
    claims = _claims(AIDE, ENGLISH)
    assert not [c for c in claims if c.verdict == "disagree"]
    assert _of(claims, "Verdict") == []  # (the aide is not Sarkozy: no claim of one verdict)


def test_martial_law_declared_is_one_claim_in_english_german_and_french():
    claims = _claims(
        "South Korea's former president Yoon Suk Yeol was removed from office after briefly declaring martial law in "
        "December.",
        "Anfang Dezember, als der ehemalige Präsident Yoon Suk Yeol überraschend das Kriegsrecht ausrief, begann die "
        "Krise.",
        "L'ancien président Yoon Suk Yeol a brusquement déclaré la loi martiale en décembre dernier.")
    assert _of(claims, "Emergency") == [("agree", [("o1", "martial law"), ("o2", "Kriegsrecht"),
                                                   ("o3", "loi martiale")])]


def test_a_family_named_in_two_words_titles_its_claim_in_words(tmp_path):
    import shutil
    from pathlib import Path

    from briefing_tui.corpus import load_corpus

    story = Path(__file__).resolve().parent.parent / "gold_new26" / "stories" / "sarkozy_libya_verdict_2025"
    for name in ("01_bfmtv.txt", "05_localnewswave.txt", "06_topnews_france24.txt"):
        shutil.copy(story / name, tmp_path / name)
    topics = [c.topic for c in load_corpus([tmp_path], cache=False).claims]
    financed = [t for t in topics if t.lower().startswith("financed")]
    assert financed and all(t.startswith("Financed campaign: ") for t in financed), topics
