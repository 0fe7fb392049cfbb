"""Spreading known names (:mod:`~briefing_tui.extract.corpus_names`) one source at a time, for a memo.

A source's result of spreading depends on its text and names (both fixed by its content) and on the
corpus only through a few look-ups: the known spellings that may begin at a capital of the source, the known name of each of its unconfirmed person candidates, and whether those spellings are
written in lower case somewhere in the corpus. :meth:`SpreadStep.view` is a digest of exactly those
answers (of a superset: every capital of its paragraphs), so a memo can keep each source's result with
the digest it was made under and use it while the digest stays the same. After an edit among 2,000
articles, only the sources whose look-ups changed (those writing a spelling the edit made known or
no longer known, or whose lower-case words it changed) are read and spread again.

What a memo keeps per source (:func:`written_words`, text only) is the words it writes in lower case and,
at each capital, the word there with the few characters after it (so that a new "Anna Tanaka" concerns
the sources writing "Anna Ta...", not all that write "Anna"); a result is kept
as a *delta* from the source's recognised names (:meth:`SpreadStep.delta`): the index of a name left as
it was, or the fields of a name changed or added.

Working out every source's digest is itself a pass over the corpus: a memo may keep each source's digest with
the answers it was made under (:meth:`SpreadStep.answers`) and, in a later run, keep the digests of the sources
at whose capitals none of the spellings whose answers changed may be written (:meth:`SpreadStep.changes_since`,
:meth:`SpreadStep.stands`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from briefing_tui.extract import corpus_names
from briefing_tui.extract.corpus_names import KnownSpellings, written_as_common, Starts, probed, written_words
from briefing_tui.extract.found import Found
from briefing_tui.model import Source
from briefing_tui.sha import sha1

__all__ = ["SpreadStep", "SpreadChanges", "written_words", "FOUND_FIELDS"]

FOUND_FIELDS = tuple(f.name for f in dataclasses.fields(Found))
"""A changed or added name in a delta is a row of these fields (Found's, in order)."""


@dataclasses.dataclass
class SpreadChanges:
    """What the corpus answers otherwise than in an earlier run (:meth:`SpreadStep.changes_since`)."""

    firsts: set[str]  # the first words of the spellings below
    texts: set[str]  # spellings known now or then whose answer differs (or that hold a word of ``words``)
    words: set[str]  # words the corpus writes in lower case now and did not then, or the other way round
    switched: set[str]  # first words that open a known spelling now and did not then, or the other way round
    starts: Starts  # where each spelling of ``texts`` may be written (as :meth:`SpreadStep.view` looks them up)


class SpreadStep:
    """Spreading over one corpus, source by source (see the module docstring).

    Call :meth:`begin` with every source's lower-case words first (the corpus's common words)."""

    def __init__(self, known: KnownSpellings) -> None:
        self._known = known
        self._common: set[str] = set()
        self._views: dict[str, str] = {}
        self._starts = Starts(known.by_first)

    def begin(self, lower_words: Iterable[Iterable[str]]) -> None:
        """The corpus's common words: the union of every source's lower-case words."""
        common: set[str] = set()
        for words in lower_words:
            common.update(words)
        self._common = common
        self._views = {}

    def view(self, probes: dict[str, list[str]], found: Sequence[Found]) -> str:
        """Digest of every answer spreading gets from the corpus for a source with ``probes`` at its capitals
        (:func:`written_words`) and names ``found`` (as recognised)."""
        known, views = self._known, self._views
        keys: list[str] = []
        for first in sorted(known.by_first.keys() & probes.keys()):
            keys.extend(probes[first])
        parts = list(map(views.get, keys))
        if None in parts:
            for i, key in enumerate(keys):
                if parts[i] is None:
                    first = key[:key.index("\0")]
                    after, ended = probed(key, first)
                    # repr of tuples of str and bool: the same text for the same answers, on every run and machine
                    parts[i] = views[key] = repr((key, [(s, known.get(s), written_as_common(s, self._common))
                                                        for s in self._starts.at(first, after, ended)]))
        for f in found:
            if f.type == "person" and not f.confirmed:
                parts.append(repr((f.text, known.get(f.text), written_as_common(f.text, self._common))))
        return sha1("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest()  # type: ignore[arg-type]

    def answers(self) -> list:
        """What :meth:`view` asks of the corpus in this run, JSON-able, for :meth:`changes_since` in a later one:
        each known spelling's answer (:meth:`KnownSpellings.get`) and the corpus's common words."""
        names, surnames = self._known.names, self._known.surnames
        return [[[s, *v] for s, v in names.items()], [[s, *v] for s, v in surnames.items()],
                " ".join(sorted(self._common))]

    def changes_since(self, answers: object) -> SpreadChanges:
        """What answers differ now from ``answers`` (:meth:`answers` of an earlier run). ValueError or
        TypeError when it is not such a record."""
        if not isinstance(answers, list) or len(answers) != 3 or not isinstance(answers[2], str):
            raise ValueError("not a record of spreading's answers")
        names, surnames, common = answers
        before = {s: tuple(v) for s, *v in surnames}
        before.update({s: tuple(v) for s, *v in names})  # a spelling's answer: its name, else its surname
        now = {**self._known.surnames, **self._known.names}
        # Each spelling :meth:`view` may ask about that is known only now or only then, whose answer (looked
        # up as :meth:`KnownSpellings.get` does) differs, or whose being written in lower case may differ.
        texts = {s for s in before.keys() | now.keys()
                 if (s in before) != (s in now) or before.get(_spaced(s)) != now.get(_spaced(s))}
        words = set(common.split()) ^ self._common if common else self._common.copy()
        if words:
            texts.update(s for s in before.keys() | now.keys() if any(w.lower() in words for w in s.split()))
        by_first: dict[str, list[str]] = {}
        for text in texts:
            by_first.setdefault(text.split(" ", 1)[0], []).append(text)
        switched = {s.split(" ", 1)[0] for s in before} ^ set(self._known.by_first)  # each also in by_first
        return SpreadChanges(set(by_first), texts, words, switched, Starts(by_first))

    def stands(self, probes: dict[str, list[str]], found: Sequence[Found], changes: SpreadChanges) -> bool:
        """Whether :meth:`view` of a source with ``probes`` and ``found`` is the same as under the answers
        ``changes`` was worked out from: no word at its capitals opens known spellings now and did not then
        (or the other way round), no changed spelling may be written at them (:class:`Starts`, as
        :meth:`view` looks spellings up), and no unconfirmed person candidate of it is written as a changed
        spelling or with a word whose case changed."""
        for first in changes.firsts & probes.keys():
            if first in changes.switched:
                return False
            for key in probes[first]:
                if changes.starts.at(first, *probed(key, first)):
                    return False
        for f in found:
            if f.type == "person" and not f.confirmed:
                words = f.text.split()
                if " ".join(words) in changes.texts or any(w.lower() in changes.words for w in words):
                    return False
        return True

    def run(self, source: Source, found: list[Found]) -> list[Found]:
        """The source's names after spreading (``found`` may be changed in place, as spreading does)."""
        return corpus_names._spread(source, found, self._known, self._common)


def _spaced(text: str) -> str:
    """A spelling as :meth:`KnownSpellings.get` looks it up (single spaces)."""
    return " ".join(text.split())


def rows(found: Sequence[Found]) -> list[tuple]:
    """Each name's fields (FOUND_FIELDS), to compare a name with what it was."""
    return [tuple(getattr(f, n) for n in FOUND_FIELDS) for f in found]


def delta(before: Sequence[tuple], found: Sequence[Found], result: Sequence[Found]) -> list | None:
    """``result`` as a delta from ``found``: a name's index where it is ``found``'s unchanged since ``before``
    (its rows, taken before spreading), else its fields; None when ``result`` is ``found`` as it was."""
    at = {id(f): i for i, f in enumerate(found)}
    out: list = []
    for f in result:
        i = at.get(id(f))
        row = tuple(getattr(f, n) for n in FOUND_FIELDS)
        out.append(i if i is not None and before[i] == row else list(row))
    return None if out == list(range(len(found))) else out


def apply(found: list[Found], stored: list | None) -> list[Found]:
    """The names a :func:`delta` stands for, given the source's recognised names ``found``.

    ValueError when it does not fit them (another code's row)."""
    if stored is None:
        return found
    out = []
    for item in stored:
        if isinstance(item, int) and not isinstance(item, bool):
            if not 0 <= item < len(found):
                raise ValueError("a stored spreading names a name the source does not have")
            out.append(found[item])
        elif isinstance(item, list) and len(item) == len(FOUND_FIELDS):
            out.append(Found(*item))
        else:
            raise ValueError("malformed stored spreading")
    return out
