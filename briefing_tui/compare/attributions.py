"""A source named between a measure and its figure: "Voter turnout, according to the electoral authority, was 64.7
percent", "La participation, selon le ministère, atteint 61 %", "Die Wahlbeteiligung lag, laut Wahlbehörde, bei 61
Prozent".

The attribution says who reports the figure, not what it measures nor whose it is: read as part of the figure's
clause, it cuts the measure off ("turnout, ...,") and lends the figure the source's name as a subject. The words
before a figure are read without it.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# Words that attribute a figure to its source, in the languages of the news.
_ATTRIBUTING = (r"(?:according\s{1,3}to|as\s{1,3}reported\s{1,3}by|citing|selon|d['’]après|según|de\s{1,3}acuerdo"
                r"\s{1,3}con|secondo|stando\s{1,3}a|segundo|de\s{1,3}acordo\s{1,3}com|laut|zufolge|nach\s{1,3}Angaben"
                r"(?:\s{1,3}(?:der|des|von))?)")
# At the end of the words before a figure: the attribution set off by commas (its name has no figure, no clause
# break), then at most a few words of the clause going on to the figure ("was", "stood at", "lag bei").
_ATTRIBUTION_END = lazy_compile(
    rf",\s{{0,3}}{_ATTRIBUTING}\s{{1,3}}[^\d,;:.!?()]{{1,80}},(?P<rest>[^\d,;:.!?()]{{0,40}})$", re.I)


def without_attribution(before: str) -> str:
    """``before`` (the words before a figure) with an attribution set off by commas right before the figure's verb
    left out: "Voter turnout, according to the authority, was " reads "Voter turnout was "."""
    m = _ATTRIBUTION_END.search(before)
    return before if m is None else before[:m.start()] + m.group("rest")
