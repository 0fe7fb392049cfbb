"""Statements without a figure about whether items are covered: "pharmaceuticals — exempt from tariffs",
"steel, aluminum, and pharmaceuticals will not be part of the agreement, as tariffs on these items will
remain unchanged", "tariffs of 50 percent on steel and aluminium imports will remain in effect".

Each such statement gives, for every item it lists, a *polarity* in one of two frames:

- ``burden``: whether the item still bears a charge (tariffs, duties, levies, taxes, sanctions): "exempt
  from tariffs" is False, "tariffs on X will remain" True;
- ``deal``: whether the item is part of the agreement: "part of / included in / covered by the deal" True,
  "not part of / excluded from / left out of / outside the deal" False.

Statements about one item (its words as written, spelling variants joined: "aluminium" is "aluminum";
"generic pharmaceuticals" is another item than "pharmaceuticals") in one frame from several sources are
one claim; they disagree when two sources give opposite polarities. The rule is narrow on purpose: a
false disagreement is worse than a miss.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import VERDICTS, Claim, Statement

# Charges an item may bear or be exempt from.
_BURDEN = r"(?:tariffs?|duties|duty|levies|levy|taxes|tax|sanctions|customs\s{1,3}duties)"
_DEAL = r"(?:agreement|deal|accord|pact|treaty|framework)"
# "X (will be | are | —) exempt from tariffs"; a negation before the verb turns it ("will not be exempt").
_EXEMPT = lazy_compile(
    rf"(?P<neg>\bnot\s{{1,3}}|n[’']t\s{{1,3}})?(?:be\s{{1,3}}|been\s{{1,3}})?"
    rf"\b(?:exempt(?:ed)?|excluded|spared|shielded)\s{{1,3}}from\s{{1,3}}(?:the\s{{1,3}}|any\s{{1,3}})?"
    rf"(?:new\s{{1,3}}|higher\s{{1,3}}|US\s{{1,3}}|U\.S\.\s{{1,3}})?(?P<what>{_BURDEN})\b", re.I)
# "tariffs (of 50 percent) on X (will) remain / stay / continue": X still bears the charge.
_REMAIN = lazy_compile(
    rf"\b(?P<what>{_BURDEN})\s{{1,3}}(?:of\s{{1,3}}[\d.,]{{1,8}}\s{{0,3}}(?:%|percent|per\s{{1,3}}cent)\s{{1,3}})?"
    rf"on\s{{1,3}}(?P<items>[^.;:]{{1,120}}?)\s{{1,3}}(?:will\s{{1,3}}|would\s{{1,3}}|are\s{{1,3}}to\s{{1,3}}|to\s{{1,3}})?"
    rf"(?:remain|stay|continue)(?:s|ed)?\b", re.I)
# "X will (not) be part of / included in / covered by / excluded from / left out of the agreement".
_DEAL_PART = lazy_compile(
    rf"(?P<neg>\bnot\s{{1,3}}|n[’']t\s{{1,3}})?(?:be\s{{1,3}}|been\s{{1,3}})?"
    rf"\b(?P<verb>part\s{{1,3}}of|included\s{{1,3}}in|covered\s{{1,3}}by|excluded\s{{1,3}}from|left\s{{1,3}}out\s{{1,3}}of|"
    rf"outside(?:\s{{1,3}}of)?)\s{{1,3}}(?:the|this|that)\s{{1,3}}(?:\w{{1,20}}\s{{1,3}})?{_DEAL}\b", re.I)
_OUT_VERBS = ("excluded", "left", "outside")
# Words one of the patterns above needs (a quick check before them).
_HINTS = ("exempt", "excluded", "spared", "shielded", "remain", "stay", "continu", "part of", "included in",
          "covered by", "left out", "outside")
# Where the list of items before a predicate starts: after "including", "such as", a colon or a dash, or at
# the sentence's start; the words up to the predicate are the list.
_LIST_START = lazy_compile(r"(?:\bincluding\b|\bsuch\s{1,3}as\b|\bthat\b|\b(?:said|says|mentioned|announced|stated|added)\b|"
                         r"[:—–(]|\s-\s|^\s{0,3}-)", re.I)
_LIST_SPLIT = lazy_compile(r",\s{0,3}(?:and\s{1,3}|or\s{1,3})?|\s(?:and|or|&)\s", re.I)
# Words ending a predicate's subject that are not items ("will be", "are"), and the dashes around them.
_SUBJECT_TAIL_WORDS = frozenset("will would are is were was have has been be now also all".split())
_TAIL_MARKS = " \t\n—–-"
# Words that refer back to the items listed before in the sentence ("tariffs on these items").
_ANAPHORA = lazy_compile(r"^(?:these|those|them|such)(?:\s{1,3}(?:items|goods|products|sectors|categories))?$", re.I)
# Heads that name the kind of an item, not the item ("steel imports" is "steel").
_GENERIC_HEADS = frozenset("imports exports goods products items sector sectors industry industries".split())
_DETERMINERS = frozenset("the a an all most some".split())
# British spellings of item names and their American forms (items are compared as written otherwise).
SPELLING = {"aluminium": "aluminum", "tyres": "tires", "fibre": "fiber", "sulphur": "sulfur"}
MAX_ITEM_WORDS = 4  # a longer list element is a clause, not an item
MAX_LIST_CHARS = 240


@dataclass(frozen=True, slots=True)
class Coverage:
    """One source's statement that an item is (not) covered: the item's key and words, the frame ("burden"
    or "deal"), the polarity, and the offsets in the raw text of the phrase stating it."""

    item: str
    written: str
    frame: str
    charge: str  # the charge of the "burden" frame as written, lower-case ("tariffs"); "" for "deal"
    covered: bool
    source: str
    text: str  # the phrase (raw[start:end])
    start: int
    end: int
    sentence: tuple[int, int]
    index: int
    speaker: str | None
    voice: str


def item_key(written: str) -> str | None:
    """An item's key: lower-case words without determiners, generic heads ("imports") or British spelling;
    None for something that is no item (too long, a pronoun)."""
    words = [SPELLING.get(w, w) for w in re.findall(r"[^\W\d_][\w'-]*", written.lower())]
    while words and words[0] in _DETERMINERS:
        words.pop(0)
    if len(words) > 1 and words[-1] in _GENERIC_HEADS:
        words.pop()
    if not words or len(words) > MAX_ITEM_WORDS or _ANAPHORA.match(" ".join(words)):
        return None
    return " ".join(words)


def _items(text: str, start: int, end: int) -> list[tuple[str, str]]:
    """(key, words) of the items listed in ``text[start:end]``."""
    out = []
    for part in _LIST_SPLIT.split(text[start:end]):
        part = part.strip(" \t—–-()\"'“”")
        key = item_key(part) if part else None
        if key:
            out.append((key, part))
    return out


def _subject_list(text: str, end: int) -> tuple[int, list[tuple[str, str]]]:
    """The items listed right before position ``end`` (the predicate), and where the list starts."""
    lo = max(0, end - MAX_LIST_CHARS)
    head = text[lo:end].rstrip(_TAIL_MARKS)
    while True:  # drop "will be", "are" and dashes from the end
        word = head[max(head.rfind(c) for c in _TAIL_MARKS) + 1:]
        if word.lower() not in _SUBJECT_TAIL_WORDS:
            break
        head = head[:len(head) - len(word)].rstrip(_TAIL_MARKS)
    last = None
    for last in _LIST_START.finditer(head):
        pass
    begin = lo + (last.end() if last else 0)
    while begin < end and text[begin] in " \t\"'“‘":
        begin += 1
    return begin, _items(text, begin, lo + len(head))


def _charge(m: re.Match) -> str:
    word = " ".join(m.group("what").lower().split())
    return word if word.endswith("s") else {"duty": "duties", "levy": "levies", "tax": "taxes"}.get(word, word + "s")


def coverages(unit: Unit) -> list[Coverage]:
    """Every statement of coverage in a unit's sentence, for each occurrence of it."""
    text = unit.text
    found: list[tuple[str, str, str, str, bool, int, int]] = []
    listed: list[tuple[int, list[tuple[str, str]]]] = []
    for m in _DEAL_PART.finditer(text):
        begin, items = _subject_list(text, m.start())
        out = any(m.group("verb").lower().startswith(v) for v in _OUT_VERBS)
        covered = (not out) != bool(m.group("neg"))
        listed.append((begin, items))
        found += [(key, words, "deal", "", covered, begin, m.end()) for key, words in items]
    for m in _EXEMPT.finditer(text):
        begin, items = _subject_list(text, m.start())
        found += [(key, words, "burden", _charge(m), bool(m.group("neg")), begin, m.end()) for key, words in items]
    for m in _REMAIN.finditer(text):
        items = _items(text, m.start("items"), m.end("items"))
        begin = m.start()
        if not items and _ANAPHORA.match(m.group("items").strip()) and listed:
            begin, items = listed[-1]  # "tariffs on these items will remain": the items listed before
        found += [(key, words, "burden", _charge(m), True, begin, m.end()) for key, words in items]
    return [Coverage(key, words, frame, charge, covered, o.source.id, text[a:b], o.start + a, o.start + b, (o.start, o.end),
                     o.index, unit.voice.speaker, unit.voice.kind)
            for o in unit.occurrences for key, words, frame, charge, covered, a, b in found]


def _name(found: list[Coverage]) -> str:
    """An item's name as written mid-sentence somewhere, else its first form with a lower-case initial
    ("Cheese is exempt" -> "cheese")."""
    inside = [c.written for c in found if c.text.find(c.written) > 0]
    if inside:
        return inside[0]
    written = found[0].written
    return written[:1].lower() + written[1:] if written[1:2].islower() else written


_PHRASES = {("burden", True): "still charged", ("burden", False): "exempt",
            ("deal", True): "part of the agreement", ("deal", False): "not part of the agreement"}


def inclusion_claims(units: Sequence[Unit], rank: dict[str, int]) -> list[tuple[tuple, Claim]]:
    """Claims of items' coverage that two sources state, with their sort keys (verdict, size, position)."""
    by_item: dict[tuple[str, str], list[Coverage]] = {}
    for u in units:
        lower = u.text.lower()
        if not any(word in lower for word in _HINTS):
            continue
        for c in coverages(u):
            by_item.setdefault((c.frame, c.item), []).append(c)
    # Items told by the very same statements are one claim ("steel and aluminum").
    merged: dict[tuple, list[tuple[str, list[Coverage]]]] = {}
    for (frame, item), found in sorted(by_item.items()):
        if len({c.source for c in found}) < 2:
            continue
        key = (frame, frozenset((c.source, c.start, c.end, c.covered) for c in found))
        merged.setdefault(key, []).append((item, found))
    out = []
    for (frame, _), items in merged.items():
        found = items[0][1]
        items.sort(key=lambda pair: min((rank[c.source], c.start + max(0, c.text.find(c.written))) for c in pair[1]))
        names = [_name(f) for _, f in items]
        polarity = {c.source: set() for c in found}
        for c in found:
            polarity[c.source].add(c.covered)
        steady = {s: next(iter(p)) for s, p in polarity.items() if len(p) == 1}  # a source saying both is not weighed
        verdict = "disagree" if len(set(steady.values())) > 1 else "agree"
        readings = list(dict.fromkeys(_PHRASES[(frame, c.covered)] for c in sorted(found, key=lambda c: rank[c.source])))
        thing = " and ".join(names)
        charge = next((c.charge for c in found if c.charge), "charges")
        title = (f"{charge.capitalize()} on {thing}: " if frame == "burden" else f"{thing[:1].upper() + thing[1:]}: ") \
            + " · ".join(readings)
        sides = "; ".join(f"{s}: {_PHRASES[(frame, v)]}" for s, v in sorted(steady.items(), key=lambda kv: rank[kv[0]]))
        evidence = (f"opposite statements about {thing}: {sides}" if verdict == "disagree"
                    else f"{len(polarity)} sources say {thing} {'is' if len(names) == 1 else 'are'} {readings[0]}")
        statements: dict[tuple[str, int, int], Statement] = {}
        for c in sorted(found, key=lambda c: (rank[c.source], c.start)):
            if (c.source, c.start, c.end) not in statements:
                raw_mark = "conflict" if verdict == "disagree" else "match"
                statements[(c.source, c.start, c.end)] = Statement(
                    c.source, c.text, c.start, c.end, c.speaker, c.index, c.voice, marks=[(c.start, c.end, raw_mark)],
                    sentence=c.sentence)
        sts = list(statements.values())
        cid = "i" + hashlib.sha1("\n".join(f"{s.source}\n{s.start}" for s in sts).encode() + frame.encode()).hexdigest()[:8]
        claim = Claim(cid, title, verdict, evidence, sts, measure=f"{'charges on' if frame == 'burden' else 'in the agreement:'} {thing}")
        first = sts[0]
        out.append(((VERDICTS.index(verdict), 0, -len(sts), rank[first.source], first.start), claim))
    return out
