"""A Spanish or Portuguese married name ("María Gómez de Castro") that other outlets write as the given name and the
married name alone ("María Castro") is one person; two longer names of one short form keep all three apart
(issue 11: a speaker or a subject split in two). Invented sentences."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.corpus import load_corpus


def _people(tmp_path: Path, articles: dict[str, str]) -> dict[str, list[str]]:
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return {e.name: e.aliases for e in load_corpus([tmp_path], cache=False).entities if e.type == "person"}


def test_the_given_and_married_name_alone_is_the_married_name_whole(tmp_path):
    people = _people(tmp_path, {
        "a.txt": "Senadora renuncia\n\nLa senadora María Gómez de Castro anunció el lunes su renuncia al cargo.\n",
        "b.txt": "Senator resigns\n\nSenator María Castro said on Monday she would resign from the Senate.\n",
        "c.txt": "Senadora deixa o cargo\n\nA senadora María Castro anunciou na segunda-feira a sua renúncia.\n"})
    maria = [name for name, aliases in people.items() if "María Castro" in [name, *aliases]]
    assert len(maria) == 1
    assert {"María Castro", "María Gómez de Castro"} <= {maria[0], *people[maria[0]]}


def test_two_married_names_of_one_short_form_join_nothing():
    from briefing_tui.extract.bridged_names import married_names

    words = {("ana", "soto"): 0, ("ana", "ruiz", "de", "soto"): 1, ("ana", "vega", "de", "soto"): 2}
    assert married_names([(1, ("ana", "ruiz", "de", "soto"))], words) == [(1, 0)]
    assert married_names([(1, ("ana", "ruiz", "de", "soto")), (2, ("ana", "vega", "de", "soto"))], words) == []
    # no particle before the last word: another rule's (a second surname), not a married name
    assert married_names([(3, ("ana", "ruiz", "vega", "soto"))], {("ana", "soto"): 0}) == []
