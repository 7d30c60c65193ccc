"""Bytes to text: encoding detection (BOMs, UTF-8, declared charset, Arabic code pages), binary check."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator

from charset_normalizer import from_bytes

from marsad.arabic.normalize import arabic_ratio

BINARY = "binary file, not text"

_BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ARABIC_CODE_PAGES = ("cp1256", "iso8859-6")  # on a tie the first wins: windows-1256 is far more common
_DECLARED = re.compile(
    rb"""(?:<\?xml[^>]*?encoding|<meta[^>]*?charset)\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_NEWLINES = re.compile(r"\r\n?")


class DecodeError(ValueError):
    """The bytes are not text in any encoding we accept."""

    def __init__(self, reason: str = BINARY):
        super().__init__(reason)
        self.reason = reason


def _decodes(data: bytes, encoding: str, final: bool) -> str | None:
    """Strict decode; final=False allows an incomplete multi-byte sequence at the end (a cut sample)."""
    try:
        return codecs.getincrementaldecoder(encoding)("strict").decode(data, final=final)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_binary(text: str) -> bool:
    return len(_CONTROL.findall(text)) > max(2, len(text) // 100)


def _declared(data: bytes) -> str | None:
    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def detect_encoding(data: bytes, *, final: bool = True) -> str:
    """The encoding of `data` (a whole file, or its start when final=False); DecodeError if binary."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            text = _decodes(data, name, final)
            if text is None or _looks_binary(text):
                raise DecodeError()
            return name
    if b"\x00" in data:
        raise DecodeError()
    text = _decodes(data, "utf-8", final)
    if text is not None:
        if _looks_binary(text):
            raise DecodeError()
        return "utf-8"
    declared = _declared(data)
    texts = {
        name: t
        for name in (declared, *_ARABIC_CODE_PAGES)
        if name and (t := _decodes(data, name, final)) is not None
    }
    texts = {name: t for name, t in texts.items() if not _looks_binary(t)}
    ratios = {name: arabic_ratio(t[:65536]) for name, t in texts.items()}
    if declared in ratios and ratios[declared] >= 0.2:  # a declared charset that yields Arabic is trusted
        return declared
    best = max(_ARABIC_CODE_PAGES, key=lambda name: ratios.get(name, 0.0))
    if ratios.get(best, 0.0) >= 0.5:
        return best
    if declared in ratios:
        return declared
    guess = from_bytes(data).best()
    if guess is None or _looks_binary(str(guess)):
        raise DecodeError()
    return guess.encoding


def normalize_newlines(text: str) -> str:
    return _NEWLINES.sub("\n", text)


def decode(data: bytes) -> str:
    """Whole bytes to text with \\n newlines and no BOM; DecodeError if the data is binary."""
    encoding = detect_encoding(data)
    return normalize_newlines(data.decode(encoding)).lstrip("\ufeff")


def iter_decode(chunks: Iterable[bytes], encoding: str) -> Iterator[str]:
    """Decode byte chunks piece by piece (\\n newlines, no BOM); DecodeError on an invalid byte."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    pending_cr = False  # a "\r" at the end of a piece may be the first half of "\r\n"
    first = True
    try:
        for chunk in chunks:
            piece = decoder.decode(chunk)
            if first and piece:
                piece, first = piece.lstrip("\ufeff"), False
            if pending_cr:
                piece = "\r" + piece
            pending_cr = piece.endswith("\r")
            if pending_cr:
                piece = piece[:-1]
            if _looks_binary(piece):
                raise DecodeError()
            yield normalize_newlines(piece)
        tail = decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not valid {encoding} text ({exc.reason})") from exc
    tail = ("\r" if pending_cr else "") + tail
    if tail:
        yield normalize_newlines(tail)
