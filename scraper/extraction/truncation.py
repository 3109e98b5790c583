"""Was the page cut off? A download that stops mid-page (a server timeout, a proxy limit) still parses:
HTML parsers close whatever is open, so the damage is silent. Two signs together give it away: the
document never closed (no ``</body>`` or ``</html>``), and the text stops where no text ends (the last
paragraph without final punctuation, or the markup itself stops inside a tag).

A page that merely forgets its closing tags but ends its text properly is complete; a release whose
last line has no full stop but whose document closes properly is complete too.
"""

from __future__ import annotations

import re

__all__ = ["is_truncated"]

_CLOSING = re.compile(rb"</\s*(?:body|html)\s*>", re.IGNORECASE)
_CLOSING_TEXT = re.compile(r"</\s*(?:body|html)\s*>", re.IGNORECASE)
_FINAL = re.compile(r"[.!?…:;)\]\"'”’»)]\s*$")
_TAIL_BYTES = 4096


def _has_closing_tags(html: str | bytes) -> bool:
    if isinstance(html, bytes):
        return _CLOSING.search(html[-_TAIL_BYTES:]) is not None or _CLOSING.search(html) is not None
    return _CLOSING_TEXT.search(html[-_TAIL_BYTES:]) is not None or _CLOSING_TEXT.search(html) is not None


def is_truncated(html: str | bytes, paragraphs: list[str]) -> bool:
    """True when the page was cut off: no closing ``</body>``/``</html>``, and either the body text
    ends without final punctuation or the markup ends inside a tag."""
    if not html or _has_closing_tags(html):
        return False
    tail = html[-200:].decode("utf-8", "replace") if isinstance(html, bytes) else html[-200:]
    ends_mid_markup = tail.rfind("<") > tail.rfind(">")  # stopped inside a tag: "<p class="isi"
    last = paragraphs[-1].rstrip() if paragraphs else ""
    ends_mid_text = not last or _FINAL.search(last) is None
    return ends_mid_markup or ends_mid_text
