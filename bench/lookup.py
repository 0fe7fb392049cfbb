"""What a cached ``briefing quotes QUERY`` lookup costs on the store's side, whatever the command does.

    python -m bench.lookup CORPUS INDEX QUERY

Imports what the quotes command needs (rich.console, rapidfuzz.process), loads the corpus
through the index, searches the cached quotes' words and speakers with rapidfuzz as the command
does (the search strings stored processed), and decodes the quotes found (only those: the stored
analysis is read by slices).
"""

import sys

import rapidfuzz.process
import rich.console  # noqa: F401  (the command prints with Rich)
from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from briefing_tui.corpus import load_corpus

corpus = load_corpus([sys.argv[1]], index=sys.argv[2])
texts = corpus.quote_search_processed()  # as the command searches: processed when stored, else as it runs
processor = None if texts is not None else default_process
texts = texts if texts is not None else corpus.quote_search_texts()
hits = rapidfuzz.process.extract(sys.argv[3] if processor else default_process(sys.argv[3]), texts,
                                 scorer=fuzz.partial_ratio, processor=processor, limit=20, score_cutoff=70)
found = [corpus.quote(i) for _, _, i in hits]
print(f"{len(found)} of {len(texts)} quotes, {corpus.source_count} sources")
