"""Turn a file's bytes into text, or say clearly why that is not possible."""

from __future__ import annotations

import codecs
import unicodedata
from collections import Counter
from dataclasses import dataclass

from briefing_tui.ingest.repair import repair_mojibake
from briefing_tui.lazy_pattern import lazy_compile

MAX_BYTES = 16 * 1024 * 1024
"""Files larger than this are refused: nobody pastes a 16 MB article."""

_DETECT_SAMPLE = 256 * 1024
_UTF8_MULTIBYTE = lazy_compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CONTROL = lazy_compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")  # C0 controls that text does not use (not \t\n\v\f\r, ESC)
_HIGH_BYTES = bytes(range(0x80, 0x100))  # deleted to count the bytes that are not ASCII
# Encodings that tie with windows-1252 in detection; for Western text the web's default wins the tie
# (WHATWG decodes even "latin1" as windows-1252).
_WESTERN_DEFAULT = "cp1252"
_LATIN = "LATIN"
_CJK_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA", "HALFWIDTH", "FULLWIDTH",
                          "IDEOGRAPHIC"})
"""The first words of the Unicode names of Chinese and Japanese characters: one script for a legacy guess."""
LEGACY_ONE_SCRIPT_SHARE = 0.8
"""A legacy encoding is plausible only when at least this share of the non-ASCII letters it gives are of one
script: text in a code page is written in that page's script, stray bytes give letters of several."""
LEGACY_SCRIPT_SHARE = 0.25
"""For a script other than Latin, its letters must be at least this share of all the text's letters: a
Russian or Greek article is mostly that script, a few stray high bytes in English text are not."""
LEGACY_ATTACHED_SHARE = 0.5
"""For Latin letters beyond ASCII (é, ß, ł), at least this share of their runs must touch an ASCII letter:
accents sit inside words ("café", "Zürich"), stray bytes stand apart ("ÿþÃ(")."""
LEGACY_ODD_SHARE = 0.05
"""At most this share of the non-ASCII characters a legacy guess gives may be controls or unassigned."""
PLAUSIBLE_SAMPLE = 64 * 1024
"""How many characters of a text read in a guessed encoding :func:`plausible_legacy` weighs."""
MAX_REPLACED_SHARE = 0.1
"""Text read as UTF-8 with bad bytes replaced is refused when more than this share of its bytes are bad."""
_ODD_CATEGORIES = frozenset({"Cc", "Cf", "Cn", "Co", "Cs"})
"""Unicode categories that no text in a legacy code page is written with (controls, unassigned, private use)."""
_CODE_PAGE_NAMES = {"cp1250": "windows-1250", "cp1251": "windows-1251", "cp1252": "windows-1252",
                    "cp1253": "windows-1253", "cp1254": "windows-1254", "cp1255": "windows-1255",
                    "cp1256": "windows-1256", "cp1257": "windows-1257", "cp1258": "windows-1258",
                    "cp932": "Shift_JIS", "shift_jis": "Shift_JIS", "big5": "Big5", "big5hkscs": "Big5-HKSCS"}
"""Python's names of legacy encodings, as people (and HTML's charset) name them."""


class DecodeError(ValueError):
    """The bytes are not text we can read; the message says why."""


@dataclass(slots=True)
class Decoded:
    """Decoded text and the encoding it was read with."""

    text: str
    encoding: str
    warning: str | None = None


def decode_bytes(data: bytes, max_bytes: int = MAX_BYTES) -> Decoded:
    """Decode UTF-8 (with or without BOM), UTF-16/32 with BOM, or a detected legacy encoding.

    Raises DecodeError for empty, oversized, binary or undecodable input.
    """
    if not data:
        raise DecodeError("empty file")
    if len(data) > max_bytes:
        raise DecodeError(f"too large ({_human(len(data))}; the limit is {_human(max_bytes)})")
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"starts with a {name} byte-order mark but is not valid {name}: {exc.reason}") from None
            return _checked(Decoded(text, name))
    if b"\x00" in data[:8192] or data.count(b"\x00") > len(data) // 1000:
        unmarked = _utf16_without_bom(data)
        if unmarked is None:
            raise DecodeError("binary file (contains NUL bytes), not text")
        return _checked(unmarked)
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    high, bad = _high_and_bad_bytes(data)
    damaged = _damaged_utf8(data, first_bad, high, bad)
    if damaged is not None:
        return _checked(damaged)
    try:
        guessed = _detect(data)
    except DecodeError:
        guessed = None
    if guessed is not None and plausible_legacy(guessed.text):
        guessed.warning = f"not UTF-8: read as {encoding_name(guessed.encoding)} (guessed from its bytes)"
        return _checked(guessed)
    replaced = _replaced_utf8(data, first_bad, bad)
    if replaced is None:
        raise DecodeError("not valid UTF-8 and no other text encoding fits")
    return _checked(replaced)


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 saved without a byte-order mark: mostly-Latin text has a NUL in every other byte."""
    sample = data[:8192]
    half = len(sample) // 2
    if len(data) % 2 or half < 8:
        return None
    for name, zeros in (("utf-16-le", sample[1::2].count(0)), ("utf-16-be", sample[0::2].count(0))):
        if zeros >= 0.9 * half:
            try:
                return Decoded(data.decode(name), name)
            except UnicodeDecodeError:
                return None
    return None


def _damaged_utf8(data: bytes, first_bad: int, high: int, bad: int) -> Decoded | None:
    """UTF-8 with a few broken bytes (a truncated download, a bad paste): keep it, replacing those bytes.

    It is UTF-8 when nearly every non-ASCII byte belongs to a well-formed UTF-8 sequence (``high`` non-ASCII
    bytes, ``bad`` of them in none).
    """
    if bad == high or bad > max(3, high // 50):
        return None
    return _replaced_utf8(data, first_bad, bad)


def _high_and_bad_bytes(data: bytes) -> tuple[int, int]:
    """How many of ``data``'s bytes are not ASCII, and how many of those belong to no well-formed UTF-8 sequence."""
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    return high, high - sum(len(m) for m in _UTF8_MULTIBYTE.findall(data))


def _replaced_utf8(data: bytes, first_bad: int, bad: int) -> Decoded | None:
    """``data`` read as UTF-8 with its ``bad`` bytes replaced, saying so; None when too many are bad to be text."""
    if bad > MAX_REPLACED_SHARE * len(data):
        return None
    text = data.decode("utf-8", errors="replace")
    return Decoded(text, "utf-8", f"invalid UTF-8 from byte {first_bad} ({bad} bad byte{'s' if bad != 1 else ''} "
                                  "replaced); the rest loaded")


UNICODE_ENCODINGS = frozenset({"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"})
"""The encodings :func:`decode_bytes` reads by their bytes' form (a byte-order mark, valid UTF-8, NULs): no guess."""


def guessed_encoding(encoding: str) -> bool:
    """Whether text read with ``encoding`` was read in a legacy encoding guessed from its bytes."""
    return encoding not in UNICODE_ENCODINGS


def encoding_name(encoding: str) -> str:
    """An encoding as people name it: ``cp1251`` is windows-1251, ``gb18030`` GB18030, ``utf-8`` UTF-8."""
    name = codecs.lookup(encoding).name
    return _CODE_PAGE_NAMES.get(name) or name.upper().replace("_", "-")


def plausible_legacy(text: str) -> bool:
    """Whether ``text``, read from bytes that are not UTF-8 in a guessed legacy encoding, reads as text of that
    encoding: its non-ASCII characters are no controls, and their letters are mostly of one script, a script
    the text is largely written in (Cyrillic, Greek, Chinese ...) or Latin letters inside words (see the
    LEGACY_* shares). A few stray bytes in English text give a handful of letters of no language. The first
    ``PLAUSIBLE_SAMPLE`` characters are weighed."""
    text = text[:PLAUSIBLE_SAMPLE]
    high = Counter(c for c in text if c > "\x7f")  # (each distinct character is then looked up once)
    odd = sum(n for c, n in high.items() if unicodedata.category(c) in _ODD_CATEGORIES)
    if odd > LEGACY_ODD_SHARE * high.total():
        return False
    scripts: Counter[str] = Counter()
    for c, n in high.items():
        if c.isalpha():
            scripts[_script(c)] += n
    if not scripts:
        return True  # only punctuation (curly quotes, dashes) or symbols: nothing to misread
    script, count = scripts.most_common(1)[0]
    if count < LEGACY_ONE_SCRIPT_SHARE * scripts.total():
        return False
    if script != _LATIN:
        return count >= LEGACY_SCRIPT_SHARE * sum(c.isalpha() for c in text)
    runs = _NON_ASCII_LETTERS.finditer(text)
    attached = [_touches_ascii_letter(text, m.start(), m.end()) for m in runs]
    return sum(attached) >= LEGACY_ATTACHED_SHARE * len(attached)


_NON_ASCII_LETTERS = lazy_compile(r"[^\W\d_\x00-\x7f]+")  # a run of letters beyond ASCII ("é", "ÿþÃ", "Москва")


def _touches_ascii_letter(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has an ASCII letter just before or just after it."""
    return any(0 <= i < len(text) and text[i].isascii() and text[i].isalpha() for i in (start - 1, end))


def _script(char: str) -> str:
    """The script of a letter, from the first word of its Unicode name (Chinese and Japanese as one)."""
    word = unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]
    return "CJK" if word in _CJK_SCRIPTS else word


def _detect(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:_DETECT_SAMPLE]))
    if not matches or matches[0].encoding is None:
        raise DecodeError("not valid UTF-8 and no other text encoding fits")
    best = matches[0]
    encoding = best.encoding
    tied = [m for m in matches if abs(m.chaos - best.chaos) < 0.01 and abs(m.coherence - best.coherence) < 0.01]
    if any(_WESTERN_DEFAULT in m.could_be_from_charset for m in tied):
        encoding = _WESTERN_DEFAULT
    for name in dict.fromkeys((encoding, best.encoding)):
        try:
            return Decoded(data.decode(name), name)
        except (UnicodeDecodeError, LookupError):
            continue
    raise DecodeError(f"not valid UTF-8; looks like {best.encoding} but does not decode as it")


def _checked(decoded: Decoded) -> Decoded:
    text = decoded.text
    if not text.strip():
        raise DecodeError("no text (only white space)")
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))
    if controls > max(8, len(sample) // 20):
        raise DecodeError("binary file (too many control characters), not text")
    repaired = repair_mojibake(text)
    if repaired != text:
        note = "mis-decoded characters (mojibake) repaired"
        return Decoded(repaired, decoded.encoding, f"{decoded.warning}; {note}" if decoded.warning else note)
    return decoded


def _human(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} bytes"
