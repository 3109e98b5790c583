"""The shape shared by the steps that work once per crawl, on what the store wrote: embed, pair, index.

Items pass through them untouched; their work runs when the spider closes. Scrapy closes pipelines in
reverse order of priority, so the store (lower priority) may still hold a batch when they run: each
writes it first. ``SIARAN_INDEX_AFTER_CRAWL`` (``siaran crawl --no-index``) turns off the steps that
make releases searchable; pairing is archive data and always runs.
"""

from __future__ import annotations

from archive.db import get_database
from pipelines.store import flush_store


class AfterCrawlStep:
    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.db = get_database(crawler.settings["SIARAN_DATABASE_URL"])
        self.enabled = crawler.settings.getbool("SIARAN_INDEX_AFTER_CRAWL", True)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item, spider=None):
        return item

    def close_spider(self, spider=None):
        flush_store(self.crawler)
        self.after_crawl(spider or self.crawler.spider)

    def after_crawl(self, spider) -> None:
        """The step's work, on the stored releases of this crawl."""
        raise NotImplementedError
