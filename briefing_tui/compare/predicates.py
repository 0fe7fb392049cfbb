"""What a court, an official or an event did to someone, stated without a figure and worded in any language:
"relaxé pour corruption passive" / "acquitted of passive bribery charges", "dont une partie avec sursis" / "Es setzte
keinen Teil der Strafe auf Bewährung aus", "resigned" / "ist zurückgetreten".

A predicate phrase is a word of a predicate family of briefing_tui/data/predicate_words.yaml (a verdict, a charge, a
suspended sentence, a resignation, an oath of office, a release, an appointment, an election, an arrest, a denial, a
state of emergency, a campaign financed) in
one of its two senses: "says" states it, "opposite" its opposite ("acquitted" is a verdict's), and a negation before it
in its clause turns it over ("did not resign", "keinen Teil ... auf Bewährung"). A predicate after a word of a
condition, a possibility or a demand ("if convicted", "could be arrested", "asked that he be convicted") states no fact
and is not read. A verdict or a charge is of the charges named right after it, or right before it ("acquitted of
passive bribery", "relaxé pour recel de détournement de fonds publics et pour corruption passive", "wegen Betrugs
verurteilt"): one phrase per charge, none without one (two charges may have had two verdicts).

A phrase's actors are the people and bodies its sentence names (an entity's mention, or the last word of its name
alone), or when it names none (a pronoun, "the former president") those of the few sentences before it in its
paragraph; its principals are those of them not named as another's complement ("the aide of X", "X's lawyer").
Phrases of one family and charge from two sources or more are one claim when their actors meet (an entity both name);
two phrases stating it in two senses ("acquitted" / "convicted" of one charge, "part suspended" / "no part
suspended") are one only when their principals meet too, and then the claim disagrees.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from briefing_tui.compare.phrase_claims import (
    CAPITALISED,
    Phrase,
    clause_start,
    cluster,
    phrase_claim,
    source_lines,
    voices_of,
)
from briefing_tui.compare.said_words import sentence_entity_spans
from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Claim, Entity, Sentence, Source
from briefing_tui.paths import data_dir
from briefing_tui.safe_yaml import safe_load

PREDICATE_WORDS_FILE = "predicate_words.yaml"
PREDICATE_VOICES = frozenset({"outlet", "reported", "quoted"})  # voices whose predicates are read
WEIGHED_VOICES = frozenset({"outlet", "reported"})  # voices whose predicates may disagree (not a quotation's)
# A figure in a phrase ("won 412 seats"): the claims by measure weigh it, not a phrase's sense.
_DIGIT = lazy_compile(r"\d")
CHARGE_REACH = 8  # words from a predicate to its first charge ("found guilty on Thursday by a French court of")
CHARGE_CHAIN = 5  # words from a charge to the next charge of the same predicate ("de fonds publics et pour")
ACTOR_LOOKBACK = 2  # sentences of its paragraph read for the actor of a sentence that names no entity
ENTITY_PREFIX = "@"  # how an entity's token begins (units.py: "@" and its id)
MIN_SURNAME = 4  # letters of the shortest last word of a name read alone as the name ("Sarkozy", not "Le")
PLACE_PREFIX = "@place:"  # how a place's entity token begins (a place is where, not who: never an actor)
# A word making the name after it another's complement: "of", "de", "d'", "von", "di", "do", "da", "del", "della".
_OF_BEFORE = lazy_compile(r"(?:\b(?:of|de|du|des|von|vom|di|del|della|dello|do|da|dos|das)\s{1,3}|\bd['’])"
                        r"(?:\w+\s{1,3})?$", re.I)
# A possessive after a name: "X's", "X’".
_POSSESSIVE_AFTER = lazy_compile(r"['’]s?\b")
# A word, for counting the words between a predicate and its charge.
_WORD = lazy_compile(r"[^\W\d_][\w'’-]*")


class _Table:
    """The predicate table compiled: one pattern of every family's senses (group ``family__sense``), how a title
    reads them, the charges (group per kind), negations and the words of what is not stated as a fact."""

    def __init__(self, data: dict) -> None:
        groups = []
        for family, senses in data["families"].items():
            for sense in ("opposite", "says"):  # ("sans sursis" before "sursis")
                words = senses.get(sense) or []
                if words:
                    groups.append(f"(?P<{family}__{sense}>{_alternation(words)})")
        self.predicate = re.compile(r"\b(?:" + "|".join(groups) + r")\b", re.I)
        # (the same, on a line in lower case: matching case-blind costs several times more)
        self.lower_predicate = re.compile(self.predicate.pattern)
        self.reads = {family: tuple(senses["reads"]) for family, senses in data["families"].items()}
        self.by_charge = frozenset(data["by_charge"])
        self.charge_like = frozenset(data["charge_like"])
        self.charge = re.compile(r"\b(?:" + "|".join(f"(?P<{kind}>{_alternation(words)})"
                                                      for kind, words in data["charges"].items()) + r")\b", re.I)
        self.negation = re.compile(rf"\b{_alternation(data['negation'])}\b|n['’]t\b", re.I)
        self.unreal = re.compile(rf"\b{_alternation(data['unreal'])}\b", re.I)


def _alternation(words: Sequence[str]) -> str:
    """The table's fragments as one alternation, longest first (the longest wording of one place wins)."""
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def _table() -> _Table:
    return _Table(safe_load((data_dir() / PREDICATE_WORDS_FILE).read_text(encoding="utf-8")))


def _group(m: re.Match) -> str:
    """The name of the table's group a match is of."""
    return next(name for name, got in m.groupdict().items() if got is not None)


def _charges_after(text: str, at: int, stop: int) -> list[tuple[int, int, str]]:
    """The charges read from ``at`` to ``stop``: the first within :data:`CHARGE_REACH` words, each next one
    within :data:`CHARGE_CHAIN` words of the last."""
    out: list[tuple[int, int, str]] = []
    for m in _table().charge.finditer(text, at, stop):
        if len(_WORD.findall(text, at, m.start())) > (CHARGE_CHAIN if out else CHARGE_REACH):
            break
        out.append((m.start(), m.end(), _group(m)))
        at = m.end()
    return out


def _charge_before(text: str, start: int, at: int) -> list[tuple[int, int, str]]:
    """The last charge read from ``start`` to a predicate at ``at``, within :data:`CHARGE_REACH` words of it."""
    found = [(m.start(), m.end(), _group(m)) for m in _table().charge.finditer(text, start, at)]
    return found[-1:] if found and len(_WORD.findall(text, found[-1][1], at)) <= CHARGE_REACH else []


def predicate_phrases(text: str) -> list[tuple[int, int, str, bool, str | None]]:
    """The predicates of a line: (start, end, family, sense, charge or None), offsets in ``text``; the sense is True
    for what the family says (its opposite, or negated: False)."""
    table = _table()
    lower = text.lower()
    found = list(table.lower_predicate.finditer(lower) if len(lower) == len(text) else table.predicate.finditer(text))
    out: list[tuple[int, int, str, bool, str | None]] = []
    held = 0  # where the charges of the last verdict or charge read end
    for k, m in enumerate(found):
        family, sense = _group(m).split("__")
        if family in table.charge_like and m.start() < held:
            continue
        start = max(clause_start(text, m.start()), found[k - 1].end() if k else 0)
        before = text[start:m.start()]
        if table.unreal.search(before):
            continue
        value = (sense == "says") != bool(table.negation.search(before))
        charges: list[tuple[int, int, str]] = []
        if family in table.by_charge:
            stop = next((n.start() for n in found[k + 1:] if _group(n).split("__")[0] not in table.charge_like),
                        len(text))
            charges = _charges_after(text, m.end(), stop) or _charge_before(text, start, m.start())
            held = max([held] + [b for _, b, _ in charges])
            out += [(min(a, m.start()), max(b, m.end()), family, value, kind) for a, b, kind in charges]
        else:
            out.append((m.start(), m.end(), family, value, None))
    return out


def _surnames(entities: Sequence[Entity]) -> dict[str, str]:
    """The entity token of each last word of a name (of a person or a body, not a place) that one entity alone
    has, lower-case: "Sarkozy" names Nicolas Sarkozy where the extraction missed it."""
    owners: dict[str, set[str]] = {}
    for e in entities:
        token = f"{ENTITY_PREFIX}{e.id}"
        if token.startswith(PLACE_PREFIX):
            continue
        for name in [e.name, *e.aliases]:
            words = name.split()
            if words and len(words[-1]) >= MIN_SURNAME:
                owners.setdefault(words[-1].lower(), set()).add(token)
    return {word: next(iter(tokens)) for word, tokens in owners.items() if len(tokens) == 1}


def _actors(sources: Sequence[Source], entities: Sequence[Entity]
            ) -> dict[tuple[str, int], tuple[frozenset[str], frozenset[str]]]:
    """The actors of each sentence and its principals (see the module), by (source id, sentence start)."""
    spans = sentence_entity_spans(entities)
    surnames = _surnames(entities)
    out: dict[tuple[str, int], tuple[frozenset[str], frozenset[str]]] = {}
    for source in sources:
        own: list[tuple[frozenset[str], frozenset[str]]] = []
        for k, s in enumerate(source.sentences):
            found = [(a, b, t) for a, b, t, _ in spans.get((source.id, s.index), ()) if not t.startswith(PLACE_PREFIX)]
            found += [(s.start + m.start(), s.start + m.end(), surnames[m.group().lower()])
                      for m in CAPITALISED.finditer(s.text) if m.group().lower() in surnames]
            own.append((frozenset(t for _, _, t in found),
                        frozenset(t for a, b, t in found if not _complement(source.raw, s.start, a, b))))
            back = [own[j] for j in range(max(0, k - ACTOR_LOOKBACK), k) if source.sentences[j].paragraph == s.paragraph]
            out[(source.id, s.start)] = own[-1] if own[-1][0] else (
                frozenset(t for names, _ in back for t in names), frozenset(t for _, chief in back for t in chief))
    return out


def _complement(raw: str, start: int, a: int, b: int) -> bool:
    """Whether a name at ``a``-``b`` (in a sentence from ``start``) is another's complement: "the aide of X",
    "X's aide", "l'ex-directeur de cabinet de X" (then the predicate of its sentence is not of X, most often)."""
    return bool(_OF_BEFORE.search(raw, start, a) or _POSSESSIVE_AFTER.match(raw, b))


def _fits(a: Phrase, b: Phrase) -> bool:
    """Two phrases of one key are of one claim: their actors meet, and when they state it in two senses their
    principals too, neither quoted."""
    if not a.names & b.names:
        return False
    return a.value == b.value or (a.voice in WEIGHED_VOICES and b.voice in WEIGHED_VOICES
                                  and bool(set(a.detail) & set(b.detail)))


def predicate_claims(sources: Sequence[Source], units: Sequence[Unit], rank: dict[str, int],
                     lines: Callable[[Source], Sequence[Sentence]] = source_lines,
                     entities: Sequence[Entity] = ()) -> list[tuple[tuple, Claim]]:
    """Claims of predicates that two sources state (see the module), with their sort keys. ``lines``: the lines of
    a source read (:func:`~.phrase_kinds.phrase_claims` leaves out those without a phrase); ``entities``: the
    story's, whose mentions are the phrases' actors (none: no claim)."""
    voices = voices_of(units)
    actors = _actors(sources, entities)
    by_key: dict[tuple, list[Phrase]] = {}
    for source in sources:
        for line in lines(source):
            speaker, voice = voices.get((source.id, line.start), (None, "outlet"))
            names, chiefs = actors.get((source.id, line.start), (frozenset(), frozenset()))
            if voice not in PREDICATE_VOICES or not names:
                continue
            for start, end, family, value, charge in predicate_phrases(line.text):
                if _DIGIT.search(line.text, start, end):
                    continue
                a, b = line.start + start, line.start + end
                reading = _table().reads[family][not value] + (f" ({charge.replace('_', ' ')})" if charge else "")
                key = ("predicate", family, charge)
                by_key.setdefault(key, []).append(Phrase(
                    source.id, source.raw[a:b], a, b, (line.start, line.end), None if line.index < 0 else line.index,
                    key, value, reading, names, tuple(sorted(chiefs)), speaker, voice))
    out = []
    for key, phrases in sorted(by_key.items(), key=lambda kv: (kv[0][1], kv[0][2] or "")):
        family, charge = key[1], key[2]
        measure = f"{family} ({charge})" if charge else family
        for group in cluster(phrases, _fits):
            made = phrase_claim(group, rank, family.replace("_", " ").capitalize(), measure, "p")
            if made is not None:
                out.append(made)
    return out
