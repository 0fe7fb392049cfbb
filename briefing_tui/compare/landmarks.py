"""A landmark a name is placed near: "The Eaton Fire near Pasadena has destroyed 9,400 structures", "das Eaton Fire
nahe Pasadena", "l'incendie Eaton près de Pasadena", "el incendio Eaton cerca de Pasadena", "l'incendio Eaton vicino
a Pasadena". The place after the word of nearness only says where the thing named before it is: it is never whose
figure it is (the thing before "near" is, when it is named).
"""

from __future__ import annotations

import re

from briefing_tui.compare.numbers import SPACE
from briefing_tui.lazy_pattern import lazy_compile

# How far before a name its word of nearness and an article may start (characters).
NEAR_REACH = 30
# A word of nearness right before a name, with an optional article, in the languages of the news.
_NEAR_BEFORE = lazy_compile(
    r"(?<![\w-])(?:near"
    r"|nahe"
    r"|unweit"
    r"|in\s{1,3}der\s{1,3}Nähe\s{1,3}von"
    r"|près\s{1,3}d(?:e|['’])"
    r"|cerca\s{1,3}de"
    r"|vicino\s{1,3}a"
    r"|perto\s{1,3}de"
    r"|nabij)"
    rf"(?:{SPACE}(?:the|der|dem|la|le|el|l['’]))?(?:{SPACE}|(?<=['’]))\Z", re.IGNORECASE)


def near_landmark(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` in ``text`` follows a word of nearness ("near Pasadena")."""
    return _NEAR_BEFORE.search(text, max(0, start - NEAR_REACH), start) is not None
