"""Attribution of quotes in French, Spanish, German, Italian and Portuguese, through the word table
``data/speech_words.yaml`` (see ``speech_table``), as English attribution reads its lexicon.

Direct speech: a verb of saying right after the closing mark, in inversion, with its speaker after it
("« ... », confie Khadija Ouaziz", "“...”, declaró el ministro de Economía, Luis Caputo", "»...«, sagte
Martinez", "« ... », a-t-il ajouté") or, in a language that drops the subject, none ("“...”, explicó.": the
person the paragraph is about); or a verb before the opening mark ("X a assuré que « ... »", "X sagte: „...“").

Reported speech, where it is cheap: "X a affirmé que ...", "X dijo que ...", "X sagte, dass ...";
"selon X, ...", "..., según X", "laut X ..."; "..., a annoncé la CGT."; "wie X mitteilte, ...".

A speaker is a name the text gives (a role in apposition is passed over: "le porte-parole du gouvernement,
Mustapha Baitas"), a pronoun or role noun read back to a named person, or nobody; never the pronoun itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing_tui.extract.found import Found
from briefing_tui.extract.reported import ReportedHit
from briefing_tui.extract.speakers import SpeakerFinder, Who
from briefing_tui.extract.speech_table import SpeechWords
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Entity

# One word of letters, apostrophes inside it ("aujourd'hui"); hyphens split ("a-t-il": "a", "t", "il").
_WORD = lazy_compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# A sentence's end the source's sentences may have missed: a full stop, then a quotation mark or a capital
# ("gehandelt habe. »Das ist ...": a reported clause ends there).
_CLAUSE_END = lazy_compile(r"[.!?](?=\s+[«»„“\"]|\s+[A-ZÀ-Ý])")
# The last token of a text, figures included ("700.000").
_WORD_BEFORE_END = lazy_compile(r"\S+$")
# A pronoun joined to an inverted verb: "a-t-il", "ajoute-t-elle", "dit-il" (group 1: the pronoun).
_JOINED_PRONOUN = lazy_compile(r"-(?:t-)?([^\W\d_]+)")
# What may stand between an auxiliary and its participle: spaces and at most one adverb ("a également déclaré").
_AUX_GAP = lazy_compile(r"(?:-(?:t-)?[^\W\d_]+)?\s+(?:[^\W\d_]+ment\s+)?")
# Marks that end what an attribution may span: a sentence's end, a quotation mark, a semicolon or colon.
_STOPS = frozenset(".!?;:«»“”„\"")
QUOTE_OPENERS = frozenset("«»“„\"‘")
CLOSING_MARKS = frozenset("»«”“\"’")
NAME_WINDOW = 80  # characters after a verb in which its speaker's name must begin ("a déclaré le porte-parole du ...")
APPOSITION_WINDOW = 90  # characters of an apposition between a name and its verb ("Luis Caputo, ministro de ..., adelantó")
VERB_TO_QUOTE_GAP = 60  # characters between a verb before a quote and its opening mark ("a assuré que « ...")
THAT_REACH = 4  # words between a verb and the "que"/"dass" of its clause ("a annoncé mercredi que")
ROLE_REACH = 4  # words before a verb in which a role noun stands for its subject ("el ministro de Economía confirmó")
SHORT_GAP_WORDS = 2  # words between a verb and its speaker's name with no role among them ("a déclaré le président X")
AFTER_NOUN_WORDS = 3  # words between that role or body noun and the name ("l'agence de presse coréenne Yonhap")
MIN_CLAUSE = 12  # characters: a shorter reported clause is a fragment
MIN_CLAUSE_WORDS = 4  # words the part before an inner attribution needs to be the clause ("Central Asia" is not)


@dataclass(frozen=True, slots=True)
class ForeignVerb:
    """A verb of saying with its auxiliary ("a déclaré"), and a pronoun joined to it ("a-t-il"), if any."""

    start: int
    end: int
    word: str
    pronoun: str | None = None  # "he" / "she"


def _fold(word: str) -> str:
    return word.lower().replace("’", "'")


class ForeignAttribution:
    """Finds the speakers of one source's quotes in a language of the word table."""

    def __init__(self, who: SpeakerFinder, words: SpeechWords):
        self.who = who
        self.raw = who.raw
        self.words = words

    # -- verbs -------------------------------------------------------------------------------------------
    def _joined(self, end: int) -> tuple[int, str | None]:
        m = _JOINED_PRONOUN.match(self.raw, end)
        pronoun = self.words.pronoun(m.group(1)) if m else None
        return (m.end(), pronoun) if pronoun else (end, None)

    def verb_at(self, pos: int) -> ForeignVerb | None:
        """The verb of saying that starts at ``pos`` (an auxiliary and its participle: "a déclaré")."""
        m = _WORD.match(self.raw, pos)
        if m is None:
            return None
        word = _fold(m.group(0))
        if word in self.words.auxiliaries:
            gap = _AUX_GAP.match(self.raw, m.end())
            p = _WORD.match(self.raw, gap.end()) if gap else None
            if p is not None and _fold(p.group(0)) in self.words.verbs:
                joined = _JOINED_PRONOUN.match(self.raw, m.end())
                pronoun = self.words.pronoun(joined.group(1)) if joined else None
                return ForeignVerb(pos, p.end(), _fold(p.group(0)), pronoun)
            return None
        if word in self.words.verbs:
            end, pronoun = self._joined(m.end())
            return ForeignVerb(pos, end, word, pronoun)
        return None

    def verbs(self, lo: int, hi: int) -> list[ForeignVerb]:
        """Every verb of saying in ``raw[lo:hi]``, in order (an auxiliary's participle once, with it)."""
        found: list[ForeignVerb] = []
        for m in _WORD.finditer(self.raw, lo, hi):
            if found and m.start() < found[-1].end:
                continue
            v = self.verb_at(m.start())
            if v is not None and v.end <= hi:
                found.append(v)
        return found

    # -- speakers ----------------------------------------------------------------------------------------
    def _is_object(self, before: str) -> bool:
        """Whether the text right before a name makes it an object ("à l'AFP", "a Reuters", "mit Macron")."""
        if before.rstrip().endswith(","):
            return False
        tail = [_fold(w) for w in _WORD.findall(before)[-2:]]
        return any(w in self.words.prepositions for w in tail)

    def _pronoun(self, gender: str, pos: int) -> Who | None:
        """The person a subject pronoun at ``pos`` stands for, when the paragraph names them before it or they were
        the last to speak (a person named further back is no antecedent the text makes sure of)."""
        entity = self.who.pronoun(gender, pos)
        if entity is None:
            return None
        para_lo = self.who._paragraph_floor(pos, back=0)
        named_here = any(para_lo <= f.start < pos and self.who.entity(f).id == entity.id for f in self.who.people)
        last = self.who.last_person_speaker
        if not named_here and (last is None or last.id != entity.id):
            return None
        return Who(entity, "pronoun", pos)

    def named_after(self, pos: int, hi: int) -> Who | None:
        """The speaker after a verb (or "selon") ending at ``pos``: a subject pronoun, or the first name in
        reach that no preposition makes an object, a role before it passed over ("le porte-parole du
        gouvernement, Mustapha Baitas")."""
        m = _WORD.match(self.raw, pos + len(self.raw[pos:hi]) - len(self.raw[pos:hi].lstrip()))
        gender = self.words.pronoun(m.group(0)) if m else None
        if gender is not None:
            return self._pronoun(gender, pos)
        for f in self.who.speakers:
            if f.start < pos:
                continue
            if f.start >= min(hi, pos + NAME_WINDOW):
                break
            gap = self.raw[pos:f.start]
            if any(c in _STOPS for c in gap) or gap.count(",") > 1 or ("," in gap and gap.rstrip()[-1:] != ","):
                return None  # (a comma only right before the name: "le porte-parole, X"; not "..., tandis que X")
            if f.text[:1].islower():
                continue  # "ein Sprecher der Fluggesellschaft": an article and a noun, no name
            words = [_fold(w).split("'")[-1] for w in _WORD.findall(gap)]  # ("l’agence": "agence")
            nouns = [i for i, w in enumerate(words) if w in self.words.roles or w in self.words.source_nouns]
            if len(words) > SHORT_GAP_WORDS and not gap.rstrip().endswith(",") and (
                    not nouns or len(words) - 1 - nouns[-1] > AFTER_NOUN_WORDS):
                return None  # "erklärten die Unternehmen in ihrer Mitteilung und dankten Trump": not who spoke
            if not self._is_object(self.raw[max(0, pos - 1):f.start]):
                return Who(self.who.entity(f), "name", f.start)
        return None

    def _mention_before(self, pos: int, lo: int) -> Found | None:
        """The name that is the subject of a verb at ``pos``: right before it, or before an apposition set off
        by commas ("Luis Caputo , ministro de Economía, adelantó"), never the object of a preposition."""
        for f in reversed(self.who.speakers):
            if f.end > pos:
                continue
            if f.start < lo or pos - f.end > APPOSITION_WINDOW:
                return None
            gap = self.raw[f.end:pos]
            if any(c in _STOPS for c in gap):
                return None
            bare = not gap.strip()
            apposed = gap.strip().startswith(",") and gap.rstrip().endswith(",")
            if gap.strip() == "," and not self.raw[lo:f.start].rstrip().endswith(","):
                apposed = False  # "X, a déclaré": only after a role set off before it ("Le porte-parole, X, a ...")
            if bare or apposed:
                return None if self._is_object(self.raw[max(lo, f.start - 20):f.start]) else f
            return None
        return None

    def subject_before(self, verb_start: int, lo: int) -> Who | None:
        """The subject of a verb at ``verb_start`` (back to ``lo``): a name, a pronoun or a role noun read back
        to the person it stands for."""
        f = self._mention_before(verb_start, lo)
        if f is not None:
            return Who(self.who.entity(f), "name", f.start)
        before = _WORD.findall(self.raw[lo:verb_start])
        if not before or any(c in _STOPS for c in self.raw[lo:verb_start][-40:]):
            return None
        gender = self.words.pronoun(before[-1])
        if gender is not None:
            return self._pronoun(gender, verb_start)
        if any(_fold(w) in self.words.roles for w in before[-ROLE_REACH:]):
            entity = self.topic(verb_start)  # "el ministro confirmó que ...": the person the passage is about
            return Who(entity, "role", verb_start) if entity is not None else None
        return None

    def topic(self, pos: int) -> Entity | None:
        """The person the passage at ``pos`` is about, for a verb with no subject or a role noun: the last person
        named before it in its paragraph (outside quotes), else the person last given words within two
        paragraphs."""
        para_lo = self.who._paragraph_floor(pos, back=0)
        for f in reversed(self.who.people):
            if f.end <= pos and f.start >= para_lo and not self.who._quoted_at(f.start):
                return self.who.entity(f)
            if f.start < para_lo:
                break
        last = self.who.last_person_speaker
        if last is not None and self.who.last_person_pos >= self.who._paragraph_floor(pos):
            return last
        return None

    # -- direct quotes ---------------------------------------------------------------------------------
    def after_quote(self, pos: int, hi: int) -> Who | None:
        """The attribution starting at ``pos`` right after a closing mark (and its comma): a verb of saying in
        inversion and its speaker; an unnamed speaker when the verb names none."""
        v = self.verb_at(pos)
        if v is None:
            low = self.raw[pos:pos + NAME_WINDOW].lower().replace("’", "'")
            word = next((w for w in self.words.according if low.startswith(w + " ")), None)
            # "« ... », selon le Financial Times": the source named after "selon"
            return self.named_after(pos + len(word), hi) if word is not None else None
        if v.pronoun is not None:
            return self._pronoun(v.pronoun, pos) or Who(None, "anonymous", pos)
        who = self.named_after(v.end, hi)
        if who is not None:
            return who
        rest = self.raw[v.end:hi].strip()
        if self.words.dropped_subject and (not rest or rest[0] in ".,;"):
            entity = self.topic(pos)  # "“...”, explicó.": the person the paragraph is about
            if entity is not None:
                return Who(entity, "pronoun", pos)
        return Who(None, "anonymous", pos)

    def before_quote(self, lo: int, quote_open: int) -> tuple[Who | None, bool]:
        """The speaker of a quote introduced by a verb before it in its sentence ("X a assuré que « ... »",
        "X sagte: „...“", "a déclaré le ministre, X : « ... »"), and whether the verb introduces the whole quote
        (else the quote is a fragment of the clause: "X sprach von einer »historischen« Mobilisierung")."""
        verbs = self.verbs(lo, quote_open)
        if not verbs:
            return None, False
        v = verbs[-1]
        between = self.raw[v.end:quote_open]
        if len(between) > VERB_TO_QUOTE_GAP or any(c in QUOTE_OPENERS for c in between):
            return None, False
        words = [_fold(w) for w in _WORD.findall(between)]
        # right before the quote ("a déclaré : « »", "sagte, dass „“") or reading a fragment ("sprach von einer »...«")
        adjacent = not words or words[-1] in self.words.that
        if v.pronoun is not None:
            return self._pronoun(v.pronoun, v.start), adjacent
        who = self.subject_before(v.start, lo)
        if who is None and between.strip():
            who = self.named_after(v.end, quote_open)
            adjacent = who is not None
        return who, adjacent

    # -- reported speech -------------------------------------------------------------------------------
    def _that_after(self, v: ForeignVerb, hi: int) -> int | None:
        """Where the clause a verb introduces begins: after its "que"/"dass" within a few words."""
        for i, m in enumerate(_WORD.finditer(self.raw, v.end, hi)):
            if i > THAT_REACH or any(c in _STOPS for c in self.raw[v.end:m.start()]):
                return None
            if _fold(m.group(0)) in self.words.that:
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
                comma = self.raw.find(",", who.start, hi)
                return [ReportedHit(who, comma + 1, hi, word, comma)] if comma != -1 else []
            if head.endswith(",") and head[:-1].rstrip()[-1:] in CLOSING_MARKS:
                return []  # "“...”, selon le Financial Times": the direct quote's attribution
            if head.endswith(","):
                tail = self.raw.find(",", who.start, hi)
                if tail == -1 or len(_WORD.findall(head)) >= MIN_CLAUSE_WORDS:  # CLAUSE, selon X.
                    return [ReportedHit(who, lo, lo + len(head) - 1, word, hi)]
                return [ReportedHit(who, tail + 1, hi, word, hi)]  # X, selon Y, CLAUSE
            if any(c.isdigit() for c in _WORD_BEFORE_END.findall(head)[-1:][0]) if _WORD_BEFORE_END.findall(head) else False:
                return []  # "700.000 selon la CGT et 81.000 pour la préfecture": whose figure, not whose words
            return [ReportedHit(who, lo, hi, word, hi)]  # "... sollen laut Google ... werden": all of it
        return []

    def _as_aside(self, lo: int, hi: int) -> list[ReportedHit]:
        """"Wie X mitteilte, CLAUSE" and "CLAUSE, wie X mitteilte." ("comme l'a indiqué X"): an aside opened by
        "wie"/"comme" that holds a verb of saying and a name gives the source of the rest of the sentence."""
        for m in _WORD.finditer(self.raw, lo, hi):
            if _fold(m.group(0)) not in self.words.as_words:
                continue
            head = self.raw[lo:m.start()].rstrip()
            if head and not head.endswith(","):
                continue  # ("so schnell wie möglich": a comparison, not an aside)
            end = next((i for i in range(m.end(), hi) if self.raw[i] in ",.;:!?"), hi)
            verbs = self.verbs(m.end(), end)
            names = [f for f in self.who.speakers if m.end() <= f.start and f.end <= end]
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
            if head.endswith(",") and not hits and head[:-1].rstrip()[-1:] not in "»”“\"":
                who = self.named_after(v.end, hi)  # "CLAUSE, a annoncé la CGT."
                if who is not None and who.entity is not None and who.cue == "name":
                    hits.append(ReportedHit(who, lo, lo + len(head) - 1, v.word, hi))
        return [h for h in hits if self._is_clause(h, inside)]

    def _is_clause(self, hit: ReportedHit, inside: list[tuple[int, int]]) -> bool:
        a, b = hit.start, hit.end
        while a < b and self.raw[a].isspace():
            a += 1
        if b - a < MIN_CLAUSE or self.raw[a:a + 1] in QUOTE_OPENERS and any(x <= a + 1 and b - 2 <= y for x, y in inside):
            return False  # a fragment, or a direct quote after "que": the direct quote's
        return True
