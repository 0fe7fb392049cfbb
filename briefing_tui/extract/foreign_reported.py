"""Reported speech in French, Spanish, German, Italian and Portuguese, where it is cheap (see ``foreign_speech``):
"X a affirmé que ...", "X dijo que ...", "X sagte, dass ..."; "selon X, ...", "..., según X", "laut X ...";
"..., a annoncé la CGT."; "wie X mitteilte, ...".
"""

from __future__ import annotations

import re

from briefing_tui.extract.foreign_speech import QUOTE_OPENERS, STOPS, WORD, ForeignSpeakers, ForeignVerb, fold_word
from briefing_tui.extract.reported import ReportedHit
from briefing_tui.extract.speakers import Who
from briefing_tui.lazy_pattern import lazy_compile

# A sentence's end the source's sentences may have missed: a full stop, then a quotation mark or a capital
# ("gehandelt habe. »Das ist ...": a reported clause ends there).
_CLAUSE_END = lazy_compile(r"[.!?](?=\s+[«»„“\"]|\s+[A-ZÀ-Ý])")
# The last token of a text, figures included ("700.000").
_WORD_BEFORE_END = lazy_compile(r"\S+$")
CLOSING_MARKS = frozenset("»«”“\"’")  # marks that may close a quote ("“...”, selon X": its attribution)
THAT_REACH = 4  # words between a verb and the "que"/"dass" of its clause ("a annoncé mercredi que")
# A comma that is no decimal comma (not between two digits: "50,2 Prozent").
_WORD_COMMA = lazy_compile(r",(?!(?<=\d,)\d)")
MIN_CLAUSE = 12  # characters: a shorter reported clause is a fragment
# A place or medium the aside's speaker spoke in or to, right before a name ("wie dessen Verteidiger im Fernsehsender
# X sagte", "gegenüber der Zeitung X", "comme l'a dit son avocat sur la chaîne X"): that name is not the speaker.
_WHERE_SPOKEN = lazy_compile(r"(?<![\w-])(?:im|in|bei|beim|auf|gegenüber|dans|sur|au|aux|à|auprès|en|em|no|na|nel|nella)"
                             r"(?:\s+(?:der|dem|den|die|das|la|le|les|l['’]|el|los|las|o|a|il|lo)?\s*[\w-]{1,30})?\s+$",
                             re.I)
APPOSITION_WORDS = 6  # words a role given after a name may have ("portavoz del PTI", "el ministro de Finanzas")
MIN_CLAUSE_WORDS = 4  # words the part before an inner attribution needs to be the clause ("Central Asia" is not)


class ForeignAttribution(ForeignSpeakers):
    """The speakers of one source's direct quotes and its reported speech, in a language of the word table."""

    # -- reported speech -------------------------------------------------------------------------------
    def _that_after(self, v: ForeignVerb, hi: int) -> int | None:
        """Where the clause a verb introduces begins: after its "que"/"dass" within a few words."""
        for i, m in enumerate(WORD.finditer(self.raw, v.end, hi)):
            if i > THAT_REACH or any(c in STOPS for c in self.raw[v.end:m.start()]):
                return None
            if fold_word(m.group(0)) in self.words.that:
                return m.end()
        return None

    def _according(self, lo: int, hi: int) -> list[ReportedHit]:
        """"Selon X, CLAUSE", "CLAUSE, selon X." and "... laut X ...": what X is given as the source of."""
        text = self.raw[lo:hi]
        low = text.lower().replace("’", "'")
        for word in self.words.according:
            at = low.find(word + " ")
            while at != -1 and at > 0 and low[at - 1].isalpha():
                at = low.find(word + " ", at + 1)
            if at == -1:
                continue
            pos = lo + at + len(word) + 1
            v = self.verb_at(pos)  # "según informó el Banco Central"
            who = self.named_after(v.end if v else pos, hi)
            if who is None or (who.entity is None and who.phrase is None):
                return []
            head = text[:at].rstrip()
            if not head:  # Selon X, CLAUSE
                comma = self._clause_comma(who.start, hi)
                comma = self._past_role_apposition(comma, hi)  # ("Según X, portavoz del PTI, CLAUSE")
                return [ReportedHit(who, comma + 1, hi, word, comma)] if comma != -1 else []
            if head.endswith(",") and head[:-1].rstrip()[-1:] in CLOSING_MARKS:
                return []  # "“...”, selon le Financial Times": the direct quote's attribution
            if head.endswith(","):
                tail = self.raw.find(",", who.start, hi)
                if tail == -1 or len(WORD.findall(head)) >= MIN_CLAUSE_WORDS:  # CLAUSE, selon X.
                    return [ReportedHit(who, lo, lo + len(head) - 1, word, hi)]
                return [ReportedHit(who, tail + 1, hi, word, hi)]  # X, selon Y, CLAUSE
            if any(c.isdigit() for c in _WORD_BEFORE_END.findall(head)[-1:][0]) if _WORD_BEFORE_END.findall(head) else False:
                return []  # "700.000 selon la CGT et 81.000 pour la préfecture": whose figure, not whose words
            return [ReportedHit(who, lo, hi, word, hi)]  # "... sollen laut Google ... werden": all of it
        return []

    def _clause_comma(self, start: int, hi: int) -> int:
        """The first comma in ``raw[start:hi]`` that closes words, not a decimal comma between two digits ("Laut X
        holte die PAS 50,2 Prozent": no clause opens at "2 Prozent"); -1 when there is none."""
        for m in _WORD_COMMA.finditer(self.raw, start, hi):
            return m.start()
        return -1

    def _past_role_apposition(self, comma: int, hi: int) -> int:
        """The comma closing a role given after a name ("Según X, portavoz del PTI, CLAUSE": the role's closing comma),
        else ``comma`` itself."""
        if comma == -1:
            return comma
        close = self.raw.find(",", comma + 1, hi)
        words = [fold_word(w) for w in WORD.findall(self.raw, comma + 1, close)] if close != -1 else []
        if 0 < len(words) <= APPOSITION_WORDS and any(w in self.words.roles for w in words[:2]):
            return close
        return comma

    def _as_aside(self, lo: int, hi: int) -> list[ReportedHit]:
        """"Wie X mitteilte, CLAUSE" and "CLAUSE, wie X mitteilte." ("comme l'a indiqué X"): an aside opened by
        "wie"/"comme" that holds a verb of saying and a name gives the source of the rest of the sentence."""
        for m in WORD.finditer(self.raw, lo, hi):
            if fold_word(m.group(0)) not in self.words.as_words:
                continue
            head = self.raw[lo:m.start()].rstrip()
            if head and not head.endswith(","):
                continue  # ("so schnell wie möglich": a comparison, not an aside)
            end = next((i for i in range(m.end(), hi) if self.raw[i] in ",.;:!?"), hi)
            verbs = self.verbs(m.end(), end)
            names = [f for f in self.who.speakers if m.end() <= f.start and f.end <= end
                     and not _WHERE_SPOKEN.search(self.raw, max(m.end(), f.start - 60), f.start)]
            if not verbs or not names:
                continue  # (the first name is the aside's subject: "wie X nach Auszählung der Abstimmung mitteilte")
            who = Who(self.who.entity(names[0]), "name", names[0].start)
            if not head:  # Wie X mitteilte, CLAUSE
                return [ReportedHit(who, end + 1, hi, verbs[-1].word, end + 1)] if end < hi else []
            return [ReportedHit(who, lo, lo + len(head) - 1, verbs[-1].word, hi)]  # CLAUSE, wie X mitteilte.
        return []

    def reported(self, lo: int, hi: int, inside: list[tuple[int, int]]) -> list[ReportedHit]:
        """Reported speech in the sentence ``raw[lo:hi]`` (``inside``: the paragraph's direct quotes)."""
        hits = self._according(lo, hi) or self._as_aside(lo, hi)
        if hits:
            return [h for h in hits if self._is_clause(h, inside)]
        for v in self.verbs(lo, hi):
            end = _CLAUSE_END.search(self.raw, v.end, hi)
            hi_v = end.start() if end else hi
            if any(a <= v.start < b for a, b in inside):
                continue
            start = self._that_after(v, hi)
            if start is not None:
                who = self.subject_before(v.start, lo) if v.pronoun is None else self._pronoun(v.pronoun, v.start)
                if who is None and hits:
                    who = hits[-1].who  # "X a affirmé que ..., et ajouté que ...": the same speaker
                if who is None or who.entity is None:
                    continue
                if hits:
                    cut = self.raw.rfind(",", hits[-1].start, v.start)
                    hits[-1].end = cut if cut != -1 else v.start
                hits.append(ReportedHit(who, start, hi_v, v.word, start))
                continue
            head = self.raw[lo:v.start].rstrip()
            if head.endswith(",") and not hits and head[:-1].rstrip()[-1:] not in "»”“\"" \
                    and not self._as_frame(lo, v.start):
                who = self.named_after(v.end, hi)  # "CLAUSE, a annoncé la CGT."
                if who is not None and who.entity is not None and who.cue == "name":
                    hits.append(ReportedHit(who, lo, lo + len(head) - 1, v.word, hi))
        return [h for h in hits if self._is_clause(h, inside)]

    def _as_frame(self, lo: int, hi: int) -> bool:
        """Whether ``raw[lo:hi]`` opens on "wie"/"comme"/"como": an aside on the speech ("Wie rbb24 meldete, erklärte
        X: ...", "Wie erwartet, sagte X"), never its content."""
        first = WORD.search(self.raw, lo, hi)
        return first is not None and fold_word(first.group(0)) in self.words.as_words

    def _is_clause(self, hit: ReportedHit, inside: list[tuple[int, int]]) -> bool:
        a, b = hit.start, hit.end
        while a < b and self.raw[a].isspace():
            a += 1
        if b - a < MIN_CLAUSE or self.raw[a:a + 1] in QUOTE_OPENERS and any(x <= a + 1 and b - 2 <= y for x, y in inside):
            return False  # a fragment, or a direct quote after "que": the direct quote's
        return True
