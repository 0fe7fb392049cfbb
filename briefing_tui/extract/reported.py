"""Reported speech in one sentence: who reports what, with the clause reported.

Patterns (each a property of English news prose, none of one article):

- "According to X, CLAUSE" / "CLAUSE, according to X";
- "X says/said/believes/warned (that) CLAUSE", with time and setting skipped ("said on Monday in a
  statement that ...");
- "X told reporters/the jury/the BBC (that) CLAUSE";
- "X urged/called on Y to ...", "X accused Y of ...", "X called the move “...”";
- "CLAUSE, X said." / "CLAUSE, the author writes;" / "PART, X says, REST" (the attribution after or
  inside the content);
- "X was quoted as saying (by ...) (that) CLAUSE";
- a participle adding a second clause for the same speaker: "..., adding/saying/noting that CLAUSE".

The subject may be a name, a pronoun, a role or organisation noun ("the ministry") or a group
("health chiefs"); see ``speakers.SpeakerFinder.subject_of``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from briefing_tui.extract.lexicon import NAMING_VERBS, OBJECT_SPEECH_VERBS, THAT_ONLY_VERBS, TO_VERBS
from briefing_tui.extract.marks import CLOSERS
from briefing_tui.extract.spacing import SP
from briefing_tui.extract.speakers import SpeakerFinder, Who
from briefing_tui.extract.verbs import speech_verbs

ACCORDING_WINDOW = 40  # characters after "according to" in which the source's name must begin
PASSIVE_LOOKBACK = 64  # characters before a verb searched for a passive auxiliary ("is said to")

# "According to X, ..." at the start of a sentence (after an optional "Yet," or "But,").
_ACCORDING_START = re.compile(r"^\W*(?:[A-Z][\w]*," + SP + r"+)?[Aa]ccording to" + SP + "+")
# ", according to X" after the clause it sources.
_ACCORDING_TAIL = re.compile(r"," + SP + r"+according to" + SP + "+")
# An auxiliary right before a verb: the passive "is said to be", "was told".
_PASSIVE = re.compile(r"\b(?:is|was|are|were|be|been|being)" + SP + "+$")
# "to" right after the verb: "said to be", "told to leave".
_TO_AFTER = re.compile(SP + r"+to\b")
# "As X points out, CLAUSE".
_AS_SUBJECT = re.compile(r"(?:^|[\s,])[Aa]s" + SP + r"+(?:[A-Z][\w.’'-]*" + SP + r"+){0,3}$")
# When and where it was said, between the verb and the clause: "said on Monday in a statement ...".
_WHEN = "(?:" + "|".join((
    r"(?:on|last|this|next|early|late)" + SP + r"+[\w-]+",
    r"in" + SP + r"+(?:January|February|March|April|May|June|July|August|September|October|November|December)",
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)",
    r"earlier|later|yesterday|today|previously|recently|also|again|separately|publicly|privately",
    r"in" + SP + r"+(?:a|an|his|her|their|its|the)" + SP + r"+(?:[\w-]+" + SP + r"+){0,3}?(?:statement|interview|"
    r"speech|post|letter|briefing|report|note|message|release|video|address|conference|filing|session|hearing)",
    r"at" + SP + r"+(?:a|an|the)" + SP + r"+(?:[\w-]+" + SP + r"+){0,3}?(?:briefing|conference|rally|event|meeting|"
    r"summit|hearing|session)",
)) + ")"
_SKIP_WHEN = re.compile(r"^(?:[ \u00a0,]+" + _WHEN + r")+")
# After the verb, a preposition or time word: no clause follows ("said in Tokyo", "said last week").
_NOT_A_CLAUSE = re.compile(r"^" + SP + "+(?:" + "|".join((
    "in", "on", "at", "by", "outside", "inside", "after", "before", "during", "to", "from", "with", "through",
    "over", "under", "via", "later", "earlier", "yesterday", "today", "last", "this", "so", "goodbye", "sorry",
    "nothing", "something", "anything", "little", "much",
)) + r")\b")
# "that" a few words after the verb: "told supporters at a rally that ...", "said in a statement that ...".
# Nothing but a title before the subject: "Mr Vaishnaw said, ...".
_BARE_PREFIX = re.compile(r"[\s\"“‘'(]*(?:[A-Z][\w.’'-]*" + SP + r"*){0,3}")
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]")  # a word, not an acronym or an initial
_THAT_SOON = re.compile(r"[^,.;:“”\"]{0,60}?\bthat" + SP + "+")  # "(quoted as saying) by her press service that"
_SEMICOLON_FIRST = re.compile(SP + r"*;")
_AND_BEFORE = re.compile(r"\band" + SP + r"+(?:also" + SP + r"+)?$")
_OF_ABOUT = re.compile(SP + r"+(?:of|about|on)\b")
_THAT_LATER = re.compile(r"^" + SP + r"+(?:[\w’'-]+" + SP + r"+){0,12}?that" + SP + "+")
_OPTIONAL_THAT = re.compile(r"^" + SP + r"+(?:that" + SP + r"+)?")
# Only a setting left after the verb: "... wrote in the majority opinion.", "said on its website."
_SETTING_TAIL = re.compile(r"^(?:" + SP + r"+(?:in|on|at|during|from|via|through|before|after|to)" + SP
                           + r"[^,.;:!?“”\"]{1,50})+[.!?]?" + SP + r"*$")
# Three or fewer words, then a finite verb: the clause after "announced", "told the Post", "confirmed".
_FINITE_CLAUSE = re.compile(r"^" + SP + r"+((?:[\w’'.-]+" + SP + r"+){1,3}?)(?:would|will|was|were|is|are|had|has|"
                            r"have|could|should|may|might|must|can|did|does|do)\b")
_PUNCT_FIRST = re.compile(r"^" + SP + r"*[,;:]")
_ENDS_HERE = re.compile(r"^" + SP + r"*[.!?]")
# CLAUSE, the company said, citing ... / CLAUSE, the ministry said, after ...: the clause is before.
_COMMA_THEN_ING = re.compile(r"^" + SP + r"*," + SP + r"+(?:[a-z]+ing|after|as|when|while|because|despite|amid|"
                             r"before|since|following|though|although|but|and|in|on|at|with)\b")
# A wire dateline opening the sentence: "TOKYO, March 3 (Reuters) - ".
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+,(?:" + SP + r"+[A-Z][a-z]+\.?" + SP + r"+\d{1,2})?(?:" + SP
                       + r"*\([\w .]+\))?" + SP + r"*[-—–]+" + SP + "*")
_COMMA_FIRST = re.compile(r"^" + SP + r"*,")
# Words that begin a clause after the object of "told": "told reporters [the plan was dead]".
_CLAUSE_STARTERS = frozenset({"he", "she", "they", "it", "there", "we", "i", "the", "this", "his", "her", "their",
                              "its", "our", "a", "an", "no", "all", "some", "any", "every", "more", "most", "only"})
_TELL = frozenset({"tell", "tells", "told"})
_WORD = re.compile(r"[\w’'-]+")
# Participles adding a clause for the speaker of the sentence: ", adding that ...", ", saying ...".
PARTICIPLES = (
    "adding",
    "saying",
    "noting",
    "stressing",
    "insisting",
    "warning",
    "arguing",
    "claiming",
    "explaining",
    "stating",
    "declaring",
    "emphasising",
    "emphasizing",
    "acknowledging",
    "pointing out",
    "urging",
    "citing",
    "reiterating",
    "highlighting",
    "asserting",
    "suggesting",
    "recalling",
    "remarking",
    "promising",
    "vowing",
    "announcing",
    "telling",
    "calling for",
)
_PARTICIPLE = re.compile(r"," + SP + r"+(?:and" + SP + r"+)?(" + "|".join(PARTICIPLES) + r")(?:" + SP
                         + r"+that)?" + SP + r"+(?=\S)")
# "X was quoted as saying (by her press service) (that) ...".
_QUOTED_AS = re.compile(r"\b(?:was|were|is|are|has been|had been)" + SP + r"+quoted" + SP + r"+as" + SP
                        + r"+saying(?:" + SP + r"+by" + SP + r"+[^,.;:“”\"]{1,60}?)?(?:" + SP + r"+that)?" + SP
                        + r"+(?=\S)")
_CLAUSE_OPENERS = "“\"«「‘:"
NAMING_QUOTE_WINDOW = 60  # characters after "called" in which the words it reports must open a quote
# A title between the clause's comma and the name: "..., chief minister Sukhvinder Singh Sukhu confirmed".
_TRAILING_TITLE = re.compile(r"(?<=,)(?:" + SP + r"+(?:[A-Za-z][\w.’'-]*))" + r"{1,4}$")
# ", while B warned ...": the words that join a second speaker's clause to the first one.
_JOINER_BEFORE = re.compile(r"(?:[,;]|[,;]?" + SP + r"+(?:while|whereas|but|although|though))" + SP
                            + r"*(?:the" + SP + "+)?$")
# The subject opening a sentence: a name or pronoun within the first words ("Labour leader Chris Hipkins").
_OPENING_SUBJECT = re.compile(r"(?:[A-Z][\w.’'-]*" + SP + r"+){1,5}(?=[a-z])|(?:He|She|It)" + SP + "+")
MIN_CLAUSE = 12  # characters: a shorter "clause" is a fragment, not reported speech


@dataclass(slots=True)
class ReportedHit:
    """One reported clause: its speaker, offsets in the source, and the cue word."""

    who: Who
    start: int
    end: int
    cue: str
    after: int = -1  # where the attribution ends (a participle clause is looked for after it)


def _inside(starts: list[int], inside: list[tuple[int, int]], pos: int) -> bool:
    q = bisect_right(starts, pos) - 1
    return q >= 0 and pos < inside[q][1]


def _told_object_end(raw: str, v1: int, hi: int) -> int | None:
    """After "told": where the reported clause begins behind a short object ("told reporters the ...")."""
    words = list(_WORD.finditer(raw, v1, min(hi, v1 + 80)))
    for i, w in enumerate(words[1:5], start=1):
        if w.group(0).lower() in _CLAUSE_STARTERS and not words[i - 1].group(0).lower() in ("the", "a", "an"):
            return w.start()
    return None


def _clause_after(raw: str, v1: int, hi: int, word: str) -> int | None:
    """Where the clause reported by the verb ending at ``v1`` begins, or None when none follows."""
    rest = raw[v1:hi]
    when = _SKIP_WHEN.match(rest)
    if when:  # said last month it would ..., said on Monday that ...
        v1, rest = v1 + when.end(), rest[when.end():]
    if _ENDS_HERE.match(rest) or not rest.strip() or _PUNCT_FIRST.match(rest):
        return None
    t = _THAT_LATER.match(rest)
    if t:  # told supporters at a rally that ..., said in a statement that ...
        return v1 + t.end()
    if word in _TELL:
        start = _told_object_end(raw, v1, hi)
        if start is not None:
            return start
    if word in _TELL or word in THAT_ONLY_VERBS:
        f = _FINITE_CLAUSE.match(rest)
        if f:  # "announced Argentina would leave", "told the Post Labour would keep"
            words = f.group(1).split()
            keep = 2 if len(words) >= 2 and words[-2].lower() in ("the", "a", "an", "his", "her", "its", "their") \
                else 1
            if word in _TELL or len(words) <= keep:
                subject = " ".join(words[-keep:])
                return v1 + f.start(1) + f.group(1).rindex(subject) if word in _TELL else v1 + f.start(1)
        if word in _TELL:
            return None
    if word in NAMING_VERBS and not any(c in raw[v1:min(hi, v1 + NAMING_QUOTE_WINDOW)] for c in _CLAUSE_OPENERS):
        return None  # "called a meeting": only "called the move “reckless”" reports words
    if word in OBJECT_SPEECH_VERBS or word in NAMING_VERBS:  # urged both sides to ..., accused X of ...
        start = v1 + len(rest) - len(rest.lstrip(" \u00a0"))
        return start if raw[start:start + 1].strip() and raw[start:start + 1] not in _CLAUSE_OPENERS else None
    if word in THAT_ONLY_VERBS or _NOT_A_CLAUSE.match(rest) or (_OF_ABOUT.match(rest) and not word.startswith("warn")):
        return None  # "complained of chest pains", "commented about the ruling"; but "warned of floods"
    t = _OPTIONAL_THAT.match(rest)
    start = v1 + (t.end() if t else 0)
    if raw[start:start + 1] in _CLAUSE_OPENERS or not raw[start:start + 1].strip():
        return None
    if raw[start:start + 1].isupper() and not _CAPITALISED_WORD.match(raw, start, start + 2):
        return None
    return start


def _special(raw: str, lo: int, hi: int, inside: list[tuple[int, int]],
             who_finder: SpeakerFinder) -> ReportedHit | None:
    """"According to X, ...", "..., according to X" and "X was quoted as saying ..." in ``raw[lo:hi]``."""
    sent = raw[lo:hi]
    m = _ACCORDING_START.match(sent)
    if m:
        who = who_finder.source_named_at(lo + m.end(), lo + m.end() + ACCORDING_WINDOW)
        if who is not None:
            comma = raw.find(",", lo + m.end(), hi)
            if comma != -1:
                return ReportedHit(who, comma + 1, hi, "according to", comma)
    m = _ACCORDING_TAIL.search(sent)
    if m:
        who = who_finder.source_named_at(lo + m.end(), lo + m.end() + ACCORDING_WINDOW)
        if who is not None:
            return ReportedHit(who, lo, lo + m.start(), "according to", hi)
    m = _QUOTED_AS.search(sent)
    if m:
        who = who_finder.subject_of(lo + m.start(), lo)
        if who is not None and not _inside([x for x, _ in inside], inside, lo + m.start()):
            start = lo + m.end()
            that = _THAT_SOON.match(raw[start:hi])
            start += that.end() if that else 0
            return ReportedHit(who, start, hi, "quoted as saying", start)
    return None


def _quoted_from_start(inside: list[tuple[int, int]], lo: int, end: int) -> bool:
    """Whether a direct quote runs from the start of the sentence to ``end`` ("“...,” he said")."""
    return any(x <= lo + 2 and y >= end - 3 for x, y in inside)


def _verb_hit(raw: str, lo: int, hi: int, m, inside: list[tuple[int, int]], starts: list[int],
              who_finder: SpeakerFinder) -> ReportedHit | None:
    """The reported clause the speech verb ``m`` of the sentence ``raw[lo:hi]`` introduces, if any."""
    v0, v1 = m.start, m.end
    if _inside(starts, inside, v0):
        return None
    # (the look-back is bounded: searching the whole sentence before every verb is quadratic)
    if _PASSIVE.search(raw, max(lo, v0 - PASSIVE_LOOKBACK), v0):
        return None  # "is said to be", passive voice
    to_clause = _TO_AFTER.match(raw, v1, v1 + 4) is not None
    if to_clause and m.word not in TO_VERBS:
        return None  # "said to be"
    who = who_finder.subject_of(v0, lo)
    rest = raw[v1:hi]
    if who is None and _AND_BEFORE.search(raw, max(lo, v0 - 8), v0):
        who = who_finder.first_subject(lo, v0)  # "X spoke with Y and told him ...": X's verb too
    if who is None:
        head = raw[lo:v0].rstrip(" \u00a0")
        if head.endswith(",") and head[:-1].rstrip()[-1:] not in CLOSERS:
            # "CLAUSE, said Arkansas State Police": the speaker after the verb
            gap = len(rest) - len(rest.lstrip(" \u00a0"))
            after = who_finder.source_named_at(v1 + gap, v1 + gap + ACCORDING_WINDOW)
            if after is not None:
                return ReportedHit(after, lo, lo + len(head) - 1, m.word, hi)
        return None
    subject_start = who.start if who.start >= 0 else v0
    prefix = _TRAILING_TITLE.sub("", raw[lo:subject_start].rstrip(" \u00a0")).rstrip(" \u00a0")
    quoted_prefix = prefix.endswith(",") and prefix[:-1].rstrip()[-1:] in CLOSERS and _quoted_from_start(
        inside, lo, lo + len(prefix))
    if _AS_SUBJECT.search(raw[lo:subject_start]):  # as X points out, CLAUSE
        comma = raw.find(",", v1, hi)
        return ReportedHit(who, comma + 1, hi, m.word, v1) if comma != -1 else None
    if to_clause:  # vowed to ..., pledged to ...
        return ReportedHit(who, v1 + len(rest) - len(rest.lstrip(" \u00a0")), hi, m.word, v1)
    when = _SKIP_WHEN.match(rest)
    after_when = rest[when.end():] if when else rest
    if _ENDS_HERE.match(after_when) or not after_when.strip() or _SEMICOLON_FIRST.match(after_when) or (
            prefix.endswith(",") and _SETTING_TAIL.match(after_when)):
        if prefix.endswith(",") and not quoted_prefix:
            return ReportedHit(who, lo, lo + len(prefix) - 1, m.word, v1)  # CLAUSE, he said.
        return None
    if _COMMA_FIRST.match(after_when):
        if after_when.lstrip(" \u00a0,")[:1] in _CLAUSE_OPENERS:
            return None  # "Speaking to media, Sukhu said, “...”": a direct quote follows
        if prefix.endswith(",") and not quoted_prefix:
            if _COMMA_THEN_ING.match(after_when):  # CLAUSE, the company said, citing ...
                return ReportedHit(who, lo, lo + len(prefix) - 1, m.word, v1)
            return ReportedHit(who, lo, hi, m.word, v1)  # Central Asia, Kurbanov says, must ...
        if _BARE_PREFIX.fullmatch(prefix) and m.word not in OBJECT_SPEECH_VERBS:
            # "Mr Vaishnaw said, the Union Cabinet ...": the clause after the comma
            start = v1 + len(rest) - len(after_when) + 1
            start += len(raw[start:hi]) - len(raw[start:hi].lstrip(" \u00a0"))
            if raw[start:start + 1] not in _CLAUSE_OPENERS and raw[start:start + 1].strip() \
                    and not _COMMA_THEN_ING.match(after_when):
                return ReportedHit(who, start, hi, m.word, v1)
    if prefix[-1:] in CLOSERS or quoted_prefix:
        return None  # “...,” Igor said outside the gates: the attribution of a direct quote
    start = _clause_after(raw, v1, hi, m.word)
    if start is None:
        return None
    return ReportedHit(who, start, hi, m.word, v1)


def _sentence_subject(raw: str, lo: int, pos: int, who_finder: SpeakerFinder) -> Who | None:
    """The subject of the sentence ``raw[lo:...]``, for a participle at ``pos`` with no speech verb
    before it ("Hipkins appeared to walk back the remarks, saying ..."): its first name that is no
    object, or the noun phrase or pronoun that opens it."""
    who = who_finder.first_subject(lo, pos)
    if who is not None:
        return who
    m = _OPENING_SUBJECT.match(raw, lo, pos)
    if m is None:
        return None
    return who_finder.subject_of(m.end(), lo)


def find_reported(raw: str, lo: int, hi: int, inside: list[tuple[int, int]],
                  who_finder: SpeakerFinder) -> list[ReportedHit]:
    """Reported speech in the sentence ``raw[lo:hi]``, in order (empty when there is none).

    ``inside`` are the direct quotes of the paragraph; a verb inside one of them is not an attribution.
    A later speaker in the same sentence ("A said X, while B warned Y") ends the clause before; a
    participle clause (", adding that ...") becomes a further clause for the same speaker.
    """
    starts = [x for x, _ in inside]  # sorted, not overlapping: the outermost quoted spans
    hits: list[ReportedHit] = []
    special = _special(raw, lo, hi, inside, who_finder)
    if special is not None:
        hits.append(special)
    else:
        for m in speech_verbs(raw, lo, hi, reported=True):
            if hits and m.start < hits[-1].after:
                continue
            hit = _verb_hit(raw, lo, hi, m, inside, starts, who_finder)
            if hit is None:
                continue
            if hits:
                prev = hits[-1]
                subject = hit.who.start if hit.who.start >= 0 else m.start
                if hit.start <= prev.after or subject <= prev.after or subject <= prev.start:
                    continue
                cut = _JOINER_BEFORE.search(raw, prev.start, subject)
                if cut is None or not cut.group(0).strip(" \u00a0"):
                    continue  # "..., adding that the government would maintain ...": inside the clause
                prev.end = min(prev.end, cut.start())
            hits.append(hit)
    if not hits:
        m = _PARTICIPLE.search(raw, lo, hi)
        if m is None or _inside(starts, inside, m.start()):
            return []
        who = _sentence_subject(raw, lo, m.start(), who_finder)
        if who is None or raw[m.end():m.end() + 1] in _CLAUSE_OPENERS:
            return []
        hits.append(ReportedHit(who, m.end(), hi, m.group(1), m.end()))
    out: list[ReportedHit] = []
    for hit in hits:
        out.append(hit)
        for m in _PARTICIPLE.finditer(raw, max(hit.start, hit.after), hit.end):
            if _inside(starts, inside, m.start()) or m.start() <= out[-1].start:
                continue
            if raw[m.end():m.end() + 1] in _CLAUSE_OPENERS:
                break  # ", saying: “...”": a direct quote follows
            if _NOT_A_CLAUSE.match(raw[m.end() - 1:m.end() + 20]):
                continue  # "adding to the pressure", "saying goodbye"
            last = out[-1]
            end = last.end
            last.end = min(last.end, m.start())
            out.append(ReportedHit(last.who, m.end(), end, m.group(1), m.end()))
    for hit in out:
        dateline = _DATELINE.match(raw[hit.start:hit.end])
        if dateline:
            hit.start += dateline.end()
    return [h for h in out if h.end - h.start >= MIN_CLAUSE]
