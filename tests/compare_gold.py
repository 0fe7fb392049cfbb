"""Reading tests/data/gold_claims.yaml and scoring claims against it (shared by tests and bench)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import yaml

from briefing_tui.compare import Claim, Statement

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "gold_claims.yaml"


def load_gold() -> dict:
    """The gold file, parsed."""
    return yaml.safe_load(GOLD.read_text(encoding="utf-8"))


def corpus_path(name: str) -> Path:
    """The corpus a gold section names: "seeds" or a path from the repository root."""
    return ROOT / ("seeds" if name == "seeds" else name)


def matches(statement: Statement, entry: dict, raws: dict[str, str] | None = None) -> bool:
    """Whether a statement is the one a gold entry describes: the entry's text is in the statement's, or
    (for a statement that is one clause of a sentence, given the sources' ``raws``) in its sentence and
    overlapping the clause ("auf 11,6 (85 Sitze)" is both the share's clause and the seats')."""
    texts = entry["text"] if isinstance(entry["text"], list) else [entry["text"]]
    if not statement.source.startswith(str(entry["source"])):
        return False
    if any(t in statement.text for t in texts):
        return True
    if statement.sentence is None or not raws or statement.source not in raws:
        return False
    s0, s1 = statement.sentence
    sentence = raws[statement.source][s0:s1]
    for t in texts:
        at = sentence.find(t)
        while t and at >= 0:
            if s0 + at < statement.end and statement.start < s0 + at + len(t):
                return True
            at = sentence.find(t, at + 1)
    return False


def find_claim(claims: Iterable[Claim], entries: list[dict], raws: dict[str, str] | None = None) -> Claim | None:
    """The first claim holding a statement for every entry, or None."""
    for claim in claims:
        if all(any(matches(s, e, raws) for s in claim.statements) for e in entries):
            return claim
    return None


def score(claims: list[Claim], section: dict) -> list[tuple[str, str, str | None]]:
    """(gold name, expected verdict, verdict found or None) for every gold claim of a section."""
    out = []
    for gold in section["claims"]:
        claim = find_claim(claims, gold["statements"])
        out.append((gold["name"], gold["verdict"], claim.verdict if claim else None))
    return out
