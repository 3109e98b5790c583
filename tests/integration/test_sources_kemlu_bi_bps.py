"""End to end: the three agencies that need non-HTML discovery, crawled by the real Scrapy engine
through ``siaran crawl`` in a subprocess.

* Kemlu: a Vue SPA; releases come from its JSON API, Indonesian and English in one stream.
* Bank Indonesia: page-1-only listing plus a walk down the release numbers, with soft 404s.
* BPS: www is Cloudflare-challenged; releases come from the WebAPI (with a key), PDFs are attachments.

To keep the run short, the three replicas are crawled together twice (first run, then an incremental
one) into one SQLite database shared by the tests of this module; one test repeats the BI crawl on
PostgreSQL, and the BPS key checks run on their own.
"""

from __future__ import annotations

from collections import Counter

import meilisearch
import pytest
from sqlalchemy import select

from archive.db import Database
from archive.models import Article, CrawlError, CrawlRun
from search.documents import matched_attachment_pages
from tests.conftest import crawl_env, run_siaran
from tests.replicas.bi.site import BiSite
from tests.replicas.bps.site import API_KEY, BpsSite
from tests.replicas.kemlu.site import KemluSite
from tests.replicas.server import ReplicaServer

SOURCES = ("kemlu", "bi", "bps")


def local_env(tmp, meili, database_url: str) -> dict:
    return crawl_env(tmp / "data", database_url, meili)


def crawl(env: dict, servers: dict, *sources: str, extra: dict | None = None):
    urls = {f"SIARAN_SOURCE_URL_{sid.upper()}": servers[sid].url for sid in sources}
    args = [arg for sid in sources for arg in ("--source", sid)]
    return run_siaran("crawl", *args, env={**env, **urls, "SIARAN_BPS_API_KEY": API_KEY, **(extra or {})})


@pytest.fixture(scope="module")
def crawled(tmp_path_factory, meili):
    """All three replicas crawled twice into one SQLite database; the request logs of both runs."""
    tmp = tmp_path_factory.mktemp("kemlu_bi_bps")
    env = local_env(tmp, meili, f"sqlite:///{tmp / 'siaran.db'}")
    servers = {"kemlu": ReplicaServer(KemluSite()).start(), "bi": ReplicaServer(BiSite()).start(),
               "bps": ReplicaServer(BpsSite()).start()}
    try:
        crawl(env, servers, *SOURCES)
        first = {sid: s.paths() for sid, s in servers.items()}
        db = Database(env["SIARAN_DATABASE_URL"])
        with db.session() as s:
            articles = list(s.scalars(select(Article)))
            s.expunge_all()
        for server in servers.values():
            server.clear_log()
        crawl(env, servers, *SOURCES)
        second = {sid: s.paths() for sid, s in servers.items()}
        with db.session() as s:
            runs = {r.id: (r.source_id, r.counts, r.dropped_reasons) for r in s.scalars(select(CrawlRun))}
            errors = [(e.source_id, e.url, e.reason) for e in s.scalars(select(CrawlError))]
            total_after_second = len(list(s.scalars(select(Article.id))))
        yield {"articles": articles, "first": first, "second": second, "runs": runs, "errors": errors,
               "total_after_second": total_after_second, "servers": servers, "env": env}
    finally:
        for server in servers.values():
            server.stop()


def of(crawled, source: str, language: str | None = None) -> list[Article]:
    return [a for a in crawled["articles"] if a.source_id == source and language in (None, a.language)]


def first_run(crawled, source: str) -> tuple[dict, dict]:
    run_id = min(i for i, (sid, _, _) in crawled["runs"].items() if sid == source)
    return crawled["runs"][run_id][1], crawled["runs"][run_id][2]


# -- Kemlu ----------------------------------------------------------------------------------------
def test_kemlu_releases_come_from_the_api_without_fetching_spa_pages(crawled):
    releases = of(crawled, "kemlu")
    assert len(releases) == 8  # articles.json has 9; the photo gallery has no text
    counts, dropped = first_run(crawled, "kemlu")
    assert counts["new"] == 8 and dropped == {"empty body": 1}
    assert not [p for p in crawled["first"]["kemlu"] if p.startswith("/berita/")]
    # The replica caps the page size at 5, so the 9 records take two API pages.
    assert sum("contentMenu" in p for p in crawled["first"]["kemlu"]) == 2


def test_kemlu_language_is_decided_per_record_and_slug_is_the_external_id(crawled):
    releases = of(crawled, "kemlu")
    assert Counter(a.language for a in releases) == {"id": 5, "en": 3}
    statement = next(a for a in releases if a.title.startswith("National Statement"))
    assert statement.language == "en"
    assert all(a.canonical_url.endswith("/berita/" + a.external_id) for a in releases)
    assert "Mr. President" in statement.body and "\n\n" in statement.body


def test_kemlu_midnight_dates_are_date_only_and_real_times_are_kept(crawled):
    by_slug = {a.external_id: a for a in of(crawled, "kemlu")}
    dated = by_slug["menlu-sugiono-bahas-penguatan-kerja-sama-ekonomi-dengan-menlu-jepang"]
    assert dated.published_at.strftime("%Y-%m-%dT%H:%M") == "2026-11-17T17:00"  # 18 Nov 00:00 WIB
    assert dated.published_has_time is False
    timed = by_slug["pernyataan-pers-tahunan-menteri-luar-negeri-ri-2026"]
    assert timed.published_at.strftime("%Y-%m-%dT%H:%M") == "2026-10-29T03:30" and timed.published_has_time


# -- Bank Indonesia -------------------------------------------------------------------------------
def test_bi_walk_backfills_past_page_one_and_soft_404_is_not_a_release(crawled):
    ids = sorted(a.external_id for a in of(crawled, "bi", "id"))
    assert len(ids) == 9  # the listing shows 5; the walk found the other 4 across the gap at 179
    assert "sp_2817926" not in ids and "sp_2817526" in ids
    counts, _ = first_run(crawled, "bi")
    assert counts["new"] == 15 and counts["failed"] == 0  # soft 404s during the walk are not errors
    assert not [e for e in crawled["errors"] if e[0] == "bi"]
    walked = [p for p in crawled["first"]["bi"] if p.startswith("/id/") and "/Pages/" in p]
    # Below the oldest release (175) the walk stops after five missing numbers: 174 ... 170.
    assert walked[-1].endswith("sp_2817026.aspx") and not any("sp_28169" in p for p in walked)


def test_bi_english_mirror_lags_and_shares_the_file_name(crawled):
    en = {a.external_id for a in of(crawled, "bi", "en")}
    ids = {a.external_id for a in of(crawled, "bi", "id")}
    assert len(en) == 6 and en < ids
    assert {"sp_2818426", "sp_2818326", "sp_2818226"} == ids - en - {"sp_2817926"}  # newest not translated yet


def test_bi_month_first_dates_title_label_zero_width_and_attachments(crawled):
    rate = next(a for a in of(crawled, "bi", "id") if a.external_id == "sp_2818426")
    assert rate.published_at.strftime("%Y-%m-%dT%H:%M") == "2026-09-17T12:00"  # 9/17/2026 7:00 PM WIB
    assert rate.published_has_time is True
    assert rate.title == "BI-Rate Tetap 5,00%: Sinergi Menjaga Stabilitas dan Mendorong Pertumbuhan Ekonomi"
    assert "\u200b" not in rate.body and "Rapat Dewan Gubernur" in rate.body
    assert "Facebook" not in rate.body
    assert rate.attachments == [rate.url.rsplit("/Pages/", 1)[0] + "/Documents/SP_2818426.pdf"]
    assert rate.author == "Departemen Komunikasi"
    english = next(a for a in of(crawled, "bi", "en") if a.external_id == "sp_2818026")
    assert english.title == "Foreign Exchange Reserves Increased in August 2026"  # "News Release" label gone
    assert english.published_at.strftime("%Y-%m-%dT%H:%M") == "2026-09-15T04:00"  # 9/15/2026 11:00 AM


def test_bi_statement_pdf_page_two_is_searchable_with_the_release_and_the_hit_names_the_page(crawled):
    """Issue 18, on SQLite (the same on PostgreSQL: ``test_bi_crawl_on_postgresql``)."""
    rate = next(a for a in of(crawled, "bi", "id") if a.external_id == "sp_2818426")
    env = crawled["env"]
    index = meilisearch.Client(env["MEILI_URL"], env["MEILI_MASTER_KEY"] or None).index(env["SIARAN_INDEX"])
    hits = index.search('"akseptasi QRIS antarnegara"', {"showMatchesPosition": True})["hits"]
    assert [hit["id"] for hit in hits] == [rate.id]
    assert [(p["page"], p["url"].rsplit("/", 1)[1]) for p in matched_attachment_pages(hits[0])] == [(2, "SP_2818426.pdf")]


# -- BPS ------------------------------------------------------------------------------------------
def test_bps_uses_only_the_webapi_and_never_a_www_path(crawled):
    for run in ("first", "second"):
        paths = crawled[run]["bps"]
        assert paths and all(p == "/robots.txt" or p.startswith(("/v1/api/", "/download.php")) for p in paths), paths
    # The PDFs are attachments (issue 18): each new release's pdf and slide, fetched once through the WebAPI host.
    assert sum("download.php" in p for p in crawled["first"]["bps"]) == 26
    assert not any("download.php" in p for p in crawled["second"]["bps"])


def test_bps_releases_pair_on_the_brs_id_and_keep_pdfs_as_attachments(crawled):
    ids = {a.external_id: a for a in of(crawled, "bps", "id")}
    en = {a.external_id: a for a in of(crawled, "bps", "en")}
    assert len(ids) == 7 and len(en) == 6 and set(en) < set(ids)
    inflation = ids["2619"]
    assert inflation.published_at.strftime("%Y-%m-%dT%H:%M") == "2026-09-30T17:00"  # 2026-10-01, WIB
    assert inflation.published_has_time is False
    assert "/id/pressrelease/2026/10/01/2619/inflasi-year-on-year" in inflation.canonical_url
    assert en["2619"].canonical_url.split("/en/pressrelease/")[1].startswith("2026/10/01/2619/")
    assert len(inflation.attachments) == 2 and all("download.php?f=" in u for u in inflation.attachments)
    assert "Papua Tengah" in inflation.body


# -- the second, incremental run ------------------------------------------------------------------
def test_second_crawl_stores_nothing_new_and_reads_one_page_per_listing(crawled):
    assert crawled["total_after_second"] == len(crawled["articles"]) == 8 + 15 + 13
    second_runs = [counts for rid, (sid, counts, _) in crawled["runs"].items()
                   if rid != min(i for i, (s, _, _) in crawled["runs"].items() if s == sid)]
    assert len(second_runs) == 3 and all(c["new"] == 0 and c["failed"] == 0 for c in second_runs)
    assert sum("contentMenu" in p for p in crawled["second"]["kemlu"]) == 1
    assert sum("/page/" in p for p in crawled["second"]["bps"]) == 2  # page 1 of each language
    # BI: no stored release is fetched again; the walk only re-asks numbers that do not exist (the gap at
    # 179, and in English the numbers below the oldest translation) until five in a row are known/missing.
    bi_pages = [p.rsplit("/", 1)[1] for p in crawled["second"]["bi"] if "/Pages/" in p]
    stored = {a.canonical_url.rsplit("/", 1)[1] for a in of(crawled, "bi")}
    assert bi_pages and not set(bi_pages) & stored
    assert sorted(bi_pages) == ["sp_2817126.aspx", "sp_2817226.aspx", "sp_2817326.aspx", "sp_2817426.aspx",
                                "sp_2817926.aspx"]


# -- BPS key handling and both databases ------------------------------------------------------------
def test_bps_without_key_records_one_clear_error_and_requests_nothing(tmp_path, meili, replica):
    server = replica(BpsSite())
    env = local_env(tmp_path, meili, f"sqlite:///{tmp_path / 'siaran.db'}")
    result = run_siaran("crawl", "--no-index", "--source", "bps",
                        env={**env, "SIARAN_SOURCE_URL_BPS": server.url, "SIARAN_BPS_API_KEY": ""})
    assert result.returncode == 0  # a finished crawl with a recorded failure, as for any failed URL
    with Database(env["SIARAN_DATABASE_URL"]).session() as s:
        errors = list(s.scalars(select(CrawlError)))
        assert len(errors) == 1 and "SIARAN_BPS_API_KEY" in errors[0].reason
        assert s.scalar(select(CrawlRun)).counts["failed"] == 1
        assert not list(s.scalars(select(Article)))
    assert [p for p in server.paths() if p != "/robots.txt"] == []


def test_bps_wrong_key_reports_the_api_error_without_leaking_the_key(tmp_path, meili, replica):
    server = replica(BpsSite())
    env = local_env(tmp_path, meili, f"sqlite:///{tmp_path / 'siaran.db'}")
    run_siaran("crawl", "--no-index", "--source", "bps",
               env={**env, "SIARAN_SOURCE_URL_BPS": server.url, "SIARAN_BPS_API_KEY": "wrong-key-123"})
    with Database(env["SIARAN_DATABASE_URL"]).session() as s:
        errors = list(s.scalars(select(CrawlError)))
        assert len(errors) == 2  # one per language
        assert all("Invalid key" in e.reason and "wrong-key-123" not in e.url for e in errors)


# On SQLite the shared crawl above already asserts all of this (BI's 9 + 6 releases, the rate release's date,
# no BI crawl error, the PDF page hit); here the same BI crawl stores into PostgreSQL.
@pytest.mark.parametrize("database_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True)
def test_bi_crawl_on_postgresql(database_url, tmp_path, meili, replica):
    server = replica(BiSite())
    env = local_env(tmp_path, meili, database_url)
    run_siaran("crawl", "--source", "bi", env={**env, "SIARAN_SOURCE_URL_BI": server.url})
    with Database(database_url).session() as s:
        articles = list(s.scalars(select(Article)))
        assert Counter(a.language for a in articles) == {"id": 9, "en": 6}
        rate = next(a for a in articles if a.external_id == "sp_2818426" and a.language == "id")
        assert rate.published_at.strftime("%Y-%m-%dT%H:%M") == "2026-09-17T12:00"
        assert not list(s.scalars(select(CrawlError)))
    # Issue 18: the statement PDF's page 2 is searchable with the release, and the hit names the page.
    index = meilisearch.Client(env["MEILI_URL"], env["MEILI_MASTER_KEY"] or None).index(env["SIARAN_INDEX"])
    hits = index.search('"akseptasi QRIS antarnegara"', {"showMatchesPosition": True})["hits"]
    assert [hit["id"] for hit in hits] == [rate.id]
    assert [(p["page"], p["url"].rsplit("/", 1)[1]) for p in matched_attachment_pages(hits[0])] == [(2, "SP_2818426.pdf")]
