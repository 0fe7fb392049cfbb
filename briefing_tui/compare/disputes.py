"""Whether a statement disputes another in words: a disputing cue (:mod:`.stance`) counts when the words it governs
include words the other statement asserts, and the other statement carries no such cue itself.

What a cue governs depends on what it is: a negation its own predicate ("never held elected office | and ..."); a
predicate adjective its subject and predicate ("Today's verdict is wrong"); an active verb of disputing its object,
not its subject ("Lai and Tsai reject | China's claims"); any other cue the words around it. A cue judging
somebody's words ("falsely claimed"), or rejecting somebody's claim ("reject China's claims"), does not dispute a
statement that reports those words as somebody's.
"""

from __future__ import annotations

import re

from briefing_tui.compare.stance import Cue
from briefing_tui.compare.terms import content_words
from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile

CUE_AFTER = 120  # characters after a cue that it governs ("misleading to frame X as Y")
CUE_BEFORE = 80  # and before it ("the promise that X was misleading")
WEAK_CUE_SIMILARITY = 0.6
# A cue disputes a statement only when the words it governs repeat at least this many of the statement's words: one
# shared word names the same thing without asserting the same of it ("there hadn't been a drop of rain" / "the river,
# fed by torrential rain, rose"; "Today's verdict is wrong" / "The verdict opens the door to other lawsuits").
DISPUTED_SHARED = 2
# Where a clause starts: a comma, semicolon, colon, dash or bracket.
CLAUSE_BREAK = lazy_compile(r"[,;:()\[\]—–]")
# Cues of contrast: they deny what follows them and affirm what comes before ("up to 20 years in prison | rather than
# the potential life term", "a partnership | rather than a takeover").
_CONTRAST_CUE = lazy_compile(r"(?:rather|instead)\s", re.I)
# A thing denied by a contrast that was only ever possible ("rather than the potential life term", "instead of a
# possible fine"): nobody asserts it, so the contrast disputes no other statement.
_HYPOTHETICAL = lazy_compile(r"\b(?:potential|possible|would|could|might|potentiel(?:le)?|m[öo]gliche[nr]?|posible"
                             r"|possibile|poss[íi]vel)\b", re.I)
# Cues that negate the predicate right after them, not the sentence around them.
PREDICATE_CUES = frozenset({"never"})
# A condition's conjunction opening the clause a plain negation stands in ("if she does not pay the fine", "unless
# he does not appeal", "si no paga", "wenn er nicht zahlt"): a negated condition asserts nothing to dispute.
_CONDITION_OPEN = lazy_compile(r"\b(?:if|unless|in\s+case|wenn|falls|si)\b[^,;:.!?]*$", re.I)
# Where a negated predicate ends: punctuation or a conjunction opening another predicate.
_PREDICATE_END = lazy_compile(r"[,;:.()]|\s(?:and|but|while|whereas|or)\s", re.I)


# Cues that are verbs of disputing a statement ("denied", "rejects", "disputed", "refuted", "contradicts").
_VERB_CUE = lazy_compile(r"(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)"
                         r"|disput(?:e|es|ed|ing)|contradict(?:s|ed|ing)?)", re.I)
# A copula right before a cue: the cue is a predicate adjective ("the verdict is wrong", "the figure was false").
_COPULA_BEFORE = lazy_compile(r"\b(?:is|are|was|were|be|been|being|’s|'s)\s{1,3}(?:[a-z]{2,20}ly\s{1,3})?$", re.I)


def _disputes(cue: Cue, a: Unit, b: Unit) -> bool:
    """Whether ``cue`` in ``a`` governs words that ``b`` asserts (the words near it, mostly after)."""
    contrast = _CONTRAST_CUE.match(cue.text) is not None
    if not cue.strong and _CONDITION_OPEN.search(a.text, max(0, cue.start - CUE_BEFORE), cue.start):
        return False  # (a negated condition: "will serve 3 more months if she does not pay the fine")
    if cue.text.lower() in PREDICATE_CUES or not cue.strong:
        # a negation governs its own predicate only: "who had never held elected office | and ...", "there
        # hadn't been a drop of rain | and that the river had risen 26 feet" (what comes before it is asserted)
        scope = _PREDICATE_END.split(a.text[cue.end:cue.end + CUE_AFTER], maxsplit=1)[0]
    elif _COPULA_BEFORE.search(a.text[max(0, cue.start - 30):cue.start]):
        # a predicate adjective judges its subject, before it, and what completes it up to the end of its
        # predicate: "Today's verdict is wrong | and only serves to set back safety" disputes the verdict, not
        # whatever else the sentence goes on to say
        scope = a.text[max(0, cue.start - CUE_BEFORE):cue.start] + " " + \
            _PREDICATE_END.split(a.text[cue.end:cue.end + CUE_AFTER], maxsplit=1)[0]
    elif _VERB_CUE.fullmatch(cue.text):
        # an active verb of disputing governs its object, up to the end of its predicate, not its subject: "Lai
        # and President Tsai reject | China's claims" disputes China's claims, not what is said of Lai and Tsai;
        # "Apple has disputed the accusations |, warning ..." the accusations; what comes before it in an earlier
        # clause may be its object ("the figure of 300, | which officials denied")
        before = a.text[max(0, cue.start - CUE_BEFORE):cue.start]
        scope = CLAUSE_BREAK.split(before)[:-1]
        scope = " ".join(scope) + " " + _PREDICATE_END.split(a.text[cue.end:cue.end + CUE_AFTER], maxsplit=1)[0]
    elif contrast:
        scope = _PREDICATE_END.split(a.text[cue.end:cue.end + CUE_AFTER], maxsplit=1)[0]
        if _HYPOTHETICAL.search(scope):
            return False
    else:
        scope = a.text[max(0, cue.start - CUE_BEFORE):cue.start] + " " + a.text[cue.end:cue.end + CUE_AFTER]
    governed = {w for w, _ in content_words(scope)}
    # (a weak negation must govern what the other predicates, not only the names both speak of: "No party won
    # a majority in Taiwan's Legislative Yuan" does not dispute "The Kuomintang (KMT) secured 52 seats")
    asserted = {w for w, word in b.words if cue.strong or not word[:1].isupper()}
    shared = governed & asserted
    if contrast:
        # a statement that says what the contrast affirms as much as what it denies tells the same contrast ("faces
        # up to 20 years rather than the potential life term" / "avoiding the potential life sentences, he faces
        # prison time on the convictions"), not the thing denied
        affirmed = {w for w, _ in content_words(_PREDICATE_END.split(a.text[:cue.start])[-1])} - governed
        if len(affirmed & asserted) >= len(shared):
            return False
    weight = sum(b.weights.get(w, 0.0) for w in shared)
    return weight >= 2.0 and len(shared) >= DISPUTED_SHARED


# A cue judging somebody's words: an adverb or adjective of falsehood before a verb or noun of saying ("falsely
# claimed", "wrongly said", "false claims that", "incorrectly suggested").
_WORDS_JUDGED = lazy_compile(r"(?:falsely|false|wrongly|incorrectly|incorrect|mistakenly|untruthfully)"
                             r"\s{1,3}(?:claim|say|said|stat|assert|suggest|alleg|insist|report|tweet|post|told|tell"
                             r"|accus|declar|announc|boast)", re.I)


# A verb or noun by which a statement reports somebody's claim as a claim ("Robinson claimed", "the allegation that").
_CLAIM_WORD = lazy_compile(r"\b(?:claim(?:s|ed|ing)?|alleg\w{0,10}|insist\w{0,5}|accus\w{0,10}|assert\w{0,10}"
                           r"|boast\w{0,5})\b", re.I)


def _judges_reported(cue: Cue, a: Unit, b: Unit) -> bool:
    """Whether ``cue`` judges somebody's words (``_WORDS_JUDGED``: "Robinson falsely claimed three million came")
    while ``b`` only reports such words as somebody's, in reported speech or with a word of claiming
    (``_CLAIM_WORD``: "Robinson claimed three million came"): the writer disputes the speaker, not the outlet
    that reports the speaker's words too."""
    return bool(_WORDS_JUDGED.match(a.text, cue.start)) and (b.voice.kind != "outlet" or bool(_CLAIM_WORD.search(b.text)))


# A cue calling somebody's words false ("making a false claim on the form", "wrote, falsely, that").
_FALSEHOOD_CUE = lazy_compile(r"(?:false(?:ly)?|untrue|untruthful(?:ly)?)", re.I)
# A verb or noun of lying: a statement saying somebody lied says the words were false too ("convicted of lying on a
# gun form", "lied on the form", "gelogen", "mintió", "mentiu", "a menti").
_LIE_WORD = lazy_compile(r"\b(?:lied|lying|liars?|gelogen|belogen|mentir|menti|mentiu|mentito|minti[óo]|mintieron)\b",
                         re.I)


def _both_call_words_false(cue: Cue, a: Unit, b: Unit) -> bool:
    """Whether ``cue`` calls somebody's words false (``_FALSEHOOD_CUE``) while ``b`` says somebody lied
    (``_LIE_WORD``): both writers say the words were false; neither disputes the other."""
    return bool(_FALSEHOOD_CUE.fullmatch(cue.text)) and bool(_LIE_WORD.search(b.text))


# Quotation marks that may open a quoted predicate adjective ("the allegations were “baseless”").
_OPENING_QUOTES = "“‘\"'«„"


def _rejects_reported_claim(cue: Cue, a: Unit, b: Unit) -> bool:
    """Whether ``cue`` is a verb of disputing whose object is somebody's claim ("Lai and Tsai reject | China's
    sovereignty claims over Taiwan"), or a predicate adjective whose subject is one ("the allegations were
    “baseless”"), while ``b`` reports that claim as a claim ("China – which claims Taiwan as part of its
    territory", "dismissed the allegations as baseless"): both writers say the claim is somebody's; neither makes
    it its own."""
    if not _CLAIM_WORD.search(b.text):
        return False
    if _VERB_CUE.fullmatch(cue.text):
        return bool(_CLAIM_WORD.search(a.text[cue.end:cue.end + CUE_AFTER]))
    before = a.text[max(0, cue.start - CUE_BEFORE):cue.start].rstrip(_OPENING_QUOTES)
    return bool(_COPULA_BEFORE.search(before)) and bool(_CLAIM_WORD.search(CLAUSE_BREAK.split(before)[-1]))


def stance_dispute(a: Unit, b: Unit, similarity: float) -> list[Cue]:
    """The cues by which ``a`` disputes ``b`` (empty when it does not; a cue judging somebody's words does not
    dispute a report of those words, ``_judges_reported``)."""
    if any(c.strong for c in b.cues):
        return []
    strong = [c for c in a.cues if c.strong and _disputes(c, a, b) and not _judges_reported(c, a, b)
              and not _rejects_reported_claim(c, a, b) and not _both_call_words_false(c, a, b)]
    if strong:
        return strong
    if similarity >= WEAK_CUE_SIMILARITY and not b.cues:
        return [c for c in a.cues if _disputes(c, a, b) and not _judges_reported(c, a, b)
                and not _rejects_reported_claim(c, a, b) and not _both_call_words_false(c, a, b)]
    return []
