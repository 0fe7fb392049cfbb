"""Whether a capitalised stretch names a person: the evidence around it decides.

A title or role before it, an apposition ("X, a professor of ..."), an age ("X, 54,"), a "who"
clause, a speech verb before or after, "the administration of X", a known given name. Without any,
the candidate stays unconfirmed (it may still be confirmed later in the article). Some stretches turn
out to be something else: "a factory in Arizona" is a place, an acronym that acts ("KCNA said") or
a workplace ("an analyst at Nomura Securities") an organisation, and so is a company described as one
("technology company, Alphabet,"), named as another's parent or unit ("Google parent Alphabet") or traded
("Shares of Alphabet dipped", "Alphabet shares fell").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing_tui.extract.cues import (
    AFFILIATION_BEFORE, AGE, APPOSITION, ATTRIBUTION_BEFORE, DATA_SOURCE_BEFORE, HEAD_AFTER, HEAD_OF, INSIDE_RELATIVE,
    PERSON_OF_BEFORE, PLACE_AFTER, PLACE_BEFORE, PLATFORM_BEFORE, SPOKEN_ON_BEFORE, VERB_BEFORE, VERB_ROLE_BEFORE, WHO_CLAUSE,
    apposition_role, role_words, title_before, verb_follows,
)
from briefing_tui.extract.company_cues import company_cue
from briefing_tui.extract.gazetteer import Gazetteer
from briefing_tui.extract.institution_words import media_before
from briefing_tui.extract.outlets import NEWS_OUTLETS
from briefing_tui.extract.lexicon import (
    ANONYMOUS_SUBJECTS, COMMON_ACRONYMS, FEMALE_HONORIFICS, MALE_HONORIFICS, NAME_GIVEN_BEFORE, ORG_HEAD_NOUNS,
    PLACE_KEYWORDS, ROLE_NOUNS, surname_start,
)
from briefing_tui.extract.name_cues import (CORPORATE_RELATION_NOUNS, ORG_AFTER_NOUNS, ORG_MEMBER_NOUNS,
                                            RELATION_NOUNS, STOCK_MOVES, STOCK_NOUNS, WHEN_WHERE_HEADS)
from briefing_tui.extract.names import Token, without_initials
from briefing_tui.extract.nicknames import name_text
from briefing_tui.extract.weather_names import weather_system
from briefing_tui.extract.speech_table import any_language_age_words, any_language_roles, any_language_verbs
from briefing_tui.lazy_pattern import lazy_compile

# A head noun right before a name that makes it an organisation ("networking giant Cisco", "news agency Yonhap").
ORG_HEAD_BEFORE = lazy_compile(r"(?<![A-Z])\b(?:" + "|".join(sorted(ORG_HEAD_NOUNS)) + r")[ \u00a0]+$")
# An organisation's head noun and a comma before a name set off by punctuation: an apposition that says what the
# name is ("American multinational technology company, Alphabet, announced", "its parent company, Alphabet.").
ORG_HEAD_APPOSITION_BEFORE = lazy_compile(r"(?<![A-Z])\b(?:" + "|".join(sorted(ORG_HEAD_NOUNS)) + r"),[ \u00a0]+$")
# A company's name (or "its"), then what the next name is to it ("Google parent Alphabet", "Google-parent Alphabet",
# "Google's parent company Alphabet", "its parent company, Hyundai Motor", "Alphabet unit Waymo").
CORPORATE_RELATION_BEFORE = lazy_compile(
    r"(?:(?<![\w-])[A-Z][\w&.]*(?:['’]s)?|\b[Ii]ts)[ \u00a0-](?:" + "|".join(sorted(CORPORATE_RELATION_NOUNS)) +
    r")(?:[ \u00a0]+(?:company|firm|group))?,?[ \u00a0]+$")
# "Shares of Alphabet", "stock in Nvidia": what is traded right before a name.
STOCK_BEFORE = lazy_compile(r"\b(?:" + "|".join(sorted(STOCK_NOUNS)) + r")[ \u00a0]+(?:of|in)[ \u00a0]+$", re.IGNORECASE)
# "Alphabet shares fell": a stock noun, then what the shares did, right after a name.
STOCK_AFTER = lazy_compile(r"[ \u00a0]+(?:" + "|".join(sorted(STOCK_NOUNS)) + r")[ \u00a0]+(?:" +
                           "|".join(sorted(STOCK_MOVES)) + r")\b")
# What may end an apposition right after a name: punctuation, or a possessive ("company, Hyundai Motor's shares").
APPOSITION_END = lazy_compile(r"[.,;:!?)]|['’]s\b")
# A relative of place right after a name set off by a comma: the name is where something is, not who speaks ("a la
# Comunitat Valenciana, donde están ..., han informado"; "in X, where", "X, où", "X, wo", "X, onde", "X, dove").
PLACE_RELATIVE_AFTER = lazy_compile(r",[ \u00a0]+(?:where|donde|où|wo|onde|dove)\b", re.IGNORECASE)
# Articles inside a capitalised run of a language that capitalises nouns: common nouns joined ("Auszählung der
# Abstimmung"), no person's name, unless a particle opens them ("von der Leyen").
ARTICLES_INSIDE = frozenset({"der", "die", "das", "des", "dem", "den"})
ARTICLE_PARTICLES = frozenset({"von", "van", "vom", "zu", "zur", "zum"})
THE_BEFORE = lazy_compile(r"\b[Tt]he[ \u00a0]+$")  # "the Declaration": a thing, not a person
MAX_THE_ACRONYM = 6  # letters of an unknown acronym after "the" read as an organisation ("the NHS", "the IAEA")
MAX_MIXED_ACRONYM = 4  # letters of an acronym written with a small letter inside ("AfD", "PdL")
# Words of the compass that describe a region without naming it ("in Central and Eastern Europe"): alone, no place.
COMPASS_WORDS = frozenset({"central", "eastern", "western", "northern", "southern", "north", "south", "east", "west"})
MAX_PLACE_WORDS = 3  # words of a name after "in" read as a place when no given name opens it

# The word after an age set off after a name ("Khadija Ouaziz, 52 ans").
_AGE_WORD = lazy_compile(r"^,[ \u00a0]+(?:de[ \u00a0]+)?\d{1,3}[ \u00a0]+([^\W\d_]+)")
_ROLE_WORDS = lazy_compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # words, hyphened ones whole ("porte-parole")
ROLE_REACH = 40  # characters before a name in which a role of the table's languages says it is a person's
# The first two words after a name, an apposition set off by commas passed over ("X, ministro de Economía, dijo").
# (an apposition opens with a lowercase word: "X, Philippe Martinez, versicherte" is about Martinez, not X)
_WORDS_AFTER = lazy_compile(r"^(?:,[ \u00a0]*[a-zà-ÿ][^,.;:!?«»“”„\"]{0,80},)?,?[ \u00a0]+([^\W\d_]+)(?:[ \u00a0]+([^\W\d_]+))?")


# An apposition after a name that opens on a role of the table's languages, after an article or a word for "former"
# ("Claude Guéant, ancien secrétaire général de l'Élysée,", "X, el exministro del Interior,", "X, ehemaliger Minister,").
_APPOSITION_ROLE = lazy_compile(
    r"^,[ \u00a0]+"
    r"(?:(?:le|la|el|il|lo|o|a|der|die|the)[ \u00a0]+|l['’])?"
    r"(?:(?:ancien|ancienne|ex|antiguo|antigua|ehemaliger?|früherer?|former)[ \u00a0-]+)?"
    r"([^\W\d_]+(?:-[^\W\d_]+)*)\b[^,.;:!?]{0,80}[,.;:]")


def _last_word(before: str) -> str | None:
    """The word of letters right before the space that ends ``before`` ("confie " -> "confie"), lower case."""
    stripped = before.rstrip(" \u00a0")
    if len(stripped) == len(before) or not stripped:
        return None
    word = stripped.rsplit(None, 1)[-1]
    return word.lower() if word.isalpha() else None


def other_language_cue(before: str, after: str) -> bool:
    """Whether the speech-word table's languages say a full name is a person's: a verb of saying right before it
    ("confie Khadija Ouaziz", "dijo Luis Caputo"), a role before it ("le porte-parole du gouvernement, X"), or after it (an apposition aside: "X, ministro de Economía,
    dijo"), or an age after it ("Khadija Ouaziz, 52 ans")."""
    verbs = any_language_verbs()
    if _last_word(before) in verbs:
        return True
    written = _ROLE_WORDS.findall(before[-ROLE_REACH:])
    words = [w.lower() for w in written]
    roles = any_language_roles()
    if words and (words[-1] in roles or (
            before.rstrip(" \u00a0").endswith(",") and any(w in roles for w in words))):
        return True  # "le porte-parole du gouvernement, Mustapha Baitas", "el ministro Luis Caputo"
    if len(words) > 1 and words[-2] in roles and written[-1].islower() and before.endswith((" ", "\u00a0")):
        return True  # a role and its adjective: "l'avocat malaisien Sivajothi Rajendram", "la jueza federal X"
    aside = _APPOSITION_ROLE.match(after)
    if aside is not None and aside.group(1).lower() in roles:
        return True  # "Claude Guéant, ancien secrétaire général de l'Élysée,", "X, el exministro del Interior,"
    after_words = _WORDS_AFTER.match(after)  # "Philippe Martinez, versicherte", "X a déclaré", "X, ..., dijo"
    if after_words is not None and any((w or "").lower() in verbs for w in after_words.group(1, 2)):
        return True
    age = _AGE_WORD.match(after)
    return age is not None and age.group(1).lower() in any_language_age_words()


def other_language_verb_before(before: str) -> bool:
    """Whether a verb of saying of the table's languages is right before a name ("a déclaré Ahmed")."""
    return _last_word(before) in any_language_verbs()


# A noun of relation right before a name ("his client Bernie Madoff").
RELATION_BEFORE = lazy_compile(r"\b(?:" + "|".join(sorted(RELATION_NOUNS)) + r")[ \u00a0]+$")
PUNCTUATION_AFTER = lazy_compile(r"[.,;:!?)]")  # a name that ends its phrase
# The lowercase word right after a name ("Forbes magazine", "FTX founder"; "FTX’s" has none).
_WORD_AFTER = lazy_compile(r"(?<![ \u00a0])[ \u00a0]+([a-z][a-z-]*)\b")  # (first space of a run only: linear)


def _word_after(ptext: str, end: int) -> str | None:
    m = _WORD_AFTER.match(ptext, end)
    return m.group(1) if m else None


def is_company(before: str, after: str) -> bool:
    """Whether the words around a name say it is a company: an apposition with an organisation's head noun
    ("technology company, Alphabet,"), what it is to another company ("Google parent Alphabet"), or its stock
    ("Shares of Alphabet", "Alphabet shares fell")."""
    return bool((ORG_HEAD_APPOSITION_BEFORE.search(before) and APPOSITION_END.match(after))
                or CORPORATE_RELATION_BEFORE.search(before) or STOCK_BEFORE.search(before)
                or STOCK_AFTER.match(after))


Verdict = tuple[str, str, dict]
"""(type, key, further Found fields) of the mention to record."""


POSSESSIVE_AFTER = lazy_compile(r"['’]s\b")  # "commented on Smith's remarks": the name owns, it is not posted on


def is_named_source(before: str, after: str, toks: list[Token], gaz: Gazetteer) -> bool:
    """Whether the words before a name make it a body or a platform, not a person: what figures come from ("data
    from Statista") or where something is posted ("wrote on Truth Social", "in a post on Weibo", "said on Truth
    Social"). Not a name that opens with a known given name, a place the gazetteer knows or one named as a place
    ("on Ellis Island"), nor a day or a place after a plain "said on" ("said on Christmas Day")."""
    if gaz.gender_of_given_name(toks[0].text) is not None or toks[-1].text.lower() in PLACE_KEYWORDS:
        return False
    known = gaz.lookup(" ".join(t.text for t in toks))
    if known is not None and known[1] != "organization":
        return False
    if DATA_SOURCE_BEFORE.search(before):
        return True
    if POSSESSIVE_AFTER.match(after):
        return False
    return bool(PLATFORM_BEFORE.search(before)
                or (len(toks) > 1 and toks[-1].text.lower() not in WHEN_WHERE_HEADS
                    and SPOKEN_ON_BEFORE.search(before)))


def _role_after_verb(before: str) -> str | None:
    """The description between a speech verb and a name, when it ends in a role noun ("library assistant")."""
    m = VERB_ROLE_BEFORE.search(before)
    if m is None:
        return None
    words = [w for w in m.group(1).split() if w not in ("the", "a", "an")]
    return " ".join(words) if words and words[-1] in ROLE_NOUNS else None


def _acronym(word: str) -> bool:
    """Whether a word is written as an acronym: capitals ("KCNA"), or a short one with a small letter inside that
    opens and ends on capitals ("AfD")."""
    return len(word) > 1 and (word.isupper() or (
        len(word) <= MAX_MIXED_ACRONYM and word.isalpha() and word[0].isupper() and word[-1].isupper()))


def judge_person(ptext: str, toks: list[Token], role: str | None, confirmed: bool | None, gaz: Gazetteer,
                 at_sentence_start: Callable[[int], bool], nouns_capitalised: bool = False,
                 not_roles: frozenset[str] = frozenset(), language: str | None = None,
                 common_word: Callable[[str], bool] | None = None) -> Verdict | None:
    """What the candidate ``toks`` of paragraph text ``ptext`` is, or None when it is nothing.

    ``confirmed=None`` means: look for evidence around it; ``at_sentence_start(offset)`` tells
    whether a paragraph offset begins a sentence; ``nouns_capitalised``: the text's language
    capitalises every noun (German), so "in X" is a place only before punctuation ("in Südkorea.",
    but not "in Haft sein", "in Kraft treten"); ``not_roles``: words that are no role noun in the text's
    language (the function words of the other languages a text not in English may be in: the "son" of
    "Kellanova, Mars diversifie son offre" is French "its", not a son); ``language``: the text's, for the nouns of
    a medium before a name ("le site Mediapart"); ``common_word(word)``: whether the text shows a capitalised word to
    be a common noun (then "in Haft?" is no place).
    """
    a, b = toks[0].start, toks[-1].end
    text = ptext[a:b]
    if len(toks) == 1 and text.lower() in NEWS_OUTLETS:
        return "organization", text, {}  # "Bernama reported", "told Kyodo": an outlet, never a person
    if (len(toks) == 1 and role is None and not text.isupper() and THE_BEFORE.search(ptext, max(0, a - 5), a)
            and verb_follows(ptext[b:b + 40], apposition=False)):
        return None  # "the Declaration says": people are not "the X" (but "the Hashimoto doctrine")
    if any(t.text[0].isdigit() for t in toks) or weather_system(ptext[max(0, a - 30):a], [t.text for t in toks]):
        return None  # ("Storm Boris", "la tempête Boris": a weather system's name)
    if len(toks) == 1 and not text.isupper() and len([p for p in text.split("-") if _acronym(p)]) > 1:
        return None  # "the SPD-Greens-FDP government": a coalition of parties, nobody
    if nouns_capitalised and len(toks) == 1 and text.endswith("s") and (hit := gaz.lookup(text[:-1])) is not None \
            and hit[1] == "place":
        return "place", hit[0], {}  # "Premier Pakistans": a German genitive of a place's name
    if nouns_capitalised and any(t.text in ARTICLES_INSIDE and toks[i].text.lower() not in ARTICLE_PARTICLES
                                 for i, t in enumerate(toks[1:])):
        return None  # "Auszählung der Abstimmung mitteilte": common nouns, not "von der Leyen"
    if (role is None and PLACE_BEFORE.search(ptext[max(0, a - 12):a]) and PLACE_AFTER.match(ptext[b:b + 2])
            and not (nouns_capitalised and not PUNCTUATION_AFTER.match(ptext, b))
            and not (nouns_capitalised and len(toks) == 1 and common_word is not None and common_word(text))
            and not at_sentence_start(a) and text.lower() not in COMPASS_WORDS and (len(toks) == 1 or (
                len(toks) <= MAX_PLACE_WORDS and gaz.gender_of_given_name(toks[0].text) is None))):
        # "a factory in Arizona.", "devastation in Himachal Pradesh, chief minister X confirmed"
        return "place", " ".join(text.split()), {}
    after_word = _word_after(ptext, b)
    if all(_acronym(t.text) for t in toks):
        # "news agency KCNA", "KCNA said", "FTX founder": an unknown acronym that acts or has staff is an
        # organisation
        before_word = ptext[max(0, a - 30):a].split()[-1:] or [""]
        if len(toks) == 1 and text.lower() in COMMON_ACRONYMS:
            return None  # "the TV station's results": the short form of a common noun names nobody
        if (before_word[0].lower() in ORG_HEAD_NOUNS
                or (before_word[0].lower() == "the" and len(text) <= MAX_THE_ACRONYM)
                or verb_follows(ptext[b:b + 200], apposition=False)
                or AFFILIATION_BEFORE.search(ptext[max(0, a - 60):a])
                or after_word in ORG_MEMBER_NOUNS or after_word in ORG_AFTER_NOUNS):
            return "organization", text, {}
        return None
    before, after = ptext[max(0, a - 60):a], ptext[b:b + 200]
    if role is None and (ORG_HEAD_BEFORE.search(before) or after_word in ORG_AFTER_NOUNS
                         or media_before(before, language)):
        # "networking giant Cisco", "the carrier Qantas", "Forbes magazine estimated", "le site Mediapart"
        return "organization", " ".join(text.split()), {}
    if role is None and (is_company(before, after) or is_named_source(before, after, toks, gaz)
                         or len(toks) == 1 and company_cue(before, after)):
        return "organization", " ".join(text.split()), {}
    gender = None
    if role is None:
        title = title_before(before)
        if title:
            role, confirmed = title, True
    if role:
        low = role.lower().rstrip(".").split()[-1]
        gender = "m" if low in MALE_HONORIFICS else "f" if low in FEMALE_HONORIFICS else None
    m = APPOSITION.match(after)
    described = apposition_role(after, m) if m else None
    if described and any((w in ROLE_NOUNS or w.rstrip("s") in ROLE_NOUNS) and w not in not_roles
                         for w in role_words(described)):
        confirmed = True
        role = role or described
    elif AGE.match(after) or WHO_CLAUSE.match(after) or NAME_GIVEN_BEFORE.search(before):
        confirmed = True  # "Haaland, 23,", "Haaland, who ...", "gave only her first name, Nino"
    elif role is None and len(toks) > 1 and (described := _role_after_verb(before)) is not None:
        confirmed, role = True, described  # "says library assistant Alex Cass"
    elif role is None and len(toks) > 1 and (relation := RELATION_BEFORE.search(before)) is not None:
        confirmed = True  # "whose client Bernie Madoff died", "her son Tom Lee"
    attributed = False
    if not confirmed and not PLACE_RELATIVE_AFTER.match(after):
        # "Industry, said" is the tail of an apposition; "the owner, Kazakhmys, said" is a name
        named_apart = len(toks) > 1 or before.rstrip(" \u00a0").endswith(",")
        # ("Mars, whose brands include M&M's, Snickers and Milky Way, said": the verb is the company's)
        spoke = verb_follows(after, apposition=named_apart) and not (
            after.startswith(",") and INSIDE_RELATIVE.search(before))
        confirmed = bool(spoke or VERB_BEFORE.search(before)
                         or (len(toks) == 1 and (HEAD_AFTER.match(after)))
                         or (len(toks) > 1 and HEAD_OF.search(before))
                         or (len(toks) > 1 and gaz.gender_of_given_name(toks[0].text))
                         or (len(toks) > 1 and other_language_cue(before, after))
                         or (len(toks) == 1 and other_language_verb_before(before)))
        # "according to Statista": only an attribution says it is a person (the article may show otherwise)
        attributed = (confirmed and len(toks) == 1 and role is None and not spoke
                      and ATTRIBUTION_BEFORE.search(before) is not None)
    if len(toks) == 1 and VERB_BEFORE.search(before) and before.rstrip().lower().endswith("by"):
        confirmed = False  # "by Tokyo": a single word after "by" is too weak
    if AFFILIATION_BEFORE.search(before) or (verb_follows(after, apposition=False) and PERSON_OF_BEFORE.search(before)):
        return "organization", " ".join(text.split()), {}  # "an analyst at Nomura Securities", "X of Nomura said"
    low = toks[0].text.lower()
    weak = False
    if len(toks) == 1 and confirmed and role is None:
        if low in ANONYMOUS_SUBJECTS or low in ROLE_NOUNS or low.rstrip("s") in ROLE_NOUNS:
            confirmed = False  # "Analysts said", "Prosecutors had asked": common nouns
        elif at_sentence_start(a):
            # "Haaland, who ..., said": a capitalised first word is a name only if a full name carries it
            confirmed, weak = False, True
    return "person", without_initials(name_text(ptext, toks)), {"role": role, "gender": gender, "confirmed": bool(confirmed),
                                              "full": surname_start([t.text for t in toks]) > 0, "weak": weak, "attributed": attributed}
