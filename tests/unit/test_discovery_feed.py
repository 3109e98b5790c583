"""Feed discovery: RSS and Atom entries with the date each entry gives, passed on with the request."""

from __future__ import annotations

from scrapy.http import XmlResponse

from scraper.discovery.feed import FeedDiscovery, FeedEntry, feed_entries, feed_links
from scraper.sources import Discovery as DiscoveryConfig
from tests.unit.test_discovery_sitemap import FakeSpider

RSS = """<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<item><title>A</title><link>https://warta.example.go.id/news/a</link>
<pubDate>Wed, 17 Jul 2024 07:30:00 +0000</pubDate></item>
<item><title>B</title><link> /news/b </link><dc:date>2024-07-16</dc:date></item>
<item><title>C</title><guid isPermaLink="false">42</guid></item>
</channel></rss>"""

ATOM = """<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
<entry><title>A</title><link rel="alternate" href="https://warta.example.go.id/news/a"/>
<link rel="edit" href="https://warta.example.go.id/edit/a"/>
<published>2024-07-17T14:30:00+07:00</published><updated>2024-07-18T09:00:00+07:00</updated></entry>
<entry><title>B</title><link href="https://warta.example.go.id/news/b"/><updated>2024-07-16T10:00:00Z</updated></entry>
</feed>"""


def test_rss_entries_keep_their_dates_as_written():
    assert feed_entries(RSS) == [FeedEntry("https://warta.example.go.id/news/a", "Wed, 17 Jul 2024 07:30:00 +0000"),
                                 FeedEntry("/news/b", "2024-07-16")]


def test_atom_entries_prefer_the_alternate_link_and_keep_published_and_updated():
    assert feed_entries(ATOM) == [
        FeedEntry("https://warta.example.go.id/news/a", "2024-07-17T14:30:00+07:00", "2024-07-18T09:00:00+07:00"),
        FeedEntry("https://warta.example.go.id/news/b", None, "2024-07-16T10:00:00Z")]
    assert feed_links(ATOM)[1] == "https://warta.example.go.id/news/b"


def test_requests_carry_the_feed_date_and_lastmod():
    spider = FakeSpider()
    d = FeedDiscovery(spider, DiscoveryConfig(kind="feed", language="id", start="/feed/"))
    out = list(d.parse_feed(XmlResponse("https://warta.example.go.id/feed/", body=ATOM.encode())))
    assert [r.url for r in out] == ["https://warta.example.go.id/news/a", "https://warta.example.go.id/news/b"]
    assert out[0].meta["siaran_feed_date"] == "2024-07-17T14:30:00+07:00"
    assert out[0].meta["siaran_lastmod"] == "2024-07-18T09:00:00+07:00"
    # an entry with only <updated> states when it changed, not when it was published
    assert "siaran_feed_date" not in out[1].meta and out[1].meta["siaran_lastmod"] == "2024-07-16T10:00:00Z"
    assert out[0].meta["siaran_language"] == "id"


def test_a_feed_without_entries_is_an_error():
    spider = FakeSpider()
    d = FeedDiscovery(spider, DiscoveryConfig(kind="feed", start="/feed/"))
    assert list(d.parse_feed(XmlResponse("https://warta.example.go.id/feed/", body=b"<html>gone</html>"))) == []
    assert spider.errors == [("https://warta.example.go.id/feed/", "feed has no entries (not RSS or Atom, or empty)")]
