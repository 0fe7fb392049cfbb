"""Load a corpus through the index once and report how long it took (one JSON line).

    python -m bench.ingest_once CORPUS INDEX [--sources]

With ``--sources`` the sources are built too (what the TUI needs), not just checked.
"""

import json
import resource
import sys
import time

started = time.perf_counter()
from briefing_tui.corpus import load_corpus  # noqa: E402

corpus = load_corpus([sys.argv[1]], index=sys.argv[2])
count = len(corpus.sources) if "--sources" in sys.argv else corpus.source_count
index = corpus.index
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"seconds": time.perf_counter() - started, "cpu_seconds": usage.ru_utime + usage.ru_stime,
                  "sources": count,
                  "parsed": index.parsed if index is not None else None, "problems": len(corpus.problems),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
