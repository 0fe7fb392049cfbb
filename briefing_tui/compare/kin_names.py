"""A person named after a kin or tie of another: "Reed's wife Ada Cole", "Reeds mitangeklagte Ehefrau Ada Cole",
"the wife of Reed, Ada Cole," "la moglie di Reed, Ada Cole,": the figure is the person named last (the wife's),
never the one whose wife she is. Used where a sentencing's subject is read (:mod:`.prison_terms`).
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# Words for a kin or a tie, in English, German, French, Spanish, Italian and Portuguese (singular).
_KIN = (r"(?:wife|husband|spouse|partner|son|daughter|brother|sister|mother|father|nephew|niece|cousin|aide|associate"
        r"|Ehefrau|Frau|Ehemann|Mann|Partnerin|Partner|Sohn|Tochter|Bruder|Schwester|Mutter|Vater"
        r"|épouse|époux|femme|mari|compagne|compagnon|fils|fille|frère|sœur|mère|père"
        r"|esposa|esposo|mujer|marido|pareja|hijo|hija|hermano|hermana|madre|padre"
        r"|moglie|marito|compagna|compagno|figlio|figlia|fratello|sorella"
        r"|mulher|companheira|companheiro|filho|filha|irmão|irmã|mãe|pai)")
# A capitalised name of one to four words (with the small words inside names: "Lula da Silva").
_NAME = (r"[A-ZÀ-Ý][\w’'-]{1,30}"
         r"(?:\s{1,3}(?:(?:da|de|do|dos|del|van|von|di|al|bin)\s{1,3})?[A-ZÀ-Ý][\w’'-]{1,30}){0,3}")
# Words that end a possessor's phrase: a conjunction or a pronoun makes the kin another person's ("Reed and his wife
# Ada Cole": both named, Reed first).
_NOT_BETWEEN = r"(?:and|or|und|oder|et|ou|y|o|e|his|her|their|its|with|mit|avec|con|com|whose|dont|deren|dessen)\b"
# The possessor (a genitive: "Reed's", "Reeds"), then the kin (two lower-case words may stand between:
# "mitangeklagte"), then the person, with or without commas ("Reed's wife Ada Cole", "Reed's wife, Ada Cole,",
# "Reeds mitangeklagte Ehefrau Ada Cole"); or the kin "of" the possessor, then the person between commas ("the wife of
# Reed, Ada Cole,", "la moglie di Reed, Ada Cole").
_KIN_THEN_PERSON = lazy_compile(
    rf"(?<![\w’'-])(?:{_NAME}(?<=s)(?:\s{{1,3}}(?!{_NOT_BETWEEN})[a-zäöüßà-ÿ-]{{2,20}}){{0,2}}"
    rf"\s{{1,3}}{_KIN}\s{{0,3}},?"
    rf"|{_KIN}\s{{1,3}}(?:of|von|de|du|di|da|do|del|della)\s{{1,3}}(?:the\s{{1,3}})?{_NAME}\s{{0,3}},)"
    rf"\s{{1,3}}(?P<person>{_NAME})(?![\w’'-])")


def kin_person(text: str) -> re.Match | None:
    """The first kin phrase of ``text`` that names its person after the kin ("Reed's wife Ada Cole"); its ``person``
    group is that person (the match's span holds the possessor's name too), else None."""
    return _KIN_THEN_PERSON.search(text)


_KIN_WORD = lazy_compile(_KIN)


def is_kin_word(word: str) -> bool:
    """Whether ``word`` is a word for a kin or a tie ("Ehefrau", "wife"): no part of the name written after it."""
    return _KIN_WORD.fullmatch(word) is not None


def kin_named(text: str, start: int, end: int) -> str | None:
    """The person named after a kin when the name at ``text[start:end]`` is part of that kin phrase ("Reed" of
    "Reed's wife Ada Cole": Ada Cole), else None."""
    kin = kin_person(text)
    if kin is None or not (kin.start() < end and start < kin.end()):
        return None
    return " ".join(kin.group("person").split())
