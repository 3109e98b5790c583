"""A night whose routine re-checks mostly answer "gone" is a site-wide fault (a firewall answering 404 to
the crawler, a wrong key, a migration), not takedowns: it marks nothing and says so in the crawl report.
Releases a signal pointed at (off the listing and out of the sitemap) do not count towards that share, so
an agency deleting a batch of releases is still caught. Real engine, on the change-tracking replica
(tests/replicas/changes), SQLite only: the hold is decided in the crawl over the night's outcomes
(``scraper.recheck.hold_site_wide_gone``), and the same replica's takedowns are stored, confirmed and
listed on PostgreSQL too in test_change_tracking.py."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from archive.db import Database
from archive.models import Article, CrawlError
from tests.conftest import run_siaran
from tests.integration.module_database import module_database
from tests.integration.test_change_tracking import changes_env, night
from tests.replicas.changes.site import ChangesSite
from tests.replicas.server import ReplicaServer, Reply

# The eight releases of late April 2024: re-checked every night in their first week.
YOUNG = ["koreksi-angka-banjir", "furnitur-berubah", "dihapus-404", "dialihkan-ke-beranda", "soft-404",
         "naik-turun", "dihapus-lalu-kembali", "server-rusak"]
DELETED = YOUNG[:6]


class FirewalledSite(ChangesSite):
    """The replica, behind a firewall that can answer 404 to every article page (listings still served)."""

    def __init__(self) -> None:
        super().__init__()
        self.firewall = False

    def article(self, page):
        if self.firewall:
            return Reply(404, "<html><body><h1>404 Not Found</h1></body></html>")
        return super().article(page)


def state(db: Database) -> dict[str, Article]:
    with db.session() as s:
        found = {a.url.rsplit("/", 1)[-1]: a for a in s.scalars(select(Article))}
        s.expunge_all()
        return found


@pytest.fixture(scope="module")
def nights(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hold")
    site = FirewalledSite()
    with module_database("sqlite", tmp) as url, ReplicaServer(site) as server:
        site.base = server.url
        env = {**changes_env(tmp, url, server.url), "SIARAN_TAKEDOWN_HOLD_MIN": "5"}
        db = Database(url)
        out = {"db": db}

        def crawl(n: int) -> dict[str, Article]:
            server.clear_log()
            run_siaran("crawl", "--source", "changes", "--no-index",
                       env={**env, "SIARAN_NOW": night(n).isoformat()}, check=False)
            out[f"log{n}"] = list(server.log)
            return state(db)

        crawl(1)
        site.firewall = True
        out["night2"] = crawl(2)
        site.firewall = False
        out["night3"] = crawl(3)
        for slug in DELETED:  # gone for good: 404 and off the listing and the sitemap
            site.set_mode(slug, "gone404")
        out["night4"] = crawl(4)
        out["night5"] = crawl(5)
        with db.session() as s:
            out["errors"] = [(e.reason, e.source_id) for e in s.scalars(select(CrawlError))]
        yield out


def test_a_firewall_answering_404_to_every_page_marks_nothing_and_is_reported(nights):
    checked = {r.path.strip("/") for r in nights["log2"]} & set(YOUNG)
    assert checked == set(YOUNG)  # every routine re-check asked, and answered 404
    assert all(a.gone_since is None and a.removed_at is None for a in nights["night2"].values())
    held = [reason for reason, _ in nights["errors"] if reason.startswith("held back:")]
    assert len(held) == 1 and "8 of 8 routine re-checks answered gone" in held[0]


def test_the_night_after_the_fault_nothing_is_removed(nights):
    assert all(a.gone_since is None and a.removed_at is None for a in nights["night3"].values())


def test_a_batch_the_agency_deleted_is_still_caught(nights):
    night4, night5 = nights["night4"], nights["night5"]
    assert {slug for slug, a in night4.items() if a.gone_since is not None} == set(DELETED)
    assert {slug for slug, a in night5.items() if a.removed_at is not None} == set(DELETED)
    assert sum(reason.startswith("held back:") for reason, _ in nights["errors"]) == 1  # only night 2
