"""Issue 11: a year that opens or closes a span ("entre 2005 y 2012", "dal 2005 al 2012", "zwischen 1995 und
2010", "entre 2004 et 2011", "entre 1997 e 2012") bounds a period; it dates no event, in any language, as "from
2019 to 2021" and "between 2019 and 2021" already did not in English. Read as the year of the verdict before, the
start of the years whose taxes a ruling recovers clashed with another outlet's year of an earlier judgment.
Invented sentences (tests/gold_new64 showed the miss); checked to fail on the code before the rule."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.event_mentions import event_mentions
from briefing_tui.compare.rates import default_rate_table
from tests.compare_helpers import article


def years(source):
    """(kind of event, the year's text) of every year mention of a source."""
    return [(m.event.kind.name, m.text) for m in event_mentions([source], [], default_rate_table()) if m.year_only]


def test_a_year_bounding_a_span_dates_no_event_in_five_languages():
    spans = {
        "es": "La sentencia obliga a la empresa a devolver los impuestos no pagados entre 2005 y 2012.",
        "it": "La sentenza impone alla società di pagare le tasse non versate dal 2005 al 2012.",
        "de": "Das Urteil betrifft die Steuervorteile der Firma zwischen 1995 und 2010.",
        "fr": "Le jugement porte sur les avantages fiscaux reçus par la firme entre 2004 et 2011.",
        "pt": "A sentença abrange os benefícios fiscais recebidos pela empresa entre 1997 e 2012.",
    }
    for language, text in spans.items():
        assert years(article(language, "2024-06-04", text)) == [], language


def test_a_year_after_in_still_dates_the_event():
    assert years(article("es", "2024-06-04", "El tribunal dictó sentencia en 2020 a favor de la empresa.")) \
        == [("verdict", "2020")]
    assert years(article("it", "2024-06-04", "La sentenza del tribunale è arrivata nel 2020.")) \
        == [("verdict", "2020")]


def test_the_start_of_a_span_never_clashes_with_another_outlets_year_of_the_verdict():
    sources = [
        article("a", "2024-06-04", "La sentencia de primera instancia fue dictada en 2020 por el tribunal."),
        article("b", "2024-06-04", "La nueva sentencia obliga a devolver los impuestos no pagados entre 2005 y 2012."),
    ]
    claims = compare(sources)
    assert not [c for c in claims if c.topic.startswith("Year of ") and c.verdict == "disagree"]
