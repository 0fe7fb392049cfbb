"""Names one source establishes, found again wherever another source writes them.

Recognition reads one article at a time, so a name it could type in one article ("the town of
Lahaina", "FTX founder Sam Bankman-Fried said") stays an unconfirmed candidate, or is not found at all
(in a headline, in a short quoted phrase), in an article that gives no evidence of its own. This pass
runs over the recognised names of the whole corpus: every occurrence of a name some source confirmed
(a place, an organisation, a person's full name, or the surname of exactly one known person) is a
mention of it in every source; so is a company's name without its legal form ("Alphabet" of "Alphabet Inc."). Confirmed mentions are never changed; two sources that type one
spelling differently leave it alone; a surname is not spread into a source that names another person
with that surname, nor found inside a longer capitalised run. A one-word name only attributed to
("according to Statista", within_article) is the person the corpus knows by it, else a body.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from itertools import accumulate
from typing import TYPE_CHECKING, Protocol

from briefing_tui.extract.acronyms import ENGLISH_SKIPPED, acronym_of
from briefing_tui.extract.found import Found
from briefing_tui.extract.gazetteer import Gazetteer
from briefing_tui.extract.names import RUN_START, fold, spelling_variants
from briefing_tui.extract.organisation_keys import bare_company_name
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Source

if TYPE_CHECKING:
    from briefing_tui.extract.spread_step import SpreadStep

__all__ = ["spread_known_names", "written_words"]

# A capitalised word right before or after an occurrence: the occurrence is part of a longer name.
_CAP_WORD_BEFORE = lazy_compile(r"(?<![\w-])[A-Z][\w-]*[ \u00a0]+$")  # (a word start only: linear)
_CAP_WORD_AFTER = lazy_compile(r"(?<![ \u00a0])[ \u00a0]+[A-Z]")  # (first space of a run only: linear)
_WORD_CHAR = lazy_compile(r"[\w-]")
_LOWER_WORD = lazy_compile(r"\b[a-z][a-z'-]*\b")
# Where a known name may begin: a capital (or other upper-case letter) where a run may (names.RUN_START), or after a
# capitalised elision opening a sentence ("L'Unesco a indiqué"): only a spelling the corpus knows is looked for there.
_CAPITAL_START = lazy_compile(r"(?:" + RUN_START + r"|(?<=(?<![\w'’-])[LD]['’]))[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u0391-\u03a9\u0410-\u042f]")
_NON_SPACE = lazy_compile(r"[\w.&'’-]+")  # the word at a position ("U.S.", "AT&T"; "CDU" of "CDU/CSU")
_TRAILING = ".,;:!?)]}”’\"'"  # punctuation after a word
_POSSESSIVE = lazy_compile(r"['’]s?$")
MIN_SURFACE_CHARS = 3  # shorter known spellings ("US", "EU") are left to recognition


def confirmed_spellings(found: Iterable[Found], gaz: Gazetteer) -> tuple[dict, dict, dict, dict]:
    """What the confirmed names of ``found`` (in the corpus's order) make known, before any is dropped: spelling
    -> what it names, surname -> the keys of the people it is the surname of, a company's bare name and an
    organisation's acronym -> what they name; each dictionary in the order its spellings first come."""
    names: dict[str, set[tuple[str, str, bool]]] = {}
    surnames: dict[str, set[str]] = {}
    bare_names: dict[str, set[tuple[str, str, bool]]] = {}  # a company's name without its legal form
    acronyms: dict[str, set[tuple[str, str, bool]]] = {}  # the acronym an organisation's name spells
    # What a name adds depends on these fields alone, and adding it twice changes nothing: each is
    # looked at once (a corpus of 2,000 articles writes some 75k names, 4k of them distinct).
    seen: set[tuple[str, str, str, bool]] = set()
    for f in found:
        if not f.confirmed:
            continue
        looked_at = (f.type, f.text, f.key, f.full)
        if looked_at in seen:
            continue
        seen.add(looked_at)
        if f.key.startswith("?"):
            continue
        if f.type != "person":
            text = " ".join(f.text.split())
            if text == f.key or stands_for(text, f.key, gaz):
                names.setdefault(text, set()).add((f.type, f.key, True))
            names.setdefault(f.key, set()).add((f.type, f.key, True))
            acronym = acronym_of(f.key) if f.type == "organization" else None
            if acronym is not None:  # "USGS", wherever written, of a known "U.S. Geological Survey"
                acronyms.setdefault(acronym, set()).add((f.type, f.key, True))
            bare = _bare_company_name(f, gaz)
            if bare is not None:
                bare_names.setdefault(bare, set()).add((f.type, f.key, True))
        elif f.full and len(f.key.split()) >= 2:
            names.setdefault(f.key, set()).add(("person", f.key, True))
            for surname in f.surnames:
                surnames.setdefault(surname, set()).add(f.key)
    return names, surnames, bare_names, acronyms


class KnownSpellings:
    """Spelling -> (type, key, full) of the names confirmed anywhere in the corpus; ambiguous ones dropped."""

    def __init__(self, found_by_source: dict[str, list[Found]], gaz: Gazetteer):
        names, surnames, bare_names, acronyms = confirmed_spellings(
            (f for found in found_by_source.values() for f in found), gaz)
        for bare, said in bare_names.items():  # unless the name is written bare too ("Mars" beside "Mars Inc")
            names.setdefault(bare, said)
        for acronym, said in acronyms.items():  # unless typed as a name of its own (then see _one_name)
            names.setdefault(acronym, said)
        self.names = {s: said for s, said in ((s, _one_name(v)) for s, v in names.items())
                      if said is not None and len(s) >= MIN_SURFACE_CHARS and not s.isdigit()}
        self.surnames = {s: ("person", next(iter(v)), False) for s, v in surnames.items()
                         if len(v) == 1 and s not in self.names and len(s) >= MIN_SURFACE_CHARS}
        _add_variants(self.names)
        _add_variants(self.surnames, taken=self.names)
        folded_types = {}
        for s, (kind, _, _) in self.names.items():
            folded_types.setdefault(fold(s), set()).add(kind)
        # one spelling typed two ways (a person "Jordan" and the country) is nobody's to spread
        for s in list(self.surnames):
            if fold(s) in folded_types:
                del self.surnames[s]
        # first word -> the spellings it opens, longest first (a dictionary, not one regex of thousands of names)
        self.by_first: dict[str, list[str]] = {}
        for surface in sorted({*self.names, *self.surnames}, key=len, reverse=True):
            self.by_first.setdefault(surface.split(" ", 1)[0], []).append(surface)

    def at(self, raw: str, a: int, end: int) -> str | None:
        """The longest known spelling written at ``raw[a:]`` (within ``end``), if any."""
        for first in _first_words(raw, a, end):
            for surface in self.by_first.get(first, ()):
                if raw.startswith(surface, a) and a + len(surface) <= end:
                    return surface
        return None

    def get(self, text: str) -> tuple[str, str, bool] | None:
        text = " ".join(text.split())
        return self.names.get(text) or self.surnames.get(text)


def _one_name(said: set[tuple[str, str, bool]]) -> tuple[str, str, bool] | None:
    """What a spelling names, when the corpus types it one way; or two ways that are one organisation, its
    acronym and the name that spells it ("PAP" and "People’s Action Party": the longer); else None."""
    if len(said) == 1:
        return next(iter(said))
    if len(said) == 2:
        short, long_ = sorted(said, key=lambda s: len(s[1]))
        if short[0] == long_[0] == "organization" and acronym_of(long_[1]) == short[1].replace("&", ""):
            return long_
    return None


def _add_variants(spellings: dict[str, tuple[str, str, bool]], taken: dict[str, tuple[str, str, bool]] | None = None
                  ) -> None:
    """Each spelling's other forms (:func:`~briefing_tui.extract.names.spelling_variants`: "Al-Haouz" of "Al
    Haouz", "Ait" of "Aït") name what it names, unless written as another name or shared by two names."""
    variants: dict[str, set[tuple[str, str, bool]]] = {}
    for surface, said in spellings.items():
        for form in spelling_variants(surface):
            if form not in spellings and (taken is None or form not in taken):
                variants.setdefault(form, set()).add(said)
    spellings.update({form: next(iter(said)) for form, said in variants.items() if len(said) == 1})


def _bare_company_name(f: Found, gaz: Gazetteer) -> str | None:
    """A company's name without its legal form ("Alphabet" of "Alphabet Inc."), which names it wherever it is
    written; None for anything else, and for a bare name that opens with a given name (a person's) or is in the
    gazetteer (a place's, another organisation's)."""
    if f.type != "organization":
        return None
    bare = bare_company_name(f.key)
    if bare is None or gaz.gender_of_given_name(bare.split()[0]) is not None or gaz.lookup(bare) is not None:
        return None
    return bare


def _surname_clash(found: list[Found], surname: str, key: str) -> bool:
    """Whether this source names another person with ``surname`` (then a bare surname is not ours)."""
    return any(f.type == "person" and f.full and f.key != key and surname in f.surnames for f in found)


def stands_for(text: str, key: str, gaz: Gazetteer) -> bool:
    """Whether a spelling names ``key`` wherever it is written: a gazetteer variant ("U.S.") or the
    acronym of its words ("NHS"); not a short form one article gave it ("Mercosur" for a longer key)."""
    hit = gaz.lookup(text)
    if hit is not None:
        return hit[0] == key
    initials = "".join(w[0] for w in key.split() if w.lower() not in ENGLISH_SKIPPED)
    return text.isupper() and text == initials.upper()


def _common_words(sources: Sequence[Source]) -> set[str]:
    """Words the corpus writes in lower case: capitalised, they open a sentence or a heading, or are a
    title-cased phrase ("the Government", "General Election"), not a name to look for everywhere."""
    words: set[str] = set()
    for source in sources:
        words.update(_lower_words(source))
    return words


def _lower_words(source: Source) -> list[str]:
    """The words one source writes in lower case (see :func:`_common_words`)."""
    return _LOWER_WORD.findall("\n".join(source.raw[p.start:p.end] for p in source.paragraphs))


def _first_words(raw: str, a: int, end: int) -> tuple[str, ...]:
    """The forms of the word at ``raw[a:]`` (within ``end``) a known spelling is looked up by: as written,
    without trailing punctuation, without a possessive (none when no word is there)."""
    m = _NON_SPACE.match(raw, a, end)
    if m is None:
        return ()
    word = m.group(0)
    bare = word.rstrip(_TRAILING)
    return tuple(dict.fromkeys((word, bare, _POSSESSIVE.sub("", bare))))


PROBE_CHARS = 12
"""How much of the text after a word at a capital a memo keeps (:func:`written_words`): enough to tell most
known spellings opening with that word apart, so that a new "Anna Tanaka" concerns the sources writing
"Anna Ta...", not every one writing "Anna"."""


def written_words(source: Source) -> tuple[list[str], dict[str, list[str]]]:
    """What of one source's text spreading reads besides its names, for a memo to keep (it depends on the
    text alone): the words it writes in lower case (sorted, without repeats), and at each capital where a
    known spelling could begin (:meth:`KnownSpellings.at` looks up nothing else) each form of the word there, with
    the next PROBE_CHARS characters after the space that follows it and whether the paragraph ends within
    them (:func:`probe`; by word, sorted, without repeats)."""
    raw = source.raw
    probes: dict[str, set[str]] = {}
    for p in source.paragraphs:
        for w in _CAPITAL_START.finditer(raw, p.start, p.end):
            a = w.start()
            for first in _first_words(raw, a, p.end):
                b = a + len(first)
                if b < p.end and raw[b] == " ":
                    found = probe(first, raw[b + 1:min(p.end, b + 1 + PROBE_CHARS)], b + 1 + PROBE_CHARS >= p.end)
                else:
                    found = probe(first, None, True)
                probes.setdefault(first, set()).add(found)
    return sorted(set(_lower_words(source))), {first: sorted(keys) for first, keys in sorted(probes.items())}


_NO_SPACE_AFTER = "\x01"  # a probe's mark for a word not followed by a space


def probe(first: str, after: str | None, ended: bool) -> str:
    """One string for a word at a capital and what follows it (see :func:`written_words`); :func:`probed` reads it."""
    if after is None:
        return f"{first}\0{_NO_SPACE_AFTER}"
    return f"{first}\0{after}\0{'1' if ended else '0'}"


def probed(key: str, first: str) -> tuple[str | None, bool]:
    """What :func:`probe` made ``key`` of, after the word ``first`` it begins with: (after, ended).
    ValueError for anything else."""
    rest = key[len(first) + 1:]
    if not key.startswith(first + "\0") or not rest:
        raise ValueError(f"not a probe of {first!r}")
    if rest == _NO_SPACE_AFTER:
        return None, True
    if len(rest) < 2 or rest[-2] != "\0" or rest[-1] not in "01":
        raise ValueError(f"not a probe of {first!r}")
    return rest[:-2], rest[-1] == "1"


class Starts:
    """The known spellings that may be written where the text has a word then ``after`` (see
    :func:`written_words`): the word alone; longer ones whose rest after it and a space begins as ``after``
    does, as far as ``after`` goes (unless the paragraph ends there: then the whole rest must be in it)."""

    def __init__(self, by_first: dict[str, list[str]]) -> None:
        self._whole: dict[tuple[str, str], list[str]] = {}  # (word, rest): spellings, rest up to PROBE_CHARS
        self._longer: dict[tuple[str, str], list[str]] = {}  # (word, rest's first PROBE_CHARS): longer rests
        self._alone: set[str] = set()
        for first, surfaces in by_first.items():
            for surface in surfaces:
                if surface == first:
                    self._alone.add(first)
                    continue
                rest = surface[len(first) + 1:]
                if len(rest) <= PROBE_CHARS:
                    self._whole.setdefault((first, rest), []).append(surface)
                else:
                    self._longer.setdefault((first, rest[:PROBE_CHARS]), []).append(surface)

    def at(self, first: str, after: str | None, ended: bool) -> list[str]:
        """The known spellings (sorted) that may begin there."""
        out = [first] if first in self._alone else []
        if after is not None:
            whole = self._whole
            for n in range(1, len(after) + 1):
                out.extend(whole.get((first, after[:n]), ()))
            if not ended and len(after) == PROBE_CHARS:
                out.extend(self._longer.get((first, after), ()))
        return sorted(out)


def written_as_common(surface: str, common: set[str]) -> bool:
    """Whether every word of a name is a common word of the corpus ("General Election", "Government")."""
    return all(w.lower() in common for w in surface.split())


def _spread(source: Source, found: list[Found], known: KnownSpellings, common: set[str]) -> list[Found]:
    raw = source.raw
    out = [f for f in found]
    for f in out:  # unconfirmed candidates written exactly as a known name
        if f.type == "person" and not f.confirmed:
            hit = known.get(f.text)
            if hit is None or written_as_common(f.text, common):
                if hit is None and f.attributed and not written_as_common(f.text, common):
                    # "according to Statista", and no person of that name in the corpus: a body
                    f.type, f.confirmed = "organization", True
                continue
            if not (not hit[2] and _surname_clash(found, " ".join(f.text.split()), hit[1])):
                f.type, f.key, f.confirmed, f.full = hit[0], hit[1], True, hit[2]
    if not known.by_first:
        return out
    added: list[Found] = []
    confirmed = sorted((f.start, f.end) for f in out if f.confirmed)
    n, ci = len(confirmed), 0  # ci: the first confirmed mention (by start) that does not end before ``a``
    for p in source.paragraphs:
        pos = p.start
        for w in _CAPITAL_START.finditer(raw, p.start, p.end):
            a = w.start()
            if a < pos:
                continue
            while ci < n and confirmed[ci][1] <= a:
                ci += 1
            if ci < n and confirmed[ci][0] <= a:
                continue  # inside a confirmed mention
            surface = known.at(raw, a, p.end)
            if surface is None:
                continue
            b = a + len(surface)
            if (a > 0 and _WORD_CHAR.match(raw[a - 1])) or (b < len(raw) and _WORD_CHAR.match(raw[b])
                                                          and raw[b:b + 2] not in ("'s", "’s")):
                continue
            if raw[b:b + 1] in ("'", "’") and raw[b + 1:b + 2].isalpha() and raw[b + 1:b + 2] != "s":
                continue
            if ci < n and confirmed[ci][0] < b:
                continue  # runs into a confirmed mention
            if written_as_common(surface, common):
                continue
            kind, key, full = known.get(surface)
            if not full and (_CAP_WORD_BEFORE.search(raw, max(p.start, a - 30), a)
                             or _CAP_WORD_AFTER.match(raw, b) or _surname_clash(found, surface, key)):
                continue  # a surname inside a longer run ("Mary Green") is another person's
            s = source.sentence_at(a)
            added.append(Found(a, b, surface, kind, key, s.index if s else None, confirmed=True, full=full))
            pos = b
    if not added:
        return out
    # an unconfirmed candidate that holds a known name ("Verurteilung von Sam Bankman-Fried") gives way to it
    added.sort(key=lambda g: g.start)
    starts = [g.start for g in added]
    furthest = list(accumulate((g.end for g in added), max))  # the furthest end of added[:i + 1]

    def overlaps(f: Found) -> bool:  # (bisection: a long article adds thousands of names)
        i = bisect_left(starts, f.end)
        return i > 0 and furthest[i - 1] > f.start

    kept = [f for f in out if f.confirmed or not overlaps(f)]
    return sorted(kept + added, key=lambda f: (f.start, f.end))


def spread_known_names(sources: Sequence[Source], found_by_source: dict[str, list[Found]], gaz: Gazetteer,
                       memo: SpreadMemo | None = None) -> dict[str, list[Found]]:
    """The names of every source, with each name confirmed anywhere also found wherever it is written.

    With a ``memo`` (the store's), a source whose result cannot have changed is not read again
    (:mod:`briefing_tui.extract.spread_step`)."""
    known = KnownSpellings(found_by_source, gaz)
    if memo is not None:
        from briefing_tui.extract.spread_step import SpreadStep

        return memo.spread(sources, found_by_source, SpreadStep(known))
    common = _common_words(sources)
    return {s.id: _spread(s, found_by_source.get(s.id, []), known, common) for s in sources}


class SpreadMemo(Protocol):
    """Spreading's results kept between runs (``StageMemo.spread``)."""

    def spread(self, sources: Sequence[Source], found: dict[str, list[Found]], step: SpreadStep
               ) -> dict[str, list[Found]]:
        """Each source's names after spreading, by source id, as ``step`` computes them."""
        ...
