"""Run crawls in this process (the CLI) with the project settings: one reactor run, many sources."""

from __future__ import annotations

import os

from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from archive.db import get_database
from scraper.report import mark_stale_runs
from scraper.spiders import spider_class


def project_settings(overrides: dict | None = None):
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "scraper.settings")
    settings = get_project_settings()
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def crawl(source_ids: list[str], *, full: bool = False, overrides: dict | None = None,
          spider_for=spider_class) -> dict[str, dict]:
    """Crawl the sources; returns each source's final stats. ``spider_for`` gives a source's spider
    class (a distributed worker's, ``scraper.distributed.spider``, in ``siaran worker``).

    Runs left ``running`` by a crawl process of this host that is gone (``kill -9``) are closed as
    ``killed`` first, so ``siaran runs`` never shows a dead crawl as running.
    """
    settings = project_settings(overrides)
    mark_stale_runs(get_database(settings["SIARAN_DATABASE_URL"]))
    process = CrawlerProcess(settings)
    crawlers = {}
    for sid in source_ids:
        crawler = process.create_crawler(spider_for(sid))
        crawlers[sid] = crawler
        process.crawl(crawler, full=full)
    process.start()
    return {sid: dict(c.stats.get_stats()) for sid, c in crawlers.items()}
