"""What a cached ``briefing quotes QUERY`` lookup costs on the store's side, whatever the command does.

    python -m bench.lookup CORPUS INDEX QUERY

Imports what the quotes command needs (rich.console, rapidfuzz.process), loads the corpus
through the index, takes the cached quotes and filters them with rapidfuzz.
"""

import sys

import rapidfuzz.process
import rich.console  # noqa: F401  (the command prints with Rich)
from rapidfuzz import fuzz

from briefing_tui.corpus import load_corpus

corpus = load_corpus([sys.argv[1]], index=sys.argv[2])
texts = [f"{q.speaker or ''} {q.text}" for q in corpus.quotes]
hits = rapidfuzz.process.extract(sys.argv[3], texts, scorer=fuzz.partial_ratio, limit=20, score_cutoff=70)
print(f"{len(hits)} of {len(texts)} quotes, {corpus.source_count} sources")
