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
from dataclasses import dataclass

from briefing_tui.extract.cues import (
    AFFILIATION_BEFORE, AGE, APPOSITION, CONNECTORS, HEAD_AFTER, HEAD_OF, NAMED_APART, PLACE_AFTER, PLACE_BEFORE,
    PRONOUN, PRONOUN_SAID, SENTENCE_LEAD, TITLE_SET, VERB_BEFORE, WHO_CLAUSE, norm_word, role_words, title_before,
    title_span, verb_follows,
)
from briefing_tui.extract.gazetteer import Gazetteer
from briefing_tui.extract.lexicon import (
    ANONYMOUS_SUBJECTS, FEMALE_HONORIFICS, MALE_HONORIFICS, NAME_GIVEN_BEFORE, NEVER_NAMES, ORG_HEAD_NOUNS,
    ORG_KEYWORDS, PERSON_PARTICLES, PLACE_KEYWORDS, PRONOUNS_MALE, ROLE_NOUNS,
)
from briefing_tui.extract.marks import quoted_spans
from briefing_tui.extract.names import Token, fold, name_runs
from briefing_tui.model import Source


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
        if SENTENCE_LEAD.match(ptext[:rel]):
            return True
        s = self.source.sentence_at(pstart + rel)
        if s is None:
            return SENTENCE_LEAD.match(ptext[max(0, rel - 3):rel] or "") is not None and \
                ptext[:rel].rstrip(" \u00a0“‘\"'")[-1:] in ".!?:\n"
        return SENTENCE_LEAD.match(self.source.raw[s.start:pstart + rel]) is not None

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
            # a short quoted span ("Cold War", “Middle Corridor”) is a term or slogan, not a new name
            terms = [(q.start, q.end) for q in quoted_spans(ptext) if len(ptext[q.start:q.end].split()) <= 5]
            for run in name_runs(ptext):
                for part in self._split_connectors(ptext, run):
                    part = self._trim(ptext, p.start, part)
                    if not part:
                        continue
                    if heading or any(a <= part[0].start and part[-1].end <= b for a, b in terms):
                        # headings are title-cased and terms are quoted: only names we already know
                        self._split_known(ptext, p.start, part, people=False)
                    else:
                        self._classify(ptext, p.start, part)
        self._link_within()
        self._genders()
        self.found.sort(key=lambda f: (f.start, f.end))
        return self.found

    def _split_connectors(self, ptext: str, run: list[Token]) -> list[list[Token]]:
        """Cut "Xi Jinping and Kazakh President Tokayev in June" at connectors unless the whole is one name."""
        cuts = [i for i, t in enumerate(run) if t.text in CONNECTORS]
        if not cuts or self.gaz.lookup(self._text(ptext, run)) is not None:
            return [run]
        words = [norm_word(t) for t in run]
        title = title_span(run, first=True)
        if title is not None and title[0] < cuts[0]:
            # "Professor Timour Dadabayev | of the University of Tsukuba"
            after = [i for i in cuts if i >= title[1]]
            if after:
                rest = run[after[0]:]
                while rest and rest[0].text in CONNECTORS:
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
            if t.text in CONNECTORS:
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
            low = norm_word(first)
            if low in TITLE_SET and len(run) > 1:
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
        span = title_span(run)
        if span is not None:
            rest = run[span[1]:]
            rest_words = {norm_word(t) for t in rest}
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
        if hit is None and norm_word(run[0]) == "the" and len(run) > 1:
            run, text = run[1:], self._text(ptext, run[1:])
            hit = self.gaz.lookup(text)
        if hit is not None:
            self._emit(ptext, pstart, run, hit[1], hit[0])
            return
        words = [norm_word(t) for t in run]
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
        while rest and (norm_word(rest[0]) in NEVER_NAMES or rest[0].text in PERSON_PARTICLES):
            rest = rest[1:]
        if rest:
            self._person(ptext, pstart, rest, confirmed=None)

    def _person(self, ptext: str, pstart: int, toks: list[Token], role: str | None = None,
                confirmed: bool | None = True) -> None:
        """A person candidate; ``confirmed=None`` means: look for evidence around it."""
        a, b = toks[0].start, toks[-1].end
        if any(t.text[0].isdigit() for t in toks):
            return
        if (len(toks) == 1 and role is None and PLACE_BEFORE.search(ptext[max(0, a - 12):a])
                and PLACE_AFTER.match(ptext[b:b + 2]) and not self._at_sentence_start(ptext, pstart, a)):
            self._emit(ptext, pstart, toks, "place", toks[0].text)  # "a factory in Arizona."
            return
        if all(t.text.isupper() and len(t.text) > 1 for t in toks):
            # "news agency KCNA", "KCNA said": an unknown acronym that acts is an organisation
            before_word = ptext[max(0, a - 30):a].split()[-1:] or [""]
            if (before_word[0].lower() in ORG_HEAD_NOUNS or verb_follows(ptext[b:b + 200], apposition=False)
                    or AFFILIATION_BEFORE.search(ptext[max(0, a - 60):a])):
                self._emit(ptext, pstart, toks, "organization", self._text(ptext, toks))
            return
        before, after = ptext[max(0, a - 60):a], ptext[b:b + 200]
        gender = None
        if role is None:
            title = title_before(before)
            if title:
                role, confirmed = title, True
        if role:
            low = role.lower().rstrip(".").split()[-1]
            gender = "m" if low in MALE_HONORIFICS else "f" if low in FEMALE_HONORIFICS else None
        m = APPOSITION.match(after)
        if m and any(w in ROLE_NOUNS or w.rstrip("s") in ROLE_NOUNS for w in role_words(m.group(0))):
            confirmed = True
            role = role or after[2:m.end()].strip()
        elif AGE.match(after) or WHO_CLAUSE.match(after) or NAME_GIVEN_BEFORE.search(before):
            confirmed = True  # "Haaland, 23,", "Haaland, who ...", "gave only her first name, Nino"
        if not confirmed:
            # "Industry, said" is the tail of an apposition; "the owner, Kazakhmys, said" is a name
            named_apart = len(toks) > 1 or before.rstrip(" \u00a0").endswith(",")
            confirmed = bool(verb_follows(after, apposition=named_apart) or VERB_BEFORE.search(before)
                             or (len(toks) == 1 and (HEAD_AFTER.match(after)))
                             or (len(toks) > 1 and HEAD_OF.search(before))
                             or (len(toks) > 1 and self.gaz.gender_of_given_name(toks[0].text)))
        if len(toks) == 1 and VERB_BEFORE.search(before) and before.rstrip().lower().endswith("by"):
            confirmed = False  # "by Tokyo": a single word after "by" is too weak
        if AFFILIATION_BEFORE.search(before):  # "an analyst at Nomura Securities": where people work
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
        carried = {fold(part) for g in fulls if g.confirmed for part in (g.surname, g.key.split()[0])}
        for f in people:  # a sentence-initial "Kurbanov believes" stands once a full name carries it
            if not f.full and not f.confirmed and fold(f.key) in carried:
                f.confirmed = True
        apart = [f for f in people if not f.full and NAMED_APART.search(self.source.raw[max(0, f.start - 3):f.start])
                 and self.source.raw[f.end:f.end + 1] == ","]
        for i, f in enumerate(sorted(fulls + apart, key=lambda g: g.start)):
            # "One of them, Tom Gallagher, ... “...,” he said." / "Her son, Karim, ... He says"
            if not f.confirmed:
                nxt = next((g.start for g in people if g.start > f.start and g.confirmed), len(self.source.raw))
                m = PRONOUN_SAID.search(self.source.raw, f.end, min(nxt, f.end + 400))
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
            m = PRONOUN.search(window)
            if m:
                word = m.group(1).lower()
                votes.setdefault(f.key, []).append("m" if word in PRONOUNS_MALE else "f")
        # the majority per key, counted once per key (not once per mention: quadratic for a repeated name)
        majority = {key: None if vs.count("m") == vs.count("f") else max(("m", "f"), key=vs.count)
                    for key, vs in votes.items()}
        for f in self.found:
            if f.type == "person" and f.key in majority:
                f.gender = majority[f.key]


def recognise(source: Source, gaz: Gazetteer) -> list[Found]:
    """Every name mention of ``source`` that the rules can type (unconfirmed people included)."""
    return SourceRecogniser(source, gaz).run()
