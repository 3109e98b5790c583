"""Recognise a listing page's "next page" link without site-specific selectors.

Agency CMSs write their pagers in a handful of ways: ``rel="next"`` (Laravel, Drupal, WordPress's
``<link rel="next">``), a ``next`` class (WordPress ``a.next.page-numbers``, Drupal ``pager__item--next``),
a word ("Selanjutnya", "Berikutnya", "Next") or an arrow ("»", "›") as the link text, or only numbered links.
``next_page_url`` tries them in that order and keeps only links that stay inside the listing (same host,
under the listing's path), so an article's "next article" link or a "»" in a menu is not followed.
Pure: the same page gives the same answer; the listing strategy and ``siaran sources add`` share it.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from parsel import Selector

NEXT_WORDS = {"selanjutnya", "berikutnya", "next", "nextpage", "lanjut", "older", "olderposts",
              "halamanberikutnya", "sesudahnya"}
NEXT_LABELS = ("next", "selanjutnya", "berikutnya", "gotonextpage")
FORWARD_ARROWS = {"»", "›", ">", ">>", "→"}
_ARROWS = re.compile(r"[«»‹›<>→←\s]+")


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _word(text: str) -> str:
    """Link text without arrows and spaces, lower case: 'Selanjutnya »' -> 'selanjutnya'."""
    return _ARROWS.sub("", text).lower()


def within_listing(url: str, listing_url: str) -> bool:
    """Same host and under the listing's path (its directory for ``file.php``-style listings)."""
    a, b = urlsplit(url), urlsplit(listing_url)
    if a.netloc.lower() != b.netloc.lower() or a.scheme not in ("http", "https"):
        return False
    base = b.path.rstrip("/")
    if "." in base.rsplit("/", 1)[-1]:  # /berita.php: the pages are /berita.php?hal=N
        return a.path == b.path
    return a.path.rstrip("/") == base or a.path.startswith(base + "/")


def next_page_url(html: str | Selector, url: str, listing_url: str | None = None, *,
                  page_number: int | None = None) -> str | None:
    """The absolute URL of the page after ``url`` in a paginated listing, or None on the last page.

    ``listing_url`` is the first page (links must stay under it; default ``url``); ``page_number`` is the
    1-based number of ``url`` in the listing, used for pagers that are only numbered links.
    """
    sel = html if isinstance(html, Selector) else Selector(text=html)
    listing_url = listing_url or url
    base = sel.css("base::attr(href)").get()
    base = urljoin(url, base) if base else url

    def ok(href: str | None) -> str | None:
        if not href or href.strip().startswith(("#", "javascript:", "mailto:")):
            return None
        target = urljoin(base, href.strip())
        if target.split("#")[0] == url.split("#")[0] or not within_listing(target, listing_url):
            return None
        return target.split("#")[0]

    for href in _candidates(sel, page_number):
        if found := ok(href):
            return found
    return None


def _candidates(sel: Selector, page_number: int | None):
    """Hrefs that may lead to the next page, most reliable evidence first."""
    # 1. rel="next" on a link or in <head>.
    yield from sel.xpath("//a[contains(concat(' ', normalize-space(@rel), ' '), ' next ')]/@href"
                         " | //link[contains(concat(' ', normalize-space(@rel), ' '), ' next ')]/@href").getall()
    anchors = sel.xpath("//a[@href]")
    texts = [_clean(" ".join(a.xpath(".//text()").getall())) for a in anchors]
    # 2. A "next" class on the link or its list item; an aria-label or title saying next.
    for a in anchors:
        classes = " ".join(a.xpath("@class | ../@class").getall()).lower()
        label = _word(" ".join(a.xpath("@aria-label | @title").getall()))
        if re.search(r"(^|[\s_-])next($|[\s_-])", classes) or label.startswith(NEXT_LABELS):
            yield a.attrib.get("href")
    # 3. The link text: a word or a forward arrow.
    for a, text in zip(anchors, texts, strict=True):
        if _word(text) in NEXT_WORDS or (text and not _word(text) and text.replace(" ", "") in FORWARD_ARROWS):
            yield a.attrib.get("href")
    # 4. Only numbered links: the one after the current page's number.
    if page_number is not None:
        for a, text in zip(anchors, texts, strict=True):
            if text == str(page_number + 1):
                yield a.attrib.get("href")


def page_pattern(first: str, second: str) -> str | None:
    """How page 2 is addressed, for the report: '?page=N', '?hal=N', '/page/N/', '/N' (path), or None."""
    a, b = urlsplit(first), urlsplit(second)
    qa = dict(p.split("=", 1) for p in a.query.split("&") if "=" in p)
    qb = dict(p.split("=", 1) for p in b.query.split("&") if "=" in p)
    for key, value in qb.items():
        if value.isdigit() and qa.get(key) != value and a.path == b.path:
            return f"?{key}=N"
    tail = b.path.removeprefix(a.path.rstrip("/"))
    if m := re.fullmatch(r"/(page|halaman|hal|p)/\d+/?", tail):
        return f"/{m.group(1)}/N/"
    if re.fullmatch(r"/\d+/?", tail):
        return "/N"
    return None
