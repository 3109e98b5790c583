"""The hazards replica crawled by the real engine: every broken thing a real agency server does ends up
stored correctly or reported with its URL and a reason; nothing crashes the crawl, nothing is fetched
that robots.txt forbids."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select

from archive.db import Database
from archive.models import Article, CrawlError, CrawlRun
from tests.conftest import run_siaran
from tests.integration.module_database import PARAMS, module_database
from tests.replicas.hazards.site import CHARSET_TEXT, CP1252_TEXT, HazardsSite
from tests.replicas.server import ReplicaServer

HAZARDS_DIR = Path(__file__).resolve().parent.parent / "replicas" / "hazards"
STORED = {"/siaran/" + name for name in ("rapat-koordinasi-nasional", "server-sibuk", "alamat-baru", "terpotong",
                                         "label-latin1", "label-utf8", "tanpa-tanggal")}
FAILED = {"/siaran?page=2"} | {"/siaran/" + name for name in ("sudah-dihapus", "putar-a", "laporan-besar",
                                                              "server-macet")}


@pytest.fixture(scope="module", params=PARAMS)
def crawled(request, tmp_path_factory):
    """One crawl of the hazards replica per database, shared by the tests of this module (a crawl waits
    for timeouts and retries, so it is done once): (server, database, `siaran runs --errors` output)."""
    tmp = tmp_path_factory.mktemp("hazards")
    with module_database(request.param, tmp) as url, ReplicaServer(HazardsSite()) as server:
        env = {"SIARAN_DATA_DIR": str(tmp / "data"), "SIARAN_DATABASE_URL": url, "MEILI_URL": "http://127.0.0.1:9",
               "SIARAN_DOWNLOAD_DELAY": "0", "SIARAN_AUTOTHROTTLE": "0", "SIARAN_LOG_LEVEL": "INFO",
               "SIARAN_SOURCES_DIRS": str(HAZARDS_DIR), "SIARAN_SOURCE_URL_HAZARDS": server.url,
               "SIARAN_DOWNLOAD_TIMEOUT": "1", "SIARAN_RETRY_BACKOFF": "0.05", "COLUMNS": "250"}
        run_siaran("crawl", "--source", "hazards", "--no-index", env=env, timeout=120)
        runs = run_siaran("runs", "--errors", env=env)
        yield server, Database(url), runs.stdout


def path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_hazards_are_stored_or_reported_and_the_run_finishes(crawled):
    _server, db, _ = crawled
    with db.session() as s:
        stored = {path(a.canonical_url) for a in s.scalars(select(Article))}
        errors = {path(e.url): e.reason for e in s.scalars(select(CrawlError).where(CrawlError.kind != "dropped"))}
        drops = {path(e.url): e.reason for e in s.scalars(select(CrawlError).where(CrawlError.kind == "dropped"))}
        run = s.scalar(select(CrawlRun))
    assert stored == STORED
    assert set(errors) == FAILED
    assert set(drops) == {"/siaran/hanya-foto"}  # listed too, but a policy drop is not a failure
    assert errors["/siaran/sudah-dihapus"] == "HTTP 404" and errors["/siaran?page=2"] == "HTTP 404"
    assert "redirect loop" in errors["/siaran/putar-a"]
    assert "too large" in errors["/siaran/laporan-besar"] and "4 MB" in errors["/siaran/laporan-besar"]
    assert "timed out" in errors["/siaran/server-macet"]
    assert run.status == "partial"  # pages failed: the run says so (scraper/report.py)
    assert (run.counts["new"], run.counts["failed"], run.counts["dropped"]) == (7, 5, 1)
    assert run.dropped_reasons == {"empty body": 1}


def test_robots_disallowed_path_and_pdf_are_never_requested(crawled):
    server, _, _ = crawled
    paths = server.paths()
    assert "/robots.txt" in paths
    assert not [p for p in paths if p.startswith("/internal/")]
    assert not [p for p in paths if p.endswith(".pdf")]


def test_server_error_is_retried_and_the_page_stored(crawled):
    server, db, _ = crawled
    assert server.paths().count("/siaran/server-sibuk") == 2  # a 500, then the page
    with db.session() as s:
        article = s.scalar(select(Article).where(Article.url.endswith("/siaran/server-sibuk")))
        assert article.title == "Pemerintah Salurkan Bantuan Logistik" and article.http_status == 200


def test_redirect_chain_is_stored_under_the_final_url(crawled):
    server, db, _ = crawled
    assert server.paths().count("/siaran/alamat-baru") == 1
    with db.session() as s:
        article = s.scalar(select(Article).where(Article.title == "Peresmian Posko Terpadu di Cianjur"))
        assert article.url.endswith("/siaran/alamat-baru") and article.canonical_url.endswith("/siaran/alamat-baru")


def test_redirect_loop_is_followed_only_to_the_redirect_limit(crawled):
    server, _, _ = crawled
    loop_hops = [p for p in server.paths() if p.startswith("/siaran/putar-")]
    assert 2 <= len(loop_hops) <= 6  # REDIRECT_MAX_TIMES = 5, then given up


def test_wrong_charset_headers_do_not_garble_the_text(crawled):
    _, db, _ = crawled
    with db.session() as s:
        bodies = {path(a.url): a.body for a in s.scalars(select(Article))}
    assert CHARSET_TEXT in bodies["/siaran/label-latin1"]  # UTF-8 page served as ISO-8859-1
    assert CP1252_TEXT in bodies["/siaran/label-utf8"]  # Windows-1252 page served as UTF-8
    for name in ("/siaran/label-latin1", "/siaran/label-utf8"):
        assert "Penanggulangan" in bodies[name] and "–" in bodies[name] and "“" in bodies[name]
        assert "â€" not in bodies[name] and "\ufffd" not in bodies[name]


def test_truncated_html_keeps_what_arrived(crawled):
    _, db, _ = crawled
    with db.session() as s:
        article = s.scalar(select(Article).where(Article.url.endswith("/siaran/terpotong")))
        complete = s.scalar(select(Article).where(Article.url.endswith("/siaran/rapat-koordinasi-nasional")))
    assert article.title == "Koordinasi Penanganan Gempa Bumi"
    assert article.body.startswith("Mamuju – Tim reaksi cepat")
    assert article.truncated is True and complete.truncated is False


def test_a_page_without_a_date_is_stored_undated_never_dated_from_its_text(crawled):
    _, db, _ = crawled
    with db.session() as s:
        article = s.scalar(select(Article).where(Article.url.endswith("/siaran/tanpa-tanggal")))
    assert article.published_at is None and article.date_source is None


def test_runs_errors_lists_each_failed_url_with_its_reason(crawled):
    server, _, output = crawled
    lines = [ln for ln in output.splitlines() if ln.startswith("run 1 ")]
    for failed in FAILED:
        line = next((ln for ln in lines if ln.startswith(f"run 1 {server.url}{failed}: ")), None)
        assert line is not None, f"{failed} missing from `siaran runs --errors`:\n{output}"
        assert len(line) > len(f"run 1 {server.url}{failed}: ")  # with its reason
