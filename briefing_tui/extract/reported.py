"""Reported speech: "According to X, ...", "X believes (that) ...", "..., X says, ...", "..., he said."

The speaker must be named (or be a pronoun or "the company" that resolves to a named one);
"analysts said" and other anonymous reported speech is left as the article's own prose.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from briefing_tui.extract.lexicon import THAT_ONLY_VERBS
from briefing_tui.extract.marks import CLOSERS
from briefing_tui.extract.speakers import SpeakerFinder, Who
from briefing_tui.extract.verbs import speech_verbs

_ACCORDING_START = re.compile(r"^\W*(?:[A-Z][\w]*,[ \u00a0]+)?[Aa]ccording to[ \u00a0]+")
_PASSIVE = re.compile(r"\b(?:is|was|are|were|be|been|being)[ \u00a0]+$")
_ACCORDING_TAIL = re.compile(r",[ \u00a0]+according to[ \u00a0]+")
_AS_SUBJECT = re.compile(r"(?:^|[\s,])[Aa]s[ \u00a0]+(?:[A-Z][\w.’'-]*[ \u00a0]+){0,3}$")
_WHEN = (r"(?:(?:on|last|this|next|early|late)[ \u00a0]+[\w-]+|earlier|later|yesterday|today|previously|recently|"
         r"in[ \u00a0]+(?:a|an|his|her|their|its)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,3}?(?:statement|interview|"
         r"speech|post|letter|briefing|report|note|message))")
_SKIP_WHEN = re.compile(r"^(?:[ \u00a0,]+" + _WHEN + r")+")
_NOT_A_CLAUSE = re.compile(r"^[ \u00a0]+(?:in|on|at|by|outside|inside|after|before|during|to|from|with|"
                           r"through|over|under|via|later|earlier|yesterday|today|last|this|in)\b")


def find_reported(raw: str, lo: int, hi: int, inside: list[tuple[int, int]],
                  who_finder: SpeakerFinder) -> tuple[Who, int, int, str] | None:
    """Reported speech in the sentence ``raw[lo:hi]``: (speaker, start, end of the clause, cue), or None.

    ``inside`` are the direct quotes of the paragraph; a verb inside one of them is not an attribution.
    """
    sent = raw[lo:hi]
    m = _ACCORDING_START.match(sent)
    if m:
        f = who_finder.mention_starting_after(lo + m.end(), lo + m.end() + 40)
        if f is not None:
            comma = raw.find(",", f.end, hi)
            if comma != -1:
                return Who(who_finder.entity(f), "name", f.start), comma + 1, hi, "according to"
    m = _ACCORDING_TAIL.search(sent)
    if m:
        f = who_finder.mention_starting_after(lo + m.end(), lo + m.end() + 40)
        if f is not None:
            return Who(who_finder.entity(f), "name", f.start), lo, lo + m.start(), "according to"
    starts = [x for x, _ in inside]  # sorted, not overlapping: the outermost quoted spans
    for m in speech_verbs(raw, lo, hi, reported=True):
        v0, v1 = m.start, m.end
        q = bisect_right(starts, v0) - 1
        if q >= 0 and v0 < inside[q][1]:
            continue
        # (the look-back is bounded: searching the whole sentence before every verb is quadratic)
        if _PASSIVE.search(raw, max(lo, v0 - 64), v0) or \
                re.match(r"[ \u00a0]+to\b", raw[v1:v1 + 4]):
            continue  # "is said to be", passive voice
        who = who_finder.subject_of(v0, lo)
        if who is None or who.entity is None:
            continue
        rest = raw[v1:hi]
        subject_start = who.start if who.start >= 0 else v0
        prefix = raw[lo:subject_start].rstrip(" \u00a0")
        if _AS_SUBJECT.search(raw[lo:subject_start]):  # as X points out, CLAUSE
            comma = raw.find(",", v1, hi)
            if comma != -1:
                return who, comma + 1, hi, m.word
        when = _SKIP_WHEN.match(rest)
        if when:  # said last month it would ..., said on Monday that ...
            v1, rest = v1 + when.end(), rest[when.end():]
        if re.match(r"^[ \u00a0]*[.!?]", rest) or not rest.strip():
            if prefix.endswith(",") and prefix[:-1].rstrip()[-1:] not in CLOSERS:
                return who, lo, lo + len(prefix) - 1, m.word  # CLAUSE, he said.
            continue
        if re.match(r"^[ \u00a0]*,", rest) and prefix.endswith(","):
            if re.match(r"^[ \u00a0]*,[ \u00a0]+[a-z]+ing\b", rest):  # CLAUSE, the company said, citing ...
                return who, lo, lo + len(prefix) - 1, m.word
            return who, lo, hi, m.word  # Central Asia, Kurbanov says, must ...
        if prefix[-1:] in CLOSERS or prefix[:-1].rstrip()[-1:] in CLOSERS:
            continue  # “...,” Igor said outside the gates: the attribution of a direct quote
        t = re.match(r"^[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,12}?that[ \u00a0]+", rest)
        if t:  # told supporters at a rally that ..., said in a statement that ...
            return who, v1 + t.end(), hi, m.word
        if m.word in THAT_ONLY_VERBS or _NOT_A_CLAUSE.match(rest):
            continue
        if re.match(r"^[ \u00a0]*[,;:]", rest):
            continue
        t = re.match(r"^[ \u00a0]+(?:that[ \u00a0]+)?", rest)
        start = v1 + (t.end() if t else 0)
        if raw[start:start + 1] in "“\"«「‘:" or not raw[start:start + 1].strip():
            continue
        if raw[start:start + 1].isupper() and not re.match(r"[A-Z][a-z]", raw[start:start + 2]):
            continue
        return who, start, hi, m.word
    return None

