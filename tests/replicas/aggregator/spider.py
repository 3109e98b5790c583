"""The aggregator replica's spider (``spider = ...`` in warta.toml): the generic engine, plus two faults a
real crawl meets sooner or later, so the report's handling of them is tested through the real engine.

- ``/berita/rusak``: the article callback raises (a bug in extraction, a page nobody anticipated);
- ``/berita/pipa-bocor``: an item pipeline raises on that release.
"""

from __future__ import annotations

from typing import ClassVar

from itemadapter import ItemAdapter

from scraper.settings import ITEM_PIPELINES
from scraper.spiders.agency import AgencySpider


class FaultySpider(AgencySpider):
    custom_settings: ClassVar[dict] = {"ITEM_PIPELINES": {**ITEM_PIPELINES,
                                          "tests.replicas.aggregator.spider.FaultyPipeline": 150}}

    def parse_article(self, response):
        if response.url.endswith("/berita/rusak"):
            raise ValueError("the page has a layout nobody anticipated")
        yield from super().parse_article(response)


class FaultyPipeline:
    """Fails on one release, as a pipeline with a bug would."""

    def process_item(self, item, spider=None):
        if ItemAdapter(item).get("url", "").endswith("/berita/pipa-bocor"):
            raise RuntimeError("pipeline bug triggered by this release")
        return item
