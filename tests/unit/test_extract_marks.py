"""Quotation marks of every style, nesting, apostrophes and unbalanced marks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_tui.extract import analyse
from briefing_tui.extract.marks import quoted_spans
from briefing_tui.ingest import parse_text


def spans(text: str, next_opens: bool = False) -> list[str]:
    return [text[s.start:s.end] for s in quoted_spans(text, next_opens)]


def test_every_mark_style():
    assert spans("He said “curly” and \"straight\" and ‘single’.") == ["curly", "straight", "single"]
    assert spans("Il a dit « Bonjour à tous » hier.") == [" Bonjour à tous "]
    assert spans("彼は「わかりました」と言った。『本』") == ["わかりました", "本"]
    assert spans("Sie sagte „Guten Tag“ und ging.") == ["Guten Tag"]


def test_nested_quote_stays_inside_the_outer_one():
    assert spans("“This shows that ‘Japan is back’ for good,” he said.") == \
        ["This shows that ‘Japan is back’ for good,"]


def test_apostrophes_are_not_marks():
    assert spans("Japan’s role and the countries’ ‘quiet’ ties, don't worry") == ["quiet"]


def test_unbalanced_mark_never_swallows_the_paragraph():
    assert spans("He said “this never closes and goes on and on.") == []
    assert spans("“First” then “second never closes.") == ["First"]


def test_open_quote_continues_into_the_next_paragraph_only_when_it_reopens():
    text = "“We have lived here for forty years. Every winter it comes closer."
    assert spans(text, next_opens=True) == ["We have lived here for forty years. Every winter it comes closer."]
    assert spans(text, next_opens=False) == []


def test_a_quote_split_by_its_attribution_is_two_spans():
    assert spans("“If we do nothing,” she continued, “the wall will fall.”") == \
        ["If we do nothing,", "the wall will fall."]


_PIECES = st.sampled_from([*"ab Cd.,:\n“”‘’\"'«»「」—", "Anna Berg said", " he said. ", "She ", "Mr Lee",
                           "\n\n", "According to Ivan Lee, ", "Q: ", "A: ", "Kazakh", " U.S. "])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=120).map("".join))
def test_analyse_never_crashes_and_keeps_offsets(text):
    src = parse_text(text, "fuzz")
    result = analyse([src])
    for q in result.quotes:
        assert src.raw[q.start:q.end] == q.text
        assert q.end - q.start <= len(src.raw)
    for e in result.entities:
        for m in e.mentions:
            assert src.raw[m.start:m.end] == m.text


def test_quoted_slogans_calendar_words_and_sentence_openers_are_not_entities():
    src = parse_text(
        "Rally in the capital\n\nOn Sunday thousands chanted \"Make Our Republic Strong\" outside the palace in "
        "March weather, and the opposition marched against the Election Law for a third day.\n\n"
        "Meanwhile, Jana Novak, a student leader, said the protests would go on. \"We will not stop,\" she said.\n",
        "slogan")
    result = analyse([src])
    assert sorted(e.name for e in result.entities) == ["Jana Novak"]
    assert [(q.speaker, q.kind) for q in result.quotes] == [("Jana Novak", "reported"), ("Jana Novak", "direct")]
    assert [t.text for t in result.terms] == ["Make Our Republic Strong"]
