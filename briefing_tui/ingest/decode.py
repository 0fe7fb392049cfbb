"""Turn a file's bytes into text, or say clearly why that is not possible."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

MAX_BYTES = 16 * 1024 * 1024
"""Files larger than this are refused: nobody pastes a 16 MB article."""

_DETECT_SAMPLE = 256 * 1024


class DecodeError(ValueError):
    """The bytes are not text we can read; the message says why."""


@dataclass(slots=True)
class Decoded:
    """Decoded text and the encoding it was read with."""

    text: str
    encoding: str


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
        raise DecodeError("binary file (contains NUL bytes), not text")
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    return _checked(_detect(data))


def _detect(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_DETECT_SAMPLE]).best()
    if best is None or best.encoding is None:
        raise DecodeError("not valid UTF-8 and no other text encoding fits")
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise DecodeError(f"not valid UTF-8; looks like {best.encoding} but does not decode as it") from None
    return Decoded(text, best.encoding)


def _checked(decoded: Decoded) -> Decoded:
    text = decoded.text
    if not text.strip():
        raise DecodeError("no text (only white space)")
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v\x1b")
    if controls > max(8, len(sample) // 20):
        raise DecodeError("binary file (too many control characters), not text")
    return decoded


def _human(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} bytes"
