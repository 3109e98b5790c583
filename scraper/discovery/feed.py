"""RSS 2.0 and Atom feeds: the cheapest way to learn what is new.

Each entry's publication date (RSS ``<pubDate>`` / ``<dc:date>``, Atom ``<published>``) travels with the
article request as ``siaran_feed_date`` (the extraction's last-resort publication date, used only when the
page itself states none), and its last change (Atom ``<updated>``, else the publication date) as
``siaran_lastmod`` (change tracking).
"""

from __future__ import annotations

from dataclasses import dataclass

from scrapy import Request
from scrapy.selector import Selector

from scraper.discovery.base import Discovery


@dataclass(frozen=True)
class FeedEntry:
    link: str
    published: str | None = None  # as written in the feed
    updated: str | None = None


def _first(node: Selector, *xpaths: str) -> str | None:
    for xpath in xpaths:
        value = (node.xpath(xpath).get() or "").strip()
        if value:
            return value
    return None


def feed_entries(xml: str) -> list[FeedEntry]:
    """The entries of an RSS or Atom document, in feed order, with their dates as written."""
    sel = Selector(text=xml, type="xml")
    sel.remove_namespaces()
    entries = []
    for item in sel.xpath("//item"):
        link = _first(item, "link/text()", "guid[not(@isPermaLink='false')]/text()")
        if link:
            entries.append(FeedEntry(link, _first(item, "pubDate/text()", "date/text()"),
                                     _first(item, "updated/text()", "modified/text()")))
    for entry in sel.xpath("//entry"):
        link = _first(entry, "link[not(@rel) or @rel='alternate']/@href")
        if link:
            entries.append(FeedEntry(link, _first(entry, "published/text()", "issued/text()"),
                                     _first(entry, "updated/text()")))
    return entries


def feed_links(xml: str) -> list[str]:
    """Item links of an RSS or Atom document, in feed order."""
    return [entry.link for entry in feed_entries(xml)]


def entry_meta(entry: FeedEntry) -> dict:
    """``siaran_feed_date``: the entry's stated publication date only (RSS ``<pubDate>``/``<dc:date>``, Atom
    ``<published>``); an Atom ``<updated>`` says when the entry last changed, so, like a sitemap's
    ``<lastmod>``, it is used for change tracking (``siaran_lastmod``) and never as a publication date."""
    meta = {}
    if entry.published:
        meta["siaran_feed_date"] = entry.published
    if entry.updated or entry.published:
        meta["siaran_lastmod"] = entry.updated or entry.published
    return meta


class FeedDiscovery(Discovery):
    def start(self):
        yield Request(self.url(self.config.start), callback=self.parse_feed, errback=self.spider.on_error,
                      meta={"siaran_kind": "feed"}, priority=10)

    def parse_feed(self, response):
        entries = feed_entries(response.text)
        if not entries:
            self.spider.record_error(response.url, "feed has no entries (not RSS or Atom, or empty)")
            return
        for entry in entries:
            url = response.urljoin(entry.link)
            if self.spider.is_article_url(url):
                request = self.spider.article_request(url, language=self.language, referer=response.url,
                                                      meta=entry_meta(entry))
                if request is not None:
                    yield request
