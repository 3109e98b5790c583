"""Scrapy's HTTP/1.1 download handler, closed without a CRITICAL traceback when the reactor is busy.

Scrapy closes its connection pool with ``closeCachedConnections()`` and, because that Deferred can hang on a server
that never closes its side (twisted#7738, scrapy#2653), arms a one-second timer that fires the same Deferred. When the
pool closes in time but the event loop is blocked for more than that second before the coroutine resumes and cancels
the timer (several crawlers closing in one process while another one's pipelines store, index and embed), the timer
fires a Deferred that has already fired: Twisted logs ``AlreadyCalledError`` at CRITICAL in the nightly log, though
nothing was lost. The pool's Deferred is therefore handed to Scrapy as one that ignores a second firing.
"""

from __future__ import annotations

from typing import Any

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler as ScrapyHTTP11DownloadHandler
from twisted.internet.defer import Deferred


class FiresOnce(Deferred):
    """A Deferred that keeps its first result: later ``callback`` or ``errback`` calls are ignored."""

    def callback(self, result: Any) -> None:
        if not self.called:
            super().callback(result)

    def errback(self, fail: Any = None) -> None:
        if not self.called:
            super().errback(fail)


def fires_once(inner: Deferred) -> FiresOnce:
    """``inner``'s result (or failure) on a Deferred that a timer may fire again harmlessly."""
    outer = FiresOnce()
    inner.chainDeferred(outer)
    return outer


class HTTP11DownloadHandler(ScrapyHTTP11DownloadHandler):
    """Scrapy's handler; only its close differs (module docstring)."""

    async def close(self) -> None:
        pool = self._pool
        close_pool = pool.closeCachedConnections
        pool.closeCachedConnections = lambda: fires_once(close_pool())
        try:
            await super().close()
        finally:
            pool.closeCachedConnections = close_pool
