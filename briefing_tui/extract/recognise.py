"""Recognise the people, organisations and places named in one source.

General rules only: capitalised runs are split at titles ("Japanese Prime Minister Sanae Takaichi" ->
Japan + a person), looked up in the gazetteer, typed by keywords ("... University", "... Sea"), and a
run becomes a person only with evidence: a title or role next to it, an apposition ("X, a professor
of ..."), a speech verb, "according to", an honorific, a known given name, or a later surname-only
mention that has such evidence. Surname and title-plus-surname mentions are linked to the full name
given earlier in the same article; a surname shared by two people stays unresolved.
"""

from __future__ import annotations


from briefing_tui.language_table import (
    NOUN_CAPITALISING_LANGUAGES, all_function_words, elided_common, function_words_of,
)
from briefing_tui.extract.acronyms import name_defined_acronyms
from briefing_tui.extract.cues import (CONNECTORS, GLUED_SENTENCE_END, JURISDICTION_WORDS, SENTENCE_LEAD, TITLE_SET,
                                      norm_word, title_span, title_cased)
from briefing_tui.extract.found import Found
from briefing_tui.extract.gazetteer import Gazetteer
from briefing_tui.extract.institution_words import common_lead, common_noun, is_institution
from briefing_tui.extract.outlets import CREDIT_HINT, is_credit
from briefing_tui.extract.lexicon import (NAME_CONNECTORS, NEVER_NAMES, ORG_KEYWORDS,
                                          PERIOD_ONLY_TITLES, ROLE_NOUNS, PERSON_PARTICLES, PLACE_KEYWORDS)
from briefing_tui.extract.marks import quoted_spans
from briefing_tui.extract.names import Token, acronym_leads_cut, name_runs
from briefing_tui.extract.nicknames import join_nicknames
from briefing_tui.extract.person_evidence import judge_person
from briefing_tui.extract.place_given import place_given_name
from briefing_tui.extract.title_words import is_title, officers_company
from briefing_tui.extract.within_article import assign_genders, link_within
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Source

__all__ = ["Found", "SourceRecogniser", "recognise"]

_LOWER_WORD = lazy_compile(r"\b[a-z][a-z'-]*\b")
_ORG_INNER_CONNECTORS = frozenset({"for", "of", "and", "the"})  # "Council for Innovation", "Bank of England"
ENGLISH = frozenset({None, "en"})  # a source's language when it is English (None: not known, read as English)


class SourceRecogniser:
    """Finds and types the names of one source; see the module docstring for the rules."""

    def __init__(self, source: Source, gaz: Gazetteer):
        self.source = source
        self.gaz = gaz
        raw = source.raw
        self.body = "\n".join(raw[p.start:p.end] for p in source.paragraphs)
        self.lower_vocab = set(_LOWER_WORD.findall(self.body))
        self.found: list[Found] = []
        # the article's language's function words, but not the particles of names ("Le Pen", "Da Silva")
        self.function_words = function_words_of(source.language) - PERSON_PARTICLES - NAME_CONNECTORS
        # a text not in English: the function words of the languages the table knows are none of its role nouns
        self.foreign_function_words = (all_function_words() if source.language not in ENGLISH
                                       else frozenset())

    def _common_compound(self, tok: Token) -> bool:
        """A capitalised word joined by hyphens to words the article writes in lower case ("Post-acquisition",
        "Anti-corruption"): a common compound, not a name (a name's parts are capitalised: "Bankman-Fried")."""
        rest = tok.text.split("-")[1:]
        return bool(rest) and all(part[:1].islower() and part in self.lower_vocab for part in rest)

    # -- helpers -------------------------------------------------------------------------------------
    def _sentence_of(self, offset: int) -> int | None:
        s = self.source.sentence_at(offset)
        return s.index if s else None

    def _at_sentence_start(self, ptext: str, pstart: int, rel: int) -> bool:
        if SENTENCE_LEAD.match(ptext[:rel]) or GLUED_SENTENCE_END.match(ptext, max(0, rel - 2), rel):
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
            heading = p.kind == "heading" or (p.kind == "headline" and title_cased(ptext))
            # a short quoted span ("Cold War", “Middle Corridor”) is a term or slogan, not a new name
            terms = [(q.start, q.end) for q in quoted_spans(ptext) if len(ptext[q.start:q.end].split()) <= 5]
            credits = CREDIT_HINT.search(ptext) is not None  # (only then is a run checked for a credit)
            given = self.gaz.gender_of_given_name
            runs = join_nicknames(ptext, acronym_leads_cut(name_runs(ptext), given), terms,
                                  lambda w: given(w) is not None)
            for run in runs:
                for part in self._split_connectors(ptext, run):
                    part = self._trim(ptext, p.start, part)
                    if not part:
                        continue
                    if credits and is_credit(ptext, part[0].start, part[-1].end, " ".join(t.text for t in part[:2])):
                        continue  # "Getty Images Kevin Vickers", "(Niall Carson/PA)": a photo credit
                    if heading or any(a <= part[0].start and part[-1].end <= b for a, b in terms):
                        # headings are title-cased and terms are quoted: only names we already know
                        self._split_known(ptext, p.start, part, people=False)
                    else:
                        self._classify(ptext, p.start, part)
            if "(" in ptext:  # "le Centre national pour la recherche scientifique et technique (CNRST)"
                name_defined_acronyms(ptext, p.start, self.found, self._sentence_of)
        self.found = link_within(self.source, self.found, self.gaz)
        assign_genders(self.source, self.found, self.gaz)
        self.found.sort(key=lambda f: (f.start, f.end))
        return self.found

    def _split_connectors(self, ptext: str, run: list[Token]) -> list[list[Token]]:
        """Cut "Xi Jinping and Kazakh President Tokayev in June" at connectors unless the whole is one name."""
        cuts = [i for i, t in enumerate(run) if t.text in CONNECTORS]
        if not cuts or self.gaz.lookup(self._text(ptext, run)) is not None:
            return [run]
        words = [norm_word(t) for t in run]
        both = next((i for i in cuts if 0 < i < len(run) - 1 and run[i].text == "and" and (run[i + 1].text == "The" or (
            run[i + 1].text == "the" and "of" not in words[:i]))), None)
        if both is not None:  # "The New York Times and The Washington Post", "Greens and the Left": two names
            return [*self._split_connectors(ptext, run[:both]), *self._split_connectors(ptext, run[both + 1:])]
        title = title_span(run, first=True)
        if title is not None and title[0] > cuts[0] and set(words[:title[0]]) & ORG_KEYWORDS and all(
                words[i] in _ORG_INNER_CONNECTORS for i in cuts if i < title[0]):
            # "Crypto Council for Innovation CEO Sheila Warren": the organisation's name runs to the title
            return [*self._split_connectors(ptext, run[:title[0]]), *self._split_connectors(ptext, run[title[0]:])]
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
            if low in NEVER_NAMES or first.text in {"of", "and", "the", "for", "in", "on"} or elided_common(first.text):
                run = run[1:]  # ("L’intermédiaire Alexandre Djouhri": an article and a noun, then the name)
                continue
            if ((low in self.lower_vocab or low in self.function_words or self._common_compound(first))
                    and self.gaz.lookup(first.text) is None and self._at_sentence_start(ptext, pstart, first.start)):
                # a common word (or a function word of the article's language: "Avec Kellanova, Mars
                # diversifie") capitalised because it opens the sentence is no part of a name
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
                lead = run[:span[0]]
                if len(lead) >= 2 and norm_word(lead[-1]) in JURISDICTION_WORDS and self.gaz.lookup(
                        self._text(ptext, lead[:-1])) is not None:
                    # "U.S. District Judge X": "District" belongs to the title (a judge of a district
                    # court), the country before it stays a place; "U.S. District" is no place
                    span, lead = (span[0] - 1, span[1]), lead[:-1]
                title = self._text(ptext, run[span[0]:span[1]])
                if lead:
                    self._classify_plain(ptext, pstart, lead)
                self._person(ptext, pstart, rest, role=title, confirmed=True)
                return
        self._classify_plain(ptext, pstart, run)

    @staticmethod
    def _text(ptext: str, toks: list[Token]) -> str:
        return ptext[toks[0].start:toks[-1].end]

    def _classify_plain(self, ptext: str, pstart: int, run: list[Token]) -> None:
        run = run[common_lead([t.text for t in run], self.source.language, lambda w: bool(  # ("Antrag von Union")
            self.gaz.gender_of_given_name(w) or self.gaz.lookup(w) or w.lower() in TITLE_SET)):]
        text = self._text(ptext, run)
        hit = self.gaz.lookup(text)
        if hit is None and norm_word(run[0]) == "the" and len(run) > 1:
            run, text = run[1:], self._text(ptext, run[1:])
            hit = self.gaz.lookup(text)
        if hit is not None:
            self._emit(ptext, pstart, run, hit[1], hit[0])
            return
        words = [norm_word(t) for t in run]
        for i in range(1, len(run) - 2):
            # "Assembly of Manitoba Chiefs Grand Chief Kyra Wilson": a title, then a known given name
            rest = words[i + 1:]
            if words[i] in TITLE_SET and len(rest) <= 3 and not set(rest) & (ORG_KEYWORDS | PLACE_KEYWORDS) and (
                    self.gaz.gender_of_given_name(run[i + 1].text) or set(words[:i]) & ORG_KEYWORDS):
                self._classify_plain(ptext, pstart, run[:i])
                self._person(ptext, pstart, run[i + 1:], role=self._text(ptext, run[i:i + 1]))
                return
        # "Travis County", "Uhuru Gardens": a given name that opens a place or organisation name is not a person's
        first_given = (self.gaz.gender_of_given_name(run[0].text) is not None and len(run) > 1
                       and words[-1] not in PLACE_KEYWORDS and not {*words[1:]} & ORG_KEYWORDS) or place_given_name(
            self.gaz, [t.text for t in run], self.body, self.lower_vocab)
        if not first_given and ((len(run) > 1 and set(words) & ORG_KEYWORDS)
                                or (is_institution([t.text for t in run], self.source.language) and not any(
                                    self.gaz.gender_of_given_name(t.text) for t in run[1:]))):  # "Banco Central"
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

    def _title_words_before_given_name(self, toks: list[Token]) -> int:
        """How many words of a title run into a name: "Health Secretary Wes Streeting" -> 2 (a title or
        role word among them, then a known given name with a surname after it); 0 when none."""
        for i in range(1, len(toks) - 1):
            if self.gaz.gender_of_given_name(toks[i].text) and any(
                    norm_word(t) in TITLE_SET or norm_word(t) in ROLE_NOUNS for t in toks[:i]):
                return i
        return 0

    def _person(self, ptext: str, pstart: int, toks: list[Token], role: str | None = None,
                confirmed: bool | None = True) -> None:
        """A person candidate; ``confirmed=None`` means: look for evidence around it.

        Titles and honorifics in front ("Lt Gen", "Datuk Seri", "Shri") are not part of the name
        (they become its role); a candidate made of titles only ("Prime Minister") is nobody."""
        if all(is_title(t) for t in toks) or " ".join(norm_word(t) for t in toks) in TITLE_SET:
            return  # "Prime Minister", "Finance Minister": a title alone is nobody
        if len(toks) > 1 and len(toks[-1].text) == 1 and not ptext[toks[-1].end:].strip():
            return  # "... such as Bernard M": a name cut off where the text is cut off is not known
        lead = 0
        while lead < len(toks) - 1 and (is_title(toks[lead], toks[lead + 1])
                                        or (lead and norm_word(toks[lead]) in PERIOD_ONLY_TITLES)
                                        or ((norm_word(toks[lead]) in TITLE_SET or norm_word(toks[lead]) in ROLE_NOUNS)
                                            and len(toks) - lead >= 3
                                            and self.gaz.gender_of_given_name(toks[lead + 1].text))):
            lead += 1  # "Lt Gen Malik": a rank after a rank is one too; "Leader Doug Ford"
        if not lead:
            lead = self._title_words_before_given_name(toks)
        if (not lead and len(toks) > 1 and norm_word(toks[0]) in ROLE_NOUNS
                and self.gaz.gender_of_given_name(toks[0].text) is None
                and self._at_sentence_start(ptext, pstart, toks[0].start)):
            lead = 1  # "Opponent Hou conceded defeat": a role noun capitalised because it opens the sentence
        if lead:
            role = role or self._text(ptext, toks[:lead])
            confirmed = True if confirmed is None else confirmed
            toks = toks[lead:]
        if role and (company := officers_company(role, toks)) is not None:  # "el CEO de Tesla": Tesla
            self._emit(ptext, pstart, company, "organization", self._text(ptext, company))
            return
        verdict = judge_person(ptext, toks, role, confirmed, self.gaz,
                               lambda rel: self._at_sentence_start(ptext, pstart, rel),
                               nouns_capitalised=self.source.language in NOUN_CAPITALISING_LANGUAGES,
                               not_roles=self.foreign_function_words, language=self.source.language,
                               common_word=lambda word: common_noun(word, self.body))
        if verdict is not None:
            kind, key, details = verdict
            self._emit(ptext, pstart, toks, kind, key, **details)


def recognise(source: Source, gaz: Gazetteer) -> list[Found]:
    """Every name mention of ``source`` that the rules can type (unconfirmed people included)."""
    return SourceRecogniser(source, gaz).run()
