"""General rules found on the held-out events texas_floods_2025 and bolsonaro_verdict_2025 (tests/gold_new):
each on a constructed example and a verbatim excerpt of a real article."""

from __future__ import annotations

import hashlib

from briefing_tui.compare import compare
from briefing_tui.compare.figures import figures_in_text
from briefing_tui.ingest import parse_text
from briefing_tui.model import Sentence, Source


def article(name: str, published: str, body: str):
    raw = f"---\noutlet: {name}\npublished: {published}\n---\n{body}\n"
    return parse_text(raw, name, f"{name}.txt")


def holding(claims, *needles):
    """The claims holding a statement with each needle."""
    return [c for c in claims if all(any(n in s.text for s in c.statements) for n in needles)]


def read(text: str, language: str | None = None):
    source = Source(id="s", path="s.txt", raw=text, published=None, language=language,
                    sentences=[Sentence(0, 0, len(text), text, 0)],
                    content_hash=hashlib.sha1(f"{language}\0{text}".encode()).hexdigest())
    found = figures_in_text(text, source, 0)
    for f in found:
        assert text[f.start:f.end] == f.text
    return found


def periods(text: str, **kw) -> list[tuple[str, float]]:
    return [(f.text, round(f.low, 3)) for f in read(text, **kw) if f.kind == "period"]


def test_units_of_time_in_other_languages_make_periods():
    assert periods("Er wurde zu 48 Stunden Haft und 3 Monaten verurteilt.", language="de") == [
        ("48 Stunden", 48.0), ("3 Monaten", 0.25)]
    assert periods("Il a été condamné à 5 ans de prison.", language="fr") == [("5 ans", 5.0)]
    # bolsonaro_verdict_2025/07 (O Metropolitano)
    found = read("A Primeira Turma do Supremo Tribunal Federal (STF) condenou o ex-presidente Jair Bolsonaro a 27 anos "
                 "e 3 meses de prisão em regime fechado, em decisão inédita.", language="pt")
    assert [(f.kind, f.text, round(f.low, 3)) for f in found if f.text in ("27 anos", "3 meses")] == [
        ("period", "27 anos", 27.0), ("period", "3 meses", 0.25)]
    assert not [f for f in found if f.kind == "count"]


def test_a_sentence_in_another_language_joins_the_claim_of_its_period():
    a = article("a", "2025-09-11", "A panel of Brazil's Supreme Court sentenced Jair Bolsonaro to 27 years and three "
                "months in prison on Thursday.")
    b = article("b", "2025-09-11", "O STF condenou o ex-presidente Jair Bolsonaro a 27 anos e 3 meses de prisão em regime "
                "fechado.")
    claims = compare([a, b])
    assert holding(claims, "27 years", "27 anos")
