"""A party's share or seats whose owner its sentence names by a common noun only ("Mit 20,8 Prozent hat die Partei
ihr Ergebnis verdoppelt", "The party won 12.4% of the vote", "Le parti obtient 14,2 % des voix", "the conservative
opposition alliance received 24 seats"), or by a pronoun opening its sentence ("She won 49.4% of the vote"): the
owner is the party or person named last before it in the same source, within a few sentences, among the names the
story gives such figures to (the owners of vote shares, of seats or of votes). Where no such name stands before it,
the figure keeps no subject (never a guess). A share of another measure (turnout, a price move) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

# A definite noun phrase standing for a party or an alliance of parties: an article (any case), at most three
# lower-case modifiers ("conservative opposition"), then the noun, in lower case (capitalised it is a name's word: "the
# Coalition", "el Partido Socialista"; German nouns are capitalised), and no name in apposition after it ("the alliance
# Democratic Alliance"), in the languages read.
_PARTY_NOUN = lazy_compile(
    r"\b(?i:the|die|der|das|le|la|el|il|lo|o|a|de|het)"
    r"(?:\s{1,3}[a-zà-ÿß-]{2,30}){0,3}\s{1,3}"
    r"(?:party|parti|partido|partito|partij"  # a party
    r"|alliance|alianza|alleanza|aliança"  # an alliance
    r"|coalition|coalición|coalizione|coligação|coalitie"  # a coalition
    r"|Partei|Bündnis|Allianz|Koalition)\b"  # German
    r"(?!\s{1,3}[A-ZÀ-Ý])")
# Punctuation closing a clause: the noun and the figure must stand in one clause ("the Coalition leading in 40,
# independents in 11": the 11 are not the Coalition's).
_CLAUSE_BREAK = lazy_compile(r"[,;:()]")
# A singular personal pronoun opening the figure's sentence as its subject ("She won 49.4% of the vote", "Elle obtient
# 28,5 %", "Er kam auf 31 Prozent"): the person or party named last before it owns the figure. Pronouns that are also
# plural or an article ("Sie", "Zij", "Il") are left out.
_OPENING_PRONOUN = lazy_compile(
    r"^\W{0,3}(?P<pronoun>She|He"  # English
    r"|Er"  # German
    r"|Elle"  # French
    r"|Ella|Él"  # Spanish
    r"|Lei|Lui"  # Italian
    r"|Ela|Ele"  # Portuguese
    r"|Hij)\b")  # Dutch
# The pronouns above whose gender is a person's, never a word's (English, Spanish and Italian say "she" of a woman,
# never of a party, while French "Elle", German "Er", Portuguese "Ele" and Dutch "Hij" may stand for "la CDU", "der
# Block", "o partido", "de partij"): such a pronoun's antecedent is a person, so the name written last before it must
# not be an organisation's ("Tsai, also of the DPP, ... She garnered 56.1%": not the DPP's share).
PERSON_PRONOUNS = frozenset({"She", "He", "Ella", "Él", "Lei", "Lui"})
# A name that is an organisation's, never a person's: an acronym in capitals ("DPP", "CDU/CSU", "PS"), or a name
# holding a party's or an alliance's word ("Democratic Progressive Party", "Partido Popular").
_ORGANISATION_NAME = lazy_compile(
    r"\A[A-Z0-9ÀÁÂÄÇÉÈÊÎÓÔÖÚÜ&/.-]{2,20}\Z"  # an acronym
    r"|\b(?i:party|parti|partido|partito|partei|partij|alliance|alianza|alleanza|aliança|allianz"
    r"|coalition|coalición|coalizione|coligação|coalitie|koalition|bündnis|union|unión|unione|front|frente|fronte)\b")
NOUN_REACH = 60  # characters of the figure's sentence either side of it searched for the noun
LOOKBACK_SENTENCES = 3  # sentences before the figure's searched for the party it stands for
# Counts a party owns that are resolved (seats left out: "The party is set to gain 208 seats", a projection, joined
# the party's result once owned).
OWNED_MEASURES = ("votes",)
VOTE_SHARE = "votes"  # the measure of a share a party or a candidate owns (a share naming none may be one)


def _family(f: Figure, owner: bool = False) -> str | None:
    """Which figures' owners a figure's owner is sought among: a vote share's among vote shares', seats' among
    seats' (``owner``: a figure whose subject is such an owner, a share naming its measure)."""
    if f.kind == "percent" and (f.measure == VOTE_SHARE or (f.measure is None and not owner)):
        return "percent"
    if f.kind == "count" and f.measure in OWNED_MEASURES:
        return f.measure
    return None


def _owners(units: Sequence[Unit]) -> dict[str, list[str]]:
    """For each family, the names the story gives figures of it to."""
    found: dict[str, set[str]] = {}
    for u in units:
        for f in u.figures:
            family = _family(f, owner=True)
            if family and f.subject and not any(c.isdigit() for c in f.subject):
                found.setdefault(family, set()).add(f.subject)
    return {k: sorted(v) for k, v in found.items()}


def _last_owner(text: str, names: Sequence[str]) -> str | None:
    """The name of ``names`` written last in ``text`` (as a whole name, capitals as given; the longest one ending
    there: "CDU/CSU", not its "CSU")."""
    best, best_end, best_len = None, -1, 0
    for name in names:
        for m in re.finditer(rf"(?<![\w/-]){re.escape(name)}(?![\w/-])", text):
            if m.end() > best_end or (m.end() == best_end and len(name) > best_len):
                best, best_end, best_len = name, m.end(), len(name)
    return best


def _one_clause(text: str, noun_start: int, noun_end: int, at: int, end: int) -> bool:
    """Whether a noun and a figure stand in one clause: no clause's punctuation between them."""
    if noun_end <= at:
        return _CLAUSE_BREAK.search(text, noun_end, at) is None
    return noun_start >= end and _CLAUSE_BREAK.search(text, end, noun_start) is None


def refer_owners(units: Sequence[Unit]) -> None:
    """Give a share, seats or votes with no subject, whose sentence names a party by a common noun near it or opens
    on a singular personal pronoun, the party or person named last before it in its source (among the names the story gives such figures to). In place."""
    owners = _owners(units)
    if not owners:
        return
    # (a party owns shares, seats and votes: its name is sought among the owners of all three)
    names = sorted({n for found in owners.values() for n in found}, key=lambda n: (-len(n), n))
    for u in units:
        for k, f in enumerate(u.figures):
            family = _family(f)
            if f.subject or family is None:
                continue
            at, end = f.start - u.start, f.end - u.start
            near = u.text[max(0, at - NOUN_REACH):end + NOUN_REACH]
            lo = max(0, at - NOUN_REACH)
            pronoun = None
            noun = next((m for m in _PARTY_NOUN.finditer(near) if _one_clause(u.text, lo + m.start(), lo + m.end(),
                                                                                at, end)), None)
            if noun is not None:
                upto = u.start + lo + noun.start()
            elif pronoun := _OPENING_PRONOUN.match(u.text):
                upto = u.start
            else:
                continue
            sentences = u.source.sentences
            first = sentences[max(0, u.index - LOOKBACK_SENTENCES)].start if u.index < len(sentences) else u.start
            head = u.source.raw[first:upto]
            owner = _last_owner(head, names)
            if owner and pronoun is not None and pronoun.group("pronoun") in PERSON_PRONOUNS \
                    and _ORGANISATION_NAME.search(owner):
                continue  # (a person's pronoun after an organisation's name: whose figure it is is not written)
            if owner:
                u.figures[k] = replace(f, subject=owner)
