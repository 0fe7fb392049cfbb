"""The patterns ``reported.find_reported`` reads a sentence with: "according to", when and where
something was said, the clause after a verb, participles, datelines; and its tuning numbers."""

from __future__ import annotations

import re

from briefing_tui.extract.spacing import SP
from briefing_tui.lazy_pattern import lazy_compile

ACCORDING_WINDOW = 40  # characters after "according to" in which the source's name must begin
PASSIVE_LOOKBACK = 64  # characters before a verb searched for a passive auxiliary ("is said to")

# "According to X, ..." at the start of a sentence (after an optional "Yet," or "But,").
ACCORDING_START = lazy_compile(r"^\W*(?:[A-Z][\w]*," + SP + r"+)?[Aa]ccording to" + SP + "+")
# ", according to X" after the clause it sources.
ACCORDING_TAIL = lazy_compile(r"," + SP + r"+according to" + SP + "+")
# An auxiliary right before a verb: the passive "is said to be", "was told".
PASSIVE = lazy_compile(r"\b(?:is|was|are|were|be|been|being)" + SP + "+$")
# "to" right after the verb: "said to be", "told to leave".
TO_AFTER = lazy_compile(SP + r"+to\b")
# "As X points out, CLAUSE".
AS_SUBJECT = lazy_compile(r"(?:^|[\s,])[Aa]s" + SP + r"+(?:[A-Z][\w.’'-]*" + SP + r"+){0,3}$")
# When and where it was said, between the verb and the clause: "said on Monday in a statement ...".
WHEN = "(?:" + "|".join((
    # (a determiner after "on" opens a setting, not a time: "said Wednesday on its website")
    r"(?:on|last|this|next|early|late)" + SP + r"+(?!(?:a|an|the|its|his|her|their|our)\b)[\w-]+"
    r"(?:" + SP + r"+(?:morning|afternoon|evening|night))?",  # "on Saturday afternoon"
    r"in" + SP + r"+(?:January|February|March|April|May|June|July|August|September|October|November|December)",
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:" + SP + r"+(?:morning|afternoon|evening|night))?",
    r"earlier|later|yesterday|today|previously|recently|also|again|separately|publicly|privately",
    r"in" + SP + r"+(?:a|an|his|her|their|its|the)" + SP + r"+(?:[\w-]+" + SP + r"+){0,3}?(?:statement|interview|"
    r"speech|post|letter|briefing|report|note|message|release|video|address|conference|filing|session|hearing)",
    r"at" + SP + r"+(?:a|an|the)" + SP + r"+(?:[\w-]+" + SP + r"+){0,3}?(?:briefing|conference|rally|event|meeting|"
    r"summit|hearing|session)",
)) + ")"
SKIP_WHEN = lazy_compile(r"^(?:[ \u00a0,]+" + WHEN + r")+")
# After the verb, a preposition or time word: no clause follows ("said in Tokyo", "said last week").
NOT_A_CLAUSE = lazy_compile(r"^" + SP + "+(?:" + "|".join((
    "in", "on", "at", "by", "outside", "inside", "after", "before", "during", "to", "from", "with", "through",
    "over", "under", "via", "later", "earlier", "yesterday", "today", "last", "this", "so", "goodbye", "sorry",
    "nothing", "something", "anything", "little", "much",
    # "said as he surveyed the damage", "said while touring": the time of saying, not what was said
    r"(?:as|while)(?=" + SP + r"+(?:he|she|they|it|we|i|the|a|an|his|her|their|its|[a-z]+ing)\b)",
)) + r")\b")
# "that" a few words after the verb: "told supporters at a rally that ...", "said in a statement that ...",
# a list in between ("told a council chamber full of legal representatives, lawyers, the media and the public that").
# Nothing but a title before the subject: "Mr Vaishnaw said, ...".
BARE_PREFIX = lazy_compile(r"[\s\"“‘'(]*(?:[A-Z][\w.’'-]*" + SP + r"*){0,3}")
CAPITALISED_WORD = lazy_compile(r"[A-Z][a-z]")  # a word, not an acronym or an initial
THAT_SOON = lazy_compile(r"^[^,.;:“”\"]{0,60}?\bthat" + SP + "+")  # "(quoted as saying) by her press service that"
SEMICOLON_FIRST = lazy_compile(SP + r"*;")
AND_BEFORE = lazy_compile(r"\band" + SP + r"+(?:also" + SP + r"+)?$")
OF_ABOUT = lazy_compile(r"^" + SP + r"+(?:of|about|on)\b")
# a subject inside a "that" clause or a relative clause ("which Trump had challenged") is no new attribution
THAT_BEFORE = lazy_compile(r"\b(?:that|which|whom)" + SP + "+$")
# A comma inside a list, not one before a relative or adverbial clause ("concerns, which revealed that").
LIST_COMMA = r"(?=" + SP + r"+(?!(?:" + "|".join((
    "which", "who", "whom", "whose", "amid", "despite", "while", "although", "though", "because", "but", "as",
    "after", "before", "when", "where", "if", "since", "following",
)) + r")\b))"
# (no finite verb before that "that": in "told the Post Labour would keep to that ceiling" it is a determiner)
# (nor a subject pronoun: in "said he conveyed Japan's concern that" the clause begins at "he"; "that," may
# open an aside: "promised the nation that, in the coming days, he would")
THAT_LATER = lazy_compile(r"^" + SP + r"+(?:(?!(?:would|will|was|were|is|are|had|has|have|could|should|may|might|"
                        r"must|can|he|she|they|we|I)\b)[\w’'.:-]+(?:," + LIST_COMMA + ")?" + SP + r"+){0,14}?that,?" + SP + "+")
OPTIONAL_THAT = lazy_compile(r"^" + SP + r"+(?:that" + SP + r"+)?")
# Only a setting left after the verb: "... wrote in the majority opinion.", "said on its website."
SETTING_TAIL = lazy_compile(r"^(?:" + SP + r"+(?:in|on|at|during|from|via|through|before|after|to|as of)" + SP
                           + r"[^,.;:!?“”\"]{1,50})+[.!?]?" + SP + r"*$")
# Three or fewer words, then a finite verb: the clause after "announced", "told the Post", "confirmed".
FINITE_CLAUSE = lazy_compile(r"^" + SP + r"+((?:[\w’'.-]+" + SP + r"+){1,3}?)(?:would|will|was|were|is|are|had|has|"
                            r"have|could|should|may|might|must|can|did|does|do)\b")
PUNCT_FIRST = lazy_compile(r"^" + SP + r"*[,;:]")
ENDS_HERE = lazy_compile(r"^" + SP + r"*[.!?]")
# CLAUSE, the company said, citing ... / CLAUSE, the ministry said, after ...: the clause is before.
COMMA_THEN_ING = lazy_compile(r"^" + SP + r"*," + SP + r"+(?:[a-z]+ing|after|as|when|while|because|despite|amid|"
                             r"before|since|following|though|although|but|and|in|on|at|with)\b")
# A wire dateline opening the sentence: "TOKYO, March 3 (Reuters) - ".
DATELINE = lazy_compile(r"^[A-Z][A-Z .'-]+,(?:" + SP + r"+[A-Z][a-z]+\.?" + SP + r"+\d{1,2})?(?:" + SP
                       + r"*\([\w .]+\))?" + SP + r"*[-—–]+" + SP + "*")
COMMA_FIRST = lazy_compile(r"^" + SP + r"*,")
# Words that begin a clause after the object of "told": "told reporters [the plan was dead]".
CLAUSE_STARTERS = frozenset({"he", "she", "they", "it", "there", "we", "i", "the", "this", "his", "her", "their",
                              "its", "our", "a", "an", "no", "all", "some", "any", "every", "more", "most", "only"})
TELL = frozenset({"tell", "tells", "told"})
REPORT_FORMS = frozenset({"report", "reports", "reported"})
WORD = lazy_compile(r"[\w’'-]+")
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
PARTICIPLE = lazy_compile(r"," + SP + r"+(?:and" + SP + r"+)?(" + "|".join(PARTICIPLES) + r")(?:" + SP
                        + r"+that)?" + SP + r"+(?=\S)")
# The same without a comma, right after a word and only when "that" follows: "... with the U.S. saying that such
# a situation ..." (looked for only where "ing that" or "out that" occurs: see BARE_PARTICIPLE_HINTS).
BARE_PARTICIPLE = lazy_compile(r"(?<![\s,])(?<!without)" + SP + r"+(" + "|".join(PARTICIPLES) + r")" + SP + r"+that"
                             + SP + r"+(?=\S)")
BARE_PARTICIPLE_HINTS = ("ing that", "out that")
# The word before a bare participle (which begins at the space) that makes it a noun: "receive a warning
# that gave them time".
NOUN_MARKER_BEFORE = lazy_compile(r"\b(?:a|an|the|any|no|this|that|every|each|his|her|their|its|our|my|your|one|early|"
                                r"first|second|last|final|fresh|new|similar|clear|stark)$", re.IGNORECASE)
# Participles that add a noun phrase, not a clause, unless "that" follows: "citing prison consultants".
SOURCE_PARTICIPLES = frozenset({"citing"})
# A second verb for the same speaker: "X acknowledged that ... and warned that ...", "..., and stressed that ...".
COORDINATED = lazy_compile(r",?" + SP + r"+and" + SP + r"+(?:also" + SP + r"+)?([a-z]+)" + SP + r"+that" + SP
                         + r"+(?=\S)")
# A second verb for the same speaker with a clause but no "that": "confirmed he had called Mamdani ... and
# signaled his next steps were uncertain" (at most three words, then a finite verb).
COORDINATED_FINITE = lazy_compile(r",?" + SP + r"+and" + SP + r"+(?:also" + SP + r"+)?([a-z]+)" + SP + r"+(?=(?:(?!that\b)"
                                r"[\w’'.-]+" + SP + r"+){1,3}?(?:would|will|was|were|is|are|had|has|have|could|should|"
                                r"may|might|must|can)\b)")
# "X was quoted as saying (by her press service) (that) ...".
QUOTED_AS = lazy_compile(r"\b(?:was|were|is|are|has been|had been)" + SP + r"+quoted" + SP + r"+as" + SP
                        + r"+saying(?:" + SP + r"+by" + SP + r"+[^,.;:“”\"]{1,60}?)?(?:" + SP + r"+that)?" + SP
                        + r"+(?=\S)")
CLAUSE_OPENERS = "“\"«「‘':"
NAMING_QUOTE_WINDOW = 60  # characters after "called" in which the words it reports must open a quote
# A title between the clause's comma and the name: "..., chief minister Sukhvinder Singh Sukhu confirmed".
# (a relative pronoun is no title: in "..., which Trump had challenged" the verb is the relative clause's)
TRAILING_TITLE = lazy_compile(r"(?<=,)(?:" + SP + r"+(?!(?:which|who|whom|that|while|when|where|as)\b)"
                            r"(?:[A-Za-z][\w.’'-]*))" + r"{1,4}$")
# A colon or an opening mark between a verb and its clause: a direct quote follows ("told MPs: “...”").
QUOTE_INTRO = lazy_compile(r":(?!\d)|[“\"«「]")
# A nickname in quotes inside a name before its verb: "Sen. Paolo “Bam” Aquino IV said" (no quote's end).
NICKNAME_BEFORE = lazy_compile(r"(?<![\w.’'-])[A-Z][\w.’'-]*" + SP + r"+[“\"‘'][A-Z][\w.’'-]*(?:" + SP + r"+[\w.’'-]+){0,2}[”\"’']$")
# ", while B warned ...", "... as she called on ...": the words that join a second clause to the first one.
JOINER_BEFORE = lazy_compile(r"(?:[,;]|[,;]?(?<!" + SP + ")" + SP + r"+(?:while|whereas|but|although|though|as))" + SP
                            + r"*(?:the" + SP + "+)?$")
JOINER_REACH = 40  # characters before a second subject in which its joiner (", while the") must lie
# The subject opening a sentence: a name or pronoun within the first words ("Labour leader Chris Hipkins").
OPENING_SUBJECT = lazy_compile(r"(?<![\w.’'-])(?:[A-Z][\w.’'-]*" + SP + r"+){1,5}(?=[a-z])|(?:He|She|It)" + SP + "+")
INNER_CLAUSE_WORDS = 4  # words before an attribution inside a sentence that make it the clause ("Central Asia" do not)
# Words that open a second clause after an attribution inside a sentence: the part before it is a clause of its own.
CLAUSE_JOINERS = frozenset({"and", "but", "or", "while", "whereas", "yet", "then"})
MIN_CLAUSE = 12  # characters: a shorter "clause" is a fragment, not reported speech
