"""Language detection: the hand-written rules alone vs the rules + langdetect now used.

Prints one table: correct answers on the 32 short samples of tests/data/language_samples.yaml
(16 languages) and, when the gold pages are present, on the gold pages' titles and bodies
(tests/gold/pages_*.yaml, language as annotated), with the time per call.

    .venv/bin/python -m bench.language [GOLD_DIR]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import yaml

from briefing_tui.ingest import language

ROOT = Path(__file__).resolve().parents[1]


def rules_only(text: str) -> str | None:
    """The hand-written detector as it was before langdetect."""
    sample = text[:20000]
    letters = sum(map(str.isalpha, sample))
    return language._rules(sample, letters)[0] if letters >= 6 else None


def score(detect, cases: list[tuple[str, str]]) -> tuple[int, float]:
    start = time.perf_counter()
    right = sum(detect(text) == code for code, text in cases)
    return right, (time.perf_counter() - start) / max(1, len(cases)) * 1000


def gold_cases(gold: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    from briefing_tui.corpus import load_corpus

    titles, bodies = [], []
    for meta_file in sorted(gold.glob("pages_*.yaml")):
        for entry in yaml.safe_load(meta_file.read_text(encoding="utf-8")).values():
            path = gold / "pages" / entry["file"]
            if not path.is_file() or not entry.get("language"):
                continue
            (source,) = load_corpus([path], cache=False).sources or [None]
            if source is None:
                continue
            if entry.get("title"):
                titles.append((entry["language"], entry["title"]))
            bodies.append((entry["language"], " ".join(s.text for s in source.sentences[:40])))
    return titles, bodies


def main() -> None:
    samples = yaml.safe_load((ROOT / "tests" / "data" / "language_samples.yaml").read_text(encoding="utf-8"))
    sets = {"32 short samples, 16 languages": [(s["code"], s["text"]) for s in samples]}
    start = time.perf_counter()
    language._factory()
    load = time.perf_counter() - start
    gold = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "gold"
    if (gold / "pages").is_dir():
        titles, bodies = gold_cases(gold)
        sets[f"gold page titles ({len(titles)})"] = titles
        sets[f"gold page bodies ({len(bodies)})"] = bodies
    print(f"langdetect profiles loaded once in {load:.2f} s\n")
    print("| set | cases | rules only | ms/call | rules + langdetect | ms/call |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, cases in sets.items():
        old, old_ms = score(rules_only, cases)
        language._langdetect.cache_clear()
        new, new_ms = score(language.detect_language, cases)
        print(f"| {name} | {len(cases)} | {old} | {old_ms:.2f} | {new} | {new_ms:.2f} |")


if __name__ == "__main__":
    main()
