"""List the titles of the claims by wording and count those that are fragments (issue 11).

Run: ``python -m bench.claim_titles [--corpus PATH]... [--gold tests/gold_new5]... [--all]``. With no corpus
or gold, the seeds. Titles of claims by measure ("Death toll: 12 · 19") are not listed: they are made from their
measure's label. A title of a claim by wording counts as a FRAGMENT (see :func:`fragment_kind`) when it is:

- ``name``: a name alone, every word capitalised ("Government spokesman Mustapha Baitas", "Village of Tikht");
- ``cut-name``: cut inside a capitalised name of its sentence ("Road Initiative" of "Belt and Road Initiative");
- ``bare``: three words or fewer, none a verb, with no figure ("Bare hands", "Six provinces", "Night outside");
- ``verb-edge``: opening on a verb or ending on an adverb or a verb ("Believes Japan's growing involvement",
  "Drawn criticism", "Diplomatic frameworks already", "Cut short overseas travel");
- ``cut-open``: a sentence's opening cut off mid-clause ("…" after ten words, not at a clause boundary).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

# A word that is a verb form by its ending or a common finite verb ("said", "believes", "provides").
VERB_WORD = re.compile(
    r"^(?:\w+(?:ed|ing)"
    r"|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did"
    r"|said|says|told|believes|provides|made|makes|took|takes|cut|drawn|shown|given|held|left|kept|met|began"
    r"|rose|fell|won|lost|hit|struck|came|went|got|remains|seeks|aims|plans|adds|signals|sees|lies|covers|offered|announced)$",
    re.I)
# A word that ends no noun phrase: adverbs and particles ("already", "outside", "remains").
DANGLING_END = re.compile(r"^(?:\w+ly|already|outside|inside|still|also|too|again|remains?|today|now|here|there)$",
                          re.I)
# A verb of saying right after a title in its sentence: the title is its teller alone ("Mustapha Baitas | said").
TELLER_AFTER = re.compile(r"^\W*(?:said|says|told|believes|added|explains|notes|highlights)\b", re.I)
# A title of a claim of another language made from its figure's measure ("Homes: over 50,000").
MEASURED = re.compile(r"^[^:]{1,40}: (?:about |over |under |at least |up to |nearly )?[\d$€£¥₹]")
DIGIT = re.compile(r"\d")
BARE_WORDS = 3  # a title of this many words or fewer with no verb and no figure is a bare noun phrase
NAME_JOINERS = frozenset({"of", "and", "the", "de", "for"})  # inside a capitalised name ("Belt and Road")
TELLER_PREFIX = re.compile(r"^[A-Z][\w'’ -]{0,30}: ")  # "Baitas: ..." (a teller before the clause)


def fragment_kind(title: str, sentence: str) -> str | None:
    """The kind of fragment ``title`` is (see the module's docstring), or None when it reads whole.
    ``sentence`` is the claim's first statement, which the title was made from."""
    sentence = " ".join(sentence.split())
    if title.endswith("…"):
        return "cut-open"
    title = TELLER_PREFIX.sub("", title)
    words = [w.strip("\"'“”‘’(),.;:") for w in title.split()]
    words = [w for w in words if w]
    if not words:
        return "bare"
    verb = any(VERB_WORD.match(w) for w in words)
    at = sentence.lower().find(title.lower())
    after = sentence[at + len(title):] if at >= 0 else ""
    capital = [w for w in words if w[:1].isupper() or w.lower() in NAME_JOINERS]
    if len(words) >= 2 and not verb and (len(capital) == len(words) or TELLER_AFTER.match(after)):
        return "name"
    if at > 0:
        before = sentence[:at].split()
        if before and words[0][:1].isupper() and not before[-1].endswith((".", ",", ":", ";")) \
                and (before[-1][:1].isupper() or before[-1].lower() in NAME_JOINERS) \
                and len(before) > 1 and before[-2][:1].isupper() and not before[-2].endswith((".", ",", ":")):
            return "cut-name"
        if after[:1] == " " and words[-1][:1].isupper() and after.split()[0][:1].isupper():
            return "cut-name"
    # (the first word is capitalised by the title: a verb where the sentence has it mid-clause)
    if at > 0 and VERB_WORD.match(words[0]) or DANGLING_END.match(words[-1]) and not verb:
        return "verb-edge"
    if len(words) <= BARE_WORDS and not DIGIT.search(title) and not verb:
        return "bare"
    return None


def _claims_of_corpus(paths: list[str]):
    from briefing_tui.compare.claims import build_claims
    from briefing_tui.corpus import load_corpus

    loaded = load_corpus(paths or None, cache=False)
    return build_claims(loaded.sources, loaded.entities, loaded.quotes)


def _claims_of_gold(gold: Path):
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from compare_gold import load_event

    data = yaml.safe_load((gold / "claims_events.yaml").read_text(encoding="utf-8")) or {}
    for name, section in data.items():
        if isinstance(section, dict) and "corpus" in section:
            yield f"{gold.name}/{name}", load_event(gold, section["corpus"])[1]


def main(argv: list[str] | None = None) -> int:
    """Print every title of a claim by wording with its fragment kind, then the counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", default=[], help="an article folder (repeatable)")
    parser.add_argument("--gold", action="append", default=[], help="a STUDY gold folder (repeatable)")
    parser.add_argument("--seeds", action="store_true", help="also the embedded seeds")
    parser.add_argument("--quiet", action="store_true", help="only the fragments and the counts")
    parser.add_argument("--save", help="write the titles and their sentences to this JSON file")
    parser.add_argument("--load", help="count the titles of a JSON file written by --save (no comparison run)")
    args = parser.parse_args(argv)
    rows = json.loads(Path(args.load).read_text(encoding="utf-8")) if args.load else _rows(args)
    if args.save:
        Path(args.save).write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    kinds: Counter = Counter()
    current = None
    for name, title, statements in rows:
        core = TELLER_PREFIX.sub("", title).rstrip("…").lower()
        sentence = next((t for t in statements if core in " ".join(t.split()).lower()), statements[0])
        if name != current:
            print(f"## {name}")
            current = name
        kind = None if MEASURED.match(title) else fragment_kind(title, sentence)
        kinds[kind or "ok"] += 1
        if kind or not args.quiet:
            print(f"{kind or 'ok':9} | {title}")
    fragments = len(rows) - kinds["ok"]
    print(f"\n{len(rows)} titles by wording; {fragments} fragments: "
          + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()) if k != "ok"))
    return 0


def _rows(args) -> list[list[str]]:
    """(set, title, statements) of every claim by wording of the sets the arguments name."""
    sets = []
    if args.seeds or not (args.corpus or args.gold):
        sets.append(("seeds", _claims_of_corpus([])))
    for corpus in args.corpus:
        sets.append((corpus, _claims_of_corpus([corpus])))
    for gold in args.gold:
        sets += list(_claims_of_gold(Path(gold)))
    return [[name, claim.topic, [st.text for st in claim.statements]] for name, claims in sets for claim in claims
            if claim.measure is None and claim.statements]


if __name__ == "__main__":
    sys.exit(main())
