"""Unit tests for the publication date of a page: the order of evidence (metadata, <time>, the visible
dateline, the feed entry), time kept, and never a date invented from prose or from a year alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from scraper.extraction.cascade import extract
from scraper.extraction.dateline import is_dateline_text
from scraper.extraction.dates import looks_like_full_date, parse_date
from scraper.extraction.pubdate import DateEvidence, choose_publication_date, evidence

TITLE = "Pemerintah Perluas Program Makan Bergizi ke Seluruh Provinsi"
BODY = "".join(f"<p>Paragraf {n}: pemerintah memperluas program ke seluruh provinsi dengan anggaran yang disetujui "
               f"DPR, melibatkan dinas kesehatan, sekolah, dan pelaku usaha lokal di setiap kabupaten.</p>"
               for n in range(4))
URL = "http://kemen.example/berita/makan-bergizi"


def page(head: str = "", header: str = "", body: str = BODY, aside: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>{TITLE} | Kemen</title>{head}</head>"
            f"<body><main><article><h1>{TITLE}</h1>{header}<div class='isi'>{body}</div></article>{aside}</main>"
            "</body></html>")


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_visible_dateline_with_time_and_zone_keeps_the_time():
    found = extract(page(header="<div class='meta'>Rabu, 17 Juli 2024 | 14:30 WIB</div>"), URL)
    assert found.published_at == utc(2024, 7, 17, 7, 30)
    assert found.published_has_time is True and found.date_source == "dateline"


def test_dateline_time_wins_over_a_date_only_metadata_value_of_the_same_day():
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-07-17"}</script>'
    found = extract(page(head, header="<span class='tanggal'>Rabu, 17 Juli 2024 | 14:30 WIB</span>"), URL)
    assert found.published_at == utc(2024, 7, 17, 7, 30) and found.published_has_time
    assert found.date_source == "dateline"


def test_metadata_with_a_time_comes_first():
    head = '<meta property="article:published_time" content="2024-07-17T09:15:00+07:00">'
    found = extract(page(head, header="<div class='meta'>17 Juli 2024</div>"), URL)
    assert found.published_at == utc(2024, 7, 17, 2, 15) and found.date_source == "metadata"


def test_time_element_near_the_headline():
    found = extract(page(header='<p><time datetime="2024-07-16T10:00:00+07:00">16 Juli</time></p>'), URL)
    assert found.published_at == utc(2024, 7, 16, 3, 0) and found.date_source == "time"


def test_a_date_in_the_body_prose_is_never_the_publication_date():
    body = ("<p>Since 2020 the programme has grown every year.</p>"
            "<p>Acara berlangsung pada 17 Juli 2024.</p>" + BODY)
    found = extract(page(body=body), URL)
    assert found.published_at is None and found.date_source is None and found.published_has_time is False
    assert found.paragraphs  # still a release


def test_dates_of_other_releases_in_a_sidebar_are_not_this_page_date():
    aside = "<aside class='sidebar'><ul><li><a href='/x'>Berita lain</a> <span>15 Juli 2024</span></li></ul></aside>"
    found = extract(page(aside=aside), URL)
    assert found.published_at is None


def test_year_only_or_year_month_metadata_is_not_a_date_and_is_reported_raw():
    found = extract(page('<meta name="date" content="2024">'), URL)
    assert found.published_at is None and found.date_source is None and found.raw_date == "2024"
    assert extract(page('<meta name="date" content="2024-07">'), URL).published_at is None


def test_feed_date_is_used_only_when_the_page_states_nothing():
    undated = extract(page(), URL, feed_date="2024-07-17T14:30:00+07:00")
    assert undated.published_at == utc(2024, 7, 17, 7, 30) and undated.date_source == "feed"
    dated = extract(page(header="<div class='meta'>Senin, 15 Juli 2024</div>"), URL,
                    feed_date="2024-07-17T14:30:00+07:00")
    assert dated.date_source == "dateline" and dated.published_at == utc(2024, 7, 14, 17, 0)
    assert not dated.published_has_time


def test_selector_date_still_comes_first():
    from scraper.sources import Selectors

    html = page('<meta property="article:published_time" content="2024-07-01T08:00:00+07:00">',
                header="<div class='tgl'>Rabu, 17 Juli 2024</div>")
    found = extract(html, URL, Selectors(date=".tgl"))
    assert found.date_source == "dateline" and found.published_at == utc(2024, 7, 16, 17, 0)


@pytest.mark.parametrize("text", ["Rabu, 17 Juli 2024 | 14:30 WIB", "Diposting pada 14 Oktober 2025",
                                  "Polda Jawa Timur Jumat, 10 Juli 2026 01:42 WIB 1.203 kali dibaca",
                                  "Monday, 15 July 2024 – 11:00 WIB", "17/07/2024"])
def test_dateline_texts(text):
    assert is_dateline_text(text)


@pytest.mark.parametrize("text", ["Since 2020 the agency has grown.", "Juli 2024", "Hits 2094",
                                  "Acara berlangsung pada 17 Juli 2024 di Jakarta bersama seluruh pimpinan daerah."])
def test_not_dateline_texts(text):
    assert not is_dateline_text(text)


def test_full_date_shape_requires_day_month_and_year():
    assert looks_like_full_date("2024-07-17") and looks_like_full_date("17 Juli 2024")
    assert not looks_like_full_date("2024") and not looks_like_full_date("Juli 2024")
    assert not looks_like_full_date("2024-07")


def test_choice_prefers_order_then_time_on_the_same_day_then_feed_last():
    def ev(source, text):
        return DateEvidence(source, text, parse_date(text))

    day_only, timed = ev("metadata", "2024-07-17"), ev("dateline", "17 Juli 2024 14:30 WIB")
    other_day = ev("dateline", "18 Juli 2024 10:00 WIB")
    feed = ev("feed", "2024-07-20T10:00:00+07:00")
    assert choose_publication_date([day_only, timed]) is timed
    assert choose_publication_date([day_only, other_day]) is day_only
    assert choose_publication_date([None, feed]) is feed
    assert choose_publication_date([day_only, feed]) is day_only
    assert choose_publication_date([evidence("metadata", "2024"), None]) is None


def test_a_news_ticker_above_the_headline_does_not_date_an_undated_page():
    html = page().replace("<main>", "<main><div class='ticker'><span>Senin, 15 Juli 2024</span> "
                                    "<a href='/y'>Berita lain hari ini</a></div>")
    assert extract(html, URL).published_at is None


def test_today_in_the_page_top_bar_does_not_date_an_undated_page():
    # Portals print today's date in a bar above the menu on every page: it shares nothing but <body> with the
    # headline, so it is not the release's dateline (it was stored as the publication date of an undated one).
    html = page().replace("<body>", "<body><div class='top-bar'><div class='container'><span class='tanggal'>"
                                    "06/12/2026</span> <span>Call center 136</span></div></div>")
    assert extract(html, URL).published_at is None


def test_a_date_above_the_headline_inside_the_article_block_is_still_its_dateline():
    html = page().replace("<article>", "<article><div class='meta'><span>Rabu, 17 Juli 2024</span></div>")
    found = extract(html, URL)
    assert found.published_at == utc(2024, 7, 16, 17, 0) and found.date_source == "dateline"
