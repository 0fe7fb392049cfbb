"""A speaker's name set off from its speech verb by an aside between dashes ("Mayor X — who will seek re-election in
May — said it was a “...”") is still the subject of that verb, as it is with an aside between commas (issue 11: a
prime minister's words were left unattributed). Invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.corpus import load_corpus

ARTICLE = ("Council delays the river bridge again\n\n"
           "The city council met on Monday to discuss the plan for the river crossing, which has been delayed for "
           "years.\n\n"
           "Mayor Anna Petrakis{open}who will seek re-election this year with ballots expected in May{close}said it "
           "was a “shameful delay without precedent” in the city.\n\n"
           "Engineers said the old bridge could stay open for two more years if traffic was limited.\n")


@pytest.mark.parametrize(("open_", "close"), [(" — ", " — "), ("—", "—"), (" ― ", " ― "), (" – ", " – ")])
def test_a_dash_aside_keeps_the_speaker(tmp_path: Path, open_, close):
    (tmp_path / "article.txt").write_text(ARTICLE.format(open=open_, close=close), encoding="utf-8")
    found = [q.speaker for q in load_corpus([tmp_path], cache=False).quotes if "shameful delay" in q.text]
    assert found and all(s == "Anna Petrakis" for s in found)

