"""Pronoun subjects ("he said", "she added"): the earlier person of that gender they refer to, or nobody.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from briefing_tui.extract.found import Found
from briefing_tui.extract.speech_table import speech_words
from briefing_tui.extract.subject_patterns import (
    OBJECT_LOOKBACK, NOT_SUBJECT_BEFORE, POSSESSIVE_AFTER, PRONOUN_REACH_PARAGRAPHS,
)
from briefing_tui.model import Entity
from briefing_tui.extract.speaker_mentions import MentionIndex

# A name right before an opening quotation mark whose quote closes before the pronoun: the name is the subject of
# the quoted words ('M. Dupont "a menti", a-t-il dit', 'Smith "was never there", he said'), so the pronoun saying
# them is somebody else.
QUOTE_AFTER_NAME = re.compile(r"\s{0,3}[\"“«„]")
QUOTE_CLOSE = re.compile(r"[\"”»“]")


class PronounResolver(MentionIndex):
    """"he" and "she": the person they stand for, by gender and recency."""

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
        cands = [f for f in near if f.end <= pos and not self._quoted_at(f.start) and not self._quote_subject(f, pos)]
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

    def _quote_subject(self, f: Found, pos: int) -> bool:
        """Whether the mention ``f`` opens a quotation that closes before ``pos`` in the same sentence: it is the
        subject of the quoted words, not the one who says them (see ``QUOTE_AFTER_NAME``)."""
        opening = QUOTE_AFTER_NAME.match(self.raw, f.end)
        if opening is None or not QUOTE_CLOSE.search(self.raw, opening.end(), pos):
            return False
        here, there = self.source.sentence_at(f.start), self.source.sentence_at(pos)
        return here is not None and here == there

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
            if not (NOT_SUBJECT_BEFORE.search(before) or POSSESSIVE_AFTER.match(self.raw, f.end)
                    or self._foreign_object(words)):
                return f
        return cands[-1]

    def _foreign_object(self, words: list[str]) -> bool:
        """Whether the word before a name (titles aside) is a preposition of the source's language other than
        English, making the name an object ("les actions de M. Dupont", "mit Schmidt")."""
        table = speech_words(self.source.language)
        return bool(table and words and words[-1].lower() in table.prepositions)
