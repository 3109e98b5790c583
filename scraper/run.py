"""Run crawls in this process (the CLI) with the project settings: one reactor run, many sources."""

from __future__ import annotations

import os

from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from scraper.spiders import spider_class


def project_settings(overrides: dict | None = None):
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "scraper.settings")
    settings = get_project_settings()
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def crawl(source_ids: list[str], *, full: bool = False, overrides: dict | None = None) -> dict[str, dict]:
    """Crawl the sources; returns each source's final stats."""
    process = CrawlerProcess(project_settings(overrides))
    crawlers = {}
    for sid in source_ids:
        crawler = process.create_crawler(spider_class(sid))
        crawlers[sid] = crawler
        process.crawl(crawler, full=full)
    process.start()
    return {sid: dict(c.stats.get_stats()) for sid, c in crawlers.items()}
