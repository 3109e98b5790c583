"""Translation pairing, once per crawl: after the store has the night's releases, link new Indonesian
and English versions (see ``archive.translations``) before the index step sends them out."""

from __future__ import annotations

import logging

from archive.db import get_database
from archive.translations import pair_source
from pipelines.store import flush_store

logger = logging.getLogger(__name__)


class TranslationPipeline:
    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.db = get_database(crawler.settings["SIARAN_DATABASE_URL"])

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item, spider=None):
        return item

    def close_spider(self, spider=None):
        # Scrapy closes pipelines in reverse order, so the store may still hold a batch: write it first.
        flush_store(self.crawler)
        spider = spider or self.crawler.spider
        source = getattr(spider, "source", None)
        if source is None or len(source.languages) < 2:
            return
        try:
            pairs = pair_source(self.db, spider.name)
        except Exception:  # noqa: BLE001 - pairing is an enrichment; stored releases are unaffected
            logger.exception("translation pairing failed for %s; releases are stored unpaired", spider.name)
            return
        self.crawler.stats.set_value("siaran/translation_pairs", pairs)
