"""Sitemaps: plain, gzip-compressed, nested indexes, and the ``Sitemap:`` lines of robots.txt.

Built on Scrapy's public sitemap utilities (``scrapy.utils.sitemap``, ``scrapy.utils.gz.gunzip`` with a
size limit), not on ``SitemapSpider``'s private methods. A sitemap is a file an agency's CMS generates and
nobody looks at, so every way it can be wrong is expected: too large, a ``.gz`` that is not gzip, an
unparseable file, URLs on another host. Each is recorded as a crawl error with its URL and reason (so
``siaran runs --errors`` shows it) and the crawl goes on with the other sitemaps.

Entry options (``[discovery.options]``): ``max_depth`` (nested index levels followed, default 5).
``start`` may be a sitemap, a sitemap index or ``/robots.txt`` (its ``Sitemap:`` lines are followed).
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Iterator
from urllib.parse import urlsplit

from lxml.etree import XMLSyntaxError
from scrapy import Request
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from scraper.discovery.base import Discovery

logger = logging.getLogger(__name__)

# The sitemap protocol's own limit on an uncompressed file (sitemaps.org): 50 MB.
SITEMAP_MAX_SIZE = 50 * 1024 * 1024
DEFAULT_MAX_DEPTH = 5
MAX_OFFSITE_ERRORS = 5  # per sitemap file; the rest are summed up in one line
GZIP_MAGIC = b"\x1f\x8b"


class SitemapError(ValueError):
    """Why a sitemap file cannot be read; the message is the crawl error's reason."""


def is_robots_url(url: str) -> bool:
    return urlsplit(url).path.rstrip("/").endswith("/robots.txt") or urlsplit(url).path == "robots.txt"


def sitemap_body(body: bytes, url: str, *, max_size: int) -> bytes:
    """The XML of a sitemap response: gunzipped when the bytes are gzip (whatever the URL says), checked
    against ``max_size`` (compressed and uncompressed). Raises ``SitemapError`` with the reason."""
    if max_size and len(body) > max_size:
        raise SitemapError(f"sitemap too large: {len(body)} bytes, over the {max_size} byte limit")
    if body[:2] == GZIP_MAGIC:
        try:
            return gunzip(body, max_size=max_size)
        except (OSError, EOFError, struct.error) as exc:
            raise SitemapError(f"corrupt gzip sitemap: {exc}") from None
        except ValueError:  # gunzip's size guard (a ValueError subclass private to Scrapy)
            raise SitemapError(f"sitemap too large once decompressed: over the {max_size} byte limit") from None
    if urlsplit(url).path.lower().endswith(".gz") and not body.lstrip()[:1] == b"<":
        raise SitemapError("a .gz sitemap that is not gzip data (and not XML either)")
    return body


def parse_sitemap(xml: bytes) -> tuple[str, list[dict]]:
    """(root type, entries) of a sitemap document: type is 'urlset' or 'sitemapindex'; each entry a dict
    with 'loc' and, when present, 'lastmod'. Raises ``SitemapError`` for anything else."""
    try:
        sitemap = Sitemap(xml)
        kind = sitemap.type
        entries = list(sitemap)
    except StopIteration:
        raise SitemapError("unparseable sitemap: no XML element in it") from None
    except (XMLSyntaxError, ValueError) as exc:
        raise SitemapError(f"unparseable sitemap: {exc}") from None
    if kind not in {"urlset", "sitemapindex"}:
        raise SitemapError(f"not a sitemap: the root element is <{kind or '?'}>, not <urlset> or <sitemapindex>")
    return kind, [e for e in entries if e.get("loc")]


def same_site(url: str, host: str) -> bool:
    """Whether ``url`` is on ``host`` or one of its subdomains (www. and apex count as one site)."""
    other = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    host = host.lower().removeprefix("www.")
    return bool(other) and (other == host or other.endswith("." + host))


class SitemapDiscovery(Discovery):
    def start(self):
        url = self.url(self.config.start)
        if is_robots_url(url):
            yield Request(url, callback=self.parse_robots, errback=self.spider.on_error,
                          meta={"siaran_kind": "sitemap"}, priority=10)
        else:
            yield self.sitemap_request(url, depth=0)

    @property
    def max_size(self) -> int:
        settings = self.spider.settings
        return settings.getint("SIARAN_SITEMAP_MAXSIZE", 0) or SITEMAP_MAX_SIZE

    @property
    def host(self) -> str:
        return urlsplit(self.spider.source.base_url).hostname or ""

    def sitemap_request(self, url: str, depth: int) -> Request:
        # download_maxsize: a sitemap may be larger than an article page (DOWNLOAD_MAXSIZE), up to the
        # protocol's limit; the downloader cancels anything bigger and ``on_error`` records it.
        return Request(url, callback=self.parse_sitemap, errback=self.spider.on_error, cb_kwargs={"depth": depth},
                       meta={"siaran_kind": "sitemap", "download_maxsize": self.max_size}, priority=10)

    def parse_robots(self, response):
        urls = list(sitemap_urls_from_robots(response.body, base_url=response.url))
        if not urls:
            self.spider.record_error(response.url, "robots.txt names no sitemap (no 'Sitemap:' line)")
        for url in urls:
            if self.check_host(url, response.url):
                yield self.sitemap_request(url, depth=0)

    def check_host(self, url: str, found_in: str) -> bool:
        if same_site(url, self.host):
            return True
        logger.warning("%s lists %s on another host; skipped", found_in, url)
        return False

    def parse_sitemap(self, response, depth: int = 0):
        try:
            kind, entries = parse_sitemap(sitemap_body(response.body, response.url, max_size=self.max_size))
        except SitemapError as exc:
            self.spider.record_error(response.url, str(exc))
            return
        self.spider.crawler.stats.inc_value("siaran/sitemaps")
        if kind == "sitemapindex":
            yield from self.follow_index(response, entries, depth)
        else:
            yield from self.article_requests(response, entries)

    def follow_index(self, response, entries: list[dict], depth: int) -> Iterator[Request]:
        max_depth = int(self.config.options.get("max_depth", DEFAULT_MAX_DEPTH))
        if depth >= max_depth:
            self.spider.record_error(response.url, f"sitemap index nested deeper than {max_depth} levels; "
                                                   "children not followed")
            return
        for url in self.on_site(response, entries):
            yield self.sitemap_request(url, depth + 1)

    def on_site(self, response, entries: list[dict]) -> list[str]:
        """The entries' URLs on the source's site; each URL on another host is a crawl error (the first
        few by name, the rest counted), because a sitemap may only list its own site's pages."""
        kept, offsite = [], []
        for entry in entries:
            url = response.urljoin(entry["loc"])
            (kept if same_site(url, self.host) else offsite).append(url)
        for url in offsite[:MAX_OFFSITE_ERRORS]:
            self.spider.record_error(url, f"sitemap {response.url} lists a URL on another host; skipped")
        if len(offsite) > MAX_OFFSITE_ERRORS:
            self.spider.record_error(response.url, f"{len(offsite) - MAX_OFFSITE_ERRORS} more URLs on another "
                                                   "host in this sitemap; skipped")
        return kept

    def article_requests(self, response, entries: list[dict]) -> Iterator[Request]:
        lastmod = {response.urljoin(e["loc"]): e.get("lastmod") or None for e in entries}
        for url in self.on_site(response, entries):
            if not self.spider.is_article_url(url):
                continue
            # siaran_listing: a complete sitemap tells which releases left the site (scraper/incremental.py)
            meta = {**lastmod_meta(lastmod.get(url)), "siaran_listing": "sitemap"}
            request = self.spider.article_request(url, language=self.language, referer=response.url, meta=meta)
            if request is not None:
                yield request


def lastmod_meta(date: str | None) -> dict:
    """Request meta carrying a sitemap entry's ``<lastmod>`` as ``siaran_lastmod``, for change tracking only.

    ``<lastmod>`` is when the page last changed (the sitemap protocol's definition), not when the release was
    published: an undated page stored with it would carry an invented publication date (a portal's sitemap
    stamps an edit, a template change or the generation time). So it is never the extraction's fallback
    date (``siaran_feed_date``, which only a feed's stated publication date fills)."""
    date = (date or "").strip()
    return {"siaran_lastmod": date} if date else {}
