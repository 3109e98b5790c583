"""A walk page that still fails after the crawl's retries costs its own stretch, not the rest of its
segment: the pages after it are asked for by number the same night (``scraper.walk.rest_after_failure``).
The listing-walk replica (twelve releases of 2023, three a page, four pages) walked whole every night;
on night 2 the oldest release (page 4) is taken down and page 3 answers 500. Page 4 is still read, the
release is missing below everything it shows at the pager's end, and its re-check that night sees the 404
(before, the walk stopped at page 3 and nothing was noticed until a later night). Real engine, SQLite and
PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from archive.db import Database
from archive.models import Article
from scraper.incremental import seed_schedule
from scraper.recheck import RecheckPolicy
from tests.conftest import run_siaran
from tests.integration.module_database import PARAMS, module_database
from tests.integration.test_listing_walk import night
from tests.replicas.server import ReplicaServer
from tests.replicas.walk.site import WalkSite, crawl_env

OLDEST = "peta-risiko"  # the last release of page 4
ON_PAGE_3 = ("erupsi-semeru", "rob-pekalongan", "angin-puting")


@pytest.fixture(scope="module", params=PARAMS)
def nights(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("walk_resume")
    site = WalkSite()
    with module_database(request.param, tmp) as url, ReplicaServer(site) as server:
        env = crawl_env(tmp / "data", url, server.url, SIARAN_RECHECK_WALK_NIGHTS="1")  # the whole pager a night
        db = Database(url)
        out = {}

        def crawl(n: int) -> None:
            server.clear_log()
            run_siaran("crawl", "--source", "walk", "--no-index", env={**env, "SIARAN_NOW": night(n).isoformat()},
                       check=False)
            out[f"pages{n}"] = [int(r.arg("page", "1")) for r in server.log if r.path == "/siaran"]
            out[f"articles{n}"] = [r.path.strip("/") for r in server.log if r.path.strip("/") in site.pages]
            with db.session() as s:
                out[f"state{n}"] = {a.url.rsplit("/", 1)[-1]: (a.gone_since, a.last_listed_at)
                                    for a in s.scalars(select(Article))}

        crawl(1)
        seed_schedule(db, "walk", RecheckPolicy())
        with db.session() as s:
            out["due"] = {u.rsplit("/", 1)[-1]: due for u, due in s.execute(select(Article.url, Article.next_check_at))}
        site.set_mode(OLDEST, "gone404")
        site.failing_pages = {3}
        crawl(2)
        yield out


def test_the_oldest_release_is_not_due_by_schedule_on_night_two(nights):
    assert nights["due"][OLDEST] > night(2) + timedelta(hours=6)  # only the walk can notice it


def test_the_pages_after_a_failed_walk_page_are_read_the_same_night(nights):
    pages = nights["pages2"]
    assert 3 in pages and 4 in pages  # page 3 failed (and was retried); page 4 was still asked for
    assert pages.count(4) == 1


def test_a_release_missing_below_the_failed_page_is_rechecked_and_seen_gone_at_once(nights):
    assert OLDEST in nights["articles2"]
    gone_since, _ = nights["state2"][OLDEST]
    assert gone_since == night(2)


def test_the_failed_pages_releases_prove_nothing(nights):
    state = nights["state2"]
    assert all(state[slug][0] is None for slug in ON_PAGE_3)
    assert all(state[slug][1] < night(2) for slug in ON_PAGE_3)  # not listed tonight: their page failed
    assert state["logistik-sulteng"][1] == night(2)  # page 4 answered: its releases are listed
