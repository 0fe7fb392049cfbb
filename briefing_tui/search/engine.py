"""A word-prefix inverted index that answers each keystroke without scanning every item.

Items are identified by their position in the list they came in; that order is also the
tie-break (callers put what matters most first: entities, sources, quotes, sentences). A query is
split into words; an item matches when every query word is the start of one of its words. The
most selective query word (fewest postings over its prefix range in the sorted vocabulary)
fetches candidates; the others are checked with a substring test on the item's normal form
(``" w1 w2 ... "``), which runs at C speed. When the query grows, the previous keystroke's
candidates are narrowed instead of fetched again. Typos are found through the vocabulary:
rapidfuzz compares each query word with indexed words of similar length, never with every item.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from briefing_tui.search.tokens import normal_form

Cancelled = Callable[[], bool] | None

CANDIDATE_CAP = 10_000
"""Above this many postings a query word is too common to fetch candidates with; items are then
scanned in rank order (matches are dense, so the scan stops early)."""

CONJUNCTION_CAP = 150_000
"""With several query words, the rarest one fetches candidates up to this many postings: their
conjunction may be rare, and a scan in rank order would then not stop early."""

SCAN_CHUNK = 4_096
SCAN_BUDGET = 262_144
"""Items scanned for a query made only of very common words before settling for what was found."""
PROBE_BUDGET = 65_536
"""Items scanned before fetching candidates for several common words (their phrase may be rare)."""
NARROW_MAX = 200_000
"""Candidate lists kept for narrowing on the next keystroke, up to this size."""

FUZZY_MIN_WORD = 3
TWO_TYPO_WORD = 8
"""Query words this long may be two edits (transposition, substitution, insertion, deletion) from an indexed
word; shorter ones one edit ("Biatas" finds "Baitas"; "Baitas" no longer finds "Atlas", three edits away).
The thresholds of common search engines' typo tolerance."""
FUZZY_WORDS = 12
"""Similar vocabulary words considered per query word."""
FUZZY_POOL = 2_000
"""Items examined for typo matches."""

TIER_WHOLE, TIER_PHRASE, TIER_WORDS = 100.0, 90.0, 75.0
FUZZY_MAX = 70.0


@dataclass(slots=True)
class Match:
    """One matched item: its index, score and the vocabulary words that matched each query word."""

    index: int
    score: float
    fuzzy: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(slots=True)
class _Narrowing:
    tokens: list[str]
    candidates: list[int]


class WordIndex:
    """The inverted index over a fixed list of texts."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.forms: list[str] = []
        postings: dict[str, int | array] = {}
        forms_append = self.forms.append
        for i, text in enumerate(texts):
            form = normal_form(text)
            forms_append(form)
            for w in set(form.split()):
                p = postings.get(w)
                if p is None:
                    postings[w] = i
                elif p.__class__ is int:
                    postings[w] = array("i", (p, i))
                else:
                    p.append(i)
        self.vocabulary: list[str] = sorted(postings)
        self._postings = postings
        counts = array("q", [0])
        total = 0
        for w in self.vocabulary:
            p = postings[w]
            total += 1 if p.__class__ is int else len(p)
            counts.append(total)
        self._cumulative = counts
        self._by_length: dict[int, list[str]] | None = None
        self._similar: dict[str, list[tuple[str, float]]] = {}
        self._last: _Narrowing | None = None

    def __len__(self) -> int:
        return len(self.forms)

    # --- exact (prefix) matching ---

    def _range(self, token: str) -> tuple[int, int, int]:
        """(lo, hi, postings) of the vocabulary words starting with ``token``."""
        lo = bisect_left(self.vocabulary, token)
        hi = bisect_left(self.vocabulary, token + "\U0010ffff", lo)
        return lo, hi, self._cumulative[hi] - self._cumulative[lo]

    def _union(self, lo: int, hi: int) -> list[int]:
        if hi - lo == 1:
            p = self._postings[self.vocabulary[lo]]
            return [p] if p.__class__ is int else list(p)
        out: set[int] = set()
        for w in self.vocabulary[lo:hi]:
            p = self._postings[w]
            if p.__class__ is int:
                out.add(p)
            else:
                out.update(p)
        return list(out)

    def _filter(self, ids: Iterable[int], tokens: Iterable[str]) -> list[int]:
        forms = self.forms
        out = ids if isinstance(ids, list) else list(ids)
        for t in dict.fromkeys(tokens):
            pat = " " + t
            out = [i for i in out if pat in forms[i]]
        return out

    def exact(self, tokens: list[str], limit: int, cancelled: Cancelled = None) -> list[Match]:
        """Items matching every token as a word prefix, best first.

        The previous keystroke's candidates are narrowed when the query only grew. Otherwise the
        rarest query word fetches candidates from its postings, and the others are checked with
        substring tests on the normal forms. When every word is very common, items are scanned in
        rank order instead, which stops as soon as enough whole-word or phrase hits are found.
        """
        phrase = " " + " ".join(tokens)
        whole = phrase + " "
        last = self._last
        if last is not None and _extends(last.tokens, tokens):
            found = self._filter(last.candidates, tokens[len(last.tokens) - 1:])
            self._last = _Narrowing(tokens, found)
            return _ranked(self.forms, found, phrase, whole, limit)
        self._last = None
        ranges = sorted((self._range(t)[2], t) for t in dict.fromkeys(tokens))
        count, rarest = ranges[0]
        if count > CANDIDATE_CAP:
            fetchable = len(ranges) > 1 and count <= CONJUNCTION_CAP
            hits, enough = self._scan(tokens, phrase, whole, limit, cancelled,
                                      PROBE_BUDGET if fetchable else len(self.forms))
            if enough or not fetchable:
                return hits
        lo, hi, _ = self._range(rarest)
        found = self._filter(self._union(lo, hi), [t for _, t in ranges[1:]])
        if len(found) <= NARROW_MAX:
            self._last = _Narrowing(tokens, found)
        return _ranked(self.forms, found, phrase, whole, limit)

    def _scan(self, tokens: list[str], phrase: str, whole: str, limit: int, cancelled: Cancelled,
              budget: int) -> tuple[list[Match], bool]:
        """Items in rank order, in growing chunks, until ``limit`` whole-word or phrase hits are found
        (then also says True) or ``budget`` items were looked at."""
        tiers: tuple[list[int], list[int], list[int]] = ([], [], [])
        start, size, total = 0, SCAN_CHUNK, min(budget, len(self.forms))
        enough = False
        while start < total:
            if cancelled is not None and cancelled():
                return [], True
            chunk = self._filter(range(start, min(start + size, total)), tokens)
            for tier, ids in zip(tiers, _split(self.forms, chunk, phrase, whole)):
                tier.extend(ids)
            start += size
            size *= 2
            enough = len(tiers[0]) + len(tiers[1]) >= limit
            if enough or (start >= SCAN_BUDGET and sum(map(len, tiers)) >= limit):
                break
        best: list[Match] = []
        for score, ids in zip((TIER_WHOLE, TIER_PHRASE, TIER_WORDS), tiers):
            best.extend(Match(i, score) for i in ids[:limit - len(best)])
        return best, enough

    # --- typos ---

    def similar_words(self, token: str) -> list[tuple[str, float]]:
        """Vocabulary words within a few edits of ``token`` (rapidfuzz ratio), best first."""
        cached = self._similar.get(token)
        if cached is not None:
            return cached
        from rapidfuzz import fuzz, process
        from rapidfuzz.distance import OSA

        if self._by_length is None:
            by_length: dict[int, list[str]] = {}
            for w in self.vocabulary:
                if w.isalpha():
                    by_length.setdefault(len(w), []).append(w)
            self._by_length = by_length
        cutoff = {3: 80.0, 4: 75.0}.get(len(token), 70.0)
        edits = 2 if len(token) >= TWO_TYPO_WORD else 1
        scored: list[tuple[float, str]] = []
        for n in range(len(token) - edits, len(token) + edits + 1):
            for w, score, _ in process.extract(token, self._by_length.get(n, ()), scorer=fuzz.ratio,
                                               score_cutoff=cutoff, limit=FUZZY_WORDS):
                if OSA.distance(token, w, score_cutoff=edits) <= edits:  # (ratio alone let 3 edits of 6 pass)
                    scored.append((score, w))
        scored.sort(key=lambda sw: (-sw[0], sw[1]))
        result = [(w, s) for s, w in scored[:FUZZY_WORDS]]
        if len(self._similar) > 256:
            self._similar.clear()
        self._similar[token] = result
        return result

    def fuzzy(self, tokens: list[str], limit: int, exclude: set[int], cancelled: Cancelled = None) -> list[Match]:
        """Items where every query word starts a word or is a few edits from one (typos), best first.

        Candidates come from the most selective query word: the first FUZZY_POOL items (in rank
        order) holding one of its acceptable words.
        """
        options: list[tuple[str, list[tuple[str, float]], int]] = []
        for t in dict.fromkeys(tokens):
            similar = self.similar_words(t) if len(t) >= FUZZY_MIN_WORD and t.isalpha() else []
            lo, hi, count = self._range(t)
            count += sum(self._count(w) for w, _ in similar)
            options.append((t, similar, count))
        if not any(similar for _, similar, _ in options):
            return []
        if cancelled is not None and cancelled():
            return []
        t, similar, _ = min(options, key=lambda o: o[2])
        lo, hi, _ = self._range(t)
        pool = _smallest_union([self._postings[w] for w in self.vocabulary[lo:hi]]
                               + [self._postings[w] for w, _ in similar], FUZZY_POOL)
        forms = self.forms
        scored: list[tuple[float, int]] = []
        for i in pool:
            if i in exclude:
                continue
            form, total = forms[i], 0.0
            for t, similar, _ in options:
                if " " + t in form:
                    total += 100.0
                    continue
                best = max((s for w, s in similar if " " + w + " " in form), default=0.0)
                if not best:
                    break
                total += best
            else:
                scored.append((total, i))
        scored.sort(key=lambda si: (-si[0], si[1]))
        chosen = {t: tuple(w for w, _ in similar) for t, similar, _ in options if similar}
        n = len(options)
        return [Match(i, round(FUZZY_MAX * total / (100.0 * n), 1), chosen) for total, i in scored[:limit]]

    def _count(self, word: str) -> int:
        p = self._postings[word]
        return 1 if p.__class__ is int else len(p)


def _smallest_union(postings: list[int | array], n: int) -> list[int]:
    """The ``n`` smallest ids present in any of the (sorted) postings."""
    out: set[int] = set()
    for p in postings:
        if p.__class__ is int:
            out.add(p)
        else:
            out.update(p[:n])
    return sorted(out)[:n]


def _extends(old: list[str], new: list[str]) -> bool:
    """Whether every item matching ``new`` also matches ``old`` (the query only grew)."""
    if not old or len(new) < len(old):
        return False
    k = len(old) - 1
    return new[:k] == old[:k] and new[k].startswith(old[k])


def _split(forms: Sequence[str], ids: list[int], phrase: str, whole: str) -> tuple[list[int], list[int], list[int]]:
    """Items containing the query as whole words / as a phrase at a word start / only word by word."""
    with_phrase = [i for i in ids if phrase in forms[i]]
    whole_words = [i for i in with_phrase if whole in forms[i]]
    if len(whole_words) == len(with_phrase):
        at_start: list[int] = []
    else:
        seen = set(whole_words)
        at_start = [i for i in with_phrase if i not in seen]
    if len(with_phrase) == len(ids):
        rest: list[int] = []
    else:
        seen = set(with_phrase)
        rest = [i for i in ids if i not in seen]
    return whole_words, at_start, rest


def _ranked(forms: Sequence[str], ids: list[int], phrase: str, whole: str, limit: int) -> list[Match]:
    out: list[Match] = []
    for score, tier in zip((TIER_WHOLE, TIER_PHRASE, TIER_WORDS), _split(forms, ids, phrase, whole)):
        if len(out) >= limit:
            break
        tier.sort()
        out.extend(Match(i, score) for i in tier[:limit - len(out)])
    return out
