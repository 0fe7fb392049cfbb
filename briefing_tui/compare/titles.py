"""Readable titles for claims aligned by measure: "Death toll: 12 · 19 · 40 · 52",
"Japan's investment: ¥3 trillion ≈ $19.3 bn · $20 bn"; and which member of a claim by wording titles it (one
written in English, never a fragment of another language's sentence)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from briefing_tui.compare.numbers import format_short, period_in_words
from briefing_tui.compare.physical_units import DIMENSIONS
from briefing_tui.compare.figure_patterns import PERCENTAGE_POINT
from briefing_tui.compare.measure_names import MEASURE_WORDS
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.shared_currencies import as_named
from briefing_tui.compare.title_names import english_subject, people_adjective
from briefing_tui.extract.institution_words import institution_word
from briefing_tui.language_table import NOUN_CAPITALISING_LANGUAGES
from briefing_tui.model import Figure, Source, TimePoint
from briefing_tui.source_names import timeline_in_names
from briefing_tui.compare.partitives import PART_KIND

if TYPE_CHECKING:
    from briefing_tui.compare.units import Unit

MEASURE_LABELS = {
    "dead": "Death toll", "injured": "Injured", "missing": "Missing", "displaced": "Displaced or evacuated",
    "hospitalised": "In hospital", "rescued": "Rescued", "arrested": "Arrested", "affected": "Affected",
    "storeys": "Storeys", "homes": "Homes", "buildings": "Buildings", "votes": "Votes", "seats": "Seats",
    "residents": "Residents", "hours": "Duration", "firefighters": "Firefighters",
    "turnout": "Turnout", "threshold": "Threshold", "magnitude": "Magnitude", "aftershocks": "Aftershocks",
    "age": "Age", "trapped": "Trapped", "jobs": "Jobs", "depth": "Depth", "distance": "Distance", "speed": "Speed",
    "tariff": "Tariff", "liability": "Share of liability", "package": "Package", "change": "Change",
    "investment": "Investment", "fund": "Fund", "contract": "Contract", "aid": "Aid", "loan": "Loan",
    "budget": "Budget", "cost": "Cost", "sale": "Sale price", "damage": "Damage", "exports": "Exports",
    "imports": "Imports", "trade": "Trade", "revenue": "Revenue", "profit": "Profit", "fine": "Fine",
    "survivors": "Survivors", "aboard": "Aboard", "ground": "On the ground",
    "bail": "Bail", "stake": "Stake sold", "compensation": "Compensation", "bribes": "Bribes", "debt": "Debt", "tax": "Tax",
    "deficit": "Deficit", "valuation": "Market value",
}
MINUTES_PER_HOUR = 60  # a length in hours that is no whole or half hour is titled in minutes
# Centimetres, read in millimetres (compare/physical_units.py), written in a figure's text ("30 centimètres",
# "60 Zentimeter", "30 cm"): its title shows them as written ("Height: 30 cm", not "300 mm").
_CENTIMETRES = re.compile(r"\bcm\b|cent[ií]m|zentim", re.I)
MM_PER_CM = 10.0
SYMBOLS = {"USD": "$", "EUR": "€", "JPY": "¥", "GBP": "£", "CNY": "CN¥", "INR": "₹", "KRW": "₩", "RUB": "₽"}
QUALIFIER_WORDS = {"about": "about ", "nearly": "nearly ", "more_than": "over ", "at_least": "at least ",
                   "less_than": "under ", "at_most": "at most ", "up_to": "up to "}
# Amounts a percentage is a share of ("33% of the $129 million awarded"); a tariff's rate is its own value.
SHARED_AMOUNTS = frozenset(
    "investment fund contract aid loan budget cost damage exports imports trade revenue profit fine "
    "compensation bribes debt deficit package".split())
MULTIPLE_UNITS = ("time", "times")  # a count of times is a multiple: "subscribed 2.37 times" shows as "2.37×"
MAX_VALUES = 6  # values shown in a title before "…"


# A kind of a measure reads better with another noun: "compensatory damages", not "compensatory compensation".
KIND_LABELS = {"compensation": "damages"}
# A people's adjective ("Japanese", "Thai") goes before the measure, not with "'s".
_DEMONYM_END = ("ese", "ian", "can", "ish", "ai", "ch")


def label(measure: str, subject: str | None, share: bool = False) -> str:
    """``"Death toll"``, ``"Japan's investment"``, ``"Greens' seats"``, ``"Japanese tariff"``,
    ``"Tesla's compensatory damages"``; with ``share`` (percentages of an amount) ``"Tesla's share of
    the compensation"``."""
    base, _, rest = measure.partition(" (")
    words = base.split()
    name = MEASURE_LABELS.get(words[-1], words[-1].capitalize()) if words else measure
    if len(words) > 2 and words[0] == PART_KIND:  # ("part civilians dead": "Civilians among the dead")
        name = f"{' '.join(words[1:-1]).capitalize()} among the {words[-1]}"
    elif len(words) > 1:
        kind_name = KIND_LABELS.get(words[-1], name[:1].lower() + name[1:])
        name = f"{' '.join(words[:-1]).capitalize()} {kind_name}"
    if share:
        name = f"Share of the {name[:1].lower() + name[1:]}"
    if rest:
        name += f" ({rest}"
    if subject:
        lower = name[:1].lower() + name[1:]
        subject = english_subject(subject)  # ("Greece's death toll", not "Grèce's")
        if " " in subject or subject[:1].islower():  # (a scope the text gives: "Death toll (nationwide)")
            return f"{name} ({subject})"
        if subject[:1].isupper() and (subject.lower().endswith(_DEMONYM_END) or people_adjective(subject)):
            return f"{subject} {lower}"
        return f"{subject}' {lower}" if subject.endswith("s") else f"{subject}'s {lower}"
    return name


def _amount(code: str, value: float) -> str:
    symbol = SYMBOLS.get(code)
    short = format_short(value)
    return f"{symbol}{short}" if symbol else f"{short} {code}"


def value_text(f: Figure, published: str | None, table: RateTable) -> str:
    """One value as a title shows it: counts as numbers, money with its symbol and, for another currency
    than the reference, its converted amount ("¥3 trillion ≈ $19.3 bn")."""
    words = QUALIFIER_WORDS.get(f.qualifier or "", "")
    low = f.low or 0.0
    if f.kind == "money" and f.currency_from == "none":
        return words + " ".join(f.text.split())  # (rupees of no known country: as written, never converted)
    if f.kind == "money" and f.unit:
        text = _amount(f.unit, low) + (f"-{format_short(f.high)}" if f.is_range and f.high else "")
        if f.unit != table.reference:
            rate = table.rate(f.unit, published)
            if rate is not None:
                text += f" ≈ {_amount(table.reference, low * rate.value)}"
        return words + text
    if f.kind == "percent":
        return f"{words}{low:g}{' pp' if f.unit == PERCENTAGE_POINT else '%'}"
    # ("Deadline: 5 months", not 0.417; "Ban sentence: 2 years", not a bare 2; "over 56 days", not "over 0.153")
    if f.kind == "period" and f.unit != "hour":
        low, high, unit = period_in_words(low, f.high if f.is_range and f.high else low)
        return f"{words}{format_short(low)}{f'-{format_short(high)}' if high != low else ''} {unit}"
    if f.kind == "period" and f.unit == "hour":  # ("over 18 hours", "74 min": never a bare 1.23)
        if not f.is_range and (low * 2) % 1:
            return f"{words}{round(low * MINUTES_PER_HOUR)} min"
        high = f.high if f.is_range and f.high else low
        return f"{words}{format_short(low)}{f'-{format_short(high)}' if high != low else ''} hour{'' if high == 1 else 's'}"
    high, unit = (f.high if f.is_range and f.high else None), f.unit
    if f.kind == "count" and unit == "mm" and _CENTIMETRES.search(f.text):
        low, high, unit = low / MM_PER_CM, high and high / MM_PER_CM, "cm"
    text = format_short(low) + (f"-{format_short(high)}" if high else "")
    if f.kind == "count" and f.unit in DIMENSIONS:  # a quantity with its unit: "Depth: 10 km", "Rainfall: 473 mm"
        text += f" {unit}"
    return words + text + ("×" if f.kind == "count" and f.unit in MULTIPLE_UNITS else "")


def possessive(name: str) -> str:
    """A name's possessive: "CGT's", "unions'", "police's"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def measured_title(measure: str, subject: str | None, figures: Sequence[Figure],
                   published: dict[str, str | None], table: RateTable, counter: str | None = None) -> str:
    """The title: the measure's label (with whose count it is, when ``counter`` is given: "Attendance (CGT's
    count)"), then each distinct value once, in the order given."""
    seen: dict[tuple, str] = {}
    for f in as_named(list(figures), table):  # one value once, however many sources give it (converted at the first one's date)
        seen.setdefault((f.qualifier, f.unit, f.low, f.high), value_text(f, published.get(f.source), table))
    values = list(dict.fromkeys(seen.values()))
    shown = " · ".join(values[:MAX_VALUES]) + (" · …" if len(values) > MAX_VALUES else "")
    percentages = bool(figures) and all(f.kind == "percent" for f in figures)
    if percentages and measure == "sale":
        return f"{label('stake', subject)}: {shown}"  # "a 40 percent stake": the share sold, not a price
    share = percentages and measure.split()[-1] in SHARED_AMOUNTS
    name = label(measure, subject, share)
    if counter:  # ("Attendance (CGT's count)", "Attendance (overall, authorities' count)")
        whose = f"{possessive(counter)} count"
        name = f"{name[:-1]}, {whose})" if name.endswith(")") else f"{name} ({whose})"
    return f"{name}: {shown}"


def timeline_text(measure: str, points: Sequence[TimePoint], labels: dict[str, str]) -> str:
    """``"dead: 12 (2025-11-27, Outlet A) → 19 (2025-11-28, Outlet B) · undated: 15 (Outlet C)"``."""
    if not points:
        return ""
    return f"{measure}: " + timeline_in_names(points, labels)


# The language titles are written in: a statement of another language gives a title only when no member speaks it.
TITLE_LANGUAGE = "en"
FIGURE_KINDS = ("money", "count", "percent", "period")  # figures a title of a foreign-only claim is made from


def is_foreign(source: Source) -> bool:
    """Whether a source is written in another language than titles (an unknown language is not foreign)."""
    return source.language is not None and source.language != TITLE_LANGUAGE


def untranslated(measure: str, text: str) -> bool:
    """Whether a measure of a figure in another language is a word of its own sentence, never translated (the
    adjective of "zwei riesige Waldbrände", the verb of "cinco ocorreram", the noun of "sus tres hijos" or the month
    of "11 gen."): "Riesige: 2" is no title a reader understands. A canonical measure ("votes", "distance") is one
    whatever words its sentence uses, unless a kind of it is a whole word of the sentence ("russie votes")."""
    *kinds, head = measure.split() or [measure]
    if head in MEASURE_WORDS or head in MEASURE_LABELS:  # (its kinds, when one is a whole word of the sentence:
        return any(re.search(rf"(?<!\w){re.escape(k)}(?!\w)", text, re.IGNORECASE) for k in kinds)  # "russie votes")
    # (the measure opening a word of the sentence: "hijo" in "hijos", "punkte-plan" in "Fünf-Punkte-Plan")
    return re.search(r"(?<!\w)" + re.escape(measure), text, re.IGNORECASE) is not None


def wording_topic(group: Sequence[Unit], marks: dict[int, list[tuple[int, int, str]]],
                  topic_of: Callable[[Sequence[Unit], Sequence[tuple[int, int, str]]], str],
                  opening: Callable[[str], str], published: dict[str, str | None] | None = None,
                  table: RateTable | None = None, names: frozenset[str] | None = None) -> str:
    """The topic of a claim by wording: ``topic_of`` over the group with its members in the titles' language
    first (their words make the title, never a fragment of another language's sentence); a claim of other
    languages only is titled by its first figure that has a measure (a translated one: ``untranslated``), as a
    claim by measure is ("EU-Kommission's fine: €2.95 bn ≈ $3.4 bn" with a rate ``table``), else by its first statement's opening (``opening``), which
    reads as the sentence does. With ``names`` (the lower-case words of the story's names) a subject of a language
    that capitalises every noun none of whose words is a name or an institution's noun ("Kommission") is left out
    of the title."""
    native = [u for u in group if not is_foreign(u.source)]
    if len(native) == len(group):
        return topic_of(group, marks.get(group[0].key, []))
    if native:
        ordered = native + [u for u in group if is_foreign(u.source)]
        return topic_of(ordered, marks.get(native[0].key, []))
    anchor = group[0]
    for f in anchor.figures:
        if f.kind in FIGURE_KINDS and f.measure and not untranslated(f.measure, anchor.text):
            subject = f.subject if f.subject and f.subject.lower() != f.measure else None  # ("169 Inder")
            language = anchor.source.language
            if subject and names is not None and language in NOUN_CAPITALISING_LANGUAGES and subject[:1].isupper() \
                    and not set(subject.lower().split()) & names and not institution_word(subject.split()[-1], language):
                subject = None  # (a German noun is a subject only when a name: "im Mittelpunkt stehen zwei Frauen")
            shown = value_text(f, (published or {}).get(f.source), table) if table else " ".join(f.text.split())
            return f"{label(f.measure, subject)}: {shown}"
    return opening(anchor.text)
