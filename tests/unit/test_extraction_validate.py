"""Unit tests for AgencySpider.validate: a page without a usable date is stored undated and counted, never
rejected; a page without a title still is."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from types import SimpleNamespace

from scraper.extraction.cascade import Extracted
from scraper.items import item_from_extracted
from scraper.spiders.agency import AgencySpider
from tests.fakes import FakeStats


def spider() -> AgencySpider:
    s = AgencySpider.__new__(AgencySpider)  # no crawler or database needed for validate
    s.name = "contoh"
    s.crawler = SimpleNamespace(stats=FakeStats())
    return s


def test_undated_page_is_valid_counted_and_warned_with_its_raw_date(caplog):
    s = spider()
    found = Extracted(title="Siaran tanpa tanggal", paragraphs=["Isi."], raw_date="2024")
    item = item_from_extracted("contoh", "http://contoh.example/a", found)
    with caplog.at_level(logging.INFO):
        assert s.validate(item, found) is None
    assert item.published_at is None and item.date_source is None
    assert s.crawler.stats.values == {"siaran/undated": 1}
    assert any("http://contoh.example/a" in r.getMessage() and "'2024'" in r.getMessage() for r in caplog.records)


def test_dated_page_is_not_counted_as_undated():
    s = spider()
    found = Extracted(title="Siaran", paragraphs=["Isi."])
    item = item_from_extracted("contoh", "http://contoh.example/b", found)
    item.published_at = datetime(2024, 7, 17, tzinfo=UTC)
    assert s.validate(item, found) is None and s.crawler.stats.values == {}


def test_page_without_a_title_is_still_rejected():
    s = spider()
    found = Extracted(paragraphs=["Isi."])
    assert s.validate(item_from_extracted("contoh", "http://contoh.example/c", found), found) == "no title found"


def test_item_carries_date_source_and_truncation_from_the_extraction():
    found = Extracted(title="T", date_source="dateline", truncated=True)
    item = item_from_extracted("contoh", "http://contoh.example/d", found)
    assert item.date_source == "dateline" and item.truncated is True
