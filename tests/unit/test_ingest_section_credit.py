"""A page's section label closing it as a dashed line ("- Internacionales", "- Mundo") is shaped like an agency's
credit ("- Bernama") but names no source: the outlet stays unknown (issue 11, a flood report whose outlet read as
"Internacionales")."""

from __future__ import annotations

import pytest

from briefing_tui.ingest import parse_text

BODY = ("Crecida del río en el valle\n\nEl río se desbordó durante la noche e inundó el casco antiguo, según informaron "
        "las autoridades el lunes. Se esperan más lluvias en los próximos días en toda la región.\n")


@pytest.mark.parametrize("label", ["Internacionales", "Mundo", "World", "Politik"])
def test_a_section_label_closing_the_page_is_no_outlet(label):
    assert parse_text(f"{BODY}- {label}\n", "x", "x.txt").outlet is None


def test_an_agency_closing_the_page_is_still_the_outlet():
    assert parse_text(f"{BODY}- Bernama\n", "x", "x.txt").outlet == "Bernama"
