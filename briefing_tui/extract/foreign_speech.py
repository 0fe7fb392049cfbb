"""Attribution of quotes in French, Spanish, German, Italian and Portuguese, through the word table
``data/speech_words.yaml`` (see ``speech_table``), as English attribution reads its lexicon.

Direct speech: a verb of saying right after the closing mark, in inversion, with its speaker after it
("« ... », confie Khadija Ouaziz", "“...”, declaró el ministro de Economía, Luis Caputo", "»...«, sagte
Martinez", "« ... », a-t-il ajouté") or, in a language that drops the subject, none ("“...”, explicó.": the
person the paragraph is about); or a verb before the opening mark ("X a assuré que « ... »", "X sagte: „...“").

Reported speech ("X a affirmé que ...", "selon X, ...") is read by ``foreign_reported``.

A speaker is a name the text gives (a role in apposition is passed over: "le porte-parole du gouvernement,
Mustapha Baitas"), a pronoun or role noun read back to a named person, or nobody; never the pronoun itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing_tui.extract.found import Found
from briefing_tui.extract.speakers import SpeakerFinder, Who
from briefing_tui.extract.speech_table import SpeechWords, compound_role
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Entity

# One word of letters, apostrophes inside it ("aujourd'hui"); hyphens split ("a-t-il": "a", "t", "il").
WORD = lazy_compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# A pronoun joined to an inverted verb: "a-t-il", "ajoute-t-elle", "dit-il" (group 1: the pronoun).
_JOINED_PRONOUN = lazy_compile(r"-(?:t-)?([^\W\d_]+)")
# What may stand between an auxiliary and its participle: spaces and at most one adverb ("a également déclaré").
_AUX_GAP = lazy_compile(r"(?:-(?:t-)?[^\W\d_]+)?\s+(?:[^\W\d_]+ment\s+)?")
# Marks that end what an attribution may span: a sentence's end, a quotation mark, a semicolon or colon.
STOPS = frozenset(".!?;:«»“”„\"")
QUOTE_OPENERS = frozenset("«»“„\"‘")  # marks that may open a quote (German »...« opens with »)
NAME_WINDOW = 80  # characters after a verb in which its speaker's name must begin ("a déclaré le porte-parole du ...")
APPOSITION_WINDOW = 90  # characters of an apposition between a name and its verb ("Luis Caputo, ministro de ..., adelantó")
VERB_TO_QUOTE_GAP = 60  # characters between a verb before a quote and its opening mark ("a assuré que « ...")
ROLE_REACH = 4  # words before a verb in which a role noun stands for its subject ("el ministro de Economía confirmó")
SHORT_GAP_WORDS = 2  # words between a verb and its speaker's name with no role among them ("a déclaré le président X")
AFTER_NOUN_WORDS = 3  # words between that role or body noun and the name ("l'agence de presse coréenne Yonhap")


@dataclass(frozen=True, slots=True)
class ForeignVerb:
    """A verb of saying with its auxiliary ("a déclaré"), and a pronoun joined to it ("a-t-il"), if any."""

    start: int
    end: int
    word: str
    pronoun: str | None = None  # "he" / "she"


def fold_word(word: str) -> str:
    """A word as the table lists it: lower case, a curly apostrophe straight."""
    return word.lower().replace("’", "'")


class ForeignSpeakers:
    """Finds the speakers of one source's quotes in a language of the word table (reported speech: ``foreign_reported``)."""

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
        m = WORD.match(self.raw, pos)
        if m is None:
            return None
        word = fold_word(m.group(0))
        if word in self.words.auxiliaries:
            gap = _AUX_GAP.match(self.raw, m.end())
            p = WORD.match(self.raw, gap.end()) if gap else None
            if p is not None and fold_word(p.group(0)) in self.words.verbs:
                joined = _JOINED_PRONOUN.match(self.raw, m.end())
                pronoun = self.words.pronoun(joined.group(1)) if joined else None
                return ForeignVerb(pos, p.end(), fold_word(p.group(0)), pronoun)
            return None
        if word in self.words.verbs:
            end, pronoun = self._joined(m.end())
            return ForeignVerb(pos, end, word, pronoun)
        return None

    def verbs(self, lo: int, hi: int) -> list[ForeignVerb]:
        """Every verb of saying in ``raw[lo:hi]``, in order (an auxiliary's participle once, with it)."""
        found: list[ForeignVerb] = []
        for m in WORD.finditer(self.raw, lo, hi):
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
        tail = [fold_word(w) for w in WORD.findall(before)[-2:]]
        if any(w in self.words.prepositions for w in tail):
            return True
        # a medium named after its noun, spoken to ("gegenüber der Nachrichtenagentur Efe", "a la agencia Efe")
        medium = [fold_word(w).split("'")[-1] for w in WORD.findall(before)[-3:]]
        return bool(medium) and medium[-1] in self.words.source_nouns \
            and any(w in self.words.prepositions for w in medium[:-1])

    def _pronoun(self, gender: str, pos: int) -> Who | None:
        """The person a subject pronoun at ``pos`` stands for, when the paragraph names them before it, or the
        paragraph before names them and nobody else since (its one person: "La présidente X a dévoilé un plan."
        then "« ... », a-t-elle affirmé."), or they were the last to speak (a person named further back, or among
        others, is no antecedent the text makes sure of)."""
        entity = self.who.pronoun(gender, pos)
        if entity is None:
            return None
        para_lo = self.who._paragraph_floor(pos, back=0)
        named_here = any(para_lo <= f.start < pos and self.who.entity(f).id == entity.id for f in self.who.people)
        since = {self.who.entity(f).id for f in self.who.people
                 if self.who._paragraph_floor(pos, back=1) <= f.start < pos and not self.who._quoted_at(f.start)}
        last = self.who.last_person_speaker
        if not named_here and since != {entity.id} and (last is None or last.id != entity.id):
            return None
        return Who(entity, "pronoun", pos)

    def named_after(self, pos: int, hi: int) -> Who | None:
        """The speaker after a verb (or "selon") ending at ``pos``: a subject pronoun, or the first name in
        reach that no preposition makes an object, a role before it passed over ("le porte-parole du
        gouvernement, Mustapha Baitas")."""
        m = WORD.match(self.raw, pos + len(self.raw[pos:hi]) - len(self.raw[pos:hi].lstrip()))
        gender = self.words.pronoun(m.group(0)) if m else None
        if gender is not None:
            return self._pronoun(gender, pos)
        for f in self.who.speakers:
            if f.start < pos:
                continue
            if f.start >= min(hi, pos + NAME_WINDOW):
                break
            gap = self.raw[pos:f.start]
            if any(c in STOPS for c in gap) or gap.count(",") > 1 or ("," in gap and gap.rstrip()[-1:] != ","):
                return None  # (a comma only right before the name: "le porte-parole, X"; not "..., tandis que X")
            if f.text[:1].islower():
                continue  # "ein Sprecher der Fluggesellschaft": an article and a noun, no name
            words = [fold_word(w).split("'")[-1] for w in WORD.findall(gap)]  # ("l’agence": "agence")
            nouns = [i for i, w in enumerate(words) if w in self.words.roles or w in self.words.source_nouns
                     or compound_role(w)]  # ("der chinesische Ministerpräsident Li Qiang")
            if len(words) > SHORT_GAP_WORDS and not gap.rstrip().endswith(",") and (
                    not nouns or len(words) - 1 - nouns[-1] > AFTER_NOUN_WORDS):
                return None  # "erklärten die Unternehmen in ihrer Mitteilung und dankten Trump": not who spoke
            if not self._is_object(self.raw[max(0, pos - 1):f.start]) or self._role_complement(words):
                return Who(self.who.entity(f), "name", f.start)
        return None

    def _role_complement(self, words: list[str]) -> bool:
        """Whether the preposition before a name opens the complement of a role noun before it, a word standing
        between it and the name ("le directeur du centre Paul Verdier", "el portavoz de la alcaldía Luis Mora"):
        the name is the role's holder, never the preposition's object."""
        roles = [i for i, w in enumerate(words) if w in self.words.roles]
        preps = [i for i, w in enumerate(words) if w in self.words.prepositions]
        return bool(roles and preps) and roles[0] < preps[0] and preps[-1] < len(words) - 1

    def _mention_before(self, pos: int, lo: int) -> Found | None:
        """The name that is the subject of a verb at ``pos``: right before it, or before an apposition set off
        by commas ("Luis Caputo , ministro de Economía, adelantó"), never the object of a preposition."""
        for f in reversed(self.who.speakers):
            if f.end > pos:
                continue
            if f.start < lo or pos - f.end > APPOSITION_WINDOW:
                return None
            gap = self.raw[f.end:pos]
            if any(c in STOPS for c in gap):
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
        before = WORD.findall(self.raw[lo:verb_start])
        if not before or any(c in STOPS for c in self.raw[lo:verb_start][-40:]):
            return None
        gender = self.words.pronoun(before[-1])
        if gender is not None:
            return self._pronoun(gender, verb_start)
        if any(fold_word(w) in self.words.roles for w in before[-ROLE_REACH:]):
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
        words = [fold_word(w) for w in WORD.findall(between)]
        # right before the quote ("a déclaré : « »", "sagte, dass „“") or reading a fragment ("sprach von einer »...«")
        adjacent = not words or words[-1] in self.words.that
        if v.pronoun is not None:
            return self._pronoun(v.pronoun, v.start), adjacent
        who = self.subject_before(v.start, lo)
        if who is None and between.strip():
            who = self.named_after(v.end, quote_open)
            adjacent = who is not None
        return who, adjacent
