"""End to end: ``siaran sources add`` on a site whose press-release listing is a list of PDF files proposes
``pdf_releases = true``, and ``siaran crawl`` with the entry it wrote (real Scrapy engine, SQLite and
PostgreSQL) stores every file as a release. An HTML listing that links one PDF is not proposed as such.

Expected before the first run: the probe reports "/siaran-pers lists 4 PDF files, 0 HTML article links"
(page 1 of the listing), its pattern also matches the 2025 files of page 2, the crawl stores the six PDFs
of both pages with the documents' titles and creation dates and never opens /profil or /kontak; the HTML
site's entry has no ``pdf_releases`` and a pattern that matches its five articles but not the PDF; a site
with both keeps its HTML listing and reports the file listing it did not take.

Download links without ``.pdf`` in the URL (``/unduh?id=N``, ``/download/N``), which the HTML pattern takes for
site furniture, are files when they answer with a PDF: expected before the probe asked them, the listing of
three ``/unduh?id=N`` and one ``/download/4`` is reported as "4 PDF files (4 download links answering with a
PDF)", the pattern matches both shapes and page 2's links, and the crawl stores all six; an HTML listing
with a download box of two such links is not proposed as ``pdf_releases``.

A site with no listing page at all, whose home page is the table of its release files: expected before the
probe took the home page into account, it reports "/ lists 6 PDF files, 0 HTML article links", writes one
listing route starting at ``/`` with the files' pattern, and the crawl stores the six PDFs as releases.
"""

from __future__ import annotations

import re
from datetime import timedelta, timezone
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select

from archive.db import Database
from archive.models import Article, ArticleAttachment
from scraper.sources import load_source_file
from tests.conftest import crawl_env, run_siaran
from tests.replicas.pdf_listing.site import (
    ANNUAL_REPORT,
    ARTICLES,
    RELEASES,
    HomePdfSite,
    HtmlListingSite,
    NewsAndFilesSite,
    PdfListingSite,
)

JAKARTA = timezone(timedelta(hours=7))


def _env(tmp_path, database_url: str, meili: dict) -> dict:
    sources = tmp_path / "sources"
    sources.mkdir(exist_ok=True)
    return {**crawl_env(tmp_path / "data", database_url, meili), "SIARAN_SOURCES_DIRS": str(sources),
            "SIARAN_SEMANTIC": "0", "COLUMNS": "250"}


def test_a_listing_of_pdf_files_is_proposed_as_pdf_releases_and_crawled_into_releases(
        tmp_path, replica, database_url, meili):
    server = replica(PdfListingSite())
    env = _env(tmp_path, database_url, meili)
    added = run_siaran("sources", "add", server.url + "/", "--id", "cadangan", "--write", env=env).stdout
    assert "pdf_releases = true: /siaran-pers lists 4 PDF files, 0 HTML article links" in added, added
    assert added.count(" · pdf") == 5, added  # the sample was read as PDF documents, like the crawl will
    assert RELEASES[0].title in added
    source = load_source_file(tmp_path / "sources" / "cadangan.toml")
    assert source.pdf_releases is True
    assert [(d.kind, d.start) for d in source.discovery] == [("listing", "/siaran-pers")]
    pattern = re.compile(source.article_url_pattern)
    assert all(pattern.search(server.url + r.path) for r in RELEASES)  # page 2's 2025 files too
    assert not any(pattern.search(server.url + p) for p in ("/profil", "/kontak", "/siaran-pers?page=2"))

    server.clear_log()
    run_siaran("crawl", "--source", "cadangan", "--no-index", env=env, timeout=150)
    requested = {r.path for r in server.log}
    with Database(database_url).session() as s:
        stored = {urlsplit(a.canonical_url).path: a for a in s.scalars(select(Article))}
        assert sorted(stored) == sorted(r.path for r in RELEASES)
        for release in RELEASES:
            article = stored[release.path]
            assert article.title == release.title and article.extractor == "pdf"
            assert release.lines[0].split(",")[0][:40] in article.body
            assert article.published_at.astimezone(JAKARTA).date().isoformat() == release.day
            assert article.date_source == "metadata" and article.language == "id"
            [link] = s.scalars(select(ArticleAttachment).where(ArticleAttachment.article_id == article.id))
            assert link.status == "ok" and urlsplit(link.url).path == release.path
    assert "/profil" not in requested and "/kontak" not in requested


def test_a_home_page_that_is_the_list_of_pdf_files_is_proposed_as_pdf_releases_and_crawled(tmp_path, replica, meili):
    server = replica(HomePdfSite())
    env = _env(tmp_path, f"sqlite:///{tmp_path / 'siaran.db'}", meili)  # PostgreSQL: the listing tests above
    added = run_siaran("sources", "add", server.url + "/", "--id", "beranda", "--write", env=env).stdout
    assert "pdf_releases = true: / lists 6 PDF files, 0 HTML article links" in added, added
    assert added.count(" · pdf") == 5, added
    source = load_source_file(tmp_path / "sources" / "beranda.toml")
    assert source.pdf_releases is True
    assert [(d.kind, d.start) for d in source.discovery] == [("listing", "/")]
    pattern = re.compile(source.article_url_pattern)
    assert all(pattern.search(server.url + r.path) for r in RELEASES)
    assert not any(pattern.search(server.url + p) for p in ("/", "/profil", "/kontak", "/siaran-pers"))

    server.clear_log()
    run_siaran("crawl", "--source", "beranda", "--no-index", env=env, timeout=150)
    with Database(env["SIARAN_DATABASE_URL"]).session() as s:
        stored = {urlsplit(a.canonical_url).path: a for a in s.scalars(select(Article))}
        assert sorted(stored) == sorted(r.path for r in RELEASES)
        for release in RELEASES:
            article = stored[release.path]
            assert article.title == release.title and article.extractor == "pdf"
            assert article.published_at.astimezone(JAKARTA).date().isoformat() == release.day
    assert not {"/profil", "/kontak"} & {r.path for r in server.log}


def _path_and_query(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_a_listing_of_download_links_answering_pdf_is_proposed_as_pdf_releases_and_crawled(
        tmp_path, replica, database_url, meili):
    site = PdfListingSite(unduh_links=True)
    server = replica(site)
    env = _env(tmp_path, database_url, meili)
    added = run_siaran("sources", "add", server.url + "/", "--id", "unduhan", "--write", env=env).stdout
    assert ("pdf_releases = true: /siaran-pers lists 4 PDF files (4 download links answering with a PDF), "
            "0 HTML article links") in added, added
    assert added.count(" · pdf") == 5, added
    source = load_source_file(tmp_path / "sources" / "unduhan.toml")
    assert source.pdf_releases is True
    assert [(d.kind, d.start) for d in source.discovery] == [("listing", "/siaran-pers")]
    pattern = re.compile(source.article_url_pattern)
    links = [site.link(r) for r in RELEASES]
    assert "/download/4" in links and "/unduh?id=6" in links
    assert all(pattern.search(server.url + link) for link in links)  # both shapes, page 2's links too
    assert not any(pattern.search(server.url + p) for p in ("/profil", "/kontak", "/siaran-pers?page=2", "/"))
    # Each download link is fetched once: the sample reuses the answers the probe asked to tell files apart.
    fetched = [(r.path, r.arg("id")) for r in server.log if r.path in ("/unduh", "/download/4")]
    assert len(fetched) == len(set(fetched)) == 5, fetched

    server.clear_log()
    run_siaran("crawl", "--source", "unduhan", "--no-index", env=env, timeout=150)
    with Database(database_url).session() as s:
        stored = {_path_and_query(a.canonical_url): a for a in s.scalars(select(Article))}
        assert sorted(stored) == sorted(links)
        for release, link in zip(RELEASES, links, strict=True):
            article = stored[link]
            assert article.title == release.title and article.extractor == "pdf"
            assert article.published_at.astimezone(JAKARTA).date().isoformat() == release.day


@pytest.mark.parametrize("download_box", [0, 2], ids=["one-pdf-attachment", "download-box-of-two"])
def test_an_html_listing_with_a_pdf_or_two_is_not_proposed_as_pdf_releases(tmp_path, replica, download_box) -> None:
    server = replica(HtmlListingSite(download_box=download_box))
    env = {"SIARAN_SOURCES_DIRS": str(tmp_path), "SIARAN_DOWNLOAD_DELAY": "0", "SIARAN_DATA_DIR": str(tmp_path),
           "COLUMNS": "250"}
    added = run_siaran("sources", "add", server.url + "/", "--id", "pangan", "--write", env=env).stdout
    assert "pdf_releases" not in added, added
    source = load_source_file(tmp_path / "pangan.toml")
    assert source.pdf_releases is False
    pattern = re.compile(source.article_url_pattern)
    assert all(pattern.search(server.url + path) for path in ARTICLES)
    assert not pattern.search(server.url + ANNUAL_REPORT)
    assert not any(pattern.search(f"{server.url}/unduh?id={i}") for i in (1, 2))
    assert not any(r.path == "/unduh" for r in server.log)  # two links cannot make a list: not even asked


def test_entries_that_answer_with_a_pdf_are_proposed_as_pdf_releases(tmp_path, replica):
    server = replica(PdfListingSite(download_links=True))
    env = {"SIARAN_SOURCES_DIRS": str(tmp_path), "SIARAN_DOWNLOAD_DELAY": "0", "SIARAN_DATA_DIR": str(tmp_path),
           "COLUMNS": "250"}
    added = run_siaran("sources", "add", server.url + "/", "--id", "cadangan", env=env).stdout
    assert "pdf_releases = true: 5 of 5 sampled entries answer with a PDF" in added, added
    assert "\npdf_releases = true\n" in added and "dokumen\\.php\\?id=\\d+" in added


def test_a_site_with_html_news_keeps_its_html_pattern_and_reports_the_file_listing(tmp_path, replica):
    server = replica(NewsAndFilesSite())
    env = {"SIARAN_SOURCES_DIRS": str(tmp_path), "SIARAN_DOWNLOAD_DELAY": "0", "SIARAN_DATA_DIR": str(tmp_path),
           "COLUMNS": "250"}
    added = run_siaran("sources", "add", server.url + "/", "--id", "gabungan", "--write", env=env).stdout
    assert ("tried file listing /siaran-pers: 4 PDF files, 0 HTML article links; no pdf_releases: listing /berita "
            "shows HTML articles") in added, added
    source = load_source_file(tmp_path / "gabungan.toml")
    assert source.pdf_releases is False
    assert [(d.kind, d.start) for d in source.discovery] == [("listing", "/berita")]
    assert all(re.search(source.article_url_pattern, server.url + path) for path in ARTICLES)
