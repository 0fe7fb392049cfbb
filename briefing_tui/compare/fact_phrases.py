"""Stated facts without a figure that several sources word differently: who did what to what, and where.

A *predicate* is a verb and the head noun of its object ("Peter Dutton has lost his Queensland seat of
Dickson", "Dutton lost the outer-suburban Brisbane parliamentary seat that he held": lose / seat; "derailed
after colliding with a goods train", "collided with a freight train": collide with / train). Its key is the
verb's stem, its preposition and the head's stem; the words between determiner and head are left out (the
same seat is "his", "his Queensland" or "the outer-suburban Brisbane parliamentary" seat). Two predicates
of one key are one fact unless both name their actors (the names of the clause before the verb) and no
name is shared ("Dutton lost his seat" / "Chalmers lost his seat").

A *happening* is a common news verb or its nominalisation, in any of six languages, with its object
(:mod:`~briefing_tui.compare.happenings`: "signed the agreement", "la firma del acuerdo"); a headline's is left
to the claim it restates by wording (:mod:`~briefing_tui.compare.headline_wording`). Its actors are the names of
its clause that are no function word of any language, none in a German line (whose nouns are capitalised); two
sources in two languages name one actor in two ways ("The Supreme Court" / "El Tribunal Supremo"), so theirs keep
two happenings apart only when one source also names the other's actors.

A *place* is a preposition of place and a named place ("near Bahanaga Station", "near the Bahanaga Bazar
railway station"): its key is the preposition and the head noun; two places are one fact when their names
meet.

Only phrases without a figure are read (figures are the claims by measure), only in the outlet's voice
or reported speech, and a key must be stated by two sources or more. Such a claim only agrees: wording
says the same thing, it cannot weigh two things said.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from briefing_tui.compare.event_kinds import capitalises_nouns
from briefing_tui.compare.happenings import happening_at, passive_agent
from briefing_tui.compare.phrase_claims import (
    HEADING,
    Phrase,
    cluster,
    name_keys,
    phrase_claim,
    source_lines,
    voices_of,
)
from briefing_tui.compare.statement_cache import lines_check
from briefing_tui.compare.terms import content_words
from briefing_tui.compare.units import Unit
from briefing_tui.language_table import all_function_words
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Claim, Sentence, Source

LinePhrases = list[tuple[int, int, tuple, frozenset[str], frozenset[str]]]
"""What :func:`fact_phrases` gives for one line."""
SourcePhrases = tuple[int, dict[int, LinePhrases]]
"""A source's fact phrases: the :func:`lines_check` of its lines, then each line's phrases by its position in
``source_lines`` (lines without any left out). They depend on the source's text alone, so they may be kept."""

# A word with its offsets (hyphens and apostrophes kept: "outer-suburban", "Wiz’s"), or a punctuation mark.
_TOKEN = lazy_compile(r"[^\W\d_][\w’'-]{0,40}|\d[\d.,]{0,20}|[,.;:!?()\[\]—–\"“”]")
# Past forms that do not end in "-ed" ("has lost his seat", "won the seat").
IRREGULAR_PAST = frozenset("""lost won took fell hit struck held sank broke began left beat led kept brought
    caught fought sold bought""".split())
# Verbs that tell who said what, and auxiliaries: no fact of their own.
NOT_FACT_VERBS = frozenset("""said told added stated reported announced claimed according noted explained
    asked confirmed stressed insisted warned argued wrote described posted tweeted quoted cited including
    following regarding concerning during being having using saying adding noting based expected compared
    bringing""".split())
# Prepositions a verb's object may follow ("collided with", "crashed into").
# ("to" is left out: "expected to rise", "compared to previous elections" are no objects.)
_PREPOSITIONS = frozenset("with into onto against off from at near".split())
# Prepositions of a place.
_PLACE_PREPOSITIONS = frozenset("near outside beside".split())
_DETERMINERS = frozenset("the a an his her its their our this that these those".split())
# Words that end an object's noun phrase (its head stands before them).
_PHRASE_END = frozenset("""of in on at to for from by with near into after before since when while as and or
    but that which who whom whose where than was were is are has have had will would be been being not also
    said says told over under amid despite during between across""".split())
# Heads that name no thing: pronouns and quantities ("defeated him", "deployed more").
_NOT_HEADS = frozenset("""him her them it us me you more less most some all many much others other one ones
    himself herself themselves itself""".split())
# Pronouns opening a relative clause whose actor is the name before it, across a comma ("the European Union,
# which hosted a summit"; not "whose", the owner of what follows, nor "that", which rarely follows a comma).
_RELATIVE_PRONOUNS = frozenset({"which", "who"})
# A word of a source's text, for the names it gives anywhere.
_WORD = lazy_compile(r"[^\W\d_][\w’'.-]*")
MAX_OBJECT_WORDS = 5  # words from a determiner to the head ("the outer-suburban Brisbane parliamentary seat")
MIN_HEAD = 3  # letters of a head noun
ACTOR_WORDS = 12  # words before a verb read for its actors' names (within its clause)
FACT_VOICES = frozenset({"outlet", "reported"})
HAPPENED = "happened"  # a happening's key: (HAPPENED, lemma, object) of compare/happenings.py


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _stem(word: str) -> str:
    found = content_words(word)
    return found[0][0] if found else word.lower()


def _is_verb(word: str, following: str | None) -> bool:
    """A past form ("collided", "lost") or a gerund followed by a preposition or determiner ("colliding with")."""
    lower = word.lower()
    if not word.islower() or lower in NOT_FACT_VERBS or len(lower) < 4:
        return False
    if lower in IRREGULAR_PAST or (lower.endswith("ed") and len(lower) >= 5):
        return True
    return lower.endswith("ing") and len(lower) >= 6 and following is not None and \
        (following in _PREPOSITIONS or following in _DETERMINERS)


def _object(tokens: list[tuple[str, int, int]], i: int) -> tuple[int, int, list[str]] | None:
    """From token ``i`` (after the verb and its preposition): (index of the head, index past the phrase,
    words of the phrase), None when no noun phrase without a figure follows."""
    j = i
    if j < len(tokens) and tokens[j][0].lower() in _DETERMINERS:
        j += 1
    words: list[str] = []
    head = None
    while j < len(tokens) and len(words) < MAX_OBJECT_WORDS:
        word = tokens[j][0]
        if word[0].isdigit():
            return None  # a figure's phrase: the claims by measure read it
        if not word[0].isalpha() or word.lower() in _PHRASE_END or word.lower() in _DETERMINERS:
            break
        words.append(word)
        head = j
        j += 1
    if head is None:
        return None
    last = tokens[head][0]
    if len(last) < MIN_HEAD or last.lower().endswith(("ly", "ed", "ing")) or last.lower() in NOT_FACT_VERBS \
            or last.lower() in _NOT_HEADS:
        return None
    return head, j, words


def _clause_start(tokens: list[tuple[str, int, int]], i: int) -> int:
    """The index of the first token of the clause holding token ``i``, at most ``ACTOR_WORDS`` before it."""
    for k in range(i - 1, max(-1, i - 1 - ACTOR_WORDS), -1):
        if tokens[k][0] in ",;:()—–\"“”":
            return k + 1
    return max(0, i - ACTOR_WORDS)


def _quoted_tokens(tokens: list[tuple[str, int, int]]) -> list[bool]:
    """For each token, whether it stands inside quotation marks (a speaker's words: "often underestimated role")."""
    out, curly, straight = [], 0, 0
    for word, _, _ in tokens:
        out.append(curly > 0 or straight % 2 == 1)
        if word == "“":
            curly += 1
        elif word == "”":
            curly = max(0, curly - 1)
        elif word == '"':
            straight += 1
    return out


def fact_phrases(text: str) -> list[tuple[int, int, tuple, frozenset[str], frozenset[str]]]:
    """The predicates and places of a line outside quotation marks: (start, end, key, actor names, object
    names), offsets in ``text``; a predicate's key is ("did", verb stem, preposition, head stem), a happening's
    of any of six languages (:mod:`.happenings`) (HAPPENED, lemma, object), a place's ("at", preposition, head stem)."""
    tokens = _tokens(text)
    out = []
    quoted = _quoted_tokens(tokens)
    german = capitalises_nouns(text)  # (a German line's capitalised words are nouns, no names to tell actors by)
    for i, (word, start, _) in enumerate(tokens):
        lower = word.lower()
        if quoted[i]:
            continue
        following = tokens[i + 1][0].lower() if i + 1 < len(tokens) else None
        if lower in _PLACE_PREPOSITIONS:
            found = _object(tokens, i + 1)
            if found is None:
                continue
            head, end, words = found
            names = frozenset(w.lower().rstrip("’'s") for w in words[:-1] if w[0].isupper())
            if names:
                out.append((start, tokens[end - 1][2], ("at", lower, _stem(tokens[head][0])), frozenset(), names))
            continue
        if (happening := happening_at(tokens, i)) is not None:  # a common news verb, in any of six languages
            lemma, thing, last = happening
            lo = _clause_start(tokens, min(i, last))
            clause = text[tokens[lo][1]:tokens[min(i, last)][1]] if lo < min(i, last) else ""
            if (agent := passive_agent(tokens, i)) is not None:  # (a passive's actor is its agent, after "by")
                clause = text[tokens[agent[0]][1]:tokens[agent[1] - 1][2]] if agent[0] < agent[1] else ""
            actors = frozenset() if german or capitalises_nouns(clause) else name_keys(clause) - all_function_words()
            out.append((tokens[min(i, last)][1], tokens[max(i, last)][2], (HAPPENED, lemma, thing), actors, frozenset()))
            continue
        if not _is_verb(word, following) or (i and tokens[i - 1][0].lower() in _DETERMINERS):
            continue  # ("an unprecedented result": an adjective)
        k = i + 1
        prep = ""
        if following in _PREPOSITIONS:
            prep, k = following, i + 2
        found = _object(tokens, k)
        if found is None:
            continue
        head, end, words = found
        if not tokens[head][0].islower():
            continue  # a name after the verb is no thing done ("met Trump"): its clause's other claims say it
        lo = _clause_start(tokens, i)
        actors = name_keys(text[tokens[lo][1]:start]) if lo < i else frozenset()
        if not actors and 2 <= lo < i and tokens[lo][0].lower() in _RELATIVE_PRONOUNS and tokens[lo - 1][0] == ",":
            # a relative clause's actor is the name it follows ("the European Union, which recently hosted a
            # summit": the Union hosted it)
            actors = name_keys(text[tokens[_clause_start(tokens, lo - 1)][1]:tokens[lo - 1][1]])
        out.append((start, tokens[end - 1][2], ("did", _stem(word), prep, _stem(tokens[head][0])), actors,
                    frozenset()))
    return out


def _fits_of(sources: Sequence[Source]) -> Callable[[Phrase, Phrase], bool]:
    """Whether two phrases of one key state one fact: a place's names meet; a predicate's actors, when both give
    some, meet. A happening's actors told in two languages may not meet however they are one ("The Supreme Court
    upheld" / "El Tribunal Supremo confirmó"): theirs are apart only when one source names the other's actors
    (it then tells them from its own)."""
    language = {s.id: s.language for s in sources}
    raws = {s.id: s.raw for s in sources}
    words: dict[str, frozenset[str]] = {}

    def words_of(source: str) -> frozenset[str]:
        if source not in words:
            words[source] = name_keys(raws[source]) | frozenset(w.lower() for w in _WORD.findall(raws[source]))
        return words[source]

    def fits(a: Phrase, b: Phrase) -> bool:
        if a.key[0] == "at":
            return bool(a.detail[0] & b.detail[0])
        if not (a.names and b.names and a.names.isdisjoint(b.names)):
            return True
        if a.key[0] != HAPPENED or language[a.source] is None or language[a.source] == language[b.source]:
            return False
        return a.names.isdisjoint(words_of(b.source)) and b.names.isdisjoint(words_of(a.source))

    return fits


def _reading(key: tuple) -> str:
    return f"{key[1]} {key[2]}" if key[0] == "at" else " ".join(w for w in key[1:] if w)


def _headline(source: Source, line: Sentence) -> bool:
    """Whether a line is a title, a heading or a sentence of the page's headline."""
    return line.index == HEADING or (0 <= line.paragraph < len(source.paragraphs)
                                     and source.paragraphs[line.paragraph].kind == "headline")


def source_fact_phrases(source: Source) -> SourcePhrases:
    """The fact phrases of every line of ``source`` (see :data:`SourcePhrases`)."""
    lines = source_lines(source)
    return lines_check(lines), {k: found for k, line in enumerate(lines) if (found := fact_phrases(line.text))}


def fact_claims(sources: Sequence[Source], units: Sequence[Unit], rank: dict[str, int],
                kept: Mapping[str, SourcePhrases] | None = None) -> list[tuple[tuple, Claim]]:
    """Claims of facts without a figure that two sources state (see the module), with their sort keys.
    ``kept``: each source's phrases when read already (:func:`source_fact_phrases`); a source's are read
    here when missing or read from other lines."""
    voices = voices_of(units)
    by_key: dict[tuple, list[Phrase]] = {}
    for source in sources:
        lines = source_lines(source)
        known = kept.get(source.id) if kept is not None else None
        if known is not None and known[0] != lines_check(lines):
            known = None
        for k, line in enumerate(lines):
            speaker, voice = voices.get((source.id, line.start), (None, "outlet"))
            if voice not in FACT_VOICES:
                continue
            for start, end, key, actors, places in (fact_phrases(line.text) if known is None else known[1].get(k, ())):
                if key[0] == HAPPENED and _headline(source, line):
                    continue  # (a headline's happening joins the claim it restates by wording: headline_wording.py)
                a, b = line.start + start, line.start + end
                by_key.setdefault(key, []).append(Phrase(
                    source.id, source.raw[a:b], a, b, (line.start, line.end), None if line.index < 0 else line.index,
                    key, True, " ".join(source.raw[a:b].split()), actors, (places, " ".join(line.text.split())), speaker,
                    voice))
    out = []
    fits = _fits_of(sources)
    for key, phrases in sorted(by_key.items()):
        if len({p.source for p in phrases}) < 2:
            continue
        for group in cluster(phrases, fits):
            if len({p.detail[1] for p in group}) < 2:
                continue  # one sentence repeated word for word: the claims by wording hold it
            made = phrase_claim(group, rank, "Stated", f"stated: {_reading(key)}", "f")
            if made is not None:
                first = made[1].statements[0].text
                made[1].topic = " ".join(first.split())[:1].upper() + " ".join(first.split())[1:]
                out.append(made)
    return out
