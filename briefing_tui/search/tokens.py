"""How search sees text: lower-cased words without accents, CJK characters one by one."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from briefing_tui.lazy_pattern import lazy_compile

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
TOKEN = lazy_compile(f"[{_CJK}]|[^\\W{_CJK}]+")
"""A word (letters, digits, underscores) or a single CJK character (those scripts have no spaces)."""


def fold_word(word: str) -> str:
    """A lower-cased word without accents ("Dadabáev" -> "dadabaev")."""
    if word.isascii():
        return word.lower()
    stripped = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    return stripped or word.lower()


def words(text: str) -> list[str]:
    """The folded words of ``text``, in order."""
    low = text.lower()
    found = TOKEN.findall(low)
    if low.isascii():
        return found
    return [w if w.isascii() else fold_word(w) for w in found]


def word_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, folded word) for each word of ``text``; offsets index ``text`` itself."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two ("İ"): go one by one
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for m in TOKEN.finditer(low):
        yield m.start(), m.end(), fold_word(m.group())


def normal_form(text: str) -> str:
    """``" w1 w2 ... wn "``: a word-prefix test is then a plain substring test (``" " + prefix in form``)."""
    return " " + " ".join(words(text)) + " "
