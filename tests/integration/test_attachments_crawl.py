"""End to end: the attachments replica crawled by the real Scrapy engine (``siaran crawl``) into SQLite and
PostgreSQL and indexed into a real Meilisearch. Every release is stored whatever its files do; each bad
file is a crawl error with its URL and reason; a PDF linked twice is one file; a phrase found only on page
2 of a PDF finds its releases, and the hit names that page; a second crawl asks conditionally (304).

One crawl pair per database is shared by the module's tests (the bombs and the OCR take seconds).
"""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import meilisearch
import pytest
from sqlalchemy import delete, func, select

from archive.attachments import ocr
from archive.db import Database
from archive.models import Article, ArticleAttachment, Attachment, CrawlError, CrawlRun
from search.documents import matched_attachment_pages
from tests.conftest import crawl_env, run_siaran
from tests.integration.module_database import PARAMS, module_database
from tests.replicas.attachments.site import (
    FAILED_FILES,
    FILE_RELEASE,
    FILE_RELEASE_TITLE,
    FILES,
    MAX_BYTES,
    PDF_RELEASE,
    PDF_RELEASE_TITLE,
    RELEASES,
    UNIQUE_PHRASE,
    AttachmentsSite,
)
from tests.replicas.server import ReplicaServer

SOURCE_DIR = Path(__file__).resolve().parent.parent / "replicas" / "attachments"


@pytest.fixture(scope="module", params=PARAMS)
def crawled(request, tmp_path_factory, meili):
    """Two crawls of the replica per database: the first indexed, the second ``--full`` (conditional GETs)."""
    tmp = tmp_path_factory.mktemp("attachments")
    with module_database(request.param, tmp) as url, ReplicaServer(AttachmentsSite()) as server:
        env = {**crawl_env(tmp / "data", url, meili), "SIARAN_SOURCES_DIRS": str(SOURCE_DIR),
               "SIARAN_SOURCE_URL_LAMPIRAN": server.url, "SIARAN_ATTACHMENT_MAX_BYTES": str(MAX_BYTES),
               "COLUMNS": "250", "SIARAN_PIPELINE_WORKERS": "0"}  # pipelines inline: the files are the subject
        run_siaran("crawl", "--source", "lampiran", env=env, timeout=150)
        first = list(server.log)
        server.clear_log()
        run_siaran("crawl", "--source", "lampiran", "--full", "--no-index", env=env, timeout=150)
        yield {"db": Database(url), "env": env, "first": first, "second": list(server.log), "meili": meili,
               "server": server}


def _path(url: str) -> str:
    return urlsplit(url).path


def test_every_release_is_stored_whatever_its_files_do(crawled):
    with crawled["db"].session() as s:
        stored = {_path(u) for u in s.scalars(select(Article.canonical_url))}
        run = s.scalars(select(CrawlRun).order_by(CrawlRun.id)).first()
    assert stored == {f"/siaran/{slug}" for slug in RELEASES} | {PDF_RELEASE}
    assert run.counts["new"] == len(RELEASES) + 1 and run.status == "partial"  # bad files are failures


def test_each_bad_file_is_a_crawl_error_with_its_url_and_reason(crawled):
    with crawled["db"].session() as s:
        first_run = s.scalar(select(func.min(CrawlRun.id)))
        errors = {_path(e.url): e.reason for e in s.scalars(
            select(CrawlError).where(CrawlError.kind == "attachment", CrawlError.run_id == first_run))}
    assert set(errors) == FAILED_FILES
    assert "password" in errors["/berkas/terkunci.pdf"]
    assert "corrupt" in errors["/berkas/rusak.pdf"]
    assert "truncated" in errors["/berkas/terpotong.pdf"]
    assert "0 bytes" in errors["/berkas/kosong.pdf"]
    assert "HTML page served as application/pdf" in errors["/berkas/galat.pdf"]
    assert "too large" in errors["/berkas/besar.pdf"] and "SIARAN_ATTACHMENT_MAX_BYTES" in errors["/berkas/besar.pdf"]
    assert "20000 pages" in errors["/berkas/bom-halaman.pdf"]
    assert "bomb" in errors["/berkas/bom-zip.pdf"]
    assert errors["/berkas/hilang.pdf"].endswith("HTTP 404")
    assert all(e.startswith("attachment of http") for e in errors.values())  # names the release too


def test_links_keep_each_files_status_and_robots_is_obeyed(crawled):
    with crawled["db"].session() as s:
        links = {(_path(url), status) for url, status in s.execute(
            select(ArticleAttachment.url, ArticleAttachment.status))}
    expected = dict(FILES)
    if not ocr.available():
        expected["/berkas/surat-pindaian.pdf"] = "needs_ocr"
    assert links == set(expected.items())
    assert "/internal/rahasia.pdf" not in {r.path for r in crawled["first"]}


def test_a_file_linked_from_two_releases_is_stored_and_read_once(crawled):
    with crawled["db"].session() as s:
        shared = s.scalars(select(ArticleAttachment.attachment_id).where(
            ArticleAttachment.url.endswith("/berkas/pernyataan.pdf"))).all()
        hashes = s.scalar(select(func.count()).select_from(Attachment).where(Attachment.status == "ok"))
    assert len(shared) == 2 and len(set(shared)) == 1
    assert [r.path for r in crawled["first"]].count("/berkas/pernyataan.pdf") == 1  # downloaded once too
    assert hashes == (4 if ocr.available() else 3)


def test_a_scanned_letter_is_read_by_ocr(crawled, ocr_tools):
    with crawled["db"].session() as s:
        row = s.scalar(select(Attachment).join(ArticleAttachment, ArticleAttachment.attachment_id == Attachment.id)
                       .where(ArticleAttachment.url.endswith("/berkas/surat-pindaian.pdf")))
        assert row.ocr and row.status == "ok" and row.title == "SURAT EDARAN"
        assert "libur nasional" in row.pages[0].text and row.pages[0].language == "id"


def test_a_phrase_only_in_a_pdf_finds_its_releases_and_names_the_page(crawled):
    env = crawled["env"]
    index = meilisearch.Client(env["MEILI_URL"], env["MEILI_MASTER_KEY"] or None).index(env["SIARAN_INDEX"])
    result = index.search(f'"{UNIQUE_PHRASE}"', {"showMatchesPosition": True,
                                                 "attributesToRetrieve": ["id", "url", "attachment_pages"]})
    assert {_path(hit["url"]) for hit in result["hits"]} == {"/siaran/bi-rate-tetap", "/siaran/ulasan-bi-rate"}
    for hit in result["hits"]:
        [matched] = matched_attachment_pages(hit)
        assert matched["page"] == 2 and matched["url"].endswith("/berkas/pernyataan.pdf")
        assert matched["title"] == "Siaran Pers: BI-Rate Tetap 5,00%"


def test_search_in_the_cli_and_the_api_names_the_matched_pdf_page(crawled):
    env = crawled["env"]
    shown = run_siaran("search", f'"{UNIQUE_PHRASE}"', env=env).stdout
    assert shown.count("matched in Siaran Pers: BI-Rate Tetap 5,00%, page 2") == 2

    from fastapi.testclient import TestClient

    from search.api import create_app
    from siaran.config import load_settings

    settings = dataclasses.replace(load_settings(), database_url=env["SIARAN_DATABASE_URL"], meili_url=env["MEILI_URL"],
                                   meili_api_key=env["MEILI_MASTER_KEY"] or None, index_uid=env["SIARAN_INDEX"])
    with TestClient(create_app(settings)) as client:
        hits = client.get("/search", params={"q": f'"{UNIQUE_PHRASE}"'}).json()["hits"]
    assert len(hits) == 2
    for hit in hits:
        [match] = hit["matched_attachments"]
        assert match["page"] == 2 and match["url"].endswith("/berkas/pernyataan.pdf")
        assert "_matchesPosition" not in hit and "attachment_pages" not in hit


def test_a_second_crawl_asks_for_stored_files_conditionally(crawled):
    asked = {r.path: r.headers.get("If-None-Match") for r in crawled["second"] if r.path.startswith("/berkas/")}
    good = ("/berkas/tabel-inflasi.pdf", "/berkas/pernyataan.pdf", "/berkas/surat-pindaian.pdf")
    assert all(asked.get(path) for path in good)
    with crawled["db"].session() as s:
        second_run = s.scalar(select(func.max(CrawlRun.id)))
        errors = {_path(u) for u in s.scalars(select(CrawlError.url).where(CrawlError.run_id == second_run,
                                                                           CrawlError.kind == "attachment"))}
        kept = s.scalars(select(ArticleAttachment.status).where(ArticleAttachment.url.endswith(good[0]))).all()
    assert not errors & set(good) and kept == ["ok"]


def test_siaran_show_lists_a_releases_files_with_their_status(crawled):
    with crawled["db"].session() as s:
        article_id = s.scalar(select(Article.id).where(Article.canonical_url.endswith("/siaran/bi-rate-tetap")))
    shown = run_siaran("show", str(article_id), env=crawled["env"]).stdout
    assert "attachments (3)" in shown
    assert 'pernyataan.pdf — "Siaran Pers: BI-Rate Tetap 5,00%" · 2 pages' in shown
    assert "rusak.pdf" in shown and "corrupt PDF" in shown
    assert "galat.pdf · not_pdf: not a PDF: an HTML page served as application/pdf" in shown


def test_export_adds_each_releases_files_with_their_text_per_page(crawled, tmp_path):
    out = tmp_path / "releases.jsonl"
    run_siaran("export", "--out", str(out), "--format", "jsonl", "--attachments", "text", env=crawled["env"])
    rows = {_path(row["url"]): row for row in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    files = {_path(f["url"]): f for f in rows["/siaran/bi-rate-tetap"]["attachments"]}
    assert set(files) == {"/berkas/pernyataan.pdf", "/berkas/rusak.pdf", "/berkas/galat.pdf"}
    assert len(files["/berkas/pernyataan.pdf"]["pages"]) == 2 and UNIQUE_PHRASE in files["/berkas/pernyataan.pdf"]["pages"][1]
    assert files["/berkas/galat.pdf"]["status"] == "not_pdf" and files["/berkas/galat.pdf"]["pages"] == []



def test_a_release_that_is_a_pdf_is_stored_with_the_documents_title_text_and_date(crawled):
    with crawled["db"].session() as s:
        release = s.scalar(select(Article).where(Article.canonical_url.endswith(PDF_RELEASE)))
        link = s.scalar(select(ArticleAttachment).where(ArticleAttachment.article_id == release.id))
        assert release.title == PDF_RELEASE_TITLE and release.extractor == "pdf"
        assert "dibuka kembali" in release.body and PDF_RELEASE_TITLE not in release.body
        assert release.published_at.isoformat() == "2026-12-01T01:30:00+00:00"  # CreationDate 08:30 WIB
        assert release.date_source == "metadata" and release.language == "id"
        assert link.url.endswith(PDF_RELEASE) and link.attachment.page_count == 1
    assert [r.path for r in crawled["first"]].count(PDF_RELEASE) == 1  # stored from the answer, not fetched twice


def test_attachments_reread_reads_failed_files_again_and_requeues_nothing_unchanged(crawled):
    done = run_siaran("attachments", "reread", "--status", "failed", env=crawled["env"]).stdout
    # encrypted, corrupt, truncated and the two bombs are stored (the others never reached the reader)
    assert "read 5 file(s) again (5 failed); 0 release(s) queued for indexing" in done


def test_a_source_with_pdf_releases_takes_pdf_links_from_its_listing_as_releases(tmp_path, meili):
    with ReplicaServer(AttachmentsSite()) as server:
        url = f"sqlite:///{tmp_path / 'siaran.db'}"
        env = {**crawl_env(tmp_path / "data", url, meili), "SIARAN_SOURCES_DIRS": str(SOURCE_DIR),
               "SIARAN_SOURCE_URL_LAMPIRAN_BERKAS": server.url, "SIARAN_SEMANTIC": "0", "SIARAN_PIPELINE_WORKERS": "0"}
        run_siaran("crawl", "--source", "lampiran_berkas", "--no-index", env=env, timeout=150)
        requested = {r.path for r in server.log}
    with Database(url).session() as s:
        [release] = s.scalars(select(Article))
        assert _path(release.url) == FILE_RELEASE and release.title == FILE_RELEASE_TITLE
        assert "pemesanan jadwal" in release.body and release.extractor == "pdf"
        assert release.published_at is not None and release.published_at.strftime("%Y-%m-%d") == "2026-12-03"
    assert "/tentang" not in requested  # not a file, and outside article_url_pattern


def test_a_finished_crawl_leaves_no_link_pending(crawled):
    with crawled["db"].session() as s:
        assert s.scalar(select(func.count()).select_from(ArticleAttachment)
                        .where(ArticleAttachment.status == "pending")) == 0
        assert s.scalar(select(func.count()).select_from(ArticleAttachment)) > 0


def test_files_a_killed_crawl_left_pending_are_fetched_by_the_next_crawl(crawled):
    """The state a crawl killed after the store wrote a release and before its links were written leaves
    (test_attachments_pending.py: the store writes exactly these pending rows), then an ordinary nightly crawl.
    Runs last: it changes the module's archive."""
    db, server, target = crawled["db"], crawled["server"], "/siaran/bi-rate-tetap"
    with db.session() as s:
        article = s.scalar(select(Article).where(Article.canonical_url.endswith(target)))
        urls = s.scalars(select(ArticleAttachment.url).where(ArticleAttachment.article_id == article.id)).all()
        s.execute(delete(ArticleAttachment).where(ArticleAttachment.article_id == article.id))
        s.add_all(ArticleAttachment(article_id=article.id, url=url, status="pending") for url in urls)
    server.clear_log()
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).isoformat()  # the next night: it has a re-check budget
    run_siaran("crawl", "--source", "lampiran", "--no-index", env={**crawled["env"], "SIARAN_NOW": tomorrow},
               timeout=150)
    page = [r for r in server.log if r.path == target]
    assert page and not page[0].headers.get("If-None-Match") and not page[0].headers.get("If-Modified-Since")
    with db.session() as s:
        statuses = {_path(r.url): r.status for r in s.scalars(
            select(ArticleAttachment).where(ArticleAttachment.article_id == article.id))}
    assert statuses == {"/berkas/pernyataan.pdf": "ok", "/berkas/rusak.pdf": "failed", "/berkas/galat.pdf": "not_pdf"}
