"""Words that dispute or deny what another statement asserts ("misleading", "neither ... nor", "never").

A cue is *strong* when it rejects a framing outright and *weak* for plain negation ("not"), which
only counts against a statement that otherwise says nearly the same thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing_tui.lazy_pattern import lazy_compile

STRONG_CUES = (
    r"misleading", r"mislead(?:s|ing)?", r"inaccurate", r"untrue", r"false(?:ly)?", r"wrong(?:ly)?", r"incorrect(?:ly)?",
    r"mistaken(?:ly)?", r"unfounded", r"baseless", r"groundless", r"myth", r"exaggerat(?:ed|es|ion|ing)",
    r"overstat(?:ed|es|ing)", r"den(?:y|ies|ied|ying)", r"reject(?:s|ed|ing)?", r"dismiss(?:es|ed|ing)?",
    r"refut(?:e|es|ed|ing)", r"disput(?:e|es|ed|ing)", r"contradict(?:s|ed|ing)?", r"never",
    r"neither\b[^.;]{1,120}?\bnor",
    # a reframing names the other thing ("a partnership rather than a takeover", "instead of the 10% announced"); a
    # choice between acts does not ("asked the court to enact the ban rather than wait"): no dispute
    r"rather\s+than(?=\s{1,3}(?:an?|the|this|that|these|those|its|his|her|their|[\d$€£¥\"“‘']))",
    r"instead\s+of(?=\s{1,3}(?:an?|the|this|that|these|those|its|his|her|their|[\d$€£¥\"“‘']))",
    r"no\s+evidence", r"(?:does|do|did|is|are|was|were|has|have|had)\s+not\s+(?:seek|aim|want|intend|try|trying|plan)",
    r"(?:does|do|did|is|are|was|were)n[’']t\s+(?:seek|aim|want|intend|try|trying|plan)",
)
# (a negating pronoun is a plain negation too: "neither candidate secured a majority" and "none of them did" deny what
# "no candidate secured a majority" denies; "neither ... nor" is the strong cue above)
WEAK_CUES = (r"not", r"no", r"nor", r"neither", r"none", r"without", r"unlikely", r"cannot")
_STRONG = lazy_compile(r"\b(?:" + "|".join(STRONG_CUES) + r")\b", re.I)
# plain negation, and its contraction at the end of a verb ("didn't", "isn’t": inside the word, so without the
# word boundary before it that the other cues take)
_WEAK = lazy_compile(r"\b(?:" + "|".join(WEAK_CUES) + r")\b|(?<=[a-z])n[’']t\b", re.I)
# A negation that adds rather than denies: "not only its worst result but also ...", "it's not just Le Pen who is
# condemned", "didn't merely ...": what follows is asserted, with more besides
_ADDITIVE = lazy_compile(r"\s{1,3}(?:only|just|merely|simply|least)\b", re.I)
# A verb of rejecting told of an act, not of a statement: in the passive without an agent ("similar cases have been
# dismissed", "his request was denied") or with an indefinite object ("rejected a $23 billion offer", "dismissed a
# lawsuit"); a statement disputed is a definite one ("denied the report", "disputes this")
_ACT_PASSIVE = lazy_compile(r"\b(?:be|been|being|is|are|was|were)\s{1,3}(?:[a-z]{2,20}ly\s{1,3})?$", re.I)
_ACT_VERB = lazy_compile(r"(?:dismiss|reject|den[yi])", re.I)
_INDEFINITE_OBJECT = lazy_compile(r"\s{1,3}(?:an?|another|some)\s", re.I)
_AGENT = lazy_compile(r"\s{1,3}(?:by|as)\b", re.I)
# a party labels a thing (a verb of naming or rejecting, its object, then the label: "has repeatedly dismissed
# the case as a politically motivated witch hunt", "one dissented, calling the charges unfounded", "branded the
# trial a farce"): the sentence reports that party's view, as "called it a witch hunt" does, and disputes
# nothing another source says; a cue word inside the label or the verb itself is no dispute
_LABELLING = lazy_compile(
    r"\b(?:call(?:s|ed|ing)?"          # called the charges unfounded
    r"|brand(?:s|ed|ing)?"             # branded the trial a farce
    r"|label(?:s|ed|led|ing|ling)?"    # labelled the case baseless
    r"|dismiss(?:es|ed|ing)?"          # dismissed the case as a witch hunt
    r"|reject(?:s|ed|ing)?)\b", re.I)  # rejected the ruling as persecution
# the verb's object, one to six words, and for a verb of rejecting the "as" that names it (bounded runs of
# space, up to a blanked dash aside, so that a search stays linear)
# (possessive runs: space and word characters never overlap, so the same matches without backtracking into a run)
_LABEL_OBJECT = lazy_compile(r"(?:\s{1,200}+[\w’'“”\"-]{1,40}+){1,6}?\s{1,200}+as\s|(?:\s{1,200}+[\w’'“”\"-]{1,40}+){1,6}", re.I)
_LABEL_VERBS_NEED_AS = ("dismiss", "reject")
# A party's plea or a step of the proceedings, never a dispute of what another source says:
_PLEA = lazy_compile(
    # the accused's plea against the accusations ("who has denied any wrongdoing", "rejected all allegations")
    r"(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?)\s+(?:any\s+|all\s+|the\s+|these\s+|those\s+)?"
    r"(?:wrongdoing|charges?|allegations?|accusations?|involvement|guilt|culpability)\b"
    # a denial of one's own acts, told by a gerund ("had denied knowingly committing fraud", "denies stealing")
    r"|den(?:y|ies|ied|ying)\s+(?:[a-z]{2,20}ly\s+)?(?:ever\s+)?(?:having\s+)?[a-z]{2,20}ing\b"
    # a court or a party rejecting a step of the case ("dismisses Bankman-Fried's defense that", "rejected the motion")
    r"|(?:dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|den(?:y|ies|ied|ying))\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+"
    r"|[A-Z][\w-]{1,30}[’']s\s+)?(?:defen[cs]e|argument|motion|request|bid|appeal|plea|petition|lawsuit|suit|application)s?\b",
    re.I)
# an aside set off by dashes inside the verb's object ("branding the revamped venture -- blocked by former
# president Joe Biden on security grounds -- as a partnership"): not counted among the object's words
_DASH_ASIDE = lazy_compile(r"\s(?:--|—|–)\s[^—–]{1,160}?\s(?:--|—|–)(?=\s)")
# how far (characters) after the verb's object a label's cue word may stand ("as a politically motivated")
_LABEL_REACH = 40


@dataclass(frozen=True, slots=True)
class Cue:
    """A disputing cue found in a sentence: its words, strength and offsets within the sentence."""

    text: str
    strong: bool
    start: int
    end: int


def _label(words: str) -> str:
    words = " ".join(words.split())
    return "neither … nor" if words.lower().startswith("neither") else words


def _in_label(sentence: str, at: int) -> bool:
    """Whether the cue at ``at`` is a label a party gives (see ``_LABELLING``): a word of the label after
    the verb's object (a verb of rejecting names it "as" something), or that verb itself."""
    sentence = _DASH_ASIDE.sub(lambda m: " " * len(m.group(0)), sentence)
    for m in _LABELLING.finditer(sentence):
        obj = _LABEL_OBJECT.match(sentence, m.end())
        if obj is None:
            continue
        named_as = obj.group(0).endswith(("as ", "as\t", "as\n"))
        if m.group(0).lower().startswith(_LABEL_VERBS_NEED_AS):
            if not named_as:
                continue
            if m.start() == at:
                return True
        first = m.end() + len(obj.group(0)) - len(obj.group(0).lstrip()) if named_as else m.end() + 1
        if first < at and at - obj.end() <= _LABEL_REACH and not re.search(r"[,;.:]", sentence[m.end():at]):
            return True
    return False


def _an_act(sentence: str, start: int, end: int) -> bool:
    """Whether a verb of rejecting at ``start:end`` tells an act rather than a dispute (see ``_ACT_PASSIVE``)."""
    if not _ACT_VERB.match(sentence, start):
        return False
    after = sentence[end:end + 12]
    if _ACT_PASSIVE.search(sentence[max(0, start - 40):start]):
        return not _AGENT.match(after)
    return bool(_INDEFINITE_OBJECT.match(after))


def find_cues(sentence: str) -> list[Cue]:
    """Every strong cue, then every weak one that is not part of a strong cue, in reading order."""
    pleas = {m.start() for m in _PLEA.finditer(sentence)}
    strong = [Cue(_label(m.group(0)), True, m.start(), m.end()) for m in _STRONG.finditer(sentence)
              if not _in_label(sentence, m.start()) and m.start() not in pleas
              and not _an_act(sentence, m.start(), m.end())]
    weak = [Cue(m.group(0), False, m.start(), m.end()) for m in _WEAK.finditer(sentence)
            if not any(c.start <= m.start() < c.end for c in strong) and not _ADDITIVE.match(sentence, m.end())]
    return sorted(strong + weak, key=lambda c: c.start)


# Words opening a clause of its own: a plain negation before the verb that such a word follows is that verb's, not
# the clause's ("It didn't hurt that Alphabet upped the offer to $US32 billion"); right after the negation the clause
# itself is what is denied ("It's not that $550 billion in cash will be sent").
CLAUSE_OPENERS = frozenset("that which who whom whose whether because".split())
# What ends a clause: a cue past it bears on another clause's words.
_CLAUSE_END = lazy_compile(r"[;:!?()\[\]—–]|,\s|\.\s")
_WORD = lazy_compile(r"[^\W\d_][\w'’]*")


def bears_on(cue: Cue, sentence: str, start: int, end: int) -> bool:
    """Whether ``cue`` bears on the words at ``start``-``end`` of ``sentence``: a strong cue always; plain negation
    only in their clause (no clause's punctuation between them, nor, before them, a word opening a clause of its
    own after the negated verb: see ``CLAUSE_OPENERS``)."""
    if cue.strong:
        return True
    if cue.start >= end:
        return not _CLAUSE_END.search(sentence, end, cue.start)
    if _CLAUSE_END.search(sentence, cue.end, start):
        return False
    words = [w.lower() for w in _WORD.findall(sentence, cue.end, start)]
    return not any(w in CLAUSE_OPENERS for w in words[1:])
