"""Titles before a name: whether a capitalised word is one, and the company a corporate officer's title names.

Split from :mod:`briefing_tui.extract.recognise`.
"""

from __future__ import annotations

from briefing_tui.extract.cues import TITLE_SET, norm_word
from briefing_tui.extract.lexicon import GENERIC_ROLES, HONORIFICS, PERIOD_ONLY_TITLES
from briefing_tui.extract.names import Token


def is_title(tok: Token, nxt: Token | None = None) -> bool:
    """Whether a capitalised word is a title or honorific rather than part of a name.

    Generic roles ("Official Development Assistance") are not; a rank abbreviation without its full
    stop only before another title ("Lt Gen Malik", but "Gen Nakatani" is a name)."""
    word = norm_word(tok)
    if word in PERIOD_ONLY_TITLES and not tok.text.endswith("."):
        return nxt is not None and (norm_word(nxt) in PERIOD_ONLY_TITLES or is_title(nxt))
    return (word in TITLE_SET and word not in GENERIC_ROLES) or word in HONORIFICS


# A company's officers written as capitals, which head no person's name: "el CEO de Tesla" is Tesla's chief, not a
# "de Tesla" (as "le général de Gaulle" is a person).
CORPORATE_OFFICERS = frozenset({"ceo", "pdg", "cfo", "coo", "cto"})
# The words that join an officer to the company ("CEO de", "PDG du", "CEO di", "CEO do", "Chef von").
OFFICER_OF = frozenset({"de", "del", "du", "des", "di", "della", "do", "da", "of", "von"})


def officers_company(role: str, toks: list[Token]) -> list[Token] | None:
    """The company a corporate officer's title names ("CEO" + "de Tesla" -> "Tesla"), or None: ``toks`` are the
    words after the title."""
    words = role.lower().rstrip(".").split()
    if not words or words[-1] not in CORPORATE_OFFICERS or len(toks) < 2 or toks[0].text not in OFFICER_OF:
        return None
    return toks[1:]
