"""Incremental crawling against the BNPT replica: overnight the agency publishes three releases and
corrects one. The next crawl must download only what is new or due for a re-check, get a 304 for
unchanged pages in the re-check window, leave older pages alone, and keep the correction as a revision.
``--full`` downloads everything again."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from archive.db import Database
from archive.models import Article, CrawlRun
from tests.conftest import run_siaran
from tests.integration.module_database import PARAMS, module_database
from tests.replicas.bnpt.site import HERE as BNPT_DIR
from tests.replicas.bnpt.site import BnptSite
from tests.replicas.server import ReplicaServer

EDITED = "bnpt-perkuat-sinergi-pencegahan-radikalisme-di-kampus"  # Kamis, 15 September 2022
UNCHANGED_IN_WINDOW = "bnpt-dan-kemenag-luncurkan-program-moderasi-beragama"  # Rabu, 7 September 2022
OUTSIDE_WINDOW = "bnpt-gelar-rapat-koordinasi-penanggulangan-terorisme-di-sulawesi-tengah"  # 22 Agustus 2022
# The replica's releases are from 2022: a window reaching back to 1 September 2022 holds exactly the two
# newest known releases, whatever day the test runs.
WINDOW_START = date(2022, 9, 1)
ADDED_SENTENCE = "Ralat: jumlah perguruan tinggi yang hadir adalah 42 kampus"


def new_slugs() -> list[str]:
    return [d["slug"] for d in json.loads((Path(BNPT_DIR) / "state_v2.json").read_text("utf-8"))["add"]]


@dataclass
class Overnight:
    server: ReplicaServer
    db: Database
    env: dict
    second_crawl: list  # the replica's request log of the crawl after the overnight change

    def crawl(self, *args: str) -> None:
        self.server.clear_log()
        run_siaran("crawl", "--source", "bnpt", "--no-index", *args, env=self.env)


@pytest.fixture(scope="module", params=PARAMS)
def overnight(request, tmp_path_factory):
    """BNPT crawled, then switched to state v2 and crawled again, once per database for this module.
    The re-check window reaches back to WINDOW_START."""
    tmp = tmp_path_factory.mktemp("incremental")
    recheck_days = (datetime.now(UTC).date() - WINDOW_START).days
    with module_database(request.param, tmp) as url, ReplicaServer(BnptSite()) as server:
        env = {"SIARAN_DATA_DIR": str(tmp / "data"), "SIARAN_DATABASE_URL": url, "MEILI_URL": "http://127.0.0.1:9",
               "SIARAN_DOWNLOAD_DELAY": "0", "SIARAN_AUTOTHROTTLE": "0", "SIARAN_SOURCE_URL_BNPT": server.url,
               "SIARAN_RECHECK_DAYS": str(recheck_days), "COLUMNS": "250"}
        scenario = Overnight(server, Database(url), env, [])
        scenario.crawl()
        server.site.state = "v2"
        scenario.crawl()
        scenario.second_crawl = list(server.log)
        yield scenario


def paths(log) -> list[str]:
    return [r.path + (f"?page={r.arg('page')}" if r.arg("page") else "") for r in log]


def article_paths(log) -> list[str]:
    return [p for p in paths(log) if not p.startswith(("/berita", "/robots.txt"))]


def test_next_crawl_fetches_new_releases_and_rechecks_only_the_window(overnight):
    log = overnight.second_crawl
    assert [p for p in paths(log) if p.startswith("/berita")] == ["/berita", "/berita?page=2"]
    assert sorted(article_paths(log)) == sorted(f"/{s}" for s in [*new_slugs(), EDITED, UNCHANGED_IN_WINDOW])
    assert f"/{OUTSIDE_WINDOW}" not in paths(log)
    recheck = next(r for r in log if r.path == f"/{UNCHANGED_IN_WINDOW}")
    with overnight.db.session() as s:
        stored = s.scalar(select(Article).where(Article.canonical_url.endswith(UNCHANGED_IN_WINDOW)))
        assert stored.etag and recheck.headers.get("If-None-Match") == stored.etag  # conditional GET ...
        assert stored.revision_count == 1
        run = s.scalars(select(CrawlRun).order_by(CrawlRun.id)).all()[1]
    # ... answered 304 (the replica sends 304 only when the ETag matches the unchanged page).
    assert (run.counts["new"], run.counts["updated"], run.counts["unchanged"]) == (3, 1, 1)


def test_correction_becomes_a_second_revision_with_a_readable_diff(overnight):
    with overnight.db.session() as s:
        edited = s.scalar(select(Article).where(Article.canonical_url.endswith(EDITED)))
        assert edited.revision_count == 2 and len(edited.revisions) == 2
        assert ADDED_SENTENCE in edited.body
        article_id = edited.id
    shown = run_siaran("show", str(article_id), "--revisions", env=overnight.env).stdout
    added = [line for line in shown.splitlines() if line.startswith("+") and not line.startswith("+++")]
    assert any(ADDED_SENTENCE in line for line in added), shown


def test_full_recrawl_requests_every_listing_page_and_article(overnight):
    overnight.crawl("--full")
    log = overnight.server.log
    assert set(article_paths(log)) == {f"/{r.slug}" for r in overnight.server.site.releases()}
    assert {"/berita", "/berita?page=2", "/berita?page=3"} <= set(paths(log))
    assert not [r for r in log if "If-None-Match" in r.headers]  # full means unconditional
