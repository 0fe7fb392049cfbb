"""A day named between the verb of sentencing and the term ("was sentenced on Friday to five years"), or opening the
sentence ("On Friday, X was sentenced"), is no person: the term is the sentenced person's."""

from __future__ import annotations

import pytest

from briefing_tui.compare.figures import figures_in_text
from tests.compare_helpers import article


def term_subjects(body: str) -> list[str | None]:
    source = article("o1", "2025-02-14", body)
    return [f.subject for s in source.sentences for f in figures_in_text(s.text, source, s.start)
            if f.kind == "period"]


@pytest.mark.parametrize("body", [
    "Sam Ortiz was sentenced on Friday to five years in prison for fraud.",
    "On Friday, Sam Ortiz was sentenced to five years in prison for fraud.",
    "Sam Ortiz was sentenced in March to five years in prison for fraud.",
])
def test_a_day_is_no_sentenced_person(body):
    assert term_subjects(body) == ["Sam Ortiz"]
