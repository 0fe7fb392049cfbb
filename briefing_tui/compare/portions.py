"""The portion of a whole a share or a multiple is of: "the retail quota has received 38 percent subscription",
"the portion for retail investors received only 44%", "6.97 times in the Qualified Institutional Buyers (QIB)
category". The portion is the figure's scope (its subject): the figures of one measure (a subscription) for the
retail portion, the institutional one and the whole offer are three things. An acronym names a portion however
its words are spelt ("Qualified Institutional Buyer (QIB) quota", "the quota for Qualified Institutional Buyers
(QIBs)": QIB); else its lower-case words do ("retail").
"""

from __future__ import annotations


from briefing_tui.lazy_pattern import lazy_compile

# Nouns of a part of a whole set aside for some (lower case: "Category 4" is a name).
_PORTION = lazy_compile(r"\b(?:quota|portion|category|tranche|segment|allocation)s?\b")
# What ends a clause; not brackets, which hold an acronym or a gloss inside one ("the NII (high networth
# non-institutional investors) portion").
_CLAUSE_END = lazy_compile(r"[,;:!?—–]|\.\s|\s-\s")
# An acronym of two to six capitals, in the plural or not ("QIBs").
_ACRONYM = lazy_compile(r"\b([A-Z]{2,6})s?\b")
_WORD = lazy_compile(r"\([^()]{0,80}\)|[^\W\d_][\w'’-]*")
# Words that end a portion's modifier: determiners, prepositions and the like.
_STOP = frozenset("the a an its their his her this that these those in for of to at by from with on as and or "
                  "has have had is are was were be been got received saw".split())
_LINK_AFTER = frozenset({"for", "of"})  # "the portion for retail investors", "the quota of QIBs"
MODIFIER_WORDS = 4  # the longest modifier read ("Qualified Institutional Buyers (QIB)")


def _modifier_before(before: str) -> list[str]:
    """The words right before a portion noun (``before`` ends there) that say whose it is."""
    words = [m.group(0) for m in _WORD.finditer(before)]
    out: list[str] = []
    for w in reversed(words[-MODIFIER_WORDS - 1:]):
        if w.lower() in _STOP:
            break
        out.append(w)
    return out[::-1]


def _modifier_after(after: str) -> list[str]:
    """The words after a portion noun's "for" or "of" ("the portion for retail investors"; ``after`` starts
    right after the noun)."""
    words = [m.group(0) for m in _WORD.finditer(after)]
    if not words or words[0].lower() not in _LINK_AFTER:
        return []
    out = []
    for w in words[1:MODIFIER_WORDS + 1]:
        if w.lower() in _STOP or (w.islower() and w.endswith(("ed", "ing"))):
            break
        out.append(w)
    return out


def _name(words: list[str]) -> str | None:
    """A portion's name from its modifier: its acronym, else its lower-case words."""
    phrase = " ".join(words)
    if m := _ACRONYM.search(phrase):
        return m.group(1)
    lower = [w for w in words if w.islower()]
    return " ".join(lower) if lower and len(lower) == len(words) else None


def portion_of(text: str, start: int, end: int, others: list[tuple[int, int]] = ()) -> str | None:
    """The portion named in the clause of the figure at ``text[start:end]``, not past another figure (``others``:
    their spans): the one after it first ("6.97 times in the QIB category and 1.11 times in the NII category"),
    else the nearest before it ("the retail quota has received 38 percent"); None when none is named."""
    left = max([m.end() for m in _CLAUSE_END.finditer(text, 0, start)] + [b for a, b in others if b <= start],
               default=0)
    right = min([m.start() for m in _CLAUSE_END.finditer(text, end)] + [a for a, b in others if a >= end],
                default=len(text))
    nouns = list(_PORTION.finditer(text, end, right)) + list(reversed(list(_PORTION.finditer(text, left, start))))
    for noun in nouns:
        name = _name(_modifier_before(text[left:noun.start()])) or _name(_modifier_after(text[noun.end():right]))
        if name:
            return name
    return None
