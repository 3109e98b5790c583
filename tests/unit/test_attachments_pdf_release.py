"""PDF-only releases: the body and date made from the document (scraper/pdf_release.py)."""

from __future__ import annotations

from archive.attachments.text import PdfText
from scraper.items import ReleaseItem
from scraper.pdf_release import _date, release_body


def test_the_body_is_the_pages_without_the_title_line():
    found = PdfText(pages=["Pengumuman Libur\nKantor tutup.", "", "Halaman dua."], title="Pengumuman Libur")
    assert release_body(found) == "Kantor tutup.\n\nHalaman dua."


def test_the_listing_date_wins_over_the_documents_creation_date():
    item = ReleaseItem(source="x", url="u")
    _date(item, "2026-12-03T09:00:00+07:00", "2026-11-28T10:00:00+07:00")
    assert (item.published_at.isoformat(), item.date_source) == ("2026-12-03T02:00:00+00:00", "feed")


def test_without_a_listing_date_the_document_dates_the_release():
    item = ReleaseItem(source="x", url="u")
    _date(item, None, "2026-11-28T10:00:00+07:00")
    assert item.date_source == "metadata" and item.published_at.isoformat() == "2026-11-28T03:00:00+00:00"


def test_no_date_anywhere_leaves_the_release_undated():
    item = ReleaseItem(source="x", url="u")
    _date(item, None, None)
    assert item.published_at is None and item.date_source is None
