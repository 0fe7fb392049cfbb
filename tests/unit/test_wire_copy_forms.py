"""Issue 11: wire copy forms found trying the app on a developing disaster story (invented sentences and pages).

- A day right after a number dates it, never names what it counts: in "the toll rose to 104 Monday" the 104 was
  read as "104 mondays" and then lost to the date "Monday" (the figure on one side only).
- A dateline under the headline ("July 7 (UPI) -- ...") and a place with its full date in brackets ("Texas,
  Estados Unidos (7 de julio de 2025).– ...") date the article (both were undated: no timeline).
- A title's short form cut from its holder ("Lt. Gov. Dan Patrick said ...") is no subject ("Gov's death toll").
- In German every noun is capitalised: "nach Behördenangaben" (according to the authorities) is no subject unless
  the entities found name it, so the German toll joins the other outlets' toll.
"""

from __future__ import annotations

from pathlib import Path

from briefing_tui.compare.claims import build_claims
from briefing_tui.corpus import load_corpus
from briefing_tui.ingest.parse import parse_text
from tests.compare_helpers import read


def _figures(text: str) -> list[tuple[str, str | None, float | None]]:
    return [(f.text, f.measure, f.low) for f in read(text) if f.kind != "date"]


def test_a_weekday_after_a_number_dates_it_and_the_number_is_read():
    assert _figures("The death toll from the floods rose to 104 Monday as rescuers kept searching.") == [
        ("104", "dead", 104.0)]
    assert _figures("The toll climbed to 57 Sunday night.") == [("57", "dead", 57.0)]
    assert _figures("Officials counted 12 yesterday.") == [("12", None, 12.0)]


def test_a_dateline_under_the_headline_dates_the_article():
    page = ("12-03-2024\n"
            "River floods kill dozens as searches continue\n"
            "1 of 3 | Rescue workers search the banks of the river near the town on Sunday. Photo by Jane Roe | "
            "License Photo\n"
            "March 11 (UPI) -- The death toll from flooding in the valley rose to 40 Monday, officials said.\n"
            "Rescue teams searched the banks of the river for a second day as more rain was forecast.\n")
    assert parse_text(page, "a").published == "2024-03-11"


def test_a_place_and_its_full_date_in_brackets_date_the_article():
    page = ("Lima, Perú (3 de mayo de 2024).– Las lluvias dejaron al menos 12 personas muertas en el norte del país, "
            "según las autoridades.\n\nLos equipos de rescate siguen buscando a los desaparecidos.\n")
    assert parse_text(page, "a").published == "2024-05-03"
    # A bracket that holds no date dates nothing.
    page = ("Lima, Perú (EFE).– Las lluvias dejaron al menos 12 personas muertas en el norte del país.\n\n"
            "Los equipos de rescate siguen buscando a los desaparecidos.\n")
    assert parse_text(page, "b").published is None


def test_a_titles_short_form_is_no_subject():
    found = read("Lt. Gov. Dan Patrick said somewhere between 6 and 10 bodies had been found.")
    assert [(f.text, f.subject) for f in found] == [("6 and 10 bodies", None)]
    found = read("Sen. Maria Lopez said 30 people were rescued from the roofs.")
    assert [f.subject for f in found if f.text == "30 people"] == [None]


GERMAN = ("Flut in Texas: Zahl der Toten steigt\n\n"
          "Die Zahl der Todesopfer bei den Sturzfluten in Texas ist nach Behördenangaben auf 27 gestiegen. "
          "Viele Kinder aus einem Sommercamp werden noch vermisst.\n\n"
          "Der Fluss sei innerhalb kürzester Zeit um fast acht Meter angestiegen, sagte ein Sprecher der Behörden.\n")
ENGLISH = ("Texas flood toll climbs\n\n"
           "The death toll from the flash floods in Texas has risen to 27, officials said on Saturday. "
           "Many children from a summer camp are still missing.\n\n"
           "Rescue crews searched the river banks through the night.\n")


def test_a_german_noun_is_no_subject_and_the_tolls_are_one_claim(tmp_path: Path):
    (tmp_path / "a.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ENGLISH, encoding="utf-8")
    loaded = load_corpus([tmp_path], cache=False)
    claims = build_claims(loaded.sources, loaded.entities, loaded.quotes)
    assert not any("Behördenangaben" in c.topic for c in claims)
    tolls = [c for c in claims if any(f.low == 27.0 for s in c.statements for f in s.figures)]
    assert len(tolls) == 1 and tolls[0].verdict == "agree"
    assert {s.source for s in tolls[0].statements} == {"a", "b"}


def test_the_time_since_an_event_is_no_length_of_anything():
    # "more than 24 hours after the floods began" (the time since) was weighed against rain that fell "in 12 hours"
    assert [(f.text, f.measure) for f in read("The scale of the disaster was unclear more than 24 hours after the "
                                              "floods began.")] == [("more than 24 hours", None)]
    assert [f.measure for f in read("Das Ausmaß war mehr als 24 Stunden nach Beginn der Fluten unklar.",
                                    language="de")] == [None]
    # a length stays one, even when it runs from an event on
    assert [f.measure for f in read("The fire burned for more than 24 hours.")] == ["hours"]
    assert [f.measure for f in read("She was barred from holding office for five years after a court found her "
                                    "guilty.")] == ["ban sentence"]
    # Dutch "na de" (after the) is an offset; Portuguese "na" (in the) is none
    assert [f.measure for f in read("Het reddingsteam kwam drie uur na de aardbeving aan.", language="nl")] == [None]
    assert [f.measure for f in read("O resgate durou três horas na capital.", language="pt")] == ["hours"]
