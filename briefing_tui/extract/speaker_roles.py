"""Speakers described rather than named: "the professor", "the ministry", "a Mid Ulster councillor",
"according to the statement": the person or organisation of the article the phrase stands for, else the
phrase itself (organisations, groups, documents), else nobody.
"""

from __future__ import annotations

from bisect import bisect_left

from briefing_tui.extract.lexicon import (
    ANONYMOUS_SUBJECTS, COURTESY_WORDS, COMPANY_NOUNS, DOCUMENT_NOUNS, ORG_NOUNS, ROLE_NOUNS,
)
from briefing_tui.extract.found import Found
from briefing_tui.extract.institution_words import medium_noun
from briefing_tui.extract.names import fold
from briefing_tui.extract.subject_patterns import SOURCE_PHRASE_REACH, OBJECT_PRONOUN, ROLE_AFTER, ROLE_BEFORE_WINDOW
from briefing_tui.extract.cues import TITLE_SET
from briefing_tui.extract.spacing import SP_CHARS
from briefing_tui.model import Entity
from briefing_tui.extract.speaker_mentions import MentionIndex, Who


# Words before a document's noun that name no owner ("the", "a", "new", "latest"): the owner's words are capitalised.
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})
# Possessive pronouns before a role noun: "his lawyer", "her spokesman" is someone related to that person, never that
# person, and named before if at all (a lawyer named later may be the other side's: "a lawyer for the victims").
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their"})
# A group named after a verb ("CLAUSE, said disaster authorities") never opens on a conjunction nor holds a
# preposition: those make the plural noun another verb's object ("..., screamed and yelled at journalists").
GROUP_OPENING_BREAKS = frozenset("and or but".split())
GROUP_PHRASE_BREAKS = frozenset("at to with by for from into on in of as".split())


def _named_owner(modifiers: str, noun: str) -> str | None:
    """The owner a document's modifiers name, every word of them capitalised ("the Myanmar Now" website:
    "Myanmar Now"; "the Washington" Post: "Washington Post", the noun being part of the name), else None."""
    words = [w for w in modifiers.split() if w.lower() not in _DETERMINERS]
    if not words or not all(w[:1].isupper() for w in words):
        return None
    owner = " ".join(words).removesuffix("'s").removesuffix("’s")
    return f"{owner} {noun}" if noun[:1].isupper() else owner


class RoleResolver(MentionIndex):
    """Speakers described by a noun phrase: role nouns, organisation nouns, documents, "according to X"."""

    _roles_by_entity: dict[str, list[str]] | None = None  # (see _roles_here)

    def described(self, modifiers: str, noun: str, pos: int, start: int, definite: bool = True) -> Who | None:
        """A speaker described by a noun phrase ("the professor", "the ministry", "the youth council"):
        the person or organisation of the article it stands for, else the phrase itself (organisations,
        groups, documents) or nobody (a person the text does not name)."""
        noun_low = noun.lower()
        modifiers = modifiers.rsplit(",", 1)[-1]  # "a surprise announcement, Cuomo’s campaign": after the comma
        phrase = " ".join((modifiers + " " + noun).split())
        if noun_low in ROLE_NOUNS:
            person = self.role(noun_low, pos, modifiers, definite)
            if person is None and not definite and noun_low not in ANONYMOUS_SUBJECTS:
                # "A former federal prosecutor stated", "Bankman-Fried's lawyer has stated": a person the
                # text describes but does not name is the speaker as the text describes them
                return Who(None, "role", start, phrase, "person")
            return Who(person, "role", start)
        if noun_low in ORG_NOUNS:
            org = self.organisation(noun_low, pos)
            if org is not None:
                return Who(org, "role", start)
            if phrase.lower() == noun_low and noun_low in COMPANY_NOUNS:
                return Who(None, "role", start)  # "the company said" of a company the rules did not find: nobody named
            return Who(None, "role", start, phrase, "organization")
        if noun_low in DOCUMENT_NOUNS and (owner := _named_owner(modifiers, noun)) is not None:
            # "according to the Myanmar Now website", "the Washington Post said": its owner is named right there,
            # so no earlier speaker or organisation of the article stands for it
            # (a medium's own document, "the Myanmar Now website", is that medium speaking)
            kind = "organization" if medium_noun(noun_low) or noun[:1].isupper() else "document"
            return Who(None, "role", start, owner if kind == "organization" else phrase, kind)
        if noun_low in DOCUMENT_NOUNS:
            issuer = self.last_speaker
            if definite and issuer is not None and self.raw.rfind(noun_low, 0, start) != -1:
                return Who(issuer, "role", start)  # "The statement said": the statement the last speaker issued
            org = self.company(pos)
            if org is not None:
                return Who(org, "role", start)
            return Who(None, "role", start, phrase, "document")
        if noun_low.endswith("s") and noun_low[:-1] in ROLE_NOUNS and (definite or noun_low not in ANONYMOUS_SUBJECTS):
            return Who(None, "group", start, phrase, "group")  # "the doctors said", "health chiefs warned"
        return Who(None, "anonymous", start)

    def described_after(self, pos: int, hi: int) -> Who | None:
        """"..., said the Kazakh President": the speaker a noun phrase right at ``pos`` describes."""
        m = ROLE_AFTER.match(self.raw, pos, hi)
        if m is None:
            return None
        who = self.described(m.group(1), m.group(2), pos, pos)
        return who if who is not None and who.cue != "anonymous" else None

    def source_named_at(self, pos: int, hi: int) -> Who | None:
        """The source right after "according to": a name, or a described organisation or document."""
        f = self.mention_starting_after(pos, hi)
        if f is not None:
            return Who(self.entity(f), "name", f.start)
        m = OBJECT_PRONOUN.match(self.raw, pos, hi)
        if m:  # "according to him"
            return Who(self.pronoun("he" if m.group(1).lower() == "him" else "she", pos), "pronoun", pos)
        # (``hi`` bounds where the source begins; its description may run on: "the Guangdong provincial
        # meteorological observatory")
        reach = min(len(self.raw), hi + SOURCE_PHRASE_REACH)
        m = ROLE_AFTER.match(self.raw, pos, reach)
        if m is not None:
            who = self.described(m.group(1), m.group(2), pos, pos)
            if who is not None and who.cue != "anonymous":
                return who
        words = self.raw[pos:hi].split(",")[0].split(".")[0].split()[:4]
        last = words[-1].lower() if words else ""
        if words and (words[0].lower() in GROUP_OPENING_BREAKS
                      or any(w.lower() in GROUP_PHRASE_BREAKS for w in words[:-1])):
            return None
        if words and last not in ANONYMOUS_SUBJECTS and last.endswith("s") and (
                last[:-1] in ROLE_NOUNS or (last.endswith("ies") and last[:-3] + "y" in ORG_NOUNS)):
            return Who(None, "group", pos, " ".join(words), "group")  # "according to police", "to disaster authorities"
        return None

    def company(self, pos: int) -> Entity | None:
        """"the company said": the one organisation named in this or the two paragraphs before, else None."""
        lo = self._paragraph_floor(pos)
        ents = {self.entity(f).id: self.entity(f) for f in self.speakers
                if f.type == "organization" and lo <= f.start < pos}
        return next(iter(ents.values())) if len(ents) == 1 else None

    def role(self, noun: str, pos: int, modifiers: str = "", definite: bool = True) -> Entity | None:
        """The one person the source describes by this role noun ("the professor"): named earlier,
        else named later ("..., said the Kazakh President", named in full two paragraphs on); else None.
        With several, the words before the noun choose ("the finance minister"); an indefinite one (not
        ``definite``: "an official") is never the last speaker left without a role."""
        related = bool(POSSESSIVE_PRONOUNS & set(modifiers.lower().split()))
        last = self.last_person_speaker
        if (last is not None and not modifiers.strip() and self.last_person_pos >= self._paragraph_floor(pos)
                and noun in {w.lower() for r in last.roles for w in r.split()}):
            return last  # "The president said", right after that president's own words
        before: dict[str, Entity] = {}
        after: dict[str, Entity] = {}
        described = set(modifiers.lower().replace(",", " ").split())
        for f in self.people:
            role = (f.role or "").lower().split() or self._role_before(f)
            if noun not in role:
                continue
            lead = role[:role.index(noun)]
            if lead and " ".join(lead[-1:] + [noun]) in TITLE_SET and not described & set(lead):
                continue  # "the Minister" is not the "Prime Minister"
            (before if f.start < pos else after)[self.entity(f).id] = self.entity(f)
        ents = before if related else before or after
        if not ents and related:
            return None  # ("his lawyer said", no lawyer named before: someone else than him, the text does not name)
        if not ents:  # (an indefinite "An official said" brings in someone new: never the last speaker)
            return (self._unroled_last_speaker(noun, pos) if definite else None) or self._named_next(pos)
        last = self.last_speaker
        if len(ents) > 1 and last is not None and last.id in ents and not modifiers.strip():
            return last  # "The Minister said", right after the minister's own words
        if len(ents) > 1 and modifiers.strip():
            words = set(modifiers.lower().replace(",", " ").split())
            here = self._roles_here()
            fitting = {e.id: e for e in ents.values() if words & {w for r in e.roles for w in r.lower().split()}
                       or any(words & set(r.lower().split()) for r in here.get(e.id, ()))}
            ents = fitting or ents
        return next(iter(ents.values())) if len(ents) == 1 else None

    def _named_next(self, pos: int) -> Entity | None:
        """"..., a Mid Ulster councillor has said. Dan Kerr was speaking as ...": the person whose name opens
        the next sentence, when the article gives that person no role, names them there first and nobody in
        between."""
        sent = self.source.sentence_at(pos)
        sentences = self.source.sentences
        if sent is None or sent.index + 1 >= len(sentences):
            return None
        nxt = sentences[sent.index + 1]
        i = bisect_left(self._people_starts, pos)
        if i >= len(self.people):
            return None
        f = self.people[i]
        if not nxt.start <= f.start < nxt.end or not self.opens_sentence(f):
            return None
        e = self.entity(f)
        if any(self.entity(g).id == e.id for g in self.people[:i]):
            return None  # "... at least one commentator highlighted .... Friedrich Merz will now": named before, so
            # not the person the description brings in
        return None if self._has_role_here(e) else e

    def _has_role_here(self, e: Entity) -> bool:
        """Whether this source gives the person a role (an honorific such as "Datuk Seri" or "Mr" is none)."""
        roles = self._roles_here().get(e.id, ())
        return any(w.lower().rstrip(".") not in COURTESY_WORDS for r in roles for w in r.split())

    def _roles_here(self) -> dict[str, list[str]]:
        """Entity id -> the roles this source gives its mentions, in their order (worked out once: the roles
        are settled before quotes are attributed, and a scan of every name per question was quadratic)."""
        if self._roles_by_entity is None:
            self._roles_by_entity = {}
            for f in self.people:
                if f.role:
                    self._roles_by_entity.setdefault(self.entity(f).id, []).append(f.role)
        return self._roles_by_entity

    def _unroled_last_speaker(self, noun: str, pos: int) -> Entity | None:
        """"The Prime Minister said ...", when the article gives that role to nobody: the person given words
        within the last paragraphs, if this text gives that person no role at all ("Anwar Ibrahim says ...
        The Prime Minister said ...") or the corpus gives them this one; else nobody."""
        last = self.last_person_speaker
        if last is None or self.last_person_pos < self._paragraph_floor(pos):
            return None
        if noun in {w.lower() for r in last.roles for w in r.split()}:
            return last  # (the role another source of the corpus gives that person)
        return None if self._has_role_here(last) else last

    def _role_before(self, f: Found) -> list[str]:
        """Lowercased words of a role written before a name and set off by a comma in its sentence:
        "Union Minister for Agriculture, Shivraj Singh Chouhan" (no other name between)."""
        sent = self.source.sentence_at(f.start)
        lo = max(sent.start if sent is not None else 0, f.start - ROLE_BEFORE_WINDOW)
        before = self.raw[lo:f.start]
        if not before.rstrip(SP_CHARS).endswith(","):
            return []
        starts = self._people_starts  # (sorted: a person named in between is found by bisection, not a scan)
        if bisect_left(starts, f.start) > bisect_left(starts, lo):
            return []
        return before.lower().replace(",", " ").split()

    def organisation(self, noun: str, pos: int) -> Entity | None:
        """The organisation "the <noun>" stands for: the nearest earlier one with that word in its name,
        else the first later one, else (for a noun such as "the company") the one named close before."""
        orgs = [f for f in self.speakers if f.type == "organization" and noun in fold(f.key).split()]
        earlier = [f for f in orgs if f.start < pos]
        if earlier:
            return self.entity(earlier[-1])
        if orgs:
            return self.entity(orgs[0])
        if noun in COMPANY_NOUNS or noun in ("union", "group", "party", "body", "organisation", "organization"):
            last = self.last_org_speaker
            if last is not None:
                return last  # "The union has said ...", after the union's own words
            return self.company(pos)
        return None

    def organisation_it(self, pos: int) -> Entity | None:
        """"it said": the organisation last given words, if recent, else the one named close before."""
        last = self.last_speaker
        if last is not None and last.type == "organization" and self.last_speaker_pos >= self._paragraph_floor(pos):
            return last
        return self.company(pos)
