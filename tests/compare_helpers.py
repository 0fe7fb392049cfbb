"""Small builders shared by the comparison's unit tests: an article from its text, the figures of one
sentence, and the claims holding given statements."""

from __future__ import annotations

import hashlib

from briefing_tui.compare.earlier import earlier_contest
from briefing_tui.compare.figures import figures_in_text
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from briefing_tui.ingest import parse_text
from briefing_tui.model import Figure, Sentence, Source

# Sentences of no claim, so that the words the statements share are rare ones (idf), as in a real article.
FILLER = (
    "Power lines were cut across the region. Schools stayed closed for the week. The governor cancelled a trip "
    "abroad. Farmers counted losses in flooded orchards.",
    "Insurers expect heavy claims from shop owners. The army sent boats and lorries. Bridges were inspected by "
    "engineers overnight. A football match was postponed.",
    "Mobile networks failed for hours. The main road to the capital reopened on Friday. Neighbouring countries "
    "offered helicopters. Hospitals asked for blood donors.",
    "Prices of bottled water rose sharply. A mourning day was declared for Sunday. Pupils sat exams elsewhere. "
    "Trains ran late on the coastal line.",
)


def article(name: str, published: str | None, body: str) -> Source:
    """A parsed article from ``body`` with an outlet named ``name`` and, when given, its publication date."""
    head = f"outlet: {name}\n" + (f"published: {published}\n" if published else "")
    return parse_text(f"---\n{head}---\n{body}\n", name, f"{name}.txt")


def holding(claims, *needles):
    """The claims holding a statement with each needle."""
    return [c for c in claims if all(any(n in s.text for s in c.statements) for n in needles)]


def compared(*bodies: str, published: str | None = "2024-03-08"):
    """The claims of articles "o1", "o2"… with these bodies, all published on ``published``."""
    from briefing_tui.compare import compare

    return compare([article(f"o{k}", published, body) for k, body in enumerate(bodies, 1)])


def one_holding(claims, *needles):
    """The first claim holding a statement with each needle (failing with every claim's topic when none does)."""
    found = holding(claims, *needles)
    assert found, [c.topic for c in claims]
    return found[0]


def figure_in(units, text: str) -> Figure:
    """The first figure of ``units`` written as ``text``."""
    return next(f for u in units for f in u.figures if f.text == text)


def read(text: str, published: str | None = None, language: str | None = None) -> list[Figure]:
    """The figures of ``text`` read as one sentence, each checked to be its own span of the text."""
    # (a content hash of its own: the number style is cached per source id, hash and length)
    source = Source(id="s", path="s.txt", raw=text, published=published, language=language,
                    sentences=[Sentence(0, 0, len(text), text, 0)],
                    content_hash=hashlib.sha1(f"{language}\0{text}".encode()).hexdigest())
    found = figures_in_text(text, source, 0)
    for f in found:
        assert text[f.start:f.end] == f.text
    return found


def filled_articles(published: str | None, *bodies: str) -> list[Source]:
    """One article per body ("o1", "o2", ...), each followed by its own sentences of no claim (``FILLER``)."""
    return [article(f"o{k}", published, f"{body} {FILLER[k - 1]}") for k, body in enumerate(bodies, 1)]


def measured_statements(published: str, *bodies: str):
    """The articles' units, for tests of the steps that group statements by measure: (each source's publication
    date, the rate table, ``st(source, figure text)`` giving that figure's MeasuredStatement, the units)."""
    from briefing_tui.compare.measured_types import MeasuredStatement
    from briefing_tui.compare.rates import default_rate_table
    from briefing_tui.compare.units import build_units

    sources = filled_articles(published, *bodies)
    table = default_rate_table()
    units = build_units(sources, [], [], table)

    def st(source: str, text: str) -> MeasuredStatement:
        return next(MeasuredStatement(u, f) for u in units for f in u.figures
                    if u.source.id == source and f.text == text)

    return {s.id: s.published for s in sources}, table, st, units


def earlier_contest_year(body: str, figure: str, day) -> str | None:
    """The earlier contest (its year) that ``compare.earlier.earlier_contest`` gives the figure written ``figure`` in
    a one-article story published on ``day``."""
    units = build_units([article("o1", day.isoformat(), body)], [], [], default_rate_table())
    for u in units:
        for f in u.figures:
            if f.text == figure:
                return earlier_contest(u, f, day)
    raise AssertionError(f"{figure!r} not read: {[f.text for u in units for f in u.figures]}")
