"""Evidence around a capitalised run that says what it names: titles, appositions, speech verbs.

Each cue is a property of English news prose ("then prime minister Fumio Kishida", "X, a professor
of ...", "X, 54,", "X, who ...", "an analyst at Nomura Securities", "a factory in Arizona").
"""

from __future__ import annotations

import re

from briefing_tui.extract.spacing import SP
from briefing_tui.extract.lexicon import (GENERIC_ROLES, PERIOD_ONLY_TITLES, SPEECH_VERBS, TITLES)
from briefing_tui.extract.names import Token
from briefing_tui.extract.speech_table import compound_role
from briefing_tui.extract.verbs import verb_at
from briefing_tui.lazy_pattern import lazy_compile

CONNECTORS = frozenset({"and", "in", "on", "of", "for", "the"})
TITLE_SET = frozenset(t.replace(".", "") for t in TITLES)
TITLE_MAX = max(len(t.split()) for t in TITLE_SET)
APPOSITION_REACH = 70  # characters of an apposition after its first word read for a role ("X, a professor of ...")
APPOSITION_LEAD_VERB = lazy_compile(r"who (?:is|was|has been) ")  # the verb an apposition may open with
APPOSITION = lazy_compile(
    r"^," + SP + r"+(?:who is |who was |who has been )?(?:a|an|the|his|her|their|its|former|then|now|senior|chief|"
    r"deputy|acting|longtime|veteran|[A-Z][\w-]*)\b([^,.;:“”\"()]{0,%d})" % APPOSITION_REACH)
# A word of an apposition that makes it a clause, not a description: an auxiliary or modal verb ("According to
# Kurbanov, Japan does not aim to ...": what he says, not what he is).
CLAUSE_VERBS = frozenset({"is", "are", "was", "were", "does", "do", "did", "has", "have", "had", "will", "would",
                          "can", "could", "should", "shall", "may", "might", "must"})
# A relative pronoun: a role ends before it ("a doctor who has worked in Gaza" is "a doctor").
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
# Words that leave a phrase unfinished: a role cut by APPOSITION_REACH ends before its last one ("director of
# special programm|e for Central Eurasia" is "director"), and never on one.
OPEN_ENDED_WORDS = frozenset({"of", "for", "at", "in", "on", "with", "from", "to", "by", "and", "or", "the", "a",
                              "an", "its", "his", "her", "their"})
_ROLE_WORD = lazy_compile(r"[^\s]+")  # one word of a role as written, with its hyphens and apostrophes
AGE = lazy_compile(r"^," + SP + r"+\d{1,3},")
WHO_CLAUSE = lazy_compile(r"^," + SP + r"+who" + SP)
_NEXT_WORD_AFTER_COMMA = lazy_compile(r",(?=" + SP + r"+[a-z])")
VERB_BEFORE = lazy_compile(r"\b(?:said|says|added|adds|explained|noted|wrote|argued|warned|according to|"
                          r"asked|by)" + SP + r"+$", re.IGNORECASE)
# "according to" right before a name: it attributes figures or a claim, to a person or to a body alike ("according
# to Statista"); alone it confirms a person only if the article shows a person by that name (see within_article).
ATTRIBUTION_BEFORE = lazy_compile(r"\baccording" + SP + r"+to" + SP + r"+$", re.IGNORECASE)
# What a name right after it publishes: figures, which come from bodies, not from people ("data from Statista",
# "figures compiled by Eurostat", "according to estimates by Gartner").
DATA_SOURCE_BEFORE = lazy_compile(
    r"\b(?:data|figures|statistics|estimates|numbers|projections|forecasts)"  # what is published
    r"(?:" + SP + r"+(?:compiled|published|released|collected|gathered))?"  # "figures compiled by"
    r"" + SP + r"+(?:from|by)" + SP + r"+(?:the" + SP + r"+)?$", re.IGNORECASE)
# Where something is posted, right before a name: a platform or a channel, not a person ("wrote on Truth Social",
# "posted on X", "in a post on Weibo", "said on his Telegram channel").
PLATFORM_BEFORE = lazy_compile(
    r"(?:\b(?:wrote|writes|posted|posts|tweeted|shared|shares)" + SP + r"+on"  # a verb of posting
    r"(?:" + SP + r"+(?:his|her|its|their))?"
    r"|\bin" + SP + r"+an?" + SP + r"+(?:post|message|video|statement|update|livestream)" + SP + r"+on"  # "in a post"
    r"(?:" + SP + r"+(?:his|her|its|their))?"
    r"|\b(?:said|says|announced|announces|declared|stated)" + SP + r"+on" + SP + r"+(?:his|her|its|their)"  # owned
    r")" + SP + r"+$", re.IGNORECASE)
# A speech verb and "on" right before a name: a platform ("said on Truth Social") or a day or a place ("said on
# Christmas Day", "announced on Capitol Hill"); read as a platform only for a name of several words that does not
# end in a word of time or place (name_cues.WHEN_WHERE_HEADS).
SPOKEN_ON_BEFORE = lazy_compile(r"\b(?:said|says|announced|announces|declared|stated)" + SP + r"+on" + SP + r"+$",
                                re.IGNORECASE)
# A speech verb, then a description ending in a role noun, right before a name: "says library assistant Alex
# Cass", "said local councillor Dan Kerr" (group 1: the description; its last word must be a role noun).
VERB_ROLE_BEFORE = lazy_compile(r"\b(?:said|says|added|adds|explained|noted|wrote|argued|warned)" + SP
                              + r"+((?:[a-z][\w-]*" + SP + r"+){1,3})$")
HEAD_OF = lazy_compile(r"\b(?:cabinet|administration|government|premiership|presidency)" + SP + r"+of" + SP + r"+$")
HEAD_AFTER = lazy_compile(r"^" + SP + r"+(?:cabinet|administration|government)\b")
# A place preposition right before a name, capitalised too where it opens the sentence ("In Mandalay, AFP journalists
# saw": a place, not a person described as journalists).
PLACE_BEFORE = lazy_compile(r"\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]cross|[Aa]round|[Tt]hroughout)" + SP + r"+$")
PLACE_AFTER = lazy_compile(r"(?:[.,;:!?)]|" + SP + r"[a-z]|$)")
AFFILIATION_BEFORE = lazy_compile(
    r"\b(?:analyst|economist|strategist|researcher|professor|fellow|scientist|scholar|lecturer|director|partner|"
    r"engineer|executive|trader|banker|official|expert|spokesman|spokeswoman|spokesperson)s?" + SP + r"+(?:at|with)" +
    SP + r"+(?:the" + SP + r"+)?$"
    r"|\b(?:president|head|chief|executive|director|chairman|chairwoman|chair|member|spokesman|spokeswoman|"
    r"spokesperson|ceo|"
    r"founder|secretary-general|director-general|governor)" + SP + r"+of" + SP + r"+(?:the" + SP + r"+)?$", re.IGNORECASE)
# A person's full name and "of" right before a name that speaks: the name is where the person works, and the verb is
# the person's ("Lena Berg of Northfield Analytics said", "Tom Reyes of the Delta Institute said").
PERSON_OF_BEFORE = lazy_compile(r"(?<![\w’'-])[A-Z][a-z][\w’'-]*" + SP + r"+[A-Z][a-z][\w’'-]*" + SP + r"+of" + SP
                                + r"+(?:the" + SP + r"+)?$")
# A relative clause opened before a name and not closed by a full stop ("Mars, whose brands include M&M's, Snickers
# and"): a name inside it is followed by the clause's closing comma, and a speech verb after that comma is the
# antecedent's ("Mars ... said"), not the name's.
INSIDE_RELATIVE = lazy_compile(r"," + SP + r"+(?:whose|which|who)" + SP + r"[^.;:!?()“”\"]*$")
NAMED_APART = lazy_compile(r"," + SP + r"*$")
PRONOUN_SAID = lazy_compile(r"\b(he|she|He|She)" + SP + r"+(?:said|says|added|told|explained|recalled|continued)\b")
PRONOUN = lazy_compile(r"\b(he|his|him|himself|she|her|hers|herself)\b", re.IGNORECASE)
SENTENCE_LEAD = lazy_compile(r"^[\s“‘\"'«「(\[—–-]*$")
# A full stop glued to the next sentence's first word, as pages lose the space ("stattgegeben.Das Gericht"): a
# lower-case letter and the stop right before the word (matched on those two characters).
GLUED_SENTENCE_END = lazy_compile(r"[a-zß-öø-ÿ]\.$")
# Words of a court's or office's reach that read as a place before a title ("U.S. District Judge",
# "Circuit Judge", "State Senator"): with a country or state before them they belong to the title.
JURISDICTION_WORDS = frozenset({"district", "circuit", "federal", "state", "appeals", "bankruptcy"})



def role_words(text: str) -> list[str]:
    """The lowercase words of a phrase, hyphened ones whole."""
    return re.findall(r"[a-z][a-z-]*", text.lower())


def apposition_role(after: str, m: re.Match[str]) -> str | None:
    """The role an APPOSITION match ``m`` of ``after`` gives, ending on a whole word: up to a relative pronoun;
    when the reach cut it, before its last unfinished complement; None when it is a clause (an auxiliary or a
    speech verb in it: a reported claim, not a description)."""
    text = after[2:m.end()]
    cut = m.end() < len(after) and after[m.end()] not in ',.;:“”"()'
    words = _ROLE_WORD.findall(text)
    if cut and (after[m.end() - 1:m.end()].strip() and after[m.end()].strip()):
        words = words[:-1]  # the reach ended inside a word ("programm" of "programme", "Slavic" of "Slavic-Eurasian")
    low = [w.lower().strip("’'") for w in words]
    lead = APPOSITION_LEAD_VERB.match(text.lstrip())
    if lead is not None:  # "X, who is a professor": the role is what follows the verb
        n = len(lead.group(0).split())
        words, low = words[n:], low[n:]
    rel = next((i for i, w in enumerate(low) if w in RELATIVE_PRONOUNS and i > 0), None)
    if rel is not None:
        words, low, cut = words[:rel], low[:rel], False
    if any(w in CLAUSE_VERBS or w in SPEECH_VERBS for w in low):
        return None
    if cut:
        last = max((i for i, w in enumerate(low) if w in OPEN_ENDED_WORDS and i > 0), default=None)
        if last is not None:
            words, low = words[:last], low[:last]
    while low and low[-1] in OPEN_ENDED_WORDS:
        words, low = words[:-1], low[:-1]
    return " ".join(words) or None


def title_before(before: str) -> str | None:
    """A lowercase title or role right before a name ("then prime minister", "analyst")."""
    words = before.rstrip(" \u00a0").split()
    if not words or before[-1:] not in " \u00a0":
        return None
    for n in range(min(TITLE_MAX, len(words)), 0, -1):
        cand = " ".join(words[-n:])
        if cand.islower() and cand.rstrip(".") in TITLE_SET:
            return cand
    return None


def verb_follows(after: str, apposition: bool = True) -> bool:
    """A speech verb right after a name, or (``apposition``) after the apposition that follows it."""
    if verb_at(after, len(after) - len(after.lstrip(" \u00a0"))) and after[:1] in " \u00a0":
        return True
    if not apposition or not after.startswith(","):
        return False
    limit = next((i for i, c in enumerate(after[:142]) if c in ".;:“”\""), 142)
    for m in _NEXT_WORD_AFTER_COMMA.finditer(after, 0, limit):
        start = m.end() + len(after[m.end():]) - len(after[m.end():].lstrip(" \u00a0"))
        if verb_at(after, start):
            return True
    return False


def norm_word(tok: Token) -> str:
    return tok.text.lower().rstrip(".")


def title_span(run: list[Token], first: bool = False) -> tuple[int, int] | None:
    """The last (or first) formal title inside ``run`` that is followed by at least one more word.

    Abbreviations such as "Gen" count only with their full stop ("Gen. Votel", not "Gen Nakatani"). A German
    role noun, alone or ending a compound, is a title too before capitalised words ("Regierungssprecher Mustapha
    Baitas"; not "Oppositionschef Lee von der Demokratischen Partei": where the name ends is not known).
    """
    found = None
    i = 0
    while i < len(run) - 1:
        for n in range(min(TITLE_MAX, len(run) - 1 - i), 0, -1):
            words = " ".join(norm_word(t) for t in run[i:i + n])
            if n == 1 and words in PERIOD_ONLY_TITLES and not run[i].text.endswith("."):
                continue
            if (words in TITLE_SET and words not in GENERIC_ROLES) or (n == 1 and compound_role(words) and all(
                    r.text[:1].isupper() for r in run[i + 1:])):
                found = (i, i + n)
                if first:
                    return found
                i += n - 1
                break
        i += 1
    return found


# A word of a headline long enough to be capitalised only in title case (not "of", "and", "on", "the").
_HEADLINE_WORD = lazy_compile(r"[^\W\d_]{4,}")
MIN_TITLE_CASE_WORDS = 3  # words of four letters or more a headline needs before its case says anything


def title_cased(text: str) -> bool:
    """Whether a headline is written in title case ("Court Verdict Stuns Industry: Guilty on Two Counts"): every
    word of four letters or more capitalised. Its capitals then say nothing of names ("Smith Verdict" is no person's
    name), unlike a headline in sentence case ("Storm X unleashes flooding in central Europe")."""
    words = _HEADLINE_WORD.findall(text)
    return len(words) >= MIN_TITLE_CASE_WORDS and all(w[0].isupper() for w in words)
