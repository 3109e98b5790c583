"""The analyst HTTP API against a real archive: the BNPT replica crawled once by the real Scrapy engine
into SQLite, plus three releases stored by the real store pipeline function (an English translation, a
release carrying hostile markup, one from another year and agency), indexed in a real Meilisearch."""

from __future__ import annotations

import csv
import io
import json
import re
import uuid
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import meilisearch
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.conftest import run_siaran

BNPT_DATED = 8
BNPT_UNDATED = 1  # "pernyataan-pers-tanpa-tanggal" states no date: stored undated, never dated by guess
BNPT_RELEASES = BNPT_DATED + BNPT_UNDATED
HOSTILE_TITLE = 'Siaran <script>alert("xss")</script> koordinasi <img src=x onerror="window.__pwned=1">'
EN_TITLE = "BNPT Holds Counter-Terrorism Coordination Meeting in Central Sulawesi"
ID_TITLE_PREFIX = "BNPT Gelar Rapat Koordinasi Penanggulangan Terorisme"


def _release(source: str, slug: str, language: str, title: str, body: str, published: datetime,
             tags: list[str]) -> dict:
    from archive.fingerprints import content_hash

    url = f"https://{source}.example.go.id/{slug}"
    return {"source": source, "url": url, "canonical_url": url, "language": language, "title": title,
            "body": body, "published_at": published, "published_has_time": False, "tags": tags,
            "content_hash": content_hash(title, body), "http_status": 200, "extractor": "selectors",
            "fetched_at": datetime.now(UTC)}


def add_extra_releases(db) -> dict:
    """Store extra releases through ``store_release`` and pair one BNPT release with its translation."""
    from archive.models import Article, TranslationPair
    from pipelines.store import enqueue, ensure_source, store_release

    with db.session() as s:
        ensure_source(s, SimpleNamespace(id="testagency", name="Test Agency", base_url="https://test.example",
                                         languages=["id"]))
        store_release(s, _release(
            "bnpt", "bnpt-holds-coordination-meeting-central-sulawesi", "en", EN_TITLE,
            "Palu - BNPT held a counter-terrorism coordination meeting with the regional government, the "
            "military, the police and community leaders of Central Sulawesi.\n\nThe meeting discussed "
            "support for former terrorism convicts and their families.",
            datetime(2022, 8, 21, 17, 0, tzinfo=UTC), ["Coordination"]))
        store_release(s, _release(
            "testagency", "siaran-hostile", "id", HOSTILE_TITLE,
            'Rapat koordinasi <script>document.title="pwned"</script> membahas terorisme. </mark> '
            "Tanda <b>tebal</b> & simbol.\n\nParagraf kedua tentang koordinasi.",
            datetime(2021, 3, 1, 17, 0, tzinfo=UTC), ["Uji"]))
        store_release(s, _release(
            "testagency", "banjir-2021", "id", "Penanganan Banjir di Kalimantan Selatan",
            "Banjarmasin - Pemerintah mempercepat penanganan banjir dan distribusi bantuan.",
            datetime(2021, 1, 20, 17, 0, tzinfo=UTC), ["Bencana"]))
        s.flush()
        en = s.scalar(select(Article).where(Article.title == EN_TITLE))
        original = s.scalar(select(Article).where(Article.title.startswith(ID_TITLE_PREFIX)))
        hostile = s.scalar(select(Article).where(Article.title == HOSTILE_TITLE))
        s.add(TranslationPair(id_article_id=original.id, en_article_id=en.id, method="test", score=1.0))
        enqueue(s, original.id)  # its search document now has a translation
        return {"en": en.id, "en_url": en.url, "id": original.id, "id_url": original.url, "hostile": hostile.id}


@contextmanager
def built_archive(tmp: Path, meili: dict):
    """Crawl the BNPT replica once, add the extra releases, index everything; yields the environment."""
    from archive.db import Database
    from search.indexer import Indexer
    from tests.replicas.bnpt.site import BnptSite
    from tests.replicas.server import ReplicaServer

    env = {"SIARAN_DATA_DIR": str(tmp / "data"), "SIARAN_DATABASE_URL": f"sqlite:///{tmp / 'siaran.db'}",
           "SIARAN_INDEX": f"releases_{uuid.uuid4().hex[:10]}", "MEILI_URL": meili["url"],
           "MEILI_MASTER_KEY": meili["key"] or "", "SIARAN_DOWNLOAD_DELAY": "0", "SIARAN_AUTOTHROTTLE": "0"}
    server = ReplicaServer(BnptSite()).start()
    try:
        run_siaran("crawl", "--source", "bnpt", env={**env, "SIARAN_SOURCE_URL_BNPT": server.url})
    finally:
        server.stop()
    db = Database(env["SIARAN_DATABASE_URL"])
    ids = add_extra_releases(db)
    Indexer(db, meilisearch.Client(meili["url"], meili["key"]), env["SIARAN_INDEX"]).drain()
    try:
        yield SimpleNamespace(env=env, ids=ids, db=db)
    finally:
        db.dispose()


class RecordingClient(TestClient):
    """A TestClient that keeps every response, so the last test can check none of them leaks a secret."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.seen: list = []

    def request(self, *args, **kwargs):
        response = super().request(*args, **kwargs)
        self.seen.append(response)
        return response


@pytest.fixture(scope="module")
def archive(tmp_path_factory, meili):
    with pytest.MonkeyPatch.context() as mp, built_archive(tmp_path_factory.mktemp("api"), meili) as built:
        for key, value in built.env.items():
            mp.setenv(key, value)
        yield built


@pytest.fixture(scope="module")
def api(archive):
    from search.api import create_app
    from siaran.config import load_settings

    with RecordingClient(create_app(load_settings())) as client:
        yield client


def search(api, **params) -> dict:
    response = api.get("/search", params=params)
    assert response.status_code == 200, response.text
    return response.json()


# -- search ---------------------------------------------------------------------------------------
def test_search_returns_highlighted_hits_and_facets(api):
    data = search(api, q="koordinasi terorisme")
    assert data["totalHits"] >= 3 and data["page"] == 1
    assert any("<mark>" in h["snippet_html"] or "<mark>" in h["title_html"] for h in data["hits"])
    facets = data["facetDistribution"]
    assert set(facets) == {"source", "language", "year"}
    assert facets["source"]["bnpt"] >= 2 and "testagency" in facets["source"]
    assert data["sourceNames"]["testagency"] == "Test Agency"


def test_empty_query_browses_everything(api):
    data = search(api, per_page=100)
    assert data["totalHits"] == BNPT_RELEASES + 3
    # The undated release is in the results but in no year.
    assert data["facetDistribution"]["year"] == {"2021": 2, "2022": BNPT_DATED + 1}


def test_filters_by_source_language_dates_tags_and_translation(api, archive):
    assert {h["source"] for h in search(api, source="testagency")["hits"]} == {"testagency"}
    english = search(api, lang="en")
    assert [h["id"] for h in english["hits"]] == [archive.ids["en"]]
    both = search(api, lang=["id", "en"], source="bnpt")
    assert both["totalHits"] == BNPT_RELEASES + 1
    window = search(api, since="2021-01-01", until="2021-12-31", per_page=100)
    assert window["totalHits"] == 2 and all(h["published_at"].startswith("2021") for h in window["hits"])
    # 21 Aug 2022 17:00 UTC is 22 Aug in Jakarta: the day boundary follows Asia/Jakarta.
    assert archive.ids["en"] in [h["id"] for h in search(api, since="2022-08-22", until="2022-08-22")["hits"]]
    assert [h["id"] for h in search(api, tag="Uji")["hits"]] == [archive.ids["hostile"]]
    paired = search(api, has_translation="true")
    assert {h["id"] for h in paired["hits"]} == {archive.ids["en"], archive.ids["id"]}


def test_hits_link_the_translation_partner(api, archive):
    hit = next(h for h in search(api, lang="en")["hits"])
    assert hit["translation_id"] == archive.ids["id"] and hit["translation_url"] == archive.ids["id_url"]
    assert hit["url"] == archive.ids["en_url"]


def test_pagination_goes_beyond_the_first_page(api):
    first = search(api, per_page=4, sort="newest")
    assert first["totalPages"] == 3 and first["totalHits"] == BNPT_RELEASES + 3
    pages = [first] + [search(api, per_page=4, sort="newest", page=p) for p in (2, 3)]
    ids = [h["id"] for p in pages for h in p["hits"]]
    assert [p["page"] for p in pages] == [1, 2, 3]
    assert len(ids) == len(set(ids)) == BNPT_RELEASES + 3
    assert search(api, per_page=4, page=4)["hits"] == []


def test_sort_newest_and_oldest(api):
    newest = [h["published_at"] for h in search(api, sort="newest", per_page=100)["hits"]]
    oldest = [h["published_at"] for h in search(api, sort="oldest", per_page=100)["hits"]]
    # Undated releases come last in both orders; the dated ones are in order.
    for order, reverse in ((newest, True), (oldest, False)):
        dated = [d for d in order if d is not None]
        assert order == dated + [None] * BNPT_UNDATED
        assert dated == sorted(dated, reverse=reverse)
    assert newest[0] != oldest[0]


def test_facets_endpoint_counts_the_same_filters(api):
    facets = api.get("/facets", params={"source": "bnpt"}).json()
    assert facets["totalHits"] == BNPT_RELEASES + 1
    assert facets["facetDistribution"]["source"] == {"bnpt": BNPT_RELEASES + 1}
    assert facets["facetDistribution"]["language"] == {"id": BNPT_RELEASES, "en": 1}


@pytest.mark.parametrize("params", [
    {"since": "26-07-2022"}, {"until": "2022-13-01"}, {"lang": "fr"}, {"sort": "bogus"}, {"page": "0"},
    {"per_page": "1000"}, {"has_translation": "maybe"}, {"since": "2022-02-02", "until": "2022-01-01"},
])
def test_bad_input_is_422(api, params):
    response = api.get("/search", params=params)
    assert response.status_code == 422, response.text
    assert "detail" in response.json()


def test_bad_export_format_is_422(api):
    assert api.get("/export", params={"format": "xlsx"}).status_code == 422


# -- safety ---------------------------------------------------------------------------------------
def test_highlighted_html_is_escaped(api, archive):
    hit = next(h for h in search(api, q="koordinasi", source="testagency")["hits"])
    assert hit["id"] == archive.ids["hostile"]
    for html in (hit["title_html"], hit["snippet_html"]):
        assert "<mark>" in html
        assert "<" not in re.sub(r"</?mark>", "", html), html  # the only tags are <mark>
    assert "&lt;script&gt;" in hit["title_html"] and "&lt;img" in hit["title_html"]
    assert "&lt;script&gt;" in hit["snippet_html"]
    assert hit["title"] == HOSTILE_TITLE  # the plain field is the raw text, for textContent


def test_filter_values_cannot_widen_the_query(api):
    for params in ({"source": 'bnpt" OR source = "testagency'}, {"source": 'bnpt" OR source EXISTS OR "'},
                   {"tag": '") OR (source = "bnpt'}, {"source": "bnpt\\", "tag": "x"}):
        data = search(api, **params)
        assert data["totalHits"] == 0 and data["hits"] == [], params


# -- one release ----------------------------------------------------------------------------------
def test_article_comes_from_the_database_with_provenance_and_translation(api, archive):
    response = api.get(f"/articles/{archive.ids['id']}")
    assert response.status_code == 200
    a = response.json()
    assert a["title"].startswith(ID_TITLE_PREFIX) and a["language"] == "id"
    assert "\n\n" in a["body"] and "Gubernur Sulawesi Tengah" in a["body"]
    assert a["revisions"] == 1 and a["provenance"]["http_status"] == 200
    assert a["provenance"]["extractor"] and len(a["provenance"]["content_hash"]) == 64
    assert a["translation"] == {"id": archive.ids["en"], "language": "en", "title": EN_TITLE,
                                "url": archive.ids["en_url"]}
    assert api.get(f"/articles/{archive.ids['hostile']}").json()["translation"] is None


def test_missing_article_is_404(api):
    response = api.get("/articles/999999")
    assert response.status_code == 404 and response.json() == {"detail": "no release with id 999999"}
    assert api.get("/articles/abc").status_code == 422


# -- export ---------------------------------------------------------------------------------------
def test_export_csv_is_an_attachment_identical_to_the_cli_export(api, archive, tmp_path):
    response = api.get("/export", params={"format": "csv", "source": "bnpt", "since": "2022-07-01"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert re.fullmatch(r'attachment; filename="siaran-\d{8}\.csv"', response.headers["content-disposition"])
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))
    assert len(rows) == 7 + 1  # the BNPT releases from 1 July 2022 on, plus the English one
    assert [r["published_at"] for r in rows] == sorted(r["published_at"] for r in rows)
    out = tmp_path / "cli.csv"
    run_siaran("export", "--format", "csv", "--out", str(out), "--source", "bnpt", "--since", "2022-07-01",
               env=archive.env)
    assert response.content == out.read_bytes()


def test_export_jsonl_follows_query_tag_and_translation_filters(api, archive):
    def exported(**params) -> list[dict]:
        response = api.get("/export", params={"format": "jsonl", **params})
        assert response.status_code == 200, response.text
        assert response.headers["content-disposition"].endswith('.jsonl"')
        return [json.loads(line) for line in response.text.splitlines()]

    found = {h["id"] for h in search(api, q="koordinasi", per_page=100)["hits"]}
    assert {r["id"] for r in exported(q="koordinasi")} == found and len(found) >= 3
    assert [r["id"] for r in exported(tag="Uji")] == [archive.ids["hostile"]]
    assert {r["id"] for r in exported(has_translation="true")} == {archive.ids["en"], archive.ids["id"]}
    assert len(exported()) == BNPT_RELEASES + 3


def test_export_parquet_streams_a_readable_file(api, archive):
    import pyarrow.parquet as pq

    response = api.get("/export", params={"format": "parquet", "source": "testagency", "q": "koordinasi"})
    assert response.status_code == 200, response.text
    assert response.headers["content-disposition"].endswith('.parquet"')
    table = pq.read_table(io.BytesIO(response.content))
    assert table.column("id").to_pylist() == [archive.ids["hostile"]]
    assert table.column("title").to_pylist() == [HOSTILE_TITLE]


# -- health, page, speed ----------------------------------------------------------------------------
def test_health_reports_database_and_search(api):
    response = api.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "search": "ok", "documents": BNPT_RELEASES + 3}


def test_search_down_is_a_503_that_names_no_server(archive):
    from dataclasses import replace

    from search.api import create_app
    from siaran.config import load_settings

    down = replace(load_settings(), meili_url="http://127.0.0.1:9", meili_api_key="not-the-key-0123456789")
    with TestClient(create_app(down)) as client:
        response = client.get("/search", params={"q": "banjir"})
        assert response.status_code == 503
        assert "127.0.0.1" not in response.text and "not-the-key" not in response.text
        health = client.get("/health")
        assert health.status_code == 503 and health.json()["search"] == "unavailable"


def test_page_and_assets_are_served_with_a_strict_policy(api):
    page = api.get("/")
    assert page.status_code == 200 and 'id="search-form"' in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["referrer-policy"] == "no-referrer" and page.headers["x-content-type-options"] == "nosniff"
    script = api.get("/static/app.js")
    assert script.status_code == 200 and "script-src 'self'" in script.headers["content-security-policy"]
    assert api.get("/static/style.css").status_code == 200
    assert "/search" in api.get("/openapi.json").json()["paths"]
    search = api.get("/search", params={"q": "terorisme"})  # API answers: nosniff, but no page policy
    assert search.headers["x-content-type-options"] == "nosniff" and "content-security-policy" not in search.headers
    assert api.get("/nope").headers["x-content-type-options"] == "nosniff"  # error answers too


def test_the_master_key_never_appears_in_any_response(api, meili):
    key = meili["key"]
    assert key, "the test Meilisearch must run with a master key"
    for path in ("/health", "/openapi.json", "/docs", "/", "/static/app.js", "/search?q=x&source=%22",
                 "/facets", "/articles/1", "/export?format=jsonl&q=x", "/nope"):
        api.get(path)
    assert len(api.seen) > 40
    for response in api.seen:
        assert key not in response.text, response.request.url
        assert key not in str(response.headers), response.request.url


def test_search_mode_is_validated_and_reported(api):
    assert api.get("/search", params={"q": "terorisme", "mode": "telepathy"}).status_code == 422
    one_word = api.get("/search", params={"q": "terorisme", "mode": "hybrid"}).json()
    assert one_word["mode"] == "keyword" and one_word["modeWarning"]  # one word: keyword ranking, said so
    keyword = api.get("/search", params={"q": "koordinasi terorisme"}).json()
    assert keyword["mode"] == "keyword" and keyword["modeWarning"] is None


def test_a_corrected_typo_is_reported_with_the_query_as_searched(api):
    # "terorsme" is one edit from the glossary's "terorisme" and no release has it (search/spelling.py).
    typed = search(api, q="koordinasi terorsme")
    assert typed["correctedQuery"] == "koordinasi terorisme"
    assert [h["id"] for h in typed["hits"]] == [h["id"] for h in search(api, q="koordinasi terorisme")["hits"]]
    assert search(api, q="koordinasi terorisme")["correctedQuery"] is None


def test_concurrent_requests_never_share_a_meilisearch_client(api):
    """The sync endpoints run in worker threads; a ``meilisearch.Client`` shared between them rewrites one
    headers dict per call, so a GET (``/health``) could strip the Content-Type off a POST (``/search``)
    and Meilisearch would answer 415. Hammer both at once and require every answer to be right."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    backend = api.app.state.backend
    clients: dict[int, set[int]] = {}
    lock = threading.Lock()

    def one_round(i: int) -> list[int]:
        with lock:
            clients.setdefault(threading.get_ident(), set()).add(id(backend.client()))
        return [api.get("/search", params={"q": "koordinasi", "page": 1 + i % 2}).status_code,
                api.get("/health").status_code, api.get("/facets", params={"q": "terorisme"}).status_code]

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = [code for codes in pool.map(one_round, range(120)) for code in codes]
    assert statuses == [200] * 360
    assert all(len(ids) == 1 for ids in clients.values())  # one client per thread, kept
    assert len({next(iter(ids)) for ids in clients.values()}) == len(clients)  # and never shared
