"""Counts of votes that are no candidate's: a winner's margin ("won by more than 3 million votes", "por uma margem
de 700 mil votos", "mit einem Vorsprung von 700.000 Stimmen") and the whole of the votes cast ("12.4 million votes
were cast", "12 386 000 votes ont été exprimés").

Read as a candidate's votes, a margin or the total would meet the candidates' own counts of the same story and stand
as a value of theirs (a false disagreement). Each is a measure of its own (``VOTE_MARGIN``, ``VOTES_CAST``).
"""

from __future__ import annotations

import re

from briefing_tui.compare.figure_patterns import OPTIONAL_QUALIFIER  # ("won by more than", "por mais de")
from briefing_tui.lazy_pattern import lazy_compile

# The measure of a winner's lead in votes: no candidate's votes.
VOTE_MARGIN = "vote margin"
# The measure of all the votes cast: no candidate's votes.
VOTES_CAST = "votes cast"
# A word making the margin small, between its noun and the count ("a lead of only 1,200 votes", "una ventaja de tan
# solo 1.200 votos", "une avance de seulement 1 200 voix", "uma vantagem de apenas 1.200 votos").
_SCANT = (r"(?:(?:only|just|barely|tan\s{1,3}s[oó]lo|s[oó]lo|solamente|apenas|seulement|à\s{1,3}peine|solo|appena"
          r"|só|somente|nur|knapp)\s{1,3})?")
# The noun of a margin and its "of" right before the count ("a margin of", "uma margem de", "una ventaja de", "une
# avance de", "uno scarto di", "einem Vorsprung von"), in the languages read.
_MARGIN_NOUN_BEFORE = lazy_compile(
    r"\b(?:margin|lead|margem|vantagem|margen|ventaja|diferencia|diferença|marge|avance|écart|scarto|vantaggio"
    r"|vorsprung)\s{1,3}(?:of|de|da|del|di|von|d['’])\s{0,3}" + _SCANT + OPTIONAL_QUALIFIER + "$", re.I)
# A verb of winning or beating, at most five words (the rival's name, a place), then "by" right before the count
# ("won by", "beat Novak by", "venceu Novak por", "ganó por", "l'a emporté par"); never "with", which gives the
# winner's votes.
_WON_BY_BEFORE = lazy_compile(
    r"\b(?:won|wins|win|winning|beat|beats|beating|beaten|defeated|defeating|led|leads|venceu|vencido|vence|ganhou|ganó|venció|ganado"
    r"|derrotó|derrotou|emporté|gagné|battu|devancé|vinto|battuto|gewann|gewonnen|besiegte"
    # (a lead or a loss by so many votes: "leading Sarah Witty by", "ahead of Labor in Longman by", "separated
    # by", "lost by", "perdido as últimas eleições por", "falhou a eleição por", "perdió por", "perso per")
    r"|leading|ahead|trailing|trails|trailed|behind|separated|lost|losing|loses"
    r"|perdeu|perdido|perdió|falhou|falló|perdu|perso)"
    r"(?:\s{1,3}[^\W\d_][\w'’.-]{0,25}){0,5}?\s{1,3}(?:by|por|par|per)\s{1,3}" + OPTIONAL_QUALIFIER + "$", re.I)
# A verb of staying at a distance, then "a"/"à" right before the count (pt es fr it): "O PS fica a mais de 500 mil
# votos da AD", "quedó a 49.000 votos del PP", "reste à 3 000 voix de", "rimane a 500 voti dal": a gap, not a tally.
_STAYS_AT_BEFORE = lazy_compile(
    r"\b(?:fica|ficou|ficam|ficaram|ficando|queda|quedó|quedan|quedaron|quedando|reste|resté|restent|restait"
    r"|rimane|rimasto|rimasta|resta|restò)\s{1,3}(?:a|à)\s{1,3}" + OPTIONAL_QUALIFIER + "$", re.I)
# The words of a margin right after the count's noun ("700,000 votes ahead", "3 milhões de votos de vantagem",
# "700.000 Stimmen Vorsprung", "700 000 voix d'avance"), or of a deficit ("49.000 votos por debajo", "700 votes
# behind", "300 votes short", "700 Stimmen Rückstand", "700 voti di distacco").
# Or a comparison with the rival right after the count ("3 million more than Novak", "3 millions de plus que",
# "3 millones más que", "3 milhões a mais que", "3 milioni in più rispetto al rivale", "3 Millionen mehr als").
_MARGIN_AFTER = lazy_compile(r"\A\s{0,3}(?:ahead|de\s{1,3}(?:vantagem|ventaja|diferencia|diferença)|vorsprung"
                             r"|behind|short|por\s{1,3}(?:debajo|detrás)|atrás|de\s{1,3}(?:atraso|desvantagem|retard)"
                             r"|rückstand|di\s{1,3}(?:distacco|svantaggio)"
                             r"|d['’](?:avance|écart)|di\s{1,3}(?:vantaggio|scarto)"
                             r"|(?:votes?\s{1,3})?more\s{1,3}(?:votes?\s{1,3})?than"
                             r"|(?:de\s{1,3})?(?:voix\s{1,3})?de\s{1,3}plus|plus\s{1,3}que"
                             r"|(?:votos\s{1,3})?más\s{1,3}que|(?:votos\s{1,3})?a\s{1,3}mais|(?:voti\s{1,3})?in\s{1,3}più"
                             r"|(?:Stimmen\s{1,3})?mehr\s{1,3}als)\b", re.I)
# Votes cast in all, right after the count's noun, with an auxiliary or two ("votes were cast", "votes ont été
# exprimés", "votos fueron emitidos", "voti sono stati espressi", "Stimmen wurden abgegeben").
_CAST_AFTER = lazy_compile(
    r"\A\s{0,3}(?:(?:have|has|had|were|was|been|being|ont|a|été|fueron|foram|han|sido|sono|stati|state|wurden)\s{1,3})"
    r"{0,3}(?:cast|exprimée?s|emitid[oa]s|expressos|espressi|abgegeben)\b", re.I)
MARGIN_REACH = 60  # characters before a count searched for the words of a margin
# The voters who took part, the verb right before their count ("Hanno partecipato circa 30.530.157 elettori",
# "participaron 12 millones de votantes", "ont participé 12 millions d'électeurs", "took part: 12 million voters"):
# all the votes cast, no candidate's.
# Or the noun of taking part and its "of" right before the count ("a turnout of 10.6 million voters", "com a
# participação de 10.613.881 eleitores", "con la participación de", "une participation de", "una partecipazione di",
# "eine Beteiligung von").
_TOOK_PART_BEFORE = lazy_compile(
    r"\b(?:hanno\s{1,3}(?:partecipato|votato)|participaron|votaron|ont\s{1,3}(?:participé|voté)|participaram"
    r"|votaram|took\s{1,3}part|haben\s{1,3}(?:teilgenommen|gewählt)"
    r"|(?:turnout|participation)\s{1,3}of|participa(?:ção|ción|tion)\s{1,3}de|partecipazione\s{1,3}di"
    r"|beteiligung\s{1,3}von)\s{1,3}" + OPTIONAL_QUALIFIER + "$", re.I)


def vote_total(before: str, after: str) -> str | None:
    """``VOTE_MARGIN`` or ``VOTES_CAST`` for a count of votes between ``before`` and ``after`` that is a winner's
    margin or the whole cast, else None (a candidate's votes, or unknown)."""
    near = before[-MARGIN_REACH:]
    if _MARGIN_NOUN_BEFORE.search(near) or _WON_BY_BEFORE.search(near) or _MARGIN_AFTER.match(after) \
            or _STAYS_AT_BEFORE.search(near):
        return VOTE_MARGIN
    return VOTES_CAST if _CAST_AFTER.match(after) or _TOOK_PART_BEFORE.search(near) else None


# The measure of the voters entitled to vote in a contest: no candidate's votes and nobody's people.
ELECTORATE = "electorate"
# A count's words, in its phrase or in the few words after it (no sentence end, no other number), that make it the
# voters entitled to vote: "61 million eligible voters", "61 millions d'électeurs appelés à voter", "64 millones de
# personas tenían derecho a votar", "61 Millionen Menschen waren zur Wahl aufgerufen", "61.452.321 aventi diritto",
# "61 milhões de eleitores aptos a votar", "61 milioni di elettori chiamati alle urne".
_ELECTORATE_WORDS = lazy_compile(
    r"\A[^.;:!?\d]{0,60}?\b(?:eligible|registered\s{1,3}voters|entitled\s{1,3}to\s{1,3}vote"
    r"|(?:appelée?s|convoquée?s)\s{1,3}(?:à\s{1,3}voter|aux\s{1,3}urnes)|électeurs\s{1,3}inscrits"
    r"|derecho\s{1,3}(?:a|al)\s{1,3}vot[oa]r?|habilitad[oa]s\s{1,3}para\s{1,3}votar"
    r"|convocad[oa]s\s{1,3}(?:a\s{1,3}votar|a\s{1,3}las\s{1,3}urnas)|aventi\s{1,3}diritto"
    r"|chiamati\s{1,3}(?:al\s{1,3}voto|alle\s{1,3}urne|a\s{1,3}votare)|apt[oa]s\s{1,3}a\s{1,3}votar"
    r"|chamad[oa]s\s{1,3}(?:a\s{1,3}votar|às\s{1,3}urnas)|wahlberechtigt\w*"
    r"|zur\s{1,3}(?:Wahl|Stimmabgabe)\s{1,3}aufgerufen"
    r"|aufgerufen[^.;:!?\d]{0,60}?(?:wähl|wahl|stimm|entscheid))", re.I)
ELECTORATE_BASES = frozenset({"votes", "people"})  # the measures a count of the electorate is first read as
_OWN_NUMBER = lazy_compile(r"\d[\d.,\s]*")  # the count's own number in its phrase, left out of the reading


def electorate(measure: str | None, phrase: str, after: str) -> bool:
    """Whether a count of ``measure`` (votes or people, or the electorate's own noun read as the measure: "61.452.321
    aventi diritto"), written ``phrase`` before ``after``, is the electorate."""
    if measure is None or not _ELECTORATE_WORDS.match(_OWN_NUMBER.sub(" ", phrase) + after):
        return False
    return measure in ELECTORATE_BASES or bool(_ELECTORATE_WORDS.match(f" {measure}{after}"))
