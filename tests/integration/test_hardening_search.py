"""When Meilisearch has lost the index, the advice depends on the archive: rebuild it from the archive
(``siaran reindex``) when the database holds releases, crawl only when the archive itself is empty."""

from __future__ import annotations

import uuid

import meilisearch
import pytest
from fastapi.testclient import TestClient

from tests.integration.hardening_archive import stored_archive

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def env(tmp_path, meili, sqlite_url) -> dict:
    return {"SIARAN_DATA_DIR": str(tmp_path / "data"), "SIARAN_DATABASE_URL": sqlite_url,
            "SIARAN_INDEX": f"lost_{uuid.uuid4().hex[:10]}", "MEILI_URL": meili["url"],
            "MEILI_MASTER_KEY": meili["key"] or ""}


def test_a_lost_index_with_releases_in_the_archive_points_to_reindex(env, sqlite_url, siaran):
    stored_archive(sqlite_url, count=3)
    proc = siaran("search", "koordinasi", env=env, check=False)
    assert proc.returncode == 1
    assert proc.stderr.strip() == ("error: the search index is missing but the archive holds 3 releases: "
                                   "run `siaran reindex` to rebuild it from the archive")


def test_an_empty_archive_still_says_crawl(env, sqlite_url, siaran):
    stored_archive(sqlite_url, count=0)
    proc = siaran("search", "koordinasi", env=env, check=False)
    assert proc.returncode == 1 and "run `siaran crawl`" in proc.stderr and "reindex" not in proc.stderr


def test_an_index_recreated_empty_warns_that_the_archive_holds_releases(env, sqlite_url, siaran, meili):
    stored_archive(sqlite_url, count=2)
    from search.indexer import Indexer

    client = meilisearch.Client(meili["url"], meili["key"])
    Indexer(None, client, env["SIARAN_INDEX"]).ensure_index()  # what `siaran index` makes after a loss
    try:
        proc = siaran("search", "koordinasi", env=env)
        assert "the search index is empty but the archive holds 2 releases" in proc.stderr
        assert "siaran reindex" in proc.stderr
    finally:
        client.delete_index(env["SIARAN_INDEX"])


def test_the_api_gives_the_same_advice(env, sqlite_url, monkeypatch):
    from search.api import create_app
    from siaran.config import load_settings

    stored_archive(sqlite_url, count=3)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with TestClient(create_app(load_settings()), base_url="http://127.0.0.1") as client:
        response = client.get("/search", params={"q": "koordinasi"})
    assert response.status_code == 503
    assert "archive holds 3 releases" in response.json()["detail"] and "siaran reindex" in response.json()["detail"]
