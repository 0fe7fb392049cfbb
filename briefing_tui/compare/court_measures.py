"""The measures of a court case other than the term imposed: a term a party asked for, the most a charge
carries, money a court orders forfeited or repaid, money taken from victims, and the counts of a conviction.

A prison term ASKED FOR by the prosecution ("Prosecutors had sought a sentence of 50 years"), asked for by the
defence ("his lawyers had asked for six years"), recommended by probation, the maximum possible ("faces up to
20 years") and the term imposed are five measures: a request never contradicts the sentence. The party that asks
is the claim's subject ("requested sentence" of the prosecution), so every source's request of one party is one claim.
Forfeiture, restitution, a fine and money taken from victims are different money measures; "convicted on seven
counts", "found guilty of seven charges", "wegen sieben Straftaten verurteilt", "sept chefs d'accusation" are one
count measure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing_tui.compare.commuted_terms import TERM_COMMUTATION, commuted_sum
from briefing_tui.compare.court_parties import ASK_WORDS as _ASK
from briefing_tui.compare.court_parties import PARTY_WORDS as _PARTY_WORDS
from briefing_tui.compare.repaid_sums import REPAID, repaid_sum
from briefing_tui.compare.fronted_requests import fronted_request
from briefing_tui.compare.theft_amounts import theft_amount
from briefing_tui.compare.unpaid_sums import unpaid_sum
from briefing_tui.compare.wholes import whole_kind
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

REQUESTED_TERM = "requested sentence"  # a term a party asked for (a kind of sentence), the party its subject
MAXIMUM_TERM = "maximum sentence"  # the most the charges carry ("faces up to 110 years")
MAXIMUM_PER_CHARGE = "maximum sentence per charge"  # the most each charge carries ("each carry up to 10 years")
FORFEITURE = "forfeiture"
RESTITUTION = "restitution"
TAKEN = "taken from victims"  # stolen, siphoned, embezzled, or lost by the victims named
TAKEN_FROM_SEVERAL = "taken from several kinds of victims"  # "from customers, investors and lenders"
CONVICTION_COUNTS = "counts of conviction"
CHARGE_COUNTS = "counts charged"
# The last words of these measures (the claims by measure key a measure by its last word; the words before are its
# kind): measures a case has one of, aligned like an event's counts. (The terms end in "sentence", known already.)
COURT_BASES = frozenset({FORFEITURE, RESTITUTION, TAKEN.split()[-1], CONVICTION_COUNTS.split()[-1],
                         CHARGE_COUNTS.split()[-1], TERM_COMMUTATION.split()[-1], REPAID})

_PARTY = "|".join(_PARTY_WORDS.values())
# Each party's words alone, to tell which party a match named.
_PARTY_OF = {p: re.compile(rf"(?:^|[^\w’'-])(?:{w})(?![\w-])", re.I) for p, w in _PARTY_WORDS.items()}
# Participles a verb-last clause (German, Dutch) puts after the term: "Die Staatsanwaltschaft hatte 12 Jahre Haft
# gefordert", "Het OM had 12 jaar geëist".
# (up to LAST_WORDS words between, a decimal number among them: "acht Jahre Haft und fast 24 Millionen Geldstrafe
# gefordert", "sechs Jahre Haft und eine Geldstrafe von 9,6 Millionen Euro gefordert", a list of requests)
LAST_WORDS = 10
_ASKED_LAST = lazy_compile(
    r"\A(?:\s{1,3}(?:\d{1,3}[.,]\d{1,3}|[^\s.,;:!?]{1,20})){0,%d}?\s{1,3}"
    r"(?:gefordert|beantragt|verlangt|vorgeschlagen|geëist|gevorderd)\b"
    % LAST_WORDS, re.I)
_PARTY_ANYWHERE = lazy_compile(r"(?:^|[^\w’'-])(?:" + _PARTY + r")(?![\w-])", re.I)
PARTY_TO_ASK_WORDS = 4  # words between a party and its verb of asking ("lawyers for the banker are asking")
# A party asking, then up to a few words of what it asked ("Prosecutors had sought a sentence of as much as",
# "Bankman-Fried's lawyers had requested the judge to impose a", "die von der Staatsanwaltschaft geforderten"):
# the last one before a term, in its clause.
_ASKED_BEFORE = lazy_compile(
    r"(?:^|[^\w’'-])(?:" + _PARTY + r")(?:[’']s?)?\s{1,3}(?:[^\s.;:!?]{1,20}\s{1,3}){0,%d}?" % PARTY_TO_ASK_WORDS +
    r"(?:(?:" + _ASK + r")(?:\s{1,3}[^\s.,;:!?]{1,20}){0,9}?"
    r"|asked|asking|asks|called|calling|pushed|pleaded|argued)\s{1,3}$", re.I)  # ("asked" + "for five years")
# "von der Staatsanwaltschaft geforderten": the party after "von"/"by" and before a participle ending at the term.
_ASKED_BY_BEFORE = lazy_compile(
    r"\b(?:von|by|par|por|pela|pelo|da|dal|door)\s{1,3}(?:[^\s.;:!?]{1,20}\s{1,3}){0,2}?(?:" + _PARTY + r")"
    r"\s{1,3}(?:" + _ASK + r")\s{1,3}(?:[^\s.;:!?]{1,20}\s{1,3}){0,2}$", re.I)
# A term a relative clause says a party asked for, right after it: "the 40- to 50-year term that prosecutors had
# recommended", "the 50 years sought by prosecutors", "sechs Jahren, die von seinen Anwälten vorgeschlagen wurden".
_ASKED_AFTER = lazy_compile(
    r"\A(?:[\s-]{1,3}[^\W\d_]{1,20}){0,3}?,?\s{1,3}(?:"
    # a relative clause whose subject is the party: "that prosecutors had recommended", "die von seinen Anwälten
    # vorgeschlagen wurden" (with an auxiliary, any verb: the clause says what the party did with the term)
    r"(?:that|which|die|den|das|que|che|dat)\s{1,3}(?:(?:von|by|par|por|pela|pelo|dal|door)\s{1,3})?"
    r"(?:[^\W\d_]{1,20}[’']?\s{1,3}){0,2}?(?:" + _PARTY + r")"
    r"(?:\s{1,3}(?:had|have|has|hatte|hatten|avait|avaient|hab[ií]a|tinha|aveva)\s{1,3}[^\W\d_]{3,20}|\s{1,3}(?:" + _ASK + r"))"
    # or the asking verb first: "sought by prosecutors", "requested by the defence"
    r"|(?:" + _ASK + r")\s{1,3}(?:by|von|par|por|pela|pelo|dal|door)\s{1,3}(?:[^\W\d_]{1,20}[’']?\s{1,3}){0,2}?(?:" + _PARTY + r")"
    # or the party and its verb right after the term: "the 50 years prosecutors sought"
    r"|(?:the\s{1,3})?(?:" + _PARTY + r")\s{1,3}(?:had\s{1,3}|have\s{1,3})?(?:" + _ASK + r"))\b",
    re.I)
# A named person who asked for a term, in a relative clause after it: "the 5-1/4 years or fewer that Mukasey had
# recommended" (whose party the article says elsewhere: ``resolve_requesters``).
_NAMED_AFTER = lazy_compile(
    r"\A(?:[\s-]{1,3}[^\W\d_]{1,20}){0,3}?,?\s{1,3}(?:that|which)\s{1,3}(?P<name>[A-Z][\w’'-]{2,30})"
    r"\s{1,3}(?:had\s{1,3}|has\s{1,3}|have\s{1,3})?(?:" + _ASK + r")\b")
# The most a charge carries: "faces up to 20 years", "a maximum sentence of", "could have been jailed for up to".
_MAXIMUM_BEFORE = lazy_compile(
    r"\b(?:maximum|max\.?|faces?|facing|faced|carries|carry|carried|punishable\s{1,3}by|höchststrafe|höchstens"
    r"|encourt|encourait|enfrenta|rischia|riskeert"
    # (a maximum penalty in the Romance languages: "una pena máxima de", "une peine maximale de", "pena massima di")
    r"|(?:pena|peine|condena|condanna)\s{1,3}(?:m[áa]xima|massima|maximale))\b(?:\s{1,3}[^\s.;:!?]{1,20}){0,6}?\s{1,3}$",
    re.I)
# Prison words right after a term: "faces 20 years in prison" is the most the charge carries.
_JAIL_AFTER = lazy_compile(
    r"\A\s{0,3}(?:in\s{1,3}(?:federal\s{1,3})?(?:prison|jail)|behind\s{1,3}bars|of\s{1,3}(?:prison|imprisonment)"
    r"|de\s{1,3}(?:pris[ãa]o|prisi[óo]n|prison)|Haft\b|Gef[äa]ngnis|di\s{1,3}carcere)", re.I)
# A distributive word before a term's verb: "the two counts each carry a maximum of 10 years", German "jeweils",
# French "chacun", Spanish "cada uno": the term of every charge, not their sum.
_EACH_BEFORE = lazy_compile(
    r"\b(?:each|jeweils|chacun|chacune|cada\s{1,3}un[oa])\b(?:\s{1,3}[^\s.;:!?]{1,20}){0,6}?\s{1,3}$", re.I)
# A distributive phrase right after a term, no other figure between: "10 years for each of the two violations",
# "10 years on each count", "10 years per charge", "10 years apiece".
_EACH_AFTER = lazy_compile(
    r"\A[^\d.;:!?]{0,24}?\b(?:(?:for|on|per)\s{1,3}each|per\s{1,3}(?:count|charge|offen[cs]e)|apiece|each)\b"
    r"|\A[^\d.;:!?]{0,24}?\b(?:pro\s{1,3}(?:Anklagepunkt|Fall)|par\s{1,3}chef|por\s{1,3}cada)\b", re.I)
ASK_REACH = 160  # characters before a term searched for who asked for it


def _party(m: re.Match) -> str | None:
    """The party a match names: the one written first in it."""
    found = [(pm.start(), p) for p, pattern in _PARTY_OF.items() if (pm := pattern.search(m.group(0)))]
    return min(found)[1] if found else None


def requested_term(before: str, after: str, imposed: bool = False) -> tuple[str, str | None] | None:
    """(measure, party) of a period that a party asked for ("Prosecutors had sought 50 years": the requested
    sentence of the prosecution) or the most a charge carries ("faces up to 20 years": the maximum sentence, no
    party's), else None. ``imposed``: a verb of sentencing stands right before the term ("sentenced him to"), so
    only a party asking before it ("Prosecutors asked the judge to sentence him to") makes it a request, never a
    clause after it ("sentenced him to 25 years that prosecutors called lenient")."""
    near = before[-ASK_REACH:]
    clause = re.split(r"[;:!?]|\.\s|\b(?:while|whereas|but|während|alors\s{1,3}que|mientras)\b", near)[-1]
    for pattern in (_ASKED_BY_BEFORE, _ASKED_BEFORE):
        m = None
        for m in pattern.finditer(clause):
            pass
        if m is not None and (party := _party(m)):
            return REQUESTED_TERM, party
    if party := fronted_request(before, after):
        return REQUESTED_TERM, party  # ("forderte die Staatsanwaltschaft", "Le parquet ... Il avait requis")
    if imposed:
        return None
    if _ASKED_LAST.match(after[:80]):
        last = None
        for last in _PARTY_ANYWHERE.finditer(clause):
            pass
        if last is not None and (party := _party(last)):
            return REQUESTED_TERM, party
    m = _ASKED_AFTER.match(after[:100])
    if m and (party := _party(m)):
        return REQUESTED_TERM, party
    if m := _NAMED_AFTER.match(after[:100]):
        return REQUESTED_TERM, m.group("name")  # (a name: resolved to its party, or dropped, by resolve_requesters)
    if _MAXIMUM_BEFORE.search(clause[-80:]) and (_JAIL_AFTER.match(after) or re.search(r"maxim|höchst", clause[-80:], re.I)):
        each = _EACH_BEFORE.search(clause[-80:]) or _EACH_AFTER.match(after[:80])
        return (MAXIMUM_PER_CHARGE if each else MAXIMUM_TERM), None
    return None


PARTIES = frozenset(_PARTY_WORDS)
NAME_ROLE_REACH = 3  # capitalised words between a role word and the name it introduces ("Defence lawyer Marc Mukasey")


def resolve_requesters(figures: list[Figure], raw: str) -> list[Figure]:
    """The requested terms whose requester is a name, given that person's party as the article introduces them
    ("Defence lawyer Marc Mukasey", "prosecutor Jane Roe"); a name the article gives no party is no requester (the
    figure keeps no measure)."""
    out = []
    for f in figures:
        if f.measure == REQUESTED_TERM and f.subject and f.subject not in PARTIES:
            party = _party_of_name(f.subject, raw)
            f = replace(f, subject=party) if party else replace(f, measure=None, subject=None)
        out.append(f)
    return out


def _party_of_name(name: str, raw: str) -> str | None:
    role = re.search(rf"(?:^|[^\w’'-])(?:{_PARTY})(?:\s{{1,3}}[A-Z][\w.’'-]{{0,20}}){{0,{NAME_ROLE_REACH}}}?\s{{1,3}}"
                     rf"{re.escape(name)}\b", raw, re.I)
    return _party(role) if role else None


# Up to four words between a verb of a court case and its amount, a number among them ("pay back 673.8 trillion dong
# ($29.6 billion)": the amount in brackets is the same sum converted), ending right before the amount.
_WORDS_TO_AMOUNT = r"(?:\s{1,3}(?:\d[\d.,]{0,20}|[^\s.;:!?]{1,20})){0,4}?\s{1,3}$"
# An opening bracket right before an amount: it converts the amount before it.
_CONVERSION_OPEN = lazy_compile(r"\s{0,3}\($")
# Money a court orders forfeited or repaid: "ordered to forfeit $11 billion", "a forfeiture of", "$11 billion in
# forfeiture", "restitution of $5 million", "Einziehung von", "confiscation de", "decomiso de".
_FORFEIT_BEFORE = lazy_compile(
    r"\b(?:forfeit|forfeits|forfeited|forfeiting|forfeiture|disgorge|disgorgement|einziehung|eingezogen|confiscation"
    r"|confisqu[ée]|decomiso|decomisar|confisco|perdimento)\b" + _WORDS_TO_AMOUNT, re.I)
_RESTITUTION_BEFORE = lazy_compile(
    r"\b(?:restitution|repay|repaid|pay\s{1,3}back|paid\s{1,3}back|reimburse|reimbursed|refund|refunds|refunded"
    r"|refunding|wiedergutmachung"
    r"|rückzahlung|r[ée]paration|restituci[óo]n|ressarcimento|risarcire)\b" + _WORDS_TO_AMOUNT,
    re.I)
_FORFEIT_AFTER = lazy_compile(r"\A\s{0,3}(?:\([^()]{0,40}\)\s{0,3})?(?:in\s{1,3})?(?P<kind>forfeiture|restitution)\b", re.I)
# Money taken from victims: "siphoning $8 billion from customers", "stealing $8 billion from", "swindled about $10
# billion from", "embezzled", "den Verlust von 10 Milliarden Dollar an Kundengeldern", "détourné".
_TAKEN_BEFORE = lazy_compile(
    r"\b(?:stole|stolen|steal|stealing|steals|siphon|siphoned|siphoning|siphons|swindled|swindling|swindle"
    r"|embezzled|embezzling|embezzlement|misappropriated|misappropriating|misappropriation|defrauded|defrauding"
    r"|veruntreut|veruntreute|unterschlagen|gestohlen|erbeutet|(?P<loss>Verlust|Verluste)"
    r"|détourné|détournés|détournement|volé|robado|robó|desvi[óo]|desviado|malversado|desviou|roubado|rubato"
    r"|sottratto|verduisterd|gestolen)\b" + _WORDS_TO_AMOUNT, re.I)
# Money taken named by a relative clause right after the amount: "the €4.1 million it was accused of misappropriating",
# "the $8 billion he stole", "the sum which they had embezzled". The clause's subject is a pronoun or a capitalised
# name (not a preposition: "fined $2 million for misappropriating funds" is the fine), then at most three auxiliaries,
# an accusation's words, and a verb of taking.
_TAKEN_AFTER = lazy_compile(
    r"\A\)?\s{1,3}(?:that\s{1,3}|which\s{1,3})?(?:it|he|she|they|we|(?-i:[A-Z][\w’'-]{1,30}))\s{1,3}"
    r"(?:(?:was|were|is|are|had|has|have|been|allegedly|reportedly)\s{1,3}){0,3}"
    r"(?:(?:accused|suspected|convicted|charged|guilty)\s{1,3}(?:of|with)\s{1,3})?"
    r"(?:stole|stolen|stealing|siphoned|siphoning|swindled|embezzled|embezzling|misappropriated|misappropriating"
    r"|diverted|diverting|defrauded|laundered|laundering)\b", re.I)
# A fraud (Indonesian "korupsi" names any theft of public or bank funds) and the word giving its size right before
# the amount: "fraud amounting to", "a fraud worth", "kasus
# penggelapan senilai", "une fraude de", "Betrug in Höhe von" (a fraud's size is the money taken; a fraud named
# farther back, "convicted of fraud and fined", says nothing of the amount).
_FRAUD_OF = lazy_compile(
    r"\b(?:fraud|frauds|fraude|fraudes|betrug|betrugs|estafa|frode|truffa|penipuan|penggelapan|korupsi|embezzlement|scam"
    r"|swindle|ponzi\s{1,3}scheme)"
    r"\s{1,3}(?:amounting\s{1,3}to|worth|totall?ing|valued\s{1,3}at|involving|of|in\s{1,3}h[öo]he\s{1,3}von|von|de|di"
    r"|van|senilai|sebesar)\s{1,3}(?:(?:about|over|more\s{1,3}than|nearly|some)\s{1,3})?$", re.I)
# A fraud named right after its amount: "a $12.5 billion fraud", "304-trillion-dong ($12.5-billion) financial fraud".
_FRAUD_AFTER = lazy_compile(r"\A\)?\s{0,3}(?:[a-z-]{1,20}\s{1,3}){0,2}?(?:fraud|frauds|embezzlement|swindle|scam)\b",
                          re.I)
# Whom it was taken from, after the amount: "from customers" (one kind of victim) or "from customers, investors and
# lenders" (several kinds: another measure).
_FROM_VICTIMS = lazy_compile(r"\A[^.;:!?]{0,30}?\b(?:from|an|à|a|de|di|van)\s{1,3}(?P<victims>[^.;:!?]{1,60})", re.I)
_SEVERAL = lazy_compile(r"\A[\w’'-]{1,30}(?:,\s{1,3}[\w’'-]{1,30}){1,4},?\s{1,3}(?:and|und|et|y|e|en)\s{1,3}[\w’'-]{1,30}")
# A loss is the victims' only as a loss "of" their money ("der Verlust von 10 Milliarden an Kundengeldern"); a
# firm's loss is no money taken.
_LOSS_OF = lazy_compile(r"\A\s{0,3}an\s{1,3}[A-ZÄÖÜ][\w-]{2,30}")
TAKEN_REACH = 60  # characters before an amount searched for a verb of taking


def court_money(before: str, after: str) -> str | None:
    """What an amount is in a court case: forfeiture, restitution, or money taken from victims (stolen, siphoned,
    lost; from several kinds of victims at once is another measure), else None."""
    if commuted_sum(before):
        return TERM_COMMUTATION  # ("tres años de cárcel ... a cambio de pagar otros 432.000 euros")
    if repaid_sum(before, after):
        return REPAID  # ("ha già versato 17,2 milioni di euro")
    near = _CONVERSION_OPEN.sub(" ", before[-TAKEN_REACH:])
    m = _FORFEIT_AFTER.match(after)
    if m:
        return FORFEITURE if m.group("kind").lower() == "forfeiture" else RESTITUTION
    if _FORFEIT_BEFORE.search(near):
        return FORFEITURE
    if _RESTITUTION_BEFORE.search(near):
        return RESTITUTION
    taken = _TAKEN_BEFORE.search(near) or _FRAUD_OF.search(near) or _FRAUD_AFTER.match(after) \
        or _TAKEN_AFTER.match(after) or theft_amount(near, after) \
        or unpaid_sum(before, after)  # ("the theft of", "a $615 million exploit", "failed to pay €14.5 million")
    if taken and (not taken.groupdict().get("loss") or _LOSS_OF.match(after)):
        victims = _FROM_VICTIMS.match(after[:100])
        return TAKEN_FROM_SEVERAL if victims and _SEVERAL.match(victims.group("victims")) else TAKEN
    return None


# Nouns that count the charges of a case (English, German, French, Spanish, Portuguese, Italian, Dutch).
COUNT_NOUNS = frozenset(
    """count counts charge charges offense offenses offence offences crime crimes felony felonies misdemeanor
    misdemeanors misdemeanour misdemeanours straftat straftaten straftaten anklagepunkt anklagepunkte anklagepunkten
    delikt delikte delikten chef chefs cargo cargos delito delitos crimen crímenes crime crimes acusação acusações
    reato reati accusa accuse imputazione imputazioni aanklacht aanklachten""".split())
# A conviction before a count of charges: "convicted on seven counts", "found guilty of seven charges", "wegen
# sieben Straftaten verurteilt", "reconnu coupable de sept chefs", "condenado por siete delitos".
_CONVICTED = lazy_compile(
    r"\b(?:convicted|convicting|convicts|convict|conviction|guilty|verurteilt|verurteilten|verurteilte|schuldig"
    r"|schuldiggesprochen|coupable|condamn[ée]e?s?|condenad[oa]s?|conden[oó]|culpable|condannat[oaie]|colpevole"
    r"|veroordeeld|veroordeelde)\b", re.I)
_CHARGED = lazy_compile(
    r"\b(?:charged|charging|indicted|indictment|faces|facing|faced|accused|angeklagt|anklage|inculp[ée]|accusé"
    r"|acusad[oa]|imputad[oa]|denunciad[oa]|incriminat[oa]|aangeklaagd)\b", re.I)
CONVICTION_REACH = 100  # characters either side of a count searched for a conviction or a charge


# The first word of a count's phrase after its number, another word after it ("cargos" of "siete cargos federales":
# the noun before its adjective, as Romance languages write it).
_FIRST_WORD = lazy_compile(r"\A([^\W\d_]{2,30})\s")


def charge_count(noun: str | None, before: str, after: str, phrase: str = "") -> str | None:
    """The measure of a count of charges ("seven counts", "sieben Straftaten") of a conviction or an indictment,
    else None (``noun`` the counted word; else the word right after the number of ``phrase``, an adjective after it:
    "siete cargos federales")."""
    if (not noun or noun.lower() not in COUNT_NOUNS) and (first := _FIRST_WORD.match(phrase.strip())):
        noun = first.group(1)
    if not noun or noun.lower() not in COUNT_NOUNS:
        return None
    if noun.lower() in ("chef", "chefs") and not re.match(r"\A\s{0,3}d['’]\s{0,3}accusation", after, re.I):
        return None
    if whole_kind(before) == "total":
        return CHARGE_COUNTS  # ("convicted on four of 11 counts": 11 is how many she was charged with)
    near_before, near_after = before[-CONVICTION_REACH:], after[:CONVICTION_REACH // 2]
    clause = re.split(r"[;:!?]|\.\s", near_before)[-1]
    if _CONVICTED.search(clause) or _CONVICTED.search(re.split(r"[;:!?]|\.\s", near_after)[0]):
        return CONVICTION_COUNTS
    if _CHARGED.search(clause):
        return CHARGE_COUNTS
    return None
