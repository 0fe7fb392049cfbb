"""Seats in a relative clause belong to the name the clause hangs on: "the Greens, who won four seats", "Vox y el
Partido Azul, que sube de 89 a 137 diputados", "Le RN et Reconquête, qui obtient 12 sièges", "La Lega e Azione, che ha
ottenuto 12 seggi". The subject finder read no owner, or the first name of the coordination before it ("Vox"); the
relative pronoun right after a name and a comma makes that name, the nearest, the one that won them.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# Measures of the seats a party wins ("legislator": members counted before they are read as seats). Not votes: a
# relative clause of votes often hangs on a place or a count ("the capital, which gave him 1.2 million votes").
RELATIVE_TALLIES = frozenset(("seats", "legislator"))
# A name (capitalised words, with the lower-case particles names hold), a comma, a relative pronoun of English,
# Spanish, Portuguese, French, Italian or German, then the clause up to the tally with no other punctuation: the
# text before the tally ends so.
_NAME = r"[A-ZÀ-Ý][\w'’-]{0,30}(?:\s{1,3}(?:(?:de|del|da|do|di|du|des|der|von)\s{1,3})?[A-ZÀ-Ý][\w'’-]{0,30}){0,4}"
_RELATIVE_BEFORE = lazy_compile(
    rf"(?P<name>{_NAME})\s{{0,3}},\s{{1,3}}(?:who|which|que|qui|che|die|der)\s{{1,3}}[^,;:.()\[\]—–]{{0,80}}\Z")
# An article opening the sentence before the name, capitalised there ("The Greens", "El Partido Azul").
_OPENING_ARTICLE = lazy_compile(r"\A(?:The|El|La|Le|Les|Los|Las|O|A|Os|As|Il|Lo|Gli|I|Die|Der|Das)\s{1,3}(?=[A-ZÀ-Ý])")
_CAPITAL = lazy_compile(r"\b[A-ZÀ-Ý]")
RELATIVE_REACH = 160  # characters before a tally searched for the relative clause it stands in


def relative_owners(out: list[tuple[str, int, int, dict]], text: str) -> list[tuple[str, int, int, dict]]:
    """The figures (kind, start, end, fields) with each tally in a relative clause given the name the clause hangs
    on as its subject."""
    result = list(out)
    for k, (kind, start, end, fields) in enumerate(result):
        if kind not in ("count", "percent") or fields.get("measure") not in RELATIVE_TALLIES:
            continue
        found = _RELATIVE_BEFORE.search(text, max(0, start - RELATIVE_REACH), start)
        if found is None or _CAPITAL.search(text, found.end("name"), start):
            continue  # (a name inside the clause owns them: "Ipsos, which gave Labour 411 seats")
        name = _OPENING_ARTICLE.sub("", found.group("name"))  # ("The Greens, who ...": the Greens)
        if name:
            result[k] = (kind, start, end, {**fields, "subject": name})
    return result
