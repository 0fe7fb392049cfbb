"""The parties of a court case that ask for a term (the prosecution, the defence, probation, the accuser), by the
words that name them, and the words of asking, in the languages read (compare/court_measures.py reads a term asked
for with them).
"""

from __future__ import annotations

PROSECUTION, DEFENCE, PROBATION, ACCUSER = "prosecution", "defence", "probation", "accuser"

# The parties that ask for a term, by the words that name them (English, German, French, Spanish, Portuguese,
# Italian, Dutch). A lawyer is the defence's: prosecutors are called prosecutors; but the lawyers of the victim or the
# accuser (a private prosecution, a "partie civile") are the accuser's ("the victim's lawyers wanted 12 years": the
# party written first in a match is the one it names, so "victim's lawyers" is never the defence's "lawyers").
PARTY_WORDS = {
    ACCUSER: r"(?:the\s{1,3})?(?:victim|victims|accuser|complainant|plaintiff|plaintiffs|woman|family)[’']s?"
             r"\s{1,3}(?:lawyers?|attorneys?|legal\s{1,3}team|counsel)"
             r"|(?:lawyers?|attorneys?)\s{1,3}(?:for|of|representing)\s{1,3}(?:the\s{1,3}|his\s{1,3}|her\s{1,3})?"
             r"(?:victim|victims|accuser|complainant|plaintiff|woman|family)"
             r"|acusaci[óo]n\s{1,3}particular|abogad[oa]s?\s{1,3}de\s{1,3}la\s{1,3}(?:v[íi]ctima|denunciante)"
             r"|advogad[oa]s?\s{1,3}da\s{1,3}(?:v[íi]tima|denunciante)|assistente\s{1,3}de\s{1,3}acusa[çc][ãa]o"
             r"|avocats?\s{1,3}de\s{1,3}la\s{1,3}(?:victime|plaignante)|partie\s{1,3}civile"
             r"|(?:anwälte|anwälten|anwalt|anwältin)\s{1,3}(?:der|des)\s{1,3}(?:klägerin|klägers|opfers|nebenklägerin)"
             r"|nebenklage|avvocat[oi]\s{1,3}della\s{1,3}(?:vittima|parte\s{1,3}civile)|parte\s{1,3}civile",
    PROSECUTION: r"prosecutors?|prosecution|(?:the\s{1,3})?government|justice\s{1,3}department|DOJ|crown"
                 r"|staatsanwaltschaft|staatsanwalt|staatsanwälte|anklage|anklagebehörde"
                 r"|parquet|procureurs?|minist[èe]re\s{1,3}public"
                 r"|fiscal[ií]a|fiscal(?:es)?|minist[ée]rio\s{1,3}p[úu]blico|procuradoria|promotoria|pgr"
                 r"|procura|pubblico\s{1,3}ministero|l['’]\s{0,1}accusa|openbaar\s{1,3}ministerie|jaksa|penuntut\s{1,3}umum"
                 # (the prosecutor's title in courts of the canon-law tradition: "il promotore di giustizia",
                 # "el promotor de justicia", "le promoteur de justice", "o promotor de justiça")
                 r"|promot(?:ore|or|eur)\s{1,3}(?:di|de)\s{1,3}(?:giustizia|justicia|justice|justi[çc]a)",
    DEFENCE: r"defen[cs]e(?:\s{1,3}(?:team|lawyers?|attorneys?|counsel))?|lawyers?|attorneys?|legal\s{1,3}team|counsel"
             r"|verteidigung|verteidiger|anwälte|anwälten|anwalt|anwältin"
             r"|d[ée]fense|avocats?|defensa|abogados?|defesa|advogados?|difesa|avvocati|avvocato|verdediging|advocaten?"
             r"|pengacara|kuasa\s{1,3}hukum",
    PROBATION: r"probation(?:\s{1,3}(?:office|officers?|department|service))?|bewährungshilfe",
}
# Verbs and nouns of asking for a term, in the languages of the party words (also for other measures asked for:
# a fine, compare/fines.py).
ASK_WORDS = (r"sought|seeking|seeks|seek|asked\s{1,3}for|asking\s{1,3}for|asks\s{1,3}for|requested|requesting|requests"
             # (the judge or court asked may carry an article and up to two words: "asking a federal judge")
             r"|ask(?:ed|ing|s)\s{1,3}(?:(?:the|a|an)\s{1,3})?(?:[^\W\d_]{1,20}\s{1,3}){0,2}?(?:judge|court)"
             r"|recommended|recommending|recommends|recommendation|demanded|demanding|called\s{1,3}for|calling\s{1,3}for"
             r"|pushed\s{1,3}for|urged|wanted|proposed|request|pleaded\s{1,3}for|argued\s{1,3}for"
             # (a term a party says someone should get: "The prosecutor said he should get 20 years")
             r"|should\s{1,3}(?:get|receive|serve)|deserves|deserved"
             r"|gefordert|geforderten|geforderte|forderte|fordert|beantragt|beantragten|beantragte|verlangt|verlangte|verlangten"
             r"|vorgeschlagen|vorgeschlagenen|schlug|plädiert|plädierte"
             r"|requis|requise|requises|requiert|r[ée]clam[ée]|demand[ée]|ped[ií]a|pidi[óo]|pidieron|solicit[óo]|solicitaba|pediu|pedia"
             # (Portuguese "defend" a term: "o Ministério Público defendia uma pena de dez anos")
             r"|defendia|defendiam|defendeu|defenderam"
             # (participles after an auxiliary: "La Fiscalía había pedido", "o MP tinha solicitado")
             r"|pediram|pedid[oa]s?|solicitad[oa]s?|requerid[oa]s?|exigid[oa]s?"
             r"|chiesto|chiesti|chiedeva|richiesto|richiesti|geëist|eiste|eisten|menuntut|dituntut|meminta"
             # (the imperfect and other past forms of a request made before the verdict: "la Fiscalía reclamaba",
             # "le parquet réclamait", "i pm chiedevano", "die Ankläger forderten")
             r"|reclamaba|reclamaban|reclam[óo]|reclamaron|reclamad[oa]s?|r[ée]clamait|r[ée]clamaient|requ[ée]rait"
             r"|demandait|demandaient|ped[ií]an|solicitaban|chiedevano|forderten")
