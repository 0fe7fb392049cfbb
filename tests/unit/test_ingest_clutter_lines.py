"""Page clutter a line classifier drops with a reason: reading-time lines in several languages, save / gift /
share / subscriber-only widgets, rule lines of punctuation, contributor credits (never the article's text)."""

from __future__ import annotations

import pytest

from briefing_tui.ingest import parse_text
from briefing_tui.ingest.clean import classify_lines
from briefing_tui.ingest.lines import split_lines

PROSE = ("Rescue teams worked through the night to reach villages cut off by the water, and the regional "
         "government said more than 4,000 people had been moved to shelters.\n\n"
         "Forecasters said more rain was expected over the weekend, and officials asked residents to stay away "
         "from the banks until the water went down.\n\n"
         "The army sent boats and helicopters to the worst-hit districts, where roads had been washed away.\n\n")
HEAD = "Floods force thousands from their homes along the river\n\nBy Ana Ruiz\n\n"


def reason(text: str) -> str:
    """The class cleaning gives ``text`` as a line of its own."""
    cls = classify_lines(split_lines(text))[0]
    return f"{cls.kind}: {cls.reason}"


@pytest.mark.parametrize("line", ["Temps de Lecture 4 min.", "Reading time: 5 minutes", "Lesezeit: 3 Min.",
                                  "4 min de lecture", "Tiempo de lectura: 2 min", "Tempo di lettura 6 minuti"])
def test_reading_time_line_is_dropped(line):
    assert reason(line) == "bad: byline / read time"


@pytest.mark.parametrize("line", ["Offrir l'article", "Lire plus tard", "Article réservé aux abonnés", "Save article",
                                  "Gift this article", "Artikel verschenken", "Guardar artículo", "Subscribers only",
                                  "Exclusivo para suscriptores"])
def test_save_gift_and_subscriber_widgets_are_site_chrome(line):
    assert reason(line) == "bad: site chrome"


@pytest.mark.parametrize("line", ["- Te podría interesar: Cuatro heridos en un choque múltiple en la autopista del norte",
                                  "También te puede interesar: La ciudad abre dos nuevos parques",
                                  "Leggi anche: Il comune chiude la piazza per lavori",
                                  "Potrebbe interessarti anche: Nuove regole per i monopattini",
                                  "Leia também: Prefeitura anuncia obras na ponte",
                                  "Veja também: Chuva deixa três bairros sem luz"])
def test_a_link_to_another_story_after_you_may_be_interested_is_site_chrome(line):
    assert reason(line) == "bad: site chrome"


@pytest.mark.parametrize("line", ["___", "* * *", "-----", "• • •", "===", ", , ,"])
def test_line_of_punctuation_only_is_a_rule(line):
    assert reason(line) == "bad: rule line"


@pytest.mark.parametrize("line", [
    "Associated Press writers Ana Ruiz in Lima and Tom Kerr in Cusco contributed.",
    "Jane Doe in London contributed to this report.",
    "Marie Dupont et Jean Martin ont contribué à cet article.",
    "Con información de Reuters y EFE",
])
def test_contributor_credit_is_a_credit_line(line):
    assert reason(line) == "bad: credit line"


@pytest.mark.parametrize("line", ["Analysts said low rainfall and poor planning contributed.",
                                  "He resigned in March. Smith contributed.", "It took 4 minutes to read the verdict.",
                                  "Save the Children said it had sent teams."])
def test_prose_that_resembles_clutter_is_kept(line):
    assert reason(line).startswith(("good", "short"))


def test_clutter_inside_a_page_is_not_body():
    page = (HEAD + "Temps de Lecture 4 min.\nOffrir l'article\nLire plus tard\n\nArticle réservé aux abonnés\n\n"
            + PROSE + "___\n\nAssociated Press writers Ana Ruiz in Lima and Tom Kerr in Cusco contributed.\n")
    src = parse_text(page, "p")
    assert src.body.startswith("Rescue teams worked")
    assert src.body.rstrip().endswith("had been washed away.")
    for junk in ("Temps de Lecture", "Offrir", "Lire plus tard", "abonnés", "___", "contributed"):
        assert junk not in src.body
    assert [p.kind for p in src.paragraphs].count("heading") == 0
