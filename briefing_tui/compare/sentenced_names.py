"""The person a sentencing names, for the prison terms (:mod:`.prison_terms`): a run of capitalised words without
the titles before it ("Gen. Augusto Heleno" -> "Augusto Heleno"), the person set beside a role's place ("expresidente
de Francia, Nicolás Sarkozy,"), the person named after a kin ("Reed's wife Ada Cole": :mod:`.kin_names`), and nobody
for a name a role word follows ("the PTI founder was sentenced": the founder is a person the text does not name
there, never the party). Split from :mod:`.prison_terms`.
"""

from __future__ import annotations

from briefing_tui.compare.kin_names import kin_named
from briefing_tui.compare.language_words import language_words
from briefing_tui.compare.subject_clean import POSSESSIVES
from briefing_tui.compare.name_openings import apposed_person, elided_common, role_after, without_elided_article
from briefing_tui.compare.when import WEEKDAYS
from briefing_tui.lazy_pattern import lazy_compile

# A name: capitalised words, with the small words inside names of Portuguese, Spanish, Dutch ("Lula da Silva").
_NAME_RUN = lazy_compile(r"(?:[A-ZÀ-Ý][\w’'-]+\.?)(?:\s+(?:(?:da|de|do|dos|das|del|van|von|bin)\s+)?[A-ZÀ-Ý][\w’'-]+\.?)*")
# Titles and descriptions before a name, never part of it ("Gen.", "former president", "Ex-presidente").
TITLE_WORDS = frozenset(
    """gen gen. general admiral adm adm. lieutenant lt lt. colonel col col. captain capt major sergeant former
    president presidente ex-president ex-presidente prime minister minister ministro mr mr. mrs mrs. ms ms. dr dr.
    judge justice senator governor deputy brazilian brazil's firebrand the a an
    président ex-président präsident ex-präsident staatschef ex-staatschef kanzler ex-kanzler ministerpräsident
    der die das früherer frühere ehemalige ehemaliger""".split())  # ("The judge", "Der Ex-Präsident": nobody)

# Capitalised words of a day or a preposition opening a sentence, never a name's ("sentenced on Friday to", "On
# Monday, Sam Ortiz was sentenced"): English weekdays and months (other languages' are in ``not_names``).
_CALENDAR_OR_OPENING = frozenset(WEEKDAYS) | frozenset("""january february march april june july august september
    october november december on in at by after""".split())


def name_of(run: str) -> str | None:
    """The name of a capitalised run, without the titles before it ("Gen. Augusto Heleno" -> "Augusto Heleno")."""
    words = run.split()
    while words and (words[0].lower().rstrip(",") in TITLE_WORDS or words[0].lower() in language_words().not_names
                     or words[0].lower().rstrip(",") in _CALENDAR_OR_OPENING or elided_common(words[0])):  # ("L’ancien président", "L’intermédiaire Alexandre Djouhri")
        words.pop(0)
    if not words:
        return None
    words[0] = without_elided_article(words[0])
    return " ".join(words).removesuffix("’s").removesuffix("'s").rstrip(".,")


def first_name(text: str) -> str | None:
    for m in _NAME_RUN.finditer(text):
        name = name_of(m.group(0))
        if name and (kin := kin_named(text, m.start(), m.end())):
            return kin  # ("Reed's wife Ada Cole": the wife)
        if name and name.lower() not in POSSESSIVES and role_after(text, m.end()):
            return None  # ("the PTI founder was sentenced": a person the text describes, not the party named)
        if name:
            return apposed_person(text, m.start(), m.end()) or name  # ("expresidente de Francia, Nicolás Sarkozy,")
    return None
