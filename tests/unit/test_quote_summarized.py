"""An organisation "summarised that" it heard something is its own reported speech, not the previous paragraph's
speaker going on: the quote goes to the organisation, never to the person quoted before."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.corpus import load_corpus


def _quotes(tmp_path: Path, text: str) -> list[tuple[str, str | None, str]]:
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    return [(q.kind, q.speaker, q.text) for q in load_corpus([tmp_path], cache=False).quotes]


def test_summarized_that_is_speech_of_its_subject(tmp_path):
    quotes = _quotes(tmp_path, "Harbour fees rise\n\n"
                     "The Harbour Authority raised its fees on Monday, its director Anna Berg told reporters.\n\n"
                     "Berg had said in March that the authority needed more data.\n\n"
                     "At a meeting of port managers last week, the Harbour Authority summarized that it “heard many "
                     "complaints about delays from shipping firms.”\n")
    speakers = {speaker for _, speaker, text in quotes if "complaints" in text}
    assert speakers and "Anna Berg" not in speakers
    assert speakers <= {"Harbour Authority", "authority"}


def test_summarised_a_report_is_no_speech(tmp_path):
    quotes = _quotes(tmp_path, "Report out\n\n"
                     "The committee summarised the report in two pages on Tuesday.\n")
    assert not [q for q in quotes if q[1] == "committee"]
