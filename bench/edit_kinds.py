"""What kind of name bench.incremental's `edit` adds, against a cold analysis of the generated corpus.

    python -m bench.edit_kinds --first 300 --count 10 [--articles 2000]

bench.patch_speed's "edit naming someone" (``edit(corpus, k)``, k = 300, 301, ...) adds a paragraph quoting
"First Last". Whether the stored analysis could be patched for it depends on what that name touches in the other
articles (see bench/RESULTS.md, issue 15, i15q2's addendum), so for each k this prints, from one cold
:func:`briefing_tui.extract.analyse` of the unedited corpus (~20 s of CPU at 2,000 articles):

- whether the full name is already a person entity (then the edit adds a mention to an entity other articles
  name: its rows, order and sources change, not a new entity);
- how many person entities have a full name with that surname (0 or 1: another article's lone surname or the
  surname spread by :mod:`briefing_tui.extract.corpus_names` resolves otherwise after the edit; 2 or more: no
  lone surname changes its group);
- the lone-surname entities of that surname, the spellings alike (rapidfuzz ``ratio`` of the surnames >= 80 and
  of the given names >= 75, as :func:`briefing_tui.extract.resolve.same_person` asks), and how many other
  articles write the full name at all (spreading would find it there).
"""

from __future__ import annotations

import argparse
import re
import time

from rapidfuzz.fuzz import ratio

from bench.generate import FIRST, LAST, write_corpus
from bench.incremental import OUT
from briefing_tui.extract import analyse
from briefing_tui.extract.names import fold
from briefing_tui.extract.person_spellings import GIVEN_CUTOFF, SURNAME_CUTOFF
from briefing_tui.ingest.load import load_sources


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--first", type=int, default=300, help="the first edit's k (bench.patch_speed: 300)")
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--articles", type=int, default=2_000)
    args = parser.parse_args()
    name = f"corpus_{args.articles // 1000}k" if args.articles % 1000 == 0 else f"corpus_{args.articles}"
    folder = write_corpus(args.articles, OUT / name)  # the folder bench.incremental copies
    started = time.process_time()
    sources, _ = load_sources([folder])
    people = [e for e in analyse(sources).entities if e.type == "person"]
    print(f"{len(sources)} sources, {len(people)} person entities, analysed in {time.process_time() - started:.1f} s CPU")
    files = sorted(s.path for s in sources)
    for k in range(args.first, args.first + args.count):
        name = f"{FIRST[k % len(FIRST)]} {LAST[(k * 7) % len(LAST)]}"
        *given, last = fold(name).split()
        edited = files[(k * 397) % len(files)]
        same = [e for e in people if any(fold(x).split() == [*given, last] for x in [e.name, *e.aliases])]
        fulls = [e for e in people if len(fold(e.name).split()) >= 2 and fold(e.name).split()[-1] == last]
        lone = [f"{e.name} ({len(e.mentions)})" for e in people if fold(e.name) == last]
        alike = [e.name for e in people if len(w := fold(e.name).split()) >= 2 and w != [*given, last]
                 and ratio(w[-1], last) >= SURNAME_CUTOFF and ratio(" ".join(w[:-1]), " ".join(given)) >= GIVEN_CUTOFF]
        written = sum(1 for s in sources if s.path != edited and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", s.raw))
        entity = f"yes, {len(same[0].mentions)} mentions" if same else "no"
        print(f"k={k} {name}: entity already: {entity}; full names with its surname: {len(fulls)}; "
              f"lone surname: {', '.join(lone) or '-'}; alike: {', '.join(alike) or '-'}; "
              f"written in other articles: {written}")


if __name__ == "__main__":
    main()
