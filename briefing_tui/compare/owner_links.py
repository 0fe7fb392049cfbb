"""One organisation under several names, as the articles themselves link them: "Google parent Alphabet",
"Google-parent Alphabet", "Alphabet, the owner of Google", "Wiz, a unit of Alphabet", "Alphabet (NASDAQ: GOOGL)".
(A bare "Alphabet (GOOGL)" is linked by same_subject.place_links, as any name with another in brackets.) Figures
given for the one and for the other may then be one claim ("Google's shares dropped 2%" and "Alphabet shares fell
4%"). The links are learned per event from its sources' text, never from a list of company names.
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing_tui.compare.entity_links import with_alias_links
from briefing_tui.compare.subject_names import name_ok
from briefing_tui.lazy_pattern import lazy_compile

# A name of one to three capitalised words ("Alphabet", "Meta Platforms", "Bank of America" is two names here).
_NAME = r"[A-Z][\w&.-]{0,30}(?: [A-Z][\w&.-]{0,30}){0,2}"
# The nouns saying that one company owns another.
_OWNER_NOUN = r"(?:parent(?: company| firm| group)?|owner|holding company)"
_PART_NOUN = r"(?:unit|subsidiary|division|arm|subsidiary company)"
# "Google parent Alphabet", "Google-parent Alphabet", "Google's parent company Alphabet": the owned, then the owner.
_OWNED_OWNER = lazy_compile(
    rf"(?<![\w-])(?P<owned>{_NAME})(?:[’']s)?[ -]{_OWNER_NOUN},? (?P<owner>{_NAME})\b")
# "Alphabet, the owner of Google", "Alphabet, Google's parent", "Wiz, a unit of Alphabet", "Alphabet unit Google".
_OWNER_OF = lazy_compile(
    rf"(?<![\w-])(?P<owner>{_NAME}),? (?:the |its )?{_OWNER_NOUN} of (?P<owned>{_NAME})\b"
    rf"|(?<![\w-])(?P<owner2>{_NAME}),? (?P<owned2>{_NAME})[’']s {_OWNER_NOUN}\b"
    rf"|(?<![\w-])(?P<part>{_NAME}),? (?:a |an |the )?{_PART_NOUN} of (?P<whole>{_NAME})\b"
    rf"|(?<![\w-])(?P<whole2>{_NAME})(?:[’']s)? {_PART_NOUN},? (?P<part2>{_NAME})\b")
# "Alphabet Inc. (NASDAQ: GOOGL)", "Alphabet (GOOGL.O)": a name and its ticker in brackets, told from a party's
# or a state's initials ("Bas (SPD)", "Warringah (NSW)": same_subject.place_links reads those) by the exchange or
# the market suffix.
_TICKER = lazy_compile(
    r"(?<![\w-])(?P<name>[A-Z][\w&-]{1,30}(?: [A-Z][\w&.-]{0,30}){0,2}) "
    r"\((?:[A-Z]{2,8}: ?(?P<ticker>[A-Z]{1,5})(?:\.[A-Z]{1,2})?|(?P<ticker2>[A-Z]{1,5})\.[A-Z]{1,2})\)")


def _pairs(text: str) -> Iterable[tuple[str, str]]:
    for m in _OWNED_OWNER.finditer(text):
        yield m.group("owned"), m.group("owner")
    for m in _OWNER_OF.finditer(text):
        for a, b in (("owner", "owned"), ("owner2", "owned2"), ("part", "whole"), ("whole2", "part2")):
            if m.group(a):
                yield m.group(a), m.group(b)
    for m in _TICKER.finditer(text):
        yield m.group("name"), m.group("ticker") or m.group("ticker2")


def owner_links(texts: Iterable[str]) -> dict[str, frozenset[str]]:
    """Names the articles give as one organisation (an owner and what it owns, a name and its ticker), both
    ways, lower case: from "Google parent Alphabet" Google goes with Alphabet."""
    links: dict[str, set[str]] = {}
    for text in texts:
        if not any(w in text for w in ("arent", "owner", "unit", "subsidiar", "division", "arm", "(")):
            continue
        for a, b in _pairs(text):
            names = [name_ok(n.strip(" .,"), False) for n in (a, b)]
            if not all(names) or names[0].lower() == names[1].lower():
                continue
            x, y = names[0].lower(), names[1].lower()
            links.setdefault(x, set()).add(y)
            links.setdefault(y, set()).add(x)
    return {k: frozenset(v) for k, v in links.items()}


def with_owner_links(links: dict[str, frozenset[str]], texts: Iterable[str]) -> dict[str, frozenset[str]]:
    """``links`` with the names the articles link as one organisation added."""
    return with_alias_links(links, owner_links(texts))
