"""One digest of everything the analysis reports over every gold folder and the seeds (issue 15).

Run: ``python -m bench.output_digest [--each] [--seed N] [--only PART]``. Loads every folder under ``tests/gold*/stories/`` and
``tests/gold*/events/`` and the embedded ``seeds/`` without the index, analyses it, builds its claims,
and prints the sha256 of a canonical JSON dump (the checkout's path left out) of the sources (sentences with offsets), entities,
quotes and claims (statements with their figures and offsets); ``--each`` also prints one digest per
folder. A change meant to speed the pipeline up must leave this digest unchanged: run it in the old
and the new checkout and compare the two lines. The gold files themselves are not opened, only parsed
through the pipeline, so a held set's answers stay unseen.
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import hashlib
import json
import os
import sys
from pathlib import Path

import briefing_tui

# The checkout whose package is imported (so a copy of this file digests the checkout it is run from).
ROOT = Path(briefing_tui.__file__).resolve().parent.parent
# The folders whose articles are digested, as globs under the checkout.
FOLDER_GLOBS = ("tests/gold*/stories/*", "tests/gold*/events/*")
SEEDS = ROOT / "seeds"
CHECKOUT = "<checkout>"  # what the checkout's own path reads as in the dump


def canonical(value):
    """``value`` as plain JSON data: dataclasses by field, sets sorted, mappings by sorted key."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: canonical(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return canonical(value.value)
    if isinstance(value, dict):
        return [[canonical(k), canonical(v)] for k, v in sorted(value.items(), key=lambda kv: repr(kv[0]))]
    if isinstance(value, (set, frozenset)):
        return sorted((canonical(v) for v in value), key=repr)
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    if isinstance(value, float):
        return repr(value)
    if value is None or isinstance(value, (str, int, bool)):
        return value
    if hasattr(value, "__dict__"):
        return {k: canonical(v) for k, v in sorted(vars(value).items()) if not k.startswith("_")}
    return repr(value)


def folder_dump(folder: Path) -> dict:
    """Everything the pipeline reports on one folder's articles."""
    from briefing_tui.compare.claims import build_claims
    from briefing_tui.corpus import load_corpus

    loaded = load_corpus([folder], cache=False)
    claims = build_claims(loaded.sources, loaded.entities, loaded.quotes)
    return {"sources": canonical(loaded.sources), "entities": canonical(loaded.entities),
            "quotes": canonical(loaded.quotes), "claims": canonical(claims)}


def folders() -> list[Path]:
    """Every digested folder, in a fixed order."""
    found = sorted({p for pattern in FOLDER_GLOBS for p in ROOT.glob(pattern) if p.is_dir()})
    return [*found, SEEDS]


# The digest is taken under one fixed hash seed by default, so that two runs (and two checkouts) compare alike even
# where a reading depends on the order of a set of strings; ``--seed N`` runs it under another, to find such readings
# (the same input must give the same digest under every seed).
HASH_SEED = "0"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--each", action="store_true", help="also print one digest per folder")
    parser.add_argument("--seed", default=HASH_SEED, help="the PYTHONHASHSEED to run under (default %(default)s)")
    parser.add_argument("--only", action="append", default=[], metavar="PART",
                        help="digest only folders whose path contains PART (repeatable)")
    args = parser.parse_args(argv)
    if os.environ.get("PYTHONHASHSEED") != args.seed:  # (run again under the chosen seed)
        os.execve(sys.executable, [sys.executable, *sys.orig_argv[1:]], {**os.environ, "PYTHONHASHSEED": args.seed})
    whole = hashlib.sha256()
    chosen = [f for f in folders() if not args.only or any(part in str(f.relative_to(ROOT)) for part in args.only)]
    for folder in chosen:
        text = json.dumps(folder_dump(folder), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        text = text.replace(str(ROOT), CHECKOUT)  # (sources' paths: the same in every checkout)
        whole.update(str(folder.relative_to(ROOT)).encode() + b"\0" + text.encode() + b"\0")
        if args.each:
            print(hashlib.sha256(text.encode()).hexdigest()[:16], folder.relative_to(ROOT), flush=True)
    print(f"{len(chosen)} folders  digest {whole.hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
