"""The patterns ``speakers.SpeakerFinder`` reads subjects with: what may stand between a name and its
verb, pronoun, role and group subjects, and the words that make a name no subject."""

from __future__ import annotations

import re

from briefing_tui.extract.spacing import SP
from briefing_tui.lazy_pattern import lazy_compile

# Auxiliaries and adverbs between a subject and its verb ("has also said").
AUX = "(?:" + "|".join(w + " " for w in (
    "has", "had", "have", "will", "would", "also", "then", "later", "again", "once", "further", "previously",
    "recently", "earlier", "yesterday", "today", "on [A-Z][a-z]+day", "last week", "this week", "last month",
    "early in the week", "(?:on )?[A-Z][a-z]+day (?:morning|afternoon|evening|night)",
    ", however,",  # "The statement, however, said"
    r"[a-z]+ly",  # "Ford specifically recommended"
    r"\([A-Z][\w.&]{1,9}\)",  # "the Public Prosecution Service (OM) announced"
)) + ")*"
# A comment set off by commas between a subject and its verb: "The statement, however, said".
ASIDE = lazy_compile(r"," + SP + r"*(?:however|meanwhile|though|too|in turn|for (?:its|his|her|their) part)," + SP
                   + r"*$")
# "Wilson is calling for": the auxiliary of a progressive before its -ing verb (not a passive).
PROGRESSIVE_AUX = lazy_compile(SP + r"(?:is|are|was|were)" + SP + r"+$")
ING_WORD = lazy_compile(r"[a-z]+ing\b")
# "he said", "She has told": a pronoun subject right before the verb.
PRONOUN_SUBJECT = lazy_compile(r"(?:^|(?<=[\s,;—–(“‘\"]))(he|she|He|She)" + SP + "+" + AUX + r"$")
# "it said", "It added": an organisation's pronoun.
IT_SUBJECT = lazy_compile(r"(?:^|(?<=[\s,;—–(“‘\"]))(it|It)" + SP + "+" + AUX + r"$")
# "the professor said", "the lanky, bespectacled professor said", "The youth council stated".
DETERMINER = r"(?:the|a|an|one|its|his|her|their|[A-Z][\w-]*['’]s)"  # (and a possessive: "Cuomo’s campaign")
# Conjunctions that open a new clause: no modifier of the subject ("worsening the situation, and officials warn").
CLAUSE_CONJUNCTION = r"(?:and|but|or|while|yet|as|so)"
ROLE_SUBJECT = lazy_compile(r"(?:^|\s)(" + DETERMINER + ")" + SP + r"+((?:(?!(?:" + DETERMINER + "|" + CLAUSE_CONJUNCTION
                           + r")\b)[\w’'-]+,?" + SP
                           + r"+){0,3}?)([a-z-]+)" + SP + "+" + AUX + r"$", re.IGNORECASE)
# "analysts said", "health chiefs warned": a bare (plural) noun subject.
ANON_SUBJECT = lazy_compile(r"(?:^|[\s,;—–(])((?:[\w-]+" + SP + r"+){0,2}?[a-z-]+)" + SP + "+" + AUX + r"$")
# "said the Kazakh President", "said the ministry": a role or organisation noun after the verb.
ROLE_AFTER = lazy_compile(r"(?:the|a|an)" + SP + r"+((?:[\w’'-]+,?" + SP + r"+){0,3}?)([A-Za-z-]+)"
                        r"(?=[.,;:!?)]|\s*$|\s+(?:of|from|at|for|in|with|who|and|on|by|[a-z]+ed)\b)")
# A name set off by commas after a title: "The Health Secretary, Mr Streeting, called".
APPOSED_NAME = lazy_compile(r"," + SP + r"*(?:[A-Z][\w.]*" + SP + r"+){0,3}$")
SOURCE_PHRASE_REACH = 60  # characters a source's description may run on past where it must begin
APPOSED_TITLE_WINDOW = 40  # characters before a name searched for that comma and title
# People speaking for an organisation named right before them: "KMPDU officials said".
ORG_PEOPLE_WORDS = (
    "officials", "spokesperson", "spokesman", "spokeswoman", "representatives", "sources", "leaders", "executives",
    "officers", "authorities", "statement", "press release", "release", "report", "website", "post",
)
ORG_PEOPLE = lazy_compile(r"(?<!" + SP + ")" + SP + r"+(" + "|".join(ORG_PEOPLE_WORDS) + ")" + SP + "+" + AUX + "$")
ORG_PEOPLE_REACH = 80  # characters before a verb in which those words are looked for first
OBJECT_PRONOUN = lazy_compile(r"(him|her)\b", re.IGNORECASE)
# What may stand before a sentence's subject: marks, titles, capitalised words ("Finance Minister ").
SENTENCE_OPENING = lazy_compile(r"[\s“‘\"'(—–-]*(?:[A-Z][\w.’'-]*" + SP + "+){0,4}")
ROLE_BEFORE_WINDOW = 100  # characters before a name searched for a role set off by a comma
PRONOUN_REACH_PARAGRAPHS = 4  # how far back "he"/"she" looks when nobody is named in the last two paragraphs


SUBJECT_WINDOW = 240
# Between a subject's name and its verb: nothing but auxiliaries ("Uyama has said"),
GAP_NOTHING = lazy_compile(SP + r"*" + AUX)
# a comma after a name set off by commas ("The Health Secretary, Mr Streeting, called"),
GAP_COMMA = lazy_compile(r"," + SP + r"*" + AUX)
# an apposition ("Uyama, a professor at ..., said"),
GAP_APPOSITION = lazy_compile(r",(?:[^.;:!?“”\"«»]|“[^”]{1,40}”|\"[^\"]{1,40}\"){1,160}," + SP + "*" + AUX)
# an aside between dashes ("Mayor Lina Ortiz — who faces re-election in May — said", "X―who ...―said"),
GAP_DASH_ASIDE = lazy_compile(SP + r"*[—–―][^.;:!?“”\"«»—–―]{1,160}[—–―]" + SP + "*" + AUX)
# or an affiliation, set off by a comma ("Professor Liu Wei of Peking University, said") or a capitalised name alone
# ("Lena Berg of Northfield Analytics said in a note").
GAP_AFFILIATION = lazy_compile(r"(?<!" + SP + ")" + SP + r"+(?:of|at|from)" + SP + r"(?:[^,.;:!?“”\"«»]{1,80},|(?:the"
                               + SP + r")?[A-Z][\w&’'.-]*(?:" + SP + r"[A-Z][\w&’'.-]*){0,5}" + SP + ")" + SP + "*" + AUX)
# A workplace's "of", "at" or "from" right before a name ("Lena Berg of Northfield Analytics said", "Tom Reyes at the
# Delta Institute said"): the name may be where the speaker before it works, not the speaker.
WORKPLACE_BEFORE = lazy_compile(r"\b(?:of|at|from)" + SP + r"+(?:the" + SP + r"+)?$")
# Titles between a verb and the name after it: "said Prime Minister X", "said the professor X".
# (a word ending in a full stop is an abbreviation such as "Gov." or "U.S.", never "official." ending a sentence)
TITLE_GAP = lazy_compile(r"(?<![\w.-])(?:the |[A-Za-z][\w-]* |[A-Z][a-z]{0,3}\. |(?:[A-Z]\.)+ ){1,4}")
OBJECT_BEFORE = lazy_compile(r"\b(?:by|of|with|to|from|for|about|against|and|than)" + SP + r"+$")
# Before a name that is not a sentence's subject: a preposition ("spoke with Rubio", "in Tokyo").
NOT_SUBJECT_BEFORE = lazy_compile(r"\b(?:" + "|".join((
    "by", "of", "with", "to", "from", "for", "about", "against", "and", "than", "on", "in", "at", "into", "over",
    "under", "after", "before", "during", "between", "among", "like", "as",
)) + ")" + SP + r"+$", re.IGNORECASE)
OBJECT_LOOKBACK = 40  # characters before a name read for a preposition that makes it an object
POSSESSIVE_AFTER = lazy_compile(r"['’]s?\b")  # "Trump's tariffs": a name as a possessive is not the subject
# What may stand right before a place that speaks for its government: the start of a sentence or clause
# ("Doha said", "..., while Beijing warned"), never a preposition ("officials in Tokyo said").
PLACE_SUBJECT_BEFORE = lazy_compile(r"(?:^|[.;:“‘\"(]" + SP + r"*|," + SP + r"+(?:(?:and|but|while|whereas)" + SP
                                  + r"+)?|\b(?:and|but|while|whereas)" + SP + r"+)$")
PLACE_LOOKBACK = 12  # characters before a place read for what stands before it
# Between two people named as one subject: "and", then titles ("Dr Melissa Ryan and Dr Ross Nieuwoudt").
SHORT_TITLE = r"[A-Z][a-z]{0,3}\.?" + SP + "+"  # "Dr ", "Mr. ", "Sen. ", "Gen "
JOINED_BY_AND = lazy_compile(r"(?<!" + SP + ")" + SP + r"+and" + SP + r"+(?:" + SHORT_TITLE + r"){0,2}")
SHORT_TITLE_WORD = lazy_compile(r"[A-Z][a-z]{0,3}\.?")  # one such title, matched whole (to look past titles)
