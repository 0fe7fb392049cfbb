"""What an amount or a share measures: money takes the thing priced (the noun after the amount, "a
$250-million fund", "$10 million in emergency aid", or the nearest one before it, "a contract worth"); a
share takes the noun after it ("a 15% tariff", "28.5% of the vote"), a verb of change before it, or a
measure named before it. Split from compare/measures.py, whose words and rules it uses."""

from __future__ import annotations

import re

from briefing_tui.compare.apposed_changes import apposed_change
from briefing_tui.compare.changed_by import changed_by
from briefing_tui.compare.charged_goods import charged_measure
from briefing_tui.compare.closed_quotes import blank_closed_quotes
from briefing_tui.compare.compound_heads import compound_head
from briefing_tui.compare.demand_shares import demand_measure
from briefing_tui.compare.east_asian_measures import east_asian_measure
from briefing_tui.compare.foreign_words import share_link_pattern
from briefing_tui.compare.kinded_measures import KIND_OF_AMOUNT, KIND_OF_AMOUNT_REACH, kind_named_before
from briefing_tui.compare.measures import (CHANGE_WORDS, CLAUSE_SPLIT, MONEY_AHEAD, PEOPLE_MEASURES, _MAKE, _MODIFIER,
                                            _back_measure, CONTAINERS, _is_money, _measure_at, measure_of_word, words_in)
from briefing_tui.compare.numbers import SPACE
from briefing_tui.compare.planned_measures import planned
from briefing_tui.compare.sale_losses import sold_at_a_loss
from briefing_tui.compare.valued_amounts import NOT_A_VALUE, valued_measure
from briefing_tui.compare.majority_bars import passed_bar, share_bar
from briefing_tui.compare.level_shares import level_set, level_share, moved_by_to
from briefing_tui.compare.share_changes import changed_share
from briefing_tui.compare.required_tallies import REQUIRED_AFTER, REQUIRED_BEFORE, required_count  # noqa: F401
from briefing_tui.compare.coordinated_amounts import own_amount_ahead
from briefing_tui.compare.buybacks import BUYBACK, bought_back
from briefing_tui.compare.price_moves import CHANGE, moved_by
from briefing_tui.compare.market_value_losses import market_value_lost
from briefing_tui.compare.market_values import valued_or_lost
from briefing_tui.compare.amount_left_out import LEFT_OUT_AFTER
from briefing_tui.compare.share_prices import reached_price
from briefing_tui.lazy_pattern import lazy_compile

MONEY_BACK_WORDS = 40  # (words) an amount prices what its sentence names, however far back ("awarded the survivors of ..., $242.6 million")

# A conversion in brackets after an amount.
_BRACKETED = lazy_compile(rf"^{SPACE}?\([^()]{{0,40}}\)")
_SKIP_AFTER = frozenset("in of for the a an new emergency additional extra its their".split())
OWN_WORDS_AHEAD = 2  # words after an amount (but skipped ones, modifiers, joining "and"s) read for what it prices


def _own_word(word: str) -> bool:
    """Whether a lower-case word after an amount counts toward ``OWN_WORDS_AHEAD``: no skipped word, no modifier."""
    return word not in _SKIP_AFTER and not _MODIFIER.fullmatch(word)


def money_measure(before: str, after: str) -> str | None:
    """What an amount prices: a measure word just after it ("fund", "in punitive damages"), else before it.
    An amount given as "a total of" with no kind of its own is the total of that measure ("The jury awarded a
    total of $329 million in damages": total compensation, not what one party pays)."""
    if bought_back(before):
        return BUYBACK  # "to buy back up to ¥1.1 trillion": no sale
    if market_value_lost(before, after):
        return "damage"  # "lost $310 billion in market value"
    if reached_price(before):
        return None  # "fell 12% to $56": the price reached (compare/share_prices.py)
    measure = sold_at_a_loss(_money_measure(before, "" if own_amount_ahead(after) else after), before, after)
    if measure and " " not in measure and _TOTAL_BEFORE.search(before[-TOTAL_REACH:]):
        return f"total {measure}"
    return planned(valued_or_lost(measure, before, after), before)


# "a total of" right before an amount: the sum of its parts.
_TOTAL_BEFORE = lazy_compile(r"\b(?:a|the)\s{1,3}total\s{1,3}of\s{0,3}$", re.I)
TOTAL_REACH = 20  # characters before the amount searched for it


def _money_measure(before: str, after: str) -> str | None:
    after = _BRACKETED.sub("", after[:80], count=1)  # "$550 billion (about ¥80 trillion) investment"
    words = words_in(after[:60])
    if words and after[:words[0].start()].strip(" \u00a0"):
        words = []  # punctuation right after the amount: the words after are another clause
    joined = 0  # "and"s joining two modifiers of the priced noun ("infrastructure and climate fund")
    for i, w in enumerate(words[:MONEY_AHEAD + 2]):
        if w.group(0).lower() in LEFT_OUT_AFTER:
            break  # "valued at $28.58 billion excluding debt": the debt is what the amount leaves out
        measure = _measure_at(words, i)
        if measure == "package":  # "a $550 billion package of investment and loans": what it holds
            inner = next((m for m in (measure_of_word(x.group(0)) for x in words[i + 1:i + 5]) if m and _is_money(m)
                          and m != "package"), None)
            return inner or measure
        if measure and _is_money(measure):
            return _kind_after(words, i, compound_head(words, i, measure))
        word = w.group(0).lower()
        if word == "and" and i and _own_word(words[i - 1].group(0).lower()):
            joined += 1  # (not "$750 billion and to make investments": an "and" right after it opens a predicate)
            continue
        if _own_word(word) and i - joined >= OWN_WORDS_AHEAD:
            break
    if words and _MODIFIER.fullmatch(words[0].group(0)):
        return f"{words[0].group(0)} compensation" if "damages" in before.lower() + after.lower() else None
    back = _back_measure(before, True)
    if back:
        plain = " " not in back  # ("capital expenditure, with an allocation of": the capital budget)
        return (kind_named_before(before, back) or back) if plain else back
    if (valued := valued_measure(before, MONEY_BACK_WORDS)) != NOT_A_VALUE:
        return valued  # "bringing the agreement's total value to": the deal's price, not a measure further back
    far = _back_measure(blank_closed_quotes(before), True, MONEY_BACK_WORDS, True)  # (not a quote's words)
    kind = KIND_OF_AMOUNT.findall(before[-KIND_OF_AMOUNT_REACH:])
    if far and kind and _MODIFIER.fullmatch(kind[-1]) and " " not in far.split(" ", 1)[-1]:
        return f"{kind[-1]} {far.split()[-1]}"  # "33% of the compensatory amount, or $42.6 million"
    return far


# Words between a measure noun and the kind it is of ("a $43 million award for compensatory damages").
_KIND_LINK = frozenset("for of in as".split())


def _kind_after(words: list[re.Match], i: int, measure: str) -> str:
    """A plain money measure followed by "for"/"of" and a kind of the same measure takes that kind: "a $43
    million award for compensatory damages" is compensatory compensation."""
    if measure == "damage" and i + 2 < len(words) and words[i + 1].group(0).lower() in ("in", "of") \
            and _measure_at(words, i + 2) == "revenue":
        return "revenue"  # "a $380 million loss in revenue", "a loss of sales": revenue lost, not the whole damage
    if " " in measure or i + 3 >= len(words) or words[i + 1].group(0).lower() not in _KIND_LINK:
        return measure
    kinded = _measure_at(words, i + 3)  # (the kind's modifier is word i + 2)
    return kinded if kinded and " " in kinded and kinded.split()[-1] == measure else measure


_PERCENT_AFTER = lazy_compile(
    rf"(?:{SPACE}{{0,3}}|-)(?:of (?:the |all |its )?|{share_link_pattern() or 'der |dos |des '})?(?:[A-Z][\w-]{{0,30}}[’']s )?"
    r"(?:[$€£¥][\d.,]{1,12}(?: (?:trillion|billion|million))? (?:\([^()]{0,30}\) )?)?"
    rf"([^\W\d_][\w-]{{0,30}})(?: ([^\W\d_][\w-]{{0,30}}))?")


# Measures a share names after it ("40% of the seats"), never before it ("the death toll rose 20%" is a change).
COUNTED_ONLY = PEOPLE_MEASURES | {"seats", "storeys", "homes", "buildings"}


def percent_measure(before: str, after: str) -> str | None:
    """What a share measures: a share something requires ("must receive at least 5% of votes to enter"),
    the threshold; the noun after it ("a 15% tariff", "28.5% of the vote", "33% liable"), a verb of change
    before it ("shares jumped over 12%": "change"), else a measure named before it."""
    if passed_bar(before):
        return None  # "l'AfD supera la soglia del 20%": the AfD's share, over 20%
    if REQUIRED_BEFORE.search(before[-60:]) and REQUIRED_AFTER.match(after) or share_bar(before, after):
        return "threshold"
    if bought_back(before, after):
        return BUYBACK  # "to buy back 24% of its shares": no change of a price
    if moved_by(after, before):
        return CHANGE  # "shares were 0.2% higher at 450 yen", "a loss of 12%"
    if changed_by(before):
        return None  # (how much something changed, not what: no measure to weigh it by)
    if demand := demand_measure(before, after):
        return demand  # "60% of national demand", "48% da demanda ... recuperada" (demand_shares.py)
    # (a Chinese, Japanese or Korean clause names it by words without spaces: "15%の関税", "49.42%의 득표율")
    measure = _percent_measure(before, after) or east_asian_measure("percent", None, before + after, len(before),
                                                                     len(before))
    return planned(charged_measure(measure, before), before, after)


# A share of an economy's output, named after it: "4.69% of Vietnam's entire GDP", "0,35 Prozent des BIP", "1% du PIB", "il 135% del Pil", "5 % du produit intérieur brut", "3 Prozent des
# Bruttoinlandsprodukts", "2.5% of national income"; or after the economy itself: "20% of global economic output", "a
# quarter of the world economy", "el 20% de la economía global", "un quinto dell'economia globale", "20 % de
# l'économie mondiale", "20 Prozent der Weltwirtschaft".
_OF_GDP = lazy_compile(
    r"\s{0,3}(?:of|des|der|du|del|de|do|da|dell['’])\s{0,3}(?:(?:the|le|el|o)\s{1,3})?(?:[\w’'-]{1,30}\s{1,3}){0,3}?"
    r"(?:GDP|BIP|PIB|PIL|Pil"
    r"|econom(?:y|ía|ia)|l['’]économie|économie|economic\s{1,3}output|Weltwirtschaft|Wirtschaftsleistung"
    r"|gross\s{1,3}domestic\s{1,3}product"
    r"|[Pp]rodu(?:it|cto|tto|to)\s{1,3}(?:intérieur|interior|interno)\s{1,3}(?:brut|bruto|lordo)"
    r"|Bruttoinlandsprodukts?|national\s{1,3}income|revenu\s{1,3}national|renta\s{1,3}nacional"
    r"|reddito\s{1,3}nazionale|Volkseinkommens?)\b")
GDP_SHARE = "share of gdp"  # (its last word a measure of its own: compare/key_figures.py)
# A ratio to an economy's output named before a share, the amount it measures first: "the debt-to-GDP ratio stood at
# 113%", "le ratio dette/PIB atteint 113 %", "la relación deuda/PIB llegó al 113%", "il rapporto debito/Pil al 135%"
# (no figure between).
_GDP_RATIO_BEFORE = lazy_compile(r"(?<!\w)(\w{2,30})(?:-to-|\s{0,2}/\s{0,2})(?:GDP|BIP|PIB|PIL|Pil)\b[^\d.;:!?]{0,40}$")
GDP_RATIO_REACH = 60  # characters before a share searched for a ratio to output
# The goal set for that amount, two small words at most before the share ("the fiscal deficit target to around 4% of
# GDP"): a deficit.
_GOAL_BEFORE = lazy_compile(r"\s(?:target|goal|ceiling)(?:\s{1,3}[a-z]{2,6}){0,2}\s{0,3}$", re.I)
PLEDGE = "package"  # the measure of a plan, a pledge, a commitment
GDP_AMOUNT_REACH = 4  # words before a share of output searched for its amount ("il debito pubblico è al")


def _gdp_share(before: str, after: str) -> str | None:
    """A share of an economy's output, named by the amount its clause says it measures ("public debt reached 113%
    of GDP", "il debito pubblico è al 135% del Pil", "the debt-to-GDP ratio stood at 113%": "debt share of gdp", as
    compare/figures.py names one after its amount, "debt of €2.9 trillion, or 135% of GDP"); the bare share of
    output when no amount is named; None for no share of output."""
    ratio = _GDP_RATIO_BEFORE.search(before[-GDP_RATIO_REACH:])
    if ratio is None and not _OF_GDP.match(after):
        return None
    amount = measure_of_word(ratio.group(1)) if ratio else _back_measure(before, True, GDP_AMOUNT_REACH, objects=True)
    amount = None if amount == PLEDGE else amount  # (a pledge "of 2.5% of GDP": a goal, no amount)
    if amount is None and (goal := _GOAL_BEFORE.search(before)):
        amount = _back_measure(before[:goal.start()], True, GDP_AMOUNT_REACH, objects=True)
    return f"{amount} {GDP_SHARE}" if amount and _is_money(amount) else GDP_SHARE


# A price's premium (or discount) over an earlier price, in a share: "a 33% premium to its closing price", "a premium
# of about 33%", "une prime de 33 %", "ein Aufschlag von 33 Prozent". What a bid adds to a share's price, no change
# of the price itself ("Shares of Kellanova rose about 8%"): a measure of its own.
PREMIUM = "premium"
_PREMIUM_AFTER = lazy_compile(r"\s{0,3}(?:premium|discount)\b", re.I)
_PREMIUM_BEFORE = lazy_compile(
    r"\b(?:premium|discount|prime|décote|aufschlag|abschlag|prima|descuento)"
    r"\s{1,3}(?:of|de|del|d['’]|von)\s{0,3}(?:(?:about|around|roughly|nearly|almost|some|environ|rund|etwa)\s{1,3})?$",
    re.I)
PREMIUM_REACH = 40  # characters before a share searched for the premium it is
# A share a bid stands above a price, said without the word "premium": "33% above Kellanova's closing price", "une
# valeur supérieure de 33% par rapport au cours de clôture", "33% por encima del precio de cierre", "33 Prozent über
# dem Schlusskurs". (A change of the price itself, "shares closed up 5% over the previous close", is told by its verb
# of change before the share: ``CHANGE_WORDS``; a share above an average price, "44 Prozent über dem
# durchschnittlichen Kurs der vergangenen 30 Handelstage", is another premium than over a day's price, left unnamed.)
_ABOVE_PRICE_AFTER = lazy_compile(
    r"\s{0,3}(?:above|over|higher\s{1,3}than"
    r"|par\s{1,3}rapport\s{1,3}(?:au|à\s{1,3}son)|au-dessus\s{1,3}(?:du|de\s{1,3}son)"
    r"|por\s{1,3}encima\s{1,3}del?|über\s{1,3}dem|sopra\s{1,3}il|acima\s{1,3}do)\s{1,3}"
    r"(?:(?!(?:average|durchschnittlich|moyen|promedio|medio|média)\w{0,3}\s)[\w’'.-]{1,30}\s{1,3}){0,3}?"
    r"(?:price|close|cours|kurs|schlusskurs|börsenkurs|aktienkurs|precio|cotización|prezzo|preço|cotação)\b",
    re.I)
CHANGE_REACH = 4  # words before a share read for a verb of change


def _percent_measure(before: str, after: str) -> str | None:
    if gdp := _gdp_share(before, after):
        return gdp
    if _PREMIUM_AFTER.match(after) or _PREMIUM_BEFORE.search(before[-PREMIUM_REACH:]) or (
            _ABOVE_PRICE_AFTER.match(after) and not any(
                w.group(0).lower() in CHANGE_WORDS for w in words_in(CLAUSE_SPLIT.split(before)[-1])[-CHANGE_REACH:])):
        return PREMIUM
    m = _PERCENT_AFTER.match(after)
    if m and changed_share(before, after):
        return "change"  # ("lost 11% of the vote compared to the 2019 elections")
    if m:
        named = [measure_of_word(w) for w in (m.group(1), m.group(2)) if w]
        if len(named) == 2 and all(named) and not m.group(1)[:1].isupper() and m.group(2).lower() not in CONTAINERS:
            return named[1]  # a compound's head is its last noun: "a 15 percent import duty" is a duty
        for measure in named:
            if measure:
                return measure
    if (apposed := _APPOSED_COUNT.search(before[-APPOSED_REACH:]) or _COUNT_APPOSED.match(after)) \
            and (of := measure_of_word(apposed.group(1))):
        return of  # "received 4,671,021 votes, or 33.49 percent", "Hou 33.0% or 268,921 votes": that measure's share
    if apposed_change(before[-APPOSED_REACH:]):
        return "change"  # "shed 4,451 points, or 12.4%"
    back = _back_measure(before, None, objects=True)
    if back and back not in COUNTED_ONLY:
        return back
    if _BARE_SHARE_END.match(after) and (shares := _SHARE_OF.findall(_SENTENCE_END.split(before)[-1])) \
            and (of := measure_of_word(shares[-1])):
        return of  # "he secured about 40 % of the votes, while Mr Hou gained around 33 %": the list's measure
    near = [w.group(0).lower() for w in words_in(CLAUSE_SPLIT.split(before)[-1])[-4:]]
    if any(w in CHANGE_WORDS and not (w == "up" and k and near[k - 1] in _MAKE) for k, w in enumerate(near)):
        if not level_share(before):
            return "change"  # (but "autos make up 28% of exports" is a share, not a change)
        if not moved_by_to(before):
            return None  # ("down from 4.5%"; but "plummeting by 20 points to 24%" is read as a level set, below)
    if (m is None or m.group(1).lower() in _GENERIC_RATES) and _COMPARED_BEFORE.search(before[-COMPARED_REACH:]):
        # a bare share or "rate" compared with another takes the rate named earlier in the sentence ("a 15%
        # tariff, down from the previously threatened 30%", "better than the threatened 30 per cent rate")
        far = _back_measure(before, None, BARE_SHARE_WORDS, whole=True, objects=True)
        return far if far and far not in COUNTED_ONLY else None
    if level_set(before):
        # a level set or reached: "to hike tariffs to 30%", "to be capped at 15%", "taxed at 25 per cent"
        far = _back_measure(before, None, BARE_SHARE_WORDS, whole=True)
        return far if far and far not in COUNTED_ONLY else None
    return None


# A count and its noun right before a share in apposition: "4,671,021 votes, or 33.49 percent", "3.69 million votes
# or 26.5%".
_APPOSED_COUNT = lazy_compile(r"\d(?:\s{1,3}(?:thousand|million|billion))?\s{1,3}([a-z]{3,20}),?\s{1,3}or\s{1,3}$")
APPOSED_REACH = 40  # characters before a share searched for that count
# The same after a share: "Hou 33.0% or 268,921 votes".
_COUNT_APPOSED = lazy_compile(r"\A,?\s{1,3}or\s{1,3}\d[\d,.]{0,15}(?:\s{1,3}(?:thousand|million|billion))?\s{1,3}([a-z]{3,20})")
# A share with nothing after it naming what it is of ("..., while Mr Hou gained around 33 % and Ko, about 26 %."),
# and a share earlier in its sentence that says what it is of ("about 40 % of the votes").
_BARE_SHARE_END = lazy_compile(r"\A\s{0,3}(?:[,.;)]|and\b|while\b|\Z)")
_SENTENCE_END = lazy_compile(r"[.!?]\s")
_SHARE_OF = lazy_compile(r"\d\s{0,3}(?:%|percent\b|per\s{1,3}cent\b)\s{1,3}of\s{1,3}(?:the\s{1,3})?([a-z]{3,20})\b")




# The words of a comparison right before a share, which leave out the noun of the rate compared ("from the
# previously threatened 30%", "than the threatened 30 per cent rate", "compared with 25%").
_COMPARED_BEFORE = lazy_compile(
    r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?:the|a|an|its|their)\s+)?(?:[a-z]+\s+){0,2}$", re.I)
COMPARED_REACH = 60  # characters before the share searched for them
# Nouns after a share that name no measure of their own: the rate named earlier is meant.
_GENERIC_RATES = frozenset("rate rates level levels mark figure".split())
BARE_SHARE_WORDS = 25  # how far back (in words) a bare share looks for the rate it gives


# A word that denies a share to everyone it names, before it in its sentence: "no candidate secured over 50 per cent",
# "neither has secured more than 50%", "none of them got at least 50 percent", "Neither X, nor Y, secured the 50% plus
# one vote" (not "not": "not only did X win 55%").
# (a title's full stop is no sentence end: "neither Mr. Dissanayake, nor ...")
_DENIED_BEFORE = lazy_compile(r"\b(?:no|none|neither|nobody|no\s{1,3}one)\b(?:[^.;:!?]|\b(?:Mr|Mrs|Ms|Dr|St)\.){0,160}$", re.I)
# The share a denial is about is a bar: a lower bound ("more than", "over", "at least") right before it, or "plus one"
# or "majority" right after it.
_BAR_BEFORE = lazy_compile(r"\b(?:more\s{1,3}than|over|above|at\s{1,3}least|the)\s{1,3}$", re.I)
_BAR_AFTER = lazy_compile(r"\s{0,3}(?:%|percent|per\s{1,3}cent)?\s{0,3}(?:plus\s{1,3}one|\+\s{0,2}1|majority)\b", re.I)


def denied_bar(before: str, after: str) -> bool:
    """Whether a share is a bar that the sentence says nobody reached ("no candidate secured more than 50 per cent"):
    the rule's threshold, nobody's share."""
    if not _DENIED_BEFORE.search(before):
        return False
    return bool(_BAR_BEFORE.search(before[-20:]) and (not before.rstrip().lower().endswith("the")
                                                        or _BAR_AFTER.match(after)))
