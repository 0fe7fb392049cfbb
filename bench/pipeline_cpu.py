"""CPU per stage of the whole pipeline on the robustness test's megabyte inputs (issue 15).

Run: ``python -m bench.pipeline_cpu [--mb 1.0] [--kind news|mix|both]``. Builds the inputs of
``tests/unit/test_robust_pipeline.py::test_one_megabyte_within_bound`` (dense news paragraphs, the
adversarial mix), cut to ``--mb`` megabytes, and runs parse, analyse and build_claims on each as one
source, printing one row per input: MB, sentences, CPU seconds (user+sys of this process) per stage and
in all, and a digest of everything reported (sha256 of the canonical dump of
:mod:`bench.output_digest`), so that two checkouts can be compared for time and for output.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time

import briefing_tui

from bench.output_digest import ROOT, canonical

sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "unit")]
MB = 1024 * 1024
# How many hex digits of the output digest a row shows (enough to tell two outputs apart).
DIGEST_SHOWN = 16


def news_text(size: int) -> str:
    """The test's dense news paragraphs, cut to ``size`` characters."""
    from test_robust_pipeline import NEWS

    return "".join(f"Item {i}. " + NEWS.replace("$20", f"${i}") + f"Talks ran {i} hours.\n\n"
                   for i in range(size // (len(NEWS) + 40)))[:size]


def mix_text(size: int) -> str:
    """The test's adversarial mix (each hostile unit repeated), cut to ``size`` characters."""
    from hostile_inputs import repeat
    from test_robust_pipeline import UNITS

    units = list(UNITS.values())
    return "".join(f"Part {i} reads: " + repeat(units[i % len(units)], 300) + "\n\n"
                   for i in range(size // 320))[:size]


def cpu() -> float:
    """User plus system CPU seconds of this process."""
    t = os.times()
    return t.user + t.system


def run(text: str) -> dict:
    """Parse, analyse and compare ``text`` as one source, timing each stage."""
    from briefing_tui.compare.claims import build_claims
    from briefing_tui.compare.rates import default_rate_table
    from briefing_tui.extract import analyse
    from briefing_tui.ingest import parse_text
    from briefing_tui.ingest.metadata import MetadataError

    times = {}
    start = cpu()
    try:
        source = parse_text(text, "s0", "s0.txt")
    except MetadataError:
        source = parse_text(text, "s0", "s0.txt", read_front_matter=False)
    times["parse"] = cpu() - start
    start = cpu()
    analysis = analyse([source])
    times["analyse"] = cpu() - start
    start = cpu()
    claims = build_claims([source], analysis.entities, analysis.quotes, default_rate_table())
    times["claims"] = cpu() - start
    dump = canonical([[source], analysis.entities, analysis.quotes, claims])
    digest = hashlib.sha256(json.dumps(dump, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    return {"times": times, "sentences": len(source.sentences), "digest": digest[:DIGEST_SHOWN]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="megabytes of each input (default 1)")
    parser.add_argument("--kind", choices=("news", "mix", "both"), default="both")
    args = parser.parse_args(argv)
    size = int(args.mb * MB)
    kinds = {"news": news_text, "mix": mix_text}
    chosen = list(kinds) if args.kind == "both" else [args.kind]
    print(f"checkout {ROOT.name}  load average {os.getloadavg()[0]:.2f}")
    print("| input | MB | sentences | parse s | analyse s | claims s | CPU s | digest |")
    print("|---|---|---|---|---|---|---|---|")
    for kind in chosen:
        row = run(kinds[kind](size))
        t = row["times"]
        print(f"| {kind} | {args.mb:g} | {row['sentences']} | {t['parse']:.1f} | {t['analyse']:.1f} | "
              f"{t['claims']:.1f} | {sum(t.values()):.1f} | {row['digest']} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
