"""Sitemap discovery: plain, gzip, nested indexes, robots.txt ``Sitemap:`` lines, and every bad input
recorded as a crawl error (URL and reason) while the crawl goes on."""

from __future__ import annotations

import gzip

from scrapy import Request
from scrapy.http import Response, TextResponse
from scrapy.settings import Settings

from scraper.discovery.sitemap import SitemapDiscovery, SitemapError, parse_sitemap, same_site, sitemap_body
from scraper.sources import Discovery as DiscoveryConfig
from scraper.sources import SourceConfig
from tests.fakes import FakeStats

BASE = "https://warta.example.go.id"


class FakeSpider:
    """What a strategy uses of the spider: the source, settings, errors, article requests."""

    def __init__(self, settings: dict | None = None) -> None:
        self.source = SourceConfig(id="warta", name="Warta", base_url=BASE, languages=["en"],
                                   discovery=[DiscoveryConfig(kind="sitemap", start="/sitemap.xml")])
        self.settings = Settings(settings or {})
        self.errors: list[tuple[str, str]] = []
        self.full = False
        self.crawler = type("Crawler", (), {"stats": FakeStats()})()

    def record_error(self, url: str, reason: str) -> None:
        self.errors.append((url, reason))

    def on_error(self, failure) -> None:  # pragma: no cover - not reached without a downloader
        raise AssertionError(failure)

    def is_article_url(self, url: str) -> bool:
        return "/news/" in url

    def article_request(self, url, *, language, referer=None, meta=None, callback=None):
        return Request(url, meta={"siaran_language": language, **(meta or {})})


def urlset(*entries: tuple[str, str | None]) -> bytes:
    urls = "".join(f"<url><loc>{loc}</loc>" + (f"<lastmod>{lm}</lastmod>" if lm else "") + "</url>"
                   for loc, lm in entries)
    return (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{urls}</urlset>").encode()


def index(*locs: str) -> bytes:
    items = "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locs)
    return (f'<?xml version="1.0" encoding="UTF-8"?>'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</sitemapindex>').encode()


def strategy(start: str = "/sitemap.xml", settings: dict | None = None) -> SitemapDiscovery:
    spider = FakeSpider(settings)
    return SitemapDiscovery(spider, DiscoveryConfig(kind="sitemap", language="en", start=start))


def run(discovery: SitemapDiscovery, url: str, body: bytes) -> list[Request]:
    return list(discovery.parse_sitemap(Response(url, body=body), depth=0))


def test_plain_sitemap_yields_article_requests_with_the_entry_date():
    d = strategy()
    out = run(d, BASE + "/sitemap.xml", urlset((BASE + "/news/1", "2024-07-17T14:30:00+07:00"),
                                                (BASE + "/about", None), (BASE + "/news/2", None)))
    assert [r.url for r in out] == [BASE + "/news/1", BASE + "/news/2"]
    # <lastmod> is the page's last change: change tracking only, never a fallback publication date
    assert "siaran_feed_date" not in out[0].meta
    assert out[0].meta["siaran_lastmod"] == "2024-07-17T14:30:00+07:00"
    assert "siaran_feed_date" not in out[1].meta and "siaran_lastmod" not in out[1].meta
    assert d.spider.errors == []


def test_gzip_sitemap_is_decompressed_whatever_its_name():
    d = strategy()
    for url in (BASE + "/sitemap-news.xml.gz", BASE + "/sitemap-news.xml"):
        out = run(d, url, gzip.compress(urlset((BASE + "/news/3", "2024-01-02"))))
        assert [r.url for r in out] == [BASE + "/news/3"]
    assert d.spider.errors == []


def test_index_follows_plain_and_gzip_children_one_level_deeper():
    d = strategy()
    out = run(d, BASE + "/sitemap_index.xml", index(BASE + "/s1.xml", BASE + "/s2.xml.gz"))
    assert [r.url for r in out] == [BASE + "/s1.xml", BASE + "/s2.xml.gz"]
    assert all(r.cb_kwargs == {"depth": 1} and r.callback == d.parse_sitemap for r in out)
    assert out[0].meta["download_maxsize"] == 50 * 1024 * 1024


def test_nested_index_stops_at_max_depth_with_an_error():
    d = SitemapDiscovery(FakeSpider(), DiscoveryConfig(kind="sitemap", start="/i.xml", options={"max_depth": 2}))
    response = Response(BASE + "/deep.xml", body=index(BASE + "/deeper.xml"))
    assert list(d.parse_sitemap(response, depth=2)) == []
    assert d.spider.errors[0][0] == BASE + "/deep.xml" and "deeper than 2" in d.spider.errors[0][1]


def test_robots_sitemap_lines_are_followed_and_offsite_ones_skipped():
    d = strategy("/robots.txt")
    [start] = list(d.start())
    assert start.callback == d.parse_robots
    robots = (b"User-agent: *\nDisallow: /admin/\nSitemap: /sitemap_index.xml\n"
              b"sitemap: https://cdn.other.example/sitemap.xml\n")
    out = list(d.parse_robots(TextResponse(BASE + "/robots.txt", body=robots, encoding="utf-8")))
    assert [r.url for r in out] == [BASE + "/sitemap_index.xml"]


def test_robots_without_sitemap_line_is_an_error():
    d = strategy("/robots.txt")
    out = list(d.parse_robots(TextResponse(BASE + "/robots.txt", body=b"User-agent: *\n", encoding="utf-8")))
    assert out == [] and "no 'Sitemap:' line" in d.spider.errors[0][1]


def test_sitemap_over_the_size_limit_is_an_error_and_the_crawl_goes_on():
    d = strategy(settings={"SIARAN_SITEMAP_MAXSIZE": 1000})
    big = urlset(*[(f"{BASE}/news/{i}", None) for i in range(100)])
    assert run(d, BASE + "/big.xml", big) == []
    assert d.spider.errors == [(BASE + "/big.xml", f"sitemap too large: {len(big)} bytes, over the 1000 byte limit")]
    # A gzip bomb: small on the wire, over the limit once decompressed.
    assert run(d, BASE + "/bomb.xml.gz", gzip.compress(big)) == []
    assert d.spider.errors[1][1] == "sitemap too large once decompressed: over the 1000 byte limit"
    # The next sitemap is read as usual.
    assert len(run(d, BASE + "/ok.xml", urlset((BASE + "/news/1", None)))) == 1


def test_gz_that_is_not_gzip_is_an_error():
    d = strategy()
    assert run(d, BASE + "/s.xml.gz", b"\x00\x01\x02 this is not gzip") == []
    assert d.spider.errors == [(BASE + "/s.xml.gz", "a .gz sitemap that is not gzip data (and not XML either)")]


def test_gz_served_already_decompressed_is_read():
    d = strategy()
    assert [r.url for r in run(d, BASE + "/s.xml.gz", urlset((BASE + "/news/9", None)))] == [BASE + "/news/9"]


def test_corrupt_gzip_is_an_error():
    d = strategy()
    assert run(d, BASE + "/s.xml.gz", gzip.compress(urlset((BASE + "/news/1", None)))[:30]) == []
    assert d.spider.errors[0][1].startswith("corrupt gzip sitemap")


def test_loc_on_another_host_is_skipped_and_recorded():
    d = strategy()
    out = run(d, BASE + "/sitemap.xml", urlset(("https://evil.example/news/1", None), (BASE + "/news/2", None),
                                                ("https://www.warta.example.go.id/news/3", None)))
    assert [r.url for r in out] == [BASE + "/news/2", "https://www.warta.example.go.id/news/3"]
    assert d.spider.errors == [("https://evil.example/news/1",
                                f"sitemap {BASE}/sitemap.xml lists a URL on another host; skipped")]


def test_unparseable_and_html_files_are_errors():
    d = strategy()
    assert run(d, BASE + "/a.xml", b"Sitemap coming soon") == []
    assert run(d, BASE + "/b.xml", b"<html><body><h1>Not here</h1></body></html>") == []
    assert d.spider.errors[0][1].startswith("unparseable sitemap")
    assert d.spider.errors[1][1] == "not a sitemap: the root element is <html>, not <urlset> or <sitemapindex>"


def test_pure_helpers():
    assert parse_sitemap(index("https://x/a.xml"))[0] == "sitemapindex"
    assert sitemap_body(b"<urlset/>", "https://x/s.xml", max_size=0) == b"<urlset/>"
    try:
        sitemap_body(b"x" * 11, "https://x/s.xml", max_size=10)
    except SitemapError as exc:
        assert "too large" in str(exc)
    else:
        raise AssertionError("no SitemapError")
    assert same_site("https://sub.warta.example.go.id/a", "www.warta.example.go.id")
    assert not same_site("https://notwarta.example.go.id/a", "warta.example.go.id")
