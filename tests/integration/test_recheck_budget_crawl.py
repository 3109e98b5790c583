"""The archive-wide re-check budget in a real crawl: two sources in one database (SQLite and PostgreSQL).

"walk" is the listing-only replica (twelve releases, three a page: its pager is four pages, so a whole
walk every two nights needs two new pages a night and the page it resumes on, plus one to walk a failed
segment again). "big" is a sitemap-like source of 4,000 stored releases,
every one due tonight, that is not crawled here: it only weighs on the allocation. The budget is 5% of
the whole archive (201 requests, no floor); the walk source's own 5% would be a single request, which
under the old per-source rule left its walk nothing. With the archive-wide allocation the walk source
is granted its walk allowance before the big source's old re-checks (which give way first), and the
crawl walks pages 1-3 of its pager on the second night (nothing failed before: no page to walk again).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert, select

from archive.db import Database
from archive.models import Article, Source
from scraper.incremental import source_needs, source_share
from scraper.recheck import RecheckPolicy, allocate, archive_budget, source_ceiling
from scraper.sources import load_source_file
from tests.conftest import run_siaran
from tests.integration.module_database import PARAMS, module_database
from tests.replicas.server import ReplicaServer
from tests.replicas.walk.site import WALK_DIR, WalkSite, crawl_env

NIGHT1 = datetime(2024, 5, 1, 19, 0, tzinfo=UTC)  # 02:00 WIB
NIGHT2 = NIGHT1 + timedelta(days=1)
BIG = 4000
SETTINGS = {"SIARAN_RECHECK_BUDGET_MIN": "1", "SIARAN_RECHECK_CEILING_SHARE": "0.5",
            "SIARAN_RECHECK_WALK_PAGE_SIZE": "3"}


def policy() -> RecheckPolicy:
    return RecheckPolicy(budget_min=1, ceiling_share=0.5, walk_page_size=3)


def add_big_source(db: Database) -> None:
    """4,000 old releases of another source, all due on night 2 (stored a month before night 1)."""
    stored = NIGHT1 - timedelta(days=30)
    with db.session() as s:
        s.add(Source(id="big", name="Big sitemap source", base_url="http://big.invalid", languages=["id"]))
        s.flush()
        s.execute(insert(Article), [
            {"source_id": "big", "url": f"http://big.invalid/r/{i}", "canonical_url": f"http://big.invalid/r/{i}",
             "language": "id", "title": f"Siaran {i}", "body": "", "content_hash": f"{i:064x}",
             "published_at": stored - timedelta(days=i % 900), "first_seen": stored, "last_seen": stored,
             "fetched_at": stored, "next_check_at": NIGHT2 - timedelta(days=1)} for i in range(BIG)])


@pytest.fixture(scope="module", params=PARAMS)
def two_sources(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("budget")
    site = WalkSite()
    with module_database(request.param, tmp) as url, ReplicaServer(site) as server:
        env = crawl_env(tmp / "data", url, server.url, **SETTINGS)
        db = Database(url)

        def crawl(moment: datetime) -> list[int]:
            server.clear_log()
            run_siaran("crawl", "--source", "walk", "--no-index", env={**env, "SIARAN_NOW": moment.isoformat()},
                       check=False)
            return sorted(int(r.arg("page", "1")) for r in server.log if r.path == "/siaran")

        crawl(NIGHT1)
        add_big_source(db)
        sources = {"walk": load_source_file(WALK_DIR / "walk.toml")}  # what the crawl's registry holds
        before = allocate(source_needs(db, NIGHT2, policy(), sources), policy())
        pages = crawl(NIGHT2)
        after = allocate(source_needs(db, NIGHT2, policy(), sources), policy())
        yield {"db": db, "before": before, "after": after, "pages": pages, "sources": sources}


def test_the_listing_only_source_gets_its_walk_allowance_from_the_archive_wide_budget(two_sources):
    shares = two_sources["before"]
    budget = archive_budget(BIG + 12, policy())
    assert budget == 201
    assert sum(a.total for a in shares.values()) <= budget - 3  # 1% for discovery requests
    # Four pages, whole every two nights (2 a night and the page a night resumes on), and 5% more (rounded
    # up) to walk failed segments again.
    assert shares["walk"].walk == 4
    assert shares["walk"].total <= source_ceiling(12, policy())
    assert shares["big"].walk == 0  # not in the registry: no walk
    # The needs exceed the budget: the big source's old re-checks gave way, the walk did not.
    assert 0 < shares["big"].granted["old"] < BIG
    assert shares["big"].total <= budget - shares["walk"].total


def test_the_crawl_walks_the_allowance_it_was_granted(two_sources):
    assert two_sources["pages"] == [1, 2, 3]


def test_every_process_computes_the_same_shares_during_the_night(two_sources):
    # After the walk source's crawl (its due releases re-checked, next checks moved on), the counts as of
    # the night's start still give the same allocation: a later process would compute what this one did.
    assert two_sources["after"] == two_sources["before"]
    with two_sources["db"].session() as s:
        checked = s.scalar(select(Article.id).where(Article.source_id == "walk",
                                                    Article.last_checked_at.is_not(None)).limit(1))
    assert checked is not None or two_sources["before"]["walk"].granted["old"] == 0


def test_the_share_a_source_computes_for_itself_is_its_part_of_the_allocation(two_sources):
    own = source_share(two_sources["db"], "walk", NIGHT2, policy(), two_sources["sources"])
    assert own == two_sources["before"]["walk"]
