"""The listing walk on a listing-only site, night after night, through the real Scrapy engine and the real
database (SQLite and PostgreSQL), with the crawl's clock set by ``SIARAN_NOW``.

The replica lists twelve releases from 2023, three a page. Night 1 stores them. Before night 2 the agency
takes down two old releases: one on page 3 and the oldest (page 4). Nothing cheap tells: there is no
sitemap, and the schedule will not reach these releases for weeks. The walk (the whole pager every four
nights) reads two pages a night:
pages 1-2 on night 2, 2-3 on night 3 (the page-3 release is missing between its neighbours: re-checked,
404, confirmed removed on night 4), 3-4 on night 4, when page 4 fails with a 500 (page 3 still answered:
its releases are listed, but the failed page and the boundary above it prove nothing), and 3-4 again on
night 5, which reaches the end of the pager without the oldest release (re-checked, 404; removed on
night 6).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from archive.db import Database
from archive.models import Article
from scraper.incremental import seed_schedule
from scraper.recheck import RecheckPolicy
from tests.conftest import run_siaran
from tests.integration.module_database import PARAMS, module_database
from tests.replicas.server import ReplicaServer
from tests.replicas.walk.site import WalkSite, crawl_env

NIGHT1 = datetime(2024, 5, 1, 19, 0, tzinfo=UTC)  # 02:00 WIB
ON_PAGE_3 = ("erupsi-semeru", "rob-pekalongan", "angin-puting")


def night(n: int) -> datetime:
    return NIGHT1 + timedelta(days=n - 1)


@dataclass
class Walk:
    server: ReplicaServer
    site: WalkSite
    db: Database
    env: dict
    requested: dict[int, list[str]] = field(default_factory=dict)  # night -> article pages asked for
    listing_pages: dict[int, list[int]] = field(default_factory=dict)  # night -> listing pages asked for
    state: dict[int, dict[str, dict]] = field(default_factory=dict)  # night -> slug -> columns

    def crawl(self, n: int) -> None:
        self.server.clear_log()
        run_siaran("crawl", "--source", "walk", "--no-index", env={**self.env, "SIARAN_NOW": night(n).isoformat()},
                   check=False)
        log = list(self.server.log)
        self.listing_pages[n] = sorted(int(r.arg("page", "1")) for r in log if r.path == "/siaran")
        self.requested[n] = [r.path.strip("/") for r in log if r.path.strip("/") in self.site.pages]
        with self.db.session() as s:
            self.state[n] = {a.url.rsplit("/", 1)[-1]: {
                "gone_since": a.gone_since, "removed_at": a.removed_at, "next_check_at": a.next_check_at,
                "last_listed_at": a.last_listed_at} for a in s.scalars(select(Article))}


@pytest.fixture(scope="module", params=PARAMS)
def walk(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("walk")
    site = WalkSite()
    with module_database(request.param, tmp) as url, ReplicaServer(site) as server:
        # A whole pager every four nights: two pages a night (one new, and the one it resumes on).
        scenario = Walk(server, site, Database(url), crawl_env(tmp / "data", url, server.url,
                                                               SIARAN_RECHECK_WALK_NIGHTS="4"))
        scenario.crawl(1)
        # Two old releases the schedule does not reach before night 6 are taken down (their first re-check,
        # which the next crawl would give them, is later).
        seed_schedule(scenario.db, "walk", RecheckPolicy())
        with scenario.db.session() as s:
            first = {url.rsplit("/", 1)[-1]: due for url, due in s.execute(select(Article.url, Article.next_check_at))}
        quiet = {slug for slug, due in first.items() if due > night(6) + timedelta(hours=6)}
        scenario.middle = next(slug for slug in ON_PAGE_3 if slug in quiet)
        scenario.oldest = "peta-risiko"
        assert scenario.oldest in quiet
        for slug in (scenario.middle, scenario.oldest):
            site.set_mode(slug, "gone404")
        scenario.crawl(2)
        scenario.crawl(3)
        site.failing_pages = {4}
        scenario.crawl(4)
        site.failing_pages = set()
        scenario.crawl(5)
        scenario.crawl(6)
        yield scenario


def test_every_release_a_listing_shows_gets_last_listed_at(walk):
    assert {a["last_listed_at"] for a in walk.state[1].values()} == {night(1)}
    shown_on_2 = {slug for slug, a in walk.state[2].items() if a["last_listed_at"] == night(2)}
    assert len(shown_on_2) == 6  # pages 1-2 of the walk
    assert walk.state[2][walk.middle]["last_listed_at"] == night(1)


def test_the_walk_reads_a_slice_a_night_resuming_where_it_stopped(walk):
    assert walk.listing_pages[2] == [1, 2]
    assert walk.listing_pages[3] == [1, 2, 3]
    assert sorted(set(walk.listing_pages[4])) == [1, 3, 4]  # page 4 answered 500 (and was retried)
    assert walk.listing_pages[5] == [1, 3, 4]  # from the last page that answered: the failed one again


def test_an_old_release_missing_from_a_complete_slice_is_rechecked_and_removed_on_the_next_night(walk):
    assert walk.middle not in walk.requested[2]  # not yet walked
    assert walk.middle in walk.requested[3]
    assert walk.state[3][walk.middle]["gone_since"] == night(3)
    assert walk.state[4][walk.middle]["removed_at"] == night(3)  # two observations, two nights


def test_a_failed_page_signals_nothing_and_the_page_before_it_still_counts(walk):
    assert walk.oldest not in walk.requested[4]  # page 4 failed: its absence proves nothing
    # Page 3 answered before page 4 failed: what it showed is listed (the walk resumes from it).
    on_page_3 = {slug for slug in (*ON_PAGE_3, "logistik-sulteng") if slug != walk.middle}
    assert {slug for slug, a in walk.state[4].items() if a["last_listed_at"] == night(4)} >= on_page_3
    assert walk.state[4]["relawan-desa"]["last_listed_at"] < night(4)  # on the failed page 4
    assert walk.oldest in walk.requested[5]
    assert walk.state[5][walk.oldest]["gone_since"] == night(5)
    assert walk.state[6][walk.oldest]["removed_at"] == night(5)


def test_no_release_still_listed_is_ever_marked_gone(walk):
    for n in range(1, 7):
        marked = {slug for slug, a in walk.state[n].items() if a["gone_since"] or a["removed_at"]}
        assert marked <= {walk.middle, walk.oldest}, n
