"""An article URL claimed once per crawl, except after a 'skip': a later route may signal a change."""

from __future__ import annotations

from types import SimpleNamespace

from scraper.spiders.agency import AgencySpider


class _Known:
    """Answers ``decision`` from a list, in order, and records the meta it was asked with."""

    def __init__(self, *answers: str) -> None:
        self.answers, self.asked = list(answers), []

    def decision(self, url: str, meta: dict | None = None) -> str:
        self.asked.append(meta or {})
        return self.answers.pop(0)


def _spider(known: _Known) -> AgencySpider:
    spider = AgencySpider.__new__(AgencySpider)
    spider.requested, spider.skipped, spider.known, spider.counted = set(), set(), known, []
    spider.crawler = SimpleNamespace(stats=SimpleNamespace(inc_value=lambda key, *args, **kw: spider.counted.append(key)))
    return spider


def test_a_release_skipped_from_a_listing_is_rechecked_when_the_sitemap_signals_a_change_later() -> None:
    known = _Known("skip", "recheck")
    spider = _spider(known)
    url = "https://agency.example.go.id/berita/lama-dengan-sinyal"
    assert spider.claim(url, {"siaran_listing": "listing"}) is None
    assert spider.claim(url, {"siaran_listing": "sitemap", "siaran_lastmod": "2024-05-02"}) == "recheck"
    assert len(known.asked) == 2


def test_a_release_skipped_on_two_listings_counts_once_as_skipped() -> None:
    spider = _spider(_Known("skip", "skip"))
    url = "https://agency.example.go.id/berita/tanpa-perubahan"
    assert spider.claim(url) is None and spider.claim(url) is None
    assert spider.counted == ["siaran/skipped_known"]


def test_a_release_already_requested_is_not_requested_again() -> None:
    known = _Known("recheck")
    spider = _spider(known)
    url = "https://agency.example.go.id/berita/koreksi"
    assert spider.claim(url) == "recheck"
    assert spider.claim(url + "#top") is None  # the same canonical URL
    assert len(known.asked) == 1
