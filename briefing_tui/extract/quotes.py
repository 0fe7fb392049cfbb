"""Direct and reported speech in one source, attributed to a canonical speaker or to nobody.

Direct quotes: every quoted span (see ``marks``) is either speech or a quoted term. Speech is
attributed, in order, by an adjacent attribution (“...,” X said / said X / X said: “...” / X: “...”),
by a speech verb earlier in the same sentence (X said ... “fragment”), by an earlier attribution in
the same paragraph, by the previous paragraph's speaker when this paragraph has no attribution of its
own (a quote continued without a new verb), and finally by being an echo of words the article
attributes elsewhere. Short or title-like spans without an adjacent attribution ("Cold War",
"C5+1", “soft power”) are terms, not speech.

Reported speech: "According to X, ...", "..., according to X", "X says/believes/notes/points out
(that) ...", "..., X says, ...", "as X points out, ...", "..., he said." with a named subject.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from briefing_tui.extract.colon_quotes import ColonParagraphs
from briefing_tui.extract.spacing import SP, trim_span
from briefing_tui.extract import QuotedTerm
from briefing_tui.extract.marks import MarkedSpan, quoted_spans, starts_with_mark
from briefing_tui.extract.found import Found
from briefing_tui.extract.foreign_reported import ForeignAttribution
from briefing_tui.extract.quote_text import quote_context, title_like
from briefing_tui.extract.quote_passes import (PendingQuote, attribute_echoes, drop_fragments_of_reported,
                                               fill_continuations)
from briefing_tui.extract.reported import find_reported
from briefing_tui.extract.speakers import SpeakerFinder, Who
from briefing_tui.extract.speech_table import speech_words
from briefing_tui.extract.verbs import last_speech_verb, speech_verbs, verb_at
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Entity, Quote, Source

_SENTENCE_END = lazy_compile(r"[.!?…](?=[\s”’\"»」』)]|$)")
_AFTER_LEAD = lazy_compile(r"[\s,;:—–-]*")
_AFTER_SUBJECT = lazy_compile(r"^(?:[A-Z]|(?:he|she|the|a|an|one|its|their|his|her)\b)")
_DOCUMENT_INTRO = lazy_compile(r"\b(?:letter|statement|message|note|post|email|e-mail|memo|petition|report|"
                             r"communiqué|transcript)\b[^.]*:\s*$", re.IGNORECASE)
NO_PARAGRAPH = -10  # ``last_para`` when no speaker carries over (far from any paragraph index)
ATTRIBUTION_WINDOW = 160  # characters after a closing mark searched for its attribution
NAME_WINDOW = 61  # characters after "said" in which the speaker's name must begin ("said Uyama")
MAX_SUBJECT_WORDS = 14  # words between a closing mark and the verb of its attribution ("..., the minister ... said")
VERB_TO_QUOTE_GAP = 60  # characters between an introducing verb and the colon or comma before a quote
_NICKNAME_BEFORE = lazy_compile(r"(?<![\w.’'-])[A-Z][\w.’'-]*" + SP + r"$")  # a capitalised word right before the opening mark
_NICKNAME_AFTER = lazy_compile(SP + r"[A-Z]")  # and one right after the closing mark
_NAMING_VERB = lazy_compile(r"^" + SP + r"*(?:called|calls|described|describes|dubbed)\b")  # "KCNA called the drills “...”"
class SourceQuotes(ColonParagraphs):
    """Reads one source paragraph by paragraph, keeping track of the current speaker."""

    def __init__(self, source: Source, found: list[Found], entity_of: dict[tuple[str, str], Entity]):
        self.source = source
        self.raw = source.raw
        self.who = SpeakerFinder(source, found, entity_of)
        words = speech_words(source.language)  # French, Spanish, ...: attributed through the word table too
        self.foreign = ForeignAttribution(self.who, words) if words is not None else None
        self.quotes: list[PendingQuote] = []
        self.terms: list[QuotedTerm] = []
        self._sentence_ends = [x.end for x in source.sentences]  # sorted: sentences are disjoint, in order
        self.last: Entity | None = None
        self.last_para = NO_PARAGRAPH

    # -- helpers -------------------------------------------------------------------------------------
    def _sentence_bounds(self, pos: int, pstart: int, pend: int) -> tuple[int, int]:
        s = self.source.sentence_at(pos)
        if s is not None:
            return max(s.start, pstart), min(s.end, pend)
        return pstart, pend

    def _speak(self, who: Who | None, para: int) -> Entity | None:
        if who is None:
            return None
        if who.entity is not None:
            self.last, self.last_para = who.entity, para
            self.who.spoke(who.entity, self.source.paragraphs[para].start)
        return who.entity

    # -- the walk ------------------------------------------------------------------------------------
    def run(self) -> tuple[list[PendingQuote], list[QuotedTerm]]:
        paras = self.source.paragraphs
        interviewee = self._interviewee()
        for pi, p in enumerate(paras):
            text = self.raw[p.start:p.end]
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            next_opens = nxt is not None and nxt.kind != "heading" and starts_with_mark(self.raw[nxt.start:nxt.end])
            spans = quoted_spans(text, next_opens)
            if p.kind in ("heading", "headline"):  # (a headline's quote clips the body's: a quoted term, no quote)
                self.terms.extend(QuotedTerm(self.source.id, p.start + s.start, p.start + s.end,
                                             text[s.start:s.end]) for s in spans)
                self.last, self.last_para = None, NO_PARAGRAPH
                self.who.spoke(None, -1)
                continue
            had_attribution = self._colon_paragraph(pi, p.start, text, spans, interviewee)
            had_attribution |= self._direct(pi, p.start, p.end, text, spans)
            had_attribution |= self._reported(pi, p.start, p.end, text, spans)
            if not had_attribution and not spans and self.last_para < pi:
                self.last_para = NO_PARAGRAPH  # narrative paragraph: no continuation across it
        self.quotes = drop_fragments_of_reported(self.quotes)
        fill_continuations(self.quotes)
        attribute_echoes(self.quotes, self.raw)
        return self.quotes, self.terms

    def _direct(self, pi: int, pstart: int, pend: int, text: str, spans: list[MarkedSpan]) -> bool:
        attributed = False
        para_speaker: Entity | None = None
        inherited = self.last if self.last_para == pi - 1 else None
        if inherited is None and spans and not text[:spans[0].start].strip(" \u00a0“‘\"'«"):
            inherited = self._introduced_before(pi)
        if pi and _DOCUMENT_INTRO.search(self.raw[self.source.paragraphs[pi - 1].start:pstart]):
            inherited = None  # the words of a letter or statement read out, not of the reader
        for sp in spans:
            a, b = trim_span(text, sp.start, sp.end)
            if a >= b or not any(c.isalpha() for c in text[a:b]):
                continue
            words = text[a:b].split()
            who, cue = self._adjacent(pi, pstart, pend, text, sp)
            if who is None:
                who, cue = self._in_sentence(pstart, pend, sp)
            adjacent = cue in ("after", "before", "colon")
            if len(words) <= 2 and _NICKNAME_BEFORE.search(text, max(0, sp.start - 40), sp.start - 1) and _NICKNAME_AFTER.match(
                    text, min(len(text), sp.end + 1)):
                adjacent = False  # Sen. Paolo “Bam” Aquino: a nickname inside a name
                who = None
            if not adjacent and (title_like(words) or len(words) <= 2):
                self.terms.append(QuotedTerm(self.source.id, pstart + a, pstart + b, text[a:b]))
                continue
            phrase = phrase_kind = None
            if who is not None:
                speaker = self._speak(who, pi)
                attributed = True
                if speaker is None and who.phrase is not None and who.kind == "organization":  # “...,” the ministry said
                    phrase, phrase_kind = who.phrase, who.kind
                if who.cue == "anonymous":
                    cue = "anonymous"
            elif para_speaker is not None:
                speaker, cue = para_speaker, "paragraph"
            elif inherited is not None and not attributed and not self._other_person_before(
                    pstart, pstart + sp.start, inherited):
                speaker, cue = inherited, "continuation"
                self.last_para = pi
            elif not attributed and (before := self._said_just_before(pstart, sp)) is not None:
                speaker, cue = before, "continuation"  # "..., X told the Post. “What we don't want ...”"
                self.last, self.last_para = before, pi
            else:
                speaker, cue = None, None
            if speaker is not None:
                para_speaker = speaker
            self.quotes.append(PendingQuote(pstart + a, pstart + b, "direct", speaker, cue, pi,
                                            continues=not sp.closed, phrase=phrase, phrase_kind=phrase_kind))
        return attributed

    def _introduced_before(self, pi: int) -> Entity | None:
        """The person a narrative paragraph right before a paragraph opening with a quote is about: the
        one person named in it, opening its first sentence ("Cass was part of a pay equity claim ...",
        then “It's unbelievably underhanded ...”), if that paragraph quotes nobody itself."""
        if pi == 0:
            return None
        prev = self.source.paragraphs[pi - 1]
        if prev.kind != "text" or any(c in self.raw[prev.start:prev.end] for c in "“”\"«»"):
            return None
        named = [f for f in self.who.people if prev.start <= f.start < prev.end]
        if not named or len({self.who.entity(f).id for f in named}) > 1:
            return None
        first = self.source.sentence_at(prev.start)
        f = named[0]
        if first is None or f.start >= first.end or not self.who.opens_sentence(f):
            return None
        return self.who.entity(f)

    def _said_just_before(self, pstart: int, sp: MarkedSpan) -> Entity | None:
        """The person whose speech verb ends the sentence right before a quote that opens the next
        sentence of the same paragraph ("..., Sheila Warren told The Washington Post. “What we ...”")."""
        q = pstart + sp.start
        s = self.source.sentence_at(q)
        if s is None or s.index == 0 or self.raw[max(s.start, pstart):q].strip(" \u00a0“‘\"'«"):
            return None
        prev = self.source.sentences[s.index - 1]
        if prev.start < pstart:
            return None
        verbs = list(speech_verbs(self.raw, prev.start, prev.end))
        if not verbs or any(c in self.raw[verbs[-1].start:prev.end] for c in "“”\"«»「」"):
            return None
        who = self.who.subject_of(verbs[-1].start, prev.start)
        if who is None or who.entity is None or who.entity.type != "person":
            return None
        return who.entity

    def _other_person_before(self, lo: int, hi: int, speaker: Entity) -> bool:
        """Whether the paragraph names someone else before ``hi`` (then it is not a continuation)."""
        return any(lo <= f.start < hi and self.who.entity(f).id != speaker.id for f in self.who.people)

    def _adjacent(self, pi: int, pstart: int, pend: int, text: str, sp: MarkedSpan) -> tuple[Who | None, str | None]:
        """An attribution touching the quote: after the closing mark or before the opening one."""
        if sp.closed:
            after_at = sp.end + (2 if text[sp.end:sp.end + 2] == "’’" else 1)
            lead = _AFTER_LEAD.match(text, after_at)
            pos = lead.end() if lead else after_at
            window = text[pos:pos + ATTRIBUTION_WINDOW]
            # “...,” said Uyama / said the professor
            v = verb_at(window, 0)
            if v and text[after_at:pos].strip(" \u00a0") in {",", "", "—", "–", "-"} or (
                    v and text[sp.end - 1:sp.end] in ",!?"):
                f = self.who.mention_starting_after(pstart + pos + v.end + 1, pstart + pos + v.end + NAME_WINDOW)
                if f is None:  # said one protester, who gave only her first name, Nino
                    _, s_hi = self._sentence_bounds(pstart + pos, pstart, pend)
                    f = self.who.named_later(pstart + pos + v.end, s_hi)
                if f is not None:
                    return self._named(f), "after"
                described = self.who.described_after(pstart + pos + v.end + 1, pstart + pos + v.end + NAME_WINDOW)
                if described is not None:  # said the Kazakh President / said the ministry
                    return described, "after"
                return Who(None, "anonymous"), "after"
            # “...,” Uyama said / he said / the minister added
            m = next(speech_verbs(window), None)
            lead_in = window[:m.start] if m else ""
            if m and _AFTER_SUBJECT.match(window) and len(lead_in.split()) <= MAX_SUBJECT_WORDS and not _SENTENCE_END.search(lead_in) \
                    and not any(c in lead_in for c in "“”\"«»「」"):
                who = self.who.subject_of(pstart + pos + m.start, pstart + pos)
                if who is not None:
                    return who, "after"
            if self.foreign is not None and text[after_at:pos].strip(" \u00a0") in {",", "", "—", "–", "-"}:
                who = self.foreign.after_quote(pstart + pos, self._sentence_bounds(pstart + pos, pstart, pend)[1])
                if who is not None:  # « ... », confie Khadija Ouaziz / “...”, explicó.
                    return who, "after"
        # Uyama said: “...” / He told reporters, “...” / Uyama: “...”
        s_lo, _ = self._sentence_bounds(pstart + sp.start - 1, pstart, pend)
        before = self.raw[max(s_lo, pstart):pstart + sp.start - 1]
        stripped = before.rstrip(" \u00a0")
        if stripped.endswith((":", ",")):
            head = stripped[:-1]
            m = last_speech_verb(head)
            if m is not None and not any(c in head[m.end:] for c in ".“”\"") and len(head) - m.end <= VERB_TO_QUOTE_GAP:
                who = self.who.subject_of(max(s_lo, pstart) + m.start, max(s_lo, pstart))
                if who is not None:
                    return who, "before"
            if stripped.endswith(":"):
                lo = max(s_lo, pstart)
                f = self.who.mention_ending_before(lo + len(head), lo, allow_apposition=False)
                if f is None:  # "Finance Minister Olga Petrenko, speaking later, was blunt: “...”"
                    named = {self.who.entity(g).id: g for g in self.who.people if lo <= g.start < lo + len(head)}
                    if len(named) > 1:  # "Alice Weidel warf Merz ... vor: „...“": the one opening the sentence
                        named = {k: g for k, g in named.items() if self.who.opens_sentence(g)}
                    f = next(iter(named.values())) if len(named) == 1 else None
                if f is not None:
                    return self._named(f), "colon"
        if self.foreign is not None:  # X a assuré que « ... » / X sagte: „...“
            who, adjacent = self.foreign.before_quote(max(s_lo, pstart), pstart + sp.start - 1)
            if who is not None:
                return who, "before" if adjacent else "clause"
        return None, None

    def _named(self, f: Found) -> Who:
        return Who(self.who.entity(f), "name", f.start)

    def _in_sentence(self, pstart: int, pend: int, sp: MarkedSpan) -> tuple[Who | None, str | None]:
        """X said ... “fragment” (or “fragment” ..., X said ...): a speech verb of the same sentence."""
        s_lo, s_hi = self._sentence_bounds(pstart + sp.start, pstart, pend)
        m = last_speech_verb(self.raw, s_lo, pstart + sp.start - 1)
        if m is not None:
            who = self.who.subject_of(m.start, s_lo)
            if who is not None:
                return who, "clause"
            if _NAMING_VERB.match(self.raw[m.start:m.end + 1]):
                return Who(None, "anonymous"), "clause"  # "KCNA called the drills “...”": someone else
        tail_lo = pstart + sp.end + 1
        for m in speech_verbs(self.raw, tail_lo, max(tail_lo, s_hi)):
            if any(c in self.raw[tail_lo:m.start] for c in "“”\"«»「」"):
                break
            who = self.who.subject_of(m.start, tail_lo)
            if who is not None and who.entity is not None:
                return who, "clause"
        return None, None

    def _reported(self, pi: int, pstart: int, pend: int, text: str, spans: list[MarkedSpan]) -> bool:
        found = False
        inside = [(pstart + s.start, pstart + s.end) for s in spans]
        sentences = self.source.sentences
        for si in range(bisect_right(self._sentence_ends, pstart), len(sentences)):
            s = sentences[si]
            if s.start >= pend:
                break
            lo, hi = max(s.start, pstart), min(s.end, pend)
            hits = find_reported(self.raw, lo, hi, inside, self.who)
            if self.foreign is not None:  # "X a affirmé que ...", "selon X, ..."
                hits += [h for h in self.foreign.reported(lo, hi, inside)
                         if not any(h.start < g.end and g.start < h.end for g in hits)]
            for hit in hits:
                who = hit.who
                a, b = trim_span(self.raw, hit.start, hit.end)
                while b > a and self.raw[b - 1] in ".!?":
                    b -= 1
                if b - a < MIN_REPORTED or any(x <= a and b <= y for x, y in inside):
                    continue  # a fragment, or the whole clause is a direct quote
                if who.entity is None and who.phrase is None and who.cue == "anonymous":
                    continue  # "analysts said", "the summit emphasized": the article's own prose
                if who.entity is not None:
                    self._speak(who, pi)
                    found = True
                elif who.phrase is not None and who.kind == "organization":
                    self.who.spoke_as(who.phrase, a)
                self.quotes.append(PendingQuote(a, b, "reported", who.entity, hit.cue, pi,
                                                phrase=who.phrase, phrase_kind=who.kind))
        return found

MIN_REPORTED = 12  # characters: a shorter reported "clause" is a fragment
def source_quotes(source: Source, found: list[Found],
                  entity_of: dict[tuple[str, str], Entity]) -> tuple[list[Quote], list[QuotedTerm]]:
    """Every direct and reported quote of ``source`` (ids from source id and offsets)."""
    found1, terms = SourceQuotes(source, found, entity_of).run()
    quotes: list[Quote] = []
    for q in sorted(found1, key=lambda q: (q.start, q.end, q.kind)):
        s1 = source.sentence_at(q.start)
        s2 = source.sentence_at(max(q.start, q.end - 1))
        if s1 is not None and s2 is not None:
            span = (s1.start, max(s1.end, s2.end))
        else:
            p = next((p for p in source.paragraphs if p.start <= q.start < p.end), None)
            span = (p.start, p.end) if p else (q.start, q.end)
        sentence = quote_context(source.raw, *span, q.start, q.end)
        speaker = q.speaker.name if q.speaker else q.phrase
        kind = q.speaker.type if q.speaker else q.phrase_kind if q.phrase else None
        quotes.append(Quote(
            id=f"{source.id}:{q.start}-{q.end}", text=source.raw[q.start:q.end],
            speaker=speaker, kind=q.kind, source=source.id, start=q.start,
            end=q.end, sentence=sentence, sentence_index=s1.index if s1 else None,
            speaker_entity=q.speaker.id if q.speaker else None, cue=q.cue, speaker_type=kind))
    return quotes, terms
