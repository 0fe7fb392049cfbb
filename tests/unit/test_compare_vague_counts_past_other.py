"""A vague count before "other"/"weitere" and its noun ("dozens of other cases", "Dutzende weitere Strafverfahren")
counts that noun, as a number does ("seven other defendants") (issue 11; gold_new37). Invented sentences."""

from briefing_tui.compare.figures import figures_in_text
from briefing_tui.model import Source


def _counts(text: str, language: str = "en") -> list[tuple[str, str | None, float, float]]:
    source = Source(id=f"vague-other-{language}-{len(text)}", path="s.txt", raw=text, language=language)
    return [(f.text, f.unit, f.low, f.high) for f in figures_in_text(text, source, 0) if f.kind == "count"]


def test_dozens_of_other_cases():
    assert _counts("The senator still faces dozens of other lawsuits in three states.")[0] == \
        ("dozens of other lawsuits", "lawsuit", 24.0, 99.0)
    assert _counts("Hundreds of other farms lost their harvest.")[0] == ("Hundreds of other farms", "farm", 200.0, 999.0)


def test_german_vague_count_past_weitere():
    assert _counts("Gegen die Firma laufen Dutzende weitere Klagen.", "de")[0] == \
        ("Dutzende weitere Klagen", "klagen", 24.0, 99.0)  # (German plurals are kept)


def test_plain_vague_counts_unchanged():
    assert _counts("Dozens of lawsuits were filed.")[0] == ("Dozens of lawsuits", "lawsuit", 24.0, 99.0)
