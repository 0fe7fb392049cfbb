"""A share of the voters who voted is the turnout, in English and other languages: "76% of the 17.1 million eligible
voters cast ballots", "61 % des électeurs se sont rendus aux urnes", "el 61% de los electores acudió a las urnas",
"il 61% degli aventi diritto si è recato alle urne", "61% dos eleitores foram às urnas", "61 Prozent der
Wahlberechtigten gaben ihre Stimme ab". A share of the electorate itself, those registered or entitled to vote, is
the turnout with no verb: "turnout was 56% of eligible voters", "l'affluenza al 30,6% degli aventi diritto", "62 % des
inscrits", "64.72 percent of those on the electoral roll", "el 61% del padrón electoral". A share of the voters who voted for someone ("30% of voters voted for Labour", "el 30% de los votantes
votó por el PP") is a share of the votes."""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# After a share: "of" (or another language's), up to 60 characters (no sentence end), a word of voters, at most two
# words ("inscrits", "registered"), then a verb of going to the polls, or of voting not followed by whom for.
_VOTERS_WHO_VOTED = lazy_compile(
    r"\s{0,3}(?:of|des|de|dos|das|degli|dei|der)\s(?:[^.;:]|\.(?=\d)){0,60}?"
    r"\b(?:voters|électeurs|électrices|inscrits|electores|votantes|elettori|aventi\s{1,3}diritto|eleitores"
    r"|Wahlberechtigten|Wähler|Wählerinnen)"
    r"(?:\s{1,3}[^\W\d_][\w-]{0,20}){0,2}?\s{1,3}"
    r"(?:(?:cast|turned\s{1,3}out|went\s{1,3}to\s{1,3}the\s{1,3}polls|took\s{1,3}part|participated"
    r"|se\s{1,3}sont\s{1,3}(?:rendus|rendues|déplacés|déplacées)|ont\s{1,3}(?:participé|pris\s{1,3}part)"
    r"|acudió|acudieron|participó|participaron|ejerció|ejercieron"
    r"|si\s{1,3}(?:è|sono)\s{1,3}recat[oiae]|ha\s{1,3}partecipato|hanno\s{1,3}partecipato"
    r"|foram\s{1,3}às\s{1,3}urnas|compareceram|compareceu|participaram"
    # (German puts a time or place between the verb and its object: "gaben am Sonntag ihre Stimme ab")
    r"|gaben(?:\s{1,3}\w{1,20}){0,3}?\s{1,3}ihre\s{1,3}Stimmen?|gingen(?:\s{1,3}\w{1,20}){0,3}?\s{1,3}zur\s{1,3}Wahl"
    r"|beteiligten\s{1,3}sich|haben\s{1,3}gewählt)\b"
    # (a verb of voting, not followed by whom for: "voted for Labour", "votó por el PP", "votaram no PS")
    r"|(?:voted|ont\s{1,3}voté|votó|votaron|ha\s{1,3}votato|hanno\s{1,3}votato|votaram|votou)\b"
    r"(?!\s{1,3}(?:for|pour|por|para|per|em|no|na|nos|nas|pelo|pela|für|a\s{1,3}favor)\b))", re.I)


# After a share: "of" (or another language's), up to 40 characters (no clause end, no other share), then the electorate: the voters
# registered or entitled to vote ("of the 17.1 million eligible voters", "of the electorate", "degli aventi diritto",
# "des inscrits", "der Wahlberechtigten", "de los electores inscritos", "do eleitorado", "of those on the electoral
# roll", "del padrón electoral", "des listes électorales"), not followed (within three
# words) by a verb of voting for someone ("of registered voters voted for Labour": a share of the votes).
_OF_ELECTORATE = lazy_compile(
    r"\s{0,3}(?:of|des|de|dos|das|do|degli|dei|del|dell['’]|der)\s(?:[^.;:,%]|[.,](?=\d)){0,40}?"
    r"\b(?:(?:registered|eligible)\s{1,3}voters|electorate|electoral\s{1,3}(?:roll|register)s?|voter\s{1,3}rolls?"
    r"|padr[óo]n\s{1,3}electoral|listes?\s{1,3}électorales?|liste\s{1,3}elettorali|cadernos?\s{1,3}eleitora(?:l|is)"
    r"|Wählerverzeichniss?e?s?|aventi\s{1,3}diritto|corpo\s{1,3}elettorale|inscrits"
    r"|Wahlberechtigten|Stimmberechtigten|electores\s{1,3}(?:inscritos|habilitados)|electorado|eleitorado"
    r"|eleitores\s{1,3}(?:inscritos|aptos))\b"
    r"(?!(?:\s{1,3}[^\W\d_][\w-]{0,20}){0,3}?\s{1,3}(?:voted|vot[óo]|votaron|votaram|vot[ée]|votato|stimmten)\s{1,3}"
    r"(?:for|pour|por|para|per|em|no|na|für|a\s{1,3}favor)\b)", re.I)


# Right before a share of the electorate, a verb of winning voters over: "by winning over 33% of the electorate", "al
# seducir al 33% del electorado", "en séduisant 33 % de l'électorat", "conquistando il 33% dell'elettorato": the share
# a party won (of the votes), not the turnout.
_WON_OVER_BEFORE = lazy_compile(
    r"\b(?:winning\s{1,3}over|won\s{1,3}over|attracting|attracted|persuading|persuaded|convincing|convinced"
    r"|seducir|sedujo|seduciendo|atraer|atrajo|atrayendo|convencer|convenció|captar|captó|séduire|séduit|séduisant"
    r"|convaincre|convaincu|convainquant|attirer|attiré|sedurre|sedotto|conquistando|convincendo|conquistar"
    r"|conquistou|seduzir|seduziu|convencendo)\s{1,3}(?:(?:al|a|el|la|le|les|il|o|the|some|nearly|almost|casi|près"
    r"\s{1,3}de|quasi|quase)\s{1,3}){0,2}$", re.I)
WON_OVER_REACH = 50  # characters before a share searched for a verb of winning voters over


# Right before a share, Italian "la partecipazione" (the definite article alone: "una partecipazione", "la sua
# partecipazione" are a stake), "al voto", "alle urne" or "elettorale" allowed after it, a time word or two, and a verb
# of being, stopping or reaching: "la partecipazione era stata del 76,4%", "la partecipazione al voto si è fermata al
# 58%", "l'affluenza" being read already (compare/measure_names.py). A stake is "in" a firm, or of its capital, after.
_PARTICIPATION_WAS_BEFORE = lazy_compile(
    r"(?<![\w’'])(?i:la)\s{1,3}partecipazione(?:\s{1,3}(?:al\s{1,3}voto|alle\s{1,3}urne|elettorale))?"
    r"(?:\s{1,3}(?:[\w’']{1,20}|[\d.]{1,10})){0,3}?"
    r"\s{1,3}(?:è|era|sarà|fu|è\s{1,3}stata|era\s{1,3}stata|sarebbe\s{1,3}stata|si\s{1,3}è\s{1,3}(?:fermata|attestata)"
    r"|si\s{1,3}attesta|si\s{1,3}ferma|ha\s{1,3}(?:raggiunto|superato|toccato)|raggiunge|supera|tocca)"
    r"(?:\s{1,3}(?:del|al|il|di|a|quasi|circa|oltre))?\s{0,3}$", re.I)
_STAKE_AFTER = lazy_compile(r"\A\s{0,3}(?:in|nel|nella|di)\s{1,3}(?-i:[A-Z])|\A\s{0,3}del\s{1,3}capitale", re.I)
PARTICIPATION_REACH = 90  # characters before a share searched for "la partecipazione" and its verb


# Right before a share, a verb of going to vote (Spanish and Portuguese put it first: "acudió a votar el 61 % de los
# electores", "asistió a las urnas el 70% de los ciudadanos", "compareceram às urnas 79% dos eleitores") and the
# article; after it, "of" and the voters or citizens (``_CITIZENS_AFTER``), not followed by whom for.
_WENT_TO_VOTE_BEFORE = lazy_compile(
    r"\b(?:asisti[óo]|asistieron|acudi[óo]|acudieron|fue|fueron|sali[óo]|salieron|compareceu|compareceram|foi|foram)"
    r"\s{1,3}(?:a\s{1,3}(?:votar|sufragar|las\s{1,3}urnas)|às\s{1,3}urnas|a\s{1,3}votar)"
    r"(?:\s{1,3}(?:el|un|o|um|cerca\s{1,3}del?|casi|quase|más\s{1,3}del?|mais\s{1,3}de))?\s{1,3}$", re.I)
_CITIZENS_AFTER = lazy_compile(
    r"\s{0,3}(?:de|del|dos|das|do)\s{1,3}(?:(?:los|las|la|el|os|as|o|a)\s{1,3})?"
    r"(?:ciudadanos|ciudadanas|electores|votantes|inscritos|empadronados|habilitados|padr[óo]n|electorado"
    r"|eleitores|cidadãos|eleitorado|inscritos|aptos)\b"
    r"(?!(?:\s{1,3}[^\W\d_][\w-]{0,20}){0,3}?\s{1,3}(?:por|para|em|en|a\s{1,3}favor)\b)", re.I)
WENT_TO_VOTE_REACH = 50  # characters before a share searched for a verb of going to vote


def voters_who_voted(after: str, before: str = "") -> bool:
    """Whether the words after a share make it a share of the voters who voted, or of the electorate: the
    turnout (not a share of the electorate a party won over, ``_WON_OVER_BEFORE``); or the words before name the
    participation that was that share (``_PARTICIPATION_WAS_BEFORE``)."""
    if _WON_OVER_BEFORE.search(before[-WON_OVER_REACH:]) and not _VOTERS_WHO_VOTED.match(after):
        return False
    if _PARTICIPATION_WAS_BEFORE.search(before[-PARTICIPATION_REACH:]) and not _STAKE_AFTER.match(after):
        return True
    if _WENT_TO_VOTE_BEFORE.search(before[-WENT_TO_VOTE_REACH:]) and _CITIZENS_AFTER.match(after):
        return True  # "acudió a votar el 61 % de los electores": the turnout, verb first
    return bool(_VOTERS_WHO_VOTED.match(after) or _OF_ELECTORATE.match(after))


# After a share: "of" (or another language's), up to 60 characters (no sentence end), a word of voters, at most two
# words, then a verb of abstaining or staying away: "over 60 percent of voters abstained", "58 % des électeurs se sont
# abstenus", "el 60% de los votantes se abstuvo", "il 60% degli elettori si è astenuto", "60% dos eleitores se
# abstiveram", "60 Prozent der Wähler enthielten sich" (the share who did not vote, no share of the votes).
_VOTERS_WHO_ABSTAINED = lazy_compile(
    r"\s{0,3}(?:of|des|de|dos|das|degli|dei|der)\s(?:[^.;:]|\.(?=\d)){0,60}?"
    r"\b(?:voters|électeurs|électrices|inscrits|electores|votantes|elettori|aventi\s{1,3}diritto|eleitores"
    r"|Wahlberechtigten|Wähler|Wählerinnen)"
    r"(?:\s{1,3}[^\W\d_][\w-]{0,20}){0,2}?\s{1,3}"
    r"(?:abstained|stayed\s{1,3}(?:away|home)|se\s{1,3}sont\s{1,3}abstenu(?:e|s|es)?"
    r"|se\s{1,3}abstuvo|se\s{1,3}abstuvieron"
    r"|si\s{1,3}(?:è|sono)\s{1,3}astenut[oiae]|se\s{1,3}abstiveram|abstiveram-se|se\s{1,3}absteve|absteve-se"
    r"|enthielten\s{1,3}sich|blieben(?:\s{1,3}\w{1,20}){0,4}?\s{1,3}fern)\b", re.I)
ABSTENTION = "abstention"  # the measure of a share of the voters who did not vote (beside the turnout, not a vote)


def voters_who_abstained(after: str) -> bool:
    """Whether the words after a share make it a share of the voters who abstained: the abstention."""
    return bool(_VOTERS_WHO_ABSTAINED.match(after))
