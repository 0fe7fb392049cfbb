"""A name written as the holder of a party, coalition, government or firm ("Ana Reis's party won 22%", "O partido de
André Ventura teve 22,56%", "Prime Minister Luís Montenegro's coalition was backed by 32%"): the figure is that
body's, never the person's. The body is not named there, so no subject is read (never a guess at which body).
Used where a figure's subject is cleaned (:mod:`.subject_clean`).
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

HOLDER_REACH = 160  # characters before a figure searched for the subject as written
# Nouns of a body a person leads or owns, in English, Portuguese, Spanish, French, Italian and German.
_BODY = (r"(?:party|coalition|alliance|government|administration|campaign|company|firm"
         r"|partido|coligação|coalición|coalizão|governo|gobierno|empresa"
         r"|parti|coalition|gouvernement|entreprise|partito|coalizione|Partei|Koalition|Regierung|Firma)")
# The holder's name, then a possessive and the body (one word may stand between: "Reis's ruling party").
_HOLDER_OF_BODY = lazy_compile(rf"['’]s\s{{1,3}}(?:[a-z-]{{2,20}}\s{{1,3}})?{_BODY}\b")
# The body, then "of" and the holder's name right after it ("the party of Ana Reis", "o partido de André Ventura").
_BODY_OF_HOLDER = lazy_compile(
    rf"\b{_BODY}\s{{1,3}}(?:of|de|do|da|di|du|del|della|des|von|der)\s{{1,3}}(?:the\s{{1,3}})?\Z", re.I)


def holds_body(subject: str, text: str, start: int) -> bool:
    """Whether ``subject``, where the sentence ``text`` last writes it before ``start``, is written as the holder of
    a party, government or firm ("Reis's party", "o partido de André Ventura")."""
    at = text.rfind(subject, max(0, start - HOLDER_REACH), start)
    if at < 0:
        return False
    end = at + len(subject) - (2 if subject.endswith(("'s", "’s")) else 0)  # (read with its possessive or not)
    return bool(_HOLDER_OF_BODY.match(text, end)
                or _BODY_OF_HOLDER.search(text, max(0, at - 40), at))
