"""Which text a response really holds when its declared charset is wrong.

Agency servers often send a default ``charset=iso-8859-1`` header in front of a UTF-8 page (the en dash
of "Jakarta – ..." then becomes "â€“"), older CMSs save Windows-1252 text into pages labelled UTF-8
(the curly quotes become U+FFFD), and legacy portals paste Windows-1252 snippets into an otherwise UTF-8
template (both in one page: no single codec reads it). The bytes themselves tell which is true: text
that decodes as strict UTF-8 and has non-ASCII characters is almost never Windows-1252 by accident; a
body that is not valid UTF-8 but decodes as Windows-1252 without a hole is Windows-1252, unless it also
holds real UTF-8 sequences, in which case beautifulsoup4's ``UnicodeDammit.detwingle`` converts the
Windows-1252 bytes to UTF-8 and the repaired bytes are the page. Without a label, the charset the
document declares itself (BOM, ``<meta charset>``) is found by bs4's ``EncodingDetector``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from bs4.dammit import EncodingDetector, UnicodeDammit

# Single-byte labels servers use by default; w3lib maps all of them to cp1252 anyway.
_SINGLE_BYTE_WESTERN = {"latin_1", "iso8859_1", "cp1252", "ascii", "iso8859_15"}
# A well-formed UTF-8 multi-byte character: its presence in an invalid body means "mixed", not cp1252.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


@dataclass(frozen=True)
class DecodedBody:
    text: str
    encoding: str  # Python codec name of what was used
    corrected: bool  # True when the declared charset was overruled
    # The bytes that ``encoding`` reads as ``text`` when they differ from the body that was served
    # (a mixed Windows-1252/UTF-8 page repaired by detwingle); None when the served body is right.
    body: bytes | None = None


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().strip("\"'")).name.replace("-", "_")
    except LookupError:
        return None


def _strict(body: bytes, encoding: str) -> str | None:
    try:
        return body.decode(encoding)
    except UnicodeDecodeError:
        return None


def _self_declared(body: bytes) -> str | None:
    """The charset a document declares about itself: a byte-order mark, then ``<meta charset>``."""
    _, sniffed = EncodingDetector.strip_byte_order_mark(body)
    return sniffed or EncodingDetector.find_declared_encoding(body, is_html=True)


def _untwingled(body: bytes) -> DecodedBody | None:
    """A UTF-8 page with Windows-1252 bytes pasted in, repaired; None when the body is not mixed."""
    if not _UTF8_MULTIBYTE.search(body):
        return None  # no real UTF-8 anywhere: plain Windows-1252, not a mix
    repaired = UnicodeDammit.detwingle(body)
    text = _strict(repaired, "utf_8")
    if text is None:
        return None
    return DecodedBody(text, "utf_8", corrected=True, body=repaired)


def decode_body(body: bytes, declared: str | None) -> DecodedBody:
    """The text of ``body`` given the ``declared`` charset (header or ``<meta>``), overruling it when the
    bytes prove it wrong. Pure; never raises."""
    codec = _codec(declared) or _codec(_self_declared(body) if declared is None else None) or "utf_8"
    if codec in _SINGLE_BYTE_WESTERN and not body.isascii():
        text = _strict(body, "utf_8")
        if text is not None:
            return DecodedBody(text, "utf_8", corrected=True)
        mixed = _untwingled(body)
        if mixed is not None:
            return mixed
    if codec == "utf_8":
        text = _strict(body, "utf_8")
        if text is not None:
            return DecodedBody(text, "utf_8", corrected=False)
        mixed = _untwingled(body)
        if mixed is not None:
            return mixed
        text = _strict(body, "cp1252")
        if text is not None:
            return DecodedBody(text, "cp1252", corrected=True)
        return DecodedBody(body.decode("utf_8", errors="replace"), "utf_8", corrected=False)
    if codec in _SINGLE_BYTE_WESTERN:
        codec = "cp1252"  # what browsers do with a latin-1 label: 0x80-0x9F are cp1252 punctuation
    text = _strict(body, codec)
    if text is not None:
        return DecodedBody(text, codec, corrected=False)
    return DecodedBody(body.decode(codec, errors="replace"), codec, corrected=False)
