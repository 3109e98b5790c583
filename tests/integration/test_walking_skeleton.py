"""End to end: the BNPT replica crawled by the real Scrapy engine into a real database, indexed in a
real Meilisearch, searched and exported through the CLI."""

from __future__ import annotations

import csv
import json

import pytest
from sqlalchemy import func, select

from archive.db import Database
from archive.models import Article, CrawlError, CrawlRun, IndexOutbox, Revision
from tests.conftest import crawl_env, run_siaran
from tests.integration.module_database import PARAMS, module_database
from tests.replicas.bnpt.site import BnptSite
from tests.replicas.server import ReplicaServer

GOOD_RELEASES = 9  # articles.json has 10: one with an empty body; the one without a date is stored undated


def crawl_bnpt(siaran, siaran_env, server, *extra):
    env = {**siaran_env, "SIARAN_SOURCE_URL_BNPT": server.url}
    return siaran("crawl", "--source", "bnpt", *extra, env=env)


@pytest.fixture(scope="module", params=PARAMS)
def crawled(request, tmp_path_factory, meili):
    """The BNPT replica crawled into a fresh database and index, then crawled again: what the first run
    stored and what search found right after it, and what the second run stored and requested. One pair of
    crawls per database, shared by the three tests below, which only read what it recorded (export reads
    the archive)."""
    tmp = tmp_path_factory.mktemp("walking_skeleton")
    with module_database(request.param, tmp) as url, ReplicaServer(BnptSite()) as server:
        env = crawl_env(tmp / "data", url, meili)
        crawl_bnpt(run_siaran, env, server)
        db = Database(url)
        with db.session() as s:  # the archive after the first run, before the second one adds to it
            first = {"articles": list(s.scalars(select(Article).order_by(Article.published_at))),
                     "revisions": s.scalar(select(func.count()).select_from(Revision)),
                     "errors": list(s.scalars(select(CrawlError))), "run": s.scalar(select(CrawlRun)),
                     "outbox": s.scalar(select(func.count()).select_from(IndexOutbox))}
            s.expunge_all()
        first["search"] = run_siaran("search", "koordinasi terorisme", "--source", "bnpt", "--lang", "id",
                                     "--since", "2022-01-01", "--json", env=env)
        server.clear_log()
        crawl_bnpt(run_siaran, env, server)
        with db.session() as s:
            second = {"articles": s.scalar(select(func.count()).select_from(Article))}
        yield {"env": env, "first": first, "second": second, "second_paths": server.paths()}


def test_crawl_stores_releases_records_errors_and_indexes(crawled):
    first = crawled["first"]
    articles = first["articles"]
    assert len(articles) == GOOD_RELEASES
    seed = next(a for a in articles if "Lokakarya Internasional" in a.title)
    assert seed.language == "id"
    assert seed.published_at.isoformat() == "2022-07-25T17:00:00+00:00"  # 26 Juli 2022, 00:00 WIB
    assert seed.published_has_time is False
    assert "Thomas Wuchte" in seed.body and "\n\n" in seed.body
    assert "Baca juga" not in seed.body and "Bagikan" not in seed.body
    assert seed.canonical_url.endswith("/bnpt-promosikan-praktik-baik-indonesia-dalam-lokakarya-internasional")
    assert first["revisions"] == GOOD_RELEASES
    # A page that states no date is still a release: stored undated, never dated from its prose.
    undated = next(a for a in articles if a.url.endswith("/pernyataan-pers-tanpa-tanggal"))
    assert undated.published_at is None and undated.date_source is None
    assert seed.date_source == "dateline"
    assert not [e for e in first["errors"] if e.url == undated.url]
    run = first["run"]
    assert run.status == "finished"
    assert run.counts["new"] == GOOD_RELEASES and run.counts["failed"] == 0 and run.counts["dropped"] == 1
    assert run.dropped_reasons == {"empty body": 1}
    assert first["outbox"] == 0  # everything reached the index

    hits = json.loads(first["search"].stdout)["hits"]
    assert hits, "the crawled releases must be searchable"
    assert all(h["source"] == "bnpt" and h["language"] == "id" for h in hits)
    assert any("<mark>" in h["_formatted"]["body"] for h in hits)


def test_second_crawl_creates_no_duplicates_and_fetches_nothing_known(crawled):
    assert crawled["second"]["articles"] == GOOD_RELEASES
    # Known releases older than the re-check window are not downloaded again.
    article_paths = [p for p in crawled["second_paths"] if not p.startswith(("/berita", "/robots.txt"))]
    assert article_paths == [p for p in article_paths if "tanpa-tanggal" in p or "galeri" in p]


def test_export_csv_and_jsonl_with_filters(siaran, crawled, tmp_path):
    env = crawled["env"]  # the archive of the two crawls: the nine releases, stored once
    out = tmp_path / "bnpt.csv"
    siaran("export", "--format", "csv", "--out", str(out), "--source", "bnpt", "--since", "2022-07-01", env=env)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 7  # releases from 1 July 2022 on (Jakarta days)
    assert [r["published_at"] for r in rows] == sorted(r["published_at"] for r in rows)
    jsonl = tmp_path / "bnpt.jsonl"
    siaran("export", "--format", "jsonl", "--out", str(jsonl), "--lang", "id", env=env)
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert len(records) == GOOD_RELEASES and {"title", "body", "url"} <= set(records[0])


def test_meilisearch_down_still_stores_and_index_catches_up(siaran, siaran_env, replica):
    server = replica(BnptSite())
    down = {**siaran_env, "MEILI_URL": "http://127.0.0.1:9", "SIARAN_SOURCE_URL_BNPT": server.url}
    result = siaran("crawl", "--source", "bnpt", env=down)
    assert "siaran index" in result.stderr
    db = Database(siaran_env["SIARAN_DATABASE_URL"])
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Article)) == GOOD_RELEASES
        assert s.scalar(select(func.count()).select_from(IndexOutbox)) == GOOD_RELEASES
    siaran("index", env=siaran_env)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(IndexOutbox)) == 0
    hits = json.loads(siaran("search", "Poso", "--json", env=siaran_env).stdout)["hits"]
    assert any("Poso" in h["title"] for h in hits)


# Argument checks come before any database is opened: SQLite only.
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_bad_cli_input_is_one_line_exit_2_and_writes_nothing(siaran, siaran_env, tmp_path):
    out = tmp_path / "x.csv"
    for args in (["search", "x", "--since", "26-07-2022"], ["crawl", "--source", "nope"],
                 ["export", "--out", str(out), "--format", "xlsx"], ["search", "--bogus"]):
        result = siaran(*args, env=siaran_env, check=False)
        assert result.returncode == 2, (args, result.stderr)
        assert "Traceback" not in result.stderr
    assert not out.exists()
