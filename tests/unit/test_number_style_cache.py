"""How a source writes numbers is decided once per source and kept: the key must tell two sources apart even when
they share an id and a length and carry no content hash (sources made by hand, as tests and library callers do).
Before, an English "3.25%" read first made a later Italian source of the same id and length read "4.500" as 4.5."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from briefing_tui.model import Sentence, Source


def _source(text: str, language: str) -> Source:
    return Source(id="s", path="s.txt", raw=text, language=language, sentences=[Sentence(0, 0, len(text), text, 0)])


def _values(source: Source) -> list[float]:
    return [f.low for f in figures_in_text(source.raw, source, 0) if f.kind == "count"]


def test_two_hand_made_sources_of_one_id_and_length_keep_their_own_number_style():
    english = "Shares rose 3.25% to 4.5 points on Friday in Tokyo"
    italian = "Evacuate circa 4.500 persone dalla valle ieri sera"
    assert len(english) == len(italian)
    _values(_source(english, "en"))
    assert _values(_source(italian, "it")) == [4500.0]
