"""A lone surname two people of an article share is told apart by the title before it when only one of them was
named with that title ("Governor Ann Reed" and her son "Tom Reed": "Governor Reed said" is Ann Reed); with no title,
or a title both carry, it stays unattributed (never guessed). Invented sentences."""

from __future__ import annotations

from briefing_tui.corpus import load_corpus


def _speakers(tmp_path, body: str) -> dict[str, str | None]:
    (tmp_path / "a.txt").write_text(body, encoding="utf-8")
    corpus = load_corpus([tmp_path], cache=False)
    return {q.text.strip("“”\""): q.speaker for q in corpus.quotes if q.kind == "direct"}


def test_a_title_tells_apart_two_people_of_one_surname(tmp_path):
    speakers = _speakers(tmp_path, "Court rules\n\nA court convicted Tom Reed on Monday. His mother, Governor Ann "
                                   "Reed, said little.\n\n\"I love my son,\" Governor Reed wrote in a statement.\n")
    assert speakers["I love my son"] == "Ann Reed"
    # (with no title it stays unattributed: two people are called Reed)
    speakers = _speakers(tmp_path, "Court rules\n\nA court convicted Tom Reed on Monday. His mother, Governor Ann "
                                   "Reed, said little.\n\n\"I love my son,\" Reed wrote in a statement.\n")
    assert speakers["I love my son"] is None

