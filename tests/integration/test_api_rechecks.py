"""Releases built from a JSON API are re-checked through its one-record endpoint (``recheck_url``), on the
schedule like pages: an edited record becomes a revision, a removed one (404) is marked removed after two
nights, and a transient error marks nothing. Kemlu replica, real engine, SQLite and PostgreSQL (the list
walk: SQLite here, PostgreSQL in ``test_distributed_walk.py``)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from archive.db import Database
from archive.models import Article
from scraper.recheck import RecheckPolicy, first_check
from tests.conftest import crawl_env, run_siaran
from tests.integration.module_database import PARAMS, module_database
from tests.replicas.kemlu.site import API, KemluSite
from tests.replicas.server import ReplicaServer, Reply

EDITED_LINE = "Kalimat ini ditambahkan setelah siaran pers pertama kali terbit."
# Cleaning and language detection in the crawl's own thread, not a worker process started by each of the
# ten crawls (what is tested here is the schedule and the record endpoint; the worker process is tested
# in tests/unit/test_pipeline_workers.py and used by the other end-to-end crawls).
INLINE_PIPELINES = {"SIARAN_PIPELINE_WORKERS": "0"}


class ChangingKemlu(KemluSite):
    """The Kemlu replica, whose releases can be edited, removed or made to fail after the first night."""

    def __init__(self) -> None:
        super().__init__()
        self.edited: set[str] = set()
        self.removed: set[str] = set()
        self.failing: set[str] = set()

    def releases(self):
        out = []
        for release in super().releases():
            if release.slug in self.removed:
                continue
            if release.slug in self.edited:
                release = dataclasses.replace(release, paragraphs=[*release.paragraphs, EDITED_LINE])
            out.append(release)
        return out

    def handle(self, request):
        if request.path == API + "content/publication" and request.arg("slug", "") in self.failing:
            return Reply(503, '{"status": 503, "message": "maintenance"}', "application/json")
        return super().handle(request)


@pytest.fixture(scope="module", params=PARAMS)
def nights(request, tmp_path_factory, meili):
    tmp = tmp_path_factory.mktemp("api_rechecks")
    site = ChangingKemlu()
    with module_database(request.param, tmp) as url, ReplicaServer(site) as server:
        # The failing record's 503 is retried (RETRY_TIMES) and gives up within the night, as with the default
        # backoff (1 s, doubling), without its seven seconds of waiting on each of two nights.
        env = {**crawl_env(tmp / "data", url, meili), "SIARAN_SOURCE_URL_KEMLU": server.url,
               "SIARAN_RETRY_BACKOFF": "0.05", **INLINE_PIPELINES}
        start = datetime.now(UTC)

        def night(days: int) -> list:
            server.clear_log()
            run_siaran("crawl", "--source", "kemlu", "--no-index",
                       env={**env, "SIARAN_NOW": (start + timedelta(days=days)).isoformat()})
            return list(server.log)

        night(0)
        db = Database(url)
        with db.session() as s:  # the stored releases (the replica's photo gallery is dropped, not stored)
            slugs = sorted(s.scalars(select(Article.external_id).where(Article.source_id == "kemlu")))
        edited, removed, failing = slugs[0], slugs[1], slugs[2]
        site.edited, site.removed, site.failing = {edited}, {removed}, {failing}
        second = night(40)  # every release past its 30-day cap: all due
        third = night(41)
        yield {"db": db, "slugs": slugs, "edited": edited, "removed": removed, "failing": failing,
               "second": second, "third": third}


def article(db: Database, slug: str) -> Article:
    with db.session() as s:
        found = s.scalar(select(Article).where(Article.external_id == slug))
        s.expunge_all()
        return found


def test_due_api_releases_are_asked_for_through_the_record_endpoint_not_the_spa_page(nights):
    asked = {r.arg("slug") for r in nights["second"] if r.path == API + "content/publication"}
    assert asked == set(nights["slugs"])
    assert not [r for r in nights["second"] if r.path.startswith("/berita/")]


def test_an_edited_record_becomes_a_revision(nights):
    edited = article(nights["db"], nights["edited"])
    assert edited.revision_count == 2 and EDITED_LINE in edited.body
    untouched = article(nights["db"], nights["slugs"][3])
    assert untouched.revision_count == 1 and untouched.removed_at is None and untouched.gone_since is None


def test_a_removed_record_is_marked_removed_after_two_nights(nights):
    removed = article(nights["db"], nights["removed"])
    assert removed.removed_at is not None and removed.gone_reason == "HTTP 404"
    assert removed.body  # nothing is deleted


def test_a_failing_record_endpoint_marks_nothing(nights):
    failing = article(nights["db"], nights["failing"])
    assert failing.gone_since is None and failing.removed_at is None and failing.revision_count == 1


@pytest.fixture(scope="module")
def walked(tmp_path_factory, meili):
    """The API list walked on the nights after the first: a release removed between night 1 and night 2
    whose own re-check is weeks away. On SQLite only: the same scenario runs on PostgreSQL in
    ``test_distributed_walk.py`` (``api_walked``: nights 0-1 by this one process, 2-3 by workers, the same
    removed record asserted), the walk's own queries run on both databases in ``test_listing_walk.py``, and
    a record's removal is stored on both by ``nights`` above."""
    tmp = tmp_path_factory.mktemp("api_walk")
    site = ChangingKemlu()
    with module_database("sqlite", tmp) as url, ReplicaServer(site) as server:
        env = {**crawl_env(tmp / "data", url, meili), "SIARAN_SOURCE_URL_KEMLU": server.url, **INLINE_PIPELINES}
        start = datetime.now(UTC) + timedelta(days=200)  # every release past three months: re-checked monthly
        logs = []

        def night(days: int) -> None:
            server.clear_log()
            run_siaran("crawl", "--source", "kemlu", "--no-index",
                       env={**env, "SIARAN_NOW": (start + timedelta(days=days)).isoformat()})
            logs.append(list(server.log))

        night(0)
        night(1)  # the first walk: every release listed
        db = Database(url)
        removed = only_the_walk_can_find(db, start)
        site.removed = {removed}
        night(2)
        night(3)
        yield {"db": db, "removed": removed, "logs": logs}


def only_the_walk_can_find(db: Database, start: datetime) -> str:
    """The oldest Kemlu release (on the list's last page) whose own re-check is more than five nights after
    ``start``: removed, only the walk can notice it in time. The schedule is seeded by the next crawl, from
    the policy's first check."""
    with db.session() as s:
        stored = [(a.external_id, first_check(a.first_seen, a.id, published_at=a.published_at,
                                              policy=RecheckPolicy()), a.published_at)
                  for a in s.scalars(select(Article).where(Article.source_id == "kemlu"))]
    late = [slug for slug, due, _ in sorted(stored, key=lambda x: x[2]) if due > start + timedelta(days=5)]
    assert late, "every release is due within four nights: the test would not show the walk"
    return late[0]


def test_a_release_removed_from_the_api_is_found_by_the_walk_within_two_nights(walked):
    removed = article(walked["db"], walked["removed"])
    assert removed.removed_at is not None and removed.gone_reason == "HTTP 404"
    pages = {r.arg("page") for log in walked["logs"][2:] for r in log if r.path == API + "contentMenu"}
    assert "2" in pages  # the list was walked past its first page
