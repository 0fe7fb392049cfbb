"""Words around a name that only a company has, in the languages articles arrive in: what it owns ("Nvidia's
market capitalization", "Nvidia's chief executive"), its officer named right after it ("Nvidia CEO Jensen Huang"),
its chief or its shares named right before it ("le patron de Nvidia", "l'action Nvidia", "las acciones de Nvidia").

A one-word name nothing else describes stays a candidate; these say it is an organisation. Properties of news
writing, not of any one article.
"""

from __future__ import annotations

import re

from briefing_tui.extract.name_cues import STOCK_NOUNS_ABROAD
from briefing_tui.lazy_pattern import lazy_compile

# What only a company has, after a possessive ("Nvidia's market value"): people have a net worth, not a market
# capitalisation; no person has shareholders, a share price or a chief executive.
COMPANY_POSSESSIONS = (
    r"market[ \u00a0]+(?:capitali[sz]ation|cap|value|valuation)",
    r"share[ \u00a0]+price",
    r"shares",
    r"stock(?:[ \u00a0]+price)?",
    r"shareholders",
    r"stockholders",
    r"CEO",
    r"chief[ \u00a0]+executive",
    r"quarterly[ \u00a0]+(?:results|earnings|revenue|profits?)",
    r"headquarters",
    r"subsidiar(?:y|ies)",
)
COMPANY_POSSESSION_AFTER = lazy_compile(r"\A['’]s[ \u00a0]+(?:" + "|".join(COMPANY_POSSESSIONS) + r")\b", re.I)

# A company's officer named right after its name: the title, then a capitalised name ("Nvidia CEO Jensen Huang",
# "Tesla founder Elon Musk"). Capitals matter: "CEO" is written so.
OFFICER_NAMED_AFTER = lazy_compile(
    r"\A[ \u00a0]+(?:CEO|chief[ \u00a0]+executive|co-?founder|founder)[ \u00a0]+[A-Z][a-z]")

# Right before a name, what only a company has, in other languages: its chief written in small letters ("le patron
# de", "el consejero delegado de"; a capitalised "PDG de" runs into the name), its shares ("l'action", "le titre",
# and ``STOCK_NOUNS_ABROAD``: "las acciones de", "le azioni di"), or a list of companies it is one of
# ("Unternehmen wie", "empresas como").
COMPANY_BEFORE = lazy_compile(
    r"(?:\b(?:patron|consejero[ \u00a0]+delegado|director[ \u00a0]+ejecutivo|amministratore[ \u00a0]+delegato)"
    r"[ \u00a0]+(?:de|du|di|do|da)"
    r"|\b[Ll]['’](?:action|entreprise)|\b(?:le|du)[ \u00a0]+titre"
    r"|\b(?:" + "|".join(sorted(STOCK_NOUNS_ABROAD)) + r")[ \u00a0]+(?:de|di|von|da|do)"
    r"|\b(?:Unternehmen|empresas|entreprises|aziende|companies)[ \u00a0]+(?:wie|como|comme|come|such[ \u00a0]+as))"
    r"[ \u00a0]+$")


# A capitalised word right before the name: the name is the tail of a longer one ("Google Cloud CEO ..."), which
# these cues do not describe alone.
NAME_BEFORE = lazy_compile(r"(?<![\w-])[A-Z][\w&.-]*[ \u00a0]+$")


def company_cue(before: str, after: str) -> bool:
    """Whether the words right before (``before`` ends at the name) or after (``after`` starts right after it) a
    one-word name say it is a company (not when the name goes on a capitalised word before it)."""
    if NAME_BEFORE.search(before):
        return False
    return bool(COMPANY_POSSESSION_AFTER.match(after) or OFFICER_NAMED_AFTER.match(after)
                or COMPANY_BEFORE.search(before))
