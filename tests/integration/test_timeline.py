"""Counts over time (``/timeline``, ``siaran timeline``) against a real Meilisearch: every bucket equals
the ``/search`` total for the same filters narrowed to that bucket's days, and undated releases are
counted apart. The archive: releases stored by the real store function into SQLite, indexed for real."""

from __future__ import annotations

import csv
import io
import uuid
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import meilisearch
import pytest
from fastapi.testclient import TestClient

from tests.conftest import run_siaran

WIB = timedelta(hours=7)


def wib(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> datetime:
    """A Jakarta wall-clock time as the aware UTC datetime the archive stores."""
    return datetime(y, m, d, hh, mm, tzinfo=UTC) - WIB


# (source, language, title, body, published): a small archive with boundaries that matter.
RELEASES = [
    ("bnpb", "id", "Banjir di Kalimantan Selatan", "Penanganan banjir dan pengungsian warga.", wib(2023, 1, 20)),
    ("bnpb", "id", "Banjir bandang di Garut", "Tim BNPB menangani banjir bandang.", wib(2023, 1, 31, 23, 30)),
    ("bnpb", "id", "Gempa bumi di Cianjur", "Gempa bumi dan pengungsian.", wib(2023, 2, 1, 0, 30)),
    ("bnpb", "en", "Flood response in Demak", "BNPB responds to the flood (banjir) in Demak.", wib(2023, 3, 5)),
    ("bnpb", "id", "Banjir rob di Jakarta Utara", "Banjir rob merendam permukiman.", wib(2023, 12, 31, 23, 59)),
    ("bnpb", "id", "Banjir di Sumatera Barat", "Banjir dan tanah longsor.", wib(2024, 1, 1, 0, 1)),
    # 01:00 WIB on Monday 15 July 2024 is still Sunday 14 July in UTC: it belongs to the week of the 15th.
    ("bnpb", "id", "Banjir di Sulawesi Tengah", "Penanganan banjir di Palu.", wib(2024, 7, 15, 1, 0)),
    ("bnpb", "id", "Banjir dan longsor di Bogor", "Banjir melanda Bogor.", wib(2024, 7, 14, 20, 0)),
    ("bnpt", "id", "Koordinasi pencegahan terorisme", "Rapat koordinasi pencegahan terorisme.", wib(2023, 1, 10)),
    ("bnpt", "id", "BNPT bahas banjir informasi hoaks", "Hoaks terorisme saat banjir.", wib(2023, 3, 15)),
    ("bnpt", "en", "Counter-terrorism coordination", "BNPT coordination on terrorism prevention.",
     wib(2024, 2, 29)),
    ("bnpt", "id", "Deradikalisasi mantan narapidana", "Program deradikalisasi terorisme.", wib(2024, 7, 1)),
    # Undated: the page states no date; never placed on a day, month or year.
    ("bnpb", "id", "Banjir tanpa tanggal", "Siaran banjir yang tidak mencantumkan tanggal.", None),
    ("bnpt", "id", "Terorisme tanpa tanggal", "Siaran terorisme tanpa tanggal.", None),
]
SOURCE_NAMES = {"bnpb": "BNPB", "bnpt": "BNPT"}


def store(db, rows) -> list[int]:
    """Store releases through the real store function; returns their ids."""
    from archive.fingerprints import content_hash
    from archive.models import Article
    from pipelines.store import ensure_source, store_release

    ids = []
    with db.session() as s:
        for sid in sorted({r[0] for r in rows}):
            ensure_source(s, SimpleNamespace(id=sid, name=SOURCE_NAMES.get(sid, sid.upper()),
                                             base_url=f"https://{sid}.go.id", languages=["id", "en"]))
        for source, language, title, body, published in rows:
            url = f"https://{source}.go.id/rilis/{'-'.join(title.lower().split())}"  # stored again = same release
            store_release(s, {"source": source, "url": url, "canonical_url": url, "language": language,
                              "title": title, "body": body, "published_at": published,
                              "published_has_time": published is not None, "tags": [],
                              "content_hash": content_hash(title, body), "http_status": 200,
                              "extractor": "selectors", "fetched_at": datetime.now(UTC)})
            s.flush()
            ids.append(s.query(Article.id).filter(Article.canonical_url == url).scalar())
    return ids


@contextmanager
def analyst_archive(tmp: Path, meili: dict, rows=RELEASES, database_url: str | None = None):
    """A migrated archive holding ``rows``, indexed in a fresh index of the real Meilisearch."""
    from archive.db import Database
    from search.indexer import Indexer

    env = {"SIARAN_DATA_DIR": str(tmp / "data"),
           "SIARAN_DATABASE_URL": database_url or f"sqlite:///{tmp / 'siaran.db'}",
           "SIARAN_INDEX": f"releases_{uuid.uuid4().hex[:10]}", "MEILI_URL": meili["url"],
           "MEILI_MASTER_KEY": meili["key"] or ""}
    db = Database(env["SIARAN_DATABASE_URL"])
    client = meilisearch.Client(meili["url"], meili["key"])
    ids = store(db, rows)
    Indexer(db, client, env["SIARAN_INDEX"]).drain()
    try:
        yield SimpleNamespace(env=env, db=db, client=client, ids=ids)
    finally:
        client.delete_index(env["SIARAN_INDEX"])
        db.dispose()


@pytest.fixture(scope="module")
def archive(tmp_path_factory, meili):
    with pytest.MonkeyPatch.context() as mp, analyst_archive(tmp_path_factory.mktemp("timeline"), meili) as built:
        for key, value in built.env.items():
            mp.setenv(key, value)
        yield built


@pytest.fixture(scope="module")
def api(archive):
    from search.api import create_app
    from siaran.config import load_settings

    with TestClient(create_app(load_settings())) as client:
        yield client


def timeline(api, **params) -> dict:
    response = api.get("/timeline", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def total_hits(api, **params) -> int:
    response = api.get("/search", params={**params, "per_page": 1})
    assert response.status_code == 200, response.text
    return response.json()["totalHits"]


CASES = [
    {},
    {"q": "banjir"},
    {"q": "banjir", "source": "bnpb"},
    {"q": "terorisme", "lang": "id"},
    {"q": "banjir", "since": "2023-01-31", "until": "2024-07-14"},
]


@pytest.mark.parametrize("interval", ["day", "week", "month", "year"])
@pytest.mark.parametrize("filters", CASES, ids=lambda f: "&".join(f"{k}={v}" for k, v in f.items()) or "all")
def test_every_bucket_equals_the_search_total_for_its_days(api, interval, filters):
    t = timeline(api, interval=interval, **filters)
    assert t["total"] == total_hits(api, **filters)
    assert sum(b["count"] for b in t["buckets"]) + t["undated"] == t["total"]
    assert t["dated"] == t["total"] - t["undated"]
    # Clicking a bar = since/until of its days: the same count. Every bar with releases is checked, and
    # empty bars too (every 25th of the ~560 empty days, to keep the test quick).
    checked = [b for i, b in enumerate(t["buckets"]) if b["count"] or interval != "day" or i % 25 == 0]
    for b in checked:
        narrowed = {**filters, "since": max(b["start"], filters.get("since", b["start"])),
                    "until": min(b["end"], filters.get("until", b["end"]))}
        assert total_hits(api, **narrowed) == b["count"], (interval, b)
    keys = [b["key"] for b in t["buckets"]]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)


def test_undated_releases_are_counted_apart_never_on_a_date(api):
    t = timeline(api, q="banjir", interval="year")
    dated = total_hits(api, q="banjir", since="1900-01-01", until="2100-12-31")
    assert t["undated"] == 1 and t["dated"] == dated == t["total"] - 1
    everything = timeline(api, interval="month")
    assert everything["undated"] == 2 and everything["total"] == len(RELEASES)


def test_jakarta_days_decide_months_weeks_and_years(api):
    months = {b["key"]: b["count"] for b in timeline(api, q="banjir", source="bnpb", interval="month")["buckets"]}
    # 31 Jan 23:30 WIB is January; 1 Feb 00:30 WIB is February; 31 Dec 23:59 WIB is 2023, 1 Jan 00:01 WIB 2024.
    assert months["2023-01"] == 2 and months["2023-12"] == 1 and months["2024-01"] == 1
    assert months["2023-02"] == 0  # an empty month between two is shown, not skipped
    weeks = {b["key"]: b for b in timeline(api, q="banjir", source="bnpb", interval="week")["buckets"]}
    assert weeks["2024-W29"]["count"] == 1 and weeks["2024-W29"]["start"] == "2024-07-15"
    assert weeks["2024-W29"]["end"] == "2024-07-21" and weeks["2024-W28"]["count"] == 1
    years = {b["key"]: b["count"] for b in timeline(api, source="bnpb", interval="year")["buckets"]}
    assert years == {"2023": 5, "2024": 3}


@pytest.mark.parametrize("by", ["source", "language"])
def test_a_split_adds_up_and_each_series_equals_its_filtered_search(api, by):
    t = timeline(api, q="banjir", interval="year", by=by)
    param = "source" if by == "source" else "lang"
    assert set(t["series"]) == set(t["series_totals"]) and len(t["series"]) == 2
    for b in t["buckets"]:
        assert sum(b["by"].values()) == b["count"]
        for value in t["series"]:
            assert b["by"].get(value, 0) == total_hits(api, q="banjir", since=b["start"], until=b["end"],
                                                       **{param: value})
    for value in t["series"]:
        assert t["series_totals"][value] == total_hits(api, q="banjir", **{param: value})
        assert t["undated_by"][value] + sum(b["by"].get(value, 0) for b in t["buckets"]) == t["series_totals"][value]


def test_csv_has_the_same_counts_with_undated_last(api):
    t = timeline(api, q="banjir", interval="month", by="source")
    response = api.get("/timeline", params={"q": "banjir", "interval": "month", "by": "source", "format": "csv"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0] == ["period", "start", "end", "count", *t["series"]]
    assert [r[0] for r in rows[1:-1]] == [b["key"] for b in t["buckets"]]
    assert [int(r[3]) for r in rows[1:-1]] == [b["count"] for b in t["buckets"]]
    assert rows[-1][:4] == ["undated", "", "", str(t["undated"])]


def test_hybrid_mode_counts_the_query_matches_and_says_so(api):
    keyword = timeline(api, q="banjir bandang", interval="month")
    hybrid = timeline(api, q="banjir bandang", interval="month", mode="hybrid")
    assert hybrid["buckets"] == keyword["buckets"] and hybrid["total"] == keyword["total"] > 0
    assert hybrid["mode"] == "hybrid" and hybrid["counted"] == "keyword" and "words" in hybrid["note"]


@pytest.mark.parametrize("params", [{"interval": "fortnight"}, {"by": "tag"}, {"format": "xml"},
                                    {"since": "2024-02-01", "until": "2024-01-01"}, {"lang": "fr"}])
def test_bad_timeline_input_is_422(api, params):
    response = api.get("/timeline", params=params)
    assert response.status_code == 422 and response.json()["detail"]


def test_filter_values_are_escaped_not_interpreted(api):
    t = timeline(api, source='bnpb" OR source = "bnpt', interval="year")
    assert t["total"] == 0 and t["buckets"] == []


def test_cli_prints_a_table_and_a_sparkline(archive):
    proc = run_siaran("timeline", "banjir", "--by", "source", "--interval", "year", env=archive.env)
    out = proc.stdout
    assert "2023" in out and "2024" in out and "undated" in out and "bnpb" in out
    assert any(ch in out for ch in "▁▂▃▄▅▆▇█")
    csv_out = run_siaran("timeline", "banjir", "--interval", "year", "--csv", env=archive.env).stdout
    rows = list(csv.reader(io.StringIO(csv_out)))
    assert rows[1][:4] == ["2023", "2023-01-01", "2023-12-31", "5"] and rows[-1][:4] == ["undated", "", "", "1"]


def test_cli_refuses_bad_input_in_one_line(archive):
    for args in (["--interval", "fortnight"], ["--source", "nope"]):
        proc = run_siaran("timeline", "banjir", *args, env=archive.env, check=False)
        assert proc.returncode == 2, (args, proc.stderr)
        assert len(proc.stderr.strip().splitlines()) == 1 and "error" in proc.stderr
