"""The mentions a source's speakers can be found among, by position, and who was last given words.

``MentionIndex`` holds one source's person and organisation mentions (and places, which may speak for
their government), its quoted spans and paragraphs, and the memory of the last speaker that pronouns
and role nouns lean on. ``Who`` is the answer to "who is speaking here?".
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Literal

from briefing_tui.extract.lexicon import NAME_GIVEN_BEFORE
from briefing_tui.extract.marks import quoted_spans
from briefing_tui.extract.found import Found
from briefing_tui.extract.subject_patterns import (
    APPOSED_NAME, APPOSED_TITLE_WINDOW, GAP_AFFILIATION, GAP_APPOSITION, GAP_COMMA, GAP_DASH_ASIDE, GAP_NOTHING,
    OBJECT_BEFORE, SENTENCE_OPENING, TITLE_GAP, WORKPLACE_BEFORE,
)
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


class MentionIndex:
    """The speaker mentions of one source, looked up by position, and who was last given words."""

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
        """The corpus entity a mention of this source stands for."""
        return self.entity_of[(self.source.id, f.key)]

    def mention_ending_before(self, pos: int, lo: int, allow_apposition: bool = True) -> Found | None:
        """The speaker mention that is the grammatical subject right before ``pos`` (within ``lo``..pos).

        The gap may be empty ("Uyama said") or an apposition between commas that names no other
        person ("Uyama, a professor at Hokkaido University, said"). A name right after a preposition
        ("an article by X says") is not a subject.
        """
        speakers = self.speakers
        workplace: Found | None = None  # an organisation after "of"/"at": the subject unless a person stands before it
        for i in range(bisect_right(self._speaker_starts, pos) - 1, -1, -1):
            f = speakers[i]
            if f.end > pos:
                continue
            if f.start < lo:
                return workplace
            gap = self.raw[f.end:pos]
            ok = GAP_NOTHING.fullmatch(gap) is not None or (
                GAP_COMMA.fullmatch(gap) is not None
                and APPOSED_NAME.search(self.raw[max(lo, f.start - APPOSED_TITLE_WINDOW):f.start]) is not None)
            if not ok and allow_apposition and (
                    GAP_APPOSITION.fullmatch(gap) or GAP_AFFILIATION.fullmatch(gap) or GAP_DASH_ASIDE.fullmatch(gap)):
                # "Uyama, a professor at ..., said" / "Professor Liu Wei of Peking University, said" / "X — who ... — said"
                ok = not any(g.start >= f.end and g.end <= pos for g in self.people)
            if ok:
                if allow_apposition and WORKPLACE_BEFORE.search(self.raw[max(lo, f.start - 12):f.start]):
                    # "Lena Berg of Northfield Analytics said": the person before the workplace speaks
                    workplace = None if OBJECT_BEFORE.search(self.raw[max(lo, f.start - 12):f.start]) else f
                    continue
                return None if OBJECT_BEFORE.search(self.raw[max(lo, f.start - 12):f.start]) else f
            if not allow_apposition or "," not in gap:
                return workplace
        return workplace

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
