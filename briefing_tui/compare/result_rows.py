"""Rows of a table of election results pasted as plain lines, with no colon and no lead-in: "AP (Parti
travailliste) 28,17% (+1,9%) 53 sièges (+5)", "Høyre 14,6 % 24", "Labour | 34.2% | 412 seats". Each row is a
statement whose subject is its leading name, or the party a bracketed gloss after it names in the article's words
("H (Conservateurs, PPE)": "Conservateurs", as other outlets name it; "PPE", the European group, is no owner): its
first figure, a share, is the name's share of the votes; the first count after it that is no bracketed change, the
name's seats, when a seat word names it ("53 sièges") or, bare ("24"), when the story is about an election (a word of
election or of seats elsewhere in the source). The signed bracketed figures are the changes since the last vote and
are left as read (compare/bracketed_changes.py: they measure nothing).

Read alone, such a row has no verb: its share measures nothing and its owner is read inside the gloss ("Parti" of "(Parti travailliste)"), so an
outlet's whole table of results is in no claim. A row with any word other than a seat or vote word after its share
is a sentence, left as read; so is a line closed by a stop."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from briefing_tui.compare.measures import measure_of_word
from briefing_tui.ingest.result_lines import BRACKETED as _BRACKETED
from briefing_tui.ingest.result_lines import RESULT_ROW_HEAD
from briefing_tui.ingest.result_lines import WORD as _WORD
from briefing_tui.model import Figure

MAX_TAIL_WORDS = 2
"""After the share a row holds figures and at most this many words, each naming seats or votes ("53 sièges", "412
seats", "24 Sitze"); a longer tail is a sentence ("28% des voix, un recul de deux points")."""
ROW_MEASURES = frozenset({"seats", "votes"})
"""What the words after a row's share may name: its seats or its votes."""
SENTENCE_ENDS = ".,;:!?…"
"""What a row of a table never ends with, and a sentence of prose does (or, cut, runs on with)."""
SHARE_MEASURE = "votes"
"""The measure of a row's share: the share of the votes (as compare/labelled_rows.py gives a labelled row's)."""
SEATS_MEASURE = "seats"
# Words of an election in the story (English, French, Spanish, Portuguese, Italian, German, Dutch, Norwegian, Danish,
# Swedish, Turkish, Indonesian); German and Nordic compounds end with their head ("Bundestagswahl", "stortingsvalg").
ELECTION_WORDS = frozenset(
    """election elections elected élection élections élu élus elección elecciones elegido eleição eleições eleito
    elezione elezioni eletto wahl wahlen gewählt verkiezing verkiezingen valg valget val valet seçim seçimi
    seçimleri pemilu pemilihan""".split())
ELECTION_HEADS = ("wahl", "wahlen", "valg", "valget", "valet", "seçimi", "seçimleri")
"""Ends of compound words of an election ("Landtagswahl", "stortingsvalget", "genel seçimleri")."""


@lru_cache(maxsize=256)
def election_story(raw: str) -> bool:
    """Whether a source's text is about an election: a word of election ("élections", "Bundestagswahl", "valget") or
    of seats ("sièges", "Sitze") anywhere in it."""
    for w in _WORD.findall(raw):
        w = w.lower()
        if w in ELECTION_WORDS or w.endswith(ELECTION_HEADS) or measure_of_word(w) == SEATS_MEASURE:
            return True
    return False


def result_row_figures(text: str, offset: int, raw: str, figures: list[Figure]) -> list[Figure]:
    """The figures of a row of results (``text`` at ``offset`` in the source's ``raw`` text): its share the name's
    votes, its first unbracketed count after it the name's seats; any other sentence's figures as they are."""
    if not figures:
        return figures
    m = RESULT_ROW_HEAD.match(text)
    if m is None or text.rstrip()[-1:] in SENTENCE_ENDS:
        return figures  # (a sentence closes with a stop or runs on: "Nissan shares fell over 1%.", "tumbled 17.4%,")
    ordered = sorted(figures, key=lambda f: f.start)
    share = ordered[0]
    if share.kind != "percent" or share.relative or share.start - offset != m.end():
        return figures
    tail = _BRACKETED.sub(" ", text[share.end - offset:])
    words = [w.lower() for w in _WORD.findall(tail)]
    if len(words) > MAX_TAIL_WORDS or any(measure_of_word(w) not in ROW_MEASURES for w in words):
        return figures
    brackets = [(b.start() + offset, b.end() + offset) for b in _BRACKETED.finditer(text)]
    seats = next((f for f in ordered[1:] if f.kind == "count" and f.start > share.end
                  and not any(a <= f.start < b for a, b in brackets)), None)
    if seats is not None and seats.measure != SEATS_MEASURE and (seats.measure is not None or not election_story(raw)):
        seats = None
    if share.measure not in (None, SHARE_MEASURE) or not (seats is not None or election_story(raw)):
        return figures
    name = re.sub(r"\s+", " ", m.group("name")).strip()
    # a gloss names the party in the article's words ("H (Conservateurs, PPE)": "Conservateurs"), as the other
    # outlets name it (an abbreviation seldom): its first part is the owner, when it starts with a word
    gloss = (m.group("gloss") or "").split(",")[0].strip()
    if gloss and _WORD.fullmatch(gloss.split()[0]):
        name = gloss
    if any(measure_of_word(w.lower()) for w in _WORD.findall(name)):
        return figures  # a measure's own row ("Turnout 78.9%", "Participation 52 %"), no party's
    out = []
    for f in figures:
        if f is share:
            f = dataclasses.replace(f, measure=SHARE_MEASURE, subject=name)
        elif f is seats:
            f = dataclasses.replace(f, measure=SEATS_MEASURE, subject=name)
        elif any(a <= f.start < b for a, b in brackets):
            f = dataclasses.replace(f, measure=None, subject=None)  # a change since the last vote: no result
        out.append(f)
    return out
