"""How far an election's count has gone: "with 99% of the votes counted", "73.82 per cent of votes have been
counted", "with 87% of polling locations having reported", "con el 99% escrutado", "tras el procesamiento del 100% de
las papeletas", "after the count of all the votes (100% at home and abroad)".

Such a share is no candidate's or party's share of the vote, though "votes" follows it: read as one, a count's
progress would meet the vote shares of the same story and stand as a value of theirs. It measures the count's
progress (``COUNTED_MEASURE``), a measure of its own that no vote share is compared with; so does a number of votes
counted ("after 2.8 million votes had been counted", ``COUNTED_VOTES``), which is no candidate's votes.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# The measure of a share of the count done (its last word is no measure the claims by measure align).
COUNTED_MEASURE = "share counted"
# The measure of a number of votes counted so far ("after 2.8 million votes had been counted"): no one's votes.
COUNTED_VOTES = "votes counted"
# Most words between the share and its verb of counting that name what was counted ("of the protocols of precinct
# election commissions"): six, beyond which the verb is another clause's.
COUNTED_WORDS = 6
# Words opening a clause of their own, never part of what was counted: "50.2% of the votes after all ballots were
# counted" is a share of the votes, counted after.
_CLAUSE_OPENERS = (r"(?:after|before|when|while|once|until|since|as|and|but|that|which|where|who|après|avant|quand"
                   r"|lorsque|cuando|tras|mientras|quando|dopo|prima|mentre|nachdem|als|wenn|und|que|che|dass)\b")
# After the share: what was counted (at most a few words: "of the votes", "of polling locations", "der Stimmen", "of
# the protocols of precinct election commissions", "of the votes in Moldova's elections"), an auxiliary or two, then a
# verb of counting or reporting (English, Spanish, Portuguese, French, Italian, German).
_COUNTED_AFTER = lazy_compile(
    r"\s{0,3}(?:(?:of|de|des|der|das|dos|delle|dei|degli|del|van)\s{1,3}"
    r"(?:(?!" + _CLAUSE_OPENERS + r")[^\W\d_][\w'’-]*\s{1,3}){1,"
    rf"{COUNTED_WORDS}}}?)?"
    r"(?P<aux>(?:(?:have|has|had|having|were|was|been|now|already|so\s{1,3}far)\s{1,3}){1,3})?"
    r"(?:counted|reported|reporting|tallied|processed"
    r"|escrutad[oa]s?|computad[oa]s?|contabilizad[oa]s?|apurad[oa]s?|dépouillée?s?|scrutinat[eia]|ausgezählt"
    # (Dutch: "met 93 procent van de stemmen geteld")
    r"|geteld|verwerkt)\b",
    re.I)
# A verb of counting right before the share, what is counted after it: "after counting 100% of ballots", "tras
# escrutar el 90% de las actas", "après avoir compté 92 % des voix".
_COUNTING_BEFORE = lazy_compile(
    r"\b(?:counting|tallying|processing|escrutar|escrutarse|computar|contabilizar|apurar|dépouiller|auszählen"
    r"|avoir\s{1,3}compté|compter|contar|contare"
    # (a past tense of counting before the votes counted: "authorities have counted more than 30 million votes",
    # "as autoridades contaram mais de 30 milhões de votos", "han contado más de", "ont compté plus de")
    r"|(?:have|has|had)\s{1,3}counted|contaram|contaron|(?:han|ha)\s{1,3}contado|ont\s{1,3}compté"
    r"|hanno\s{1,3}contato"
    # (a participle of counting before the share: "una vez escrutados el 92,63 % del padrón", "una vez procesado más
    # del 90 % de actas", "apuradas 95% das urnas")
    r"|(?:escrutad|procesad|computad|contabilizad|apurad|processad)[oa]s?"
    # (or the count's noun and "of": "après le dépouillement de 99,4 %", "après la validation de 99,5 %", "tras el
    # escrutinio del 99%", "nach Auszählung von 99 Prozent", "dopo lo scrutinio del 99%")
    r"|(?:dépouillement|décompte|validation|escrutinio|recuento|validación|apuração|contagem|validação"
    r"|auszählung|scrutinio|conteggio|procesamiento|processamento|traitement)\s{1,3}"
    r"(?:de|del|des|da|do|von|dei|degli|di))\s{1,3}"
    r"(?:(?:about|around|nearly|almost|over|more\s{1,3}than|some|el|le|la|o|a|mais\s{1,3}de|más\s{1,3}del?"
    r"|plus\s{1,3}de|oltre|cerca\s{1,3}de|environ)\s{1,3})*$", re.I)
# Before a share whose clause has no auxiliary ("99% of the votes counted"): the word opening that absolute clause
# ("with", "after", "con el", "avec", "mit", "com", "nach"; or "based on": "com base em 80% das urnas apuradas",
# "sur la base de 90 %"), or the start of the sentence or of a clause; an elided article may close it ("Con l'80%").
_ABSOLUTE_BEFORE = lazy_compile(
    r"(?:\b(?:with|after|once|when|as|con|avec|après|mit|nach|com|dopo|met"
    r"|based\s{1,3}on|com\s{1,3}base\s{1,3}(?:em|n[oa]s?)|con\s{1,3}base\s{1,3}en|sur\s{1,3}la\s{1,3}base\s{1,3}de"
    r"|sulla\s{1,3}base\s{1,3}d(?:i|el|ell['’]))|^|[,;:(—–])\s{0,3}"
    r"(?:(?:only|just|about|around|nearly|almost|over|more\s{1,3}than|el|le|il|o|los|les|i"
    # (the same "more than" and "nearly" in the other languages: "con más del 86%", "com mais de 90%", "avec plus de
    # 94 %", "met bijna 93 procent", "mit über 90 Prozent", "con oltre il 90%", "com quase 90%")
    r"|más\s{1,3}del?|mais\s{1,3}de|plus\s{1,3}de|meer\s{1,3}dan|bijna|ruim|quase|casi|cerca\s{1,3}del?"
    r"|près\s{1,3}de|oltre|über|knapp|rund)\s{1,3}|l['’]\s{0,3})*$",
    re.I)
ABSOLUTE_REACH = 30  # characters before the share searched for that opening
# The count's noun, "of" and what was counted (no clause break, no figure of its own but the number of items), then
# the share in parentheses: "after the count of all the votes (100% in the country and abroad)", "dopo il conteggio di
# tutti i voti (100% ...)", "after the centralization of 20,037 protocols (99.76 percent)": how far the count has gone.
_COUNT_THEN_PARENTHESIS = lazy_compile(
    r"\b(?:count|counting|tally|centrali[sz]ation|conteggio|scrutinio|spoglio|escrutinio|recuento|centralización"
    r"|dépouillement|décompte|centralisation|apuração|contagem|centralização|auszählung)\s{1,3}"
    r"(?:of|di|de|del|des|dei|degli|da|do|dos|das|von|der)\s{1,3}(?:[^()\n.;:!?%]|\.(?=\d)){0,40}\(\s{0,3}$", re.I)
PARENTHESIS_REACH = 60  # characters before the share searched for that count


def counted_share(before: str, after: str) -> bool:
    """Whether the share between ``before`` and ``after`` is how far the count has gone ("with 99% of the votes
    counted"), not anyone's share ("Lee won 49% of the votes counted so far" is Lee's)."""
    if _COUNTING_BEFORE.search(before[-ABSOLUTE_REACH:]) or _COUNT_THEN_PARENTHESIS.search(before[-PARENTHESIS_REACH:]):
        return True
    m = _COUNTED_AFTER.match(after)
    if m is None:
        return False
    return bool(m.group("aux")) or bool(_ABSOLUTE_BEFORE.search(before[-ABSOLUTE_REACH:]))
