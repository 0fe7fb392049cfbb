"""Title Case: a headline's capitals name no subject.

A headline written in Title Case ("US-EU 15% Tariff Deal to Avoid Trade War") capitalises every long word, so its
capitals say nothing about names: :mod:`.figure_measures` reads such a text in lower case, and
:mod:`.headline_wording` puts it in sentence case before it words a claim.
"""

from __future__ import annotations

from functools import lru_cache

from briefing_tui.lazy_pattern import lazy_compile

# a sentence whose long words are nearly all capitalised is a headline in Title Case (not 0.6: German capitalises
# its nouns, "Die AfD wird mit 20,8 Prozent zweitstärkste Kraft")
TITLE_CASE_SHARE = 0.9
# A headline run into the body's first sentence: this many characters either side of a figure, with at least
# ``TITLE_WINDOW_WORDS`` long words nearly all capitalised (German capitalises its nouns, not its verbs: a
# window this wide holds one).
TITLE_WINDOW = 100
TITLE_WINDOW_WORDS = 8
_WORD = lazy_compile(r"[^\W\d_][\w'’]*")  # a word, its apostrophes kept
LONG_WORD = 3  # letters a word must exceed to be weighed


@lru_cache(maxsize=1 << 14)
def title_case(text: str, least: int = 4) -> bool:
    """Is ``text`` in Title Case: at least ``least`` long words, nearly all capitalised?"""
    words = [w for w in _WORD.findall(text) if len(w) > LONG_WORD]
    return len(words) >= least and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)
