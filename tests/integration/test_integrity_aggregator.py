"""An aggregator republishes two agency releases with ``<link rel=canonical>`` pointing at the agency's
pages and a ``Sumber:`` credit line. Whatever the crawl order, and also when both are crawled at the
same time (one command with both sources, or two processes), the archive keeps the agency's releases
exactly as the agency published them, stores the copies as their duplicates, and reports every failure
of the aggregator's crawl with its URL, reason and kind.

One module fixture per database runs all crawls, scenarios side by side (each on its own database), so
the module costs a few crawl-lengths, not one per test.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import uuid
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select

from archive.db import Database
from archive.models import Article, CrawlError, CrawlRun, IndexOutbox, Revision
from tests.conftest import ROOT
from tests.integration.module_database import PARAMS, module_database
from tests.replicas.aggregator.site import (
    DEAD_CANONICAL,
    FAULTS,
    OWN,
    RELEASES,
    REPUBLISHED,
    UNREACHABLE,
    AgencySite,
    AggregatorSite,
)
from tests.replicas.server import ReplicaServer

SOURCES_DIR = Path(__file__).resolve().parent.parent / "replicas" / "aggregator"
COPY_OF = {f"/berita/{path}": f"/siaran/{slug}" for slug, (path, _) in REPUBLISHED.items()}


def env_for(tmp: Path, url: str, agency: ReplicaServer, aggregator: ReplicaServer) -> dict:
    return {**os.environ, "SIARAN_DATA_DIR": str(tmp / "data"), "SIARAN_DATABASE_URL": url,
            "SIARAN_DOWNLOAD_DELAY": "0", "SIARAN_AUTOTHROTTLE": "0", "SIARAN_LOG_LEVEL": "INFO",
            "SIARAN_SOURCES_DIRS": str(SOURCES_DIR), "SIARAN_SOURCE_URL_AGENSI": agency.url,
            "SIARAN_SOURCE_URL_WARTA": aggregator.url, "SIARAN_DOWNLOAD_TIMEOUT": "0.5",
            "SIARAN_RETRY_BACKOFF": "0.05", "COLUMNS": "250", "MEILI_URL": "http://127.0.0.1:9",
            "SIARAN_PIPELINE_WORKERS": "0"}  # no worker process per crawl: the crawls run side by side


def finish(*procs: subprocess.Popen) -> list[str]:
    """Wait for crawls started side by side; their stdout (a crawl with failures exits 0 or 1)."""
    outputs = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode in (0, 1) and "Crawl runs" in out, f"{proc.args} exited {proc.returncode}\n{err[-4000:]}"
        outputs.append(out)
    return outputs


def crawl(env: dict, *sources: str) -> subprocess.Popen:
    """``siaran crawl --source ... --no-index`` started in the background."""
    args = [a for s in sources for a in ("--source", s)]
    return subprocess.Popen([sys.executable, "-m", "siaran.cli", "crawl", *args, "--no-index"], env=env, cwd=ROOT,
                            text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def runs_errors(env: dict) -> str:
    """``siaran runs --errors``, in this process (a subprocess would only add its start-up time)."""
    from typer.testing import CliRunner

    from siaran.cli import app

    result = CliRunner().invoke(app, ["runs", "--errors"], env={k: env[k] for k in ("SIARAN_DATABASE_URL",
                                                                                     "SIARAN_DATA_DIR", "COLUMNS")})
    assert result.exit_code == 0, result.output
    return result.output


def index_queue(db: Database, meili: dict, uid: str) -> None:
    """Send the outbox to Meilisearch, as the crawl's index step does (keyword documents only)."""
    import meilisearch

    from search.indexer import Indexer

    Indexer(db, meilisearch.Client(meili["url"], meili["key"]), uid).drain()


def path(url: str) -> str:
    return urlsplit(url).path


def archive(db: Database) -> dict[tuple[str, str], tuple]:
    """The archive by (source, path): title, body and the (source, path) of the original it duplicates."""
    with db.session() as s:
        rows = list(s.scalars(select(Article)))
    by_id = {a.id: (a.source_id, path(a.canonical_url)) for a in rows}
    return {(a.source_id, path(a.canonical_url)): (a.title, a.body, by_id.get(a.duplicate_of_id)) for a in rows}


def agency_rows(db: Database) -> dict:
    """Every column of the agency's articles and revisions (raw HTML compared by content)."""
    with db.session() as s:
        articles = {a.id: {c.key: getattr(a, c.key) for c in Article.__table__.columns}
                    for a in s.scalars(select(Article).where(Article.source_id == "agensi"))}
        revisions = [{c.key: (gzip.decompress(v) if c.key == "raw_html_gz" and v else v)
                      for c in Revision.__table__.columns for v in [getattr(r, c.key)]}
                     for r in s.scalars(select(Revision).where(Revision.article_id.in_(articles)).order_by(Revision.id))]
    return {"articles": articles, "revisions": revisions}


@pytest.fixture(scope="module", params=PARAMS)
def crawled(request, tmp_path_factory, meili):
    """Four databases, crawled side by side: 0 the agency, then the aggregator; 1 the aggregator, then
    the agency (indexed after each); 2 one command with both sources, then the agency again (a re-crawl
    of known releases); 3 two crawl processes, one per source, writing at the same time (as overlapping
    scheduler jobs do)."""
    tmp = tmp_path_factory.mktemp("aggregator")
    with ExitStack() as stack:
        urls = [stack.enter_context(module_database(request.param, tmp / f"db{i}")) for i in range(4)]
        dbs = [Database(url) for url in urls]
        servers = []
        for _ in range(4):  # each database its own servers: tests read their request logs
            agency = stack.enter_context(ReplicaServer(AgencySite()))
            servers.append((agency, stack.enter_context(ReplicaServer(AggregatorSite(agency.url)))))
        first, reverse, together, racing = (env_for(tmp / f"db{i}", url, *servers[i]) for i, url in enumerate(urls))
        uid = f"releases_{uuid.uuid4().hex[:10]}"
        finish(crawl(first, "agensi"), crawl(reverse, "warta"), crawl(together, "agensi", "warta"),
               crawl(racing, "agensi"), crawl(racing, "warta"))
        before = agency_rows(dbs[0])
        index_queue(dbs[1], meili, uid)
        indexed_copies = search_titles(meili, uid)
        servers[2][0].clear_log()
        finish(crawl(first, "warta"), crawl(reverse, "agensi"), crawl(together, "agensi"))
        requeued = outbox_paths(dbs[1])
        index_queue(dbs[1], meili, uid)
        yield {"dbs": dbs, "before": before, "after": agency_rows(dbs[0]), "errors_output": runs_errors(first),
               "agency": servers[0][0], "aggregator": servers[0][1], "recrawled": servers[2][0],
               "index": uid, "meili": meili, "indexed_copies": indexed_copies, "requeued": requeued}


def search_titles(meili: dict, uid: str) -> dict[str, list[str]]:
    """For each republished title, the sources of the search hits with exactly that title."""
    import meilisearch

    index = meilisearch.Client(meili["url"], meili["key"]).index(uid)
    return {slug: [h["source"] for h in index.search(RELEASES[slug][0])["hits"] if h["title"] == RELEASES[slug][0]]
            for slug in REPUBLISHED}


def outbox_paths(db: Database) -> set[tuple[str, str]]:
    with db.session() as s:
        return {(a.source_id, path(a.url)) for a in s.scalars(select(Article).join(
            IndexOutbox, IndexOutbox.article_id == Article.id))}


def test_the_agency_releases_stay_byte_identical_when_the_aggregator_copy_is_crawled(crawled):
    after = crawled["after"]  # right after the aggregator's crawl: every column, every revision
    assert after["articles"] == crawled["before"]["articles"]
    assert len(after["articles"]) == len(RELEASES)
    assert after["revisions"] == crawled["before"]["revisions"]
    for row in after["articles"].values():
        assert row["duplicate_of_id"] is None and row["revision_count"] == 1
        assert "WARTA NUSANTARA" not in row["body"] and "Sumber:" not in row["body"]


def test_the_copies_are_stored_under_their_own_urls_as_duplicates_of_the_agency_releases(crawled):
    shape = archive(crawled["dbs"][0])
    for copy, original in COPY_OF.items():
        title, body, duplicate_of = shape[("warta", copy)]
        assert duplicate_of == ("agensi", original)
        assert body.startswith("WARTA NUSANTARA") and title == shape[("agensi", original)][0]
    assert all(shape[("warta", f"/berita/{slug}")][2] is None for slug in OWN)
    with crawled["dbs"][0].session() as s:
        copies = {path(a.url): a for a in s.scalars(select(Article).where(Article.source_id == "warta"))}
        # Validators belong to the URL that sent them: each copy's row has its own response's ETag.
        agency_etags = set(s.scalars(select(Article.etag).where(Article.source_id == "agensi")))
    assert all(a.etag for a in copies.values()) and not agency_etags & {a.etag for a in copies.values()}


def test_a_print_view_with_a_same_host_canonical_is_merged_under_it_without_foreign_validators(crawled):
    with crawled["dbs"][0].session() as s:
        row = s.scalar(select(Article).where(Article.canonical_url.endswith("/siaran/kekeringan-ntt")))
    assert row is not None and path(row.url) == "/siaran/cetak/kekeringan-ntt"
    assert row.canonical_url.startswith("https://127.0.0.1:")  # www./https spelling folded into the host family
    assert row.etag is None  # the print view's validators do not describe the canonical page


def test_a_canonical_to_a_dead_offsite_host_loses_nothing(crawled):
    with crawled["dbs"][0].session() as s:
        row = s.scalar(select(Article).where(Article.url.endswith("/berita/kanonik-mati")))
        run = s.scalar(select(CrawlRun).where(CrawlRun.source_id == "warta"))
    assert row is not None and row.canonical_url.endswith("/berita/kanonik-mati")
    assert row.title == OWN["kanonik-mati"][0] and row.duplicate_of_id is None
    assert DEAD_CANONICAL.split("/")[2] not in row.canonical_url
    assert run.counts["foreign_canonical"] == 3  # the two copies and the dead canonical, each logged


def test_crawl_order_and_concurrency_do_not_change_the_archive(crawled):
    """Agency first, aggregator first, one command with both, two processes at once: one archive."""
    shapes = [archive(db) for db in crawled["dbs"]]
    assert len(shapes) == 4
    assert len(shapes[0]) == len(RELEASES) + len(REPUBLISHED) + len(OWN)
    for other in shapes[1:]:
        assert other == shapes[0]


def test_aggregator_first_the_agency_release_is_elected_requeued_and_shown_by_search(crawled):
    db = crawled["dbs"][1]
    with db.session() as s:
        copies = {path(a.url) for a in s.scalars(select(Article).where(Article.source_id == "warta",
                                                                       Article.duplicate_of_id.is_not(None)))}
        run = s.scalar(select(CrawlRun).where(CrawlRun.source_id == "agensi"))
    assert copies == set(COPY_OF)
    assert run.counts["originals_reelected"] == len(REPUBLISHED)
    # Before the agency was crawled, search showed the copies; both sides of each swap were queued.
    assert crawled["indexed_copies"] == {slug: ["warta"] for slug in REPUBLISHED}
    assert {("warta", c) for c in COPY_OF} | {("agensi", o) for o in COPY_OF.values()} <= crawled["requeued"]
    assert search_titles(crawled["meili"], crawled["index"]) == {slug: ["agensi"] for slug in REPUBLISHED}


def test_every_failure_is_recorded_with_url_reason_and_kind_and_the_run_is_partial(crawled):
    db, aggregator = crawled["dbs"][0], crawled["aggregator"]
    with db.session() as s:
        run = s.scalar(select(CrawlRun).where(CrawlRun.source_id == "warta"))
        errors = {e.url: (e.kind, e.reason) for e in s.scalars(select(CrawlError).where(CrawlError.run_id == run.id))}
    expected = {aggregator.url + p: kind for p, kind in FAULTS.items()} | {UNREACHABLE: "network"}
    assert {url: kind for url, (kind, _) in errors.items()} == expected
    assert "ValueError" in errors[aggregator.url + "/berita/rusak"][1]
    assert "RuntimeError" in errors[aggregator.url + "/berita/pipa-bocor"][1]
    assert run.status == "partial"
    assert run.counts["failed"] == len(expected) - 1  # the empty page is a policy drop, not a failure
    assert run.counts["dropped"] == 1 and run.dropped_reasons == {"empty body": 1}
    output = crawled["errors_output"]
    for url, (kind, reason) in errors.items():
        line = next((ln for ln in output.splitlines() if ln.startswith(f"run {run.id} {url}: ")), None)
        assert line is not None and line.endswith(f"[{kind}]") and reason[:30] in line, output
    assert f"run {run.id} warta partial:" in output


def test_a_recrawl_counts_exactly_the_known_releases_it_skipped(crawled):
    db, agency = crawled["dbs"][2], crawled["recrawled"]
    with db.session() as s:
        run = s.scalars(select(CrawlRun).where(CrawlRun.source_id == "agensi").order_by(CrawlRun.id)).all()[-1]
    requested = {p for p in agency.paths() if p.startswith("/siaran/")}
    listed = {f"/siaran/{slug}" for slug in RELEASES if slug != AgencySite.PRINT_VIEW}
    listed.add(f"/siaran/cetak/{AgencySite.PRINT_VIEW}")
    skipped = listed - requested
    assert len(skipped) >= 2 and run.counts["skipped_known"] == len(skipped)
    assert run.status == "finished" and run.counts["new"] == 0 and run.pid and run.host


def test_the_source_entry_republishes_setting_reaches_the_database(crawled):
    """``republishes = true`` in the aggregator's entry is stored on its source row (elections and
    cross-source translation pairing read it there); the agency's stays false."""
    from archive.models import Source

    with crawled["dbs"][0].session() as s:
        flags = {row.id: row.republishes for row in s.scalars(select(Source))}
    assert flags == {"agensi": False, "warta": True}
