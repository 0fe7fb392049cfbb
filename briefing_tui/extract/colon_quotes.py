"""Quotes without quotation marks: answers in a Q&A interview ("A: ...") and "Name: ..." transcripts.

``ColonParagraphs`` is the part of ``quotes.SourceQuotes`` that reads such paragraphs: the person
answering in a Q&A piece is the one most named before the first question.
"""

from __future__ import annotations


from briefing_tui.extract.marks import MarkedSpan
from briefing_tui.extract.quote_passes import PendingQuote
from briefing_tui.extract.spacing import SP, trim_span
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Entity

# "Name: words" opening a paragraph (up to four capitalised words).
COLON_LABEL = lazy_compile(r"^" + SP + r"*([A-Z][\w.'’-]*(?:" + SP + r"[A-Z][\w.'’-]*){0,3})" + SP + r"*:" + SP
                         + r"+(?=\S)")
# "Q:", "A.", "Answer -" opening a paragraph.
QA_LABEL = lazy_compile(r"^" + SP + r"*(Q|A|Question|Answer)" + SP + r"*[:.)\-–—]" + SP + r"*(?=\S)")


class ColonParagraphs:
    """Colon-labelled paragraphs of one source (mixed into ``quotes.SourceQuotes``, whose state it uses)."""

    def _interviewee(self) -> Entity | None:
        """In a Q&A piece, the person answering: the most-named person before the first question."""
        paras = self.source.paragraphs
        first_q = next((i for i, p in enumerate(paras) if QA_LABEL.match(self.raw[p.start:p.end])
                        and self.raw[p.start:p.end].lstrip()[:1] == "Q"), None)
        if first_q is None:
            return None
        limit = paras[first_q].start
        counts: dict[str, tuple[int, Entity]] = {}
        for f in self.who.people:
            if f.start < limit:
                e = self.who.entity(f)
                counts[e.id] = (counts.get(e.id, (0, e))[0] + 1, e)
        ranked = sorted(counts.values(), key=lambda ce: -ce[0])
        if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
            return None
        return ranked[0][1]

    def _colon_paragraph(self, pi: int, pstart: int, text: str, spans: list[MarkedSpan],
                         interviewee: Entity | None) -> bool:
        """"A: ..." answers in an interview, "Name: ..." transcripts (no quotation marks needed)."""
        m = QA_LABEL.match(text)
        speaker: Entity | None = None
        if m:
            if m.group(1)[0] == "Q":
                return False
            speaker, cue = interviewee, "interview"
        else:
            m = COLON_LABEL.match(text)
            if not m:
                return False
            f = self.who.mention_ending_before(pstart + m.end(1), pstart, allow_apposition=False)
            if f is None or f.start != pstart + m.start(1) or f.type != "person":
                return False
            speaker, cue = self.who.entity(f), "colon"
        body_start = m.end()
        if spans and spans[0].start <= body_start + 1:
            return False  # Name: “...” is handled with the marks
        a, b = trim_span(text, body_start, len(text))
        if a >= b:
            return False
        self.quotes.append(PendingQuote(pstart + a, pstart + b, "direct", speaker, cue, pi))
        if speaker is not None:
            self.last, self.last_para = speaker, pi
            self.who.spoke(speaker, pstart)
        return True

    # -- reported speech -----------------------------------------------------------------------------
