"""Lower-case words an edit writes first in the corpus: whether any other article's spreading reads them.

Spreading reads the corpus's *common words* (every word some article writes in lower case) through
:func:`~briefing_tui.extract.corpus_names.written_as_common` only, for two kinds of text: the known spellings at
an article's capitals and its unconfirmed person candidates (:meth:`~briefing_tui.extract.spread_step.SpreadStep.view`).
When an edit adds lower-case words no article wrote (a paragraph quoting someone: "figures", "again") and removes
none, the common words only grow, by those words; a full analysis then spreads again exactly the articles whose
view :meth:`~briefing_tui.extract.spread_step.SpreadStep.stands` refuses: those at whose capitals a spelling with
such a word may be written, or with a candidate holding such a word (in any case). When no known spelling holds
one and no other article has such a candidate, every other article's view, spread names and digest stay; the
spreading answers differ only in their common words (:mod:`~briefing_tui.store.analysis_patch` writes them). A
spelling or candidate holding one whose other words are not all common words is answered the same (see
:func:`unread_by_others`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from briefing_tui.extract.found import Found
from briefing_tui.extract.spread_step import FOUND_FIELDS
from briefing_tui.store.codec import unpack_value

FOUND_TEXT, FOUND_TYPE, FOUND_KEY, FOUND_CONFIRMED, FOUND_FULL = map(FOUND_FIELDS.index,
                                                                     ("text", "type", "key", "confirmed", "full"))
"""Where a stored ``found`` row holds the fields :class:`KnownSpellings` reads of a name (it reads a name's other
fields at its first row only, which it skips when it saw those fields before)."""


def common_after(common: str, new: Collection[str]) -> str:
    """The spreading answers' common words (sorted, space-separated, as :meth:`SpreadStep.answers` writes them)
    with the words ``new`` added."""
    return " ".join(sorted({*common.split(), *new}))


def unread_by_others(stages, keys: set[str], words: set[str], answers: Sequence, backend,
                     common: set[str] | None = None, held: set[str] | None = None) -> str:
    """The empty string when no known spelling of the spreading ``answers`` (names, surnames, common words) holds
    a word of ``words`` and no unconfirmed person candidate of the articles of content ``keys`` holds one (compared
    in lower case, as :meth:`~briefing_tui.extract.spread_step.SpreadStep.stands` does); else why not.

    With the corpus's common words after the edit (``common``, ``words`` among them), a spelling or candidate
    holding such a word is read the same all the same when another of its words is still no common word:
    spreading asks of it only whether every word is one (:func:`written_as_common`: False before, since a word
    of ``words`` was not, and False after). Only those whose every word is common after are then refused; the
    candidates holding a word of ``words`` are read from their articles' stored names to decide it. With a set
    ``held``, the content keys of the articles whose candidates are so refused are added to it instead
    (:func:`~briefing_tui.store.candidate_respread.respread` spreads them again).

    The candidates' words are each article's row of kind :data:`~briefing_tui.store.candidate_words.CANDIDATES`
    in ``backend`` (made from its stored names, :meth:`~briefing_tui.store.stage_memo.StoredStages.found_rows`,
    when it has none), not its names read back and searched."""
    from briefing_tui.extract.corpus_names import written_as_common
    from briefing_tui.store.candidate_words import ENCODING, candidate_rows_of

    def read(text: str) -> bool:  # whether spreading may read ``text`` otherwise after the edit
        return any(w.lower() in words for w in text.split()) and (common is None or written_as_common(text, common))

    names, surnames = answers[0], answers[1]
    if any(read(spelling) for spelling, *_ in (*names, *surnames)):
        return "a word new to the corpus is a word of a known spelling"
    rows = candidate_rows_of(backend, stages.version, keys, stages.found_rows)
    if rows is None:
        return "another article's names not stored"
    holding = {key for key, row in rows.items() if not words.isdisjoint(row.decode(*ENCODING).split())}
    if holding and common is not None:  # each candidate holding a word read as spreading reads it
        blobs = stages.found_rows(holding)
        if len(blobs) != len(holding):
            return "another article's names not stored"
        holding = {key for key, blob in blobs.items() if any(
            row[FOUND_TYPE] == "person" and not row[FOUND_CONFIRMED] and read(row[FOUND_TEXT]) for row in unpack_value(blob))}
    if holding and held is not None and common is not None:
        held |= holding
    elif holding:
        return "a word new to the corpus is in another article's candidate"
    return ""


def known_in_order(stages, members: Sequence, answers: Sequence, at: int | None = None, old_key: str = ""
                   ) -> list | None:
    """The spreading ``answers`` with their known spellings in the order a full analysis lists them (first
    confirmed first: :class:`~briefing_tui.extract.corpus_names.KnownSpellings` over every member's stored
    names, in order), or None when the spellings or what each names would differ, or a member's names are not
    stored. For an edit that confirms a spelling earlier than any article did: the same spellings, another order.

    With the edited member's position ``at`` (and its content key before the edit, ``old_key``; "" for an added
    article) the spellings that move are found from the names of the members up to it alone
    (:func:`_moved_in_order`) when that is decidable; else every member's names are read."""
    if at is not None:
        moved = _moved_in_order(stages, members, answers, at, old_key)
        if moved is not None:
            return moved
    blobs = stages.found_rows({m.key for m in members})
    if any(m.key not in blobs for m in members):
        return None
    # (each confirmed name's first row, in order: all the known spellings read of it)
    names, surnames = spelling_answers(known_spellings(first_names(row for m in members
                                                                    for row in unpack_value(blobs[m.key]))))
    for now, then in ((names, answers[0]), (surnames, answers[1])):
        if sorted(map(tuple, now)) != sorted(map(tuple, then)):
            return None
    return [names, surnames, answers[2]]


def spelled_as(row) -> tuple:
    """What spreading reads of a stored confirmed ``found`` row: its (type, text, key, full); the first row of each
    is all that :func:`~briefing_tui.extract.corpus_names.confirmed_spellings` reads."""
    return row[FOUND_TYPE], row[FOUND_TEXT], row[FOUND_KEY], row[FOUND_FULL]


def first_names(rows) -> list[Found]:
    """The confirmed names of stored ``found`` rows, the first of each :func:`spelled_as` only, in order."""
    firsts: dict[tuple, list] = {}
    for row in rows:
        if row[FOUND_CONFIRMED]:
            firsts.setdefault(spelled_as(row), row)
    return [Found(*row) for row in firsts.values()]


def known_spellings(firsts: list[Found]):
    """Spreading's known spellings (:class:`~briefing_tui.extract.corpus_names.KnownSpellings`) of confirmed
    names, as a full analysis makes them."""
    from briefing_tui.extract.corpus_names import KnownSpellings
    from briefing_tui.extract.gazetteer import shipped_gazetteer

    return KnownSpellings({"": firsts}, shipped_gazetteer())


def spelling_answers(known) -> tuple[list, list]:
    """The first two of spreading's answers (the known spellings and the surnames, as stored) of ``known``."""
    return [[s, *v] for s, v in known.names.items()], [[s, *v] for s, v in known.surnames.items()]


def _moved_in_order(stages, members: Sequence, answers: Sequence, at: int, old_key: str) -> list | None:
    """:func:`known_in_order`'s answers read from the names of ``members[:at + 1]`` only, or None when that does
    not decide them.

    A full analysis lists the known spellings (and the surnames) in the order the names first make them known:
    before the edited article, as before; then the edited article's; then the rest in their old order. So the
    spellings the edit makes known first here (``moved``) go right after those the articles up to it made known
    before, when: every spelling made known up to here before is still (and what it names grew by nothing, so the
    sets stay), the old answers list those first (none is another spelling's variant), each moved spelling is a
    person's name (or surname) the old answers hold as a base spelling with no variant of its own (a variant goes
    with its spelling, elsewhere in the list), and the acronyms and bare company names come as before."""
    from briefing_tui.extract.corpus_names import confirmed_spellings
    from briefing_tui.extract.gazetteer import shipped_gazetteer

    before = [m.key for m in members[:at]]
    blobs = stages.found_rows({*before, members[at].key, old_key} - {""})
    if any(k not in blobs for k in (*before, members[at].key)) or (old_key and old_key not in blobs):
        return None
    rows = [row for k in before for row in unpack_value(blobs[k])]
    gaz = shipped_gazetteer()
    old = confirmed_spellings(first_names([*rows, *(unpack_value(blobs[old_key]) if old_key else ())]), gaz)
    new = confirmed_spellings(first_names([*rows, *unpack_value(blobs[members[at].key])]), gaz)
    if any(list(o.items()) != list(n.items()) for o, n in zip(old[2:], new[2:])):
        return None  # an acronym's or bare company name's place or meaning
    out: list = []
    people: set[str] = set()  # the people made known first here (each known before, later)
    for listed, made_old, made_new, full in ((answers[0], old[0], new[0], True), (answers[1], old[1], new[1], False)):
        said = {s: tuple(v) for s, *v in listed}
        if any(s not in made_new or v != made_new[s] and (full or not made_new[s] - v <= people)
               for s, v in made_old.items()):
            return None  # (a surname shared with a person made known first here: named with them before too)
        kept_old = [s for s in made_old if s in said]
        if list(said)[:len(kept_old)] != kept_old:
            return None
        for s in made_new.keys() - made_old.keys():
            person = said.get(s)
            if full:  # a person's full name the old answers hold as a spelling of its own
                if person != ("person", s, True) or made_new[s] != {person}:
                    return None
                people.add(s)
            elif not made_new[s] <= people:  # a surname of them: known before with them
                return None
            elif person is not None and (person[0] != "person" or made_new[s] != {person[1]}):
                return None
            if not full and person is not None and any(v == person and t not in made_new for t, v in said.items()):
                return None  # a variant of it, or another surname of the person made known before
        first = [s for s in made_new if s in said]
        placed = set(first)
        order = [s for s in said if s not in placed]
        if full and people:
            order = _variants_moved(list(said), said, first, len(kept_old), order)
            if order is None:
                return None
        out.append([[s, *said[s]] for s in (*first, *order)])
    return [*out, answers[2]]


def _variants_moved(listed: list[str], said: dict, first: list[str], before: int, order: list[str]) -> list | None:
    """``order`` (the old known spellings after ``first``) with the variants of the one person's name that moved
    into ``first`` placed as a full analysis places them, or None when that is not decided here.

    Variants follow the spellings they are forms of, in the spellings' order (``_add_variants``): the moved name's
    go before those of the spellings it now comes before (after it in ``first``, and ``listed[before:]`` up to its
    old place). A person's name is the one spelling naming that person, so its variants are the other entries
    naming them; another spelling passed over has variants only among its forms naming what it names, and when
    it is not a person's name such a form may be a spelling of its own: then None."""
    from briefing_tui.extract.names import spelling_variants

    moved = [s for s in first if s not in listed[:before]]
    if len(moved) != 1 or [s for s in first if s != moved[0]] != listed[:before]:
        return None  # more than one name moved, or the others made known in another order
    name = moved[0]
    index = {s: i for i, s in enumerate(listed)}
    naming: dict[tuple, list[int]] = {}
    for i, s in enumerate(listed):
        naming.setdefault(said[s], []).append(i)
    block = [i for i in naming[said[name]] if listed[i] != name]
    if block != list(range(block[0], block[0] + len(block))) if block else False:
        return None
    if not block:
        return order
    ahead = first[:first.index(name)]  # every spelling before it in a full analysis
    theirs = []  # where the variants of the spellings it now comes before are
    for s in (*first[first.index(name) + 1:], *listed[before:index[name]]):
        if said[s] == ("person", s, True):
            theirs += [i for i in naming[said[s]] if i != index[s]]
            continue
        for f in spelling_variants(s):
            if said.get(f) != said[s] or any(f in spelling_variants(a) for a in ahead if said[a] == said[s]):
                continue  # not its variant, or one placed by a spelling ahead of the name
            if could_be_spelled(f, said[s]):
                return None
            theirs.append(index[f])
    if not theirs:
        return order
    moving = {listed[i] for i in block}
    rest = [s for s in order if s not in moving]
    at = rest.index(listed[min(theirs)])
    return [*rest[:at], *(listed[i] for i in block), *rest[at:]]


def could_be_spelled(text: str, said: tuple) -> bool:
    """Whether ``text`` may be a known spelling of its own of the place or organisation ``said`` names (rather
    than only a variant of one): its key, a spelling standing for it, its acronym or its bare company name."""
    from briefing_tui.extract.acronyms import acronym_of
    from briefing_tui.extract.corpus_names import stands_for
    from briefing_tui.extract.gazetteer import shipped_gazetteer
    from briefing_tui.extract.organisation_keys import bare_company_name

    key = said[1]
    return text == key or text in (acronym_of(key), bare_company_name(key)) or stands_for(text, key, shipped_gazetteer())
