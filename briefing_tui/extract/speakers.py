"""Who is speaking at a point of a source: subjects of speech verbs, pronouns, role nouns.

Works over the recognised mentions of one source. Every answer is an entity or None; None means
the text does not say (an anonymous "analysts said", an ambiguous "he"), never a guess.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Literal

from briefing_tui.extract.lexicon import (ANONYMOUS_SUBJECTS, COURTESY_WORDS, IRREGULAR_PAST, COMPANY_NOUNS, DOCUMENT_NOUNS, NAME_GIVEN_BEFORE,
                                          NEVER_NAMES, ORG_NOUNS, ROLE_NOUNS)
from briefing_tui.extract.marks import quoted_spans
from briefing_tui.extract.found import Found
from briefing_tui.extract.names import fold
from briefing_tui.extract.subject_patterns import (
    ANON_SUBJECT, APPOSED_NAME, JOINED_BY_AND, TITLES_AT_END, PLACE_LOOKBACK, PLACE_SUBJECT_BEFORE, ASIDE, ING_WORD, PROGRESSIVE_AUX, SOURCE_PHRASE_REACH, OBJECT_LOOKBACK, APPOSED_TITLE_WINDOW, GAP_AFFILIATION, GAP_APPOSITION, GAP_COMMA,
    GAP_NOTHING, IT_SUBJECT, NOT_SUBJECT_BEFORE, OBJECT_BEFORE, OBJECT_PRONOUN, ORG_PEOPLE, POSSESSIVE_AFTER,
    ORG_PEOPLE_REACH, ORG_PEOPLE_WORDS, PRONOUN_REACH_PARAGRAPHS, PRONOUN_SUBJECT, ROLE_AFTER, ROLE_BEFORE_WINDOW, ROLE_SUBJECT, SENTENCE_OPENING,
    SUBJECT_WINDOW, TITLE_GAP,
)
from briefing_tui.extract.cues import TITLE_SET
from briefing_tui.extract.spacing import SP_CHARS
from briefing_tui.extract.verbs import verb_at
from briefing_tui.model import Entity, Source, SpeakerType

SubjectCue = Literal["name", "pronoun", "role", "group", "anonymous"]
"""How a subject was found: a name, a pronoun, a role or organisation noun, a group, or nobody named."""

@dataclass(slots=True)
class Who:
    """The outcome of looking for a speaker: an entity, or a cue that names nobody."""

    entity: Entity | None
    cue: SubjectCue
    start: int = -1  # where the subject phrase begins in the source (-1: not known)
    phrase: str | None = None  # an unnamed organisation or group as the text calls it ("health chiefs")
    kind: SpeakerType | None = None  # the phrase's type


class SpeakerFinder:
    """Answers "who is the subject here?" for one source."""

    def __init__(self, source: Source, found: list[Found], entity_of: dict[tuple[str, str], Entity]):
        self.source = source
        self.raw = source.raw
        self.speakers = [f for f in found if f.type in ("person", "organization") and f.confirmed
                         and (source.id, f.key) in entity_of]
        self.people = [f for f in self.speakers if f.type == "person"]
        self.places = [f for f in found if f.type == "place" and f.confirmed]
        self._place_ends = [f.end for f in self.places]
        self.entity_of = entity_of
        self.quoted = [(p.start + q.start, p.start + q.end) for p in source.paragraphs
                       for q in quoted_spans(source.raw[p.start:p.end])]
        # (found is sorted by start, quoted spans are sorted and disjoint: bisection instead of scans)
        self._people_starts = [f.start for f in self.people]
        self._speaker_starts = [f.start for f in self.speakers]
        self._quoted_starts = [a for a, _ in self.quoted]
        self._paragraph_starts = [p.start for p in source.paragraphs]
        self.last_speaker: Entity | None = None
        self.last_org_speaker: Entity | None = None  # the organisation last given words anywhere before
        self.last_speaker_pos = -1
        self.last_org_phrase: str | None = None  # an organisation named only by a phrase, last given words
        self.last_org_phrase_pos = -1
        self.last_person_speaker: Entity | None = None  # the person last given words, and where
        self.last_person_pos = -1
        self.gender = {}
        for f in self.people:
            if f.gender:
                self.gender[self.entity(f).id] = f.gender

    def entity(self, f: Found) -> Entity:
        return self.entity_of[(self.source.id, f.key)]

    def mention_ending_before(self, pos: int, lo: int, allow_apposition: bool = True) -> Found | None:
        """The speaker mention that is the grammatical subject right before ``pos`` (within ``lo``..pos).

        The gap may be empty ("Uyama said") or an apposition between commas that names no other
        person ("Uyama, a professor at Hokkaido University, said"). A name right after a preposition
        ("an article by X says") is not a subject.
        """
        speakers = self.speakers
        for i in range(bisect_right(self._speaker_starts, pos) - 1, -1, -1):
            f = speakers[i]
            if f.end > pos:
                continue
            if f.start < lo:
                return None
            gap = self.raw[f.end:pos]
            ok = GAP_NOTHING.fullmatch(gap) is not None or (
                GAP_COMMA.fullmatch(gap) is not None
                and APPOSED_NAME.search(self.raw[max(lo, f.start - APPOSED_TITLE_WINDOW):f.start]) is not None)
            if not ok and allow_apposition and (
                    GAP_APPOSITION.fullmatch(gap) or GAP_AFFILIATION.fullmatch(gap)):
                # "Uyama, a professor at ..., said" / "Professor Liu Wei of Peking University, said"
                ok = not any(g.start >= f.end and g.end <= pos for g in self.people)
            if ok:
                return None if OBJECT_BEFORE.search(self.raw[max(lo, f.start - 12):f.start]) else f
            if not allow_apposition or "," not in gap:
                return None
        return None

    def mention_starting_after(self, pos: int, hi: int) -> Found | None:
        """A speaker mention that starts right at ``pos`` (titles such as "Prime Minister" may precede it)."""
        speakers = self.speakers
        for i in range(bisect_left(self._speaker_starts, pos), len(speakers)):
            f = speakers[i]
            if pos <= f.start < hi:
                gap = self.raw[pos:f.start]
                gap = gap.replace("\u00a0", " ")
                if gap.strip() == "" or TITLE_GAP.fullmatch(gap):
                    return f
                return None
        return None

    def subject_of(self, verb_start: int, lo: int) -> Who | None:
        """The subject of a speech verb at ``verb_start`` (searching back to ``lo``)."""
        if ING_WORD.match(self.raw, verb_start):
            prog = PROGRESSIVE_AUX.search(self.raw, max(lo, verb_start - 8), verb_start)
            if prog:  # "Wilson is calling for": the subject of "is"
                verb_start = prog.start() + 1
        f = self.mention_ending_before(verb_start, lo)
        if f is not None:
            return Who(self.entity(f), "name", f.start)
        joint = self.joint_subject(verb_start, lo)
        if joint is not None:
            return joint
        # The subject patterns end at the verb and span a few words: look back at most SUBJECT_WINDOW
        # characters, from a word start (searching the whole sentence before every verb is quadratic).
        if verb_start - lo > SUBJECT_WINDOW:
            cut = verb_start - SUBJECT_WINDOW
            space = next((i for i in range(cut, verb_start) if self.raw[i].isspace()), verb_start)
            lo = space + 1
        before = self.raw[lo:verb_start]
        aside = ASIDE.search(before) if "," in before[-30:] else None
        if aside:  # "The statement, however, said": read as "The statement said"
            before = before[:aside.start()] + " "
        m = PRONOUN_SUBJECT.search(before)
        if m:
            return Who(self.pronoun(m.group(1).lower(), lo + m.start(1)), "pronoun", lo + m.start(1))
        tail = before[-ORG_PEOPLE_REACH:]
        m = ORG_PEOPLE.search(before) if any(w in tail for w in ORG_PEOPLE_WORDS) else None
        if m:  # "KMPDU officials said", "Kremlin spokesman said": the organisation speaks
            g = self.mention_ending_before(lo + m.start(1), lo)
            if g is not None and g.type == "organization":
                return Who(self.entity(g), "name", g.start)
        m = IT_SUBJECT.search(before) if "t " in tail or "t\u00a0" in tail else None
        if m:
            org = self.organisation_it(lo + m.start(1))
            if org is None and self.last_org_phrase is not None \
                    and self.last_org_phrase_pos >= self._paragraph_floor(lo + m.start(1), back=0):
                # "Iranian state television said ... It claimed ...": the organisation the text named so
                return Who(None, "pronoun", lo + m.start(1), self.last_org_phrase, "organization")
            return Who(org, "pronoun", lo + m.start(1)) if org is not None else None
        m = ROLE_SUBJECT.search(before)
        if m:
            start = lo + m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            det = m.group(1)
            modifiers = det + " " + m.group(2) if det[-2:] in ("'s", "’s") else m.group(2)
            who = self.described(modifiers, m.group(3), verb_start, start, det.lower() == "the")
            if who is not None:
                return who
        m = ANON_SUBJECT.search(before)
        if m:
            words = m.group(1).split()
            last = words[-1].lower()
            if last in ORG_NOUNS:  # "police said" where the article names the police; "Iranian state television"
                org = self.organisation(last, verb_start)
                if org is not None:
                    return Who(org, "role", lo + m.start(1))
                if last not in ANONYMOUS_SUBJECTS and len(words) > 1:
                    while words and (words[0].lower() in NEVER_NAMES or not words[0].isalpha()):
                        words = words[1:]
                    return Who(None, "role", lo + m.start(1), " ".join(words), "organization")
            if m.group(1).lower() in ANONYMOUS_SUBJECTS or last in ANONYMOUS_SUBJECTS:
                return Who(None, "anonymous", lo + m.start(1))  # "analysts said": named by nobody
            if last.endswith("s") and last[:-1] in ROLE_NOUNS:  # "health chiefs warned": a group
                while words and (words[0].lower() in NEVER_NAMES or not words[0].isalpha()):
                    words = words[1:]
                return Who(None, "group", lo + m.start(1), " ".join(words), "group")
        return self.place_speaking(verb_start, lo)

    def place_speaking(self, verb_start: int, lo: int) -> Who | None:
        """"Doha said ...", "Beijing has warned ...": a country or capital opening a clause as the subject of
        a speech verb speaks for its government (the text's own name for it, as an organisation)."""
        i = bisect_right(self._place_ends, verb_start) - 1
        v = verb_at(self.raw, verb_start) if i >= 0 else None
        if v is None or not (v.word.endswith(("s", "ed")) or v.word in IRREGULAR_PAST):
            return None  # (a singular subject takes "says"/"said": in "Iranian state television" no verb)
        f = self.places[i]
        if f.start < lo or not GAP_NOTHING.fullmatch(self.raw[f.end:verb_start]):
            return None
        if not PLACE_SUBJECT_BEFORE.search(self.raw[max(lo, f.start - PLACE_LOOKBACK):f.start]) and f.start > lo:
            return None  # "officials in Tokyo said": the place only says where
        return Who(None, "name", f.start, self.raw[f.start:f.end], "organization")

    def joint_subject(self, verb_start: int, lo: int) -> Who | None:
        """Two people joined by "and" as one subject: "Dr Melissa Ryan and Dr Ross Nieuwoudt, said in a
        statement ..." (set off by commas) or "Smith and Jones said": both of them, as a group."""
        i = bisect_right(self._people_starts, verb_start) - 1
        if i < 1:
            return None
        second, first = self.people[i], self.people[i - 1]
        gap = self.raw[second.end:verb_start]
        apposed = GAP_COMMA.fullmatch(gap) is not None
        if first.start < lo or not (apposed or GAP_NOTHING.fullmatch(gap)):
            return None
        if not JOINED_BY_AND.fullmatch(self.raw[first.end:second.start]) or self._quoted_at(first.start):
            return None
        before = TITLES_AT_END.sub("", self.raw[max(lo, first.start - OBJECT_LOOKBACK):first.start])
        if (apposed and not before.rstrip(SP_CHARS).endswith(",")) or NOT_SUBJECT_BEFORE.search(before):
            return None  # "talks with X and Y said ...": not the subject
        a, b = self.entity(first), self.entity(second)
        if a.id == b.id:
            return None
        return Who(None, "group", first.start, f"{a.name} and {b.name}", "group")

    def first_subject(self, lo: int, hi: int) -> Who | None:
        """The sentence's subject for a verb far from it ("Hipkins appeared to ..., saying ...", "X spoke
        with Y and told him ..."): the first speaker named in ``raw[lo:hi]`` that is no object (no
        preposition before it, not in quotes), else a pronoun opening the sentence."""
        for i in range(bisect_left(self._speaker_starts, lo), len(self.speakers)):
            f = self.speakers[i]
            if f.start >= hi:
                break
            if self._quoted_at(f.start) or NOT_SUBJECT_BEFORE.search(self.raw[max(lo, f.start - 12):f.start]) \
                    or POSSESSIVE_AFTER.match(self.raw, f.end):
                continue
            return Who(self.entity(f), "name", f.start)
        m = PRONOUN_SUBJECT.match(self.raw[lo:hi].lstrip(" \u00a0“\"").split(" ", 1)[0] + " ")
        if m:
            return Who(self.pronoun(m.group(1).lower(), lo), "pronoun", lo)
        return None

    def described(self, modifiers: str, noun: str, pos: int, start: int, definite: bool = True) -> Who | None:
        """A speaker described by a noun phrase ("the professor", "the ministry", "the youth council"):
        the person or organisation of the article it stands for, else the phrase itself (organisations,
        groups, documents) or nobody (a person the text does not name)."""
        noun_low = noun.lower()
        modifiers = modifiers.rsplit(",", 1)[-1]  # "a surprise announcement, Cuomo’s campaign": after the comma
        phrase = " ".join((modifiers + " " + noun).split())
        if noun_low in ROLE_NOUNS:
            return Who(self.role(noun_low, pos, modifiers), "role", start)
        if noun_low in ORG_NOUNS:
            org = self.organisation(noun_low, pos)
            if org is not None:
                return Who(org, "role", start)
            if phrase.lower() == noun_low and noun_low in COMPANY_NOUNS:
                return Who(None, "role", start)  # "the company said" of a company the rules did not find: nobody named
            return Who(None, "role", start, phrase, "organization")
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
        if words and last not in ANONYMOUS_SUBJECTS and last.endswith("s") and (
                last[:-1] in ROLE_NOUNS or (last.endswith("ies") and last[:-3] + "y" in ORG_NOUNS)):
            return Who(None, "group", pos, " ".join(words), "group")  # "according to police", "to disaster authorities"
        return None

    def pronoun(self, word: str, pos: int) -> Entity | None:
        """The person "he"/"she" at ``pos`` refers to: the nearest earlier person of that gender.

        In order: the last compatible person named earlier in the same paragraph; else the last
        speaker, if attributed within two paragraphs; else the nearest compatible person. Names
        inside quotation marks are not antecedents ("“David had six years,” she wrote"); a person
        of the other gender (when the text tells) is skipped.
        """
        want = "m" if word == "he" else "f"
        para_lo, here_lo = self._paragraph_floor(pos), self._paragraph_floor(pos, back=0)
        near = self.people[bisect_left(self._people_starts, para_lo):bisect_right(self._people_starts, pos)]
        cands = [f for f in near if f.end <= pos and not self._quoted_at(f.start)]
        ok = [f for f in cands if self.gender.get(self.entity(f).id) in (None, want)]
        here = [f for f in ok if f.start >= here_lo]
        last = self.last_speaker
        leading = [f for f in here if self.opens_sentence(f)]
        last_fits = (last is not None and last.type == "person" and self.last_speaker_pos >= para_lo
                     and self.gender.get(last.id) in (None, want))
        sent = self.source.sentence_at(pos)
        told = [f for f in here if sent is not None and f.start >= sent.start
                and self.gender.get(self.entity(f).id) == want]
        if leading:  # someone introduced in this very paragraph as a sentence's subject
            pick = self.entity(leading[-1])
        elif told and not (last_fits and self.gender.get(last.id) == want):
            # "Sinn Féin leader Mary Lou McDonald said ... as she called on ...": the person of that gender
            # named in this very sentence, before a last speaker whose gender the text does not tell
            pick = self.entity(self._likeliest(told))
        elif last_fits:
            pick = last  # "“...,” she said" right after her attributed words: the speaker, not an object
        elif here:
            pick = self.entity(self._likeliest(here))
        elif ok:
            pick = self.entity(self._likeliest(ok))
        else:  # nobody that close: the last speaker, else the last person, a few paragraphs back
            far_lo = self._paragraph_floor(pos, back=PRONOUN_REACH_PARAGRAPHS)
            if (last is not None and last.type == "person" and self.last_speaker_pos >= far_lo
                    and self.gender.get(last.id) in (None, want)):
                pick = last
            else:
                far = self.people[bisect_left(self._people_starts, far_lo):bisect_left(self._people_starts, para_lo)]
                far_ok = [f for f in far if not self._quoted_at(f.start)
                          and self.gender.get(self.entity(f).id) in (None, want)]
                pick = self.entity(far_ok[-1]) if far_ok else None
        if pick is not None:
            self.gender.setdefault(pick.id, want)  # the text has now told us
        return pick

    def _likeliest(self, cands: list[Found]) -> Found:
        """The antecedent among earlier mentions: the last one that can be a subject, else the last one.
        A possessive or a name after a preposition (titles aside) is an object: in "X has expressed
        confidence in President Y’s vision. ... he acknowledged", "he" is X."""
        for f in reversed(cands):
            words = self.raw[max(0, f.start - OBJECT_LOOKBACK):f.start].split()
            while words and words[-1][:1].isupper() and not words[-1][-1] in ",;:":
                # titles and capitalised words ("in President ") aside; a comma ends them ("Parliament, X")
                words.pop()
            before = " ".join(words) + " "
            if not (NOT_SUBJECT_BEFORE.search(before) or POSSESSIVE_AFTER.match(self.raw, f.end)):
                return f
        return cands[-1]

    def opens_sentence(self, f: Found) -> bool:
        """Whether a mention opens its sentence (titles and capitalised words before it aside)."""
        sent = self.source.sentence_at(f.start)
        lead = self.raw[sent.start:f.start] if sent is not None else ""
        return SENTENCE_OPENING.fullmatch(lead) is not None

    def named_later(self, lo: int, hi: int) -> Found | None:
        """A person given a name later in the clause: "..., who gave only her first name, Nino"."""
        for f in self.people:
            if lo <= f.start < hi and NAME_GIVEN_BEFORE.search(self.raw[max(lo, f.start - 40):f.start]):
                return f
        return None

    def company(self, pos: int) -> Entity | None:
        """"the company said": the one organisation named in this or the two paragraphs before, else None."""
        lo = self._paragraph_floor(pos)
        ents = {self.entity(f).id: self.entity(f) for f in self.speakers
                if f.type == "organization" and lo <= f.start < pos}
        return next(iter(ents.values())) if len(ents) == 1 else None

    def role(self, noun: str, pos: int, modifiers: str = "") -> Entity | None:
        """The one person the source describes by this role noun ("the professor"): named earlier,
        else named later ("..., said the Kazakh President", named in full two paragraphs on); else None.
        With several, the words before the noun choose ("the finance minister")."""
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
        ents = before or after
        if not ents:
            return self._unroled_last_speaker(noun, pos) or self._named_next(pos)
        last = self.last_speaker
        if len(ents) > 1 and last is not None and last.id in ents and not modifiers.strip():
            return last  # "The Minister said", right after the minister's own words
        if len(ents) > 1 and modifiers.strip():
            words = set(modifiers.lower().replace(",", " ").split())
            fitting = {e.id: e for e in ents.values() if words & {w for r in e.roles for w in r.lower().split()}
                       or any(f.role and words & set(f.role.lower().split()) for f in self.people
                              if self.entity(f).id == e.id)}
            ents = fitting or ents
        return next(iter(ents.values())) if len(ents) == 1 else None

    def _named_next(self, pos: int) -> Entity | None:
        """"..., a Mid Ulster councillor has said. Dan Kerr was speaking as ...": the person whose name opens
        the next sentence, when the article gives that person no role and nobody is named in between."""
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
        return None if self._has_role_here(e) else e

    def _has_role_here(self, e: Entity) -> bool:
        """Whether this source gives the person a role (an honorific such as "Datuk Seri" or "Mr" is none)."""
        roles = [f.role for f in self.people if f.role and self.entity(f).id == e.id]
        return any(w.lower().rstrip(".") not in COURTESY_WORDS for r in roles for w in r.split())

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
        if any(lo <= g.start < f.start for g in self.people if g is not f):
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

    def _paragraph_floor(self, pos: int, back: int = 2) -> int:
        """Start of the paragraph ``back`` paragraphs before the one holding ``pos``."""
        paras = self.source.paragraphs
        i = bisect_right(self._paragraph_starts, pos) - 1
        if i >= 0 and pos <= paras[i].end:
            return paras[max(0, i - back)].start
        return 0

    def _quoted_at(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a quoted span."""
        i = bisect_right(self._quoted_starts, pos) - 1
        return i >= 0 and pos < self.quoted[i][1]

    def spoke_as(self, phrase: str, pos: int) -> None:
        """Remember an organisation the text names only by a phrase ("Iranian state television") as the
        last to be given words, for a following "it said"."""
        self.last_org_phrase, self.last_org_phrase_pos = phrase, pos

    def spoke(self, entity: Entity | None, pos: int) -> None:
        """Remember who was last attributed words, and where (pronouns lean on it)."""
        self.last_speaker, self.last_speaker_pos = entity, pos
        if entity is not None and entity.type == "organization":
            self.last_org_speaker = entity
        if entity is not None and entity.type == "person":
            self.last_person_speaker, self.last_person_pos = entity, pos
