"""Currency forms several countries write for their own money ("Rs", "rupees"), weighed as either of them.

The rates table reads such a form as one currency (``rupees`` is INR); a Pakistani or Sri Lankan page writes it
for its own ("Rs1 million" in Lahore is Pakistani rupees). An amount so written, weighed against an amount in another
currency that writes the same form (``shared`` in rates.yaml), may be in that one: the two are read in one currency
when that makes them agree, so that "Rs1 million" and "PKR 1 million" are no conflict; they conflict only when
they differ under either reading.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from briefing_tui.compare.rates import RateTable
from briefing_tui.model import Figure


@lru_cache(maxsize=8)
def _form_pattern(forms: tuple[str, ...]) -> re.Pattern | None:
    """The shared forms as words of a figure's text: not inside a longer word ("Rs" glued to its digits, "Rs1
    million", counts; "Rsa" does not)."""
    if not forms:
        return None
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])", re.I)


def bare_form(figure: Figure, table: RateTable) -> str | None:
    """The shared form ``figure``'s currency was written in, when the table read it from that form alone (not from a
    longer name holding it: "Indian rupees" is INR whatever the page), unless the page's evidence chose its
    currency (compare/currency_homes.py: a Pakistani page's "Rs" is PKR, never weighed as INR)."""
    pattern = _form_pattern(tuple(sorted(table.shared)))
    if pattern is None or figure.kind != "money" or not figure.unit or figure.currency_from == "page":
        return None
    text = figure.text.lower()
    m = pattern.search(text)
    if m is None or table.code_for(m.group(0)) != figure.unit:
        return None
    longer = (alias for alias, code in table.aliases.items()
              if code == figure.unit and alias != m.group(0).lower() and m.group(0).lower() in alias.split())
    return None if any(alias in text for alias in longer) else m.group(0).lower()


def other_readings(a: Figure, b: Figure, table: RateTable) -> list[tuple[Figure, Figure]]:
    """The pairs (``a``, ``b``) may also be read as, one in the other's currency, when one's currency was written
    in a form the other's currency shares (``table.shared``); none otherwise."""
    if a.kind != "money" or b.kind != "money" or a.unit == b.unit:
        return []
    readings = []
    form = bare_form(a, table)
    if form and b.unit in table.shared.get(form, ()):
        readings.append((replace(a, unit=b.unit), b))
    form = bare_form(b, table)
    if form and a.unit in table.shared.get(form, ()):
        readings.append((a, replace(b, unit=a.unit)))
    return readings


def as_named(figures: list[Figure], table: RateTable) -> list[Figure]:
    """``figures`` with each amount written in a shared form read in the one currency of that form that the others
    name outright ("Rs1 million" beside "PKR 1 million": PKR), so that a title shows one sum once; an amount whose
    form two named currencies could be stays as read."""
    named = {f.unit for f in figures if f.kind == "money" and f.unit and bare_form(f, table) is None}
    out = []
    for f in figures:
        form = bare_form(f, table)
        choices = named & table.shared.get(form, frozenset()) if form else set()
        out.append(replace(f, unit=choices.pop()) if len(choices) == 1 and f.unit not in choices else f)
    return out
