"""Who is speaking at a point of a source: subjects of speech verbs, pronouns, role nouns.

Works over the recognised mentions of one source. Every answer is an entity or None; None means
the text does not say (an anonymous "analysts said", an ambiguous "he"), never a guess.

The lookups are split by responsibility: ``speaker_mentions`` (mentions by position, the last speaker),
``speaker_roles`` (described speakers), ``pronouns`` (he/she); this module reads subjects of verbs.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from briefing_tui.extract.lexicon import ANONYMOUS_SUBJECTS, IRREGULAR_PAST, NEVER_NAMES, ORG_NOUNS, ROLE_NOUNS
from briefing_tui.extract.subject_patterns import (
    ANON_SUBJECT, JOINED_BY_AND, SHORT_TITLE_WORD, PLACE_LOOKBACK, PLACE_SUBJECT_BEFORE, ASIDE, ING_WORD,
    PROGRESSIVE_AUX, OBJECT_LOOKBACK, GAP_COMMA, GAP_NOTHING, IT_SUBJECT, NOT_SUBJECT_BEFORE, ORG_PEOPLE,
    POSSESSIVE_AFTER, ORG_PEOPLE_REACH, ORG_PEOPLE_WORDS, PRONOUN_SUBJECT, ROLE_SUBJECT, SUBJECT_WINDOW,
)
from briefing_tui.extract.spacing import SP_CHARS
from briefing_tui.extract.verbs import verb_at
from briefing_tui.extract.pronouns import PronounResolver
from briefing_tui.extract.speaker_mentions import SubjectCue, Who
from briefing_tui.extract.speaker_roles import POSSESSIVE_PRONOUNS, RoleResolver


__all__ = ["SpeakerFinder", "SubjectCue", "Who"]


class SpeakerFinder(RoleResolver, PronounResolver):
    """Answers "who is the subject here?" for one source."""

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
            modifiers = det + " " + m.group(2) if det[-2:] in ("'s", "’s") or det.lower() in POSSESSIVE_PRONOUNS \
                else m.group(2)  # ("Bankman-Fried's lawyer", "his lawyer": someone related to that person)
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
        words = self.raw[max(lo, first.start - OBJECT_LOOKBACK):first.start].replace("\u00a0", " ").split(" ")
        while len(words) > 1 and SHORT_TITLE_WORD.fullmatch(words[-2]) and not words[-1].strip(SP_CHARS):
            words = words[:-2] + [""]  # "co-chairs, Dr ": look past the titles before the name
        before = " ".join(words)
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
