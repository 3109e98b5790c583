"""RSS 2.0 and Atom feeds: the cheapest way to learn what is new."""

from __future__ import annotations

from scrapy import Request
from scrapy.selector import Selector

from scraper.discovery.base import Discovery


def feed_links(xml: str) -> list[str]:
    """Item links of an RSS or Atom document, in feed order."""
    sel = Selector(text=xml, type="xml")
    sel.remove_namespaces()
    links = sel.xpath("//item/link/text()").getall()
    links += sel.xpath("//entry/link[not(@rel) or @rel='alternate']/@href").getall()
    return [link.strip() for link in links if link.strip()]


class FeedDiscovery(Discovery):
    def start(self):
        yield Request(self.url(self.config.start), callback=self.parse_feed, errback=self.spider.on_error,
                      meta={"siaran_kind": "feed"}, priority=10)

    def parse_feed(self, response):
        for url in feed_links(response.text):
            url = response.urljoin(url)
            if self.spider.is_article_url(url):
                request = self.spider.article_request(url, language=self.language, referer=response.url)
                if request is not None:
                    yield request
