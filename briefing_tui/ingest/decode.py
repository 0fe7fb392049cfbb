"""Turn a file's bytes into text, or say clearly why that is not possible."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from briefing_tui.ingest.repair import repair_mojibake
from briefing_tui.lazy_pattern import lazy_compile

MAX_BYTES = 16 * 1024 * 1024
"""Files larger than this are refused: nobody pastes a 16 MB article."""

_DETECT_SAMPLE = 256 * 1024
_UTF8_MULTIBYTE = lazy_compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CONTROL = lazy_compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")  # C0 controls that text does not use (not \t\n\v\f\r, ESC)
_HIGH_BYTE = lazy_compile(rb"[\x80-\xff]")
# Encodings that tie with windows-1252 in detection; for Western text the web's default wins the tie
# (WHATWG decodes even "latin1" as windows-1252).
_WESTERN_DEFAULT = "cp1252"


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
    damaged = _damaged_utf8(data, first_bad)
    return _checked(damaged or _detect(data))


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


def _damaged_utf8(data: bytes, first_bad: int) -> Decoded | None:
    """UTF-8 with a few broken bytes (a truncated download, a bad paste): keep it, replacing those bytes.

    It is UTF-8 when nearly every non-ASCII byte belongs to a well-formed UTF-8 sequence.
    """
    high = len(_HIGH_BYTE.findall(data))
    in_sequences = sum(len(m) for m in _UTF8_MULTIBYTE.findall(data))
    bad = high - in_sequences
    if in_sequences == 0 or bad > max(3, high // 50):
        return None
    text = data.decode("utf-8", errors="replace")
    return Decoded(text, "utf-8", f"invalid UTF-8 from byte {first_bad} ({bad} bad byte{'s' if bad != 1 else ''} "
                                  "replaced); the rest loaded")


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
