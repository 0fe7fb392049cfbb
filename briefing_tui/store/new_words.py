"""Lower-case words an edit writes first in the corpus: whether any other article's spreading reads them.

Spreading reads the corpus's *common words* (every word some article writes in lower case) through
:func:`~briefing_tui.extract.corpus_names.written_as_common` only, for two kinds of text: the known spellings at
an article's capitals and its unconfirmed person candidates (:meth:`~briefing_tui.extract.spread_step.SpreadStep.view`).
When an edit adds lower-case words no article wrote (a paragraph quoting someone: "figures", "again") and removes
none, the common words only grow, by those words; a full analysis then spreads again exactly the articles whose
view :meth:`~briefing_tui.extract.spread_step.SpreadStep.stands` refuses: those at whose capitals a spelling with
such a word may be written, or with a candidate holding such a word (in any case). When no known spelling holds
one and no other article has such a candidate, every other article's view, spread names and digest stay; the
spreading answers differ only in their common words (:mod:`~briefing_tui.store.analysis_patch` writes them).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from briefing_tui.extract.found import Found
from briefing_tui.extract.spread_step import FOUND_FIELDS
from briefing_tui.store.codec import unpack_value

_TEXT, _TYPE, _KEY, _CONFIRMED, _FULL = map(FOUND_FIELDS.index, ("text", "type", "key", "confirmed", "full"))
"""Where a stored ``found`` row holds the fields :class:`KnownSpellings` reads of a name (it reads a name's other
fields at its first row only, which it skips when it saw those fields before)."""
KELVIN = "\u212a".encode()
"""The one character outside ASCII whose lower case is ASCII (the Kelvin sign, "k"): a stored row holding it is
read in full, since a candidate word written with it may lower to a new word."""


def common_after(common: str, new: Collection[str]) -> str:
    """The spreading answers' common words (sorted, space-separated, as :meth:`SpreadStep.answers` writes them)
    with the words ``new`` added."""
    return " ".join(sorted({*common.split(), *new}))


def unread_by_others(stages, keys: set[str], words: set[str], answers: Sequence) -> str:
    """The empty string when no known spelling of the spreading ``answers`` (names, surnames, common words) holds
    a word of ``words`` and no unconfirmed person candidate of the articles of content ``keys`` holds one (compared
    in lower case, as :meth:`~briefing_tui.extract.spread_step.SpreadStep.stands` does); else why not.

    Each article's stored names (:meth:`~briefing_tui.store.stage_memo.StoredStages.found_rows`) are decoded
    only when its row holds one of the words in ASCII lower case (or a :data:`KELVIN` sign): a candidate's word
    lowers to one only then."""
    names, surnames = answers[0], answers[1]
    if any(w.lower() in words for spelling, *_ in (*names, *surnames) for w in spelling.split()):
        return "a word new to the corpus is a word of a known spelling"
    blobs = stages.found_rows(keys)
    if len(blobs) != len(keys):
        return "another article's names not stored"
    needles = [w.encode() for w in words]
    for blob in blobs.values():
        lowered = blob.lower()
        if KELVIN not in blob and not any(n in lowered for n in needles):
            continue
        for f in (Found(*row) for row in unpack_value(blob)):
            if f.type == "person" and not f.confirmed and any(w.lower() in words for w in f.text.split()):
                return "a word new to the corpus is in another article's candidate"
    return ""


def known_in_order(stages, members: Sequence, answers: Sequence) -> list | None:
    """The spreading ``answers`` with their known spellings in the order a full analysis lists them (first
    confirmed first: :class:`~briefing_tui.extract.corpus_names.KnownSpellings` over every member's stored
    names, in order), or None when the spellings or what each names would differ, or a member's names are not
    stored. For an edit that confirms a spelling earlier than any article did: the same spellings, another order."""
    from briefing_tui.extract.corpus_names import KnownSpellings
    from briefing_tui.extract.gazetteer import shipped_gazetteer

    blobs = stages.found_rows({m.key for m in members})
    if any(m.key not in blobs for m in members):
        return None
    firsts: dict[tuple, list] = {}  # each confirmed name's first row, in order: all the known spellings read of it
    for m in members:
        for row in unpack_value(blobs[m.key]):
            if row[_CONFIRMED]:
                firsts.setdefault((row[_TYPE], row[_TEXT], row[_KEY], row[_FULL]), row)
    known = KnownSpellings({"": [Found(*row) for row in firsts.values()]}, shipped_gazetteer())
    names = [[s, *v] for s, v in known.names.items()]
    surnames = [[s, *v] for s, v in known.surnames.items()]
    for now, then in ((names, answers[0]), (surnames, answers[1])):
        if sorted(map(tuple, now)) != sorted(map(tuple, then)):
            return None
    return [names, surnames, answers[2]]
