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

from bisect import bisect_right
from dataclasses import dataclass

from briefing_tui.extract.outlets import MEDIA_WORDS, NEWS_OUTLETS
from briefing_tui.extract.lexicon import REPORTED_VERBS, RULING_VERBS, NAMING_VERBS, OBJECT_SPEECH_VERBS, THAT_ONLY_VERBS, TO_VERBS
from briefing_tui.extract.marks import CLOSERS
from briefing_tui.extract.reported_patterns import (
    ACCORDING_START, ACCORDING_TAIL, ACCORDING_WINDOW, AND_BEFORE, COORDINATED, COORDINATED_FINITE, AS_SUBJECT, BARE_PREFIX, CAPITALISED_WORD,
    CLAUSE_OPENERS, CLAUSE_STARTERS, COMMA_FIRST, COMMA_THEN_ING, DATELINE, ENDS_HERE, FINITE_CLAUSE,
    JOINER_BEFORE, JOINER_REACH, MIN_CLAUSE, NICKNAME_BEFORE, QUOTE_INTRO, NAMING_QUOTE_WINDOW, NOT_A_CLAUSE, OF_ABOUT, OPENING_SUBJECT, OPTIONAL_THAT,
    BARE_PARTICIPLE, BARE_PARTICIPLE_HINTS, PARTICIPLE, PASSIVE, PASSIVE_LOOKBACK, PUNCT_FIRST, QUOTED_AS, SEMICOLON_FIRST, SETTING_TAIL, SKIP_WHEN,
    REPORT_FORMS, TELL, THAT_BEFORE, THAT_LATER, THAT_SOON, TO_AFTER, TRAILING_TITLE, WORD,
    NOUN_MARKER_BEFORE, SOURCE_PARTICIPLES, INNER_CLAUSE_WORDS, CLAUSE_JOINERS,
)
from briefing_tui.extract.speakers import SpeakerFinder, Who
from briefing_tui.extract.spacing import SP_CHARS
from briefing_tui.extract.verbs import last_speech_verb, speech_verbs

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
    words = list(WORD.finditer(raw, v1, min(hi, v1 + 80)))
    for i, w in enumerate(words[1:5], start=1):
        if w.group(0).lower() in CLAUSE_STARTERS and not words[i - 1].group(0).lower() in ("the", "a", "an"):
            return w.start()
    return None


def _clause_after(raw: str, v1: int, hi: int, word: str) -> int | None:
    """Where the clause reported by the verb ending at ``v1`` begins, or None when none follows."""
    rest = raw[v1:hi]
    when = SKIP_WHEN.match(rest)
    if when:  # said last month it would ..., said on Monday that ...
        v1, rest = v1 + when.end(), rest[when.end():]
    if ENDS_HERE.match(rest) or not rest.strip() or PUNCT_FIRST.match(rest):
        return None
    if word in RULING_VERBS:  # "held talks", "held a briefing that ...": only "held that ..." reports a finding
        t = OPTIONAL_THAT.match(rest)
        return v1 + t.end() if t and t.group(0).strip() else None
    t = THAT_LATER.match(rest)
    if t:  # told supporters at a rally that ..., said in a statement that ...
        return v1 + t.end()
    if word in TELL:
        start = _told_object_end(raw, v1, hi)
        if start is not None:
            return start
    if word in TELL or word in THAT_ONLY_VERBS:
        f = FINITE_CLAUSE.match(rest)
        if f:  # "announced Argentina would leave", "told the Post Labour would keep"
            words = f.group(1).split()
            keep = 2 if len(words) >= 2 and words[-2].lower() in ("the", "a", "an", "his", "her", "its", "their") \
                else 1
            if word in TELL or len(words) <= keep:
                subject = " ".join(words[-keep:])
                return v1 + f.start(1) + f.group(1).rindex(subject) if word in TELL else v1 + f.start(1)
        if word in TELL:
            return None
    if word in NAMING_VERBS and not any(c in raw[v1:min(hi, v1 + NAMING_QUOTE_WINDOW)] for c in CLAUSE_OPENERS):
        return None  # "called a meeting": only "called the move “reckless”" reports words
    if word in OBJECT_SPEECH_VERBS or word in NAMING_VERBS:  # urged both sides to ..., accused X of ...
        if " " not in word and OF_ABOUT.match(rest):
            return None  # no object: a participle ("a regime accused of widespread abuses"), no one speaking
        start = v1 + len(rest) - len(rest.lstrip(" \u00a0"))
        return start if raw[start:start + 1].strip() and raw[start:start + 1] not in CLAUSE_OPENERS else None
    if word in THAT_ONLY_VERBS or NOT_A_CLAUSE.match(rest) or (OF_ABOUT.match(rest) and not word.startswith("warn")):
        return None  # "complained of chest pains", "commented about the ruling"; but "warned of floods"
    t = OPTIONAL_THAT.match(rest)
    start = v1 + (t.end() if t else 0)
    if raw[start:start + 1] in CLAUSE_OPENERS or not raw[start:start + 1].strip():
        return None
    if raw[start:start + 1].isupper() and not CAPITALISED_WORD.match(raw, start, start + 2):
        return None
    return start


def _special(raw: str, lo: int, hi: int, inside: list[tuple[int, int]],
             who_finder: SpeakerFinder) -> ReportedHit | None:
    """"According to X, ...", "..., according to X" and "X was quoted as saying ..." in ``raw[lo:hi]``."""
    sent = raw[lo:hi]
    if "ccording" not in sent and "quoted" not in sent:
        return None  # (most sentences: no need to try the patterns)
    m = ACCORDING_START.match(sent)
    if m:
        who = who_finder.source_named_at(lo + m.end(), lo + m.end() + ACCORDING_WINDOW)
        if who is not None:
            comma = raw.find(",", lo + m.end(), hi)
            if comma != -1:
                return ReportedHit(who, comma + 1, hi, "according to", comma)
    m = ACCORDING_TAIL.search(sent)
    if m and not any(x <= lo + 2 < y <= lo + m.start() for x, y in inside):  # ("“...,” said X, according to Y": X's)
        who = who_finder.source_named_at(lo + m.end(), lo + m.end() + ACCORDING_WINDOW)
        if who is not None:
            return ReportedHit(who, lo, lo + m.start(), "according to", hi)
    m = QUOTED_AS.search(sent)
    if m:
        who = who_finder.subject_of(lo + m.start(), lo)
        if who is not None and not _inside([x for x, _ in inside], inside, lo + m.start()):
            start = lo + m.end()
            that = THAT_SOON.match(raw[start:hi])
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
    if not m.word.endswith(("ing", "ing for", "ing on")) and PASSIVE.search(raw, max(lo, v0 - PASSIVE_LOOKBACK), v0):
        return None  # "is said to be", passive voice (but "is calling for" is active)
    to_clause = TO_AFTER.match(raw, v1, v1 + 4) is not None
    if to_clause and m.word not in TO_VERBS:
        return None  # "said to be"
    who = who_finder.subject_of(v0, lo)
    rest = raw[v1:hi]
    if who is None and AND_BEFORE.search(raw, max(lo, v0 - 8), v0):
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
    prefix = TRAILING_TITLE.sub("", raw[lo:subject_start].rstrip(" \u00a0")).rstrip(" \u00a0")
    quoted_prefix = prefix.endswith(",") and prefix[:-1].rstrip()[-1:] in CLOSERS and _quoted_from_start(
        inside, lo, lo + len(prefix))
    if AS_SUBJECT.search(raw[lo:subject_start]):  # as X points out, CLAUSE
        comma = raw.find(",", v1, hi)
        if comma != -1:
            return ReportedHit(who, comma + 1, hi, m.word, v1)
        if m.word not in OBJECT_SPEECH_VERBS and not THAT_SOON.match(rest[:6]):
            return None  # ("as he signaled his intention to ...": an aside, not a report)
        # (no comma: "... as she called on the Taoiseach to name the date": a clause of its own)
    if to_clause:  # vowed to ..., pledged to ...
        return ReportedHit(who, v1 + len(rest) - len(rest.lstrip(" \u00a0")), hi, m.word, v1)
    when = SKIP_WHEN.match(rest)
    after_when = rest[when.end():] if when else rest
    inner = raw.rfind(",", subject_start, v0) if who.cue == "role" and raw[lo:subject_start].strip() else -1
    if inner != -1 and not prefix.endswith(","):
        # "..., police said." read as "the shooting, police said": the subject begins after that comma
        prefix = raw[lo:inner + 1]
    if ENDS_HERE.match(after_when) or not after_when.strip() or SEMICOLON_FIRST.match(after_when) or (
            prefix.endswith(",") and SETTING_TAIL.match(after_when)):
        if prefix.endswith(",") and not quoted_prefix:
            return ReportedHit(who, lo, lo + len(prefix) - 1, m.word, v1)  # CLAUSE, he said.
        return None
    if COMMA_FIRST.match(after_when):
        if after_when.lstrip(" \u00a0,")[:1] in CLAUSE_OPENERS:
            return None  # "Speaking to media, Sukhu said, “...”": a direct quote follows
        if prefix.endswith(",") and not quoted_prefix:
            if COMMA_THEN_ING.match(after_when) and len(prefix) > MIN_CLAUSE:  # CLAUSE, the company said, citing ...
                return ReportedHit(who, lo, lo + len(prefix) - 1, m.word, v1)
            return _around_inner_attribution(raw, lo, hi, prefix, v1 + len(rest) - len(after_when), who, m.word, v1)
        if BARE_PREFIX.fullmatch(prefix) and m.word not in OBJECT_SPEECH_VERBS:
            # "Mr Vaishnaw said, the Union Cabinet ...": the clause after the comma
            start = v1 + len(rest) - len(after_when) + 1
            start += len(raw[start:hi]) - len(raw[start:hi].lstrip(" \u00a0"))
            if raw[start:start + 1] not in CLAUSE_OPENERS and raw[start:start + 1].strip() \
                    and not COMMA_THEN_ING.match(after_when):
                return ReportedHit(who, start, hi, m.word, v1)
    if (prefix[-1:] in CLOSERS and not NICKNAME_BEFORE.search(prefix)) or quoted_prefix:
        return None  # “...,” Igor said outside the gates: the attribution of a direct quote
    start = _clause_after(raw, v1, hi, m.word)
    if start is None and m.word in REPORT_FORMS and _speaks_for_an_organisation(who):
        # "Tasnim news agency reported a strike at ...": what an outlet or agency reports
        start = v1 + len(rest) - len(rest.lstrip(SP_CHARS))
        if raw[start:start + 1] in CLAUSE_OPENERS or not raw[start:start + 1].strip():
            start = None
    if start is None or QUOTE_INTRO.search(raw, v1, start):
        return None  # "told the Commons on Thursday: “...”": a direct quote, not a reported clause
    return ReportedHit(who, start, hi, m.word, v1)


def _around_inner_attribution(raw: str, lo: int, hi: int, prefix: str, comma: int, who: Who, word: str,
                              verb_end: int) -> ReportedHit:
    """"PART, X said, REST": PART when another clause joins it ("King X declared ..., the palace said, and ..."),
    the attribution out of the quote; else (PART the subject of REST) all of it: a quote is one stretch."""
    if len(prefix.split()) >= INNER_CLAUSE_WORDS and raw[comma + 1:hi].split()[:1] in ([w] for w in CLAUSE_JOINERS):
        return ReportedHit(who, lo, lo + len(prefix) - 1, word, comma)
    return ReportedHit(who, lo, hi, word, verb_end)


def _participles(raw: str, lo: int, hi: int) -> list:
    """Participles adding a clause in ``raw[lo:hi]`` (", adding that ...", "... saying that ..."), in order."""
    found = [m for m in PARTICIPLE.finditer(raw, lo, hi)
             if m.group(1) not in SOURCE_PARTICIPLES or m.group(0).rstrip().endswith("that")]
    if any(h in raw[lo:hi] for h in BARE_PARTICIPLE_HINTS):
        found += [m for m in BARE_PARTICIPLE.finditer(raw, lo, hi)
                  if not NOUN_MARKER_BEFORE.search(raw, max(lo, m.start() - 12), m.start())]
        found.sort(key=lambda m: m.start())
    return found


def _added_clauses(raw: str, lo: int, hi: int) -> list:
    """Participles (", adding that ...") and coordinated speech verbs (" and warned that ...", " and signaled
    his next steps were ...") in ``raw[lo:hi]`` that add a clause for the same speaker, in order (group 1: the
    cue word)."""
    found = _participles(raw, lo, hi)
    if "that" in raw[lo:hi]:
        found += [m for m in COORDINATED.finditer(raw, lo, hi) if m.group(1) in REPORTED_VERBS]
    if " and " in raw[lo:hi]:
        found += [m for m in COORDINATED_FINITE.finditer(raw, lo, hi)
                  if m.group(1) in REPORTED_VERBS and m.group(1) not in TELL and m.group(1) not in OBJECT_SPEECH_VERBS]
    found.sort(key=lambda m: m.start())
    return found


def _names_nobody(who: Who) -> bool:
    """Whether a subject names nobody at all ("analysts said", a noun read as a verb): such a clause is
    dropped later, so it must not hide a named speaker's verb in the same sentence."""
    return who.entity is None and who.phrase is None and who.cue == "anonymous"


def _speaks_for_an_organisation(who: Who) -> bool:
    """Whether the subject is an outlet or agency ("Tasnim news agency", "CNN", "Iranian state television")."""
    name = who.entity.name if who.entity is not None and who.entity.type == "organization" else (
        who.phrase if who.kind == "organization" else None)
    if name is None:
        return False
    words = {w.lower() for w in name.split()}
    return bool(words & MEDIA_WORDS) or name.lower() in NEWS_OUTLETS


def _sentence_subject(raw: str, lo: int, pos: int, who_finder: SpeakerFinder) -> Who | None:
    """The subject of the sentence ``raw[lo:...]``, for a participle at ``pos`` with no speech verb
    before it ("Hipkins appeared to walk back the remarks, saying ..."): its first name that is no
    object, or the noun phrase or pronoun that opens it."""
    who = who_finder.first_subject(lo, pos)
    if who is not None:
        return who
    m = OPENING_SUBJECT.match(raw, lo, pos)
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
            subject = hit.who.start if hit.who.start >= 0 else m.start
            if THAT_BEFORE.search(raw, max(lo, subject - 12), subject):
                continue  # "..., adding that the government would maintain ...": inside reported words
            if hits and _names_nobody(hits[-1].who) and not _names_nobody(hit.who):
                hits.pop()  # "by state Assemblymember X, Y said ...": "state" named nobody, Y speaks
            while hits and hit.start == lo and hits[-1].start < hit.end <= hits[-1].end and not _names_nobody(
                    hit.who) and "that" not in raw[hits[-1].after:hits[-1].start].split() and not inside:
                hits.pop()  # "King X declared ..., the palace said": the palace reports it (not "X said that ...")
            if hits:
                prev = hits[-1]
                subject = hit.who.start if hit.who.start >= 0 else m.start
                if hit.start <= prev.after or subject <= prev.after or subject <= prev.start:
                    continue
                # (the joiner ends at the subject: a bounded look-back, not a search of the whole clause)
                cut = JOINER_BEFORE.search(raw, max(prev.start, subject - JOINER_REACH), subject)
                if cut is None or not cut.group(0).strip(" \u00a0"):
                    continue  # "..., adding that the government would maintain ...": inside the clause
                prev.end = min(prev.end, cut.start())
            hits.append(hit)
    if not hits:
        m = next(iter(_participles(raw, lo, hi)), None)
        if m is None or _inside(starts, inside, m.start()):
            return []
        verb = last_speech_verb(raw, lo, m.start())
        who = who_finder.subject_of(verb.start, lo) if verb is not None else None
        if who is None:  # "“...,” she said, adding that ...": the attribution's speaker; else the sentence's subject
            who = _sentence_subject(raw, lo, m.start(), who_finder)
        if who is None or raw[m.end():m.end() + 1] in CLAUSE_OPENERS:
            return []
        hits.append(ReportedHit(who, m.end(), hi, m.group(1), m.end()))
    out: list[ReportedHit] = []
    for i, hit in enumerate(hits):
        out.append(hit)
        # the last clause may end before its verb ("CLAUSE, he said, stressing that ..."): look up to the end
        stop = hi if i == len(hits) - 1 else hit.end
        for m in _added_clauses(raw, max(hit.start, hit.after), stop):
            if _inside(starts, inside, m.start()) or m.start() <= out[-1].start:
                continue
            if raw[m.end():m.end() + 1] in CLAUSE_OPENERS:
                break  # ", saying: “...”": a direct quote follows
            if NOT_A_CLAUSE.match(raw[m.end() - 1:m.end() + 20]):
                continue  # "adding to the pressure", "saying goodbye"
            last = out[-1]
            end = max(last.end, stop) if m.start() > last.end else last.end
            last.end = min(last.end, m.start())
            out.append(ReportedHit(last.who, m.end(), end, m.group(1), m.end()))
    for hit in out:
        dateline = DATELINE.match(raw[hit.start:hit.end])
        if dateline:
            hit.start += dateline.end()
    return [h for h in out if h.end - h.start >= MIN_CLAUSE]
