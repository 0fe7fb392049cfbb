"""A claim's title from its sentence as a reader states it: who, then what (issue 11).

"Government spokesman Mustapha Baitas said the priority was to reach the injured." → "Baitas: the priority was to
reach the injured"; "Tajik analyst Sobir Kurbanov believes Japan's growing involvement is largely driven by shifting
geopolitical dynamics, including the war in Ukraine." → "Kurbanov: Japan's growing involvement is largely driven by
shifting geopolitical dynamics"; "In the village of Moulay Brahim, residents used their bare hands to dig through
the rubble." → "Residents used their bare hands to dig through the rubble".

The sentence's main clause is kept whole up to its first clause boundary (a comma, semicolon, colon or dash after a
few words, not one inside a list of names), with the adverbial that opens it ("However,", "In the village of X,",
"According to media reports,") left out and its teller ("X said", "according to X", "X, a professor, said") put
before a colon by surname; a clause longer than :data:`MAX_TITLE_WORDS` is cut before a conjunction or, failing
one, after that many words (then "…"). Never a phrase cut out of the sentence's middle, nor a name cut in two.
"""

from __future__ import annotations

import re

from briefing_tui.compare.statement_openings import DATELINE as _DATELINE, FUNCTION_WORDS
from briefing_tui.extract.lexicon import ORG_KEYWORDS, surname_start
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.safety import blank_escapes

MAX_TITLE_WORDS = 14  # the most words of a clause a title keeps
MIN_CLAUSE_WORDS = 4  # a boundary before this many words of the clause is not cut at ("Spain, France, Israel")
SLACK_WORDS = 2  # a clause this many words longer than MAX_TITLE_WORDS is kept whole (not cut two words short)
MIN_CUT_WORDS = 6  # a long clause is cut before a conjunction only after this many words
OPENER_WORDS = 24  # an opening adverbial is at most this many words before its comma
SHORT_OPENER = 2  # an opening of this many words with an adverb in it is one ("More importantly,")
LIST_TAIL = 4  # a piece of this many words or fewer between two commas after an opener continues it (a list)
SUBJECT_WORDS = 4  # the most words of the noun a relative clause ("which have drawn criticism") is about
MAX_APPOSITION = 200  # the most characters of a description between commas after a teller's name

_QUOTES = "\"'“”‘’«»"
# Verbs of saying, believing and telling that introduce a teller's words ("said", "believes", "points out").
_SAYING = (r"(?:said|says|say|told(?:\s\w+){0,2}|tells|believes?|thinks?|argued|argues|explained|explains|added|adds"
           r"|noted|notes|stressed|stresses|warned|warns|highlights|highlighted|insisted|insists|claimed|claims"
           r"|stated|states|wrote|writes|announced|announces|confirmed|confirms|points?\sout|pointed\sout"
           r"|assured|assures|estimated|estimates)")
# The same verbs when they come before the teller ("..., said Lahcen Ait Bella"): not "told"/"tells", whose object is
# the one told ("..., she told the broadcaster ORF" names the listener, never the teller).
_SAYING_FIRST = _SAYING.replace(r"told(?:\s\w+){0,2}|tells|", "")
# Words after a verb of saying that open no teller: a preposition ("said on X", "said in a statement").
_NOT_TELLER_START = r"(?!(?:on|in|at|to|via|during|after|before|from|through|with|by|for)\b)"
# A description set between commas after a teller's name, before the verb: "Jane Roe, who lives in the town, told".
_TELLER_APPOSITION = rf"(?:,\s(?:who|a|an|the)\s[^,{_QUOTES}]{{1,{MAX_APPOSITION}}},)?"
# A teller's role before the name, set off by a comma ("The head of the water agency, Jane Roe, said"): a noun phrase
# with "of" and no auxiliary verb (not a clause: "The collapse of the dam was avoided, Jane Roe, ..., said").
_AUXILIARIES = r"is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does"
_ROLE_FIRST = rf"(?:The|A|An)\s(?=[^,]{{1,80}}\sof\s)(?:(?!\b(?:{_AUXILIARIES})\b)[^,{_QUOTES}]){{1,80}}"
# An adverb between a teller and the verb ("Olaf Scholz also said", "the minister later told").
_TELLER_ADVERB = r"(?:(?:also|later|further|previously|earlier|again)\s)?"
# A name: one to four capitalised words, possibly hyphenated or with an apostrophe ("Mosa'ab", "El-Barakah").
_NAME = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,3}"
# A teller before the words: "Government spokesman Mustapha Baitas said (that) ...", "Timur Dadabaev, a professor
# of international relations, said ...", "The head of the agency, Jane Roe, told reporters that ...", "As Professor Dadabayev points out, ..."; the teller's words before the
# name are titles ("analyst", "spokesman", "Prime Minister").
LEADING_TELLER = lazy_compile(
    rf"\A(?:As\s)?(?:{_ROLE_FIRST},\s(?={_NAME},))?(?P<who>(?:[\w'’-]+\s){{0,4}}?{_NAME})(?:,\s[^,]{{1,{MAX_APPOSITION}}},|,)?\s{_TELLER_ADVERB}{_SAYING}\b"
    rf"(?!\s(?:{_AUXILIARIES})\b),?\s(?:that\s)?")  # ("Member states are ready": a plural noun before its verb)
# A teller after the words: "..., Holt said.", "...,” Uyama said.", "..., said Lahcen Ait Bella, a farmer.",
# "..., according to Dadabaev.", "..., the ministry said.", "..., a statement from the royal palace said."
TRAILING_TELLER = lazy_compile(
    rf"[,:]?[{_QUOTES}]?[,:]?\s(?:"
    rf"(?P<who>[^,{_QUOTES}]{{1,60}}?){_TELLER_APPOSITION}\s{_SAYING}(?:\s[{_QUOTES}]?\w+[{_QUOTES}]?){{0,3}}"
    rf"|{_SAYING_FIRST}\s{_NOT_TELLER_START}(?P<who2>[^,]{{1,60}}?)"
    rf"|according\sto\s(?P<who3>[^,]{{1,60}}?)"
    rf")(?:,[^{_QUOTES}]{{1,{MAX_APPOSITION}}})?\.?\Z")  # (bounded: searched at every space, linear)
# A teller set inside the words: "Central Asia, Kurbanov says, must prioritize ..."
INNER_TELLER = lazy_compile(rf",\s(?:(?P<who>{_NAME})|(?:he|she|they|it))\s{_SAYING},\s")
# "According to Kurbanov, ..." (a teller first, before a comma).
ACCORDING = lazy_compile(r"\AAccording\sto\s(?P<who>[^,]{1,60}),\s")
# Words an opening adverbial starts with, before its comma: prepositions, subordinators, connectors and words of
# time ("In the village of X,", "As early as 1997,", "Given that ...,", "Last month,", "For now, however,").
OPENER_START = frozenset(
    """in at on as by for from with without within after before during since until unlike apart aside besides
    beyond despite given although though while when whenever if unless because once through throughout under
    over among amid amidst following according to against instead meanwhile however moreover furthermore also
    yet still thus therefore hence indeed otherwise secondly firstly thirdly finally first second third then
    now today yesterday recently initially last next earlier later essentially overall again aimed located
    based prior ahead due thanks contrary regardless alongside across around near""".split())
# Words opening a subordinate clause, whose verb does not make the opening the main clause ("Given that China and
# Russia were ...,").
SUBORDINATORS = frozenset("given although though while when whenever if unless because once since whereas".split())
# A description set between commas after a name, before the verb it is the subject of: "Central Asia, located in the
# heart of the Eurasian continent, has always been ...", "The Aircraft Accident Investigation Bureau, which
# investigates aircraft accidents, recovered ...", "Synergy Marine Private Limited, two Singaporean corporations that
# owned the Dali, were found ..." (left out of a title; the name kept).
APPOSITION = lazy_compile(
    rf"(?P<name>\b[A-Z][\w'’-]+),\s(?:a|an|the|which|who|whose|one|two|three|four|five|[a-z]+ed|[a-z]+ing)\s"
    rf"[^,]{{1,{MAX_APPOSITION}}},\s"
    r"(?=(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|[a-z]+ed|[a-z]+[^s\W]s)\b)")
# An opening of time that starts on a quantity: "More than 72 hours after the landslide,", "Two days later,".
TIME_OPENER = lazy_compile(
    r"\A(?:\d[\d,.]*|more|less|about|nearly|almost|just|some|several|a|an|one|two|three|four|five|six|seven|eight"
    r"|nine|ten)\b[^,]{0,60}\b(?:after|before|ago|later|earlier|since)\b", re.I)
# An opening of time on an adverb before its preposition: "Even before the temblor,", "Shortly after the vote,",
# "Just before midnight,".
ADVERB_TIME_OPENER = lazy_compile(
    r"\A(?:even|shortly|soon|just|right|long|well|only|immediately)\s+(?:before|after|since|prior|ahead|during|until)\b",
    re.I)
# An opening participle phrase: "Organised by far-right activist Tommy Robinson,", "Owned by Grace Ocean,".
PARTICIPLE_OPENER = lazy_compile(r"\A[A-Z][a-z]+ed\s(?:by|in|at|for|from|with|on|under|after)\b")
# A word of a finite verb that makes an opening a main clause, not an adverbial ("But more than two decades have
# passed, and ...", "At least 2,059 people were injured, ...").
AUXILIARY = frozenset("is are was were has have had will would can could do does did".split())
# A conjunction a sentence may open on before its clause ("But", "And", "Yet", "So").
LEADING_CONJUNCTION = lazy_compile(r"\A(?:But|And|Yet|So|Or)\s")
# Pronouns and determiners, which are no teller's name ("It confirms that ...", "This shows ...").
NOT_NAMES = frozenset("it he she they we i you this that these those there here one".split())
# Last words of organisations' names that are no institution's noun ("Amnesty International", "Human Rights Watch"):
# such a teller goes by its whole name, never by that word alone.
ORG_TAILS = frozenset({"international", "watch"})
# Relative words a statement cut from its sentence may open on ("..., which have drawn criticism").
RELATIVE_START = lazy_compile(r"\A(?:which|who)\s", re.I)
# An aside in brackets ("72 kilometers (44 miles)", "120bn dirham ($11.7bn; £9.4bn)"): left out of a title.
ASIDE = lazy_compile(r"\s{0,3}\([^()]{0,80}\)")
# (The patterns read a text whose spaces are single: each "\s" is one space, so no run of spaces is read again.)
# A clause boundary inside the clause: a comma, semicolon, colon or dash.
BOUNDARY = lazy_compile(r"[,;:]\s|\s[—–-]{1,2}\s")
# Conjunctions a long clause is cut before ("... was cancelled | after ..."); not "and", "as", "with", "which",
# "when": they join nouns and restrict them as often as they open a clause.
CONJUNCTION = frozenset("but after because while whereas although though since including amid".split())
# Prepositions a long clause may be cut before once its verb is read: the phrase they open is an adjunct, and the
# clause before it reads whole ("The first summit ... was held | in Tokyo on December 19-20"); not "of" or "to",
# which bind a noun or a verb to what follows.
ADJUNCT_START = frozenset("in on at for from with by during over under through into toward towards".split())
MODALS = frozenset("may might must should shall".split())  # verbs that mark a clause's predicate besides AUXILIARY
# Words a clause is not cut after: they want what follows ("more | on ...", "is still | in ...").
OPEN_ENDS = frozenset("more less than still also already often now not never yet even such".split())
ADJUNCT_GAP = 2  # an adjunct is cut off only this many words or more after the verb (its object read: not "lies | in")
# The start of a list's next item after a comma: one or two words, then another comma or "and"/"or" ("spades,
# sticks and their bare hands"): no clause boundary.
LIST_ITEM = lazy_compile(r"\A(?!(?:and|or)\b)[\w'’-]+(?:\s[\w'’-]+)?(?:,\s|\s(?:and|or)\s)")
# A name set between commas ("Only one seat, Ryan, has been retained"): no clause boundary either.
NAME_ITEM = lazy_compile(r"\A[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2},\s")
_CLOSING = {1: "”"}  # the closing quotation mark a title adds when its clause ends inside a quotation
_LEADING_QUOTE = lazy_compile(rf"\A[{_QUOTES}\s]+")
_TRAILING = lazy_compile(rf"[\s{_QUOTES}.,;:!?—–-]+\Z")


def _surname(who: str, whole: bool = False) -> str | None:
    """The name a teller goes by in a title: the last capitalised word of a name with the particles before it
    ("Government spokesman Mustapha Baitas" → "Baitas", "Ursula von der Leyen" → "von der Leyen"), or with ``whole`` the whole name ("Jiji Press"); None for no name ("he", "the
    ministry", "a government source", "It")."""
    words = [w.strip(_QUOTES + ",.") for w in who.split()]
    caps = [w for w in words if w[:1].isupper()]
    if not caps or not words[-1][:1].isupper() or words[0].lower() in ("the", "a", "an") \
            or caps[-1].lower() in NOT_NAMES:
        return None  # ("the Interior Ministry", "a government source"): no one to name
    if whole:
        return " ".join(words) if len(caps) == len(words) else None
    if words[-1].lower() in ORG_KEYWORDS | ORG_TAILS:  # an institution goes by its whole name ("Statistics Office", not
        return " ".join(words) if 1 < len(caps) == len(words) else None  # "Office"; a lone "Office" names no one)
    return " ".join(words[surname_start(words):])  # (with its particles: "von der Leyen", "da Silva")


def _drop_opener(text: str) -> str:
    """``text`` without the adverbial that opens it ("However, ", "In the village of Moulay Brahim, ", "For now,
    however, "); an opening with a finite verb in it is a clause, and stays ("At least 2,059 people were injured,")."""
    text = LEADING_CONJUNCTION.sub("", text)
    comma = text.find(", ")
    if comma < 0:
        return text
    opener = text[:comma].split()
    first = opener[0].strip(_QUOTES).lower() if opener else ""
    short_adverb = len(opener) <= SHORT_OPENER and any(w.lower().endswith("ly") for w in opener)
    timed = any(p.match(text[:comma]) for p in (TIME_OPENER, ADVERB_TIME_OPENER, PARTICIPLE_OPENER))
    if not (first in OPENER_START or short_adverb or timed) or len(opener) > OPENER_WORDS \
            or first not in SUBORDINATORS and any(w.lower() in AUXILIARY for w in opener):
        return text
    rest = text[comma + 2:]
    while (nxt := rest.find(", ")) >= 0 and len(rest[:nxt].split()) <= LIST_TAIL:
        rest = rest[nxt + 2:]  # (a list or a second connector: "Apart from X, Y and Z, Japan ...", "For now, however,")
    return rest if len(rest.split()) >= MIN_CLAUSE_WORDS else text


def _relative_subject(before: str) -> str | None:
    """The noun a relative clause is about, from the words before it: "This contrasts with some Chinese projects,"
    → "some Chinese projects" (back to a function word or a verb, at most :data:`SUBJECT_WORDS` words)."""
    kept: list[str] = []
    for w in reversed(before.rstrip(" ,").split()[-SUBJECT_WORDS:]):
        if w.lower() in FUNCTION_WORDS - {"the", "a", "an"} or w.lower() in AUXILIARY or w.endswith((".", ",")):
            break
        kept.insert(0, w)
    return " ".join(kept) or None


def _first_clause(text: str) -> str:
    """The clause up to its first boundary after :data:`MIN_CLAUSE_WORDS` words (a list, or a name set between
    commas, is no boundary)."""
    closing = -1  # where a name set between commas closes ("seat, Ryan, has")
    for m in BOUNDARY.finditer(text):
        head, after = text[:m.start()], text[m.end():].lstrip()
        comma = m.group(0).startswith(",")
        if comma and head.split() and head.split()[-1].islower() and (item := NAME_ITEM.match(after)):
            closing = m.end() + item.end() - 2
            continue
        if m.start() == closing or len(head.split()) < MIN_CLAUSE_WORDS:
            continue
        if comma and head.split()[-1][:1].isupper() and after[:1].isupper():
            continue  # a list of names ("Kazakhstan, Uzbekistan, Tajikistan")
        if comma and LIST_ITEM.match(after):
            continue  # a list of things ("spades, sticks and their bare hands")
        return head
    return text


def _verb_at(words: list[str]) -> int | None:
    """Where a run of words shows its predicate: an auxiliary or modal, or a lower-case past form ("was", "may",
    "cancelled"); None when none shows (a present form is not told from a plural noun: "lies", "relations")."""
    return next((k for k, w in enumerate(words) if k and (w.lower() in AUXILIARY | MODALS
                                                           or w.islower() and w.endswith("ed"))), None)


def _open_end(word: str) -> bool:
    """Whether a clause cut after ``word`` is left open: a function word, a conjunction, an adverb, "more"."""
    low = word.lower().strip(_QUOTES + ",;:")
    return low in FUNCTION_WORDS | CONJUNCTION | OPEN_ENDS or low.endswith("ly")


def _shorten(clause: str) -> tuple[str, bool]:
    """A clause of at most :data:`MAX_TITLE_WORDS` words: cut before its last adjunct's preposition within them
    once its verb is read (whole: not marked as cut), else before its last conjunction, else after them (marked
    as cut, "…"); whether it was marked."""
    words = clause.split()
    if len(words) <= MAX_TITLE_WORDS + SLACK_WORDS:
        return clause, False
    span = range(MAX_TITLE_WORDS, MIN_CUT_WORDS - 1, -1)
    verb = _verb_at(words)
    adjunct = next((k for k in span if words[k] in ADJUNCT_START and verb is not None and k >= verb + ADJUNCT_GAP
                    and not _open_end(words[k - 1])), None)
    if adjunct is not None:
        return " ".join(words[:adjunct]), False
    cut = next((k for k in span if words[k].lower() in CONJUNCTION), None)
    if cut is None:  # (else at the end of a phrase: before a function word, never inside "its international | image")
        cut = next((k for k in span if words[k].lower() in FUNCTION_WORDS | ADJUNCT_START and not _open_end(words[k - 1])),
                   None)
    kept = words[:cut] if cut is not None else words[:MAX_TITLE_WORDS]
    while len(kept) > MIN_CUT_WORDS and _open_end(kept[-1]):
        kept.pop()
    return " ".join(kept), True




def clause_title(text: str, before: str = "") -> str:
    """A claim's title from its sentence ``text``: its teller's surname, then its main clause up to a clause
    boundary (see the module's docstring): "Baitas: the priority was to reach the injured". ``before``: the
    sentence's words before ``text`` when it is a part of it (a relative clause is titled with its noun)."""
    text = _LEADING_QUOTE.sub("", ASIDE.sub("", _DATELINE.sub("", " ".join(blank_escapes(text).split()))))
    if (m := RELATIVE_START.match(text)) and (noun := _relative_subject(" ".join(before.split()))):
        text = f"{noun} {text[m.end():]}"
    who: str | None = None
    if m := ACCORDING.match(text):
        who, text = _surname(m.group("who"), True), text[m.end():]
    else:
        text = _drop_opener(text)
        if (m := LEADING_TELLER.match(text)) and m.end() < len(text) and _surname(m.group("who")):
            who, text = _surname(m.group("who")), text[m.end():]
        elif m := INNER_TELLER.search(text):  # (a pronoun names nobody: "The biggest problems, he said, are")
            who, text = _surname(m.group("who") or ""), text[:m.start()] + " " + text[m.end():]
        elif (m := TRAILING_TELLER.search(text)) and len(text[:m.start()].split()) >= MIN_CLAUSE_WORDS:
            teller = m.group("who") or m.group("who2") or m.group("who3") or ""
            who, text = _surname(teller, bool(m.group("who3"))), text[:m.start()]
    text = _LEADING_QUOTE.sub("", _drop_opener(_LEADING_QUOTE.sub("", text)))
    text = APPOSITION.sub(lambda m: m.group("name") + " ", text)
    clause, cut = _shorten(_TRAILING.sub("", _first_clause(text)))
    clause = _TRAILING.sub("", clause)
    clause += _CLOSING.get(clause.count("“") - clause.count("”"), "")  # (a quotation the cut left open)
    clause += '"' if clause.count('"') % 2 and not cut else ""
    title = f"{who}: {clause}" if who else clause[:1].upper() + clause[1:]
    return title + ("…" if cut else "")
