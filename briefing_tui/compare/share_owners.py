"""Whose share a percentage is, when a sentence gives the shares of several candidates or parties.

Results are written with several shares to a sentence, each attached to its owner by the grammar:
"Lee got 49.4% to Kim's 41.2%" (a possessive before the share; the share before "to Kim's" is not Kim's),
"51,7 % contre 39,3 % pour Kim Moon-soo" (a share *for* a name after it), "le candidat ..., Kim Moon-soo,
avec 41,15 %" (the name in apposition right before "with"), "Kim Moon-soo of the conservative People Power
Party took 42.0%" (the person, not the party named after "of"), "Lee emerged as the victor ... receiving 49.42
percent" (the subject of the winning verb, when no name is nearer). :func:`share_subject` reads these and
leaves every other share to the general reader (:func:`briefing_tui.compare.subjects.subject_of`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing_tui.compare.bloc_tallies import bloc_of
from briefing_tui.compare.contest_shares import projection_in
from briefing_tui.compare.defeated_rivals import beaten_with, rival_of_against
from briefing_tui.compare.subject_names import is_place, name_ok
from briefing_tui.lazy_pattern import lazy_compile

# A name: capitalised words ("Kim Moon-soo", "People Power Party", "Lee Jae-myung"), bounded.
_NAME = r"[A-ZÀ-Ý][\w-]{0,30}(?:\s(?:[A-ZÀ-Ý][\w-]{0,30}|de|du|van|von)){0,4}"
# Qualifier words that may stand between an owner and the share ("to Kim's nearly 42%").
_QUAL = r"(?:(?:about|around|nearly|almost|just|over|under|some|roughly|environ|rund|knapp|fast|cerca\s{1,3}de|casi)\s{1,3})?"
# The name of the vote a share is of, right after it ("of the vote", "des voix", "der Stimmen").
_OF_VOTE = (r"(?:\s{1,3}(?:of\s{1,3}(?:the\s{1,3})?(?:votes?|ballots)|des\s{1,3}(?:voix|suffrages)|der\s{1,3}Stimmen"
            r"|de\s{1,3}los\s{1,3}votos|dos\s{1,3}votos|dei\s{1,3}voti))?")
# A share for a name after it: "39,3 % pour Kim Moon-soo", "39.3 percent for Kim", "41 Prozent für Kim".
_FOR_AFTER = lazy_compile(_OF_VOTE + r",?\s{1,3}(?:for|pour|für|para|per)\s{1,3}(?:the\s|le\s|la\s|die\s|den\s|el\s|o\s|a\s)?"
                        rf"(?P<name>{_NAME})")
# A share, maybe of the voters, then a verb of backing and the name after it: "55% of the voters supported Ruiz",
# "44% backed Soto", "48% voted for Soto", "52 % des électeurs ont voté pour Ruiz" (the name is the share's owner).
_BACKED_AFTER = lazy_compile(
    r"\s{1,3}(?:(?:of|des|de|der|dos|dei)\s{1,3}(?:the\s{1,3}|los\s{1,3})?(?:voters|electorate|électeurs|votantes"
    r"|electores|Wähler|eleitores|elettori)\s{1,3})?(?:(?:have|has|ont|a|han|ha|haben|hat)\s{1,3})?"
    r"(?:supported|backed|favou?red|chose|voted\s{1,3}for|voté\s{1,3}pour|soutenu|votado\s{1,3}por|apoyado|apoyó\s{1,3}a"
    rf"|apoyaron\s{{1,3}}a|gewählt|votou\s{{1,3}}em|votaram\s{{1,3}}em)\s{{1,3}}(?P<name>{_NAME})")
# A name that is the object of "against", then "by"/"with" right before the share: "won the run-off against Pablo
# Soto by 57%", "contra la correísta Luisa Soto por 55,9%", "contre Dubois avec 56 %": the rival's name, not the
# share's owner (who heads the clause).
_AGAINST_NAME_BY = lazy_compile(
    r"\b(?i:against|versus|contra|contre|contro|gegen|tegen|frente\s{1,3}a)\s{1,3}"
    r"(?:(?i:the|el|la|le|l['’]|il|lo|die|den|der|o|a|his|her|su|sa|son|seine[nm]?|ihre[nm]?)\s{1,3})?"
    rf"(?:[a-zà-ÿ-]{{2,25}}\s{{1,3}}){{0,3}}{_NAME},?\s{{1,3}}(?i:by|por|par|per|with|con|avec|mit|com)\s{{1,3}}"
    r"(?:(?i:el|la|le|il|o|a|un|una|um|uma|l['’])\s{1,3})?" + _QUAL + "$")
# A possessive right before the share: "to Kim's 41.2%", "Moon Jae-in's 41.08 percent".
_POSSESSIVE_BEFORE = lazy_compile(rf"(?<![\w-])(?P<name>{_NAME})['’]s\s{{1,3}}{_QUAL}$")
# The votes for a name, then a verb of standing, right before the share: "votes for Mr Novak stood at", "support for
# Novak reached", "los votos para Novak llegaron al", "les voix pour Novak atteignaient".
_VOTES_FOR_BEFORE = lazy_compile(
    r"\b(?:votes?|ballots|support|votos|voix|suffrages|voti|Stimmen)\s{1,3}(?:for|para|pour|per|für)\s{1,3}"
    rf"(?P<title>(?:Mr|Mrs|Ms|Dr|M|Mme|Sr|Sra)\.?\s{{1,3}})?(?P<name>{_NAME})\s{{1,3}}"
    r"(?:stood|stand|stands|was|were|came|reached|rose|fell|amounted|totall?ed|llegaron|alcanzaron|fueron|atteignaient"
    r"|atteignent|étaient|erano|sono|lagen|liegen|kamen|foram|chegaram)\s{1,3}(?:(?:at|to|a|al|à|bei|auf|em)\s{1,3})?"
    + _QUAL + "$")
# The next owner's share after this one: "49.4% to Kim's 41.2%" (then this share is not Kim's).
_RIVAL_AFTER = lazy_compile(_OF_VOTE + r",?\s{1,3}(?:to|against|versus|vs\.?|over)\s{1,3}" + rf"{_NAME}['’]s\s{{1,3}}{_QUAL}\d")
# "with", in the languages of the news digests: the preposition a share follows ("Kim Moon-soo, avec 41,15 %").
_WITH = r"(?:with|avec|mit|con|com)\s{1,3}" + _QUAL
# The name right before "with" (or German "auf", "Dubois auf 44,1 Prozent"): "(AfD) with 20.80%", "Kim Moon-soo mit
# 39,3 Prozent", "..., Kim Moon-soo, avec".
_NAME_WITH = lazy_compile(rf"(?<![\w-])(?P<name>{_NAME})\)?,?\s{{1,3}}(?:{_WITH}|auf\s{{1,3}}{_QUAL})$")
# A place or a teller right before the name before "with": "secured a place in the Bundestag with 8.7%" (where, not
# whose), "kam laut Wahlkommission auf 52,1 Prozent" (who tells it).
_PLACE_OR_TELLER_BEFORE = lazy_compile(
    r"\b(?:in|im|into|at|dans|en|nel|nella|no|na|laut|zufolge|selon|según|segundo|secondo|volgens|according\s{1,3}to)"
    r"\s{1,3}(?:the\s{1,3}|le\s{1,3}|la\s{1,3}|l[’']|der\s{1,3}|dem\s{1,3}|den\s{1,3}|el\s{1,3}|o\s{1,3}|a\s{1,3})?$", re.I)
# "Okafor beat Brandt by 52.3% to 44.1%": the first share is the winner's, the one after "to" the loser's.
_BEAT = (rf"(?<![\w-])(?P<winner>{_NAME})\s{{1,3}}(?:[a-z]{{1,12}}\s{{1,3}})?(?:beat|beats|defeated|defeats|edged|bested"
         rf"|trounced|routed)\s{{1,3}}(?:out\s{{1,3}})?(?P<loser>{_NAME})\s{{1,3}}by\s{{1,3}}")
_BEAT_FIRST = lazy_compile(_BEAT + "$")
_BEAT_SECOND = lazy_compile(_BEAT + r"\d[\d.,]{0,8}\s{0,3}(?:%|percent|per\s{1,3}cent)\s{1,3}to\s{1,3}$")
# A name in apposition, then its verb and "with": "le candidat du New Reform Party, Lee Joon-seok, est arrivé en
# troisième position avec 8,34 %" (set off by commas on both sides: "The AfD, led by Alice Weidel, came in second
# with 20.8%" is the AfD's, not Weidel's).
_APPOSED_WITH = lazy_compile(rf",\s{{1,3}}(?P<name>{_NAME}),\s{{1,3}}(?:[a-zà-ÿ’'-]{{1,20}}\s{{1,3}}){{1,8}}{_WITH}$")
# Words of a party's name ("People Power Party", "Parti du pouvoir du peuple"), or an acronym ("PPP", "CDU").
_PARTY = lazy_compile(r"\b(?:Party|Parti|Partei|Partido|Partito|Partij|Union|Alliance|Front|Congress|League|Liga|Ligue"
                    r"|Bündnis|Alternative)\b|\b[A-Z]{2,6}\b")
# A name's aside in brackets: its native script, age or party ("Hou Yu-ih (侯友宜)", "Kim (61)").
_ASIDE = r"(?:\s{0,3}\([^()]{1,30}\))?"
# A person's running mate or deputy named with them ("and his running mate Jaw Shau-kong (趙少康)"): the phrase's
# head is still the first person.
_MATE = (r"(?:\s{1,3}(?:and|und|et|y|e)\s{1,3}(?:his|her|their|sein(?:em|en|e)?|ihr(?:em|en|e)?|sa|son|ses|su|sus)"
         rf"\s{{1,3}}(?:[a-zà-ÿ-]{{2,20}}\s{{1,3}}){{1,3}}{_NAME}{_ASIDE})?")
# A person, then the party or place named after "of"/"from" ("Kim Moon-soo of the conservative People Power Party took
# 42.0%", "Kim Moon-soo du Parti du pouvoir du peuple (PPP), a pour sa part récolté", "Hou Yu-ih (侯友宜) and his
# running mate Jaw Shau-kong (趙少康) of the opposition Kuomintang received"): the person is whose share or votes.
_PERSON_OF_PARTY = lazy_compile(
    rf"(?<![\w-])(?P<person>{_NAME}){_ASIDE}(?P<mate>{_MATE})\s{{1,3}}"
    r"(?:of|from|du|de\s{1,3}la|de|von\s{1,3}der|vom|del|do|da|della)\s{1,3}"
    r"(?P<det>the\s{1,3}|la\s{1,3}|l[’']|der\s{1,3})?(?:[a-zà-ÿ-]{2,20}\s{1,3}){0,3}"
    rf"(?P<party>{_NAME})(?:\s{{1,3}}[a-zà-ÿ]{{1,20}}){{0,4}}(?:\s{{0,3}}\([^()]{{1,30}}\))?(?P<rest>[^A-ZÀ-Ý.;:]{{0,60}})$")
# Verbs that give a contestant a share ("won", "receiving", "a remporté", "erhielt", "obtuvo").
_WIN_VERB = lazy_compile(
    r"\b(?:won|wins|win|got|gets|received|receives|receiving|took|takes|secured|securing|garnered|garnering"
    r"|obtained|captured|polled|remporté|obtenu|récolté|recueilli|totalisé|erhielt|erhält|gewann|gewinnt|holte"
    r"|kam|kommt|kamen|kommen|landete|obtuvo|consiguió|logró|obteve|alcançou|conquistou|ottenuto|conquistato)\b",
    re.I)
# The subject at the head of a clause: the sentence's start or a conjunction opening a clause ("que", "that").
_HEAD_NAME = lazy_compile(
    r"(?:^|[.;:]\s{1,3}|\b(?:that|que|dass|and|et|und|y|e|while|whereas)\s{1,3})(?:(?:M|Mr|Mrs|Ms)\.?\s{1,3})?"
    rf"(?P<name>{_NAME})(?=[\s,])")
# A name and a relative pronoun right before the winning verb: "President Roh Moo-hyun, who received".
_RELATIVE_BEFORE = lazy_compile(rf"(?<![\w-])(?P<name>{_NAME}),?\s{{1,3}}(?:who|qui|der|die|quien|che)\s{{1,3}}"
                              r"(?:[a-zà-ÿ]{1,20}\s{1,3}){0,2}$")
_CLAUSE_MARK = lazy_compile(r"[,;:()\[\]]")  # a clause's end, between a winning verb and the share it gives
# A topic set before the clause: "As for Reyes, he won about 7%", "Quant à Lee Jun-seok, ... il n'a pu conquérir que
# 7 %", "En cuanto a Reyes, ...", "Quanto a Reyes, ...".
_TOPIC = lazy_compile(r"(?:^|[.;!?]\s{0,3})(?:As\s{1,3}for|Quant\s{1,3}(?:à|au|aux)|En\s{1,3}cuanto\s{1,3}al?|Quanto\s{1,3}(?:a|ao|à))"
                    rf"\s{{1,3}}(?:the\s|le\s|la\s|l[’']|el\s|o\s)?(?P<name>{_NAME}),")
# A share fronted with "with" at the sentence's start ("With 33.7% of the vote, Labour won", "Con el 32,7%, la AD",
# "Avec 33 % des voix, le RN", "Mit 28,5 Prozent wurde die Union stärkste Kraft"): whose it is, the subject after it.
_WITH_FRONTED = lazy_compile(r"(?:\A|[.;!?]\s{1,3})[\"“‘(]?(?:With|Con|Avec|Com|Mit)\s{1,3}(?:(?:el|il|le|la|o|a|l[’'])\s{0,3})?"
                           + _QUAL + r"(?:(?:more\s{1,3}than|más\s{1,3}del?|mais\s{1,3}de|plus\s{1,3}de|più\s{1,3}del|über)\s{1,3})?$")
# ... and the subject after the share: after a comma, an article and at most three lower-case words ("Con il 32,7%, la
# coalizione di centrodestra Alleanza Democratica"), or in German after the verb ("Mit 28,5 Prozent wurde die Union").
_SUBJECT_AFTER_FRONTED = lazy_compile(
    _OF_VOTE + r"(?:,\s{1,3}(?:(?:the|le|la|les|l[’']|el|los|las|o|os|a|as|il|lo|i|gli|die|der|das)\s{1,3}"
    r"(?:[a-zà-ÿ-]{2,20}\s{1,3}){0,3})?"
    r"|\s{1,3}(?:wurde|ist|liegt|lag|kam|kommt|landete|landet|wird|holte|erreichte|erreicht)\s{1,3}(?:die|der|das)\s{1,3})"
    rf"(?P<name>{_NAME})")
_CAPITAL = lazy_compile(r"[A-ZÀ-Ý]")  # a name's first letter
WIN_VERB = _WIN_VERB  # (read by compare/clause_measures.py: a share a verb of winning gives is a contest's)
NAME_AHEAD = 80  # characters after a share searched for its owner ("39,3 % pour Kim Moon-soo")
# The verb of a name set off by commas, then the words up to the figure: "obtained ", "has received ", "got only ".
_APPOSED_VERB = (r"(?:,|(?<=\)))\s{1,3}(?:(?:has|have|had|also|then|[a-z]{2,12}ly)\s{1,3})?"
                 r"(?:[a-z]{2,15}ed|got|won|took|drew|bagged)\s{1,3}(?:[a-z]{1,15}\s{1,3}){0,2}$")
# A name set off by commas (its age, its role or party between them), then its verb: "Dissanayake, 55, secured",
# "Sajith Premadasa, leader of Samagi Jana Balawegaya (SJB), received", "His main opponent, candidate of the
# opposition, Sajith Premadasa, obtained" (a name opening its clause, not one inside a role: "candidate of X").
_APPOSED_NAME_BEFORE = lazy_compile(rf"(?:^|(?<=,\s)|(?<=\.\s)|(?<=that\s)|(?<=and\s))(?P<name>{_NAME})(?:,\s{{1,3}}[^,;:.()]{{1,80}}(?:\([^()]{{1,20}}\))?)?"
                                  + _APPOSED_VERB)
SUBJECT_REACH = 200  # characters before a share searched for the subject of its winning verb
# The name after a word that opens the clause and is no name, set off by a comma: a connective ("Cependant, Lee
# Jae-myung, ... a remporté", "Además, el PP ...").
_NAME_AFTER_OPENER = lazy_compile(rf",\s{{1,3}}(?:(?:the|le|la|les|el|los|las|il|lo|o|a|der|die|das)\s{{1,3}})?(?P<name>{_NAME})")


# A relative clause of winning closing right before the share, its antecedent a name set off by a comma: "la
# ultraderecha de AfD, que logró entre un 19,6 %", "the Greens, who won 11.6%", "i Verdi, che hanno ottenuto l'11,6%".
# The antecedent owns the share, not the subject of the main clause ("El bloque CDU/CSU ..., seguido por ... AfD, que
# logró ..."). At most three lower-case words (the verb and its helpers) between the relative word and the share.
_RELATIVE_SHARE = lazy_compile(rf"(?<![\w-])(?P<name>{_NAME}),\s{{1,3}}(?:who|which|qui|que|quien|quienes|che|die|der)"
                               r"\s{1,3}(?P<verb>(?:[a-zà-ÿ’']{1,20}\s{1,3}){1,3})(?:l[’'])?$")


def relative_owner(before: str) -> str | None:
    """The antecedent of a relative clause of winning that closes right before a share (``_RELATIVE_SHARE``), or
    None."""
    m = _RELATIVE_SHARE.search(before[-NAME_AHEAD:])
    if m is None or not _WIN_VERB.search(m.group("verb")):
        return None
    return name_ok(m.group("name"), False)


def share_subject(before: str, after: str, default: Callable[[str, str], str | None]) -> str | None:
    """Whose share a percentage is, from the text ``before`` and ``after`` it in its sentence (see the module
    docstring); ``default(before, after)`` (the general reader) for a share none of these forms owns."""
    if not _CAPITAL.search(before, max(0, len(before) - SUBJECT_REACH)) and not _CAPITAL.search(after, 0, NAME_AHEAD):
        return default(before, after)  # (no name near: none of these forms applies; "5% 5% 5%" stays cheap)
    if bloc := bloc_of(before, after):
        return bloc  # "A coalizão governista do primeiro-ministro X venceu com 49,2%": the bloc's, not X's
    if (m := _FOR_AFTER.match(after)) and (name := name_ok(m.group("name"), False)):
        return name
    if (m := _BACKED_AFTER.match(after)) and (name := name_ok(m.group("name"), False)):
        return name  # "55% of the voters supported Ruiz": Ruiz's
    if _WITH_FRONTED.search(before) and (m := _SUBJECT_AFTER_FRONTED.match(after)) \
            and (name := name_ok(m.group("name"), False)):
        return name  # "With 33.7% of the vote, Labour won": Labour's
    for pattern, role in ((_BEAT_FIRST, "winner"), (_BEAT_SECOND, "loser")):
        if (m := pattern.search(before[-160:])) and (name := name_ok(m.group(role), False)):
            return name
    if (m := _POSSESSIVE_BEFORE.search(before[-80:])) and (name := name_ok(m.group("name"), False)):
        return name
    if (m := _VOTES_FOR_BEFORE.search(before[-80:])) and (name := name_ok(m.group("name"), False)
                                                          or (m.group("title") and m.group("name"))):
        return name  # "while votes for Mr Novak stood at 49.9%": Novak's (a title before it makes any word a name)
    if _RIVAL_AFTER.match(after):
        after = ""  # "Lee got 49.4% to Kim's 41.2%": the name after is the next share's
    if name := person_of_party(before):
        return name  # (before "with": "Lee Jun-seok of the minor Reform Party with 8.34 percent" is Lee's)
    if (rival := rival_of_against(before)) and (name := name_ok(rival, False)):
        return name  # "beat his rival Novak with 54.3%, against 45.7%": the share set against the winner's, Novak's
    if _AGAINST_NAME_BY.search(before[-SUBJECT_REACH:]):
        return _winner(before)  # "against Soto by 57%": the clause's subject's, not Soto's
    if beaten_with(before):
        return None  # "beat his rival Novak with 54.3%": the winner's, whom the clause may not name
    for pattern in (_NAME_WITH, _APPOSED_WITH):
        near = before[-160:]
        if (m := pattern.search(near)) and not _PLACE_OR_TELLER_BEFORE.search(near, max(0, m.start() - 30), m.start()) \
                and (name := name_ok(m.group("name"), False)):
            return name
    if name := apposed_subject(before):
        return name  # "Dissanayake, 55, secured 42.31%": the name the age sets off is the verb's subject
    if name := relative_owner(before):
        return name  # "seguido por la ultraderecha de AfD, que logró un 19,6 %": AfD's
    found = default(before, after)
    if found is None and (topics := list(_TOPIC.finditer(before[-SUBJECT_REACH:]))):
        found = name_ok(topics[-1].group("name"), False)  # "Quant à Lee Jun-seok, ... il n'a pu conquérir que 7 %"
    if found is None:
        found = _winner(before)
    if found is not None and projection_in(found):
        return None  # "Laut Nachwahlbefragung kommt er auf 51,7 Prozent": the poll tells the share, it owns none
    return found


def person_of_party(before: str) -> str | None:
    """The person heading the subject phrase right before a figure when it names the person's party or place after
    "of"/"from" (``_PERSON_OF_PARTY``): "Hou Yu-ih (侯友宜) and his running mate Jaw Shau-kong (趙少康) of the opposition
    Kuomintang received" -> "Hou Yu-ih" (the party is only the person's affiliation); else None. The affiliation must
    read as one: a party's name ("People Power Party", "KMT"), a name given with "the" ("of the opposition
    Kuomintang") or after a running mate, or a place ("of Taiwan")."""
    m = _PERSON_OF_PARTY.search(before[-SUBJECT_REACH:])
    if m is None or _PARTY.search(m.group("person")):
        return None
    party = m.group("party")
    if not (_PARTY.search(party) or m.group("det") or m.group("mate") or is_place(party)):
        return None
    return name_ok(m.group("person"), False)


def apposed_subject(before: str) -> str | None:
    """The subject of the verb right before a figure when it is a name set off by commas (``_APPOSED_NAME_BEFORE``):
    "Sajith Premadasa, leader of Samagi Jana Balawegaya (SJB), received" -> "Sajith Premadasa"; else None."""
    m = _APPOSED_NAME_BEFORE.search(before[-SUBJECT_REACH:])
    return name_ok(m.group("name"), False) if m else None


def _winner(before: str) -> str | None:
    """The name heading the clause of the winning verb before a share ("Lee emerged as the victor of the
    election receiving 49.42 percent"; "que Lee Jae-myung, le candidat du Parti démocrate, a remporté la 21e
    élection ... avec 49,42 %"), or None."""
    text = before[-SUBJECT_REACH:]
    verbs = list(_WIN_VERB.finditer(text))
    if not verbs or _CLAUSE_MARK.search(text, verbs[-1].end()):
        return None  # (the verb of another clause: "17 287 513 voix, dépassant le record de ... voix (48,56 %)")
    if relative := _RELATIVE_BEFORE.search(text, 0, verbs[-1].start()):
        return name_ok(relative.group("name"), False)  # "President Roh Moo-hyun, who received 48.91 percent"
    heads = [m for m in _HEAD_NAME.finditer(text, 0, verbs[-1].start())]
    if not heads:
        return None
    name = heads[-1].group("name")
    if not name_ok(name, heads[-1].start() == 0) and (later := _NAME_AFTER_OPENER.match(text, heads[-1].end())):
        return name_ok(later.group("name"), False)  # ("Cependant, Lee Jae-myung, ... a remporté": Lee's)
    if "’" in name or "'" in name:
        return None
    return name_ok(name, heads[-1].start() == 0)
