"""A deterministic generator of large, realistic corpora built from the seeds' paragraphs.

Each article recombines body paragraphs of the five seed articles, with other people's names,
other numbers, an outlet, a byline, a date and some web-page chrome around it, so that parsing,
caching and search meet text shaped like the real thing. Same arguments, same bytes.

    python -m bench.generate --articles 10000 --out bench/out/corpus_10k
    python -m bench.generate --lines 1000000 --out bench/out/lines_1m.txt
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

FIRST = ("Aigerim", "Timur", "Yuki", "Maria", "Daniel", "Nodira", "Kenji", "Olga", "Samuel", "Leila", "Farrukh",
         "Haruto", "Elena", "Chen", "Amina", "Rustam", "Sofia", "Akira", "Dilnoza", "Marek", "Priya", "Tomás",
         "Zhanna", "Ibrahim", "Mei", "Jonas", "Sabina", "Erlan", "Noriko", "Pavel")
LAST = ("Nurlanova", "Ishikawa", "Karimov", "Fernández", "Sato", "Abdullaev", "Okafor", "Tanaka", "Petrova",
        "Yusupov", "Müller", "Watanabe", "Li", "Rahimova", "Kowalski", "Suzuki", "Tashkentova", "Haddad", "Mori",
        "Bekov", "Novak", "Yamamoto", "Sultanov", "Ito", "Lindqvist", "Zhakupova", "Moreau", "Kobayashi")
OUTLETS = ("The Steppe Herald", "Eurasia Daily Wire", "Pacific Ledger", "Silk Road Monitor", "Tokyo Evening Post",
           "Central Asia Review", "The Caspian Times", "Asia Brief", "Global Affairs Digest", "Northern Courier",
           "Astana Business Journal", "Orient Observer")
CHROME = ("Skip to content", "Share this article", "Advertisement", "Related stories", "Subscribe to our newsletter",
          "Most read", "Follow us on social media", "Photo: Reuters")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
NOT_NAMES = frozenset("""Central Asia Asian Japan Japanese China Chinese Russia Russian Prime Minister President Foreign
Tokyo Silk Road United States Eurasian Kazakhstan Uzbekistan Kyrgyzstan Tajikistan Turkmenistan Middle Corridor Cold
War Declaration Summit Development Assistance Official University South Sea Indo Pacific Geo Xin Lang Cai Jing
Core Viewpoint Group European Union Professor Ukraine Soviet""".split())
SYLLABLES = ("ka", "ri", "mo", "ta", "shi", "nu", "bek", "ov", "ra", "lin", "do", "zha", "ni", "sa", "ku", "el",
             "ma", "ho", "ter", "vi", "an", "go", "su", "yev", "ha", "to", "li", "mir", "da", "en")


def surname(rng: random.Random) -> str:
    """A made-up surname (so the vocabulary keeps growing with the corpus, as real names do)."""
    if rng.random() < 0.3:
        return rng.choice(LAST)
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


_NAME = re.compile(r"\b([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})\b")
_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})*(?:\.\d+)?\b")
_SENTENCE = re.compile(r"(?<=[.!?”’\"])\s+(?=[A-Z“‘\"])")


@lru_cache(maxsize=1)
def seed_paragraphs() -> tuple[str, ...]:
    """Body paragraphs of the seeds (as the parser finds them), one line each."""
    from briefing_tui.corpus import load_corpus

    corpus = load_corpus(cache=False)
    return tuple(p.display for s in corpus.sources for p in s.paragraphs if p.kind == "text" and len(p.display) > 60)


def _renamed(text: str, rng: random.Random, names: dict[str, str]) -> str:
    def person(m: re.Match) -> str:
        if m.group(1) in NOT_NAMES or m.group(2) in NOT_NAMES:
            return m.group(0)
        if m.group(0) not in names:
            names[m.group(0)] = f"{rng.choice(FIRST)} {surname(rng)}"
        return names[m.group(0)]

    def number(m: re.Match) -> str:
        digits = m.group(0).replace(",", "")
        if "." in digits:
            return f"{float(digits) * rng.uniform(0.5, 2.0):.1f}"
        value = int(digits)
        if 1900 <= value <= 2100:
            return str(value + rng.randint(-3, 2))
        return f"{max(1, round(value * rng.uniform(0.5, 2.0))):,}"

    return _NUMBER.sub(number, _NAME.sub(person, text))


def article(k: int) -> tuple[str, list[str]]:
    """Article number ``k``: its file text and its body sentences."""
    rng = random.Random(k * 7919 + 17)
    pool = seed_paragraphs()
    names: dict[str, str] = {}
    body = [_renamed(p, rng, names) for p in rng.sample(pool, rng.randint(5, min(14, len(pool))))]
    title = body[0].split(". ")[0][:90].rstrip(" ,;:")
    date = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.choice((2024, 2025, 2026))}"
    lines = [rng.choice(CHROME), "", title, "", f"By {rng.choice(FIRST)} {surname(rng)}", rng.choice(OUTLETS),
             date, ""]
    for p in body:
        lines += [p, ""]
        if rng.random() < 0.08:
            lines += [rng.choice(CHROME), ""]
    lines += [rng.choice(CHROME), rng.choice(CHROME)]
    sentences = [s for p in body for s in _SENTENCE.split(p) if s]
    return "\n".join(lines) + "\n", sentences


def write_corpus(n: int, out: Path) -> Path:
    """Write articles 0..n-1 as ``out/NNNNNN.txt`` (skipped when already complete)."""
    out.mkdir(parents=True, exist_ok=True)
    marker = out / ".complete"
    if marker.exists() and marker.read_text() == str(n):
        return out
    for k in range(n):
        (out / f"{k:06d}.txt").write_text(article(k)[0], encoding="utf-8")
    marker.write_text(str(n))
    return out


def searchable_lines(n: int) -> Iterator[str]:
    """The first ``n`` searchable lines (sentences, titles, outlets) of articles 0, 1, 2, ..."""
    made, k = 0, 0
    while made < n:
        text, sentences = article(k)
        for line in sentences:
            yield line
            made += 1
            if made >= n:
                return
        k += 1


def write_lines(n: int, out: Path) -> Path:
    """Write ``n`` searchable lines to ``out`` (skipped when it already has them)."""
    if out.exists() and sum(1 for _ in out.open(encoding="utf-8")) == n:
        return out
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for line in searchable_lines(n):
            fh.write(line.replace("\n", " ") + "\n")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, help="write this many articles into --out (a folder)")
    parser.add_argument("--lines", type=int, help="write this many searchable lines into --out (a file)")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    if args.articles:
        write_corpus(args.articles, args.out)
    if args.lines:
        write_lines(args.lines, args.out)


if __name__ == "__main__":
    main()


def events_articles(n: int) -> list[tuple[str, str]]:
    """The first ``n`` articles of a folder of many stories, as (file name, text): bench/stories_speed.py's
    *many events* corpus (copies of the gold and dev mixes' real articles, 9 events, each copy a new set of
    events with made-up names, other figures and dates 3 days later), one file each: its title, a date line
    and its paragraphs. A desk's folder: about 7 articles per event, not one topic rewritten."""
    import datetime

    from bench.stories_speed import many_events

    sources, _ = many_events(n)
    out = []
    for s in sources:
        head = [s.title or "", ""]
        if s.published:
            day = datetime.date.fromisoformat(s.published[:10])
            head += [f"{MONTHS[day.month - 1]} {day.day}, {day.year}", ""]
        out.append((f"{s.id}.txt", "\n".join([*head, *(p.text + "\n" for p in s.paragraphs)])))
    return out


def write_events_corpus(n: int, out: Path) -> Path:
    """Write :func:`events_articles` ``(n)`` into ``out`` (skipped when already complete)."""
    out.mkdir(parents=True, exist_ok=True)
    marker = out / ".complete"
    if marker.exists() and marker.read_text() == f"events {n}":
        return out
    for name, text in events_articles(n):
        (out / name).write_text(text, encoding="utf-8")
    marker.write_text(f"events {n}")
    return out
