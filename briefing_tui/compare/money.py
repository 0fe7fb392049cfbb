"""Money in article text: amounts with their currency as the rates table names it ("$250-million",
"3 trillion yen", "USD 7 million", "5 billion won"), never a currency word that is English ("won 3 games")."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.compare.alias_memo import per_aliases
from briefing_tui.compare.bare_currencies import BareCurrencies
from briefing_tui.compare.counted_nouns import FROM_BEFORE
from briefing_tui.compare.counts import Found
from briefing_tui.compare.numbers import LANGUAGE_SCALES, NUMBER, RANGE_TO, SCALE_WORD, SPACE, SPACED_NUMERAL, \
    NumberStyle, parse_number, scale_of
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.spread_ranges import SPREAD_BEFORE, SPREAD_REACH
from briefing_tui.lazy_pattern import lazy_compile

_NUM = NUMBER
_RANGE = RANGE_TO
# Thousands grouped by spaces with no decimal part ("€100 000", "$1 500 000"): after a currency sign, one amount in
# either style (an English page's "1 300,5" would read as 13,005: the decimal part is left to the continental style).
_SPACED_WHOLE = r"\d{1,3}(?:" + SPACE + r"\d{3})+(?![\d]|[.,]\d)"
# Scale words abbreviated only beside a currency: French "1,5 Md€", "300 M€", "2 Mds €" (glued to the euro sign,
# spaced or not), Brazilian "R$ 1,3 bi", "US$ 500 mi", "R$ 2 tri" (after the currency: alone, "5 mi" is miles).
MONEY_SCALE_ABBREVIATIONS = {"md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9, "m": 1e6, "bi": 1e9, "mi": 1e6,
                             "tri": 1e12}
_SCALE_BEFORE_EURO = rf"(?:mds?|mrds?|m)(?={SPACE}?€)"
_SCALE_AFTER_CURRENCY = r"(?:bi|mi|tri)\b(?![.,]?\d)"
# French "billion" is a million millions (a thousand "milliards"): a "billion" joined to its currency by a Romance
# "de"/"d'" ("1,2 billion d'euros", "3 billions de dollars") is 10^12; English never writes "de" there.
_ROMANCE_BILLION = frozenset({"billion", "billions"})
_ROMANCE_OF = lazy_compile(r"\s{1,3}d(?:e|['’])\s{0,3}", re.I)  # (matched whole, between the scale and the currency)
ROMANCE_BILLION_SCALE = 1e12
# An indefinite article standing for one before a scale word and a currency word ("a million dollars", "eine Million
# Dollar", "un million de dollars", "un millón de dólares", "um milhão de dólares", "un milione di dollari"): one.
_ONE_ARTICLE = r"(?:an?|une?|eine[nmr]?|uma?|un[oa])"
# Another language's thousands word between an amount and the currency word after it ("320 mil dólares", "50 mil
# reais", "300 mila euro"): a thousand there (never before the currency's sign: "$5 mil" is American slang for millions).
_THOUSANDS_BEFORE_CURRENCY = "|".join(sorted((re.escape(w) for w, v in LANGUAGE_SCALES.items() if v == 1e3),
                                             key=len, reverse=True)) or r"(?!x)x"


def _scale(word: str | None) -> float:
    """The multiplier of a scale word, abbreviations beside a currency included."""
    return MONEY_SCALE_ABBREVIATIONS.get((word or "").lower()) or scale_of(word)


@lru_cache(maxsize=8)
def _money_patterns(prefixes: tuple[str, ...], words: tuple[str, ...],
                    continental: bool = False) -> tuple[re.Pattern, re.Pattern]:
    """(amounts with the currency before them, amounts with it after), for the table's currency forms; a source
    of the ``continental`` style also groups thousands by spaces before a currency word or sign ("100 000
    euros", "1 500 000 €", as counts are read: an English "on Jan. 7 126 euros" is two numbers)."""
    pre = "|".join(re.escape(p) for p in prefixes)
    # (a name of several words may be hyphenated inside a compound: "a 14.9-billion-U.S.-dollar project")
    suf = "|".join(re.escape(w).replace(r"\ ", r"(?:\s+|-)") for w in words)
    # the signs among the forms before an amount follow it on continental pages: "1.500 €", "2,5 millions €", "50 $"
    signs = "|".join(re.escape(p) for p in prefixes if not p.replace(".", "").isalpha())
    scale = rf"(?:{SPACE}*-?{SPACE}*|-)"  # "$250 million", "$250-million"
    num = rf"(?:{SPACED_NUMERAL if continental else _SPACED_WHOLE}|{_NUM})"
    # (a continental page's thousands word after a sign is a thousand: "US$ 750 mil", "$ 250mila"; an English
    # page's "$5 mil" stays slang, unread)
    thousands = rf"|(?:{_THOUSANDS_BEFORE_CURRENCY})\b" if continental else ""
    scale_word = rf"(?:{SCALE_WORD}|{_SCALE_AFTER_CURRENCY}{thousands})"
    amount = (rf"(?P<n1>{num})(?:{scale}(?P<s1>{scale_word}))?(?:{_RANGE}(?P<cur2>(?:{pre}){SPACE}?)?(?P<n2>{num}))?"
              rf"(?:{scale}(?P<s2>{scale_word}))?")
    prefix = re.compile(rf"(?<![\w])(?P<cur>{pre}){SPACE}?{amount}", re.I)
    num_after = num if continental else _NUM
    # (other languages put "de" or "di" between a scale word and the currency: "100 millones de yuanes", "300 milioni
    # di euro"; French elides it: "2,95 milliards d'euros"; German abbreviates the scale: "2,95 Mrd. Euro"; Indian
    # English says "of": "1.96 lakh crores of rupees")
    # (a compound joins them by hyphens: "a 500-billion-euro fund", "a 304-trillion-dong fraud")
    suffix = re.compile(rf"(?<![\w$€£¥.,])(?P<n1>{num_after}|{_ONE_ARTICLE}(?={SPACE}+(?:{SCALE_WORD})))(?:{_RANGE}(?P<n2>{num_after}))?(?:{SPACE}*|-)"
                        rf"(?:(?P<s1>{SCALE_WORD}|(?:{_THOUSANDS_BEFORE_CURRENCY})\b|{_SCALE_BEFORE_EURO})\.?(?:{SPACE}+d[ei]|{SPACE}+d['’]|{SPACE}+of)?)?"
                        rf"(?:{SPACE}*|-)"
                        rf"(?P<cur>(?:{suf})\b|(?:{signs})(?![\w$€£¥]))", re.I)
    return prefix, suffix


@per_aliases
def _currency_forms(table: RateTable) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(forms before an amount, forms after it) of the table's currency names (``_forms_of``), once per table."""
    return _forms_of(tuple(table.aliases.items()))


# Currency names that are also common English words: money only with a scale word ("5 billion won")
# or with the country's adjective before them ("South Korean won", "Uzbek sum").
AMBIGUOUS_CURRENCY_WORDS = frozenset("won sum som real rand mark marks pound pounds lira ring".split())
# Abbreviations of a currency written before an amount that are no English word ("Rs 500 crore", "Rs. 15.6
# crores", "Rp 5 trillion", "RM2 billion", "Tk 500 crore", "KSh 3 billion", "NIS 30 billion"): money before a
# number though written in letters and not in capitals.
PREFIX_ABBREVIATIONS = frozenset({"rs", "rs.", "rp", "rp.", "rm", "tk", "ksh", "nis"})
# A currency's letter glued to an amount, as its country's press writes it: "R58 billion" and "R28bn" (rand),
# "Sh4.29 trillion" and "Ksh.58.5 billion" (Kenyan shillings), "P545.6 billion" (Philippine pesos), "N1.2 trillion"
# (naira). A letter is no currency alone ("R2" is a road, "P5" a class), so a scale word or thousands grouped by
# commas must follow ("R1,500").
GLUED_LETTERS = {"R": "ZAR", "Sh": "KES", "Ksh": "KES", "Kshs": "KES", "KSh": "KES", "P": "PHP", "N": "NGN"}
_GLUED_MONEY = lazy_compile(
    r"(?<![\w$€£¥.,])(?P<cur>" + "|".join(sorted(GLUED_LETTERS, key=len, reverse=True)) + r")\.?"
    rf"(?P<n1>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?(?:{SPACE}*-?{SPACE}*(?P<s1>{SCALE_WORD})))")
_COUNTRY_BEFORE = lazy_compile(r"(?:korean|uzbek|kyrgyz|brazilian|south african|turkish)\s*$", re.I)


@lru_cache(maxsize=8)
def _forms_of(aliases: tuple[tuple[str, str], ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(forms written before an amount, forms written after it) of the table's currency names.
    An ISO code ("usd" for USD) goes either side; it counts before an amount only in capitals
    ("USD 7 million"), so that "won 3 games" and "the sum 5" stay words (see ``_money``)."""
    prefixes, words = [], []
    for alias, code in aliases:
        if alias.isalpha() and len(alias) == 3 and alias.upper() == code or alias.lower() in PREFIX_ABBREVIATIONS:
            prefixes.append(alias)
            words.append(alias)
        elif any(ch.isalpha() for ch in alias) and not any(ch in "$€£¥₽₸₹₩" for ch in alias):
            words.append(alias)
        else:
            prefixes.append(alias)
    key = lambda s: (-len(s), s)  # noqa: E731 - longest first so "US$" wins over "$"
    return tuple(sorted(set(prefixes), key=key)), tuple(sorted(set(words), key=key))


def money_in(text: str, table: RateTable, style: NumberStyle, bare: BareCurrencies = ()) -> list[Found]:
    """Amounts of money in ``text``; ``bare``: the currency words its source writes alone for one currency
    (compare/bare_currencies.py: "riyals" in an article that names "Saudi riyals")."""
    prefixes, words = _currency_forms(table)
    words = (*words, *(word for word, _ in bare)) if bare else words
    prefix, suffix = _money_patterns(prefixes, words, style.spaces_group)
    found = []
    for pat in (prefix, suffix):
        for m in pat.finditer(text):
            written = m.group("cur").strip()
            if pat is prefix and written.isalpha() and not written.isupper() \
                    and written.lower() not in PREFIX_ABBREVIATIONS:
                continue  # a currency word before a number is English ("won 3 games", "the sum 5")
            if pat is suffix and written.lower() in AMBIGUOUS_CURRENCY_WORDS and not m.group("s1") \
                    and not _COUNTRY_BEFORE.search(text, 0, m.start("cur")):
                continue
            # (hyphens read as spaces there: "U.S.-dollar"; a bare word as its article's one currency)
            code = table.code_for(written) or (dict(bare).get(written.lower()) if bare else None)
            low = parse_number(m.group("n1"), style) if m.group("n1")[:1].isdigit() or pat is prefix \
                or not re.fullmatch(_ONE_ARTICLE, m.group("n1"), re.I) else 1.0  # ("a million dollars")
            if code is None or low is None:
                continue
            high = parse_number(m.group("n2"), style) if m.group("n2") else None
            s2 = m.groupdict().get("s2")
            end = m.end()
            if high is not None and m.group("s1") and m.start("s1") < m.start("n2") and not s2 \
                    and not m.groupdict().get("cur2"):
                # "$5 million to 300 farmers": the second number is not part of the amount.
                high, end = None, m.end("s1")
            scale_low = _scale(m.group("s1") or s2)
            scale_high = _scale(s2 or m.group("s1"))
            if high is not None and not m.group("s1") and low >= OWN_THOUSANDS:
                scale_low = 1.0  # ("$500,000 to $2 million": a first end in thousands is not of the millions)
            if pat is suffix and m.group("s1") and m.group("s1").lower() in _ROMANCE_BILLION \
                    and _ROMANCE_OF.fullmatch(text, m.end("s1"), m.start("cur")):
                scale_low = scale_high = ROMANCE_BILLION_SCALE  # ("1,717 billion d'euros": French, 10^12)
            low *= scale_low
            ends = high is not None
            high = high * scale_high if high is not None else low
            while end > m.start() and text[end - 1].isspace():
                end -= 1
            if ends and (high < low or (FROM_BEFORE.search(text, max(0, m.start() - FROM_REACH), m.start())
                                        and not SPREAD_BEFORE.search(text, max(0, m.start() - SPREAD_REACH), m.start()))):
                found += _change_ends(m, end, low, high, code)  # ("fell from $3.5 trillion to $2.9 trillion")
                continue
            found.append(Found("money", m.start(), end, {"low": low, "high": high, "unit": code}))
    return found + _glued_money_in(text, table)


OWN_THOUSANDS = 1e3  # a range's first end this large names its own size: the second's scale word is not its
FROM_REACH = 30  # characters before an amount read for a word of "from"


def _change_ends(m: re.Match, end: int, low: float, high: float, code: str) -> list[Found]:
    """The two amounts of a pair that is no range, each its own figure: "from $2 billion to $3 billion" (a change:
    compare/change_roles.py makes the first the previous value) and a first end above the second ("$3.5 trillion to
    $2.9 trillion"), which no writer gives as a range."""
    first_end = m.end("s1") if m.group("s1") and m.start("s1") < m.start("n2") else m.end("n1")
    second = m.start("cur2") if m.groupdict().get("cur2") else m.start("n2")
    return [Found("money", m.start(), first_end, {"low": low, "high": low, "unit": code}),
            Found("money", second, end, {"low": high, "high": high, "unit": code})]


def _glued_money_in(text: str, table: RateTable) -> list[Found]:
    """Amounts with a currency's letter glued to them ("R58 billion", "Sh4.29 trillion"), for the currencies the
    rate table knows."""
    found = []
    for m in _GLUED_MONEY.finditer(text):
        code = GLUED_LETTERS[m.group("cur")]
        number = m.group("n1")
        if m.group("s1"):
            number = number[:m.start("s1") - m.start("n1")].rstrip(" -\u00a0")
        value = parse_number(number)  # (the English style: these presses write "4.29" and "1,500")
        if value is None or table.code_for(code) != code:  # (a table without the currency: no money)
            continue
        value *= scale_of(m.group("s1"))
        found.append(Found("money", m.start(), m.end(), {"low": value, "high": value, "unit": code}))
    return found




# Between an amount and its conversion: "$550 billion (about ¥80 trillion)", "¥10 trillion ($68 billion)".
# (East Asian pages: "33억달러(한화 4조5000억원)", "約3兆円（約200億ドル）": in won, about)
IN_BRACKETS = lazy_compile(r"[(\[（] ?(?:(?:about|around|roughly|some|approximately|or|nearly|c\.|ca\.|한화|원화|약|約|约|约合|折合) ?)*",
                         re.I)
# A conversion whose opening bracket was lost: "a fine of 100,000 euros $108,000)" (the closing one stays).
_CLOSED_AFTER = lazy_compile(r"\s{0,2}[)\]]")
SAME_AMOUNT = 0.03  # two amounts of one currency this close (relative) are one amount written twice


def converted(prev: tuple[str, int, int, dict], cur: tuple[str, int, int, dict], text: str) -> bool:
    """Whether figure ``cur`` (kind, start, end, fields) restates ``prev``, the figure before it, in another
    currency or unit: in brackets right after it ("$550 billion (about ¥80 trillion)"), or right after it
    and closed by a bracket whose opening one is missing ("100,000 euros $108,000)")."""
    between = " ".join(text[prev[2]:cur[1]].split())
    if IN_BRACKETS.fullmatch(between):
        return True
    return cur[0] == "money" and not between and bool(_CLOSED_AFTER.match(text, cur[2]))


def same_amount(a: dict, b: dict) -> bool:
    """Whether two amounts (figure fields) can be one: of two currencies (a conversion), or of one currency
    and within ``SAME_AMOUNT`` of each other. "$US32 billion ($50 billion)" is not: the "$" in brackets is a
    local dollar the text does not name."""
    if a.get("unit") != b.get("unit"):
        return True
    x, y = a.get("low") or 0.0, b.get("low") or 0.0
    return abs(x - y) <= SAME_AMOUNT * max(abs(x), abs(y), 1e-9)
