"""German capitalises its nouns, so a capital after a lower-case word is no sign of a headline glued to the
article's first sentence: a stored page's German standfirst ("Im Prozess um angebliche Wahlkampfgelder ...")
was cut after "angebliche" and its first four words made the title. Invented text in the stored-page format."""

from __future__ import annotations

from briefing_tui.ingest.parse import parse_text

GERMAN = (" date 2025-09-25 Im Prozess um angebliche Bestechungsgelder wird der frühere Bürgermeister Karl Weninger "
          "in Teilen schuldig gesprochen und das Urteil ist hart. Muss er in Haft?\n"
          "Der frühere Bürgermeister Karl Weninger ist im Prozess um angebliche Bestechungsgelder zu einer "
          "dreijährigen Haftstrafe verurteilt worden. Das Landgericht sprach den 61-Jährigen schuldig.\n")
ENGLISH = (" date 2025-04-03 Floods force thousands from homes in northern valley Rescue teams evacuated more than "
           "three thousand residents on Thursday as rivers burst their banks. Officials said the water was "
           "still rising.\n")


def test_a_german_standfirst_is_not_cut_at_a_capitalised_noun():
    src = parse_text(GERMAN, "a")
    assert src.title is None
    assert src.paragraphs[0].kind == "text"
    first = src.raw[src.paragraphs[0].start:src.paragraphs[0].end]
    assert first.startswith("Im Prozess um angebliche Bestechungsgelder wird")
    assert src.published == "2025-09-25"


def test_an_english_headline_glued_to_the_lead_is_still_split():
    src = parse_text(ENGLISH, "b")
    assert src.title == "Floods force thousands from homes in northern valley"
    assert src.paragraphs[0].kind == "headline"
    first = next(src.raw[p.start:p.end] for p in src.paragraphs if p.kind == "text")
    assert first.startswith("Rescue teams evacuated")
