"""A site's furniture: the lines every page repeats around the article (name banner, menu, footer line
"Hak Cipta © 2024 Kementerian ...", address, "Bagikan:" share row, "Baca juga" links), which must never
become paragraphs of a release body.

Two sources of knowledge, both reduced to a set of ``furniture_key``s (the line, spacing and case folded):

- **the page itself** (``chrome_lines``): texts inside the page's own chrome, that is ``<header>``,
  ``<footer>``, ``<nav>``, ``<aside>`` and elements whose class or id names a menu, sidebar, footer,
  share row or related-links box, outside the element that holds the headline. A body paragraph equal to
  one of them is furniture. This needs no other page, so the first page of a run is as clean as the last.
- **the run** (``FurnitureLearner``): a line seen in the bodies of at least three different pages of the
  same source is furniture from then on (a footer line that a template puts inside the content area).

``remove_furniture`` is the pure step that applies the set; trailing share/"Baca juga" lines are removed
only when the page marks them as chrome (a share/related element, or text that is mostly links), never
because of their wording alone.
"""

from __future__ import annotations

import re
from collections import Counter

from scraper.extraction.html_text import furniture_key, line_key

__all__ = ["FurnitureLearner", "chrome_elements", "chrome_lines", "remove_furniture"]

_BLOCKS = ("p", "div", "li", "td", "h2", "h3", "h4", "h5", "h6", "span", "a", "address", "small", "dd")
_MAX_CHROME_LINE = 300
_LONG_PARAGRAPH = 150
# A trailing line that is mostly link text and this short is a link row, not a sentence of the release.
_LINK_ROW_WORDS = 14
_ROW_TAGS = {"p", "div", "li", "span"}
_LABELLED_ROW_WORDS = 40  # "Baca juga: <a whole headline>"
_LEARN_MIN_PAGES = 3


def chrome_elements(chrome: set, keep) -> list:
    """The outermost of the page's chrome elements (``roles.element_roles(tree).chrome``) that neither
    contain ``keep`` (the headline element, or the article element) nor hold the article's running text:
    a theme that wraps everything in ``<div class="site-header-wrapper">`` must not take the article with
    it. ``<body>`` and ``<html>`` never count."""
    protected = set(keep.iterancestors()) | {keep} if keep is not None else set()
    accepted = {el for el in chrome
                if el not in protected and el.tag not in ("body", "html") and not _holds_article_text(el)}
    return [el for el in accepted if not any(a in accepted for a in el.iterancestors())]


def _holds_article_text(el) -> bool:
    """Chrome holds short lines; two long paragraphs (or an ``<h1>``) mean the element wraps content."""
    if el.find(".//h1") is not None:
        return True
    long_paragraphs = 0
    for p in el.iter("p"):
        if len(p.text_content()) > _LONG_PARAGRAPH:
            long_paragraphs += 1
            if long_paragraphs >= 2:
                return True
    return False


def chrome_lines(elements) -> set[str]:
    """``furniture_key``s of the texts inside the chrome elements (each block and each element whole)."""
    lines: set[str] = set()
    for element in elements:
        for el in element.iter(*_BLOCKS, element.tag):
            text = el.text_content()
            if text and len(text) <= _MAX_CHROME_LINE:
                key = furniture_key(text)
                if key:
                    lines.add(key)
    return lines


_LEAD_WORDS = re.compile(
    r"^(baca juga|baca|lihat juga|simak juga|read also|read more|see also|also read|bagikan|share|berita terkait"
    r"|artikel terkait|related|tags?|tag|kategori|category|sumber foto)\b", re.IGNORECASE)


def link_rows(tree) -> set[str]:
    """Keys of short lines that are link rows, not sentences: "Baca juga: <link>", "Bagikan: Facebook
    Twitter WhatsApp". A line counts when its link text is most of it and it either opens with such a
    label or is several links in a row (a real sentence that ends in one link is kept)."""
    rows: set[str] = set()
    lines = {a.getparent() for a in tree.iter("a")} - {None}
    lines |= {el.getparent() for el in lines if el.tag not in _ROW_TAGS} - {None}  # <p><em><a>..</a></em></p>
    for el in lines:
        if el.tag not in _ROW_TAGS or len(el) > 12:
            continue  # a wrapper, not a line
        anchors = list(el.iter("a"))
        text = " ".join(el.text_content().split())
        words = len(text.split())
        if not text or words > _LABELLED_ROW_WORDS:
            continue
        linked = sum(len("".join(a.text_content().split())) for a in anchors)
        share = linked / max(1, len(text.replace(" ", "")))
        if (share >= 0.5 and _LEAD_WORDS.match(text)) or (len(anchors) >= 2 and share >= 0.7
                                                            and words <= _LINK_ROW_WORDS):
            rows.add(furniture_key(text))
    return rows


# The heading of a list of other pages ("BERITA LAINNYA", "Related news"): a label, never a sentence.
_SECTION_LABEL = re.compile(
    r"^(?:(?:berita|artikel|rilis|siaran pers|informasi|kabar)\s+(?:lainnya|terkait|terbaru|terpopuler|populer|terkini)"
    r"|(?:related|latest|more|other|popular|recent)\s+(?:news|articles|posts|stories|releases|press releases)"
    r"|baca juga|lihat juga|bagikan|share|share this|tags?|kembali|cetak|print)$"
)


def is_section_label(text: str) -> bool:
    return bool(_SECTION_LABEL.match(line_key(text)))


def remove_furniture(paragraphs: list[str], furniture: set[str] | frozenset[str]) -> list[str]:
    """The paragraphs that are neither furniture lines nor the label of a list of other pages. Pure."""
    return [p for p in paragraphs if furniture_key(p) not in furniture and not is_section_label(p)]


class FurnitureLearner:
    """Counts, over one spider run, on how many pages of a source each body line appears; a line on at
    least ``min_pages`` different pages is furniture (and so is a ``<title>`` part that recurs: the
    site name)."""

    def __init__(self, min_pages: int = _LEARN_MIN_PAGES, max_words: int = 30) -> None:
        self.min_pages = min_pages
        self.max_words = max_words
        self._lines: Counter[str] = Counter()
        self._titles: Counter[str] = Counter()
        self._title_text: dict[str, str] = {}
        self._pages: set[str] = set()

    def observe(self, url: str, paragraphs: list[str], title_parts: list[str] = ()) -> None:
        if url in self._pages:
            return
        self._pages.add(url)
        self._lines.update({furniture_key(p) for p in paragraphs if len(p.split()) <= self.max_words} - {""})
        for part in title_parts:
            key = line_key(part)
            if key and key not in self._titles:
                self._title_text[key] = part
            self._titles[key] += 1

    def lines(self) -> frozenset[str]:
        return frozenset(k for k, n in self._lines.items() if n >= self.min_pages)

    def site_names(self) -> frozenset[str]:
        return frozenset(self._title_text[k] for k, n in self._titles.items() if n >= self.min_pages and k)
