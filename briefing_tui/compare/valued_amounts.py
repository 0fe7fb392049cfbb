"""What an amount prices when its sentence puts a value on a thing (issue 11): "bringing the agreement's total value
to about $35.9 billion", "which will be valued at up to $19 billion", "at a valuation of almost $US25 billion".

A word of value ("value", "valued", "valuation", and the same in the other languages the measure lexicon covers) is
no measure of its own: the amount is the value of what the value word is said of, not of a measure named further
back in the sentence ("Mars would also take on Kellanova's outstanding debt, bringing the agreement's total value to
about $35.9 billion" is the deal's price, not the debt). When the value word comes between an amount and the money
measure its sentence names before it (a measure after "by" names the basis of a ranking, "the second-largest car
maker by sales", and is passed over), the amount takes the deal's price ("sale") when the value is said of a deal
(its noun before the value word in its clause, in the clause before it "The deal, valued at", possessive "the
agreement's total value", or after it "the total value of the deal"), else no measure of the vocabulary: the
value put on a firm or a thing ("which will be valued at up to $19 billion", "at a valuation of almost $US25
billion") is no price paid, debt or revenue; the open measures (compare/open_measures.py) name it by its word.
"Worth" is not read here: "shares worth $X", "resources worth $X" price the goods a sale or purchase names, and an
enterprise or equity value is the price a deal puts on a firm."""

from __future__ import annotations

from briefing_tui.compare.measures import CLAUSE_SPLIT, _TOKEN, _is_money, measure_of_word

# Words of a value put on a thing, English first ("valued", "valuation"), then French, German, Spanish, Portuguese
# and Italian ("valeur", "valorisée", "Wert", "bewertet", "valoración", "avaliada", "valutazione").
VALUE_WORDS = frozenset(
    """value values valued valuing valuation valuations
    valeur valeurs valorisation valorisé valorisée valorisés valorisées
    wert werte bewertet bewertung gesamtwert
    valor valores valoración valorada valorado valorados valoradas avaliada avaliado avaliação valorização
    valore valutazione valutata valutato""".split())
# Words shortly before a value word that make it a deal's price, no value put on a thing ("a total enterprise value
# of", "On an equity basis, it is valued at"): read as any amount is.
PRICE_VALUES = frozenset("enterprise equity".split())
PRICE_VALUE_REACH = 6  # words before a value word read for them
# Nouns of a deal whose value is its price ("the agreement's total value", "the total value of the deal").
DEAL_NOUNS = frozenset(
    """deal deals agreement agreements transaction transactions acquisition acquisitions takeover takeovers merger
    mergers purchase buyout offer bid
    accord opération transaction rachat fusion
    übernahme deal transaktion vereinbarung kauf
    acuerdo operación adquisición compra fusión acordo operação aquisição
    accordo operazione acquisizione""".split())
# A word before a measure that makes it the basis of a ranking, not a thing priced ("largest by sales").
RANK_BASIS = frozenset({"by"})
# Words after a value word read for the deal it is of: "of the deal", "de l'opération", "la valeur totale de
# l'accord", "der Gesamtwert des Deals".
OF_WORDS = frozenset(
    "of de del des du da do di von der the la le el o l total totale totales totaux global globale".split())
VALUE_OF_REACH = 3  # words after a value word read for "of (the) deal"
OWNER_BEFORE_WORDS = 2  # words of the clause before read when the value word opens its clause ("The deal, valued at")
# Words that may open a clause on a value word and say nothing of what is valued ("which will be valued at").
LINK_WORDS = frozenset("which that it is was will be been being has had have now last once".split())
NOT_A_VALUE = "not a value"  # (the mark of an amount no value word is said of: its measure is read as before)


def _plain(word: str) -> str:
    """A lower-case word without a possessive ("agreement's" -> "agreement") or elision ("l'opération")."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return w.rsplit("'", 1)[-1]


def valued_measure(before: str, reach: int) -> str | None:
    """What an amount prices when a value word comes between it and the money measure named before it in its
    sentence (``before``: the sentence's text before the amount, read ``reach`` words back): "sale" when the value
    is a deal's, None when it is another thing's, ``NOT_A_VALUE`` when no such value word is there."""
    found = list(_TOKEN.finditer(before))[-reach:]
    tokens = [m.group(0) for m in found]
    words = [_plain(t) for t in tokens]
    for k in range(len(words) - 1, -1, -1):
        if words[k] in VALUE_WORDS:
            if any(w in PRICE_VALUES for w in words[max(0, k - PRICE_VALUE_REACH):k]):
                return NOT_A_VALUE  # "a total enterprise value of": a deal's price, read as before
            return "sale" if _said_of_deal(before[:found[k].start()], words[k + 1:]) else None
        if tokens[k][0].isdigit():
            return NOT_A_VALUE  # another figure: the value word before it is that figure's
        measure = measure_of_word(tokens[k])
        if measure and _is_money(measure) and not (k and words[k - 1] in RANK_BASIS):
            return NOT_A_VALUE  # a measure named after the value word: it is what the amount prices
    return NOT_A_VALUE


def _said_of_deal(ahead: str, after: list[str]) -> bool:
    """Whether a value word is said of a deal: a deal noun right after it behind "of (the)" (``after``: the words
    after it), before it in its clause (``ahead``: the text before it), or at the end of the clause before when
    the value word opens its clause ("The deal, valued at", "The deal, which is valued at")."""
    for w in after[:VALUE_OF_REACH]:
        if w in DEAL_NOUNS:
            return True
        if w not in OF_WORDS:
            break
    clauses = CLAUSE_SPLIT.split(ahead)
    head = [_plain(t) for t in _TOKEN.findall(clauses[-1])]
    if any(w in DEAL_NOUNS for w in head):
        return True
    if all(w in LINK_WORDS for w in head) and len(clauses) > 1:
        previous = [_plain(t) for t in _TOKEN.findall(clauses[-2])]
        return any(w in DEAL_NOUNS for w in previous[-OWNER_BEFORE_WORDS:])
    return False
