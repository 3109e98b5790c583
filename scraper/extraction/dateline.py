"""The visible dateline: the short line near the headline that states when the release was published.

"Rabu, 17 Juli 2024 | 14:30 WIB", "Diposting pada 14 Oktober 2025", "Jumat, 10 Juli 2026 01:42 WIB" sit
just under (sometimes just above) the headline, alone or in a meta row with the author and a view
counter. A date anywhere else is not the page's date: a sentence of the body ("Since 2020 ...", "pada
17 Juli 2024 ..."), a sidebar of other releases with their own dates, a footer year. So the search
only looks at short texts in a window around the headline that ends where the body's long paragraphs
begin, only takes texts shaped like a full date (``dates.looks_like_full_date``), and rejects texts
that read like a sentence. ``<time datetime>`` elements are read in the same window (or anywhere when
marked as the publication time).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scraper.extraction.dates import looks_like_full_date

__all__ = ["DatelineMatch", "find_dateline", "find_microdata_date", "find_time_element", "headline_window",
           "is_dateline_text"]

_MAX_LINE = 120  # a meta row (author | date | views) fits; a body paragraph does not
_LONG_PARAGRAPH = 150
_WINDOW_BEFORE = 8  # a kicker or date above the headline
_WINDOW_AFTER = 60
_TEXT_TAGS = {"p", "div", "span", "time", "small", "li", "td", "em", "strong", "b", "i", "font", "abbr",
              "h2", "h3", "h4", "h5", "h6", "dd", "dt", "a", "section", "header", "label", "address"}
# Words that are not a sentence: labels and meta vocabulary around a dateline.
_DATE_BITS = re.compile(
    r"\d+|\b(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|wib|wita|wit|utc|gmt|pukul|pkl|jam|am|pm|januari|january|februari|pebruari"
    r"|february|maret|march|april|mei|may|juni|june|juli|july|agustus|august|september|oktober|october"
    r"|november|nopember|desember|december|jan|feb|mar|apr|jun|jul|agu|agt|aug|sep|sept|okt|oct|nov|nop"
    r"|des|dec)\b", re.IGNORECASE)
_MAX_OTHER_WORDS = 8
_META_WORDS = frozenset({
    "diposting", "dipublikasikan", "diterbitkan", "diunggah", "diperbarui", "pada", "tanggal", "tgl", "oleh",
    "posted", "published", "updated", "on", "by", "date", "admin", "humas", "redaksi", "kali", "dibaca",
    "dilihat", "views", "hits", "pukul", "waktu", "jam", "wib", "wita", "wit", "terbit", "rilis", "release",
})
_PLACE_DATELINE = re.compile(
    r"^\s*([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})\s*,\s*(.{6,40}?\d{4}(?:\s*[|,-]?\s*\d{1,2}[:.]\d{2}"
    r"(?:\s*(?:WIB|WITA|WIT))?)?)\s*(?:[-–—(/]|\)\s)"
)


@dataclass(frozen=True)
class DatelineMatch:
    text: str
    element: object  # the lxml element holding the dateline (so the body can leave it out)


def is_dateline_text(text: str) -> bool:
    """A short text holding a full date and little else (not a sentence that mentions a date)."""
    if not text or len(text) > _MAX_LINE or not looks_like_full_date(text):
        return False
    rest = _DATE_BITS.sub(" ", text)
    words = re.findall(r"[^\W\d_]{2,}", rest)
    if len(words) > _MAX_OTHER_WORDS:
        return False
    # "Acara berlangsung pada 17 Juli 2024." is a sentence; "Diposting pada 17 Juli 2024." is not.
    if text.rstrip().endswith((".", "!", "?")):
        return all(w.lower() in _META_WORDS for w in words)
    return True


def _text(el) -> str:
    return " ".join(el.text_content().split())


_SKIP_XPATH = (
    "//aside | //nav | //footer | //*[contains(@class,'sidebar') or contains(@class,'widget')"
    " or contains(@class,'related') or contains(@class,'terkait') or contains(@class,'populer')"
    " or contains(@class,'popular') or contains(@class,'lainnya') or contains(@class,'terbaru')"
    " or contains(@class,'latest') or contains(@class,'recent') or contains(@class,'comment')]"
)


def _own_text_length(el) -> int:
    """Characters of text directly in the element (not in its children): a paragraph's worth means the
    body has begun, whether it is a ``<p>`` or ``<br>``-separated text in a table cell."""
    return len((el.text or "").strip()) + sum(len((c.tail or "").strip()) for c in el)


def _last_descendant(el):
    while len(el):
        el = el[-1]
    return el


def _walk(elements, skip_roots: set, start=None):
    """Elements of an iterator in document order, without the subtrees rooted in ``skip_roots``."""
    until = None
    for el in elements:
        if until is not None:
            if el is until:
                until = None
            continue
        if el in skip_roots and el is not start:
            last = _last_descendant(el)
            if last is not el:
                until = last
            continue
        yield el


def _following(anchor, skip: set):
    """Elements after ``anchor`` in document order (not its descendants), lazily, skipping ``skip``."""
    for node in (anchor, *anchor.iterancestors()):
        for sibling in node.itersiblings():
            yield from _walk(sibling.iter(), skip)


def _preceding(anchor, skip: set, limit: int) -> list:
    """Up to ``limit`` elements before ``anchor`` (not its ancestors), nearest first, skipping ``skip``."""
    out: list = []
    for node in (anchor, *anchor.iterancestors()):
        for sibling in node.itersiblings(preceding=True):
            out.extend(reversed(list(_walk(sibling.iter(), skip))))
            if len(out) >= limit:
                return out[:limit]
    return out


def headline_window(tree, anchor, listing: set | None = None) -> tuple[list, list]:
    """Elements near the anchor in document order: a few before it (nearest first), then those after it
    up to the first block of running text (the body has begun). Sidebars, related-release lists,
    navigation and footers (``listing``, from ``roles.element_roles``) are never in the window: their
    dates belong to other pages. Without an anchor, the window starts at the top of
    ``<article>``/``<main>``/``<body>``."""
    skip = set(tree.xpath(_SKIP_XPATH)) if listing is None else set(listing)
    if anchor is None:
        start = next((el for el in (tree.find(".//article"), tree.find(".//main"), tree.find(".//body"))
                      if el is not None), None)
        if start is None:
            return [], []
        elements = _walk(start.iter(), skip, start)
        next(elements)
        return [], _until_body(elements)
    skip -= set(anchor.iterancestors())
    before = [el for el in _preceding(anchor, skip, _WINDOW_BEFORE * 3)
              if isinstance(el.tag, str) and _same_block(el, anchor)]
    return before, _until_body(_following(anchor, skip))


def _same_block(el, anchor) -> bool:
    """Whether ``el`` and the headline share a container below ``<body>``. A date above the headline is its
    dateline only inside the article's own block (a kicker, a meta row over the title); one that shares
    nothing but ``<body>`` with it sits in the page's top bar, where portals print today's date on every
    page ("06/12/2026" stored as the date of an undated release)."""
    above = set(anchor.iterancestors())
    common = next((a for a in el.iterancestors() if a in above), None)
    return common is not None and common.tag not in ("body", "html")


def _until_body(elements) -> list:
    after = []
    for el in elements:
        if not isinstance(el.tag, str):
            continue
        after.append(el)
        if _own_text_length(el) >= _LONG_PARAGRAPH or len(after) >= _WINDOW_AFTER * 3:
            break
    return after


def find_dateline(window: tuple[list, list]) -> DatelineMatch | None:
    """The visible dateline in the headline's ``window`` (``headline_window``), or None.

    Texts after the headline are tried first (nearest first), then those just above it. The smallest
    element holding the date is returned, so the caller can leave exactly that line out of the body.
    """
    before, after = window
    for group in (after, before):
        for el in group:
            if el.tag not in _TEXT_TAGS:
                continue
            text = _text(el)
            if is_dateline_text(text):
                return DatelineMatch(text, _smallest(el))
    # A news dateline opening the first paragraph: "Jakarta, Rabu (17/7/2024) – ..." / "Jakarta, 17 Juli 2024 -"
    for el in after:
        if el.tag == "p":
            m = _PLACE_DATELINE.match(_text(el))
            if m and looks_like_full_date(m.group(2)):
                return DatelineMatch(m.group(2), None)
            if len(_text(el)) > _LONG_PARAGRAPH:
                break
    return None


def _smallest(el):
    """The innermost descendant that still holds the whole dateline."""
    for child in el:
        if isinstance(child.tag, str) and is_dateline_text(_text(child)):
            return _smallest(child)
    return el


def find_time_element(tree, window: tuple[list, list]) -> tuple[str, object] | None:
    """``<time datetime>`` of the publication: one marked as such anywhere (``pubdate``,
    ``itemprop=datePublished``, class ``published``/``entry-date``), else the first in the headline's
    window. Returns the attribute value and the element."""
    for el in tree.iter("time"):
        marks = f"{el.get('class') or ''} {el.get('itemprop') or ''}".lower()
        if el.get("datetime") and (el.get("pubdate") is not None or "published" in marks
                                   or "datepublished" in marks or "entry-date" in marks):
            return el.get("datetime"), el
    before, after = window
    for el in [*after, *before]:
        if el.tag == "time" and el.get("datetime"):
            return el.get("datetime"), el
    return None


def find_microdata_date(tree) -> str | None:
    """``itemprop="datePublished"`` on a visible element (``content`` or ``datetime`` attribute)."""
    for el in tree.xpath('//*[@itemprop="datePublished"][not(self::meta)]'):
        value = el.get("content") or el.get("datetime")
        if value:
            return value
    return None
