"""Who owns, organised or was told: a relation without a figure between a named party and the story's
thing ("Owned by Singapore-based Grace Ocean Private Ltd.", "Grace Ocean Private Ltd., the owner of the
Dali", "two Singaporean corporations that owned the Dali"; "organised by Stand Up To Racism"; "said in a
letter to the United Nations", "has told the UN").

A relation phrase is a passive verb of a role with its agent ("owned by", "organised by", "operated by"), a
role noun in apposition ("X, the owner of", "X, which organised") or a word of telling with its recipient
("in a letter to", "told", "informed"). Its key is the role ("owner", "organiser", "told"); its party the
names written with it: after "by" or the word of telling, or before the apposition. Phrases of one role
are one claim when their parties meet: a name they share (not a word of a company's form, "Private",
"Ltd."), or one's initials the other's acronym ("United Nations" / "U.N." / "UN"). Such a claim only
agrees: wording says the same thing, it cannot weigh two things said.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefing_tui.compare.phrase_claims import NOT_NAMES, Phrase, cluster, name_key, phrase_claim, source_lines, voices_of
from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Claim, Sentence, Source

# The role each verb or noun of a relation gives its party.
_ROLES = {"owned": "owner", "owner": "owner", "owners": "owner", "owns": "owner", "own": "owner",
          "organised": "organiser", "organized": "organiser", "organiser": "organiser", "organizer": "organiser",
          "organisers": "organiser", "organizers": "organiser", "organises": "organiser", "organizes": "organiser",
          "operated": "operator", "operator": "operator", "operators": "operator", "operates": "operator",
          "run": "operator", "managed": "manager", "manager": "manager", "manages": "manager",
          "chartered": "charterer", "founded": "founder", "founder": "founder", "founders": "founder",
          "hosted": "host", "hosts": "host", "sponsored": "sponsor", "sponsor": "sponsor", "sponsors": "sponsor",
          "funded": "funder", "financed": "funder", "brokered": "broker", "mediated": "broker",
          "built": "builder", "builder": "builder", "led": "leader"}
# A passive verb of a role and its agent: "owned by", "organized by", "run by" (the party follows).
_BY = lazy_compile(r"\b(?P<role>owned|organi[sz]ed|operated|run|managed|chartered|founded|hosted|sponsored|funded"
                 r"|financed|brokered|mediated|built|led)\s{1,3}by\s{1,3}", re.I)
# A role said of the party before it: "X, the owner of", "X, which owns", "two corporations that owned".
_OF = lazy_compile(
    r",\s{1,3}(?:the\s{1,3}|its\s{1,3}|their\s{1,3})?(?:[\w-]{1,20}\s{1,3}){0,2}?"
    r"(?P<role>owners?|organi[sz]ers?|operators?|managers?|founders?|builder|sponsors?)\s{1,3}of\b"
    r"|\b(?:that|which|who)\s{1,3}(?:also\s{1,3})?"
    r"(?P<role2>owns|owned|organi[sz]ed|organi[sz]es|operates|operated|manages|managed|founded|hosted|sponsored)\b",
    re.I)
# A role noun before its party: "the ship's owner, Grace Ocean", "organisers Stand Up To Racism", "its operator
# Synergy Marine".
_ROLE_BEFORE = lazy_compile(r"\b(?P<role>owners?|organi[sz]ers?|operators?|charterer)\s{0,3},?\s{1,3}(?=[A-Z])")
# A word of telling and its recipient: "in a letter to", "wrote to", "told", "informed", "notified".
_TOLD = lazy_compile(r"\b(?:in\s{1,3}an?\s{1,3}(?:letter|report|submission|note|filing|memo|message)\s{1,3}to"
                   r"|wrote\s{1,3}to|told|informed|notified|briefed)\s{1,3}", re.I)
TOLD = "told"  # the role of a recipient
# The party after a relation's word: at most three descriptors ("far-right activist", "then-U.S."), then a run of
# capitalised words, with the small words a name holds between them ("Stand Up to Racism", "Bank of England").
_NAME_WORD = r"[A-Z][\w.&’'-]{0,30}"  # a capitalised word of a party's name
_NAME_JOIN = r"\s{1,3}(?:(?:of|to|and|for|the|de|du|des|la|&)\s{1,3})?"  # the small words a name holds
_PARTY_AFTER = lazy_compile(
    r"(?:(?:the|a|an)\s{1,3})?(?:[a-z][\w.-]{0,25}\s{1,3}){0,3}?"
    rf"(?P<party>{_NAME_WORD}(?:{_NAME_JOIN}{_NAME_WORD}){{0,7}})")
# The party right before an apposition: a run of capitalised words, with the small words a name holds and "and"
# between them ("Grace Ocean Private Limited and Synergy Marine Private Limited").
_PARTY_BEFORE = lazy_compile(rf"(?P<party>{_NAME_WORD}(?:{_NAME_JOIN}{_NAME_WORD}){{0,9}})\s{{0,3}}$")
# A short description between a party and a relative clause: "X, two Singaporean corporations that owned".
_DESCRIBED = lazy_compile(r",\s{1,3}(?:[\w-]{1,25}\s{1,3}){0,4}$")
PARTY_BEFORE = 120  # characters before an apposition read for its party
_WORD = lazy_compile(r"[A-Z][\w.&’'-]*")
# Words of a company's or body's form, shared by parties that are not one ("Private", "Ltd.", "Group").
_FORM_WORDS = frozenset("""ltd limited inc incorporated corp corporation co company plc llc lp ag sa nv bv gmbh
    private pvt pte group holding holdings international national the of and""".split())
_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december""".split())
# Word stems one of the relation patterns needs (a quick check before them).
_HINTS = ("owne", "owns", "organi", "operat", "run by", "manag", "charter", "founde", "hosted", "sponsor", "funded",
          "financed", "brokered", "mediated", "built", "led by", "letter", "report", "submission", "note", "filing",
          "memo", "message", "wrote", "told", "informed", "notified", "briefed")
# A word ending a party's name with a full stop that is the sentence's, not an abbreviation's ("Robinson.", not "Ltd.").
_SENTENCE_STOP = lazy_compile(r"(?<=[a-z]{4})\.$")


def _quoted(text: str, at: int) -> bool:
    """Whether ``text[at]`` stands inside quotation marks (a speaker's words, not the outlet's attribution)."""
    before = text[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _reading(party: str) -> str:
    return _SENTENCE_STOP.sub("", " ".join(party.split()))


def _keys(party: str) -> frozenset[str]:
    """A party's names as they are weighed: its capitalised words (not a company's form, a sentence opener or
    a day), and its acronym ("United Nations" and "U.N." are "#un")."""
    words = _WORD.findall(party)
    keys = {name_key(w).strip(".") for w in words}
    keys = {k for k in keys if k and k not in _FORM_WORDS and k not in NOT_NAMES and k not in _CALENDAR}
    letters = [w for w in words if w.lower().strip(".") not in _FORM_WORDS]
    if len(letters) == 1 and (letters[0].isupper() or "." in letters[0].rstrip(".")):
        keys.add("#" + letters[0].replace(".", "").lower())  # "UN", "U.N."
    elif len(letters) > 1:
        keys.add("#" + "".join(w[0] for w in letters).lower())  # "United Nations"
    return frozenset(keys)


def relation_phrases(text: str) -> list[tuple[int, int, str, str]]:
    """The relations of a line: (start, end, role, party as written), offsets in ``text``."""
    out: list[tuple[int, int, str, str]] = []
    lower = text.lower()
    if not any(h in lower for h in _HINTS):
        return out
    roles = [m for m in _ROLE_BEFORE.finditer(text) if not text[m.start()].isupper()]  # ("Owner Magazine": a name)
    for m in list(_BY.finditer(text)) + list(_TOLD.finditer(text)) + roles:
        party = _PARTY_AFTER.match(text, m.end())
        if party is None or text[m.start() - 1:m.start()] == "-":
            continue  # ("state-owned": no party)
        role = _ROLES[m.group("role").lower()] if "role" in m.groupdict() and m.group("role") else TOLD
        out.append((m.start(), party.end("party"), role, party.group("party")))
    for m in _OF.finditer(text):
        lo = max(0, m.start() - PARTY_BEFORE)
        hi = m.start()
        if m.group("role2"):  # ("X, two corporations that owned": the party stands before the description)
            described = _DESCRIBED.search(text, lo, hi)
            hi = described.start() if described else hi
        party = _PARTY_BEFORE.search(text, lo, hi)
        if party is None:
            continue
        out.append((party.start(), m.end(), _ROLES[(m.group("role") or m.group("role2")).lower()], party.group("party")))
    return out


def _fits(a: Phrase, b: Phrase) -> bool:
    """Two relations of one role are one when their parties meet (a name or an acronym shared)."""
    return bool(a.names & b.names)


_LABELS = {"owner": "Owned by", "organiser": "Organised by", "operator": "Operated by", "manager": "Managed by",
           "charterer": "Chartered by", "founder": "Founded by", "host": "Hosted by", "sponsor": "Sponsored by",
           "funder": "Funded by", "broker": "Brokered by", "builder": "Built by", "leader": "Led by", TOLD: "Told"}


def relation_claims(sources: Sequence[Source], units: Sequence[Unit], rank: dict[str, int],
                    lines: Callable[[Source], Sequence[Sentence]] = source_lines) -> list[tuple[tuple, Claim]]:
    """Claims of relations that two sources state (see the module), with their sort keys. ``lines``: the lines of a
    source read (:func:`~.phrase_kinds.phrase_claims` leaves out those without a phrase)."""
    voices = voices_of(units)
    by_role: dict[str, list[Phrase]] = {}
    for source in sources:
        for line in lines(source):
            speaker, voice = voices.get((source.id, line.start), (None, "outlet"))
            for start, end, role, party in relation_phrases(line.text):
                names = _keys(party)
                if not names or _quoted(line.text, start):
                    continue
                a, b = line.start + start, line.start + end
                by_role.setdefault(role, []).append(Phrase(
                    source.id, source.raw[a:b], a, b, (line.start, line.end), None if line.index < 0 else line.index,
                    ("rel", role), True, _reading(party), names, (), speaker, voice))
    out = []
    for role, phrases in sorted(by_role.items()):
        for group in cluster(phrases, _fits):
            made = phrase_claim(group, rank, _LABELS[role], f"{_LABELS[role].lower()}", "o")
            if made is not None:
                made[1].topic = f"{_LABELS[role]}: {group[0].reading}"
                out.append(made)
    return out
