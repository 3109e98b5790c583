"""The extraction cascade: site selectors -> structured data -> generic main-content extraction.

Each step returns the raw values it found; the cascade takes, field by field, the first step that found
a value, then parses dates and resolves URLs. ``Extracted.missing`` names the selectors that found
nothing, which is how ``siaran sources check`` notices a redesigned site. The page is parsed once (with
trafilatura's parser) and every step reads the same lxml tree.

**Headline.** The source's ``title`` selector when it has one; otherwise the agreement of ``<h1>``,
``og:title``, JSON-LD ``headline`` and ``<title>`` with the site name removed (``headline.py``).

**Publication date: the order of evidence.** A date is only ever taken from something the page (or the
feed that listed it) states, in this order of trust:

1. the source's ``date`` selector, when it has one;
2. ``metadata``: JSON-LD ``datePublished``, then ``<meta>`` (``article:published_time``, ``pubdate``,
   ``date``, ``DC.date`` ...), then microdata ``itemprop="datePublished"``;
3. ``time``: a ``<time datetime>`` marked as the publication time, or the first one near the headline;
4. ``dateline``: the visible dateline near the headline, read by Siaran's own parser (``dates.py``),
   time and zone kept ("Rabu, 17 Juli 2024 | 14:30 WIB" is 07:30 UTC with a time);
5. ``feed``: the publication date the feed entry that led to the page states (request meta
   ``siaran_feed_date``; never a sitemap ``<lastmod>`` or Atom ``<updated>``, which say when the page
   changed), only when the page itself states no date at all.

The first one that parses wins, except that when a later page source names the same day with a time of
day and the winner has none, the one with the time wins. A value must name a day, month and year: a
year-only or year-month value is not a publication date, and nothing is ever read from the body's
prose, from the URL or from the crawl time. When nothing qualifies the release is stored undated
(``published_at=None``, ``date_source=None``); ``raw_date`` then holds the text that did not parse, if
any. ``Extracted.date_source`` records which kind of evidence was used.

**Body.** The ``body`` selector when the source has one; otherwise trafilatura's main-content extraction
on the page without its chrome and the article's header block, then minus the site's furniture: lines
that also appear in the page's own chrome, link rows ("Baca juga: ...", "Bagikan: Facebook Twitter"),
and lines learnt during the run to recur on the pages of the source (``furniture.py``).

**Truncation.** A page whose document never closes and whose text stops mid-sentence (or inside a tag)
is flagged ``truncated``; what was read is kept (``truncation.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin

from parsel import Selector

from scraper.extraction.article_header import header_blocks
from scraper.extraction.dateline import find_dateline, find_microdata_date, find_time_element, headline_window
from scraper.extraction.dates import parse_date
from scraper.extraction.furniture import chrome_elements, chrome_lines, link_rows, remove_furniture
from scraper.extraction.generic import extract_body
from scraper.extraction.headline import choose_headline, find_headline_element, headline_candidates
from scraper.extraction.html_text import furniture_key
from scraper.extraction.pubdate import DateEvidence, choose_publication_date, evidence, unparsed
from scraper.extraction.roles import element_roles
from scraper.extraction.selectors import extract_with_selectors
from scraper.extraction.structured import extract_structured, meta_map
from scraper.extraction.truncation import is_truncated
from scraper.sources import Selectors

TEXT_FIELDS = ("title", "subtitle", "author", "image", "alternate")
_META_TAG = re.compile(r"(?:^|[\s>+~,(/:])meta(?:$|[\s\[.#:,)/])")  # the <meta> tag, not ".post-meta"


@dataclass
class Extracted:
    title: str | None = None
    subtitle: str | None = None
    published_at: datetime | None = None
    published_has_time: bool = False
    date_source: str | None = None  # 'metadata' | 'time' | 'dateline' | 'feed' | None (undated)
    updated_at: datetime | None = None
    author: str | None = None
    tags: list[str] = field(default_factory=list)
    image_url: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    canonical_url: str | None = None
    alternate_urls: dict[str, str] = field(default_factory=dict)
    language: str | None = None
    extractor: str = "none"
    raw_date: str | None = None
    missing: list[str] = field(default_factory=list)
    truncated: bool = False
    page_title: str | None = None  # the <title> text (the spider learns the site name from it)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


def _merge(steps: list[tuple[str, dict]]) -> tuple[dict, dict]:
    merged: dict = {}
    origin: dict = {}
    for name, found in steps:
        for key, value in found.items():
            if key not in merged and value:
                merged[key] = value
                origin[key] = name
    return merged, origin


def parse_page(html: str):
    """The page as an lxml tree, parsed like trafilatura parses it (so its extraction can reuse it)."""
    from trafilatura.utils import load_html

    if not html or not html.strip():
        return None
    try:
        return load_html(html)
    except (ValueError, TypeError):
        return None


def _selector_date_source(query: str | None) -> str:
    """What a hand-written date selector points at: a ``<meta>``, a ``<time datetime>``, or visible text."""
    query = (query or "").lower()
    if _META_TAG.search(query):
        return "metadata"
    if "datetime" in query:
        return "time"
    return "dateline"


def _without_header_lines(paragraphs: list[str], keys: set[str]) -> list[str]:
    """Leading paragraphs that repeat the headline or the dateline are fields, not body."""
    out = list(paragraphs)
    while out and furniture_key(out[0]) in keys:
        out.pop(0)
    return out


def _without_learnt_edges(paragraphs: list[str], learnt: frozenset[str]) -> list[str]:
    """Lines learnt to recur on the source's pages are removed where furniture sits: the body's edges."""
    out = list(paragraphs)
    while out and furniture_key(out[-1]) in learnt:
        out.pop()
    while out and furniture_key(out[0]) in learnt:
        out.pop(0)
    return out


def extract(html: str, url: str, selectors: Selectors | None = None, *, language: str | None = None,
            month_first: bool = False, now: datetime | None = None, feed_date: str | None = None,
            furniture: frozenset[str] = frozenset(), site_names: frozenset[str] = frozenset()) -> Extracted:
    """Extract one article page. Pure: the same HTML, URL and arguments always give the same fields.

    ``feed_date`` is the date the feed or sitemap entry gave (last resort); ``furniture`` and
    ``site_names`` are what the spider learnt from earlier pages of the run (``FurnitureLearner``)."""
    tree = parse_page(html)
    if tree is None:
        return Extracted()
    sel = Selector(root=tree, type="html")
    steps: list[tuple[str, dict]] = []
    missing: list[str] = []
    if selectors is not None:
        found = extract_with_selectors(sel, selectors)
        steps.append(("selectors", found))
        missing = [name for name in selectors.required if name not in found and getattr(selectors, name)]
    meta = meta_map(tree)
    structured = extract_structured(tree, meta)
    steps.append(("structured", structured))
    merged, origin = _merge(steps)

    roles = element_roles(tree)
    out = Extracted(missing=missing)
    title_el = tree.find(".//title")
    out.page_title = " ".join(title_el.text_content().split()) if title_el is not None else None

    # Headline: selectors, else agreement.
    if origin.get("title") == "selectors":
        out.title = merged["title"]
    else:
        candidates = headline_candidates(tree, meta, structured.get("title_jsonld"), url, site_names, roles)
        candidates.site_names += structured.get("site_names", [])
        out.title = choose_headline(candidates)
    anchor = find_headline_element(tree, out.title, url)
    window = headline_window(tree, anchor, roles.listing)

    # Dates: the order of evidence (module docstring).
    found_dates: list[DateEvidence | None] = []
    if origin.get("date") == "selectors":
        found_dates.append(evidence(_selector_date_source(selectors.date), merged["date"],
                                    month_first=month_first, now=now))
    found_dates.append(evidence("metadata", structured.get("date"), month_first=month_first, now=now))
    found_dates.append(evidence("metadata", find_microdata_date(tree), month_first=month_first, now=now))
    time_el = find_time_element(tree, window)
    found_dates.append(evidence("time", time_el[0] if time_el else None, month_first=month_first, now=now))
    dateline = find_dateline(window)
    found_dates.append(evidence("dateline", dateline.text if dateline else None, month_first=month_first,
                                now=now))
    found_dates.append(evidence("feed", feed_date, now=now))
    chosen = choose_publication_date(found_dates)
    if chosen is not None:
        out.published_at, out.published_has_time = chosen.parsed.value, chosen.parsed.has_time
        out.date_source, out.raw_date = chosen.source, chosen.raw
    else:
        bad = unparsed(found_dates)
        out.raw_date = bad.raw if bad else None

    # Body: selectors, else generic main content without chrome, header block and furniture.
    if "body" in merged:
        out.paragraphs = list(merged["body"])
        out.extractor = origin["body"]
    else:
        keep = anchor if anchor is not None else tree.find(".//article")
        chrome = chrome_elements(roles.chrome, keep)
        furniture_keys = chrome_lines(chrome) | link_rows(tree)
        header = header_blocks(dateline.element if dateline else None, time_el[1] if time_el else None,
                               headline=anchor)
        paragraphs = extract_body(tree, url, chrome + header)
        paragraphs = remove_furniture(paragraphs, furniture_keys)
        header_keys = {furniture_key(out.title)} | ({furniture_key(dateline.text)} if dateline else set())
        paragraphs = _without_header_lines(paragraphs, header_keys - {""})
        out.paragraphs = _without_learnt_edges(paragraphs, furniture)
        out.extractor = "generic" if out.paragraphs else "none"
    out.truncated = is_truncated(html, out.paragraphs)

    out.subtitle = merged.get("subtitle")
    out.author = merged.get("author")
    out.tags = list(merged.get("tags") or [])
    out.captions = list(merged.get("captions") or [])
    if merged.get("image"):
        out.image_url = urljoin(url, merged["image"])
    out.attachments = [urljoin(url, a) for a in merged.get("attachments") or []]
    if merged.get("canonical"):
        out.canonical_url = urljoin(url, merged["canonical"])
    out.alternate_urls = {k: urljoin(url, v) for k, v in (merged.get("alternates") or {}).items()}
    if merged.get("alternate"):
        other = "en" if language == "id" else "id"
        out.alternate_urls.setdefault(other, urljoin(url, merged["alternate"]))
    out.language = language or (merged.get("language") or merged.get("html_lang") or "")[:2] or None
    if merged.get("updated"):
        parsed = parse_date(merged["updated"], month_first=month_first, now=now)
        if parsed:
            out.updated_at = parsed.value
    return out
