"""How long ingestion takes: the seeds, generated folders of 500 / 2,000 / 10,000 articles, and the
slowest adversarial 1 MB inputs. Prints a table; run from the repository root:

    python bench/ingest_speed.py [--quick]

Generated articles are the seeds and tests/articles/ with a numbered paragraph added, so no two are
identical (nothing is cached between files). Times are wall-clock, best of three for the small runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing_tui.ingest import load_sources, parse_text  # noqa: E402
from briefing_tui.paths import seeds_dir  # noqa: E402


def templates() -> list[bytes]:
    files = sorted(seeds_dir().glob("*.txt")) + sorted((ROOT / "tests" / "articles").glob("*.txt"))
    return [f.read_bytes() for f in files]


def make_folder(dest: Path, n: int) -> int:
    """Write ``n`` distinct articles under ``dest`` (100 per sub-folder); return the bytes written."""
    base = templates()
    total = 0
    for i in range(n):
        sub = dest / f"batch_{i // 100:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        data = base[i % len(base)] + f"\n\nAddendum {i}: officials said on Monday that talks would continue.\n".encode()
        (sub / f"article_{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def timed(fn, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return min(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the 10,000-file folder")
    args = parser.parse_args()
    rows: list[tuple[str, int, float, float]] = []

    seeds = seeds_dir()
    seed_bytes = sum(f.stat().st_size for f in seeds.glob("*.txt"))
    rows.append(("embedded seeds", 5, seed_bytes, timed(lambda: load_sources([seeds]), 3)))
    with tempfile.TemporaryDirectory() as tmp:
        for n in (500, 2000) if args.quick else (500, 2000, 10_000):
            folder = Path(tmp) / f"n{n}"
            size = make_folder(folder, n)
            sources: list = []

            def run(folder=folder, sources=sources):
                sources[:] = load_sources([folder])[0]

            seconds = timed(run, 3 if n <= 500 else 1)
            assert len(sources) == n, (len(sources), n)
            rows.append(("generated folder", n, size, seconds))

    adversarial = {
        "1 MB of 'J. ' (initials)": ("J. " * 350_000)[:1_000_000],
        "1 MB of '…\\n' (500k teaser lines)": ("…\n" * 500_000),
        "1 MB of '\\n'": "\n" * 1_000_000,
        "1 MB of '\"'": '"' * 1_000_000,
        "1 MB prose, one line": ("The leaders met in Tokyo and signed a declaration, officials said. " * 16_000)[:1_000_000],
    }
    print(f"{'input':38} {'files':>7} {'MB':>8} {'seconds':>8} {'files/s':>9} {'MB/s':>6}")
    for name, n, size, seconds in rows:
        print(f"{name:38} {n:>7} {size / 1e6:>8.2f} {seconds:>8.3f} {n / seconds:>9.0f} {size / 1e6 / seconds:>6.2f}")
    for name, text in adversarial.items():
        seconds = statistics.median(timed(lambda text=text: parse_text(text, "x"), 1) for _ in range(3))
        print(f"{name:38} {1:>7} {len(text.encode()) / 1e6:>8.2f} {seconds:>8.3f} {1 / seconds:>9.2f} "
              f"{len(text.encode()) / 1e6 / seconds:>6.2f}")


if __name__ == "__main__":
    main()
