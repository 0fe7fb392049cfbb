"""A name that opens a quotation is the subject of the quoted words, not who says them: in 'M. Garnier "a menti",
a-t-il poursuivi' the pronoun stands for someone else (here the judge named before); and a name after a preposition
of the article's language ("les décisions de M. Garnier") is an object, no antecedent of the speaking pronoun."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.corpus import load_corpus


def _speaker(tmp_path: Path, text: str, opening: str) -> str | None:
    """The speaker of the quote of one article that opens on ``opening``."""
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    quotes = [q for q in load_corpus([tmp_path], cache=False).quotes if q.text.startswith(opening)]
    assert len(quotes) == 1
    return quotes[0].speaker


FRENCH = ("Procès à Lyon : le tribunal condamne l'ancien maire\n\n"
          "Le tribunal correctionnel de Lyon a condamné mardi l'ancien maire Jacques Garnier à deux ans de prison.\n\n"
          "Dans un jugement lu en 40 minutes par son président Paul Fontaine, le tribunal a estimé que les décisions "
          "de M. Garnier étaient contraires à la loi. M. Garnier \"a détourné des fonds publics pendant six ans, "
          "au détriment des habitants de la ville\", a-t-il poursuivi.\n")


def test_french_name_opening_the_quote_is_not_the_pronoun_speaker(tmp_path):
    assert _speaker(tmp_path, FRENCH, "a détourné des fonds") == "Paul Fontaine"



GROUP_OBJECT = ("Fans mourn as club is relegated\n\n"
                "The club lost its last match 3-0 on Sunday and will play in the second division next season.\n\n"
                "Outside the stadium, many fans cried, shouted and waved at reporters when the final whistle blew.\n")


def test_a_plural_noun_after_and_and_a_preposition_is_no_speaking_group(tmp_path):
    (tmp_path / "article.txt").write_text(GROUP_OBJECT, encoding="utf-8")
    speakers = [q.speaker for q in load_corpus([tmp_path], cache=False).quotes]
    assert not any(s and "reporters" in s for s in speakers)


def test_a_preposition_opening_a_sentence_is_no_part_of_a_name(tmp_path):
    (tmp_path / "article.txt").write_text(
        "Neighbours gather outside mayor home\n\nThe mayor Daniel Brooks was arrested on Sunday. Outside Brooks’s "
        "house, neighbours gathered all night. Amid Brooks’s legal troubles, the council met on Monday. Brooks has "
        "denied wrongdoing.\n",
        encoding="utf-8")
    names = {e.name for e in load_corpus([tmp_path], cache=False).entities}
    assert "Daniel Brooks" in names
    assert not any(n.startswith(("Outside", "Amid")) for n in names)
