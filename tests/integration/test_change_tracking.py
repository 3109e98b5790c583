"""Six nights of an agency site through the real Scrapy engine, the real database (SQLite and PostgreSQL)
and the re-check schedule, with the crawl's clock set by ``SIARAN_NOW``.

Night 1 stores ten releases. Before night 2 the agency corrects a number in a fresh release, edits an old
release and updates its sitemap ``<lastmod>``, edits another old release without touching the sitemap,
takes three releases down (404, a redirect to the home page, a soft 404), takes one down for a single
night (a flap), one for good until night 4 (410, then restored), and one server fails (500, then a
200 database error page). Night 5 the server answers 304 to everything while the fresh release is edited
again; night 6 it is healthy but sends a new ETag on every answer. Every page carries furniture that
changes on every request (view counter, rotating "Baca juga", tracking parameters).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from archive.db import Database
from archive.models import Article, ArticleChange, CrawlError
from siaran.config import load_settings
from tests.conftest import run_siaran
from tests.integration.module_database import PARAMS, module_database
from tests.replicas.changes.site import ChangesSite
from tests.replicas.server import ReplicaServer

CHANGES_DIR = Path(__file__).resolve().parent.parent / "replicas" / "changes"
NIGHT1 = datetime(2024, 5, 1, 19, 0, tzinfo=UTC)  # 02:00 WIB


def night(n: int) -> datetime:
    return NIGHT1 + timedelta(days=n - 1)


@dataclass
class Night:
    requests: list  # the replica's request log of that crawl
    articles: dict[str, dict]  # slug -> state after the crawl
    changes: list[tuple[str, str, datetime]]  # (slug, kind, observed_at), all so far


@dataclass
class Scenario:
    server: ReplicaServer
    site: ChangesSite
    db: Database
    env: dict
    url: str
    nights: dict[int, Night] = field(default_factory=dict)

    def crawl(self, n: int) -> None:
        self.server.clear_log()
        run_siaran("crawl", "--source", "changes", "--no-index", env={**self.env, "SIARAN_NOW": night(n).isoformat()},
                   check=False)
        self.nights[n] = Night(list(self.server.log), *self.snapshot())

    def snapshot(self) -> tuple[dict, list]:
        with self.db.session() as s:
            articles = {a.url.rsplit("/", 1)[-1]: {
                "id": a.id, "revisions": a.revision_count, "gone_since": a.gone_since, "removed_at": a.removed_at,
                "restored_at": a.restored_at, "last_checked_at": a.last_checked_at, "next_check_at": a.next_check_at,
                "last_edited_at": a.last_edited_at, "etag": a.etag, "body": a.body}
                for a in s.scalars(select(Article))}
            slugs = {v["id"]: k for k, v in articles.items()}
            changes = [(slugs[c.article_id], c.kind, c.observed_at)
                       for c in s.scalars(select(ArticleChange).order_by(ArticleChange.id))]
        return articles, changes


def changes_env(tmp: Path, database_url: str, site_url: str) -> dict[str, str]:
    """A crawl of the change-tracking replica (no search index: these tests read the database)."""
    return {"SIARAN_DATA_DIR": str(tmp / "data"), "SIARAN_DATABASE_URL": database_url,
            "MEILI_URL": "http://127.0.0.1:9", "SIARAN_DOWNLOAD_DELAY": "0", "SIARAN_AUTOTHROTTLE": "0",
            "SIARAN_RETRY_BACKOFF": "0", "SIARAN_PIPELINE_WORKERS": "0", "SIARAN_SOURCES_DIRS": str(CHANGES_DIR),
            "SIARAN_SOURCE_URL_CHANGES": site_url}


@pytest.fixture(scope="module", params=PARAMS)
def nights(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("changes")
    site = ChangesSite()
    with module_database(request.param, tmp) as url, ReplicaServer(site) as server:
        site.base = server.url
        env = {**changes_env(tmp, url, server.url), "COLUMNS": "250"}
        scenario = Scenario(server, site, Database(url), env, url)
        scenario.crawl(1)
        site.edit("koreksi-angka-banjir", "dihadiri 40 perwakilan", "dihadiri 42 perwakilan")
        site.edit("lama-dengan-sinyal", "dihadiri 9 perwakilan", "dihadiri 19 perwakilan",
                  lastmod="2024-05-02T10:00:00+07:00")
        site.edit("lama-tanpa-sinyal", "dihadiri 7 perwakilan", "dihadiri 17 perwakilan")
        for slug, mode in (("dihapus-404", "gone404"), ("dialihkan-ke-beranda", "home"), ("soft-404", "soft404"),
                           ("naik-turun", "gone404"), ("dihapus-lalu-kembali", "gone410"),
                           ("server-rusak", "error500")):
            site.set_mode(slug, mode)
        scenario.crawl(2)
        site.set_mode("naik-turun", "ok")
        site.set_mode("server-rusak", "errorpage")
        scenario.crawl(3)
        site.set_mode("dihapus-lalu-kembali", "ok")
        site.set_mode("server-rusak", "ok")
        scenario.crawl(4)
        site.always_304 = True
        site.edit("koreksi-angka-banjir", "hingga akhir tahun", "hingga akhir bulan Juni")
        scenario.crawl(5)
        site.always_304, site.rolling_etag = False, True
        scenario.crawl(6)
        yield scenario


def article_paths(log) -> list[str]:
    return [r.path for r in log if r.path not in ("/robots.txt", "/siaran", "/sitemap.xml", "/")]


def new_changes(nights, n: int) -> list[tuple[str, str]]:
    before = len(nights.nights[n - 1].changes) if n > 1 else 0
    return [(slug, kind) for slug, kind, _ in nights.nights[n].changes[before:]]


def test_night_two_records_the_edits_and_first_sightings_of_takedowns(nights):
    assert sorted(new_changes(nights, 2)) == [("koreksi-angka-banjir", "edited"), ("lama-dengan-sinyal", "edited")]
    state = nights.nights[2].articles
    assert state["koreksi-angka-banjir"]["revisions"] == 2 and "42 perwakilan" in state["koreksi-angka-banjir"]["body"]
    for slug in ("dihapus-404", "dialihkan-ke-beranda", "soft-404", "naik-turun", "dihapus-lalu-kembali"):
        assert state[slug]["gone_since"] == night(2) and state[slug]["removed_at"] is None, slug
    assert state["server-rusak"]["gone_since"] is None  # a 500 proves nothing


def test_furniture_view_counters_and_tracking_parameters_never_make_a_revision(nights):
    final = nights.nights[6].articles["furnitur-berubah"]
    assert final["revisions"] == 1
    checked = [n for n in range(2, 7) if "/furnitur-berubah" in article_paths(nights.nights[n].requests)]
    assert len(checked) >= 4  # fetched (with a new view count each time) on most nights, never an edit
    assert not [c for c in nights.nights[6].changes if c[0] == "furnitur-berubah"]


def test_an_old_release_is_rechecked_only_when_its_sitemap_stamp_changes(nights):
    requested = {n: article_paths(nights.nights[n].requests) for n in range(2, 7)}
    assert "/lama-dengan-sinyal" in requested[2]  # the new <lastmod> moved it up the queue
    assert not any("/lama-tanpa-sinyal" in paths for paths in requested.values())  # not due for weeks
    assert nights.nights[6].articles["lama-tanpa-sinyal"]["revisions"] == 1
    assert nights.nights[6].articles["lama-tanpa-sinyal"]["next_check_at"] <= night(1) + timedelta(days=30)


def test_rechecks_are_conditional_requests_with_the_stored_validators(nights):
    log = nights.nights[2].requests
    stored = nights.nights[1].articles
    rechecks = [r for r in log if r.path.strip("/") in stored]
    assert rechecks
    for r in rechecks:
        assert r.headers.get("If-None-Match") == stored[r.path.strip("/")]["etag"], r.path


def test_takedowns_are_confirmed_on_the_second_night_with_the_first_seen_gone_time(nights):
    assert sorted(new_changes(nights, 3)) == [("dialihkan-ke-beranda", "removed"), ("dihapus-404", "removed"),
                                              ("dihapus-lalu-kembali", "removed"), ("soft-404", "removed")]
    state = nights.nights[3].articles
    for slug in ("dihapus-404", "dialihkan-ke-beranda", "soft-404", "dihapus-lalu-kembali"):
        assert state[slug]["removed_at"] == night(2), slug  # first seen gone, not confirmed
        assert state[slug]["revisions"] == 1 and state[slug]["body"]  # nothing deleted


def test_a_flapping_page_is_never_marked_removed(nights):
    for n in range(2, 7):
        assert nights.nights[n].articles["naik-turun"]["removed_at"] is None
    assert nights.nights[3].articles["naik-turun"]["gone_since"] is None
    assert not [c for c in nights.nights[6].changes if c[0] == "naik-turun"]


def test_a_removed_release_that_comes_back_is_restored(nights):
    assert new_changes(nights, 4) == [("dihapus-lalu-kembali", "restored")]
    state = nights.nights[4].articles["dihapus-lalu-kembali"]
    assert state["restored_at"] == night(4) and state["removed_at"] is None


def test_server_errors_and_error_pages_never_mark_or_edit_anything(nights):
    for n in range(1, 7):
        state = nights.nights[n].articles["server-rusak"]
        assert (state["gone_since"], state["removed_at"], state["revisions"]) == (None, None, 1), n
    with nights.db.session() as s:
        reasons = s.scalars(select(CrawlError.reason).where(CrawlError.url.endswith("/server-rusak"))).all()
    assert any("500" in r for r in reasons) and any("error page" in r for r in reasons)


def test_a_server_answering_304_to_everything_causes_no_edit_and_no_takedown(nights):
    assert new_changes(nights, 5) == []
    assert "/koreksi-angka-banjir" in article_paths(nights.nights[5].requests)  # asked, told "not modified"
    removed = {slug for slug, a in nights.nights[5].articles.items() if a["removed_at"] or a["gone_since"]}
    assert removed == {"dihapus-404", "dialihkan-ke-beranda", "soft-404"}


def test_a_new_etag_on_every_answer_causes_no_false_edit_and_the_missed_edit_is_caught(nights):
    # Night 6: the server is honest again (but rolls its ETag): the correction it hid behind 304s on
    # night 5 is found, and nothing else is taken for an edit.
    assert new_changes(nights, 6) == [("koreksi-angka-banjir", "edited")]
    assert nights.nights[6].articles["koreksi-angka-banjir"]["revisions"] == 3


# -- the changes view: CLI, API, Atom ------------------------------------------------------------
def test_cli_lists_changes_with_filters(nights):
    out = run_siaran("changes", "--kind", "removed", env=nights.env).stdout
    assert out.count("removed") >= 4 and "Rencana Relokasi Warga Pesisir" in out
    assert "Pelatihan Relawan" not in out
    wib_day_of_night4 = (night(4) + timedelta(hours=7)).date().isoformat()
    out = run_siaran("changes", "--since", wib_day_of_night4, "--source", "changes", env=nights.env).stdout
    assert "restored" in out and "Koordinasi Penanganan Banjir" in out and "removed" not in out


def test_cli_changes_refuses_an_unknown_kind(tmp_path):
    # Checked before the database is opened (siaran.cli.changes): once, not once per database.
    env = {"SIARAN_DATA_DIR": str(tmp_path / "data"), "SIARAN_DATABASE_URL": f"sqlite:///{tmp_path / 'siaran.db'}"}
    bad = run_siaran("changes", "--kind", "deleted", env=env, check=False)
    assert bad.returncode == 2 and "edited, removed or restored" in bad.stderr


@pytest.fixture(scope="module")
def api(nights):
    from search.api import create_app

    settings = load_settings().__class__(**{**load_settings().__dict__, "database_url": nights.url})
    return TestClient(create_app(settings))


def test_api_pages_through_changes_with_the_same_filters(api):
    first = api.get("/changes", params={"kind": "removed", "per_page": 3}).json()
    assert first["total"] == 4 and len(first["changes"]) == 3 and first["page"] == 1
    second = api.get("/changes", params={"kind": "removed", "per_page": 3, "page": 2}).json()
    assert len(second["changes"]) == 1
    assert {c["kind"] for c in first["changes"] + second["changes"]} == {"removed"}
    assert api.get("/changes", params={"source": "bnpt"}).json()["total"] == 0
    assert api.get("/changes", params={"kind": "nope"}).status_code == 422


def test_atom_feed_lists_changes_for_feed_readers(api):
    reply = api.get("/changes.atom", params={"kind": "edited"})
    assert reply.status_code == 200 and reply.headers["content-type"].startswith("application/atom+xml")
    from lxml import etree

    feed = etree.fromstring(reply.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = feed.xpath("//a:entry/a:title/text()", namespaces=ns)
    assert len(titles) == 3 and all(t.startswith("Edited: ") for t in titles)
    links = feed.xpath("//a:entry/a:link[@rel='alternate']/@href", namespaces=ns)
    assert all("/diff?" in link for link in links)


def test_diff_of_any_two_versions_marks_the_changed_words(api, nights):
    article_id = nights.nights[6].articles["koreksi-angka-banjir"]["id"]
    versions = api.get(f"/changes/versions/{article_id}").json()
    assert len(versions["versions"]) == 3
    first, last = versions["versions"][0]["revision_id"], versions["versions"][-1]["revision_id"]
    diff = api.get(f"/changes/diff/{article_id}", params={"a": first, "b": last}).json()
    marked_old = [s[0] for row in diff["rows"] for s in row["left"] if s[1]]
    marked_new = [s[0] for row in diff["rows"] for s in row["right"] if s[1]]
    assert "40" in marked_old and "42" in marked_new and any("Juni" in s for s in marked_new)
    assert api.get(f"/changes/diff/{article_id}", params={"a": first, "b": 999999}).status_code == 404
    page = api.get("/diff", params={"id": article_id})
    assert page.status_code == 200 and "diff.js" in page.text


def test_badges_give_edit_counts_and_removal_dates(api, nights):
    state = nights.nights[6].articles
    ids = [state["koreksi-angka-banjir"]["id"], state["dihapus-404"]["id"], state["furnitur-berubah"]["id"]]
    badges = api.get("/changes/badges", params={"id": ids}).json()
    assert badges[str(ids[0])]["edits"] == 2 and badges[str(ids[0])]["removed_at"] is None
    assert badges[str(ids[1])]["removed_at"].startswith(night(2).date().isoformat())
    assert str(ids[2]) not in badges  # never edited, never removed: no badge


def test_export_carries_revision_count_last_edit_and_removal(nights, tmp_path):
    import csv

    from archive.export import ExportRequest, run_export

    out = tmp_path / "changes.csv"
    run_export(nights.db, ExportRequest(fields=["url", "revision_count", "last_edited_at", "removed_at"]), out)
    rows = {r["url"].rsplit("/", 1)[-1]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert rows["koreksi-angka-banjir"]["revision_count"] == "3" and rows["koreksi-angka-banjir"]["last_edited_at"]
    assert rows["dihapus-404"]["removed_at"] and not rows["naik-turun"]["removed_at"]
    assert rows["furnitur-berubah"]["revision_count"] == "1" and not rows["furnitur-berubah"]["last_edited_at"]


def test_search_filters_edited_and_removed_releases(nights, meili):
    """After the nights, the index built from the archive answers ``edited``/``removed`` filters (API and CLI)."""
    import uuid

    env = {**nights.env, "MEILI_URL": meili["url"], "MEILI_MASTER_KEY": meili["key"] or "",
           "SIARAN_INDEX": f"changes_{uuid.uuid4().hex[:8]}", "SIARAN_SEMANTIC": "0"}
    run_siaran("reindex", env=env)
    state = nights.nights[6].articles
    edited = {slug for slug, a in state.items() if a["last_edited_at"] is not None}
    removed = {slug for slug, a in state.items() if a["removed_at"] is not None}
    assert edited and removed
    from search.api import create_app

    base = load_settings().__class__(**{**load_settings().__dict__, "database_url": nights.url,
                                        "meili_url": meili["url"], "meili_api_key": meili["key"],
                                        "index_uid": env["SIARAN_INDEX"]})
    client = TestClient(create_app(base))

    def slugs(**params) -> set[str]:
        reply = client.get("/search", params={"per_page": 100, **params})
        assert reply.status_code == 200, reply.text
        return {h["url"].rsplit("/", 1)[-1] for h in reply.json()["hits"]}

    assert slugs(edited="true") == edited
    assert slugs(removed="true") == removed
    assert slugs(edited="false") & edited == set()
    out = run_siaran("search", "--edited", "--json", env=env).stdout
    assert {h["url"].rsplit("/", 1)[-1] for h in __import__("json").loads(out)["hits"]} == edited
