"""Recognise the people, organisations and places named in one source.

General rules only: capitalised runs are split at titles ("Japanese Prime Minister Sanae Takaichi" ->
Japan + a person), looked up in the gazetteer, typed by keywords ("... University", "... Sea"), and a
run becomes a person only with evidence: a title or role next to it, an apposition ("X, a professor
of ..."), a speech verb, "according to", an honorific, a known given name, or a later surname-only
mention that has such evidence. Surname and title-plus-surname mentions are linked to the full name
given earlier in the same article; a surname shared by two people stays unresolved.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from briefing_tui.extract.gazetteer import Gazetteer
from briefing_tui.extract.lexicon import (
    ANONYMOUS_SUBJECTS, FEMALE_HONORIFICS, NAME_GIVEN_BEFORE, GENERIC_ROLES, MALE_HONORIFICS, ORG_HEAD_NOUNS, PERIOD_ONLY_TITLES, NEVER_NAMES, ORG_KEYWORDS, PERSON_PARTICLES, PLACE_KEYWORDS,
    PRONOUNS_FEMALE, PRONOUNS_MALE, ROLE_NOUNS, TITLES,
)
from briefing_tui.extract.names import Token, name_runs
from briefing_tui.extract.verbs import verb_at
from briefing_tui.model import Source

_CONNECTORS = frozenset({"and", "in", "on", "of", "for", "the"})
_TITLE_SET = frozenset(t.replace(".", "") for t in TITLES)
_TITLE_MAX = max(len(t.split()) for t in _TITLE_SET)
_APPOSITION = re.compile(
    r"^,[ \u00a0]+(?:who is |who was |who has been )?(?:a|an|the|his|her|their|its|former|then|now|senior|chief|"
    r"deputy|acting|longtime|veteran|[A-Z][\w-]*)\b([^,.;:“”\"()]{0,70})")
_AGE = re.compile(r"^,[ \u00a0]+\d{1,3},")
_WHO = re.compile(r"^,[ \u00a0]+who[ \u00a0]")
_NEXT_WORD_AFTER_COMMA = re.compile(r",(?=[ \u00a0]+[a-z])")
_VERB_BEFORE = re.compile(r"\b(?:said|says|added|adds|explained|noted|wrote|argued|warned|according to|"
                          r"asked|by)[ \u00a0]+$", re.IGNORECASE)
_HEAD_OF = re.compile(r"\b(?:cabinet|administration|government|premiership|presidency)[ \u00a0]+of[ \u00a0]+$")
_HEAD_AFTER = re.compile(r"^[ \u00a0]+(?:cabinet|administration|government)\b")
_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|across|around|throughout)[ \u00a0]+$")
_PLACE_AFTER = re.compile(r"(?:[.,;:!?)]|[ \u00a0][a-z]|$)")
_AFFILIATION_BEFORE = re.compile(
    r"\b(?:analyst|economist|strategist|researcher|professor|fellow|scientist|scholar|lecturer|director|partner|"
    r"engineer|executive|trader|banker|official|expert|spokesman|spokeswoman|spokesperson)s?[ \u00a0]+(?:at|with)"
    r"[ \u00a0]+(?:the[ \u00a0]+)?$"
    r"|\b(?:president|head|chief|executive|director|chairman|chairwoman|chair|member|spokesman|spokeswoman|spokesperson|ceo|"
    r"founder|secretary-general|director-general|governor)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$", re.IGNORECASE)
_NAMED_APART = re.compile(r",[ \u00a0]*$")
_PRONOUN_SAID = re.compile(r"\b(he|she|He|She)[ \u00a0]+(?:said|says|added|told|explained|recalled|continued)\b")
_PRONOUN = re.compile(r"\b(he|his|him|himself|she|her|hers|herself)\b", re.IGNORECASE)
_LEADING_OF_SENTENCE = re.compile(r"^[\s“‘\"'«「(\[—–-]*$")


@dataclass(slots=True)
class Found:
    """One recognised mention in a source (absolute offsets into ``Source.raw``)."""

    start: int
    end: int
    text: str
    type: str
    key: str  # the name it stands for within this source ("Tomohiko Uyama", "Japan")
    sentence: int | None = None
    role: str | None = None
    gender: str | None = None
    confirmed: bool = True
    full: bool = True  # a person named with given name and surname
    weak: bool = False  # a sentence-initial word with a person cue: confirms a full name, not itself

    @property
    def surname(self) -> str:
        return self.key.split()[-1]


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Casefolded, accent-free, apostrophe-free form used to compare names."""
    if text.isascii():
        return text.casefold()
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().replace("’", "'")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z][a-z-]*", text.lower())


def _title_before(before: str) -> str | None:
    """A lowercase title or role right before a name ("then prime minister", "analyst")."""
    words = before.rstrip(" \u00a0").split()
    if not words or before[-1:] not in " \u00a0":
        return None
    for n in range(min(_TITLE_MAX, len(words)), 0, -1):
        cand = " ".join(words[-n:])
        if cand.islower() and cand.rstrip(".") in _TITLE_SET:
            return cand
    return None


def _verb_follows(after: str, apposition: bool = True) -> bool:
    """A speech verb right after a name, or (``apposition``) after the apposition that follows it."""
    if verb_at(after, len(after) - len(after.lstrip(" \u00a0"))) and after[:1] in " \u00a0":
        return True
    if not apposition or not after.startswith(","):
        return False
    limit = next((i for i, c in enumerate(after[:142]) if c in ".;:“”\""), 142)
    for m in _NEXT_WORD_AFTER_COMMA.finditer(after, 0, limit):
        start = m.end() + len(after[m.end():]) - len(after[m.end():].lstrip(" \u00a0"))
        if verb_at(after, start):
            return True
    return False


def _norm(tok: Token) -> str:
    return tok.text.lower().rstrip(".")


def _title_span(run: list[Token], first: bool = False) -> tuple[int, int] | None:
    """The last (or first) formal title inside ``run`` that is followed by at least one more word.

    Abbreviations such as "Gen" count only with their full stop ("Gen. Votel", not "Gen Nakatani").
    """
    found = None
    i = 0
    while i < len(run) - 1:
        for n in range(min(_TITLE_MAX, len(run) - 1 - i), 0, -1):
            words = " ".join(_norm(t) for t in run[i:i + n])
            if n == 1 and words in PERIOD_ONLY_TITLES and not run[i].text.endswith("."):
                continue
            if words in _TITLE_SET and words not in GENERIC_ROLES:
                found = (i, i + n)
                if first:
                    return found
                i += n - 1
                break
        i += 1
    return found


class SourceRecogniser:
    """Finds and types the names of one source; see the module docstring for the rules."""

    def __init__(self, source: Source, gaz: Gazetteer):
        self.source = source
        self.gaz = gaz
        raw = source.raw
        self.lower_vocab = {m.group(0) for m in re.finditer(r"\b[a-z][a-z'-]*\b", "\n".join(
            raw[p.start:p.end] for p in source.paragraphs))}
        self.found: list[Found] = []

    # -- helpers -------------------------------------------------------------------------------------
    def _sentence_of(self, offset: int) -> int | None:
        s = self.source.sentence_at(offset)
        return s.index if s else None

    def _at_sentence_start(self, ptext: str, pstart: int, rel: int) -> bool:
        if _LEADING_OF_SENTENCE.match(ptext[:rel]):
            return True
        s = self.source.sentence_at(pstart + rel)
        if s is None:
            return _LEADING_OF_SENTENCE.match(ptext[max(0, rel - 3):rel] or "") is not None and \
                ptext[:rel].rstrip(" \u00a0“‘\"'")[-1:] in ".!?:\n"
        return _LEADING_OF_SENTENCE.match(self.source.raw[s.start:pstart + rel]) is not None

    def _emit(self, ptext: str, pstart: int, toks: list[Token], kind: str, key: str, **kw) -> Found:
        a, b = toks[0].start, toks[-1].end
        f = Found(pstart + a, pstart + b, ptext[a:b], kind, key, self._sentence_of(pstart + a), **kw)
        self.found.append(f)
        return f

    # -- recognition ---------------------------------------------------------------------------------
    def run(self) -> list[Found]:
        for p in self.source.paragraphs:
            ptext = self.source.raw[p.start:p.end]
            heading = p.kind == "heading"
            for run in name_runs(ptext):
                for part in self._split_connectors(ptext, run):
                    part = self._trim(ptext, p.start, part)
                    if not part:
                        continue
                    if heading:  # headings are title-cased: only names we already know
                        self._split_known(ptext, p.start, part, people=False)
                    else:
                        self._classify(ptext, p.start, part)
        self._link_within()
        self._genders()
        self.found.sort(key=lambda f: (f.start, f.end))
        return self.found

    def _split_connectors(self, ptext: str, run: list[Token]) -> list[list[Token]]:
        """Cut "Xi Jinping and Kazakh President Tokayev in June" at connectors unless the whole is one name."""
        cuts = [i for i, t in enumerate(run) if t.text in _CONNECTORS]
        if not cuts or self.gaz.lookup(self._text(ptext, run)) is not None:
            return [run]
        words = [_norm(t) for t in run]
        title = _title_span(run, first=True)
        if title is not None and title[0] < cuts[0]:
            # "Professor Timour Dadabayev | of the University of Tsukuba"
            after = [i for i in cuts if i >= title[1]]
            if after:
                rest = run[after[0]:]
                while rest and rest[0].text in _CONNECTORS:
                    rest = rest[1:]
                return [run[:after[0]], *(self._split_connectors(ptext, rest) if rest else [])]
            return [run]
        if title is None:
            head = set(words[:cuts[0]])
            if (head & ORG_KEYWORDS or head & PLACE_KEYWORDS or words[cuts[0]] in {"for", "the"}
                    or (words[cuts[0]] == "and" and set(words[cuts[0]:]) & ORG_KEYWORDS)):
                if set(words) & (ORG_KEYWORDS | PLACE_KEYWORDS):
                    # "University of Tsukuba", "Department of Trade and Industry"; but "... University | in Almaty"
                    cut = next((i for i in cuts if words[i] in ("in", "on")), None)
                    if cut is None:
                        return [run]
                    return [run[:cut], *self._split_connectors(ptext, run[cut + 1:])]
        parts, current = [], []
        for t in run:
            if t.text in _CONNECTORS:
                if current:
                    parts.append(current)
                current = []
            else:
                current.append(t)
        if current:
            parts.append(current)
        return parts

    def _trim(self, ptext: str, pstart: int, run: list[Token]) -> list[Token]:
        while run:
            first = run[0]
            low = _norm(first)
            if low in _TITLE_SET and len(run) > 1:
                break
            if low in NEVER_NAMES or first.text in {"of", "and", "the", "for", "in", "on"}:
                run = run[1:]
                continue
            if (low in self.lower_vocab and self.gaz.lookup(first.text) is None
                    and self._at_sentence_start(ptext, pstart, first.start)):
                run = run[1:]
                continue
            break
        while run and run[-1].text in {"of", "and", "the", "for", "in", "on", "de", "bin", "al"}:
            run = run[:-1]
        return run

    def _classify(self, ptext: str, pstart: int, run: list[Token]) -> None:
        span = _title_span(run)
        if span is not None:
            rest = run[span[1]:]
            rest_words = {_norm(t) for t in rest}
            if not (rest_words & ORG_KEYWORDS) and self.gaz.lookup(self._text(ptext, rest)) is None:
                title = self._text(ptext, run[span[0]:span[1]])
                if span[0]:
                    self._classify_plain(ptext, pstart, run[:span[0]])
                self._person(ptext, pstart, rest, role=title, confirmed=True)
                return
        self._classify_plain(ptext, pstart, run)

    @staticmethod
    def _text(ptext: str, toks: list[Token]) -> str:
        return ptext[toks[0].start:toks[-1].end]

    def _classify_plain(self, ptext: str, pstart: int, run: list[Token]) -> None:
        text = self._text(ptext, run)
        hit = self.gaz.lookup(text)
        if hit is None and _norm(run[0]) == "the" and len(run) > 1:
            run, text = run[1:], self._text(ptext, run[1:])
            hit = self.gaz.lookup(text)
        if hit is not None:
            self._emit(ptext, pstart, run, hit[1], hit[0])
            return
        words = [_norm(t) for t in run]
        first_given = self.gaz.gender_of_given_name(run[0].text) is not None and len(run) > 1
        if not first_given and len(run) > 1 and set(words) & ORG_KEYWORDS:
            self._emit(ptext, pstart, run, "organization", " ".join(text.split()))
            return
        if not first_given and len(run) > 1 and words[-1] in PLACE_KEYWORDS:
            self._emit(ptext, pstart, run, "place", " ".join(text.split()))
            return
        if first_given:
            self._person(ptext, pstart, run)
            return
        self._split_known(ptext, pstart, run)

    def _split_known(self, ptext: str, pstart: int, run: list[Token], people: bool = True) -> None:
        """Take gazetteer names out of ``run`` (longest first); the remaining stretches may be people."""
        rest: list[Token] = []
        i = 0
        while i < len(run):
            for n in range(min(self.gaz.max_words, len(run) - i), 0, -1):
                piece = run[i:i + n]
                hit = self.gaz.lookup(self._text(ptext, piece))
                if hit is not None:
                    if people:
                        self._flush(ptext, pstart, rest)
                    rest = []
                    self._emit(ptext, pstart, piece, hit[1], hit[0])
                    i += n
                    break
            else:
                tok = run[i]
                parts = self._hyphen_parts(tok)
                if parts:
                    if people:
                        self._flush(ptext, pstart, rest)
                    rest = []
                    for part, hit in parts:
                        self._emit(ptext, pstart, [part], hit[1], hit[0])
                elif tok.text in {"of", "and", "the", "for", "in", "on"}:
                    if people:
                        self._flush(ptext, pstart, rest)
                    rest = []
                else:
                    rest.append(tok)
                i += 1
        if people:
            self._flush(ptext, pstart, rest)

    def _hyphen_parts(self, tok: Token) -> list[tuple[Token, tuple[str, str]]]:
        """"Kazakh-Chinese" -> both countries; [] unless a part is in the gazetteer."""
        if "-" not in tok.text:
            return []
        out, pos = [], tok.start
        for part in tok.text.split("-"):
            hit = self.gaz.lookup(part) if part[:1].isupper() else None
            if hit is not None:
                out.append((Token(pos, pos + len(part), part), hit))
            pos += len(part) + 1
        # "Japan-Central Asia" splits into a token "Japan-Central": keep only whole-name parts
        return out

    def _flush(self, ptext: str, pstart: int, rest: list[Token]) -> None:
        while rest and (_norm(rest[0]) in NEVER_NAMES or rest[0].text in PERSON_PARTICLES):
            rest = rest[1:]
        if rest:
            self._person(ptext, pstart, rest, confirmed=None)

    def _person(self, ptext: str, pstart: int, toks: list[Token], role: str | None = None,
                confirmed: bool | None = True) -> None:
        """A person candidate; ``confirmed=None`` means: look for evidence around it."""
        a, b = toks[0].start, toks[-1].end
        if any(t.text[0].isdigit() for t in toks):
            return
        if (len(toks) == 1 and role is None and _PLACE_BEFORE.search(ptext[max(0, a - 12):a])
                and _PLACE_AFTER.match(ptext[b:b + 2]) and not self._at_sentence_start(ptext, pstart, a)):
            self._emit(ptext, pstart, toks, "place", toks[0].text)  # "a factory in Arizona."
            return
        if all(t.text.isupper() and len(t.text) > 1 for t in toks):
            # "news agency KCNA", "KCNA said": an unknown acronym that acts is an organisation
            before_word = ptext[max(0, a - 30):a].split()[-1:] or [""]
            if (before_word[0].lower() in ORG_HEAD_NOUNS or _verb_follows(ptext[b:b + 200], apposition=False)
                    or _AFFILIATION_BEFORE.search(ptext[max(0, a - 60):a])):
                self._emit(ptext, pstart, toks, "organization", self._text(ptext, toks))
            return
        before, after = ptext[max(0, a - 60):a], ptext[b:b + 200]
        gender = None
        if role is None:
            title = _title_before(before)
            if title:
                role, confirmed = title, True
        if role:
            low = role.lower().rstrip(".").split()[-1]
            gender = "m" if low in MALE_HONORIFICS else "f" if low in FEMALE_HONORIFICS else None
        m = _APPOSITION.match(after)
        if m and any(w in ROLE_NOUNS or w.rstrip("s") in ROLE_NOUNS for w in _words(m.group(0))):
            confirmed = True
            role = role or after[2:m.end()].strip()
        elif _AGE.match(after) or _WHO.match(after) or NAME_GIVEN_BEFORE.search(before):
            confirmed = True  # "Haaland, 23,", "Haaland, who ...", "gave only her first name, Nino"
        if not confirmed:
            # "Industry, said" is the tail of an apposition; "the owner, Kazakhmys, said" is a name
            named_apart = len(toks) > 1 or before.rstrip(" \u00a0").endswith(",")
            confirmed = bool(_verb_follows(after, apposition=named_apart) or _VERB_BEFORE.search(before)
                             or (len(toks) == 1 and (_HEAD_AFTER.match(after)))
                             or (len(toks) > 1 and _HEAD_OF.search(before))
                             or (len(toks) > 1 and self.gaz.gender_of_given_name(toks[0].text)))
        if len(toks) == 1 and _VERB_BEFORE.search(before) and before.rstrip().lower().endswith("by"):
            confirmed = False  # "by Tokyo": a single word after "by" is too weak
        if _AFFILIATION_BEFORE.search(before):  # "an analyst at Nomura Securities": where people work
            self._emit(ptext, pstart, toks, "organization", " ".join(self._text(ptext, toks).split()))
            return
        low = toks[0].text.lower()
        weak = False
        if len(toks) == 1 and confirmed and role is None:
            if low in ANONYMOUS_SUBJECTS or low in ROLE_NOUNS or low.rstrip("s") in ROLE_NOUNS:
                confirmed = False  # "Analysts said", "Prosecutors had asked": common nouns
            elif self._at_sentence_start(ptext, pstart, a):
                # "Haaland, who ..., said": a capitalised first word is a name only if a full name carries it
                confirmed, weak = False, True
        name = " ".join(self._text(ptext, toks).split())
        f = self._emit(ptext, pstart, toks, "person", name, role=role, gender=gender, confirmed=bool(confirmed),
                       full=len(toks) > 1)
        f.weak = weak

    # -- within the article --------------------------------------------------------------------------
    def _short_org_names(self) -> None:
        """"Shares in Lumen fell": one word that begins exactly one organisation of this article is it.

        And a name the article shows to be an organisation ("chief executive of Northwind Energy") is
        one everywhere in it, even where a speech verb made it look like a person.
        """
        orgs = {fold(f.key) for f in self.found if f.type == "organization"}
        for f in self.found:
            if f.type == "person" and fold(f.key) in orgs:
                f.type, f.confirmed = "organization", True
        firsts: dict[str, set[str]] = {}
        for f in self.found:
            if f.type == "organization" and " " in f.key:
                firsts.setdefault(fold(f.key.split()[0]), set()).add(f.key)
        for f in self.found:
            if f.type != "organization" and " " not in f.text and self.gaz.lookup(f.text) is None:
                keys = firsts.get(fold(f.text), set())
                if len(keys) == 1:
                    f.type, f.key, f.confirmed, f.full = "organization", next(iter(keys)), True, True

    def _link_within(self) -> None:
        self._short_org_names()
        people = [f for f in self.found if f.type == "person"]
        fulls = [f for f in people if f.full]
        confirmed_single = {fold(f.key) for f in people if not f.full and (f.confirmed or f.weak)}
        for f in fulls:  # "Tomohiko Uyama" is confirmed by a later "Uyama said" (or "Igor said")
            if not f.confirmed and (fold(f.surname) in confirmed_single or fold(f.key.split()[0]) in confirmed_single):
                f.confirmed = True
        for f in people:  # a sentence-initial "Kurbanov believes" stands once a full name carries it
            if not f.full and not f.confirmed and any(
                    fold(g.surname) == fold(f.key) or fold(g.key.split()[0]) == fold(f.key) for g in fulls if g.confirmed):
                f.confirmed = True
        apart = [f for f in people if not f.full and _NAMED_APART.search(self.source.raw[max(0, f.start - 3):f.start])
                 and self.source.raw[f.end:f.end + 1] == ","]
        for i, f in enumerate(sorted(fulls + apart, key=lambda g: g.start)):
            # "One of them, Tom Gallagher, ... “...,” he said." / "Her son, Karim, ... He says"
            if not f.confirmed:
                nxt = next((g.start for g in people if g.start > f.start and g.confirmed), len(self.source.raw))
                m = _PRONOUN_SAID.search(self.source.raw, f.end, min(nxt, f.end + 400))
                if m and not any(f.end < g.start < m.start() for g in fulls):
                    f.confirmed = True
                    f.gender = "m" if m.group(1).lower() == "he" else "f"
        confirmed_full = {fold(f.key) for f in fulls if f.confirmed}
        for f in fulls:
            if fold(f.key) in confirmed_full:
                f.confirmed = True
        by_key: dict[str, Found] = {}
        for f in fulls:
            if f.confirmed:
                by_key.setdefault(fold(f.key), f)
        for f in people:
            if f.full:
                continue
            word = fold(f.key)
            cands = [g for g in by_key.values() if fold(g.surname) == word and g.start < f.start]
            if not cands:
                cands = [g for g in by_key.values() if fold(g.surname) == word]
            if len(cands) > 1 and f.gender:
                cands = [g for g in cands if self._gender_hint(g) in (None, f.gender)] or cands
            if not cands:
                given = [g for g in by_key.values() if fold(g.key.split()[0]) == word]
                if len(given) == 1 and word not in {fold(g.surname) for g in by_key.values()}:
                    cands = given  # "Igor said" after "Igor Petrov" (how two Petrovs are told apart)
            if len(cands) == 1:
                f.key, f.confirmed = cands[0].key, True
                f.role = f.role or cands[0].role
            elif len(cands) > 1:
                f.confirmed = False  # ambiguous surname: never guess
                f.key = f"?{f.key}"
        self.found = [f for f in self.found if f.type != "person" or f.confirmed or not f.key.startswith("?")]

    def _gender_hint(self, f: Found) -> str | None:
        if f.gender:
            return f.gender
        return self.gaz.gender_of_given_name(f.key.split()[0]) if f.full else None

    def _genders(self) -> None:
        """Gender per person key: honorific, given name, or the first pronoun after a mention."""
        people = [f for f in self.found if f.type == "person" and f.confirmed]
        votes: dict[str, list[str]] = {}
        raw = self.source.raw
        for i, f in enumerate(people):
            hint = self._gender_hint(f)
            if hint:
                votes.setdefault(f.key, []).append(hint)
            s = self.source.sentence_at(f.start)
            if s is None:
                continue
            nxt = people[i + 1].start if i + 1 < len(people) else len(raw)
            window = raw[f.end:min(s.end, nxt)]
            m = _PRONOUN.search(window)
            if m:
                word = m.group(1).lower()
                votes.setdefault(f.key, []).append("m" if word in PRONOUNS_MALE else "f")
        for f in self.found:
            if f.type == "person":
                vs = votes.get(f.key, [])
                if vs:
                    f.gender = max(("m", "f"), key=lambda g: (vs.count(g), g == vs[0]))
                    if vs.count("m") == vs.count("f"):
                        f.gender = None


def recognise(source: Source, gaz: Gazetteer) -> list[Found]:
    """Every name mention of ``source`` that the rules can type (unconfirmed people included)."""
    return SourceRecogniser(source, gaz).run()
