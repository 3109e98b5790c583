"""Exports from a real archive on SQLite and PostgreSQL: releases stored through the store pipeline's
``store_release``, files read back with the csv module, pandas and pyarrow, the CLI run in a subprocess."""

from __future__ import annotations

import csv
import hashlib
import json
import uuid
from datetime import UTC, datetime, timedelta, timezone
from types import SimpleNamespace

import meilisearch
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from archive import export
from archive.db import get_database
from archive.export import ExportRequest, ExportStream, run_export
from archive.models import TranslationPair
from pipelines.store import ensure_source, store_release

WIB = timezone(timedelta(hours=7))
ORDER = ["E", "A", "D", "A_en", "B", "C"]  # by published_at; D is a duplicate of A


def release(key: str, language: str, published: datetime, **extra) -> dict:
    body = extra.pop("body", f"Paragraf pertama {key}, dengan koma.\n\nParagraf \"kedua\" {key}.")
    url = f"https://example.go.id/{language}/siaran-pers/{key.lower()}"
    data = {"source": "bnpt", "url": url, "canonical_url": url, "language": language, "title": f"Siaran {key}",
            "published_at": published, "published_has_time": True, "tags": [], "body": body,
            "content_hash": hashlib.sha256(body.encode()).hexdigest(), "fetched_at": datetime.now(UTC),
            "http_status": 200, "extractor": "selectors"}
    data.update(extra)
    return data


@pytest.fixture
def archive(database_url):
    """Six releases: A (id) paired with A_en, B (id, edited once), C (en, unpaired), D (a duplicate of A),
    E (another source, a year earlier). Returns the database and the ids by key."""
    db = get_database(database_url)
    ids: dict[str, int] = {}
    with db.session() as s:
        for sid in ("bnpt", "kemlu"):
            ensure_source(s, SimpleNamespace(id=sid, name=sid.upper(), base_url=f"https://{sid}.go.id",
                                             languages=["id", "en"]))
    rows = [("A", "id", datetime(2022, 7, 26, 0, 0, tzinfo=WIB), {"title": 'BNPT "Lokakarya", Internasional',
                                                                   "tags": ["Pencegahan", "Kerja Sama"]}),
            ("A_en", "en", datetime(2022, 7, 27, 10, 0, tzinfo=WIB), {"tags": ["Prevention"]}),
            ("B", "id", datetime(2022, 8, 1, 9, 30, tzinfo=WIB), {"tags": ["Radikalisme"]}),
            ("C", "en", datetime(2022, 9, 1, 14, 0, tzinfo=WIB), {}),
            ("E", "id", datetime(2021, 5, 5, 8, 0, tzinfo=WIB), {"source": "kemlu", "tags": ["Diplomasi"]})]
    for key, lang, published, extra in rows:
        with db.session() as s:
            store_release(s, release(key, lang, published, **extra))
    with db.session() as s:
        from sqlalchemy import select

        from archive.models import Article

        ids = {a.url.rsplit("/", 1)[-1].upper().replace("A_EN", "A_en"): a.id for a in s.scalars(select(Article))}
        store_release(s, release("D", "id", datetime(2022, 7, 26, 12, 0, tzinfo=WIB), duplicate_of=ids["A"],
                                 duplicate_similarity=0.97))
        s.add(TranslationPair(id_article_id=ids["A"], en_article_id=ids["A_en"], method="link", score=1.0))
    with db.session() as s:  # B is edited: a second revision
        store_release(s, release("B", "id", datetime(2022, 8, 1, 9, 30, tzinfo=WIB), title="Siaran B (ralat)",
                                 tags=["Radikalisme"], body="Teks yang sudah diperbaiki."))
    with db.session() as s:
        ids = {a.url.rsplit("/", 1)[-1].upper().replace("A_EN", "A_en"): a.id for a in s.scalars(select(Article))}
    return db, ids


def titles_of(path) -> list[str]:
    return [row["title"] for row in csv.DictReader(path.open(encoding="utf-8", newline=""))]


def keys_of(ids: dict[str, int], values) -> list[str]:
    by_id = {v: k for k, v in ids.items()}
    return [by_id[int(v)] for v in values]


# -- formats ---------------------------------------------------------------------------------------
def test_csv_reads_back_with_csv_and_pandas_in_published_order(archive, tmp_path):
    db, ids = archive
    out = tmp_path / "all.csv"
    result = run_export(db, ExportRequest(fields=["id", "source", "published_at", "title", "body", "tags"]), out)
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert keys_of(ids, [r["id"] for r in rows]) == [k for k in ORDER if k != "D"]  # duplicates excluded
    a = rows[1]
    assert a["title"] == 'BNPT "Lokakarya", Internasional'
    assert a["body"] == 'Paragraf pertama A, dengan koma.\n\nParagraf "kedua" A.'
    assert json.loads(a["tags"]) == ["Pencegahan", "Kerja Sama"]
    assert a["published_at"] == "2022-07-25T17:00:00+00:00"  # 26 July 00:00 WIB
    frame = pd.read_csv(out)
    assert len(frame) == 5 and list(frame.columns) == ["id", "source", "published_at", "title", "body", "tags"]
    stamps = pd.to_datetime(frame["published_at"], utc=True)
    assert stamps.is_monotonic_increasing
    manifest = json.loads((tmp_path / "all.csv.manifest.json").read_text())
    assert manifest["rows"] == result.rows == 5
    assert manifest["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert manifest["database"]["releases"] == 6 and manifest["database"]["state_time"]
    assert manifest["siaran_version"] and manifest["request"]["fields"][0] == "id"


def test_parquet_has_typed_columns_and_timezone_aware_utc_timestamps(archive, tmp_path):
    db, ids = archive
    out = tmp_path / "all.parquet"
    run_export(db, ExportRequest(fmt="parquet", fields=list(export.ALL_FIELDS)), out)
    table = pq.read_table(out)
    schema = table.schema
    assert schema.field("published_at").type == pa.timestamp("us", tz="UTC")
    assert schema.field("fetched_at").type == pa.timestamp("us", tz="UTC")
    assert schema.field("tags").type == pa.list_(pa.string())
    assert schema.field("id").type == pa.int64() and schema.field("published_has_time").type == pa.bool_()
    rows = table.to_pylist()
    assert keys_of(ids, [r["id"] for r in rows]) == [k for k in ORDER if k != "D"]
    assert rows[1]["published_at"] == datetime(2022, 7, 25, 17, 0, tzinfo=UTC)
    assert rows[1]["tags"] == ["Pencegahan", "Kerja Sama"] and rows[1]["http_status"] == 200
    frame = pd.read_parquet(out)
    assert str(frame["published_at"].dt.tz) == "UTC"


def test_jsonl_with_duplicates_included_and_revision_history(archive, tmp_path):
    db, ids = archive
    out = tmp_path / "all.jsonl"
    run_export(db, ExportRequest(fmt="jsonl", fields=["id", "title", "duplicate_of"], duplicates="include",
                                 revisions=True), out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert keys_of(ids, [r["id"] for r in records]) == ORDER
    assert records[2]["duplicate_of"] == ids["A"]
    b = records[ORDER.index("B")]
    assert [rev["title"] for rev in b["revisions"]] == ["Siaran B", "Siaran B (ralat)"]
    assert b["revisions"][1]["body"] == "Teks yang sudah diperbaiki."
    assert datetime.fromisoformat(b["revisions"][0]["fetched_at"]).utcoffset() == timedelta(0)


def test_translation_shape_puts_indonesian_and_english_side_by_side(archive, tmp_path):
    db, ids = archive
    out = tmp_path / "pairs.csv"
    run_export(db, ExportRequest(shape="translation", fields=["id", "title"]), out)
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    sides = [(r["id_ind"] and keys_of(ids, [r["id_ind"]])[0], r["id_eng"] and keys_of(ids, [r["id_eng"]])[0])
             for r in rows]
    assert sides == [("E", ""), ("A", "A_en"), ("B", ""), ("", "C")]
    assert rows[1]["title_ind"] == 'BNPT "Lokakarya", Internasional' and rows[1]["title_eng"] == "Siaran A_en"
    assert rows[1]["translation_method"] == "link" and rows[0]["translation_method"] == ""

    only_id = tmp_path / "pairs-id.parquet"  # Indonesian releases, each with its English version
    run_export(db, ExportRequest(fmt="parquet", shape="translation", fields=["id"], languages=["id"]), only_id)
    table = pq.read_table(only_id).to_pylist()
    assert [(r["id_ind"], r["id_eng"]) for r in table] == [(ids["E"], None), (ids["A"], ids["A_en"]),
                                                         (ids["B"], None)]


def test_filters_by_source_day_tag_and_limit(archive, tmp_path):
    db, _ = archive
    cases = {
        "source": (ExportRequest(sources=["kemlu"]), ["Siaran E"]),
        "day": (ExportRequest(since=datetime(2022, 7, 26).date(), until=datetime(2022, 7, 26).date()),
                ['BNPT "Lokakarya", Internasional']),  # 00:00 WIB on the 26th is the 25th in UTC
        "tag": (ExportRequest(tags=["Radikalisme", "Diplomasi"]), ["Siaran E", "Siaran B (ralat)"]),
        "lang": (ExportRequest(languages=["en"]), ["Siaran A_en", "Siaran C"]),
        "limit": (ExportRequest(limit=2), ["Siaran E", 'BNPT "Lokakarya", Internasional']),
    }
    for name, (req, expected) in cases.items():
        out = tmp_path / f"{name}.csv"
        run_export(db, req, out)
        assert titles_of(out) == expected, name


def test_a_selection_matching_nothing_writes_valid_empty_files_and_manifests(archive, tmp_path):
    db, _ = archive
    req = {"since": datetime(2030, 1, 1).date(), "fields": ["id", "published_at", "tags"]}
    run_export(db, ExportRequest(fmt="csv", **req), tmp_path / "none.csv")
    run_export(db, ExportRequest(fmt="jsonl", **req), tmp_path / "none.jsonl")
    run_export(db, ExportRequest(fmt="parquet", **req), tmp_path / "none.parquet")
    assert (tmp_path / "none.csv").read_bytes() == b"id,published_at,tags\r\n"
    assert (tmp_path / "none.jsonl").read_bytes() == b""
    table = pq.read_table(tmp_path / "none.parquet")
    assert table.num_rows == 0 and table.schema.field("published_at").type == pa.timestamp("us", tz="UTC")
    for name in ("none.csv", "none.jsonl", "none.parquet"):
        assert json.loads((tmp_path / f"{name}.manifest.json").read_text())["rows"] == 0


def test_a_failure_midway_leaves_no_partial_file(archive, tmp_path, monkeypatch):
    db, _ = archive
    monkeypatch.setattr(export.sql, "BATCH_ROWS", 2)
    original = ExportStream._batches

    def failing(self):
        for batch in original(self):
            yield batch
            raise RuntimeError("disk on fire")

    monkeypatch.setattr(ExportStream, "_batches", failing)
    folder = tmp_path / "exports"
    folder.mkdir()
    fresh, kept = folder / "fresh.csv", folder / "kept.parquet"
    kept.write_bytes(b"the previous export")
    with pytest.raises(RuntimeError, match="disk on fire"):
        run_export(db, ExportRequest(), fresh)
    with pytest.raises(RuntimeError, match="disk on fire"):
        run_export(db, ExportRequest(fmt="parquet"), kept, overwrite=True)
    assert not fresh.exists() and kept.read_bytes() == b"the previous export"
    assert sorted(p.name for p in folder.iterdir()) == ["kept.parquet"]  # no manifest, no .part file


def test_query_text_selects_through_the_search_index(archive, tmp_path, meili):
    from search.indexer import Indexer

    db, ids = archive
    client = meilisearch.Client(meili["url"], meili["key"])
    uid = f"export_{uuid.uuid4().hex[:10]}"
    Indexer(db, client, uid).drain()
    out = tmp_path / "q.jsonl"
    result = run_export(db, ExportRequest(fmt="jsonl", query="lokakarya", fields=["id"]), out,
                        client_factory=lambda: client, index_uid=uid)
    # A has the word; A_en, its English translation, carries A's title as its partner title (search/documents.py),
    # so the query selects the pair, exactly as a search for it shows both.
    assert sorted(json.loads(line)["id"] for line in out.read_text().splitlines()) == sorted([ids["A"], ids["A_en"]])
    assert result.manifest["query"] == "lokakarya" and result.manifest["query_ids"]["count"] == 2
    client.delete_index(uid)


# -- the command line ------------------------------------------------------------------------------
@pytest.fixture
def cli_env(tmp_path, database_url):
    return {"SIARAN_DATA_DIR": str(tmp_path / "data"), "SIARAN_DATABASE_URL": database_url}


def test_cli_manifest_repeats_the_selection_and_tells_whether_the_archive_changed(archive, tmp_path, siaran,
                                                                                 cli_env):
    db, _ = archive
    out = tmp_path / "bnpt.parquet"
    siaran("export", "--format", "parquet", "--out", str(out), "--source", "bnpt", "--fields",
           "id,title,published_at,tags", env=cli_env)
    manifest_path = tmp_path / "bnpt.parquet.manifest.json"
    manifest = json.loads(manifest_path.read_text())
    assert manifest["request"]["sources"] == ["bnpt"] and manifest["rows"] == 4 and manifest["format"] == "parquet"

    again = siaran("export", "--from-manifest", str(manifest_path), "--out", str(tmp_path / "again.parquet"),
                   env=cli_env)
    assert "sha256 matches" in again.stdout
    assert (tmp_path / "again.parquet").read_bytes() == out.read_bytes()

    with db.session() as s:  # a release crawled later does not enter the repeated selection
        store_release(s, release("F", "id", datetime(2022, 7, 30, tzinfo=WIB)))
    later = siaran("export", "--from-manifest", str(manifest_path), "--out", str(tmp_path / "later.parquet"),
                   env=cli_env)
    assert "sha256 matches" in later.stdout

    with db.session() as s:  # a release in the selection is edited: the bytes differ, and it says so
        store_release(s, release("C", "en", datetime(2022, 9, 1, 14, 0, tzinfo=WIB), title="Siaran C (edited)",
                                 body="Corrected text."))
    edited = siaran("export", "--from-manifest", str(manifest_path), "--out", str(tmp_path / "edited.parquet"),
                    env=cli_env)
    assert "sha256 differs" in edited.stdout
    rerun = json.loads((tmp_path / "edited.parquet.manifest.json").read_text())
    assert rerun["reproduces"]["sha256_matches"] is False and rerun["rows"] == 4


def test_cli_excel_bom_and_bad_input_writing_nothing(archive, tmp_path, siaran, cli_env):
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "excel.csv"
    siaran("export", "--out", str(out), "--excel", "--fields", "id,title", env=cli_env)
    assert out.read_bytes().startswith(b"\xef\xbb\xbfid,title\r\n")
    refused = siaran("export", "--out", str(out), env=cli_env, check=False)
    assert refused.returncode == 2 and "--overwrite" in refused.stderr
    bad = folder / "bad.csv"
    for args in (["--fields", "id,colour"], ["--format", "xlsx"], ["--shape", "pairs"],
                 ["--duplicates", "some"], ["--format", "jsonl", "--excel"]):
        result = siaran("export", "--out", str(bad), *args, env=cli_env, check=False)
        assert result.returncode == 2, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["excel.csv", "excel.csv.manifest.json"]
