"""``briefing diff``: the JSON contract, the filters, the table, and no Textual in the core."""

from __future__ import annotations

import json
import subprocess
import sys

from briefing_tui.cli import main
from briefing_tui.compare.voice import sentence_voices
from briefing_tui.corpus import load_corpus
from briefing_tui.model import Sentence
from tests.conftest import ARTICLES


def run_json(capsys, *args: str) -> dict:
    assert main(["diff", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_contract_on_the_seeds(capsys, seed_corpus):
    data = run_json(capsys)
    assert set(data) == {"schema_version", "claims"} and data["schema_version"] == 1
    raws = {s.id: s.raw for s in seed_corpus.sources}
    for claim in data["claims"]:
        assert {"id", "topic", "verdict", "evidence", "statements"} <= set(claim)
        assert claim["verdict"] in ("agree", "disagree", "single")
        assert claim["topic"] and claim["evidence"]
        for st in claim["statements"]:
            assert {"source", "text", "speaker", "start", "end"} <= set(st)
            assert raws[st["source"]][st["start"]:st["end"]] == st["text"]
            for f in st["figures"]:
                assert raws[st["source"]][f["start"]:f["end"]] == f["text"]
    ids = [c["id"] for c in data["claims"]]
    assert len(ids) == len(set(ids))


def test_ids_and_order_are_deterministic(capsys):
    first = run_json(capsys)
    second = run_json(capsys)
    assert first == second


def test_disagreements_filter(capsys):
    data = run_json(capsys, "--corpus", str(ARTICLES / "compare"), "--disagreements")
    assert data["claims"] and {c["verdict"] for c in data["claims"]} == {"disagree"}
    price = next(c for c in data["claims"] if "3.4 billion" in c["evidence"])
    # (coast_wire is undated: it is converted at the rate of its story's date, and the evidence says so)
    assert "'2.1 billion euros' ≈ USD 2.44 billion; EUR at 1.1641 USD (ECB reference rate 2026-03-10, article date " \
           "unknown: the story's date 2026-03-10)" in price["evidence"]


def test_speaker_and_voice_in_json(capsys):
    data = run_json(capsys, "--corpus", str(ARTICLES / "compare"))
    jobs = next(c for c in data["claims"] if any("misleading" in s["text"] for s in c["statements"]))
    critic = next(s for s in jobs["statements"] if "misleading" in s["text"])
    assert (critic["speaker"], critic["voice"]) == ("Piet Varga", "reported")
    assert "misleading" in critic["cues"]
    assert any(m["kind"] == "cue" for m in critic["marks"])


def test_table_output_is_plain_text_with_symbols(capsys):
    assert main(["diff", "--corpus", str(ARTICLES / "compare")]) == 0
    out = capsys.readouterr().out
    assert "✗" in out and "✓" in out and "●" in out
    assert "\x1b" not in out


def test_table_does_not_interpret_markup_or_escapes(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("The [bold red]board[/] approved a \x1b[31m$5 billion plan on Monday to build a dam.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("The [bold red]board[/] approved a $5 billion plan to build a dam near the city.\n",
                                    encoding="utf-8")
    assert main(["diff", "--corpus", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "[bold red]board[/]" in out and "\x1b" not in out


def test_pronoun_speaker_comes_from_the_nearest_named_attribution():
    texts = ["Ana Berg said the plan was sound.", "“It will work,” she said.", "Prices rose in May."]
    sentences, pos = [], 0
    for i, t in enumerate(texts):
        sentences.append(Sentence(i, pos, pos + len(t), t, i))
        pos += len(t) + 1
    voices = sentence_voices(sentences)
    assert [(v.kind, v.speaker) for v in voices.values()] == [
        ("reported", "Ana Berg"), ("quoted", "Ana Berg"), ("outlet", None)]


def test_corpus_without_dates_or_entities_still_compares():
    corpus = load_corpus([ARTICLES / "compare" / "coast_wire.txt"])
    assert {c.verdict for c in corpus.claims} == {"single"}


def test_claim_titles_keep_whole_words_at_80_columns(capsys, monkeypatch):
    """At 80 columns (piped, SSH) each claim title's words are whole, never cut to 'Tradition…'."""
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["diff", "--json"]) == 0
    topics = [c["topic"] for c in json.loads(capsys.readouterr().out)["claims"]]
    assert main(["diff"]) == 0
    out = capsys.readouterr().out
    cells = " ".join(line.split("│")[2].strip() for line in out.splitlines() if line.count("│") == 5)
    for topic in topics[:5]:
        for word in topic.split():
            if len(word) <= 18 and word.isalpha():
                assert word in cells, (word, topic)


def test_the_table_states_the_tolerance_once_below_not_in_every_figure_claim(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "1000")  # one line per table row: the policy's words are not wrapped
    assert main(["diff", "--json", "--corpus", str(ARTICLES / "compare")]) == 0
    figure_claims = [c for c in json.loads(capsys.readouterr().out)["claims"] if c.get("tolerance")]
    assert len(figure_claims) >= 2
    assert main(["diff", "--corpus", str(ARTICLES / "compare")]) == 0
    out = capsys.readouterr().out
    assert out.count("'about' ±5% (money ±15%)") == 1
    assert out.rstrip().splitlines()[-1].startswith("Figures agree within the tolerance: exact figures")
