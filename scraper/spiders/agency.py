"""The generic spider engine: one class reads any source entry.

It asks the source's discovery strategies for article URLs, skips what the archive already has (see
``scraper.incremental``), extracts each article with the cascade, and reports every page it cannot use
with its URL and reason instead of storing a broken release.
"""

from __future__ import annotations

import gzip
import json
import re
from urllib.parse import urlsplit

import scrapy
from scrapy import Request, signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import TextResponse

from archive.attachments.pending import reopen_unsettled
from archive.db import get_database
from archive.fingerprints import canonicalize_url
from archive.reprocess import latest_revisions
from scraper.discovery import strategy_class
from scraper.encoding import decode_body
from scraper.extraction.cascade import extract
from scraper.extraction.furniture import FurnitureLearner
from scraper.extraction.headline import title_parts
from scraper.incremental import KnownArticles
from scraper.items import ReleaseItem, item_from_extracted
from scraper.pdf_release import is_pdf, pdf_release
from scraper.recheck import RecheckPolicy, clock
from scraper.report import crawl_error
from scraper.sources import SourceConfig

NON_HTML_EXTENSIONS = re.compile(
    r"\.(pdf|docx?|xlsx?|pptx?|zip|rar|7z|jpe?g|png|gif|webp|mp[34]|avi|mov|csv|xml|json)(\?|$)", re.IGNORECASE
)


def _truthy(value) -> bool:
    return str(value).strip().lower() in {"1", "true", "yes", "on"}


def api_rechecks(spider, urls: list[str]) -> dict[str, object]:
    """URL -> the request re-checking it through its API's ``recheck_url``, for the due releases that were
    built from an API record (``extractor`` json_api; the record is kept with the latest revision). A
    release is asked for through the entry that built it (BPS: the Indonesian and the English record share
    their id, and each language has its own endpoint)."""
    strategies = [s for s in getattr(spider, "strategies", []) if getattr(getattr(s, "spec", None), "recheck_url", None)]
    pages = {url: spider.known.page(url) for url in urls}
    ids = {page.article_id: url for url, page in pages.items() if page is not None}
    if not strategies or not ids:
        return {}
    records = api_records(get_database(spider.settings["SIARAN_DATABASE_URL"]), list(ids))
    out = {}
    for article_id, record in records.items():
        for strategy in strategies:
            request = strategy.recheck_request(article_id, record, ids[article_id])
            if request is not None:
                out[ids[article_id]] = request
                break
    return out


def api_records(db, ids: list[int]) -> dict[int, dict]:
    """article id -> the API record its latest revision was built from (only releases built from one)."""
    out = {}
    with db.session() as s:
        for article, revision in latest_revisions(s, None, ids=ids):
            if article.extractor != "json_api" or not revision.raw_html_gz:
                continue
            try:
                record = json.loads(gzip.decompress(revision.raw_html_gz))
            except (OSError, ValueError):
                continue
            if isinstance(record, dict):
                out[article.id] = record
    return out


class AgencySpider(scrapy.Spider):
    source: SourceConfig  # set on each generated subclass
    # The listing walk (scraper/walk.py) follows a slice's pages in this process; a distributed spider
    # walks what it claims for the job (``claim_walk``, scraper/distributed/walks.py), its walk pages
    # kept out of the shared queue.
    walks_listings = True

    def __init__(self, *args, full=False, base_url: str | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.full = _truthy(full)
        if base_url:
            self.source = self.source.with_base_url(base_url)
        self.allowed_domains = [urlsplit(self.source.base_url).hostname]
        self.article_pattern = re.compile(self.source.article_url_pattern) if self.source.article_url_pattern else None
        self.requested: set[str] = set()
        self.skipped: set[str] = set()  # known releases skipped tonight, counted once however often met
        self.known: KnownArticles | None = None

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        db = get_database(crawler.settings["SIARAN_DATABASE_URL"])
        if crawler.settings.getbool("SIARAN_ATTACHMENTS", True) and not spider.full:
            reopen_unsettled(db, spider.name, clock(crawler.settings.get("SIARAN_NOW")))
        spider.known = KnownArticles.load(db, spider.name, full=spider.full,
                                          now=clock(crawler.settings.get("SIARAN_NOW")),
                                          policy=RecheckPolicy.from_settings(crawler.settings))
        # Releases known only through an API are re-read through it (its ``recheck_url``), never through
        # their HTML pages; an API entry without one leaves its releases unchecked.
        if any(c.kind != "json_api" or c.options.get("recheck_url") for c in spider.source.discovery):
            crawler.signals.connect(spider.recheck_due, signal=signals.spider_idle)
        return spider

    def recheck_due(self) -> None:
        """After discovery: re-check what the schedule says is due tonight (``scraper.incremental``)."""
        due = self.known.take_due()
        through_api = api_rechecks(self, [url for url, _ in due])
        for url, language in due:
            self.requested.discard(canonicalize_url(url))
            if url in through_api:
                request = through_api[url] if self.claim(url) is not None else None
            elif self.api_only:
                continue
            else:
                request = self.article_request(url, language=language)
            if request is not None:
                self.crawler.engine.crawl(request)
        if due:
            raise DontCloseSpider

    @property
    def api_only(self) -> bool:
        return all(c.kind == "json_api" for c in self.source.discovery)

    async def start(self):
        self.strategies = [strategy_class(config.kind)(self, config) for config in self.source.discovery]
        for strategy in self.strategies:
            for request in strategy.start():
                yield request

    # -- helpers for discovery strategies -------------------------------------------------------
    def is_article_url(self, url: str) -> bool:
        path = urlsplit(url).path
        if NON_HTML_EXTENSIONS.search(path) and not (self.source.pdf_releases and path.lower().endswith(".pdf")):
            self.crawler.stats.inc_value("siaran/non_html_links")
            return False
        return self.article_pattern is None or bool(self.article_pattern.search(url))

    def article_request(self, url: str, *, language: str | None, referer: str | None = None,
                        meta: dict | None = None, callback=None) -> Request | None:
        """A request for an article page, or None when the archive has it and no re-check is due."""
        decision = self.claim(url, meta)
        if decision is None:
            return None
        request_meta = {"siaran_language": language, "handle_httpstatus_list": [304], **(meta or {})}
        if decision in ("recheck", "refetch"):
            request_meta.update(self.known.request_meta(url, decision))
        headers = {"Referer": referer} if referer else None
        # dont_filter: ``self.requested`` already dedupes; Scrapy's filter would silently swallow the
        # second hop of a redirect loop (A -> B -> A) instead of reporting it.
        return Request(url, callback=callback or self.parse_article, errback=self.on_error,
                       meta=request_meta, headers=headers, dont_filter=True)

    def claim(self, url: str, meta: dict | None = None) -> str | None:
        """'fetch' or 'recheck' for an article URL not yet handled in this run; None when it was, or when
        the archive has it and no re-check is due. ``article_request`` uses it; strategies that build
        releases without fetching the page (JSON APIs) call it directly."""
        key = canonicalize_url(url)
        if key in self.requested:
            return None
        self.requested.add(key)
        decision = self.known.decision(url, meta)
        if decision == "skip":
            # Not handled yet: the same release met again tonight through another route (a sitemap whose <lastmod>
            # changed, after a listing that only showed it) gets its own decision. Which route answers first is
            # a race, and a signal lost to it waited a night.
            self.requested.discard(key)
            if key not in self.skipped:
                self.skipped.add(key)
                self.crawler.stats.inc_value("siaran/skipped_known")
            return None
        return decision

    def item_from_fields(self, url: str, found, response, *, external_id: str | None = None,
                         raw: bytes | None = None) -> ReleaseItem | None:
        """A release from fields a strategy already holds (an API record), without an HTML page.

        ``response`` is the answer that carried the fields (its status and time are the provenance;
        its validators belong to the API, not the article, so they are not kept). Validated like a page:
        None, and a crawl error for ``url``, when the release is unusable.
        """
        item = item_from_extracted(self.name, url, found, external_id=external_id, http_status=response.status,
                                   fetched_at=clock(self.settings.get("SIARAN_NOW")), raw_html=raw)
        problem = self.validate(item, found)
        if problem:
            self.record_error(url, problem)
            return None
        return item

    def record_error(self, url: str, reason: str) -> None:
        self.crawler.signals.send_catch_log(crawl_error, url=url, reason=reason, spider=self)

    def on_error(self, failure) -> None:
        request = failure.request
        if request.meta.get("siaran_gone"):
            return  # a re-check found the release gone: an observation (scraper.takedowns), not a failure
        # Report the URL the site linked to, not the last hop of a redirect chain.
        url = (request.meta.get("redirect_urls") or [request.url])[0]
        message = failure.getErrorMessage()
        if "robots.txt" in message:
            # Policy, not failure: the agency asked crawlers to stay away from this path.
            self.crawler.stats.inc_value("siaran/robots_disallowed")
            self.logger.info("not fetched (disallowed by robots.txt): %s", url)
            return
        self.record_error(url, self.failure_reason(failure.value, message))

    def failure_reason(self, exc: BaseException, message: str) -> str:
        """A one-line reason for the crawl report, naming the limit that was hit."""
        response = getattr(exc, "response", None)
        if response is not None:
            return f"HTTP {response.status}"
        name = type(exc).__name__
        if "max redirections" in message:
            return f"redirect loop or more than {self.settings.getint('REDIRECT_MAX_TIMES')} redirects"
        if name == "DownloadTimeoutError" or "took longer than" in message:
            return f"timed out: no complete answer within {self.settings.getfloat('DOWNLOAD_TIMEOUT'):g} s"
        if name == "DownloadCancelledError" and "max size" in message:
            limit = self.settings.getint("DOWNLOAD_MAXSIZE") / 1024 / 1024
            return f"too large: response over the {limit:g} MB limit (DOWNLOAD_MAXSIZE)"
        return f"{name}: {message}"

    # -- articles -------------------------------------------------------------------------------
    def parse_article(self, response):
        if response.meta.get("siaran_gone"):
            return  # a re-check found the release gone (scraper.takedowns records it)
        if response.status == 304:
            self.crawler.stats.inc_value("siaran/unchanged")
            return
        if is_pdf(response):  # a PDF-only release (scraper/pdf_release.py, docs/attachments.md)
            item = pdf_release(self, response)
            if item is not None:
                yield item
            return
        if not isinstance(response, TextResponse) or b"html" not in (response.headers.get("Content-Type") or b"html"):
            ctype = (response.headers.get("Content-Type") or b"?").decode("latin-1")
            self.crawler.stats.inc_value("siaran/non_html")
            self.logger.info("skipped non-HTML %s (%s)", response.url, ctype)
            return
        response = self.with_true_encoding(response)
        language = response.meta.get("siaran_language")
        if self.source.soft_404_without and not response.css(self.source.soft_404_without):
            self.record_error(response.url, f"soft 404: HTTP 200 without {self.source.soft_404_without!r}")
            return
        selectors = self.source.selectors_en if language == "en" and self.source.selectors_en else self.source.selectors
        # Furniture lines and the site name learnt from earlier pages of this run (generic extraction only).
        learner = self.__dict__.setdefault("furniture", FurnitureLearner())
        found = extract(response.text, response.url, selectors, language=language,
                        month_first=self.source.month_first_dates,
                        feed_date=response.meta.get("siaran_feed_date"),
                        furniture=learner.lines(), site_names=learner.site_names())
        if found.extractor == "generic":
            learner.observe(response.url, found.paragraphs, title_parts(found.page_title or ""))
        item = self.build_item(response, found)
        problem = self.validate(item, found)
        if problem:
            self.record_error(response.url, problem)
            return
        yield item

    def with_true_encoding(self, response: TextResponse) -> TextResponse:
        """The response re-read in the charset its bytes prove, when the declared one is wrong."""
        decoded = decode_body(response.body, response.encoding)
        if not decoded.corrected:
            return response
        self.crawler.stats.inc_value("siaran/charset_corrected")
        self.logger.info("%s: declared charset %s is wrong, read as %s", response.url, response.encoding,
                         decoded.encoding)
        if decoded.body is not None:  # a mixed Windows-1252/UTF-8 page: its repaired bytes are the page
            return response.replace(body=decoded.body, encoding=decoded.encoding)
        return response.replace(encoding=decoded.encoding)

    def build_item(self, response, found) -> ReleaseItem:
        return item_from_extracted(
            self.name, response.url, found,
            external_id=response.meta.get("siaran_external_id"),
            http_status=response.status,
            fetched_at=clock(self.settings.get("SIARAN_NOW")),
            etag=(response.headers.get("ETag") or b"").decode("latin-1") or None,
            last_modified=(response.headers.get("Last-Modified") or b"").decode("latin-1") or None,
            raw_html=response.body,
        )

    def validate(self, item: ReleaseItem, found) -> str | None:
        """Why a page cannot become a release, or None. Missing body is the clean pipeline's call; a
        missing date is not a reason (the release is stored undated, counted in ``siaran/undated``)."""
        if not item.title:
            return "no title found"
        if item.published_at is None:
            # Stored undated, never guessed: a page that states no usable date is still a release.
            self.crawler.stats.inc_value("siaran/undated")
            if getattr(found, "raw_date", None):
                self.logger.warning("undated: %s states the date %r, which is not a full date", item.url,
                                    found.raw_date)
            else:
                self.logger.info("undated: %s states no publication date", item.url)
        return None
