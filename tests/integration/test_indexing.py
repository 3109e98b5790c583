"""Indexing reliability against a real Meilisearch and real databases: the outbox is drained in batches,
an outage or a rejected document loses nothing, a rebuild swaps atomically, settings are applied once,
and duplicates never reach the index."""

from __future__ import annotations

import hashlib
import socket
import threading
import uuid
from datetime import UTC, datetime, timedelta

import meilisearch
import pytest
from sqlalchemy import select

import search.indexer as indexer_module
from archive.db import Database
from archive.models import Article, IndexOutbox, Source
from search.indexer import BUILD_MARKER, Indexer, IndexingFailed
from search.queries import SearchRequest, run_search

pytestmark = pytest.mark.timeout(120)
START = datetime(2023, 1, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def client(meili):
    return meilisearch.Client(meili["url"], meili["key"])


@pytest.fixture(scope="module")
def shared_uid(client):
    """One index for the module: applying the settings to a fresh index is the slow part of each test."""
    name = f"idx_{uuid.uuid4().hex[:10]}"
    Indexer(None, client, name).ensure_index()
    yield name
    for index in client.get_indexes({"limit": 1000})["results"]:
        if index.uid.startswith(name):
            client.delete_index(index.uid)


@pytest.fixture
def uid(client, shared_uid):
    """The shared index, emptied (settings kept)."""
    client.wait_for_task(client.index(shared_uid).delete_all_documents().task_uid, timeout_in_ms=120_000)
    return shared_uid


@pytest.fixture
def fresh_uid(client):
    name = f"fresh_{uuid.uuid4().hex[:10]}"
    yield name
    client.delete_index(name)


def store(db: Database, ids: range, *, title: str = "Pencegahan terorisme nomor", duplicate_of: int | None = None,
          queue: bool = True) -> None:
    """Store releases the way the store pipeline does: the row and its outbox entry."""
    with db.session() as s:
        if s.get(Source, "bnpt") is None:
            s.add(Source(id="bnpt", name="BNPT", base_url="https://bnpt.go.id"))
        for i in ids:
            url = f"https://bnpt.go.id/{i}"
            s.add(Article(id=i, source_id="bnpt", url=url, canonical_url=url, language="id", title=f"{title} {i}",
                          body="BNPT memperkuat pencegahan terorisme.", published_at=START + timedelta(days=i),
                          content_hash=hashlib.sha256(url.encode()).hexdigest(), duplicate_of_id=duplicate_of))
        s.flush()
        if queue:
            s.add_all(IndexOutbox(article_id=i) for i in ids)


def outbox(db: Database) -> dict[int, IndexOutbox]:
    with db.session() as s:
        return {row.article_id: row for row in s.scalars(select(IndexOutbox))}


def indexed_ids(client, uid: str) -> set[int]:
    return {d.id for d in client.index(uid).get_documents({"limit": 10_000, "fields": ["id"]}).results}


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # nothing listens once the socket is closed


def test_outbox_is_drained_in_batches(database_url, client, uid) -> None:
    db = Database(database_url)
    store(db, range(1, 26))
    batches: list[int] = []
    result = Indexer(db, client, uid, batch_size=10).drain(progress=batches.append)
    assert batches == [10, 10, 5]
    assert result.sent == 25 and result.pending == 0 and outbox(db) == {}
    assert indexed_ids(client, uid) == set(range(1, 26))
    # Each document carries its lead, which hybrid fusion counts the query's concepts in (search/coverage.py).
    document = client.index(uid).get_document(3)
    assert document.lead == "BNPT memperkuat pencegahan terorisme." and document.body.startswith(document.lead)


def test_meilisearch_down_keeps_rows_queued_and_next_drain_catches_up(database_url, client, uid) -> None:
    db = Database(database_url)
    store(db, range(1, 8))
    down = meilisearch.Client(f"http://127.0.0.1:{closed_port()}", "key", timeout=2)
    with pytest.raises(IndexingFailed, match="unreachable"):
        Indexer(db, down, uid, batch_size=3).drain()
    rows = outbox(db)
    assert sorted(rows) == list(range(1, 8))
    assert all(r.attempts == 1 and "Communication" in r.last_error for r in rows.values())

    result = Indexer(db, client, uid, batch_size=3).drain()
    assert result.sent == 7 and outbox(db) == {}
    assert indexed_ids(client, uid) == set(range(1, 8))


def test_rejected_document_stays_queued_and_is_reported_while_others_are_indexed(tmp_path, client, uid,
                                                                                 monkeypatch) -> None:
    db = Database(f"sqlite:///{tmp_path / 's.db'}")
    store(db, range(1, 11))
    real = indexer_module.to_document

    def reject_seven(article, **kwargs):
        doc = real(article, **kwargs)
        if article.id == 7:
            doc["id"] = "not a valid id!"  # Meilisearch fails the task: invalid document id
        return doc

    monkeypatch.setattr(indexer_module, "to_document", reject_seven)
    result = Indexer(db, client, uid, batch_size=5).drain()
    assert result.sent == 9 and list(result.failed) == [7] and "not a valid id" in result.failed[7]
    rows = outbox(db)
    assert list(rows) == [7] and rows[7].attempts == 1 and "invalid" in rows[7].last_error.lower()
    assert indexed_ids(client, uid) == set(range(1, 11)) - {7}

    monkeypatch.setattr(indexer_module, "to_document", real)  # fixed: the next drain retries it
    assert Indexer(db, client, uid, batch_size=5).drain().sent == 1
    assert outbox(db) == {} and 7 in indexed_ids(client, uid)


def test_rebuild_swaps_atomically_and_leaves_no_build_index(tmp_path, client, uid, monkeypatch) -> None:
    db = Database(f"sqlite:///{tmp_path / 's.db'}")
    store(db, range(1, 301))
    store(db, range(311, 313), duplicate_of=1)  # duplicates stay out of a rebuilt index too
    indexer = Indexer(db, client, uid, batch_size=50)
    indexer.drain()
    store(db, range(301, 311), title="Deradikalisasi mantan narapidana", queue=False)

    seen_during: list[int] = []
    stop = threading.Event()

    searcher_errors: list[BaseException] = []
    # Its own client: a meilisearch.Client is not thread-safe (one headers dict rewritten per call).
    searcher_client = meilisearch.Client(client.config.url, client.config.api_key)

    def keep_searching() -> None:
        try:
            while not stop.is_set():
                seen_during.append(
                    run_search(searcher_client, uid, SearchRequest(q="pencegahan", per_page=1))["totalHits"])
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below, not lost in the thread
            searcher_errors.append(exc)

    real_fill = indexer._fill

    def fill_then_look(*args, **kwargs):
        result = real_fill(*args, **kwargs)
        # The build index is complete but not swapped yet: the live index still answers with the old set.
        seen_during.append(-run_search(client, uid, SearchRequest(q="deradikalisasi"))["totalHits"])
        return result

    monkeypatch.setattr(indexer, "_fill", fill_then_look)
    searcher = threading.Thread(target=keep_searching)
    searcher.start()
    try:
        result = indexer.rebuild()
    finally:
        stop.set()
        searcher.join()
    assert not searcher_errors
    assert result.sent == 310
    assert 0 in seen_during  # the probe ran before the swap and found no new release
    assert all(n in (0, 300, 310) for n in seen_during)  # never a half index, before or after the swap
    assert run_search(client, uid, SearchRequest(q="deradikalisasi"))["totalHits"] == 10
    assert indexed_ids(client, uid) == set(range(1, 311))
    assert not [i.uid for i in client.get_indexes({"limit": 1000})["results"] if i.uid.startswith(uid + BUILD_MARKER)]


def test_ensure_index_twice_enqueues_no_second_settings_task(client, fresh_uid) -> None:
    indexer = Indexer(None, client, fresh_uid)
    indexer.ensure_index()
    before = client.get_tasks({"indexUids": [fresh_uid], "types": ["settingsUpdate"]}).results
    indexer.ensure_index()
    after = client.get_tasks({"indexUids": [fresh_uid], "types": ["settingsUpdate"]}).results
    assert len(before) == 1 and len(after) == 1


def test_duplicates_are_never_indexed(database_url, client, uid) -> None:
    db = Database(database_url)
    store(db, range(1, 4))
    store(db, range(4, 6), duplicate_of=1)
    indexer = Indexer(db, client, uid)
    result = indexer.drain()
    assert result.sent == 3 and result.removed == 2 and outbox(db) == {}
    assert indexed_ids(client, uid) == {1, 2, 3}
