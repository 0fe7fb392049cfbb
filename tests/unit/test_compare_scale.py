"""Comparison at scale: recurring sentences become one unit, candidate pairs grow linearly, large
groups are still judged right, and the pairwise view pairs sentences in one pass."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.compare.align import WINDOW, _candidates
from briefing_tui.compare.pairwise import pair_rows
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from briefing_tui.corpus import load_corpus
from tests.conftest import ARTICLES

BRIDGES = "The council will spend $12 million on new bridges over the river next year."
ADVERBS = ("quietly formally finally again now soon gladly openly jointly partly fully duly largely mostly "
           "rightly surely boldly calmly firmly gently").split()


def _write(folder: Path, bodies: list[str]) -> None:
    for i, body in enumerate(bodies):
        (folder / f"s{i:03d}.txt").write_text(f"---\noutlet: Outlet {i}\n---\n{body}\n", encoding="utf-8")


def test_a_recurring_sentence_is_one_unit_with_every_occurrence(tmp_path):
    _write(tmp_path, [f"Weather was mild.\n\n{BRIDGES}", f"{BRIDGES}\n\nThe vote was close.",
                      "The council will spend $19 million on new bridges over the river next year, the mayor said."])
    corpus = load_corpus([tmp_path])
    units = build_units(corpus.sources, (), (), default_rate_table())
    bridges = [u for u in units if "bridges" in u.text]
    assert [len(u.occurrences) for u in bridges] == [2, 1]
    claim = next(c for c in corpus.claims if any("bridges" in s.text for s in c.statements))
    assert claim.verdict == "disagree"
    assert "$19 million" in claim.evidence and "$12 million" in claim.evidence
    raws = {s.id: s.raw for s in corpus.sources}
    assert len(claim.statements) == 3
    for st in claim.statements:
        assert raws[st.source][st.start:st.end] == st.text
        assert {f.source for f in st.figures} == {st.source}
        money = next(f for f in st.figures if f.kind == "money")
        assert raws[st.source][money.start:money.end] == money.text
        marked = {raws[st.source][a:b] for a, b, kind in st.marks if kind == "conflict"}
        assert marked == {money.text}


def test_a_large_group_still_finds_the_one_conflicting_figure(tmp_path):
    agreeing = [f"The council will {adverb} spend $12 million on new bridges over the river." for adverb in ADVERBS]
    _write(tmp_path, [*agreeing, "The council will spend $19 million on new bridges over the river."])
    claims = load_corpus([tmp_path]).claims
    assert len(claims) == 1
    assert len(claims[0].sources) == len(ADVERBS) + 1
    assert claims[0].verdict == "disagree"
    assert "'$19 million'" in claims[0].evidence


def test_candidate_pairs_grow_linearly_with_near_identical_sentences(tmp_path):
    def pairs(n: int) -> int:
        folder = tmp_path / str(n)
        folder.mkdir()
        _write(folder, [f"Officials from district {i} said the council will spend money on new bridges over the "
                        f"river, with work item {i} listed." for i in range(n)])
        corpus = load_corpus([folder])
        return len(_candidates(build_units(corpus.sources, (), (), default_rate_table())))

    small, large = pairs(60), pairs(240)
    assert large <= 5 * small  # all pairs would be about 16 times as many
    assert large <= 4 * WINDOW * 240


def test_pairwise_rows_follow_both_sources():
    corpus = load_corpus([ARTICLES / "compare_quality"])
    left, right = corpus.source("rail_review"), corpus.source("valley_times")
    rows = pair_rows(corpus.claims, left, right)
    assert [r.kind for r in rows] == ["matched", "left", "left", "right", "right", "right"]
    assert rows[0].left.text.startswith("Transport Minister") and rows[0].right.text.startswith("The rail link")
    assert [r.right.text[:6] for r in rows[3:]] == ["He sai", "Sweden", "A bran"]
