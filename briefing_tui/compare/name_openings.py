"""What stands before a person's or a place's name when a sentence names whose a figure is, and is no part of it.

- An elided article glued to the next word ("L’ancien président", "l’avocat", "d’Espagne", "dell’Italia"): before a
  lower-case word the whole word is no name (:func:`~briefing_tui.language_table.elided_common`); before a capital it is stripped
  (:func:`without_elided_article`: "L’Espagne" is Espagne).
- A name a role word follows with no name after it ("the PTI founder was fined", "Pakistan Tehreek Insaaf (PTI) founder
  has been asked to pay"): the figure is the role-holder's, not the party's or the firm's (:func:`role_after`).
- A role and the place it is of, set beside the person who holds it ("El expresidente de Francia, Nicolás
  Sarkozy, ha sido condenado", "the former president of France, Nicolas Sarkozy, was"): the person is the
  subject, not the place (:func:`apposed_person`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.language_table import ELIDED_ARTICLE, elided_common, per_language, word_table
from briefing_tui.lazy_pattern import lazy_compile
# A preposition linking a role (a word starting with a stem of the table's ``role_stems``) to the place or body it is
# of, at the end of the text before that place's name ("expresidente de", "président de la", "former president of",
# "Präsident von", "presidente della", "ex-presidente da"), with an article (elided or not) after it; one lower-case
# adjective may stand between the role and its preposition ("le président conservateur du Parlement").
_ROLE_OF_TAIL = (r"[\w-]{0,20}(?:\s{1,3}[a-zà-ÿ][\w-]{1,20})?"
                 r"\s{1,3}(?:of|de|du|des|del|della|dello|di|da|do|von|der)\s{1,3}"
                 r"(?:(?:the|la|le|el|il|lo|a|o)\s{1,3}|[lL]['’])?\Z")


@lru_cache(maxsize=1)
def _role_of() -> re.Pattern:
    """The role and its preposition (see ``_ROLE_OF_TAIL``), from the table's stems, the longest first."""
    stems = sorted({w for names in per_language(word_table().get("role_stems")) for w in names},
                   key=lambda w: (-len(w), w))
    return re.compile(r"(?<![\w’'-])(?:ex-?)?(?:" + "|".join(map(re.escape, stems)) + ")" + _ROLE_OF_TAIL, re.I)


# The person set beside the place, between commas, or before a lower-case verb ("Francia, Nicolás Sarkozy, ha"):
# two to five capitalised words (with the small words inside names: "Lula da Silva"), not a list's next item.
_APPOSED_AFTER = lazy_compile(
    r",\s{1,3}(?P<name>[A-ZÀ-Ý][\w’'-]{1,30}(?:\s{1,3}(?:(?:da|de|do|dos|del|van|von|le|la|di|al|el|bin)\s{1,3})?"
    r"[A-ZÀ-Ý][\w’'-]{1,30}){1,4})"
    r"(?:\s{0,3},(?!\s{0,3}(?:(?:and|et|y|e|und|or|ou|o|oder|ou)\b|[A-ZÀ-Ý]))"
    r"|\s{1,3}(?!(?:and|et|y|e|und|or|ou|o|oder)\b)[a-zà-ÿ])")
ROLE_REACH = 60  # characters before a place's name searched for the role it is the place of


def without_elided_article(word: str) -> str:
    """``word`` without an elided article glued before a capital ("L’Espagne" -> "Espagne"); any other word as it is."""
    m = ELIDED_ARTICLE.match(word)
    return word[m.end():] if m is not None and word[m.end():][:1].isupper() else word


def apposed_person(text: str, start: int, end: int) -> str | None:
    """The person set beside the name at ``text[start:end]`` when that name is the place or body a role is of
    ("El expresidente de Francia, Nicolás Sarkozy, ha": Nicolás Sarkozy), else None."""
    if not _role_of().search(text, max(0, start - ROLE_REACH), start):
        return None
    m = _APPOSED_AFTER.match(text, end)
    return " ".join(m.group("name").split()) if m else None


# A place's name, then the person set beside it, closing with a comma at the end of the text: "de Francia, Nicolás
# Sarkozy," (the role before the place is checked apart: ``_role_of``).
_PLACE_THEN_PERSON = lazy_compile(
    r"(?<![\w’'-])[A-ZÀ-Ý][\w’'-]{1,30}(?:\s{1,3}[A-ZÀ-Ý][\w’'-]{1,30}){0,3}"
    r"(?=,\s{1,3}[A-ZÀ-Ý][\w’'-]{1,30}(?:\s{1,3}(?:(?:da|de|do|dos|del|van|von|le|la|di|al|el|bin)\s{1,3})?"
    r"[A-ZÀ-Ý][\w’'-]{1,30}){1,4}\s{0,3},\s{0,3}\Z)")
APPOSED_REACH = 120  # characters before a clause searched for the role, place and person that open the sentence


def person_before_clause(text: str) -> str | None:
    """The person set beside a role's place right before the clause ``text`` ends with ("El expresidente de
    Francia, Nicolás Sarkozy," -> "Nicolás Sarkozy"): the subject of the clause after it; else None."""
    m = _PLACE_THEN_PERSON.search(text, max(0, len(text) - APPOSED_REACH))
    return apposed_person(text, m.start(), m.end()) if m else None


@lru_cache(maxsize=1)
def _role_after() -> re.Pattern:
    """A role word right after a name (an acronym in brackets may stand between) with no name after it: "PTI
    founder has", "(PTI) founder was"; not "PTI founder Imran Khan" (then the name after is the subject)."""
    stems = sorted({w for names in per_language(word_table().get("role_stems")) for w in names},
                   key=lambda w: (-len(w), w))
    return re.compile(r"(?:\s{0,3}\([^()]{1,40}\))?\)?\s{1,3}(?:" + "|".join(map(re.escape, stems)) + r")[\w-]{0,20}"
                      r"(?![\w-])(?-i:(?!\s{1,3}[A-ZÀ-Ý]))", re.I)


def role_after(text: str, end: int) -> bool:
    """A role word follows the name ending at ``end`` with no name after it ("the PTI founder was sentenced"): whose
    the figure is, is the role-holder's, not the name's; a possessive name ("Nvidia's founder") is left as it is."""
    return text[max(0, end - 2):end] not in ("'s", "’s") and _role_after().match(text, end) is not None
