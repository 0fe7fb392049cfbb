"""A claim's topic when no measure names it: the key noun phrase its statements share, then the figure they weigh
("business projects, approximately 3 trillion yen"), else the anchor statement's own opening words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_tui.compare.statement_openings import FUNCTION_WORDS as _FUNCTION_WORDS, opening_words
from briefing_tui.compare.terms import content_words
from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure
from briefing_tui.safety import blank_escapes

TOPIC_WORDS = 4
NEAR = 40
NEAR_BONUS = 1.5
OWN_WORDS = 0.25
NAME_SHARE = 0.6  # a phrase naming what happened reads better than a list of who was involved
MAX_PHRASE_WORDS = 6  # a noun phrase cut short of its head is carried on to it, up to this many words in all


def _verb_like(word: str) -> bool:
    """Lower-case words that rarely end a noun phrase: past forms, gerunds, adverbs, prepositions."""
    adverb = word.endswith("ly") and not word.endswith(("ply", "mbly", "oly"))  # not "supply", "assembly"
    return word.islower() and (word.endswith(("ed", "ing")) or adverb or word in _NOT_HEADS)


_NOT_HEADS = frozenset(
    """behind amid amidst despite toward towards beyond lies mainly remains remain create creates start starts
    begin begins says make makes take takes continue continues seeks aims plans needs wants holds includes
    becomes become gives give gets get shows show
    came went took made gave got saw told said brought began became kept rose fell grew won sent spent stood struck led met
    sought thought knew""".split())  # (irregular past forms end no noun phrase; not those that are adjectives too:
# "lost trade", "paid leave", "built environment")


_JOINERS = frozenset({"of", "and", "for"})  # inside a noun phrase: "heads of state", "oil and gas"


def _chunks(text: str) -> list[list[re.Match]]:
    """Runs of content words (with "of"/"and"/"for" between two of them), split at punctuation and stopwords."""
    runs: list[list[re.Match]] = [[]]
    previous = None
    for m in _TOPIC_WORD.finditer(text):
        word = m.group(0)
        if previous is not None and text[previous.end():m.start()].strip():
            runs.append([])
        previous = m
        if content_words(word) or (word.lower() in _JOINERS and runs[-1]):
            runs[-1].append(m)
        else:
            runs.append([])
    return [run for run in runs if run]


def _edge(word: str) -> bool:
    """Whether a phrase may start or end with this word."""
    return word.lower() not in _JOINERS and not _verb_like(word)


def _noun_phrase(anchor: Unit, pool: set[str], near: tuple[int, int] | None = None) -> str | None:
    """The anchor's run of content words (at most ``TOPIC_WORDS``) that carries most weight of the tokens
    in ``pool``: "implement business projects in the region" -> "business projects". With ``near`` (a
    figure's offsets in the text) a phrase within ``NEAR`` characters of it is preferred: the figure's
    own subject ("3 trillion yen in related commercial projects")."""
    names = [(anchor.surface[t].lower(), anchor.weights.get(t, 0.0))
             for t in pool if t.startswith("^") and t in anchor.surface]
    best, best_score = None, 0.0
    text = blank_escapes(anchor.text)  # same offsets; an escape's payload (base64, colours) is no topic
    for run in _chunks(text):
        # Per word, once: its stems and whether a phrase may start or end on it (the windows below grow
        # a word at a time, so a window's stems and score are built incrementally, not re-read).
        word_stems = [{st for st, _ in content_words(m.group(0))} for m in run]
        edges = [_edge(m.group(0)) for m in run]
        for i in range(len(run)):
            if not edges[i]:
                continue
            stems: set[str] = set()
            base, shared = 0.0, False
            for j in range(i, min(len(run), i + TOPIC_WORDS)):
                for t in word_stems[j] - stems:
                    # Words the statements share count fully; the anchor's other words a little, so that a
                    # descriptive phrase beats a lone word of the same weight.
                    base += anchor.weights.get(t, 0.0) * (1.0 if t in pool else OWN_WORDS)
                    shared = shared or t in pool
                    stems.add(t)
                if not edges[j]:
                    continue
                if near and run[i].start() < near[1] and run[j].end() > near[0]:
                    continue  # the figure's own words ("billion euros") are not its subject
                lower = text[run[i].start():run[j].end()].lower()
                named = [w for name, w in names if name in lower]
                if not shared and not named:
                    continue
                # (rounded: the sum's order follows set order, and ties must not flip with it)
                score = round(base + NAME_SHARE * sum(named), 9)
                # Prefer the shorter window on ties; a bare name is a weaker topic than a phrase with it.
                score -= 0.01 * (j - i)
                if near and score > 0 and run[i].start() < near[1] + NEAR and run[j].end() > near[0] - NEAR:
                    score *= NEAR_BONUS
                if score > best_score:
                    best, best_score = text[run[i].start():run[j].end()], score
    return re.sub(r"[’']s$", "", " ".join(best.split())) if best else None


def _key_figure(anchor: Unit, marks: Sequence[tuple[int, int, str]], alone: bool) -> Figure | None:
    """The figure the claim turns on: the first one weighed against another statement, or for a lone
    statement its first amount or share (in a group, a figure nobody else gives is not its subject)."""
    weighed = {start for start, _, kind in marks if kind in ("match", "conflict")}
    for f in anchor.figures:
        if f.start in weighed or (alone and f.kind in ("money", "percent")):
            return f
    return None


def topic_of(group: Sequence[Unit], marks: Sequence[tuple[int, int, str]] = ()) -> str:
    """A short readable phrase: the key noun phrase the statements share, then the figure they weigh
    ("business projects, approximately 3 trillion yen"). ``marks`` are the anchor statement's."""
    anchor = group[0]
    if len(group) > 1:
        counts: dict[str, int] = {}
        for u in group:
            for t in u.tokens:
                counts[t] = counts.get(t, 0) + 1
        pool = [t for t, n in counts.items() if n >= 2 and t in anchor.tokens]
    else:
        pool = list(anchor.tokens)
    pool = [t for t in pool if not t.startswith(("@", "~", "#"))]
    key = _key_figure(anchor, marks, len(group) == 1)
    phrase = _noun_phrase(anchor, set(pool), (key.start - anchor.start, key.end - anchor.start) if key else None)
    figure = " ".join(key.text.split()) if key and not (key.kind == "date" and key.relative) else None
    if phrase and figure and phrase.lower() in figure.lower():
        phrase = None
    if phrase:
        phrase = _whole(phrase, blank_escapes(anchor.text))
    if phrase and not _readable(phrase, blank_escapes(anchor.text)):
        phrase = None
    if phrase is None:
        topic = opening_words(anchor.text)  # a fragment goes: the statement's own opening words say it
    else:
        topic = ", ".join(p for p in (phrase, figure) if p)
    return topic[:1].upper() + topic[1:]


def _whole(phrase: str, text: str) -> str | None:
    """The phrase carried on to the end of its noun phrase when the window cut it short ("credible evidence of
    consumer" -> "credible evidence of consumer harm", "series of large" -> "series of large contested fines"),
    up to ``MAX_PHRASE_WORDS`` words; None when it runs on past that (no whole phrase to title the claim). A lone
    word is left as it is (no phrase to complete)."""
    if len(phrase.split()) < 2:
        return phrase
    at = text.lower().find(phrase.lower())
    if at < 0:
        return phrase
    words = phrase.split()
    end = at + len(phrase)
    carried: list[str] = []
    for m in _TOPIC_WORD.finditer(text, end):
        gap = text[end:m.start()]
        word = m.group(0)
        if not gap or gap.strip() or word.lower() in _JOINERS or not content_words(word):
            break  # (only the compound's own words: "consumer | harm", never a phrase after "for" or "of")
        if len(words) + len(carried) >= MAX_PHRASE_WORDS:
            return None
        carried.append(word)
        end = m.end()
    while carried and not _edge(carried[-1]):
        carried.pop()
    return " ".join([*words, *carried])


# Words after which a phrase is a verb's ("to exchange small favors", "will consolidate Tokyo").
_VERB_BEFORE = frozenset("to will would can could must should may might shall not".split())
# Endings of adjectives, which do not end a noun phrase ("common demands of regional").
_ADJECTIVE_END = lazy_compile(r"(?:ous|ful|ical|ional|less|able|ible)$")  # (not "-al": a terminal, a hospital)


def _readable(phrase: str, text: str) -> bool:
    """Whether a phrase reads as a whole noun phrase: two words or more, no verb or adverb in it, not the
    object of "to" or a modal, not ending on an adjective or a function word, not two things joined by
    "and" ("Phone and bent")."""
    words = phrase.split()
    # (a gerund inside a noun phrase is a noun's modifier: "group of shipping companies")
    if len(words) < 2 or any(_verb_like(w) and (k == 0 or not w.endswith("ing")) for k, w in enumerate(words)) \
            or words[-1].lower() in _FUNCTION_WORDS:
        return False
    if words[-1].islower() and _ADJECTIVE_END.search(words[-1]):
        return False
    if "and" in (w.lower() for w in words):
        return False
    at = text.lower().find(phrase.lower())
    before = text[:at].split() if at >= 0 else []
    return not (before and before[-1].lower().strip("\"'“‘(") in _VERB_BEFORE)


_TOPIC_WORD = lazy_compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")
