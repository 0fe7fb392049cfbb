"""The lazily built langdetect table gives exactly langdetect's own table and answers."""

from __future__ import annotations

import pytest

pytest.importorskip("langdetect")

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory  # noqa: E402

from briefing_tui.ingest.langdetect_profiles import lazy_factory  # noqa: E402

SAMPLES = [
    "Japan is back, says the prime minister",
    "Le Premier ministre a annoncé un plan",
    "Der Bundeskanzler sprach am Montag in Berlin",
    "El presidente habló con los periodistas",
    "Премьер-министр заявил",
    "日本の首相は月曜日に述べた",
    "Il governo ha approvato la legge",
    "x",
]


@pytest.fixture(scope="module")
def factories():
    eager = DetectorFactory()
    eager.load_profile(PROFILES_DIRECTORY)
    return eager, lazy_factory(PROFILES_DIRECTORY)


def test_same_languages_in_the_same_order(factories):
    eager, lazy = factories
    assert lazy.langlist == eager.langlist
    assert len(lazy.langlist) == 55


def test_rows_equal_langdetect_s_own(factories):
    eager, lazy = factories
    words = [w for i, w in enumerate(eager.word_lang_prob_map) if i % 37 == 0]
    assert len(words) > 1000
    for w in words:
        assert w in lazy.word_lang_prob_map
        assert lazy.word_lang_prob_map[w] == eager.word_lang_prob_map[w][:len(eager.langlist)]
    for missing in ("qqqqzz", "\u2603\u2603", ""):
        assert (missing in lazy.word_lang_prob_map) == (missing in eager.word_lang_prob_map)


def test_same_probabilities_for_texts(factories):
    eager, lazy = factories
    for factory in (eager, lazy):
        factory.set_seed(0)
    for text in SAMPLES:
        got = []
        for factory in (eager, lazy):
            d = factory.create()
            d.append(text)
            try:
                got.append([(p.lang, p.prob) for p in d.get_probabilities()])
            except Exception as exc:  # langdetect raises on text without features: both must
                got.append(type(exc).__name__)
        assert got[0] == got[1], text
