"""The database side of attachments: one row per content hash, a reason kept for a file that cannot be
read, links replaced when a release changes its list, and the search document built from the pages."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from archive.attachments.store import Link, attachments_of, ingest, reread, save_links
from archive.db import Database
from archive.models import Article, ArticleAttachment, Attachment, AttachmentPage, Source
from search.documents import attachment_fields, attachment_pages, matched_attachment_pages
from tests.replicas import pdfs


def detect(text: str) -> str:
    return "id"


@pytest.fixture
def db(sqlite_url):
    database = Database(sqlite_url)
    with database.session() as s:
        s.add(Source(id="bi", name="Bank Indonesia", base_url="https://www.bi.go.id", languages=["id"]))
        s.flush()
        s.add(Article(id=1, source_id="bi", url="https://www.bi.go.id/a", canonical_url="https://www.bi.go.id/a",
                      title="BI-Rate", body="", content_hash="h1"))
    yield database
    database.dispose()


def test_the_same_bytes_are_stored_and_read_once(db):
    first = ingest(db, pdfs.monetary_statement(), "application/pdf", detect=detect)
    again = ingest(db, pdfs.monetary_statement(), "application/octet-stream", detect=detect)
    assert first.new and not again.new and first.attachment_id == again.attachment_id
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Attachment)) == 1
        pages = s.scalars(select(AttachmentPage).order_by(AttachmentPage.page)).all()
        assert [(p.page, p.language) for p in pages] == [(1, "id"), (2, "id")]
        row = s.get(Attachment, first.attachment_id)
        assert (row.status, row.page_count, row.title) == ("ok", 2, "Siaran Pers: BI-Rate Tetap 5,00%")


def test_a_scanned_pdf_without_ocr_waits_as_needs_ocr(db):
    stored = ingest(db, pdfs.scanned_letter(), "application/pdf", detect=detect, use_ocr=False)
    assert stored.status == "needs_ocr" and "1 of 1 pages" in stored.error


def test_an_unreadable_pdf_is_stored_with_its_reason(db):
    stored = ingest(db, pdfs.encrypted_pdf(pdfs.inflation_release()), "application/pdf", detect=detect)
    assert stored.status == "failed" and "password" in stored.error
    with db.session() as s:
        assert s.get(Attachment, stored.attachment_id).data is not None  # kept for a later attempt


def test_links_are_upserted_failures_kept_and_unlisted_urls_removed(db):
    stored = ingest(db, pdfs.monetary_statement(), "application/pdf", detect=detect)
    good = Link("https://www.bi.go.id/SP.pdf", "ok", attachment_id=stored.attachment_id, etag='"e1"')
    broken = Link("https://www.bi.go.id/hilang.pdf", "failed", error="HTTP 404")
    with db.session() as s:
        assert save_links(s, 1, [good, broken]) is True
    with db.session() as s:
        assert save_links(s, 1, [Link(good.url, "unchanged", attachment_id=stored.attachment_id)]) is True  # one gone
        assert save_links(s, 1, [Link(good.url, "unchanged", attachment_id=stored.attachment_id)]) is False
    with db.session() as s:
        rows = s.scalars(select(ArticleAttachment)).all()
        assert [(r.url, r.status, r.etag) for r in rows] == [(good.url, "ok", '"e1"')]
        views = attachments_of(s, [1], with_text=True)[1]
        assert views[0].page_count == 2 and "QRIS" in views[0].pages[1]


def test_search_fields_name_the_file_and_page_of_each_text_element(db):
    stored = ingest(db, pdfs.monetary_statement(), "application/pdf", detect=detect)
    with db.session() as s:
        save_links(s, 1, [Link("https://www.bi.go.id/SP.pdf", "ok", attachment_id=stored.attachment_id)])
    with db.session() as s:
        fields = attachment_fields(attachment_pages(s, [1])[1])
    assert len(fields["attachment_text"]) == 2 and "QRIS" in fields["attachment_text"][1]
    assert [p["page"] for p in fields["attachment_pages"]] == [1, 2]
    hit = {**fields, "_matchesPosition": {"attachment_text": [{"start": 3, "length": 4, "indices": [1]}]}}
    assert matched_attachment_pages(hit) == [fields["attachment_pages"][1]]


def test_attachment_text_sent_to_the_index_is_capped():
    from search.documents import ATTACHMENT_INDEX_CHARS, AttachmentPageText

    pages = [AttachmentPageText(1, "u", None, n, "x" * 40_000) for n in range(1, 6)]
    fields = attachment_fields(pages)
    assert sum(map(len, fields["attachment_text"])) == ATTACHMENT_INDEX_CHARS
    assert len(fields["attachment_pages"]) == len(fields["attachment_text"])


def test_reread_gives_a_scanned_file_its_text_once_ocr_is_installed(db, ocr_tools):
    stored = ingest(db, pdfs.scanned_letter(), "application/pdf", detect=detect, use_ocr=False)
    with db.session() as s:
        save_links(s, 1, [Link("https://www.bi.go.id/surat.pdf", stored.status, attachment_id=stored.attachment_id)])
    outcomes, releases = reread(db, detect=detect)
    assert outcomes == {"ok": 1} and releases == [1]
    with db.session() as s:
        row = s.get(Attachment, stored.attachment_id)
        assert row.ocr and row.status == "ok" and "libur nasional" in row.pages[0].text
    assert reread(db, detect=detect) == ({}, [])  # nothing needs OCR any more
