"""The generic spider engine: one class reads any source entry.

It asks the source's discovery strategies for article URLs, skips what the archive already has (see
``scraper.incremental``), extracts each article with the cascade, and reports every page it cannot use
with its URL and reason instead of storing a broken release.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from urllib.parse import urlsplit

import scrapy
from scrapy import Request
from scrapy.http import TextResponse

from archive.db import get_database
from archive.fingerprints import canonicalize_url
from scraper.discovery import strategy_class
from scraper.extraction.cascade import extract
from scraper.incremental import KnownArticles
from scraper.items import ReleaseItem
from scraper.report import crawl_error
from scraper.sources import SourceConfig

NON_HTML_EXTENSIONS = re.compile(
    r"\.(pdf|docx?|xlsx?|pptx?|zip|rar|7z|jpe?g|png|gif|webp|mp[34]|avi|mov|csv|xml|json)(\?|$)", re.I
)


def _truthy(value) -> bool:
    return str(value).strip().lower() in {"1", "true", "yes", "on"}


class AgencySpider(scrapy.Spider):
    source: SourceConfig  # set on each generated subclass

    def __init__(self, *args, full=False, base_url: str | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.full = _truthy(full)
        if base_url:
            self.source = self.source.with_base_url(base_url)
        self.allowed_domains = [urlsplit(self.source.base_url).hostname]
        self.article_pattern = re.compile(self.source.article_url_pattern) if self.source.article_url_pattern else None
        self.requested: set[str] = set()
        self.known: KnownArticles | None = None

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        db = get_database(crawler.settings["SIARAN_DATABASE_URL"])
        spider.known = KnownArticles.load(db, spider.name, recheck_days=crawler.settings.getint(
            "SIARAN_RECHECK_DAYS", 3), full=spider.full)
        return spider

    async def start(self):
        for config in self.source.discovery:
            for request in strategy_class(config.kind)(self, config).start():
                yield request

    # -- helpers for discovery strategies -------------------------------------------------------
    def is_article_url(self, url: str) -> bool:
        if NON_HTML_EXTENSIONS.search(urlsplit(url).path):
            self.crawler.stats.inc_value("siaran/non_html_links")
            return False
        return self.article_pattern is None or bool(self.article_pattern.search(url))

    def article_request(self, url: str, *, language: str | None, referer: str | None = None,
                        meta: dict | None = None, callback=None) -> Request | None:
        """A request for an article page, or None when the archive has it and no re-check is due."""
        key = canonicalize_url(url)
        if key in self.requested:
            return None
        self.requested.add(key)
        decision = self.known.decision(url)
        if decision == "skip":
            self.crawler.stats.inc_value("siaran/skipped_known")
            return None
        request_meta = {"siaran_language": language, "handle_httpstatus_list": [304], **(meta or {})}
        if decision == "recheck":
            request_meta["siaran_known"] = self.known.conditional_headers(url)
        headers = {"Referer": referer} if referer else None
        return Request(url, callback=callback or self.parse_article, errback=self.on_error,
                       meta=request_meta, headers=headers)

    def record_error(self, url: str, reason: str) -> None:
        self.crawler.signals.send_catch_log(crawl_error, url=url, reason=reason, spider=self)

    def on_error(self, failure) -> None:
        request = failure.request
        response = getattr(failure.value, "response", None)
        if response is not None:
            reason = f"HTTP {response.status}"
        else:
            reason = f"{type(failure.value).__name__}: {failure.getErrorMessage()}"
        self.record_error(request.url, reason)

    # -- articles -------------------------------------------------------------------------------
    def parse_article(self, response):
        if response.status == 304:
            self.crawler.stats.inc_value("siaran/unchanged")
            return
        if not isinstance(response, TextResponse) or b"html" not in (response.headers.get("Content-Type") or b"html"):
            ctype = (response.headers.get("Content-Type") or b"?").decode("latin-1")
            self.crawler.stats.inc_value("siaran/non_html")
            self.logger.info("skipped non-HTML %s (%s)", response.url, ctype)
            return
        language = response.meta.get("siaran_language")
        if self.source.soft_404_without and not response.css(self.source.soft_404_without):
            self.record_error(response.url, f"soft 404: HTTP 200 without {self.source.soft_404_without!r}")
            return
        selectors = self.source.selectors_en if language == "en" and self.source.selectors_en else self.source.selectors
        found = extract(response.text, response.url, selectors, language=language,
                        month_first=self.source.month_first_dates)
        item = self.build_item(response, found)
        problem = self.validate(item, found)
        if problem:
            self.record_error(response.url, problem)
            return
        yield item

    def build_item(self, response, found) -> ReleaseItem:
        return ReleaseItem(
            source=self.name,
            url=response.url,
            canonical_url=found.canonical_url or response.url,
            language=found.language,
            title=found.title,
            subtitle=found.subtitle,
            published_at=found.published_at,
            published_has_time=found.published_has_time,
            updated_at=found.updated_at,
            author=found.author,
            tags=found.tags,
            image_url=found.image_url,
            body=found.body,
            captions=found.captions,
            alternate_urls=found.alternate_urls,
            attachments=found.attachments,
            external_id=response.meta.get("siaran_external_id"),
            http_status=response.status,
            fetched_at=datetime.now(timezone.utc),
            etag=(response.headers.get("ETag") or b"").decode("latin-1") or None,
            last_modified=(response.headers.get("Last-Modified") or b"").decode("latin-1") or None,
            raw_html=response.body,
            extractor=found.extractor,
        )

    def validate(self, item: ReleaseItem, found) -> str | None:
        """Why a page cannot become a release, or None. Missing body is the clean pipeline's call."""
        if not item.title:
            return "no title found"
        if item.published_at is None:
            if found.raw_date:
                return f"unparseable date {found.raw_date!r}"
            return "no publication date found"
        return None
