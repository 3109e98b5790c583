"""Which text a response really holds when its declared charset is wrong.

Agency servers often send a default ``charset=iso-8859-1`` header in front of a UTF-8 page (the en dash
of "Jakarta – ..." then becomes "â€“"), and older CMSs save Windows-1252 text into pages labelled UTF-8
(the curly quotes become U+FFFD). The bytes themselves tell which is true: text that decodes as strict
UTF-8 and has non-ASCII characters is almost never Windows-1252 by accident, and a body that is not valid
UTF-8 but decodes as Windows-1252 without a hole is Windows-1252.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

# Single-byte labels servers use by default; w3lib maps all of them to cp1252 anyway.
_SINGLE_BYTE_WESTERN = {"latin_1", "iso8859_1", "cp1252", "ascii", "iso8859_15"}


@dataclass(frozen=True)
class DecodedBody:
    text: str
    encoding: str  # Python codec name of what was used
    corrected: bool  # True when the declared charset was overruled


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


def decode_body(body: bytes, declared: str | None) -> DecodedBody:
    """The text of ``body`` given the ``declared`` charset (header or ``<meta>``), overruling it when the
    bytes prove it wrong. Pure; never raises."""
    codec = _codec(declared) or "utf_8"
    if codec in _SINGLE_BYTE_WESTERN and not body.isascii():
        text = _strict(body, "utf_8")
        if text is not None:
            return DecodedBody(text, "utf_8", corrected=True)
    if codec == "utf_8":
        text = _strict(body, "utf_8")
        if text is not None:
            return DecodedBody(text, "utf_8", corrected=False)
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
