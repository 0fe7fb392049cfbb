"""Pause the cyclic garbage collector while building large acyclic structures."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Run the block with the cyclic GC off (restored after, even on error).

    Building 10k sources or a million-item index allocates millions of containers and no cycles;
    the collector would otherwise run hundreds of times over ever larger generations for nothing
    (a third of a warm start, half of an index build).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def settle_young() -> None:
    """Move every object the collector tracks into its oldest generation without scanning them.

    Call it at the end of a :func:`paused_gc` block that built a large result meant to live on: else the
    first allocation after the collector is turned back on scans every object the block made (a young
    collection over hundreds of thousands of objects, ~5% of re-analysing 2,000 articles after an edit).
    Nothing becomes uncollectable: the oldest generation is still scanned by the collector's full passes.
    """
    gc.freeze()  # every generation into the permanent one (a list splice, nothing scanned)...
    gc.unfreeze()  # ...and back into the oldest generation
