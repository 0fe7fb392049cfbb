"""Hostile inputs shared by the robustness tests: a corpus folder whose every field carries terminal
escapes, C0/C1 controls, bidi overrides, zero-width characters and Rich/Textual markup, and a checker
that says whether some output text would act on a terminal.

Every payload is a piece of text an article copied off a web page could carry. None of it may act:
shown, it must be inert (visible stand-ins such as "␛" for ESC, "<U+202E>" for a bidi override)
and markup must be shown literally.
"""

from __future__ import annotations

import re
import signal
from contextlib import contextmanager
from pathlib import Path

ESC = "\x1b"

PAYLOADS = {
    "sgr colour": f"{ESC}[31mred{ESC}[0m",
    "clear screen": f"{ESC}[2J",
    "cursor home": f"{ESC}[H",
    "cursor up": f"{ESC}[5A",
    "window title (OSC 0)": f"{ESC}]0;owned\x07",
    "clipboard write (OSC 52)": f"{ESC}]52;c;ZXZpbA==\x07",
    "hyperlink (OSC 8)": f"{ESC}]8;;https://evil.example{ESC}\\click me{ESC}]8;;{ESC}\\",
    "C1 CSI": "\x9b31m",
    "C1 OSC": "\x9d0;t\x9c",
    "C1 NEL": "a\x85b",
    "bell and backspace": "\x07\x08\x08",
    "carriage return": "overwrite\rX",
    "DEL": "a\x7fb",
    "bidi override": "\u202egnp.exe\u202c",
    "bidi isolate": "\u2066iso\u2069",
    "zero width space": "zero\u200bwidth",
    "byte order mark": "bo\ufeffm",
    "line separator": "a\u2028b",
    "tag characters": "t\U000e0041\U000e0042",
    "joiners and soft hyphen": "jo\u200din\u200cer so\u00adft gra\u034fpheme",
    "hangul fillers": "fill\u3164er \u115f\u1160 half\uffa0width",
    "rich markup": "[bold red]Breaking[/bold red]",
    "rich link": "[link=https://evil.example]a link[/link]",
    "textual click": "[@click=app.quit]quit[/]",
    "textual meta": "[@click=app.bell]ring[/]",
    "closing tags": "[/][/][/]",
}
ALL_PAYLOADS = " ".join(PAYLOADS.values())

# Ordinary Unicode that must pass unchanged.
ORDINARY = "東京で会議が開かれた。 Café “naïve” — Zoë’s «quote» 李明"

# Characters that must never reach a terminal raw: C0 (bar tab/newline), DEL, C1, bidi, invisibles
# (joiners, soft hyphen, grapheme joiner, Hangul and Khmer fillers among them).
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e"
                    "\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0"
                    "\ufff9-\ufffb\U000e0000-\U000e007f]")

HOSTILE_ARTICLE = f"""---
title: "[bold red]Alert[/] \\e]0;pwn\\a \\u202e title [@click=app.quit]x[/]"
outlet: "[link=https://evil.example]Evil Times[/link] \\e[31m"
author: "Mallory [b]Quinn[/b] \\x9b1m"
published: 2026-03-07
---
Officials from Valdmar met in Tokyo on Saturday to sign the harbor accord. {ALL_PAYLOADS}

"We will never [@click=app.quit]give up[/] {ESC}]52;c;cm0gLXJm\x07," said Mallory{ESC}[31m Quinn, the [bold]minister[/bold] of Valdmar.

According to Quinn\u202e Industries, the accord is worth $20 billion [red]or more[/red], and 3 trillion yen {ESC}[5m.

Prime Minister Sanae Takaichi said the accord, worth $20 billion, would start in 2026. {ORDINARY}
"""

PLAIN_ARTICLE = f"""Prime Minister Sanae Takaichi said the accord, worth $25 billion, would start in 2027.

"We will never give up," said Mallory Quinn, the minister of Valdmar. {ORDINARY}
"""

# File names: a hostile article name (stem = source id) and a refused binary file whose name
# the problem message must show inert.
HOSTILE_NAME = f"evil[@click=app.quit]{ESC}]0;t\x07\u202e.txt"
BAD_NAME = f"bad{ESC}[31m[bold]x[-bold]\u202e.txt"

ALIASES = ('"Quinn\\e[31m": "Mallory [b]Q[/b]\\e]0;x\\a"\n'
           '"[@click=app.quit]": 5\n'
           '"Valdmar\\u202e": {name: "[link=https://evil.example]Valdmar[/link]", type: place}\n')

HOSTILE_THEME_NAME = f"evil{ESC}]0;t\x07[b]theme[-b]\u202e.yaml"
HOSTILE_THEME = 'name: "[bold]x\\e]0;t\\a"\nprimary: "#ff0000"\n'
BAD_COLOUR_THEME = 'name: fine-name\nprimary: "\\e]52;c;ZXZpbA==\\a[@click=app.quit]"\n'


def write_hostile_corpus(folder: Path) -> Path:
    """The hostile corpus: two articles, a refused binary file and an alias file, all hostile."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / HOSTILE_NAME).write_text(HOSTILE_ARTICLE, encoding="utf-8")
    (folder / "plain.txt").write_text(PLAIN_ARTICLE, encoding="utf-8")
    (folder / BAD_NAME).write_bytes(b"\x00\x01\x02\xff" * 100)
    (folder / "aliases.yaml").write_text(ALIASES, encoding="utf-8")
    return folder


def write_hostile_themes(folder: Path) -> Path:
    """A user themes folder with two bad theme files (hostile file name, hostile contents)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / HOSTILE_THEME_NAME).write_text(HOSTILE_THEME, encoding="utf-8")
    (folder / "bad-colour.yaml").write_text(BAD_COLOUR_THEME, encoding="utf-8")
    return folder


def unsafe_characters(text: str) -> list[str]:
    """The characters in ``text`` that would act on (or hide from) a terminal, as ``U+XXXX``."""
    return [f"U+{ord(ch):04X}" for ch in UNSAFE.findall(text)]


def snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    """Every file under ``folder``: modification time (ns) and bytes, to prove nothing wrote to it."""
    return {str(p.relative_to(folder)): (p.stat().st_mtime_ns, p.read_bytes())
            for p in sorted(folder.rglob("*")) if p.is_file()}


# The adversarial text units of the ingest robustness tests (shared with the pipeline ones).
def repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


# Each unit, repeated, targets one stage: quotes (segment), dots and abbreviations (sentence ends),
# whitespace runs after optional groups (dates, captions, copyright lines), separators (breadcrumbs,
# source lines), teasers and bullets (line classes), digests (citations), line breaks (line splitting).
INGEST_UNITS = {
    "straight quotes": '"', "curly quotes": "“", "mixed quotes": "“a ”b «c ", "nested quotes": "“‘«„",
    "dots": "a. ", "abbreviations": "U.S. ", "initials": "J. ", "ellipses": "…\n", "full stops": ".",
    "caption spaces": "Photo: a     ", "capitals": "A", "agency credits": "REUTERS/A ",
    "time then spaces": "12:30" + " " * 1000 + "x", "breadcrumb spaces": " " * 20 + ">b",
    "teasers": "Some headline that is cut…\n", "bullets": "• item\n", "source lines": "Outlet · 2025-12-21 07:18\n",
    "citations": "[1]", "digest": "Group 1: Head - point [1][2]. - next [3]. ", "newlines": "\n", "CRLF": "\r\n",
    "CR": "\r", "front matter keys": "a: b\n", "bylines": "By John Smith and ", "dates": "December 22, 2025 ",
    "French dates": "21 décembre 2025 à ", "hashes": "#", "prose lines": "The leaders met there to talk. \n",
    "name then date lines": "John Smith\nDecember 22, 2025\n", "labels": "来源：环球 ", "URLs": "https://x.y/aaaa ",
    "controls": "\x1b[31m\u202e", "copyright spaces": "©" + " " * 500 + "!", "pipes and digits": "a | 1234 1234\n",
}


@contextmanager
def time_limit(seconds: int, error: type[Exception] = TimeoutError):
    """Raise ``error`` if the block runs longer than ``seconds`` (SIGALRM: the main thread only)."""
    def on_alarm(signum, frame):
        raise error(f"took longer than {seconds} s")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@contextmanager
def cpu_time_limit(seconds: int, error: type[Exception] = TimeoutError):
    """Raise ``error`` if the block uses more than ``seconds`` of this process's CPU time (ITIMER_PROF: SIGPROF to
    the main thread). For blocks that only compute (a regex on a hostile string, the pipeline on a text in memory):
    their bound is the work they do, and on a loaded machine the wall clock also counts other processes' turns.
    (A regex's backtracking is stopped too: the regex engine checks for signals as it runs.)"""
    def on_prof(signum, frame):
        raise error(f"used more than {seconds} s of CPU")

    old = signal.signal(signal.SIGPROF, on_prof)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)
