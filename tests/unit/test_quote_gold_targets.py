"""The issue-12 targets on the real-news quote gold in tests/gold (quotes_*.yaml + pages/*.txt).

Skipped only when that gold is absent (it is committed before merging). The issue's targets are met
(direct and reported quotes together F1 >= 0.90, speaker accuracy >= 0.92, precision >= 0.85, reported-speech
recall >= 0.85); the floors below hold what is reached (467 gold quotes, 277 of them reported: P 0.948,
F1 0.924, speaker accuracy 0.943, reported recall 0.863), rounded down a little, so that a regression fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.corpus import load_corpus
from tests.gold_eval import evaluate, load_gold_dir

GOLD_DIR = Path(__file__).resolve().parent.parent / "gold"


@pytest.fixture(scope="module")
def scored():
    if not list(GOLD_DIR.glob("quotes_*.yaml")):
        pytest.skip("no tests/gold/quotes_*.yaml")
    files, gold = load_gold_dir(GOLD_DIR)
    assert gold, "quotes_*.yaml present but no annotated article found in tests/gold/pages"
    corpus = load_corpus(files, cache=False)
    return evaluate(corpus, gold), evaluate(corpus, gold, ("reported",))


F1_FLOOR = 0.915  # reached: 0.924 (issue target 0.90)
PRECISION_FLOOR = 0.93  # reached: 0.948 (issue target 0.85)
SPEAKER_FLOOR = 0.93  # reached: 0.943 (issue target 0.92)
REPORTED_RECALL_FLOOR = 0.85
"""Reported-speech recall: the issue's 0.85 (reached: 0.863 of 277 gold reported quotes; bench.quote_eval prints it)."""


def test_direct_and_reported_together(scored):
    both, _ = scored
    assert both.f1 >= F1_FLOOR, f"F1 {both.f1:.3f}; mistakes by class: {both.failure_counts()}"
    assert both.precision >= PRECISION_FLOOR, f"precision {both.precision:.3f}; mistakes by class: {both.failure_counts()}"


def test_speakers(scored):
    both, _ = scored
    assert both.speaker_accuracy >= SPEAKER_FLOOR, f"speaker accuracy {both.speaker_accuracy:.3f}; {both.failure_counts()}"


def test_reported_speech_recall(scored):
    _, reported = scored
    assert reported.recall >= REPORTED_RECALL_FLOOR, f"reported recall {reported.recall:.3f}; {reported.failure_counts()}"
