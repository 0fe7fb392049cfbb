"""Spellings an added article makes known first: the spreading answers a full analysis makes, and the other
articles whose view they change.

An added article that names a person, place or organisation no article named confirms a spelling no article
confirmed: spreading's known spellings (:class:`~briefing_tui.extract.corpus_names.KnownSpellings`) grow, and so
may its surnames, acronyms and variants, in an order that depends on where the article stands. :func:`made_known`
works the answers out as a full analysis does, from every member's stored recognised names in order (the first
row of each confirmed name: all that :func:`~briefing_tui.extract.corpus_names.confirmed_spellings` reads), and
finds the other articles whose view the changed answers may concern exactly as
:class:`~briefing_tui.store.spread_rows.SpreadRows` does after such a change
(:meth:`~briefing_tui.extract.spread_step.SpreadStep.changes_since`, then
:meth:`~briefing_tui.extract.spread_step.SpreadStep.stands` on their probes and names): those are spread again
(:func:`~briefing_tui.store.candidate_respread.respread`, which refuses when any names otherwise). The same pass
over the stored names keeps what resolution reads of the other articles' people (:class:`CorpusPeople`), for
:mod:`~briefing_tui.store.new_groups`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing_tui.extract.found import Found
from briefing_tui.extract.names import fold
from briefing_tui.store.candidate_respread import SPELLING_NAMES_CHANGED
from briefing_tui.store.candidate_words import ENCODING, candidate_rows_of
from briefing_tui.store.codec import unpack_value
from briefing_tui.store.new_words import (FOUND_CONFIRMED, FOUND_FULL, FOUND_KEY, FOUND_TEXT, FOUND_TYPE,
                                          known_spellings, spelled_as, spelling_answers)
from briefing_tui.store.spread_rows import PROBES, decode_probes, decode_spread, opens


@dataclass
class CorpusPeople:
    """What resolution reads of the people the other articles name (recognised, or made known by spreading):
    ``forms``: the keys of the names a person's group takes as a form (folded words -> one such key);
    ``singles``: the folded keys of lone surnames (grouped after every other name by surname)."""

    forms: dict[tuple[str, ...], str] = field(default_factory=dict)
    singles: set[str] = field(default_factory=set)

    def add(self, row: Sequence) -> None:
        """Take one stored ``found`` row (a confirmed person's) into account."""
        key = row[FOUND_KEY]
        if row[FOUND_FULL] or fold(key) != fold(row[FOUND_TEXT]):
            self.forms.setdefault(tuple(fold(key).split()), key)
        else:
            self.singles.add(fold(key))


def made_known(stages, backend, members: Sequence, at: int, new_found: list[Found], answers: list,
               digests: dict[str, str], held: set[str]) -> tuple[list, list, CorpusPeople] | str:
    """The known spellings and surnames (answers' first two lists) a full analysis makes with the added member
    ``at`` (names ``new_found``), and the other articles' people; the content keys of the articles whose view the
    changed answers may concern are added to ``held`` (their digests in ``digests`` are the base's). A reason
    when a member's names are not stored."""
    from briefing_tui.extract.spread_step import SpreadStep

    keys = {m.key for i, m in enumerate(members) if i != at and m.key}
    said = {s for s, *_ in answers[0]}
    spellings = {" ".join(f.key.split()) for f in new_found if f.confirmed and f.key not in said and (
        f.type != "person" or f.full and len(f.key.split()) >= 2)}
    if _candidate_spelled(stages, backend, keys, spellings, set(answers[2].split())):
        return SPELLING_NAMES_CHANGED
    blobs = stages.found_rows(keys)
    if len(blobs) != len(keys):
        return "another article's names not stored"
    people = CorpusPeople()
    firsts: dict[tuple, Found] = {}  # each confirmed name's first row, in the members' order
    found_of: dict[str, list] = {}
    for i, m in enumerate(members):
        if i == at:
            for f in new_found:
                if f.confirmed:
                    firsts.setdefault((f.type, f.text, f.key, f.full), f)  # (spelled_as of a row)
            continue
        rows = found_of[m.key] = unpack_value(blobs[m.key])
        for row in rows:
            if row[FOUND_CONFIRMED] and (item := spelled_as(row)) not in firsts:  # (all people keep of a name)
                firsts[item] = Found(*row)
                if row[FOUND_TYPE] == "person":
                    people.add(row)
    known = known_spellings(list(firsts.values()))
    names, surnames = spelling_answers(known)
    for _, kind, key, _ in (*answers[0], *answers[1]):  # the base's spreading confirmed these where it found them
        if kind == "person":
            people.forms.setdefault(tuple(fold(key).split()), key)
    step = SpreadStep(known)
    step.begin([answers[2].split()])
    changes = step.changes_since(answers)  # the same common words: the spellings whose answer changed
    if not changes.texts and not changes.switched:
        return names, surnames, people
    spread = backend.get_analyses("spread", stages.version, keys)
    opening = set()
    for key in keys:
        row = decode_spread(spread.get(key))
        if row is None or row[2] != digests.get(key):
            return "another article's names not stored"
        if opens(row[1], changes):
            opening.add(key)
    probes = backend.get_analyses(PROBES, stages.version, opening)
    texts = [set(t.lower().split()) for t in changes.texts]
    words = candidate_rows_of(backend, stages.version, keys - opening, stages.found_rows)
    if words is None:
        return "another article's names not stored"
    for key in keys:  # those a changed spelling may begin at, or with a candidate holding its words
        if key not in opening:
            own = set(words[key].decode(*ENCODING).split())
            if not any(t <= own for t in texts):
                continue
        found = [Found(*r) for r in found_of[key]]
        got = decode_probes(probes.get(key)) if key in opening else {}
        if got is None or not step.stands(got, found, changes):
            held.add(key)
    return names, surnames, people


def _candidate_spelled(stages, backend, keys: set[str], spellings: set[str], common: set[str]) -> bool:
    """Whether an unconfirmed person candidate of the articles of content ``keys`` is written as one of the
    ``spellings`` an addition makes known (not as common words): spreading then gives it what that spelling names
    (a full name or a place's, an organisation's key: no surname clash keeps it), so that article names otherwise.
    Decided from the candidates' words (:data:`~briefing_tui.store.candidate_words.CANDIDATES`) and the few
    articles holding every word of one, before every article's names are read."""
    from briefing_tui.extract.corpus_names import written_as_common

    spellings = {s for s in spellings if not written_as_common(s, common)}
    wanted = [set(s.lower().split()) for s in spellings]
    words = candidate_rows_of(backend, stages.version, keys, stages.found_rows) if wanted else None
    if not words:
        return False
    holding = {key for key, row in words.items() if any(w <= set(row.decode(*ENCODING).split()) for w in wanted)}
    return any(row[FOUND_TYPE] == "person" and not row[FOUND_CONFIRMED]
               and " ".join(row[FOUND_TEXT].split()) in spellings
               for blob in stages.found_rows(holding).values() for row in unpack_value(blob))
