"""Body and metadata of real pages against the hand-made gold (issue 17), per layout.

Run from the repository root:

    python -m bench.ingest_gold [--gold DIR ...] [-v]

``DIR`` holds ``pages_*.yaml`` and ``pages/*.txt`` (format: GOLD_FORMAT.md section 1); the default is
tests/gold. A page's body is right when the gold's first words lie near the start of the found body,
its last words near the end, and none of the gold's boilerplate strings is inside it. Metadata
(title, outlet, author, published) is compared after folding case, quotes, dashes and spacing, with
null equal only to null. Sentences the gold lists INSIDE the body (``keep``, and ``body_contains`` of
tests/gold_body) are counted as kept when they lie in the found body ("kept" column; -v lists the lost
ones). The tests import :func:`score_gold` from here.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefing_tui.ingest.parse import parse_text  # noqa: E402

META_FIELDS = ("title", "outlet", "author", "published")
KEEP_FIELDS = ("keep", "body_contains")
"""Gold fields listing article text inside the body that must be kept."""
EDGE_SHARE = 0.15
"""The gold's first words must start within this share of the found body (its last words end within it)."""
EDGE_MIN = 40
"""... or within this many characters, for very short bodies."""
TRAFILATURA_F1 = 0.909
"""trafilatura's published body F1 on HTML pages (its own benchmark), the figure to stand next to."""

_FOLD = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
                       "–": "-", "—": "-", "―": "-", "‐": "-", "‑": "-", "\u00a0": " "})
_SPACE = re.compile(r"\s+")
_EDGE_PUNCT = re.compile(r"^[\s\"'.,:;|()\[\]-]+|[\s\"'.,:;|()\[\]-]+$")
_LEADING_THE = re.compile(r"^the\s+")


def fold(text: str) -> str:
    """Text compared loosely: NFKC, quotes and dashes folded, spacing collapsed (case kept)."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).translate(_FOLD)).strip()


def norm_field(key: str, value: object) -> str | None:
    """A metadata value as compared: None stays None; dates to the gold's precision by the caller."""
    if value is None:
        return None
    text = fold(str(value)).casefold()
    text = _EDGE_PUNCT.sub("", text)
    if key == "outlet":
        text = _LEADING_THE.sub("", text)
    return text or None


def field_right(key: str, gold: object, got: object) -> bool:
    """Is one metadata field right? Dates compare on the calendar date (a time of day is extra)."""
    g, v = norm_field(key, gold), norm_field(key, got)
    if g is None or v is None:
        return g is v
    if key == "published":
        return v[:len(g)] == g and len(v) >= len(g) if len(g) < 10 else v[:10] == g[:10]
    return g == v


@dataclass
class PageResult:
    """How one page fared."""

    key: str
    layout: str
    body_ok: bool
    start_ok: bool
    end_ok: bool
    leaks: list[str]
    fields: dict[str, tuple[bool, object, object]] = field(default_factory=dict)
    truncated_ok: bool | None = None
    body_head: str = ""
    body_tail: str = ""
    keep: int = 0
    lost: list[str] = field(default_factory=list)


def score_page(key: str, gold: dict, raw: str) -> PageResult:
    """Parse one page and compare it with its gold entry."""
    src = parse_text(raw, key, key)
    body = fold(src.body)
    # A list marker opening the gold's first words ("- Nella nota ...") is formatting, not text.
    starts, ends = fold(gold.get("body_starts") or "").lstrip("-•*· "), fold(gold.get("body_ends") or "")
    slack = max(EDGE_MIN, EDGE_SHARE * len(body))
    pos = body.find(starts) if starts else -1
    start_ok = pos >= 0 and pos <= slack
    pos_end = body.rfind(ends) if ends else -1
    end_ok = pos_end >= 0 and len(body) - (pos_end + len(ends)) <= slack
    leaks = [junk for junk in gold.get("must_not_contain") or [] if fold(junk) and fold(junk) in body]
    keep = kept_sentences(gold)
    lost = [s for s in keep if fold(s).lstrip("-•*· ") not in body]
    fields = {k: (field_right(k, gold.get(k), getattr(src, k)), gold.get(k), getattr(src, k)) for k in META_FIELDS}
    truncated = getattr(src, "truncated", None)
    truncated_ok = None if truncated is None or "truncated" not in gold else bool(truncated) == bool(gold["truncated"])
    return PageResult(key, gold.get("layout") or "?", start_ok and end_ok and not leaks, start_ok, end_ok, leaks,
                      fields, truncated_ok, body[:80], body[-80:], len(keep), lost)


def kept_sentences(gold: dict) -> list[str]:
    """The text the gold says lies inside the body: ``keep`` and ``body_contains`` (each once, in order)."""
    return list(dict.fromkeys(s for k in KEEP_FIELDS for s in gold.get(k) or [] if fold(s)))


def load_gold(gold_dir: Path) -> list[tuple[str, dict, str]]:
    """Every (key, gold entry, page text) under ``gold_dir`` (entries whose file is missing are skipped)."""
    out = []
    for yml in sorted(gold_dir.glob("pages_*.yaml")):
        data = yaml.safe_load(yml.read_text(encoding="utf-8")) or {}
        for key, gold in sorted(data.items()):
            path = gold_dir / "pages" / (gold.get("file") or f"{key}.txt")
            if path.is_file():
                out.append((key, gold, path.read_bytes().decode("utf-8")))
    return out


def score_gold(gold_dir: Path) -> list[PageResult]:
    """Score every page of a gold directory."""
    return [score_page(key, gold, raw) for key, gold, raw in load_gold(gold_dir)]


@dataclass
class Totals:
    """Counts for one layout (or all)."""

    pages: int = 0
    body: int = 0
    no_leak: int = 0
    fields: int = 0
    fields_ok: int = 0
    per_field: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    truncated: int = 0
    truncated_ok: int = 0
    keep: int = 0
    kept: int = 0

    def add(self, r: PageResult) -> None:
        self.pages += 1
        self.keep += r.keep
        self.kept += r.keep - len(r.lost)
        self.body += r.body_ok
        self.no_leak += not r.leaks
        for k, (ok, _, _) in r.fields.items():
            self.fields += 1
            self.fields_ok += ok
            self.per_field[k] += ok
        if r.truncated_ok is not None:
            self.truncated += 1
            self.truncated_ok += r.truncated_ok


def totals(results: list[PageResult]) -> dict[str, Totals]:
    """Totals per layout, and over all pages under "all"."""
    out: dict[str, Totals] = defaultdict(Totals)
    for r in results:
        out[r.layout].add(r)
        out["all"].add(r)
    return dict(out)


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.0f}%)" if b else "-"


def table(results: list[PageResult]) -> str:
    """The per-layout table."""
    rows = [("layout", "pages", "body right", "no leak", "metadata fields", "title", "outlet", "author", "published",
             "truncated flag", "kept")]
    tot = totals(results)
    for name in sorted(k for k in tot if k != "all") + ["all"]:
        t = tot[name]
        rows.append((name, str(t.pages), _pct(t.body, t.pages), _pct(t.no_leak, t.pages), _pct(t.fields_ok, t.fields),
                     *(f"{t.per_field[k]}/{t.pages}" for k in META_FIELDS), _pct(t.truncated_ok, t.truncated),
                     _pct(t.kept, t.keep)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def mistakes(results: list[PageResult]) -> str:
    """One block per page with something wrong."""
    out = []
    for r in results:
        bad = [f"  {k}: gold {g!r} got {v!r}" for k, (ok, g, v) in r.fields.items() if not ok]
        if not r.start_ok:
            bad.append(f"  body starts: {r.body_head!r}")
        if not r.end_ok:
            bad.append(f"  body ends: {r.body_tail!r}")
        if r.leaks:
            bad.append(f"  leaks: {r.leaks!r}")
        if r.truncated_ok is False:
            bad.append("  truncated flag wrong")
        if r.lost:
            bad.append(f"  lost: {r.lost!r}")
        if bad:
            out.append(f"{r.key} [{r.layout}]\n" + "\n".join(bad))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", action="append", type=Path, help="gold directory (repeatable; default tests/gold)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every page with a mistake")
    args = parser.parse_args(argv)
    dirs = args.gold or [ROOT / "tests" / "gold"]
    for gold_dir in dirs:
        t0 = time.perf_counter()
        results = score_gold(gold_dir)
        secs = time.perf_counter() - t0
        print(f"\n{gold_dir}: {len(results)} pages, parsed and scored in {secs:.2f} s")
        if not results:
            continue
        print(table(results))
        print(f"(next to trafilatura's published body F1 of {TRAFILATURA_F1} on HTML)")
        if args.verbose:
            print(mistakes(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
