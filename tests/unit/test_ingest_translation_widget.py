"""Under a headline, a machine translation widget's label ("Beta V.1.0 - Powered by automated translation") and a
photo caption closed by the wire's name alone ("Rescuers at the scene. Reuters") are no headline (issue 11: either
was taken as the page's title)."""

from __future__ import annotations

import pytest

from briefing_tui.ingest import parse_text

HEADLINE = "Harbour pilot to testify about the port's worst ferry collision"
PROSE = ("A harbour pilot on duty during the collision will appear before a prosecutor on Thursday to explain how two "
         "ferries were allowed to use the same channel in thick fog.\n\n"
         "The two vessels struck each other near the breakwater before midnight on Tuesday, and one of them sank "
         "within twenty minutes, officials said.\n\n")


@pytest.mark.parametrize("under", [
    "Beta V.2.3 - Powered by automated translation",
    "Divers at the breakwater on Wednesday. Reuters",
    "Divers at the breakwater on Wednesday. AFP",
])
def test_a_widget_label_or_a_credited_caption_is_no_title(under):
    page = HEADLINE + "\n\n" + under + "\n\n" + PROSE
    assert parse_text(page, "t").title == HEADLINE
