"""Downloader middlewares: retries with exponential backoff, conditional GET for re-checks."""

from __future__ import annotations

import asyncio

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry, but the n-th retry waits ``RETRY_BACKOFF_BASE * 2**(n-1)`` seconds (capped by
    ``RETRY_BACKOFF_MAX``) so a struggling server gets room to recover instead of an immediate second hit.
    The wait is asynchronous: other requests go on meanwhile."""

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 30.0)

    async def _backoff(self, result):
        if isinstance(result, Request) and self.backoff_base > 0:
            attempt = result.meta.get("retry_times", 1)
            await asyncio.sleep(min(self.backoff_max, self.backoff_base * 2 ** (attempt - 1)))
        return result

    async def process_response(self, request, response, spider=None):
        return await self._backoff(super().process_response(request, response))

    async def process_exception(self, request, exception, spider=None):
        return await self._backoff(super().process_exception(request, exception))


class ConditionalGetMiddleware:
    """Adds If-None-Match / If-Modified-Since to re-check requests from what the archive stored for that
    URL (``siaran_known``, set by ``scraper.incremental``), so an unchanged page costs a 304. Re-checks
    always send the validators the archive has; only ``--full`` and re-fetches of a truncated copy go
    without (their ``siaran_known`` is empty)."""

    def __init__(self, stats=None) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_request(self, request, spider=None):
        known = request.meta.get("siaran_known")
        if known:
            if known.get("etag"):
                request.headers.setdefault("If-None-Match", known["etag"])
            if known.get("last_modified"):
                request.headers.setdefault("If-Modified-Since", known["last_modified"])
            if self.stats is not None and (known.get("etag") or known.get("last_modified")):
                self.stats.inc_value("siaran/conditional_requests")
