"""BPS releases are tracked through the WebAPI's one-record ``view`` endpoint (``recheck_url``), whose
answer for a removed release is HTTP 200 with ``data-availability: not-available`` (``recheck_gone``):
each release is asked for through its own language's endpoint, an edited abstract becomes a revision, a
removed release is marked removed after two nights, and a wrong-key night (``status: Error``, also
"not-available") marks nothing. BPS replica, real engine, SQLite: what is BPS's own is the requests and
how their answers are read; storing the outcome (a revision, a removal after two nights, nothing for an
answer that proved nothing) is the path every ``recheck_url`` source shares, played on PostgreSQL too by
test_api_rechecks.py (Kemlu's one-record endpoint) and test_change_tracking.py."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from archive.db import Database
from archive.models import Article
from tests.conftest import crawl_env, run_siaran
from tests.integration.module_database import module_database
from tests.replicas.bps.site import API_KEY, VIEW_RE, BpsSite
from tests.replicas.server import ReplicaServer

EDITED_LINE = "Angka ini diperbarui setelah rilis pertama karena revisi data sumber."
GONE_REASON = "API answered status=OK, data-availability=not-available"


class ChangingBps(BpsSite):
    """The BPS replica, whose releases can be edited (Indonesian only) or removed (both languages)."""

    def __init__(self) -> None:
        super().__init__()
        self.edited: set[str] = set()
        self.removed: set[str] = set()

    def releases(self, lang: str):
        out = []
        for release in super().releases(lang):
            if release.slug in self.removed:
                continue
            if release.slug in self.edited and lang == "ind":
                release = dataclasses.replace(release, paragraphs=[*release.paragraphs, EDITED_LINE])
            out.append(release)
        return out


def snapshot(db: Database) -> dict[tuple[str, str], Article]:
    with db.session() as s:
        found = {(a.external_id, a.language): a for a in s.scalars(select(Article).where(Article.source_id == "bps"))}
        s.expunge_all()
        return found


@pytest.fixture(scope="module")
def nights(tmp_path_factory, meili):
    tmp = tmp_path_factory.mktemp("bps_rechecks")
    site = ChangingBps()
    with module_database("sqlite", tmp) as url, ReplicaServer(site) as server:
        # Pipelines inline (SIARAN_PIPELINE_WORKERS=0), as the other re-check tests: the worker process is
        # tested in tests/unit/test_pipeline_workers.py and by the other end-to-end crawls.
        env = {**crawl_env(tmp / "data", url, meili), "SIARAN_SOURCE_URL_BPS": server.url,
               "SIARAN_PIPELINE_WORKERS": "0"}
        start = datetime.now(UTC)

        def night(days: int, key: str = API_KEY) -> list:
            server.clear_log()
            run_siaran("crawl", "--source", "bps", "--no-index",
                       env={**env, "SIARAN_BPS_API_KEY": key, "SIARAN_NOW": (start + timedelta(days=days)).isoformat()})
            return list(server.log)

        night(0)
        db = Database(url)
        first = snapshot(db)
        both = sorted({sid for sid, lang in first if (sid, "en") in first and (sid, "id") in first})
        edited, removed = both[0], both[1]
        site.edited, site.removed = {edited}, {removed}
        wrong_key = night(40, key="wrong-key-123")  # every release past its 30-day cap: all due
        after_wrong_key = snapshot(db)
        # An answer that proved nothing is retried within three nights (scraper.recheck.after_check).
        second = night(43)
        third = night(44)
        yield {"db": db, "first": first, "edited": edited, "removed": removed, "wrong_key": wrong_key,
               "after_wrong_key": after_wrong_key, "second": second, "third": third}


def viewed(log) -> list[tuple[str, str]]:
    """(language, brs_id) of every ``view`` request in a night's log."""
    out = []
    for r in log:
        m = VIEW_RE.match(r.path)
        if m:
            out.append((m.group(2), m.group(4)))
    return out


def test_each_due_release_is_asked_for_through_its_own_languages_view_endpoint(nights):
    asked = viewed(nights["second"])
    expected = {("ind" if lang == "id" else "eng", sid) for sid, lang in nights["first"]}
    assert set(asked) == expected and len(asked) == len(expected)
    assert not [r for r in nights["second"] if "pressrelease/" in r.path and "/v1/" not in r.path]  # never www


def test_an_edited_abstract_becomes_a_revision_of_the_indonesian_release_only(nights):
    now = snapshot(nights["db"])
    edited_id, edited_en = now[(nights["edited"], "id")], now[(nights["edited"], "en")]
    assert edited_id.revision_count == 2 and EDITED_LINE in edited_id.body
    assert edited_en.revision_count == 1 and EDITED_LINE not in edited_en.body


def test_a_release_the_api_says_is_not_available_is_marked_removed_after_two_nights(nights):
    now = snapshot(nights["db"])
    for lang in ("id", "en"):
        removed = now[(nights["removed"], lang)]
        assert removed.removed_at is not None and removed.gone_reason == GONE_REASON
        assert removed.body  # nothing is deleted
    untouched = [a for (sid, _), a in now.items() if sid not in (nights["edited"], nights["removed"])]
    assert untouched and all(a.removed_at is None and a.gone_since is None and a.revision_count == 1
                             for a in untouched)


def test_a_wrong_key_night_marks_nothing(nights):
    assert viewed(nights["wrong_key"])  # the re-checks were asked, and answered status "Error"
    after = nights["after_wrong_key"]
    assert all(a.gone_since is None and a.removed_at is None and a.revision_count == 1 for a in after.values())


def test_the_api_lists_are_walked_past_their_first_page(nights):
    # The list is walked (scraper.walk) once its releases can be re-checked: a release missing from a
    # complete slice is re-checked at once (the mechanism is tested end to end on Kemlu: test_api_rechecks).
    walked = {(r.path.split("/lang/")[1][:3], r.path.rsplit("/", 1)[1])
              for log in (nights["second"], nights["third"]) for r in log if "/list/" in r.path}
    assert {("ind", "2"), ("eng", "2")} <= walked
