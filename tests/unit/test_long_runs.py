"""Hostile input: text with no full stop, and sources giving hundreds of dates, must cost about their length.

A 30 KB paste with no punctuation used to be one sentence whose every date re-read all its words (quadratic: two
minutes); a source of thousands of dates was grouped pair by pair. These tests pin the bounds that keep it linear.
"""

from __future__ import annotations

from briefing_tui.compare.event_mentions import MAX_SOURCE_DATES, event_mentions
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.statement_cache import figures_of
from briefing_tui.compare.units import build_units
from briefing_tui.corpus import load_corpus
from briefing_tui.ingest.segment import MAX_SENTENCE_CHARS, split_sentences

WORDS = "officials said rescue teams searching Tokyo floods killed 42 people Monday homes damaged".split()


def _run(n: int) -> str:
    return " ".join(WORDS[k % len(WORDS)] for k in range(n))


def test_a_run_with_no_full_stop_is_cut_at_white_space_into_bounded_sentences():
    raw = "Floods\n\n" + _run(5000) + "\n"
    start = raw.index("officials")
    spans = split_sentences(raw, start, len(raw))
    assert len(spans) == len(raw[start:]) // MAX_SENTENCE_CHARS + 1
    assert all(0 < b - a <= MAX_SENTENCE_CHARS for a, b in spans)
    # Cut between words only, in order, and together they hold every word of the run.
    pieces = [raw[a:b] for a, b in spans]
    assert all(p == p.strip() for p in pieces)
    assert " ".join(pieces).split() == raw[start:].split()
    assert all(raw[b].isspace() for _, b in spans[:-1])


def test_ordinary_sentences_are_left_whole():
    text = "The toll rose to 42 on Monday. " + "Rescuers kept digging through the night " * 20 + "until dawn."
    spans = split_sentences(text, 0, len(text))
    assert [text[a:b][:20] for a, b in spans] == ["The toll rose to 42 ", "Rescuers kept diggin"]
    assert spans[1][1] == len(text)


def test_a_source_of_thousands_of_dates_gives_the_timeline_only_its_first_ones(tmp_path):
    days = " ".join(f"Talks resumed on {1 + k % 28} March 2024 in Tokyo." for k in range(1200))
    (tmp_path / "log.txt").write_text("Talks log\n\n" + days + "\n", encoding="utf-8")
    corpus = load_corpus([tmp_path], cache=False)
    table = default_rate_table()
    rows = figures_of(corpus.sources, table)
    units = build_units(corpus.sources, corpus.entities, corpus.quotes, table, rows_of=rows)
    found = event_mentions(corpus.sources, units, table, rows)
    assert MAX_SOURCE_DATES <= len(found) < MAX_SOURCE_DATES + 5
    assert [m.sentence.start for m in found] == sorted(m.sentence.start for m in found)
