"""Sitemaps and sitemap indexes, parsed with Scrapy's own ``Sitemap`` (gzip and robots.txt aware)."""

from __future__ import annotations

from scrapy import Request
from scrapy.spiders.sitemap import SitemapSpider
from scrapy.utils.sitemap import Sitemap

from scraper.discovery.base import Discovery


class SitemapDiscovery(Discovery):
    def start(self):
        yield Request(self.url(self.config.start), callback=self.parse_sitemap, errback=self.spider.on_error,
                      meta={"siaran_kind": "sitemap"}, priority=10)

    def parse_sitemap(self, response):
        body = SitemapSpider._get_sitemap_body(self.spider, response)
        if body is None:
            self.spider.record_error(response.url, "not a sitemap (XML or gzip expected)")
            return
        sitemap = Sitemap(body)
        if sitemap.type == "sitemapindex":
            for entry in sitemap:
                yield Request(response.urljoin(entry["loc"]), callback=self.parse_sitemap,
                              errback=self.spider.on_error, meta={"siaran_kind": "sitemap"}, priority=10)
            return
        for entry in sitemap:
            url = response.urljoin(entry["loc"])
            if self.spider.is_article_url(url):
                request = self.spider.article_request(url, language=self.language, referer=response.url)
                if request is not None:
                    yield request
