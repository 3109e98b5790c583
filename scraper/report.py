"""The crawl report: one ``CrawlRun`` row per spider run with counts, dropped reasons and failed URLs.

Failures are written as they happen, so a crash mid-crawl still leaves the errors behind; counts are
written when the spider closes. Counts come from the pipelines' stats (``siaran/new`` …) and from the
signals below.
"""

from __future__ import annotations

import logging
from collections import Counter

from scrapy import signals

from archive.db import get_database
from archive.models import CrawlError, CrawlRun, utcnow

logger = logging.getLogger(__name__)

# Sent by spiders: ``crawler.signals.send_catch_log(crawl_error, url=..., reason=..., spider=...)``.
crawl_error = object()


class CrawlReport:
    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.db = get_database(crawler.settings["SIARAN_DATABASE_URL"])
        self.run_id: int | None = None
        self.failed = 0
        self.dropped: Counter[str] = Counter()

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(ext.error, signal=crawl_error)
        return ext

    def spider_opened(self, spider) -> None:
        with self.db.session() as s:
            run = CrawlRun(source_id=spider.name, full=bool(getattr(spider, "full", False)), status="running")
            s.add(run)
            s.flush()
            self.run_id = run.id
        spider.crawl_run_id = self.run_id

    def error(self, url: str, reason: str, spider) -> None:
        self.failed += 1
        logger.warning("crawl error %s: %s", url, reason, extra={"url": url, "reason": reason})
        with self.db.session() as s:
            s.add(CrawlError(run_id=self.run_id, source_id=spider.name, url=url, reason=reason[:2000]))

    def item_dropped(self, item, response, exception, spider) -> None:
        reason = str(exception).split(":", 1)[0].strip() or type(exception).__name__
        self.dropped[reason] += 1

    def spider_closed(self, spider, reason: str) -> None:
        stats = self.crawler.stats
        counts = {
            "new": stats.get_value("siaran/new", 0),
            "updated": stats.get_value("siaran/updated", 0),
            "unchanged": stats.get_value("siaran/unchanged", 0),
            "skipped_known": stats.get_value("siaran/skipped_known", 0),
            "duplicates": stats.get_value("siaran/duplicates", 0),
            "failed": self.failed,
            "dropped": sum(self.dropped.values()),
            "requests": stats.get_value("downloader/request_count", 0),
            "indexed": stats.get_value("siaran/indexed", 0),
            "translation_pairs": stats.get_value("siaran/translation_pairs", 0),
            "language_mismatch": stats.get_value("siaran/language_mismatch", 0),
        }
        status = "finished" if reason == "finished" else "failed"
        with self.db.session() as s:
            run = s.get(CrawlRun, self.run_id)
            run.finished_at = utcnow()
            run.status = status
            run.counts = counts
            run.dropped_reasons = dict(self.dropped)
            run.message = None if status == "finished" else f"spider closed: {reason}"
        logger.info("crawl report %s: %s", spider.name, counts)
