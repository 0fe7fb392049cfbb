"""Claims from short phrases that carry no count: what several sources say about one thing in a word or
two ("will appeal", "the second-largest fine", "has 60 days to").

A finder (:mod:`.intentions`, :mod:`.ranks`, :mod:`.deadlines`) reads each line of a source (its title,
subheadings and sentences) and gives :class:`Phrase` objects: where the words are, what the phrase is about
(``key``) and what it says of it (``value``). Phrases of one key from two sources or more are clustered
(:func:`cluster`: a phrase joins a cluster when the finder says it may be of one thing with each member)
and become one claim: it disagrees when two sources give two values, agrees otherwise.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from briefing_tui.compare.event_mentions import HEADING
from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import VERDICTS, Claim, Sentence, Source, Statement


@dataclass(frozen=True, slots=True)
class Phrase:
    """One source's phrase stating a value about a thing: offsets in the raw text (raw[start:end] ==
    text), the line it stands in, what it is about and what it says."""

    source: str
    text: str
    start: int
    end: int
    line: tuple[int, int]  # the sentence's (or heading's) offsets
    index: int | None  # the sentence index, None for a title or heading
    key: tuple  # what the phrase is about: phrases of one key may be one claim
    value: object  # what it says: two sources' different values disagree
    reading: str  # the value as a title shows it ("second-largest", "will not appeal")
    names: frozenset[str] = frozenset()  # names (lower-case) the phrase's clause speaks of
    detail: tuple = ()  # what else the finder weighs when clustering (a rank's scope, a deadline's task)
    speaker: str | None = None
    voice: str = "outlet"


def source_lines(source: Source) -> list[Sentence]:
    """A source's title (when its words stand in the raw text), subheadings and sentences, in reading
    order; a title or heading has the index ``HEADING``."""
    lines = list(source.sentences)
    lines += [Sentence(HEADING, p.start, p.end, source.raw[p.start:p.end], k)
              for k, p in enumerate(source.paragraphs) if p.kind == "heading" and p.end > p.start]
    title = (source.title or "").strip()
    at = source.raw.find(title) if title else -1
    if at >= 0 and not any(s.start <= at < s.end for s in lines):
        lines.append(Sentence(HEADING, at, at + len(title), title, -1))
    return sorted(lines, key=lambda s: s.start)


def name_key(word: str) -> str:
    """A name as phrases are weighed by: lower-case, without a possessive or a final full stop
    ("Nordbank's" is "nordbank")."""
    return re.sub(r"(?:[’']s|[’'.])$", "", word.lower())


# Capitalised words that name no party: sentence openers, pronouns and function words of the languages read.
NOT_NAMES = frozenset("""the a an this that these those it its he she they we i in on at for but and or as after
    before while with by of to from when then also however now nun mit nach für der die das ein eine es ist essa
    esta este esto c'est ce ceci dies
    his her their our my your sa ses leur leurs sus sein seine seiner ihr ihre suo sua seu""".split())
# (possessives open a sentence too: "His lawyer said he would appeal" names no party "His")
# A capitalised word: a candidate word of a party's name ("Google", "U.S.", "Nordbank's").
CAPITALISED = lazy_compile(r"\b[A-Z][\w.’'-]*")
# What ends a clause before a phrase: a semicolon, a colon, a dash, or a comma and a space.
CLAUSE_BREAK = lazy_compile(r"[;:—–]|,\s")


def clause_start(text: str, at: int) -> int:
    """Where the clause holding ``text[at]`` begins (after the last CLAUSE_BREAK before it)."""
    return max([0] + [m.end() for m in CLAUSE_BREAK.finditer(text[:at])])


def capitalised_names(text: str) -> list[str]:
    """The capitalised words of ``text`` that may name a party (not in NOT_NAMES), in order."""
    return [w for w in CAPITALISED.findall(text) if w.lower() not in NOT_NAMES]


def name_keys(text: str) -> frozenset[str]:
    """:func:`capitalised_names` of ``text`` as :func:`name_key` gives them."""
    return frozenset(name_key(w) for w in capitalised_names(text))


def nearest_name(names_in_order: Sequence[str]) -> str | None:
    """The last of the names read before a phrase (its party, most often), as :func:`name_key` gives it."""
    return name_key(names_in_order[-1]) if names_in_order else None


def voices_of(units: Sequence[Unit]) -> dict[tuple[str, int], tuple[str | None, str]]:
    """(speaker, voice kind) of each sentence, by (source id, sentence start)."""
    return {(o.source.id, o.start): (u.voice.speaker, u.voice.kind) for u in units for o in u.occurrences}


def same_value_or_party(a: Phrase, b: Phrase) -> bool:
    """Two phrases of one thing: of one value, or of two when one party (``detail[0]``) is named last before both."""
    return a.value == b.value or (a.detail[0] is not None and a.detail == b.detail)


def cluster(phrases: Sequence[Phrase], fits: Callable[[Phrase, Phrase], bool]) -> list[list[Phrase]]:
    """Phrases of one key in clusters: a phrase joins, among the clusters each member of which ``fits`` it,
    the one it shares most names with (the first on a tie), else opens a cluster; then two clusters each
    member of which fits each of the other's are one."""
    out: list[list[Phrase]] = []
    for p in phrases:
        homes = [c for c in out if all(fits(p, q) for q in c)]
        if not homes:
            out.append([p])
            continue
        max(homes, key=lambda c: (sum(len(p.names & q.names) for q in c), -out.index(c))).append(p)
    merged = True
    while merged:
        merged = False
        for i, a in enumerate(out):
            b = next((b for b in out[i + 1:] if all(fits(p, q) for p in a for q in b)), None)
            if b is not None:
                a += b
                out.remove(b)
                merged = True
                break
    return out


def phrase_claim(found: Sequence[Phrase], rank: dict[str, int], title: str, measure: str,
                 prefix: str) -> tuple[tuple, Claim] | None:
    """The claim of one cluster of phrases with its sort key, None unless two sources state it. The
    verdict is "disagree" when two sources give different values (a source giving two is not weighed)."""
    sources = {p.source for p in found}
    if len(sources) < 2:
        return None
    values: dict[str, set] = {}
    for p in found:
        values.setdefault(p.source, set()).add(p.value)
    steady = {s: next(iter(v)) for s, v in values.items() if len(v) == 1}
    verdict = "disagree" if len(set(steady.values())) > 1 else "agree"
    ordered = sorted(found, key=lambda p: (rank[p.source], p.start))
    readings = list(dict.fromkeys(p.reading for p in ordered))
    by_source = {p.source: p for p in reversed(ordered)}
    sides = "; ".join(f"{s}: {by_source[s].reading}" for s in sorted(by_source, key=lambda s: rank[s]))
    evidence = (f"sources differ: {sides}" if verdict == "disagree"
                else f"{len(sources)} sources say {readings[0]}: {sides}")
    mark = "conflict" if verdict == "disagree" else "match"
    statements: dict[tuple[str, int, int], Statement] = {}
    for p in ordered:
        statements.setdefault((p.source, p.start, p.end), Statement(
            p.source, p.text, p.start, p.end, p.speaker, p.index, p.voice, marks=[(p.start, p.end, mark)],
            sentence=p.line))
    sts = list(statements.values())
    cid = prefix + hashlib.sha1(("\n".join(f"{s.source}\n{s.start}" for s in sts) + measure).encode()).hexdigest()[:8]
    claim = Claim(cid, f"{title}: {' · '.join(readings)}", verdict, evidence, sts, measure=measure)
    first = sts[0]
    return (VERDICTS.index(verdict), 0, -len(sts), rank[first.source], first.start), claim
