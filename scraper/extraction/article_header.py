"""The article's own header: the headline, the dateline and the meta row around them (author, category,
"1.203 kali dibaca", a "Siaran Pers" badge). They are fields of the release, not paragraphs of its body,
so the generic body extraction is handed the page without them.

From the headline element and the dateline element, the block to leave out grows to the enclosing
element as long as that stays a short, sentence-free block: "Polda Jawa Timur · Jumat, 10 Juli 2026 01:42
WIB · 1.203 kali dibaca" goes as one, while the body (long, made of sentences) is never reached.
"""

from __future__ import annotations

import re

__all__ = ["header_blocks"]

_MAX_BLOCK = 250
_MAX_META = 100
_MAX_NEIGHBOURS = 4
_SENTENCE = re.compile(r"\w+(?:\s+\S+){4,}?[.!?][\"”’)]?(?:\s|$)")
_STOP_TAGS = {"body", "html", "article", "main"}


def _text(el) -> str:
    return " ".join(el.text_content().split())


def _short_text(el, limit: int) -> str | None:
    """The element's text when it is at most ``limit`` characters, else None (without building the
    text of a whole page body just to find out it is long)."""
    parts, size = [], 0
    for piece in el.itertext():
        size += len(piece.strip())
        if size > limit:
            return None
        parts.append(piece)
    return " ".join("".join(parts).split())


def _grow(el):
    node = el
    while True:
        parent = node.getparent()
        if parent is None or not isinstance(parent.tag, str) or parent.tag in _STOP_TAGS:
            return node
        text = _short_text(parent, _MAX_BLOCK)
        if text is None or _SENTENCE.search(text):
            return node
        node = parent


def _is_meta_line(el) -> bool:
    """A short, sentence-free element: a kicker ("Press Release"), a meta row ("Dibaca: 312 kali"), a
    photo with its caption. Not a body paragraph."""
    if not isinstance(el.tag, str) or el.tag in ("script", "style"):
        return False
    text = _text(el)
    return len(text) <= _MAX_META and not _SENTENCE.search(text)


def _neighbours(block) -> list:
    """Meta lines right before and right after the headline block, up to the first real content."""
    out = []
    for siblings in (block.itersiblings(preceding=True), block.itersiblings()):
        for n, sib in enumerate(siblings):
            if n >= _MAX_NEIGHBOURS or not _is_meta_line(sib):
                break
            out.append(sib)
    return out


def header_blocks(*elements, headline=None) -> list:
    """The blocks to leave out of the body for the given header elements (None entries are ignored),
    outermost only and without duplicates. Around the ``headline`` element's block, the short
    sentence-free siblings (kicker, meta rows, photo) go too."""
    blocks = []
    extra = []
    if headline is not None:
        block = _grow(headline)
        extra = [block, *_neighbours(block)]
    for el in [*extra, *elements]:
        if el is None:
            continue
        block = _grow(el)
        if any(block is b or block in set(b.iterdescendants()) for b in blocks):
            continue
        blocks = [b for b in blocks if b not in set(block.iterdescendants())]
        blocks.append(block)
    return blocks
