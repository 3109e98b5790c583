"""Attachments: fetch the files a release links to (its ``attachments``), keep their text per page.

A ``MediaPipeline`` (Scrapy's own machinery for files linked from items): each file is requested through
the engine, so robots.txt, download delays, AutoThrottle, retries with back-off and the conditional-GET
middleware apply exactly as for pages, and a file linked from several releases of the crawl is downloaded
once. Each request may be as large as ``SIARAN_ATTACHMENT_MAX_BYTES`` (default 25 MB; pages keep their own
``DOWNLOAD_MAXSIZE``). What arrives is checked by its bytes (``archive.attachments.sniff``), then stored
once per content hash and read in a child process with limits (``archive.attachments.store.ingest``), in a
thread, so the reactor keeps crawling while a PDF is read.

Nothing here can cost the release: every failure (HTTP error, too large, empty, an HTML page served as a
PDF, encrypted, corrupt, truncated, a PDF bomb) becomes a link row with its status and reason and a crawl
error of kind ``attachment`` naming the file's URL and the release; the item always passes on.

Links need the release's row, which the store writes in batches; they are written after the store's batch
(every ``LINK_BATCH`` releases, and when the spider closes). This step sits after the store and, Scrapy
closing pipelines in reverse order, closes before embedding and indexing: a release whose files changed is
queued for indexing before the index step drains the queue, so the crawl ends with PDF text searchable.
"""

from __future__ import annotations

import dataclasses
import logging

from itemadapter import ItemAdapter
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.pipelines.media import MediaPipeline
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.threads import deferToThread

from archive.attachments import sniff
from archive.attachments.isolate import Limits
from archive.attachments.isolate import shutdown as shutdown_readers
from archive.attachments.pending import file_urls
from archive.attachments.store import Link, article_ids, ingest, known_validators, save_links
from archive.db import get_database
from archive.fingerprints import canonicalize_url
from archive.models import utcnow
from pipelines.language import detect_language
from pipelines.store import enqueue, flush_store
from scraper.pdf_release import take_over

logger = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 25 * 1024 * 1024
LINK_BATCH = 25
FETCHED = frozenset({"ok", "needs_ocr", "unchanged"})  # outcomes that are not failures
POLICY = frozenset({"skipped"})  # robots.txt said no: counted, not a failure


class AttachmentFailed(Exception):
    """A file that could not be fetched or stored: ``status`` for its link row, ``reason`` for the report."""

    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def attachment_urls(item) -> list[str]:
    """The item's attachment URLs worth fetching (``archive.attachments.pending.file_urls``)."""
    return file_urls(ItemAdapter(item).get("attachments"))


class AttachmentsPipeline(MediaPipeline):
    LOG_FAILED_RESULTS = False  # every failure is reported as a crawl error instead

    def __init__(self, crawler) -> None:
        super().__init__(crawler=crawler)
        self._handle_statuses(True)  # follow redirects; every other status reaches media_downloaded
        settings = crawler.settings
        self.enabled = settings.getbool("SIARAN_ATTACHMENTS", True)
        self.max_bytes = settings.getint("SIARAN_ATTACHMENT_MAX_BYTES", DEFAULT_MAX_BYTES)
        self.limits = Limits.from_settings(settings)
        self.use_ocr = settings.getbool("SIARAN_OCR", True)
        self.db = get_database(settings["SIARAN_DATABASE_URL"])
        self.pending: list[tuple[dict, list[Link]]] = []
        _quiet_media_log()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    # -- MediaPipeline hooks ------------------------------------------------------------------------
    def get_media_requests(self, item, info) -> list[Request]:
        if not self.enabled:
            return []
        referer = ItemAdapter(item).get("url")
        return [self._request(url, referer) for url in attachment_urls(item)]

    def _request(self, url: str, referer: str | None) -> Request:
        with self.db.session() as s:
            etag, last_modified, prior = known_validators(s, url)
        meta = {"download_maxsize": self.max_bytes, "download_warnsize": self.max_bytes,
                "siaran_attachment": url, "siaran_prior": prior}
        if prior is not None:  # a conditional GET: a 304 keeps the stored file
            meta["siaran_known"] = {"etag": etag, "last_modified": last_modified}
        return Request(url, meta=meta, headers={"Referer": referer} if referer else None, dont_filter=True)

    def file_path(self, request, response=None, info=None, *, item=None) -> str:
        """Files live in the database, keyed by content hash (``Attachment.sha256``), not on disk."""
        return request.meta.get("siaran_attachment", request.url)

    async def media_to_download(self, request, info, *, item=None):
        """A PDF-only release's own file is stored from the answer the spider already read
        (``scraper.pdf_release.hand_over``); every other file is asked for, conditionally when known."""
        fetched = take_over(info.spider, request.meta["siaran_attachment"])
        if fetched is None:
            return None
        return await self.media_downloaded(fetched, request, info, item=item)

    async def media_downloaded(self, response, request, info, *, item=None) -> Link:
        url = request.meta["siaran_attachment"]
        prior = request.meta.get("siaran_prior")
        if response.status == 304 and prior is not None:
            return Link(url, "unchanged", attachment_id=prior, fetched_at=utcnow())
        if response.status != 200:
            return Link(url, "failed", error=f"HTTP {response.status}", fetched_at=utcnow())
        content_type = (response.headers.get("Content-Type") or b"").decode("latin-1") or None
        rejected = sniff(response.body, content_type)
        if rejected is not None:
            return Link(url, rejected.status, error=rejected.reason, fetched_at=utcnow())
        stored = await maybe_deferred_to_future(deferToThread(
            ingest, self.db, response.body, content_type, detect=detect_language, limits=self.limits,
            use_ocr=self.use_ocr))
        self.crawler.stats.inc_value("siaran/attachments_read" if stored.new else "siaran/attachments_known")
        return Link(url, stored.status, attachment_id=stored.attachment_id, error=stored.error,
                    etag=_header(response, b"ETag"), last_modified=_header(response, b"Last-Modified"),
                    fetched_at=utcnow())

    def media_failed(self, failure, request, info):
        """Download failures (robots.txt, size limit, timeouts, network) as ``AttachmentFailed``: Scrapy's
        media pipeline wants an exception here; ``item_completed`` turns it into a link and a report."""
        exc = failure.value
        message = failure.getErrorMessage()
        name = type(exc).__name__
        if isinstance(exc, IgnoreRequest) and "robots.txt" in message:
            raise AttachmentFailed("skipped", "not fetched: disallowed by robots.txt")
        if "max size" in message or "larger than download max size" in message:
            raise AttachmentFailed("too_large", f"too large: over the {_size(self.max_bytes)} limit "
                                                "(SIARAN_ATTACHMENT_MAX_BYTES)")
        if name in ("TimeoutError", "DownloadTimeoutError", "TCPTimedOutError") or "took longer than" in message:
            raise AttachmentFailed("failed", "timed out")
        raise AttachmentFailed("failed", f"{name}: {message}"[:500])

    def item_completed(self, results, item, info):
        if not self.enabled:
            return item
        adapter = ItemAdapter(item)
        links = [self._link(url, ok, value, adapter.get("url")) for url, (ok, value) in
                 zip(attachment_urls(item), results)]
        self.pending.append(({"canonical_url": adapter.get("canonical_url"), "url": adapter.get("url")}, links))
        if len(self.pending) >= LINK_BATCH:
            self.write_links()
        return item

    # -- results -------------------------------------------------------------------------------------
    def _link(self, url: str, ok: bool, value, release_url: str | None) -> Link:
        """The link row for one file (a copy: the same download may serve several releases), reported
        when it failed."""
        if ok:
            link = dataclasses.replace(value)
        else:
            exc = value.value
            status, reason = ((exc.status, exc.reason) if isinstance(exc, AttachmentFailed)
                              else ("failed", f"{type(exc).__name__}: {exc}"))
            link = Link(url, status, error=reason, fetched_at=utcnow())
        self.crawler.stats.inc_value(f"siaran/attachments_{link.status}")
        if link.status not in FETCHED | POLICY:
            self._report(url, f"attachment of {release_url}: {link.error}")
        return link

    def _report(self, url: str, reason: str) -> None:
        from scraper.report import crawl_error

        self.crawler.signals.send_catch_log(crawl_error, url=url, reason=reason, kind="attachment",
                                            spider=self.crawler.spider)

    def write_links(self) -> None:
        """Write the waiting links, after the store's batch (their releases must have rows)."""
        pending, self.pending = self.pending, []
        if not pending:
            return
        flush_store(self.crawler)
        keys = [key for release, _ in pending for key in _keys(release)]
        with self.db.session() as s:
            ids = article_ids(s, keys)
            for release, links in pending:
                article_id = next((ids[k] for k in _keys(release) if k in ids), None)
                if article_id is None:  # the store did not write it and has reported why
                    logger.info("attachments of %s not linked: the release is not stored", release["url"])
                    continue
                if save_links(s, article_id, links):
                    enqueue(s, article_id)

    def close_spider(self, spider=None):
        self.write_links()
        shutdown_readers()


def _keys(release: dict) -> list[str]:
    """Where the store may have put the release: its canonical URL, else its own URL (``own_key``)."""
    keys = [release["canonical_url"]] if release.get("canonical_url") else []
    try:
        keys.append(canonicalize_url(release["url"]))
    except (ValueError, TypeError, KeyError):
        pass
    return keys


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:g} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} kB"


class _ReportedFailures(logging.Filter):
    """Scrapy's media pipeline logs every failed download with a traceback; these are reported as crawl
    errors with their reason instead (``AttachmentsPipeline._report``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "AttachmentFailed" not in record.getMessage() and not (
            record.exc_info and isinstance(record.exc_info[1], AttachmentFailed))


def _quiet_media_log() -> None:
    media = logging.getLogger("scrapy.pipelines.media")
    if not any(isinstance(f, _ReportedFailures) for f in media.filters):
        media.addFilter(_ReportedFailures())


def _header(response, name: bytes) -> str | None:
    return (response.headers.get(name) or b"").decode("latin-1") or None
