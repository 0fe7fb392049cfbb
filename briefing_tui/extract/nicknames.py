"""A nickname in quotation marks inside a person's name: "Sean “Diddy” Combs", "Jorge «Tuto» Quiroga".

The marks cut the capitalised run in three ("Sean", "Diddy", "Combs"), so the person was never read
whole and the later "Combs" linked to nobody. Where a run ends in a known given name, a quoted span of
one or two capitalised words follows after a space, and another capitalised run starts right after the
closing mark and a space, the two runs are one name. The nickname's words are left out of the run's
tokens (the person's key is "Sean Combs"), while the mention still spans the raw text, nickname included.
"""

from __future__ import annotations

from collections.abc import Callable

from briefing_tui.extract.names import Token
from briefing_tui.extract.spacing import SP_CHARS

NICKNAME_MAX_WORDS = 2
"""A nickname is a word or two ("Diddy", "El Chapo"); a longer quoted span is a quotation or a title."""


def _only_space(text: str) -> bool:
    return bool(text) and all(ch in SP_CHARS for ch in text)


def join_nicknames(ptext: str, runs: list[list[Token]], quoted: list[tuple[int, int]],
                   is_given_name: Callable[[str], bool]) -> list[list[Token]]:
    """``runs`` with "Given “Nick” Surname" read as one run "Given Surname" (see the module docstring).

    ``quoted`` are the paragraph's quoted spans (offsets inside the marks); ``is_given_name`` tells a
    known given name."""
    if not quoted or len(runs) < 3:
        return runs
    spans = {(a, b) for a, b in quoted}
    out: list[list[Token]] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        if i + 2 < len(runs):
            nick, after = runs[i + 1], runs[i + 2]
            a, b = nick[0].start, nick[-1].end
            if ((a, b) in spans and len(nick) <= NICKNAME_MAX_WORDS
                    and is_given_name(run[-1].text)
                    and _only_space(ptext[run[-1].end:a - 1]) and _only_space(ptext[b + 1:after[0].start])
                    and after[0].text[:1].isupper()):
                out.append(run + after)
                i += 3
                continue
        out.append(run)
        i += 1
    return out


def name_text(ptext: str, toks: list[Token]) -> str:
    """The words of the name ``toks`` spans, one space apart: its raw text, or only its tokens' words where a
    nickname was left out between them ("Sean “Diddy” Combs" -> "Sean Combs")."""
    if any(not _only_space(ptext[x.end:y.start]) for x, y in zip(toks, toks[1:])):
        return " ".join(t.text for t in toks)
    return " ".join(ptext[toks[0].start:toks[-1].end].split())
