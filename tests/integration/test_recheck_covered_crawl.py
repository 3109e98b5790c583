"""A WordPress source whose ``modified_after`` poll answered gives its old releases the slow safety
re-check (``scraper.recheck.covered``), in a real crawl: the Setkab replica (WordPress, releases from
2025) crawled on two nights in mid-2026, every release made due before the second night. Here the
replica answers the poll like WordPress 5.7 and later: nothing was edited since the first night, an
empty list (``scraper.takedowns.poll_covers_edits``), so the re-checked releases, all older than 90
days, are next due on their slot night within 90 days, not within 30. The control is the stock replica,
which ignores ``modified_after`` like a WordPress older than 5.7 and lists its posts of 2025: that
answer names nothing for sure, and the 30-day cap holds.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from archive.db import Database
from archive.models import Article
from tests.conftest import crawl_env, run_siaran
from tests.replicas.server import ReplicaServer, Reply, Request
from tests.replicas.setkab.site import SetkabSite

NIGHT1 = datetime(2026, 6, 1, 19, 0, tzinfo=UTC)  # 02:00 WIB
NIGHT2 = NIGHT1 + timedelta(days=1)


class CurrentWordPress(SetkabSite):
    """The Setkab replica answering ``modified_after`` (WordPress 5.7+): no post was modified since."""

    def api(self, request: Request, origin: str, language: str) -> Reply:
        if request.arg("modified_after"):
            return Reply(body="[]", content_type="application/json; charset=UTF-8",
                         headers={"X-WP-Total": "0", "X-WP-TotalPages": "0"})
        return super().api(request, origin, language)


def crawl_two_nights(tmp, meili, site: SetkabSite) -> tuple[list[float], list[str]]:
    """Days from each re-check on night 2 to the release's next check, and the poll requests."""
    url = f"sqlite:///{tmp / 'siaran.db'}"
    with ReplicaServer(site) as server:
        env = {**crawl_env(tmp / "data", url, meili), "SIARAN_SOURCE_URL_SETKAB": server.url}
        run_siaran("crawl", "--source", "setkab", "--no-index", env={**env, "SIARAN_NOW": NIGHT1.isoformat()})
        db = Database(url)
        with db.session() as s:
            s.execute(update(Article).values(next_check_at=NIGHT2 - timedelta(hours=1)))
        server.clear_log()
        run_siaran("crawl", "--source", "setkab", "--no-index", env={**env, "SIARAN_NOW": NIGHT2.isoformat()})
        polls = [r.path for r in server.log if r.path == "/wp-json/wp/v2/posts" and r.arg("modified_after")]
    with db.session() as s:
        rows = s.execute(select(Article.last_checked_at, Article.next_check_at)
                         .where(Article.last_checked_at == NIGHT2)).all()
    return [(nxt - checked) / timedelta(days=1) for checked, nxt in rows], polls


@pytest.fixture(scope="module")
def nights(tmp_path_factory, meili):
    covered = crawl_two_nights(tmp_path_factory.mktemp("covered"), meili, CurrentWordPress())
    control = crawl_two_nights(tmp_path_factory.mktemp("control"), meili, SetkabSite())
    return covered, control


def test_the_poll_ran_and_old_releases_were_rechecked(nights):
    (gaps, polls), (control_gaps, control_polls) = nights
    assert polls and control_polls
    assert len(gaps) >= 8 and len(control_gaps) == len(gaps)


def test_after_a_covering_poll_old_releases_wait_up_to_90_days(nights):
    (gaps, _), _ = nights
    assert all(0 < gap <= 90 for gap in gaps)
    assert max(gaps) > 30  # some slots of the 90-night cycle lie past the usual 30-day cap


def test_a_poll_that_was_ignored_keeps_the_30_day_cap(nights):
    _, (control_gaps, _) = nights
    assert all(0 < gap <= 30 for gap in control_gaps)
