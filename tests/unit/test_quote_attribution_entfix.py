"""Reported speech read wrongly on real articles (entfix): a source cited after the verb is no clause; the
time of saying ("said as he surveyed ...", "on Saturday afternoon") is not what was said; a noun that
looks like a participle ("receive a warning that ...") does not cut a clause in two."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.corpus import load_corpus


def _quotes(tmp_path: Path, text: str) -> list[tuple[str, str | None, str]]:
    """(kind, speaker, text) of every quote of one article."""
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    return [(q.kind, q.speaker, q.text) for q in load_corpus([tmp_path], cache=False).quotes]


def test_citing_a_source_is_not_a_reported_clause(tmp_path):
    quotes = _quotes(tmp_path, "Prison\n\nThe banker will probably serve 17 to 20 years, The Financial Times said, "
                     "citing prison consultants.\n")
    assert [q for q in quotes if "consultants" in q[2] and not q[2].startswith("The banker")] == []


def test_the_time_of_saying_is_not_what_was_said(tmp_path):
    quotes = _quotes(tmp_path, "Fire\n\n\"It hit so quick,\" resident Tom Brevik said as he surveyed the damage "
                     "in the morning.\n\nGovernor Ana Pereira warned at a press conference on Saturday afternoon "
                     "the death toll would continue to rise.\n")
    assert not any(text.startswith("as he surveyed") for _, _, text in quotes)
    assert ("reported", "Ana Pereira", "the death toll would continue to rise") in quotes


def test_a_noun_that_looks_like_a_participle_does_not_cut_the_clause(tmp_path):
    quotes = _quotes(tmp_path, "Sirens\n\nMany survivors said in interviews that they didn't hear any sirens or "
                     "receive a warning that gave them enough time to prepare.\n")
    reported = [text for kind, _, text in quotes if kind == "reported"]
    assert reported == ["they didn't hear any sirens or receive a warning that gave them enough time to prepare"]


def test_a_quote_opening_the_sentence_after_a_named_speakers_verb_is_theirs(tmp_path):
    quotes = _quotes(tmp_path, "Sentence\n\nThe sentence sets an example for fraudsters, Solar Council for Innovation "
                     "CEO Dana Whitfield told The Washington Post. \"What we don't want to do is reward people who "
                     "pay a fine and carry on.\"\n")
    assert ("direct", "Dana Whitfield",
            "What we don't want to do is reward people who pay a fine and carry on.") in quotes


def test_an_unnamed_person_described_by_a_role_is_the_speaker_as_described(tmp_path):
    quotes = _quotes(tmp_path, "Appeal\n\nThe banker may cut his sentence through good behaviour. A former federal "
                     "prosecutor stated that he could serve as little as 12.5 years.\n\nThe banker's lawyer has "
                     "stated that they will continue to appeal his conviction.\n")
    assert ("reported", "former federal prosecutor", "he could serve as little as 12.5 years") in quotes
    assert ("reported", "banker's lawyer", "they will continue to appeal his conviction") in quotes


def test_an_agency_written_in_lower_case_is_the_one_its_bracketed_acronym_names(tmp_path):
    (tmp_path / "a.txt").write_text("Cost\n\nThe cost is $5 billion, according to the Federal Disaster Relief "
                                    "Agency (FDRA), with 2,000 homes destroyed.\n", encoding="utf-8")
    quotes = _quotes(tmp_path, "Rebuild\n\nFederal disaster relief agency (FDRA) said that the cost to rebuild the "
                     "town was estimated at $5 billion.\n")
    assert ("reported", "Federal Disaster Relief Agency",
            "the cost to rebuild the town was estimated at $5 billion") in quotes
