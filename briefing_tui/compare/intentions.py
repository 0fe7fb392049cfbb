"""Stated intentions without a count: "Google confirmed it would appeal the fine", "announced plans to
appeal", "has vowed to appeal the decision", "Washington will respond", "will not appeal".

An intention is a word of will ("will", "would", "plans to", "vowed to", "intends to", "threatened to",
"announced plans to"; "will not", "won't", "has no plans to" deny it) before an act a party answers news
with (appeal, challenge or contest a decision, respond, retaliate, comply, resign, step down, sue, veto).
Its key is the act; its value whether the party will do it. Sources stating one act with one polarity
are one claim (in a story one party appeals). Opposite polarities are weighed only when one party is the
name written last before both ("Google will appeal" / "Google will not appeal"); else they stay two claims.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from briefing_tui.compare.foreign_intentions import foreign_intentions
from briefing_tui.compare.phrase_claims import (
    CAPITALISED,
    Phrase,
    capitalised_names,
    clause_start,
    cluster,
    name_key,
    name_keys,
    nearest_name,
    phrase_claim,
    same_value_or_party,
    source_lines,
    voices_of,
)
from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Claim, Sentence, Source

# Words of will before the act, and the denials of it (named groups ``neg``).
_WILL = (
    r"(?:(?P<neg>will\s{1,3}not|won[’']t|would\s{1,3}not|wouldn[’']t|(?:does|do|did)\s{1,3}not\s{1,3}(?:plan|intend|want)\s{1,3}to"
    r"|(?:has|have|had)\s{1,3}no\s{1,3}(?:plans?|intention)\s{1,3}(?:to|of)|ruled\s{1,3}out)"
    r"|will|would|shall|[’']ll"
    r"|(?:plans?|planned|planning|intends?|intended|vowed|vows|vowing|pledged|pledges|promised|promises"
    r"|threatened|threatens|threatening|decided|decides|agreed|agrees|is\s{1,3}going|are\s{1,3}going|was\s{1,3}going)\s{1,3}to"
    r"|(?:announced|announces|unveiled|confirmed)\s{1,3}(?:plans|(?:its|their|his|her)\s{1,3}intention)\s{1,3}to"
    r"|(?:is|are|was)\s{1,3}set\s{1,3}to)")
# The acts, each with its key; "challenge"/"contest" only of a decision (not "contest the final").
_ACTS = (
    r"(?P<act>appeal|respond|retaliate|comply|resign|sue|veto|step\s{1,3}down"
    r"|seek\s{1,3}re-?election|run\s{1,3}(?:again|for\s{1,3}re-?election)"  # ("will not seek re-election")
    r"|(?:challenge|contest)(?=\s{1,3}(?:the|this|that|its|a)\s{1,3}(?:\w+\s{1,3})?"
    r"(?:decision|ruling|verdict|fine|penalty|order|judgment|judgement|sentence|result|results|ban)\b))\b")
_INTENTION = lazy_compile(r"\b" + _WILL + r"\s{1,3}(?:(?:also|swiftly|quickly|likely|still|immediately|not|\w+ly)\s{1,3})?"
                        r"(?:(?:continue|seek|try|move|be\s{1,3}able)\s{1,3}to\s{1,3})?"  # ("will continue to appeal")
                        r"[\"“‘']?" + _ACTS, re.I)
# An appeal already made is the intention carried out: "appealed his conviction", "has appealed the ruling",
# "filed an appeal against the verdict", "legte Berufung ein", "a fait appel", "recurrió", "recorreu" (only of a
# decision: "appealed for calm" is a plea).
_APPEALED = lazy_compile(
    r"(?:\b(?:(?:(?:has|have|had)\s{1,3}(?:already\s{1,3})?)?(?P<act>appealed)|(?:is|are|was|were)\s{1,3}appealing)"
    r"\s{1,3}(?:against\s{1,3})?"  # ("is appealing the ruling"; "won't be appealing" is the denial's)
    r"(?:the|his|her|its|their|this|that|a)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?"
    r"(?:decision|ruling|verdict|fine|penalty|order|judgment|judgement|sentence|conviction|convictions|ban)\b"
    r"|\b(?:filed|lodged|launched|submitted)\s{1,3}(?:an?|his|her|its|their)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}(?P<act2>appeal)\b"
    r"|\b(?:legte|legten|hat|haben)\b[^.;:!?]{0,60}?\b(?P<act3>Berufung|Revision|Einspruch)\s{1,3}(?:eingelegt|ein)\b"
    r"|\b(?:a|ont)\s{1,3}(?P<act4>fait\s{1,3}appel|interjeté\s{1,3}appel)"
    r"|\b(?P<act5>recurri[óo]|recurrieron|recorreu|recorreram|ricorso|ha\s{1,3}impugnato)\b)"
    r"(?!\s{1,3}(?:a|à|al|ao|aos|às|aux?)\b)")  # ("fait appel à", "recurrió a": called on, resorted to)
# "will / won't be appealing": the act's gerund after "be".
_GERUNDS = {"appealing": "appeal", "responding": "respond", "retaliating": "retaliate", "complying": "comply",
            "resigning": "resign", "suing": "sue", "vetoing": "veto", "challenging": "challenge", "contesting": "challenge"}
_INTENTION_ING = lazy_compile(r"\b" + _WILL + r"\s{1,3}be\s{1,3}(?P<act>" + "|".join(_GERUNDS) + r")\b", re.I)
# "file / lodge / launch an appeal" after a word of will.
_APPEAL_NOUN = lazy_compile(r"\b" + _WILL + r"\s{1,3}(?:file|lodge|launch|pursue|mount|seek)\s{1,3}an?\s{1,3}(?:[\w-]{1,20}\s{1,3})?"
                          r"(?P<act>appeal)\b", re.I)  # ("will file a cassation appeal")
# German: "will / werde / kündigte an ... Berufung einlegen", "... anfechten".
_INTENTION_DE = lazy_compile(
    r"\b(?:(?P<neg>will\s{1,3}nicht|werde\s{1,3}nicht|wollen\s{1,3}nicht)|will|werde|werden|wollen|kündigte)\b"
    r"[^.;:!?]{0,80}?\b(?:(?P<act>Berufung|Einspruch|Rechtsmittel)\s{1,3}(?:einlegen|ein)|(?P<act2>anfechten))\b")
_KEYS = {"berufung": "appeal", "einspruch": "appeal", "rechtsmittel": "appeal", "anfechten": "challenge",
         "contest": "challenge", "step down": "resign", "seek re-election": "run again", "seek reelection": "run again",
         "run for re-election": "run again", "run for reelection": "run again"}


def _key(act: str) -> str:
    word = " ".join(act.lower().split())
    return _KEYS.get(word, word)


# Words one of the patterns needs (a quick check before them).
_HINTS = ("election", "run again", "appeal", "revision", "appel", "recurri", "recorre", "ricorso", "impugnato", "respond", "retaliat", "comply", "resign", "sue", "suing", "veto", "step", "stepping", "challeng",
          "contest", "berufung", "einspruch", "rechtsmittel", "anfechten")


def intentions(text: str) -> list[tuple[int, int, str, bool]]:
    """The intentions in a line: (start, end, act, will do it), offsets in ``text`` (French, Spanish, Portuguese and
    Italian ones: :func:`.foreign_intentions.foreign_intentions`)."""
    out = foreign_intentions(text)
    lower = text.lower()
    if not any(h in lower for h in _HINTS):
        return out
    for m in _APPEALED.finditer(text):
        out.append((m.start(), m.end(), "appeal", True))
    for pattern in (_INTENTION, _INTENTION_ING, _APPEAL_NOUN, _INTENTION_DE):
        for m in pattern.finditer(text):
            act = m.group("act") or m.groupdict().get("act2")
            act = _GERUNDS.get(act.lower(), act) if act else act
            if act:
                out.append((m.start(), m.end(), _key(act), not m.group("neg")))
    return out


def _clause_names(text: str, start: int) -> frozenset[str]:
    """Capitalised words before an intention in its clause (its party: "Google", "Washington")."""
    return name_keys(text[clause_start(text, start):start])


def _party(text: str, start: int) -> str | None:
    """The name written last before an intention in its clause: its party ("Acme said it would appeal")."""
    return nearest_name(capitalised_names(text[clause_start(text, start):start]))


def intention_claims(sources: Sequence[Source], units: Sequence[Unit], rank: dict[str, int],
                     lines: Callable[[Source], Sequence[Sentence]] = source_lines) -> list[tuple[tuple, Claim]]:
    """Claims of intentions that two sources state, with their sort keys. ``lines``: the lines of a source read
    (:func:`~.phrase_kinds.phrase_claims` leaves out those without a phrase)."""
    voices = voices_of(units)
    by_act: dict[str, list[Phrase]] = {}
    for source in sources:
        for line in lines(source):
            for start, end, act, will in intentions(line.text):
                speaker, voice = voices.get((source.id, line.start), (None, "outlet"))
                reading = ("will " if will else "will not ") + act
                by_act.setdefault(act, []).append(Phrase(
                    source.id, source.raw[line.start + start:line.start + end], line.start + start, line.start + end,
                    (line.start, line.end), None if line.index < 0 else line.index, (act,), will, reading,
                    _clause_names(line.text, start), (_party(line.text, start),), speaker, voice))
    out = []
    for act, phrases in sorted(by_act.items()):
        # positive phrases first: a denial joins them only when it names one of their parties
        for group in cluster(sorted(phrases, key=lambda p: not p.value), same_value_or_party):
            # (names in sorted order: a tie goes to the same name on every run, whatever the hash seed)
            party = Counter(n for p in group for n in sorted(p.names)).most_common(1)
            who = next((w for p in group for w in CAPITALISED.findall(p.text + " " + source_of(p, sources))
                        if party and name_key(w) == party[0][0]), None)
            who = who.removesuffix("’s").removesuffix("'s") if who else who  # ("Bankman-Fried’s lawyer will appeal")
            made = phrase_claim(group, rank, f"What {who or 'the party'} will do", f"intention: {act}", "w")
            if made is not None:
                out.append(made)
    return out


def source_of(p: Phrase, sources: Sequence[Source]) -> str:
    """The line a phrase stands in."""
    raw = next(s.raw for s in sources if s.id == p.source)
    return raw[p.line[0]:p.line[1]]
