"""Prison terms: a period that is a sentence handed to someone, whose subject is the person sentenced.

"A court sentenced former president Jair Bolsonaro to 27 years", "Admiral Almir Garnier got 24 years", "was given
two years", "condenou o ex-presidente Jair Bolsonaro a 27 anos e 3 meses de prisão": each is the measure
``PRISON_MEASURE`` of that person, so several defendants of one article make several claims. A term written in two
units ("27 years and three months", "24 anos e 9 meses") is one period (``join_compound_periods``).
"""

from __future__ import annotations

import re

from briefing_tui.compare.ban_kinds import ban_kind
from briefing_tui.compare.counts import Found
from briefing_tui.compare.court_measures import MAXIMUM_TERM, requested_term
from briefing_tui.compare.minimum_terms import minimum_term
from briefing_tui.compare.numbers import NUMBER, parse_number
from briefing_tui.compare.gapped_terms import gapped_term_person
from briefing_tui.compare.sentence_ranges import SENTENCES_MEASURE, sentence_range
from briefing_tui.compare.sentenced_names import first_name as _first_name, name_of as _name
from briefing_tui.compare.sentenced_subjects import before_agent, described_before_verb, name_before_verb
from briefing_tui.compare.prison_going import going_to_prison
from briefing_tui.compare.up_to_terms import up_to_term
from briefing_tui.lazy_pattern import lazy_compile

PRISON_MEASURE = "prison sentence"

# A sentence's noun joined to the term after it: "a sentence of", "une peine de", "una pena de prisión de", "eine
# Haftstrafe von", "uma pena de", "una condanna a" (written after a verb of sentencing or receiving).
SENTENCE_OF = (r"(?:(?:a|an|the|une|una|um|uma|eine|einer|la|le|il)\s{1,3})?(?:(?:prison|jail|custodial)\s{1,3})?"
               r"(?:sentence|term|peine|pena|condena|condanna|Strafe|Haftstrafe|Freiheitsstrafe|Gefängnisstrafe)"
               r"(?:\s{1,3}(?:de|di)\s{1,3}(?:prison|prisión|cárcel|prisão|reclusione|réclusion|carcere))?"
               r"\s{1,3}(?:of|de|di|von|da|a)\s{1,3}")

# A verb of sentencing before the term, with whom it sentenced between it and "to" ("sentenced former president
# Jair Bolsonaro to", "has been sentenced to a", "condenou o ex-presidente Jair Bolsonaro a", "condamné à",
# "verurteilt zu", "divonis"): the object group is who.
_SENTENCED_TO = lazy_compile(
    r"\b(?:sentenced|sentences|sentencing|sentence|jailed|condemned"
    r"|condenou|condenad[oa]s?|conden[oó]|condena|sentenciad[oa]s?|sentenci[oó]"  # Portuguese, Spanish
    r"|condamn[ée]e?s?|condamne"  # French
    r"|verurteilt|verurteilte"  # German
    r"|condannat[oaie]|condanna"  # Italian
    r"|veroordeeld|veroordeelde"  # Dutch
    r"|divonis|dijatuhi\s+hukuman)"  # Indonesian
    r"(?P<who>(?:\s+[^\s.;:!?]+){0,8}?)"
    r"\s+(?:to|a|à|zu|tot)\s+(?:(?:a|an|the|um|uma|une|un|een)\s+)?(?:(?:total|combined)\s+(?:of\s+)?)?"
    r"(?:" + SENTENCE_OF + r")?$",
    re.I)
# An Indonesian verb of sentencing right before the term, with no word for "to" ("dijatuhi hukuman sembilan tahun
# penjara", "divonis 9 tahun penjara", "dihukum selama 9 tahun"): the clause's subject is who.
_SENTENCED_BARE = lazy_compile(
    r"\b(?:divonis|dihukum|dijatuhi\s+(?:hukuman|vonis|pidana)(?:\s+penjara)?)(?P<who>)\s+(?:selama\s+)?$", re.I)
# A verb-last clause of German or Dutch: "zu" or "tot" (with the sentence's noun and "von" between: "zu einer
# Haftstrafe von") before the term, the participle of sentencing after it, in its clause ("Sarkozy wurde zu fünf
# Jahren Haft verurteilt", "zu einer fünfjährigen Haftstrafe verurteilt", "tot vijf jaar cel veroordeeld").
_TO_BEFORE_LAST = lazy_compile(
    r"\b(?:zu|tot)\s{1,3}(?:(?:einer|einem|eine|een)\s{1,3}(?:[^\s.;:!?]{1,30}\s{1,3}(?:von|van)\s{1,3})?)?$", re.I)
_SENTENCED_LAST = lazy_compile(
    r"\A(?:\s{1,3}[^\s.;:!?,]{1,30}){0,4}?\s{1,3}(?:verurteilt|verurteilten|veroordeeld)\b", re.I)
# Who such a clause sentences: the name right before its auxiliary ("Nicolas Sarkozy ist zu", "Sarkozy wurde am
# Donnerstag zu", "Der Ex-Präsident, Nicolas Sarkozy, wurde zu"); German capitalises every noun, so no other capitalised word is taken for the person.
_NAME_BEFORE_AUXILIARY = lazy_compile(
    r"(?<![\w’'-])(?P<name>[A-ZÀ-Ý][\w’'-]{0,30}(?:\s{1,3}[A-ZÀ-Ý][\w’'-]{0,30}){0,3})"
    r"\s{0,3},?\s{1,3}(?:ist|wurde|war|wird|sei|wurden|sind|is|werd|werden)\b")  # (or after an apposition's comma)
# A verb of jailing before "for" and the term, whom it jails between: "jailed for five years", "was imprisoned for",
# "emprisonné pendant", "encarcelado durante", "inhaftiert für" ("for" may be the period's own first word).
_JAILED = lazy_compile(
    r"\b(?:jailed|imprisoned|incarcerated|locked\s{1,3}up|put\s{1,3}behind\s{1,3}bars|emprisonn[ée]e?s?|incarc[ée]r[ée]e?s?"
    r"|encarcelad[oa]s?|encerrad[oa]s?|inhaftiert|eingesperrt|incarcerat[oaie]|imprigionat[oaie]|encarcerad[oa]s?)"
    r"(?P<who>(?:\s{1,3}[^\s.;:!?]{1,30}){0,3}?)\s{1,3}(?:(?:for|pendant|durante|für|per|por)\s{1,3})?$", re.I)
_FOR_WORD = lazy_compile(r"\s{0,3}(?:for|pendant|durante|für|per|por)\s{1,3}$", re.I)
_FOR_FIRST = lazy_compile(r"(?:for|pendant|durante|für|per|por)\b", re.I)
# A term's English genitive with a prison noun: "four years’ imprisonment", "ten years' jail", "a year's prison".
GENITIVE_PRISON = r"['’]s?\s{1,3}(?:imprisonment|jail|prison)"
# A prison noun right after a period, with no verb of sentencing, names it a prison term: "cinco años de prisión",
# "trois ans d'emprisonnement", "sei anni di reclusione", "fünf Jahre Haft" (the English "five years in prison" is also
# said of time served long ago, and is left to the verbs). The English genitive "four years’ imprisonment", "ten
# years' jail" and the Indonesian or Malay "17 tahun penjara" (no "di", "in") name a term handed down, not time served.
_PRISON_NOUN_AFTER = lazy_compile(
    r"\A(?:\s{1,3}(?:de\s{1,3}(?:prison|prisión|cárcel|prisão|réclusion|reclusión)|d['’]emprisonnement"
    r"|di\s{1,3}(?:reclusione|carcere|prigione)|(?-i:Haft|Gefängnis|Freiheitsstrafe)|penjara)"
    r"|" + GENITIVE_PRISON + r")\b", re.I)
# A verb of receiving right before the term: "Almir Garnier got 24 years", "received 26 years", "was given two years"
# (or of giving, with whom it was given to: "the court handed him five years").
_RECEIVED = lazy_compile(r"\b(?:got|gets|received|receives|receiving|given|handed|awarded|recebeu|recibi[oó]|re[çc]u"
                       r"|erhielt"
                       r"|bekam|écop[ée]|écope|écopent|ricevuto|(?:gave|gives|hands|handed)\s+(?:him|her|them))"
                       r"\s+(?:(?:a|an|de|d['’])\s+)?(?:" + SENTENCE_OF + r")?$", re.I)
# What may follow a received term for it to be a sentence: the end of the clause, a prison word, a regime, a prison
# noun in the genitive ("got four years' imprisonment"); "sentence" is a term written as the sentence's adjective
# ("was handed a five-year sentence").
# Spaces are bounded so that no run of blanks is tried at every length from every start (linear on any text).
_TERM_END = lazy_compile(
    r"\s{0,3}(?:$|[.;,)]|\s(?:and|under|for|in\s{1,3}(?:prison|jail)|behind\s{1,3}bars|(?:of\s{1,3})?(?:prison|jail|imprisonment)"
    r"|sentence\b))|" + GENITIVE_PRISON,
    re.I)
# Prison words right after a term ("27 years in prison", "a 27 years ... jail term", "de prisão", "Haft").
_PRISON_AFTER = lazy_compile(
    r"(?<!\s)\s*(?:in\s+(?:prison|jail)|behind\s+bars|(?:of\s+)?(?:prison|jail)\s+(?:term|sentence)|of\s+imprisonment"
    r"|de\s+(?:pris[ãa]o|prisi[óo]n|c[áa]rcel|prison|r[ée]clusion)|Haft|Gef[äa]ngnis|penjara"
    r"|di\s+(?:carcere|reclusione|prigione)|(?:cel|gevangenisstraf|celstraf))\b", re.I)
# Clause openings between a sentence's subject and its verb: the subject of "got" is the name nearest after one.
_CLAUSE_BREAK = lazy_compile(r";|\b(?:and|while|whereas|but|e|y|et|und|dan|sementara|sedangkan)\b")
# Words joining the parts of one term in two units: "27 years and three months", "24 anos e 9 meses".
_COMPOUND_JOIN = lazy_compile(r"(?<!\s)\s+(?:and|e|y|et|und|dan)\s+", re.I)
PERSON_REACH = 200  # characters before a received term searched for the person who received it


def prison_term(before: str, after: str, written: str = "") -> tuple[str, str | None] | None:
    """(measure, person) when the period ``written`` between ``before`` and ``after`` is a prison term, else None. A
    term a party asked for (that party its subject), or the most a charge carries, is a measure of its own
    (:mod:`.court_measures`)."""
    if ban := ban_length(before):
        return ban  # ("barred from office for five years")
    if least := minimum_term(before):
        return least, None  # ("faced a minimum sentence of 15 years": no maximum, no sentence)
    m = _SENTENCED_TO.search(before[-PERSON_REACH:]) or _SENTENCED_BARE.search(before[-PERSON_REACH:])
    if asked := requested_term(before, after, imposed=m is not None):
        return asked
    if m is None and up_to_term(before, after, written):
        return MAXIMUM_TERM, None  # ("una pena de prisión de hasta 30 años", "bis zu 30 Jahre Haft")
    if m:
        who = _first_name(before_agent(m.group("who") or ""))
        if who is None:  # "X has been sentenced to": the clause's subject
            who = _clause_subject(before[:len(before) - len(m.group(0))])
        return PRISON_MEASURE, who
    if (gapped := gapped_term_person(before)) is not None:
        return PRISON_MEASURE, _first_name(gapped)  # ("... to nine years and his brother, Sam Reed, to five years")
    if _TO_BEFORE_LAST.search(before[-60:]) and _SENTENCED_LAST.match(after[:120]):
        last = None
        for last in _NAME_BEFORE_AUXILIARY.finditer(before[-PERSON_REACH:]):
            pass
        return PRISON_MEASURE, _name(last.group("name")) if last else None
    if (jailed := _JAILED.search(before[-PERSON_REACH:])) and (_FOR_WORD.search(before) or _FOR_FIRST.match(written)):
        return PRISON_MEASURE, _first_name(jailed.group("who") or "") or _clause_subject(before[:jailed.start()])
    if _RECEIVED.search(before[-40:]) and (_TERM_END.match(after) or _PRISON_AFTER.match(after)):
        return PRISON_MEASURE, _clause_subject(_RECEIVED.sub("", before[-PERSON_REACH:]))
    if going := going_to_prison(before, after, written):  # ("was sent to prison for 12 years", "muss ins Gefängnis")
        return PRISON_MEASURE, _clause_subject(before) if going == "verb" else None
    if sentence_range(before, written):
        return SENTENCES_MEASURE, None  # ("sentences range from 3 to 20 years": several defendants' terms)
    if _PRISON_NOUN_AFTER.match(after):
        return PRISON_MEASURE, None  # ("le impusieron cinco años de prisión")
    return None


def sentenced_to(before: str) -> bool:
    """Whether ``before`` ends with a verb of sentencing and the word for "to" ("ha sido condenado a", "was
    sentenced to"): the number after it is a term."""
    return bool(_SENTENCED_TO.search(before[-PERSON_REACH:]))


# Where a sentence or a clause a colon opens begins ("... a tranché : Gérard Depardieu est condamné", "...
# ultra-médiatisé.Alors que"): the subject of a sentencing is after it.
_SENTENCE_OR_COLON = lazy_compile(r"\s:\s|(?<=[a-zà-ÿ])[.!?](?=\s{0,3}[A-ZÀ-Ý])")
# A subordinate clause opening the sentence, to its comma ("Alors que s'ouvre le Festival de Cannes, X a été
# condamné", "While the festival opened in Cannes, X was sentenced"): its names are no subject of the main verb.
_SUBORDINATE_OPENING = lazy_compile(
    r"\A\s{0,3}(?:alors\s{1,3}que|tandis\s{1,3}que|lorsque|quand|while|when|as|mientras|cuando|während|als|nachdem"
    r"|mentre|quando|enquanto)\b[^,;]{1,150},", re.I)


def _clause_subject(before: str) -> str | None:
    """The name opening the last clause of ``before`` (the subject of its verb), else the first name of it all; the
    text before the sentence (or the colon) the verb is in, and a subordinate clause opening it, left out."""
    before = _SENTENCE_OR_COLON.split(before)[-1]
    before = before[m.end():] if (m := _SUBORDINATE_OPENING.match(before)) else before
    if described_before_verb(before):
        return None  # ("with the PTI founder being sentenced": described, not named; never another name)
    if (near := name_before_verb(before)) and (name := _name(near)):
        return name  # ("Former Brazil and Barcelona footballer Dani Alves has been")
    clauses = _CLAUSE_BREAK.split(before)
    return _first_name(clauses[-1]) or _first_name(before)


def join_compound_periods(found: list[Found], text: str) -> list[Found]:
    """Periods written in two units joined by "and" ("27 years and three months", "24 anos e 9 meses"), the
    second the smaller and written in a smaller unit ("7.5 years and 7 years" are two terms), made one period of
    their sum; a period with a fraction ("6 1/2 years", "5-1/4 years") or
    the low end of a range ("40- to 50-year", "40 bis 50 Jahre") written before it, read whole (the numbers before
    it are no counts); the other figures as they were (``found`` in reading order)."""
    out: list[Found] = []
    for f in found:
        last = out[-1] if out else None
        if last is not None and f.kind == last.kind == "period" and _COMPOUND_JOIN.fullmatch(text[last.end:f.start]) \
                and last.fields.get("unit") == f.fields.get("unit") and 0 < f.fields["high"] < last.fields["low"] \
                and f.fields.get("conversion", 1.0) < last.fields.get("conversion", 1.0) \
                and last.fields.get("high") == last.fields.get("low") and not f.fields.get("qualifier"):
            out[-1] = Found("period", last.start, f.end, {**last.fields, "low": last.fields["low"] + f.fields["low"],
                                                          "high": last.fields["high"] + f.fields["high"]})
            continue
        if f.kind == "count" and (half := _AND_A_HALF.match(text, f.end)) and f.fields.get("low") == f.fields.get("high"):
            per = 1 / 12 if half.group("unit").lower().startswith("month") else 1.0  # ("22 and a half years")
            value = (f.fields["low"] + 0.5) * per
            out.append(Found("period", f.start, half.end(), {"low": value, "high": value, "unit": "year",
                                                            **({"conversion": per} if per != 1 else {})}))
            continue
        if f.kind == "period" and (whole := _period_before(f, text)) is not None:
            start, fields = whole
            while out and out[-1].end > start:
                out.pop()  # ("6", "1" of "6 1/2 years"; "40" of "40- to 50-year")
            out.append(Found("period", start, f.end, fields))
            continue
        out.append(f)
    return out


# "and a half" between a number and its unit of time: "22 and a half years" (the number alone was read as a count).
_AND_A_HALF = lazy_compile(r"(?:\s{1,3}and\s{1,3}a\s{1,3}half|½)[\s-]{1,3}(?P<unit>years?|months?)\b", re.I)
# A whole number and a fraction before a period, which was read as its denominator: "6 1/2 years", "5-1/4 years".
_FRACTION_BEFORE = lazy_compile(r"(?<![\w/.,])(?P<whole>\d{1,3})[\s-](?P<num>\d)/\Z")
# The low end of a range written before a period that names its unit once: "40- to 50-year", "40 bis 50 Jahre",
# "fünf bis sechs Jahren", "de 40 a 50 años" ("40 to 50 years" is read as a range already).
_RANGE_LOW_BEFORE = lazy_compile(
    rf"(?<![\w.,])(?P<low>{NUMBER})(?:-\s{{0,3}}(?:to|bis|à|a|al|tot|até)|\s{{1,3}}(?:bis|à|a|al|tot|até))\s{{1,3}}\Z", re.I)
_LEADING_NUMBER = lazy_compile(NUMBER, re.I)
FRACTION_REACH = 40  # characters before a period searched for the fraction or range it ends


def _period_before(f: Found, text: str) -> tuple[int, dict] | None:
    """(start, fields) of a period read with the fraction or the range's low end written before it, else None."""
    if f.fields.get("qualifier") or f.fields.get("high") != f.fields.get("low") or not f.fields.get("low"):
        return None
    written = _LEADING_NUMBER.match(text, f.start)
    value = parse_number(written.group(0)) if written else None
    if not value:
        return None
    per = f.fields["low"] / value  # the period's unit in years
    before = text[max(0, f.start - FRACTION_REACH):f.start]
    m = _FRACTION_BEFORE.search(before)
    if m and value in (2, 3, 4, 8) and 0 < int(m.group("num")) < value:
        total = (int(m.group("whole")) + int(m.group("num")) / value) * per
        return f.start - len(before) + m.start(), {**f.fields, "low": total, "high": total}
    m = _RANGE_LOW_BEFORE.search(before)
    low = parse_number(m.group("low")) if m else None
    if low is not None and 0 < low < value:
        return f.start - len(before) + m.start(), {**f.fields, "low": low * per}
    return None


BAN_MEASURE = "ineligible until"  # the year a ban from office (or any bar) ends
EARLIER_BAN_MEASURE = "earlier ineligible until"  # a ban already in force before the news ("already banned until")
# A ban or bar before "until <year>": "barred Bolsonaro from running for public office until", "banned from office
# until", "inelegível até", "inhabilitado hasta", "inéligible jusqu'en"; whom it bars between the verb and "from".
_BANNED_UNTIL = lazy_compile(
    r"\b(?P<already>already\s+|j[áa]\s+)?(?:barred|banned|bars|bans|disqualified|prohibited|suspended|ineligible"
    r"|inelegível|inelegivel|inhabilitad[oa]|inéligible|gesperrt)"
    r"(?P<who>(?:\s+[^\s.;:!?]+){0,3}?)(?:\s+(?:from|de|para|von)\b[^.;:!?]{0,80}?)?"
    r"\s+(?:until|till|through|até|hasta|jusqu['’]en|bis)\s+$",
    re.I)


def ban_end(before: str) -> tuple[str, str | None] | None:
    """(measure, person) when a year right after ``before`` is the end of a ban ("barred X from office until"),
    else None; a ban said to be already in force is an earlier one, not the news's."""
    m = _BANNED_UNTIL.search(before[-PERSON_REACH:])
    if m is None:
        return None
    who = _first_name(m.group("who") or "") or _clause_subject(before[:len(before) - len(m.group(0))])
    return (EARLIER_BAN_MEASURE if m.group("already") else BAN_MEASURE), who


# A ban before its length: "barred Le Pen from running for office for five years" (the period reads "for five
# years"), "banned from public office for", "declared ineligible for", "inelegível por", "inéligible pendant".
_BANNED_FOR = lazy_compile(
    r"\b(?:barred|banned|disqualified|ineligible|inelegível|inelegivel|inhabilitad[oa]|inéligible|gesperrt)"
    r"(?P<who>(?:\s{1,3}[^\s.;:!?]{1,30}){0,3}?)(?:\s{1,3}(?:from|de|para|von)\b[^.;:!?\d]{0,80}?)?"
    r"\s{1,3}(?:(?:for|por|pendant|durante|für)\s{1,3})?$",
    re.I)


def ban_length(before: str) -> tuple[str, str | None] | None:
    """(measure, person) when a period right after ``before`` is how long a ban runs ("barred X from office for
    five years"), else None."""
    m = _BANNED_FOR.search(before[-PERSON_REACH:])
    if m is None:
        return None
    who = _first_name(m.group("who") or "") or _clause_subject(before[:len(before) - len(m.group(0))])
    return ban_kind(m.group(0)), who
