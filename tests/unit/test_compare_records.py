"""Issue 11: claims made by ordinals, records and superlatives, and stated intentions, written in other languages
or other word orders: "la sixième journée de mobilisation" / "the sixth day of rallies", "une amende record" / "a
record fine", "erstmals überhaupt eine Strafe" / "its first-ever penalty", "apelará la decisión" / "will appeal",
"mobilisation historique" / "the historic mobilization". Constructed sentences; each test fails on the code
before these rules."""

from __future__ import annotations

import importlib
import re

from briefing_tui.compare.ordinal_counts import ordinals_in
from tests.compare_helpers import compared as _claims, holding, one_holding as _one


def _new(module: str, name: str):
    """A function of a module these rules added (imported in the test: each test fails alone on the code before)."""
    return getattr(importlib.import_module(f"briefing_tui.compare.{module}"), name)


def test_an_intention_in_spanish_french_and_english_is_one_claim():
    claims = _claims("Acme said on Monday that it will appeal the ruling.",
                     "Acme ha anunciado que apelará la decisión del tribunal.",
                     "Acme a fait savoir qu'elle va faire appel de la décision.")
    claim = _one(claims, "will appeal", "apelará", "va faire appel")
    assert claim.verdict == "agree" and claim.measure == "intention: appeal"


def test_a_denied_intention_in_other_languages():
    foreign_intentions = _new("foreign_intentions", "foreign_intentions")
    assert foreign_intentions("Acme no apelará la decisión") == [(8, 15, "appeal", False)]
    assert foreign_intentions("Acme ne fera pas appel") == [(8, 22, "appeal", False)]
    assert foreign_intentions("A Acme não vai recorrer da decisão") == [(11, 23, "appeal", False)]
    assert foreign_intentions("Acme farà ricorso contro la sanzione") == [(5, 17, "appeal", True)]
    assert foreign_intentions("Acme a annoncé son intention de faire appel") == [(15, 43, "appeal", True)]
    assert foreign_intentions("Acme n'a pas l'intention de faire appel") == [(13, 39, "appeal", False)]
    assert foreign_intentions("Acme a décidé de ne pas faire appel") == [(5, 35, "appeal", False)]
    assert foreign_intentions("Pékin ripostera") == [(6, 15, "retaliate", True)]
    assert foreign_intentions("China tomará represalias") == [(6, 24, "retaliate", True)]
    # (an infinitive without a word of will, a call on someone, a challenge of no decision: no intention)
    assert foreign_intentions("le droit de faire appel") == []
    assert foreign_intentions("il fera appel à l'armée") == []
    assert foreign_intentions("Il va contester le résultat du match") == []


def test_ordinals_in_six_languages():
    ordinal_value, ordinal_word = _new("ordinal_words", "ordinal_value"), _new("ordinal_words", "ORDINAL_WORD")
    pattern = re.compile(r"(?<!\w)" + ordinal_word + r"(?!\w)", re.I)
    for word, value in (("sixth", 6), ("sixième", 6), ("sexta", 6), ("sesto", 6), ("sechsten", 6), ("6e", 6),
                        ("tercer", 3), ("première", 1), ("séptima", 7), ("undicesima", 11)):
        assert pattern.fullmatch(word) and ordinal_value(word) == value, word
    assert not pattern.fullmatch("non") and not pattern.fullmatch("premi")  # (Italian "not", "prizes")


def test_the_day_of_action_in_three_languages_is_one_claim():
    claims = _claims("Unions held the sixth day of nationwide rallies against the pension reform on Tuesday.",
                     "La sixième journée de mobilisation contre la réforme a réuni des centaines de milliers de "
                     "manifestants.",
                     "Esta movilización fue la sexta contra la reforma, según los sindicatos.")
    claim = _one(claims, "sixth day of nationwide rallies", "sixième journée de mobilisation", "fue la sexta")
    assert claim.verdict == "agree" and claim.topic == "Day of action: 6th"


def test_two_ordinals_of_the_day_of_action_in_the_leads_disagree():
    claims = _claims("Unions held the sixth day of action against the reform on Tuesday.",
                     "Unions held the seventh day of action against the reform on Tuesday.")
    claim = _one(claims, "sixth day of action", "seventh day of action")
    assert claim.verdict == "disagree" and claim.topic == "Day of action: 6th · 7th"


def test_a_day_to_come_or_a_day_within_a_strike_is_no_day_of_action():
    action_days = _new("action_days", "action_days")
    assert action_days("A seventh day of action is planned for Saturday.") == []
    assert action_days("Une septième journée de mobilisation aura lieu le 15 mars.") == []
    assert action_days("It was the third day of the strike at the refinery.") == []
    assert action_days("le troisième jour de la grève") == []
    assert action_days("der sechste Aktionstag") == [(4, 22, 6)]
    assert action_days("It was a third day of strikes on the capital.") == []  # (an army's)
    assert action_days("the third strike on the city this week") == []
    claims = _claims("Unions held the sixth day of nationwide strikes against the reform.",
                     "Unions marched again. Their leaders said a seventh day of nationwide strikes will follow.")
    assert not [c for c in claims if c.measure == "day of action"]


def test_a_record_fine_in_four_languages_is_one_rank():
    claims = _claims("Regulators imposed a record fine on Acme on Monday.",
                     "Au niveau européen, c’est une amende record pour Acme.",
                     "Es la multa más cuantiosa jamás impuesta a Acme.",
                     "Acme erhält die Rekordstrafe der Aufsicht.")
    claim = _one(claims, "record fine", "amende record", "multa más cuantiosa", "Rekordstrafe")
    assert claim.verdict == "agree" and claim.topic == "Rank of the penalty: largest"


def test_one_of_the_largest_is_no_rank_in_other_languages():
    more_ranks = _new("record_ranks", "more_ranks")
    assert more_ranks("C'est l'une des plus lourdes amendes jamais infligées.") == []
    assert more_ranks("Es una de las mayores multas de la historia.") == []
    assert more_ranks("el mayor número de muertos") == []
    assert more_ranks("a world record") == [] and more_ranks("a mortal blow") == []
    assert more_ranks("l'amende la plus lourde jamais infligée") == [(0, 23, "largest", 1, "penalty")]


def test_a_first_ever_penalty_is_one_rank_with_its_german_and_appositive_forms():
    claims = _claims("This marks Acme’s first-ever penalty for breaching EU rules.",
                     "Die EU-Kommission verhängt erstmals überhaupt eine Strafe gegen Acme.",
                     "This penalty, the first of its kind for Acme in the European Union, was announced.")
    claim = _one(claims, "first-ever penalty", "erstmals überhaupt eine Strafe", "the first of its kind")
    assert claim.verdict == "agree" and claim.topic == "Rank of the penalty: first"


def test_firsts_of_two_things_are_two_claims():
    claims = _claims("Officials confirmed the state's first death from the virus.",
                     "The state's first case of the virus was confirmed in May.",
                     "Officials said it was the state's first death linked to the outbreak.")
    assert not [c for c in claims if c.verdict == "disagree"]
    assert not holding(claims, "first death", "first case")


def test_a_highest_level_on_record_in_english_and_german_is_one_rank():
    claims = _claims("The river reached the highest water level on record at the port.",
                     "Der Fluss hat am Hafen den höchsten Wasserstand seit 1941 erreicht.")
    claim = _one(claims, "highest water level", "höchsten Wasserstand")
    assert claim.verdict == "agree" and claim.topic == "Rank of the level: largest"


def test_a_historic_mobilisation_in_three_languages_is_one_claim():
    claims = _claims("Unions hailed the historic mobilization of March 7.",
                     "Les syndicats, face au gouvernement, ont salué une mobilisation historique.",
                     "Die Gewerkschaft CGT sprach von einer »historischen« Mobilisierung.")
    claim = _one(claims, "historic mobilization", "mobilisation historique", "historischen« Mobilisierung")
    assert claim.verdict == "agree" and claim.topic == "Rank of the protest: historic"
    assert _new("record_ranks", "more_ranks")("the historic centre of the city") == []


def test_a_term_counted_with_its_kind_between():
    found = ordinals_in("the party has secured an unprecedented third presidential term")
    assert [(f.kind, f.fields["low"], f.fields["measure"]) for f in found] == [("count", 3.0, "term")]


def test_a_term_counted_in_other_languages_joins_the_english_one():
    claims = _claims("Lai won, giving the DPP a third consecutive term in office.",
                     "La victoria de Lai da al DPP un tercer mandato consecutivo.",
                     "Der Sieg sichert der DPP eine dritte Amtszeit.")
    claim = _one(claims, "third consecutive term", "tercer mandato", "dritte Amtszeit")
    assert claim.verdict == "agree" and claim.measure == "term"


def test_an_ordinal_of_other_languages_ranks_a_noun_of_a_known_class():
    more_ranks = _new("record_ranks", "more_ranks")
    assert more_ranks("Esta es la primera multa que Bruselas impone a Acme") == [(8, 24, "order", 1, "penalty")]
    assert more_ranks("sa troisième amende en deux ans") == [(0, 19, "order", 3, "penalty")]
    assert more_ranks("la primera gran manifestación") == [(0, 29, "order", 1, "protest")]
    assert more_ranks("la segunda vez") == [] and more_ranks("the second fine") == []  # (English: ranks.py's)
    claims = _claims("This marks Acme’s first-ever penalty for breaching EU rules.",
                     "Es la primera multa que Bruselas impone a Acme.")
    assert _one(claims, "first-ever penalty", "primera multa").topic == "Rank of the penalty: first"


def test_an_anniversary_in_three_languages_is_one_claim_and_two_numbers_stay_apart():
    anniversaries = _new("anniversaries", "anniversaries")
    assert anniversaries("el 80 aniversario del desembarco") == [(3, 17, 80)]
    assert anniversaries("zum 80. Jahrestag") == [(4, 17, 80)]
    assert anniversaries("the anniversary of the war") == []
    claims = _claims("The ruling came just days before the fifth anniversary of the rules.",
                     "La décision tombe quelques jours avant l'anniversaire des cinq ans de ces règles.",
                     "La decisión llega en vísperas del quinto aniversario de las normas.",
                     "It also marks the tenth anniversary of the agency.")
    claim = _one(claims, "fifth anniversary", "anniversaire des cinq ans", "quinto aniversario")
    assert claim.verdict == "agree" and claim.topic == "Anniversary: 5 years"
    assert not [c for c in claims if c.measure == "anniversary" and c.verdict == "disagree"]


def test_a_record_in_korean_japanese_or_chinese_joins_the_english_rank():
    more_ranks = _new("record_ranks", "more_ranks")
    assert more_ranks("EU는 역대 최대 과징금을 부과했다") == [(4, 13, "largest", 1, "penalty")]
    assert more_ranks("EUは過去最大の罰金を科した") == [(3, 10, "largest", 1, "penalty")]
    assert more_ranks("这是史上最大的IPO") == [(2, 10, "largest", 1, "offering")]
    claims = _claims("This is the country's largest IPO, bankers said.",
                     "회사는 증권시장 사상 최대 규모로 신규 상장했다.")
    assert _one(claims, "largest IPO", "사상 최대").topic == "Rank of the offering: largest"


def test_a_noun_said_to_be_a_record_and_other_english_superlatives():
    more_ranks = _new("record_ranks", "more_ranks")
    assert more_ranks("The fine is a new European record") == [(4, 33, "largest", 1, "penalty")]
    assert more_ranks("La multa supone un nuevo récord") == [(3, 31, "largest", 1, "penalty")]
    assert more_ranks("its harshest antitrust penalty") == [(0, 30, "largest", 1, "penalty")]
    assert more_ranks("one of the harshest penalties") == [] and more_ranks("The man is a record holder") == []


def test_an_earlier_day_of_action_is_not_the_day_reported():
    action_days = _new("action_days", "action_days")
    assert action_days("After the fifth day of action drew a million, unions marched again.") == []
    assert action_days("après la cinquième journée de mobilisation") == []
    assert action_days("Am sechsten Aktionstag gingen nach Angaben der CGT viele auf die Straße") == [(3, 22, 6)]


def test_a_record_high_in_four_languages_is_one_rank_of_a_level():
    claims = _claims("Gold hit an all-time high on Monday, traders said.",
                     "L'once d'or a atteint un plus haut historique lundi.",
                     "El oro marcó un máximo histórico este lunes.",
                     "Der Goldpreis stieg am Montag auf ein Rekordhoch.")
    claim = _one(claims, "all-time high", "plus haut historique", "máximo histórico", "Rekordhoch")
    assert claim.verdict == "agree" and claim.topic == "Rank of the level: largest"
    assert _new("record_ranks", "more_ranks")("the yen fell to a record low") == [(18, 28, "smallest", 1, "level")]


def test_an_intention_to_run_again_or_not():
    claims = _claims("Rivera said on Sunday that he will not seek re-election.",
                     "Rivera has no plans to run for reelection, his office said.")
    claim = _one(claims, "will not seek re-election", "no plans to run for reelection")
    assert claim.verdict == "agree" and claim.measure == "intention: run again"
