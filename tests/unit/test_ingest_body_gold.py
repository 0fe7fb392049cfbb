"""Issues 11 and 17: cleaning keeps the article's own sentences (tests/gold_body, study-set sources).

Each page lost article text to a position cue on f98ca09 (a first sentence split as if a headline were glued to it,
a list's short items taken for a menu, a paragraph cut off under the last subheading, a last sentence without its
full stop, a quotation taken for a picture's alt text). Its body must start and end where the gold says, hold
every ``body_contains`` string, and none of the boilerplate strings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.ingest_gold import fold, load_gold, score_page
from briefing_tui.ingest.parse import parse_text

GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold_body"


@pytest.mark.parametrize(("key", "gold", "raw"), [pytest.param(k, g, r, id=k) for k, g, r in load_gold(GOLD)])
def test_body_keeps_the_articles_own_text(key, gold, raw):
    r = score_page(key, gold, raw)
    assert (r.start_ok, r.end_ok, r.leaks) == (True, True, []), (r.body_head, r.body_tail)
    body = fold(parse_text(raw, key).body)
    assert [s for s in gold.get("body_contains") or [] if fold(s) not in body] == []
    assert r.truncated_ok is not False

