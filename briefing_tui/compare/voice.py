"""Whose voice a sentence is: the outlet's own, a quoted speaker or a reported one.

Quotes from ``corpus.quotes`` (the extraction stage) win; without them a light reading of the
sentence finds "X said", "according to X" and quotation marks. A pronoun ("he said") takes the
speaker named in the nearest earlier attribution of the same source, at most three sentences back;
otherwise the speaker stays unknown (None).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from briefing_tui.compare.terms import NOT_NAMES
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Quote, Sentence, StatementVoice

_VERBS = (r"said|says|say|noted|notes|note|added|adds|told|tells|believes|believe|explains|explained|argues|argued|"
          r"warned|warns|stressed|stresses|highlights|highlighted|points out|pointed out|claims|claimed|insisted|insists|"
          r"observes|observed|wrote|writes|thinks|thought|suggests|suggested|stated|states|announced|announces|emphasised|"
          r"emphasized|remarked|commented")
_TITLE = r"(?:(?:Professor|Prof\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|President|Minister|Prime Minister)\s+)?"
_NAME_WORDS = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,5}"
# A relative clause set off by commas after a name, commas inside it ("Mars, whose brands include M&M's, Snickers and
# Milky Way, said"): the verb after it is the name's.
_RELATIVE = r",\s(?:whose|which|who)\s[^.;:!?“”\"]{3,160}?,"
_PRONOUN = r"(?P<pron>\b(?:he|she|they)\b)"
_ATTRIBUTION = lazy_compile(
    # (a name starts a word: without the look-behind every capital of "AAAA..." starts a scan to the end)
    rf"(?<![\w'’&-]){_TITLE}(?P<n1>{_NAME_WORDS})(?:{_RELATIVE}|,\s[^,]{{3,120}},)?\s+(?:{_VERBS})\b"
    rf"|\b(?i:according to)\s+{_TITLE}(?P<n2>{_NAME_WORDS})"
    rf"|\b(?i:as)\s+{_TITLE}(?P<n4>{_NAME_WORDS})\s+(?:{_VERBS})\b"
    rf"|\b(?:{_VERBS})\s+{_TITLE}(?P<n3>{_NAME_WORDS})\b"
    rf"|{_PRONOUN}\s+(?:{_VERBS})\b"
    rf"|\b(?:according to|reported by)\s+(?P<anon>[a-z][\w\s]{{2,40}}?(?:sources|reports|officials|media|experts|analysts))",
)
# Saying verbs that are also plural nouns ("states", "notes", "claims"): a verb only before a clause.
_NOUN_VERBS = frozenset("states notes claims points highlights thinks".split())
_CLAUSE = lazy_compile(r"\s*(?:that\b|[,:“\"‘'«]|$)")
_LOWER_NEXT = lazy_compile(r"(?<!\s)\s+[a-z]")
# The first word of every alternative of _ATTRIBUTION that is not a name: one must be in the sentence.
_CUE_WORDS = frozenset(v.split()[0] for v in _VERBS.split("|")) | {"according", "reported"}
# A quotation of 12+ characters: an opening mark followed by 12 characters none of which closes it,
# then a closing mark somewhere later (two linear searches; one pattern "[“"«][^”"»]{12,}[”"»]" is
# quadratic on a run of opening marks).
_QUOTE_OPENS = lazy_compile(r"[“\"«][^”\"»]{12}")
_QUOTE_CLOSES = lazy_compile(r"[”\"»]")
# Words of a job title or honorific written before a name ("Transport Minister Ana Berg", "Deputy Governor
# Li Wei"): the speaker is the name after the last of them.
ROLE_WORDS = frozenset(
    """minister ministers president secretary spokesman spokeswoman spokesperson chairman chairwoman director
    governor mayor ambassador senator congressman congresswoman representative professor prof prof. dr dr. mr mr.
    mrs mrs. ms ms. chief executive ceo cfo king queen prince princess premier chancellor commissioner envoy
    economist researcher captain colonel lieutenant sergeant commander officer manager deputy vice prime foreign
    founder sheikh sir reverend rev. bishop pope mp""".split())
PRONOUNS = frozenset({"he", "she", "they"})
_NOT_SPEAKERS = frozenset({"It", "This", "That", "There", "The", "Experts", "Analysts"})
# Days and months written right after a verb of saying ("prison authorities said Monday", "the ministry said
# Tuesday night"): when the statement was made, never who made it.
_TIME_AFTER_VERB = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today tonight yesterday january february march april
    may june july august september october november december""".split())


@dataclass(frozen=True, slots=True)
class Voice:
    """The outlet ("outlet"), a direct quotation ("quoted") or reported speech ("reported"), and who."""

    kind: StatementVoice
    speaker: str | None = None
    # what the speaker is reported to say, as the quotes found in the sentence give it: (start, end) offsets in the
    # sentence's text; empty when no quote marks it (the outlet's voice, or a voice read from the wording alone). Not
    # part of what the voice is: a sentence repeated word for word in another source, whose quote the extraction keeps
    # with the first source's, is still one voice, and one statement unit.
    said: tuple[tuple[int, int], ...] = field(default=(), compare=False)


@lru_cache(maxsize=1 << 15)
def person_name(written: str | None) -> str | None:
    """The name alone from how a speaker is written: job titles and honorifics before it dropped
    ("Transport Minister Ana Berg" -> "Ana Berg"); None when only a title or a pronoun is left."""
    if not written:
        return None
    words = re.sub(r"[’']s$", "", " ".join(written.split())).split()
    last_role = max((i for i, w in enumerate(words) if w.lower() in ROLE_WORDS), default=-1)
    words = words[last_role + 1:]
    if not words or (len(words) == 1 and (words[0].lower() in PRONOUNS or len(words[0]) == 1)):
        return None  # a pronoun, or a single letter (the "M" of "M&M's"): nobody's name
    return " ".join(words)


@lru_cache(maxsize=1 << 15)
def _attribution(text: str) -> tuple[bool, str | None, bool]:
    """(attributed?, speaker name or None, by pronoun?) for one sentence."""
    if _CUE_WORDS.isdisjoint(re.findall(r"[a-z]+", text.lower())):
        return False, None, False  # no saying verb, no "according to": the costly pattern cannot match
    for m in _ATTRIBUTION.finditer(text):
        written = m.group("n1") or m.group("n2") or m.group("n3") or m.group("n4")
        after = text[m.end():m.end() + 12]
        if m.group("n2") and _LOWER_NEXT.match(after):
            return True, None, False  # "according to Japanese media reports": a description, no one named
        if (m.group("n1") or m.group("n4")) and m.group(0).split()[-1] in _NOUN_VERBS and not _CLAUSE.match(after):
            continue  # "the five Central Asian states as a unified entity": a plural noun, not a saying verb
        if m.group("n3") and m.group(0).split()[0] in _NOUN_VERBS:
            continue  # "China – which claims Taiwan as part of its territory": a name after it is its object
        if m.group("n3") and m.group("n3").split()[0].lower() in _TIME_AFTER_VERB:
            return True, None, False  # "prison authorities said Monday": said by someone, on a day

        if written and written.split()[0].lower() in PRONOUNS:
            return True, None, True  # "He notes that ...": a pronoun, not a name
        if written and written.split()[0] not in _NOT_SPEAKERS and written.split()[0].lower() not in NOT_NAMES:
            return True, person_name(written), False
        if m.group("pron"):
            return True, None, True
        if m.group("anon"):
            return True, None, False
    return False, None, False


def sentence_voices(sentences: Sequence[Sentence], quotes: Iterable[Quote] = ()) -> dict[int, Voice]:
    """The voice of every sentence of one source, keyed by sentence index."""
    by_sentence: dict[int, Quote] = {}
    said: dict[int, list[tuple[int, int]]] = {}
    spans = sorted(((q.start, q.end, q) for q in quotes), key=lambda t: (t[0], t[1]))
    # each quote marks the sentences it overlaps (found by bisection: sentences are disjoint and in order);
    # the first quote in (start, end) order wins; every quote's words in a sentence are what it says
    in_order = sorted(sentences, key=lambda s: s.start)
    ends = [s.end for s in in_order]
    for start, end, q in spans:
        i = bisect_right(ends, start)
        while i < len(in_order) and in_order[i].start < end:
            s = in_order[i]
            by_sentence.setdefault(s.index, q)
            said.setdefault(s.index, []).append((max(start, s.start) - s.start, min(end, s.end) - s.start))
            i += 1
    voices: dict[int, Voice] = {}
    last_named: tuple[int, str] | None = None
    for s in sentences:
        q = by_sentence.get(s.index)
        if q is not None:
            kind = "quoted" if q.kind == "direct" else "reported"
            speaker = person_name(q.speaker)
            voices[s.index] = Voice(kind, speaker, tuple(said[s.index]))
            if speaker:
                last_named = (s.index, speaker)
            continue
        attributed, name, pronoun = _attribution(s.text)
        opens = _QUOTE_OPENS.search(s.text)
        quoted = attributed and opens is not None and _QUOTE_CLOSES.search(s.text, opens.end()) is not None
        if not attributed:
            voices[s.index] = Voice("outlet")
            continue
        if name is None and pronoun and last_named and s.index - last_named[0] <= 3:
            name = last_named[1]
        if name:
            last_named = (s.index, name)
        voices[s.index] = Voice("quoted" if quoted else "reported", name)
    return voices
