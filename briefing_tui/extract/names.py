"""Capitalised sequences: the raw material of names, with offsets into the paragraph.

``name_runs(text)`` yields runs of capitalised words such as "Japanese Prime Minister Sanae Takaichi",
"University of Tsukuba" or "U.S.", joined across connectors ("of", "and", "bin") and cut at possessives,
punctuation and line breaks.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from collections.abc import Callable
from functools import lru_cache

from briefing_tui.extract.spacing import SP
from briefing_tui.extract.lexicon import ABBREVIATED_TITLES, NAME_CONNECTORS, NEVER_NAMES
from briefing_tui.lazy_pattern import lazy_compile

_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u0391-\u03a9\u0410-\u042f"
_ABBREV = "|".join(sorted((t.capitalize() for t in ABBREVIATED_TITLES), key=len, reverse=True))
# A middle initial ("Lewis A. Kaplan"): one capital and a full stop before a capitalised word.
_INITIAL = r"[A-Z]\.(?=" + SP + r"[" + _UPPER + r"][a-z])"
_CAP = (r"(?:(?:" + _ABBREV + r")\.(?=" + SP + r")|(?:[A-Z]\.){2,}|" + _INITIAL + r"|(?:(?:al|el|bin|ibn|abu)-)?["
        + _UPPER + r"][\w]*(?:[-'’][^\W_][\w]*)*)")
_CONN = "|".join(sorted(NAME_CONNECTORS, key=len, reverse=True))
# A run: capitalised words separated by one or two spaces, with at most two connectors between two of them.
# Where a run may begin: not inside a word, or right after a word elided before it in French, written in lower
# case ("d'Al-Haouz", "l'Unesco", "qu'Ankara"; not "O'Brien", "D'Souza").
RUN_START = r"(?:(?<![\w'’-])|(?<=(?<![\w'’-])[dlnsjmtc]['’])|(?<=(?<![\w'’-])qu['’]))"
_RUN = lazy_compile(RUN_START + _CAP
                  + r"(?:" + SP + r"{1,2}(?:(?:" + _CONN + r")" + SP + r"{1,2}){0,2}" + _CAP + r")*")
_TOKEN = lazy_compile(r"(?:" + _ABBREV + r")\.|(?:[A-Z]\.){2,}|" + _INITIAL + r"|[^\W_][\w]*(?:[-'’][^\W_][\w]*)*")
_SINGLE_INITIAL = lazy_compile(r"[A-Z]\.")
# An acronym written in capitals ("NHC", "FEMA"): never a given name's first word.
_ACRONYM = lazy_compile(r"[A-Z]{2,6}")
_POSSESSIVE = lazy_compile(r"['’]s?$")
# The number sign after a capital ("N°2", "Nº 5", "N.º 3" in Spanish and Portuguese, as English "No. 2"): the "N" is
# no word of the name before it ("Tribunal Oral Federal N°2" is the "Tribunal Oral Federal").
_NUMBER_SIGN = lazy_compile(r"\.?[°º]")
_NUMBER_SIGN_WORDS = frozenset({"N", "Nº"})  # (the "º" is a letter: "Nº" is one word)


_FUNCTION_WORDS = NEVER_NAMES  # "Plan A. The": a capitalised function word after an initial opens a sentence


@dataclass(slots=True)
class Token:
    """One word of a paragraph with its offsets (relative to the paragraph)."""

    start: int
    end: int
    text: str


def _possessive_cut(tok: Token) -> Token | None:
    """The token without a trailing possessive ("Japan’s" -> "Japan"), or None if it has none."""
    if "'" not in tok.text and "’" not in tok.text:
        return None
    m = _POSSESSIVE.search(tok.text)
    if m and len(tok.text) > 2 and tok.text[m.start() - 1:m.start()].isalpha():
        return Token(tok.start, tok.start + m.start(), tok.text[:m.start()])
    return None


def _is_capitalised(word: str) -> bool:
    return word[0].isupper() or word[:4] in ("al-A", "el-A") or "-" in word and word.split("-", 1)[1][:1].isupper()


def name_runs(text: str) -> list[list[Token]]:
    """Runs of capitalised tokens (with inner connectors) in ``text``, cut after a possessive."""
    runs: list[list[Token]] = []
    for m in _RUN.finditer(text):
        current: list[Token] = []
        for t in _TOKEN.finditer(text, m.start(), m.end()):
            tok = Token(t.start(), t.end(), t.group(0))
            if tok.text in NAME_CONNECTORS:
                current.append(tok)
                continue
            if not _is_capitalised(tok.text) or tok.text in _NUMBER_SIGN_WORDS and (
                    tok.text != "N" or _NUMBER_SIGN.match(text, tok.end)):
                # (a lowercase letter outside ASCII slipped into the class; a number sign's "N")
                if current:
                    runs.append(current)
                current = []
                continue
            cut = _possessive_cut(tok)
            current.append(cut or tok)
            if cut is not None:
                runs.append(current)
                current = []
        if current:
            runs.append(current)
    runs = [piece for run in runs for piece in _initials_inside(run)]
    for run in runs:  # connectors never start or end a run
        while run and run[-1].text in NAME_CONNECTORS:
            run.pop()
        while run and run[0].text in NAME_CONNECTORS:
            run.pop(0)
    return [r for r in runs if r]


def _initials_inside(run: list[Token]) -> list[list[Token]]:
    """A middle initial belongs to a name only between two name words ("Lewis A. Kaplan"); at the start or
    end of a run, or before a function word ("Plan A. The ..."), it ends a sentence: the run is cut there."""
    pieces, current = [], []
    for i, tok in enumerate(run):
        if _SINGLE_INITIAL.fullmatch(tok.text):
            nxt = run[i + 1].text if i + 1 < len(run) else ""
            inside = (current and not _SINGLE_INITIAL.fullmatch(current[-1].text) and current[-1].text not in NAME_CONNECTORS
                      and nxt and nxt[:1].isupper() and nxt.lower() not in _FUNCTION_WORDS)
            if not inside:
                if current:
                    pieces.append(current + [Token(tok.start, tok.end - 1, tok.text[:-1])])
                current = []
                continue
        current.append(tok)
    if current:
        pieces.append(current)
    return pieces


def without_initials(name: str) -> str:
    """A name without its middle initials ("Lewis A. Kaplan" -> "Lewis Kaplan"): one key for both spellings."""
    words = name.split()
    if len(words) < 3:
        return name
    kept = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and _SINGLE_INITIAL.fullmatch(w))]
    return " ".join(kept)


# Greek, Cyrillic, Armenian and Georgian letters: names written in them are compared in Latin
# transliteration (anyascii), so "Токаев" and "Tokayev" meet in spelling-variant matching.
_TRANSLITERATED = lazy_compile("[\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u10a0-\u10ff\u1f00-\u1fff]+")
_CYRILLIC_YO = str.maketrans({"ё": "yo", "Ё": "Yo"})  # anyascii writes "e"; English usage writes "yo"


def _transliterate(m: re.Match[str]) -> str:
    from anyascii import anyascii

    return anyascii(m.group(0).translate(_CYRILLIC_YO))


# Marks one outlet writes a name with and another without: a hyphen or dash between its words ("Al-Haouz", "Al
# Haouz"), and apostrophes of every form ("N'Tala", "N’Tala", "Nʼtala").
_NAME_JOINERS = lazy_compile(r"[-\u2010-\u2015]")
_APOSTROPHES = lazy_compile(r"['\u2018\u2019\u02bc`\u00b4]")


@lru_cache(maxsize=4096)
def variant_key(text: str) -> str:
    """:func:`fold` without the marks spellings of one name differ by: a hyphen or dash is a space, an
    apostrophe is dropped ("Al-Haouz", "Al Haouz" and "al haouz" meet; so do "Aït" and "Ait")."""
    return " ".join(_APOSTROPHES.sub("", _NAME_JOINERS.sub(" ", fold(text))).split())


def spelling_variants(name: str) -> set[str]:
    """Other ways an outlet may write ``name``, each with its :func:`variant_key`: with spaces for its hyphens
    and hyphens for its spaces ("Al Haouz", "Al-Haouz"), without accents ("Aït" -> "Ait"), with the other
    apostrophe ("N'Tala", "N’Tala"); ``name`` itself is not among them."""
    forms = {name.replace("-", " "), name.replace(" ", "-"), name.replace("’", "'"), name.replace("'", "’")}
    if not name.isascii():
        plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        if len(plain) == len(name):  # (letters alone lost their accents: the same word, as written elsewhere)
            forms |= {plain, plain.replace("-", " "), plain.replace(" ", "-")}
    forms.discard(name)
    return forms


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Casefolded, accent-free, apostrophe-free form used to compare names (Cyrillic, Greek... in Latin letters)."""
    if text.isascii():
        return text.casefold()
    text = _TRANSLITERATED.sub(_transliterate, text)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().replace("’", "'")


def acronym_leads_cut(runs: list[list[Token]], given: Callable[[str], str | None]) -> list[list[Token]]:
    """``runs`` with the acronyms that open a run before a given name and a surname cut off as a run of their own
    ("le directeur du NHC Michael Brennan": the body "NHC", then its person "Michael Brennan")."""
    out: list[list[Token]] = []
    for run in runs:
        k = 0
        while k + 1 < len(run) and _ACRONYM.fullmatch(run[k].text) and given(run[k + 1].text) is not None:
            k += 1
        if k and k < len(run) - 1:
            out.extend([run[:k], run[k:]])
        else:
            out.append(run)
    return out
