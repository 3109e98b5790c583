"""The download handler's close: a pool that closed in time, then a late timer, logs nothing at CRITICAL."""

from __future__ import annotations

from twisted.internet.defer import Deferred
from twisted.python.failure import Failure

from scraper.download_handler import HTTP11DownloadHandler, fires_once


def test_a_second_firing_of_the_pools_deferred_is_ignored_and_the_first_result_stands() -> None:
    inner: Deferred = Deferred()
    outer = fires_once(inner)
    results: list = []
    outer.addCallback(results.append)
    inner.callback("closed")
    outer.callback(())  # Scrapy's timer, late: plain Deferred.callback would raise AlreadyCalledError
    assert results == ["closed"]


def test_the_timer_firing_first_wins_and_the_pools_later_result_is_ignored() -> None:
    inner: Deferred = Deferred()
    outer = fires_once(inner)
    results: list = []
    outer.addCallback(results.append)
    outer.callback(())  # the pool hung past the timeout
    inner.errback(Failure(ConnectionError("gone")))  # then gave up: no AlreadyCalledError, no unhandled failure
    assert results == [()]


def test_the_crawl_uses_the_handler_for_http_and_https() -> None:
    """Every crawl integration test then closes its downloads through it (a real reactor, real connections)."""
    from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler as Scrapys

    from scraper import settings

    assert issubclass(HTTP11DownloadHandler, Scrapys)
    name = f"{HTTP11DownloadHandler.__module__}.{HTTP11DownloadHandler.__name__}"
    assert settings.DOWNLOAD_HANDLERS == {"http": name, "https": name}
