"""Several processes drain the index outbox and embed at once: no release is sent (or embedded) twice,
none is lost. Real PostgreSQL (row claims with FOR UPDATE SKIP LOCKED) and a real Meilisearch.

The two drains run as two threads started together behind a barrier, each with its own database
connections and Meilisearch client: for the database they are two clients like two processes, and the
barrier makes them contend for the same first rows every time (two processes would often not overlap:
one starts seconds after the other and a small drain is over by then).
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import Counter

import meilisearch
import pytest
from sqlalchemy import func, select

from archive.models import IndexOutbox
from pipelines.embed import embed_queued
from search.indexer import Indexer
from search.outbox import claim, claimant, release
from tests.integration.hardening_archive import stored_archive

RELEASES = 400


def run_together(*jobs):
    """Run the callables at the same moment in threads; their results, in order."""
    barrier = threading.Barrier(len(jobs))
    results: list = [None] * len(jobs)
    errors: list[BaseException] = []

    def run(k: int) -> None:
        barrier.wait()
        try:
            results[k] = jobs[k]()
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(k,)) for k in range(len(jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    if errors:
        raise errors[0]
    return results


@pytest.fixture
def archive(database_url):
    """RELEASES distinct releases, each queued for the index (as the store leaves them)."""
    from datetime import UTC, datetime, timedelta

    from pipelines.store import store_releases

    db = stored_archive(database_url, 0)
    items = []
    for i in range(RELEASES):
        body = f"Paragraf {i} tentang koordinasi pencegahan terorisme di provinsi nomor {i}."
        link = f"https://bnpt.go.id/siaran-pers/{i}"
        items.append({"source": "bnpt", "url": link, "canonical_url": link, "language": "id",
                      "title": f"Siaran koordinasi {i}", "published_at": datetime(2022, 1, 1, tzinfo=UTC)
                      + timedelta(days=i), "published_has_time": True, "tags": [], "body": body,
                      "truncated": False, "content_hash": f"{i:064x}", "fetched_at": datetime.now(UTC),
                      "http_status": 200, "extractor": "selectors"})
    with db.session() as s:
        store_releases(s, items)
    return db


def queued(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(IndexOutbox))


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_two_drains_at_once_send_every_release_exactly_once(archive, meili):
    uid = f"outbox_{uuid.uuid4().hex[:8]}"
    clients = [meilisearch.Client(meili["url"], meili["key"]) for _ in range(2)]
    Indexer(archive, clients[0], uid).ensure_index()
    drains = [Indexer(archive, client, uid, batch_size=20) for client in clients]
    results = run_together(*(d.drain for d in drains))

    assert sum(r.sent for r in results) == RELEASES
    assert all(r.sent > 0 for r in results), "both drains took part"
    tasks = clients[0].get_tasks({"indexUids": [uid], "types": ["documentAdditionOrUpdate"], "limit": 1000})
    received = sum(t.details["receivedDocuments"] for t in tasks.results)
    assert received == RELEASES  # what Meilisearch was sent: no release twice
    assert clients[0].index(uid).get_stats().number_of_documents == RELEASES
    assert queued(archive) == 0
    clients[0].delete_index(uid)


class CountingEmbedder:
    """A stand-in model that records every text it embeds (the real one takes ~0.3 s per release)."""

    model_id = "counting-test-model"
    dimensions = 4
    max_windows = 0

    def __init__(self) -> None:
        self.texts: Counter[str] = Counter()
        self._lock = threading.Lock()

    def embed_documents(self, texts):
        time.sleep(0.005 * len(texts))  # long enough for the other process to want the same rows
        with self._lock:
            self.texts.update(texts)
        return [[1.0, float(len(t)), 0.0, 1.0] for t in texts]


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_two_embedding_processes_embed_every_release_once(archive):
    embedder = CountingEmbedder()
    done = run_together(lambda: embed_queued(archive, chunk=8, embedder=embedder),
                        lambda: embed_queued(archive, chunk=8, embedder=embedder))

    assert sum(done) == RELEASES and all(done), done
    assert embedder.texts.most_common(1)[0][1] == 1, "a text was embedded twice"
    assert queued(archive) == RELEASES, "embedding leaves the rows queued for the index step"
    with archive.session() as s:
        assert s.scalar(select(func.count()).where(IndexOutbox.claimed_by.is_not(None))) == 0


def test_a_claim_skips_rows_claimed_by_another_and_takes_them_back_when_released(database_url):
    db = stored_archive(database_url, 10)
    first, second = claimant("index"), claimant("index")
    with db.session() as s:
        mine = claim(s, first, after=0, limit=6)
    with db.session() as s:
        theirs = claim(s, second, after=0, limit=10)
    assert len(mine) == 6 and len(theirs) == 4 and not set(mine) & set(theirs)
    with db.session() as s:
        release(s, first, mine[:2])
    with db.session() as s:
        assert claim(s, second, after=0, limit=10) == mine[:2]
