"""Incremental crawling against the BNPT replica: overnight the agency publishes three releases and
corrects one. The next crawl must download what is new plus exactly what the re-check schedule says is
due (scraper/recheck.py), with conditional GETs answered 304 for unchanged pages, leave the rest alone,
and keep the correction as a revision and an 'edited' change. ``--full`` downloads everything again.

The crawls run at a fixed "now" (``SIARAN_NOW``): the first the day after the newest release, the
second one night later, so the schedule is the same whatever day the test runs."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from archive.db import Database
from archive.models import Article, ArticleChange, CrawlRun
from scraper.recheck import RecheckPolicy, due_horizon, first_check
from tests.conftest import run_siaran
from tests.integration.module_database import PARAMS, module_database
from tests.replicas.bnpt.site import HERE as BNPT_DIR
from tests.replicas.bnpt.site import BnptSite
from tests.replicas.server import ReplicaServer

EDITED = "bnpt-perkuat-sinergi-pencegahan-radikalisme-di-kampus"  # Kamis, 15 September 2022
FIRST_NIGHT = datetime(2022, 9, 16, 19, 0, tzinfo=UTC)  # 02:00 WIB on 17 September 2022
SECOND_NIGHT = FIRST_NIGHT + timedelta(days=1)
ADDED_SENTENCE = "Ralat: jumlah perguruan tinggi yang hadir adalah 42 kampus"


def new_slugs() -> list[str]:
    return [d["slug"] for d in json.loads((Path(BNPT_DIR) / "state_v2.json").read_text("utf-8"))["add"]]


@dataclass
class Overnight:
    server: ReplicaServer
    db: Database
    env: dict
    second_crawl: list  # the replica's request log of the crawl after the overnight change
    due: set[str]  # slugs the schedule made due on the second night (computed before it ran)
    etags: dict[str, str]  # slug -> ETag stored by the first night

    def crawl(self, *args: str, now: datetime = SECOND_NIGHT) -> None:
        self.server.clear_log()
        run_siaran("crawl", "--source", "bnpt", "--no-index", *args, env={**self.env, "SIARAN_NOW": now.isoformat()})


def due_slugs(db: Database, now: datetime) -> set[str]:
    """What the policy says is due at ``now`` for releases stored on the first night (never checked)."""
    policy = RecheckPolicy()
    with db.session() as s:
        rows = s.execute(select(Article.id, Article.url, Article.published_at, Article.first_seen)).all()
    return {url.rsplit("/", 1)[-1] for aid, url, published, seen in rows
            if first_check(seen, aid, published_at=published, policy=policy) <= due_horizon(now, policy)}


@pytest.fixture(scope="module", params=PARAMS)
def overnight(request, tmp_path_factory):
    """BNPT crawled, then switched to state v2 and crawled again one night later, once per database."""
    tmp = tmp_path_factory.mktemp("incremental")
    with module_database(request.param, tmp) as url, ReplicaServer(BnptSite()) as server:
        env = {"SIARAN_DATA_DIR": str(tmp / "data"), "SIARAN_DATABASE_URL": url, "MEILI_URL": "http://127.0.0.1:9",
               "SIARAN_DOWNLOAD_DELAY": "0", "SIARAN_AUTOTHROTTLE": "0", "SIARAN_SOURCE_URL_BNPT": server.url,
               "SIARAN_PIPELINE_WORKERS": "0", "COLUMNS": "250"}
        scenario = Overnight(server, Database(url), env, [], set(), {})
        scenario.crawl(now=FIRST_NIGHT)
        scenario.due = due_slugs(scenario.db, SECOND_NIGHT)
        with scenario.db.session() as s:
            scenario.etags = {a.url.rsplit("/", 1)[-1]: a.etag for a in s.scalars(select(Article))}
        server.site.state = "v2"
        scenario.crawl()
        scenario.second_crawl = list(server.log)
        yield scenario


def paths(log) -> list[str]:
    return [r.path + (f"?page={r.arg('page')}" if r.arg("page") else "") for r in log]


def article_paths(log) -> list[str]:
    return [p for p in paths(log) if not p.startswith(("/berita", "/robots.txt"))]


def test_next_crawl_fetches_new_releases_and_rechecks_what_the_schedule_says_is_due(overnight):
    log = overnight.second_crawl
    listing = [p for p in paths(log) if p.startswith("/berita")]
    # page 1, and page 2 (new releases go on there; the listing walk reads the two-page pager too)
    assert set(listing) == {"/berita", "/berita?page=2"} and listing.count("/berita") == 1
    assert EDITED in overnight.due  # fresh: checked daily
    assert sorted(article_paths(log)) == sorted(f"/{s}" for s in [*new_slugs(), *overnight.due])
    rechecks = [r for r in log if r.path.strip("/") in overnight.due]
    with overnight.db.session() as s:
        stored = {a.url.rsplit("/", 1)[-1]: a for a in s.scalars(select(Article))}
        for r in rechecks:  # every re-check is a conditional GET with the page's own validators
            assert r.headers.get("If-None-Match") == overnight.etags[r.path.strip("/")], r.path
        unchanged = [slug for slug in overnight.due if slug != EDITED]
        assert all(stored[slug].revision_count == 1 for slug in unchanged)
        assert all(stored[slug].last_checked_at == SECOND_NIGHT for slug in overnight.due)
        # Releases over a month old are checked on their own night of a weekly cycle (which night depends on
        # the release's id, i.e. on the order the first crawl stored them): those not due were left alone.
        old = {slug for slug, a in stored.items()
               if a.published_at is not None and a.published_at < SECOND_NIGHT - timedelta(days=30)}
        not_due = old - overnight.due
        assert not_due
        assert all(stored[slug].last_checked_at is None and stored[slug].next_check_at > SECOND_NIGHT
                   for slug in not_due)
        run = s.scalars(select(CrawlRun).order_by(CrawlRun.id)).all()[1]
    # ... answered 304 (the replica sends 304 only when the ETag matches the unchanged page).
    assert (run.counts["new"], run.counts["updated"], run.counts["unchanged"]) == (3, 1, len(unchanged))


def test_correction_becomes_a_second_revision_with_a_readable_diff(overnight):
    with overnight.db.session() as s:
        edited = s.scalar(select(Article).where(Article.canonical_url.endswith(EDITED)))
        assert edited.revision_count == 2 and len(edited.revisions) == 2
        assert ADDED_SENTENCE in edited.body
        article_id = edited.id
        change = s.scalar(select(ArticleChange).where(ArticleChange.article_id == article_id))
        assert (change.kind, change.observed_at, edited.last_edited_at) == ("edited", SECOND_NIGHT, SECOND_NIGHT)
        assert change.to_revision_id == edited.revisions[-1].id and change.from_revision_id == edited.revisions[0].id
    shown = run_siaran("show", str(article_id), "--revisions", env=overnight.env).stdout
    added = [line for line in shown.splitlines() if line.startswith("+") and not line.startswith("+++")]
    assert any(ADDED_SENTENCE in line for line in added), shown


def test_full_recrawl_requests_every_listing_page_and_article(overnight):
    overnight.crawl("--full")
    log = overnight.server.log
    assert set(article_paths(log)) == {f"/{r.slug}" for r in overnight.server.site.releases()}
    assert {"/berita", "/berita?page=2", "/berita?page=3"} <= set(paths(log))
    assert not [r for r in log if "If-None-Match" in r.headers]  # full means unconditional
