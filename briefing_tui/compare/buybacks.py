"""A firm buying back its own shares, told by the two-word verb ("will buy back up to ¥1.1 trillion of its shares",
"plans to buy back 24% of its issued shares"): the amount or the share is the buyback's, not a sale's ("buy" alone
is a purchase) nor a change of a price ("up 17%"). The one-word nouns and verbs ("buyback", "repurchase") are
measure words of compare/measure_names.py."""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

BUYBACK = "buyback"
# "buy back" in any tense, then up to four short words before the figure ("up to", "as much as", "a further"), at the
# end of the text before it. Bounded: four words of 20 characters.
_BOUGHT_BACK = lazy_compile(r"\b(?:buy|buys|buying|bought)\s{1,3}back(?:\s{1,3}[^\W\d_][\w'’-]{0,20}){0,4}\s{0,3}\Z", re.I)
BOUGHT_BACK_REACH = 80  # characters before a figure searched for the verb


# A verb of buying, then up to four short words ("up to", "as much as"), at the end of the text before a figure, and,
# after the figure, the firm's own shares ("of its outstanding shares", "of its own stock"): what a firm buys of
# itself is a buyback ("to buy up to 24% of its outstanding shares"). Bounded like the above.
_BUYING = lazy_compile(r"\b(?:buy|buys|buying|bought|purchase|purchases|purchasing|purchased)"
                       r"(?:\s{1,3}[^\W\d_][\w'’-]{0,20}){0,4}\s{0,3}\Z", re.I)
_OWN_SHARES_AFTER = lazy_compile(r"\A\s{0,3}of\s{1,3}its\s{1,3}(?:own\s{1,3}|outstanding\s{1,3}|issued\s{1,3}){0,2}"
                                 r"(?:shares|stock)\b", re.I)


def bought_back(before: str, after: str = "") -> bool:
    """Whether the figure between ``before`` and ``after`` is what a firm buys back ("to buy back up to", "bought
    back", "buy up to 24% of its outstanding shares")."""
    near = before[-BOUGHT_BACK_REACH:]
    return bool(_BOUGHT_BACK.search(near) or (_OWN_SHARES_AFTER.match(after) and _BUYING.search(near)))
