"""Vectors are archive data (archive/vectors.py): computed once per text version and model, stored in
``article_vectors`` on SQLite and PostgreSQL, and reused by ``siaran index``, catch-up after an outage and
``siaran reindex`` against a real Meilisearch. Only a changed text or another model embeds again.

The model here is a small deterministic stand-in that counts what it is asked to embed (the real model
is exercised by tests/integration/test_semantic.py); the database and Meilisearch are real.
"""

from __future__ import annotations

import hashlib
import socket
import uuid
from datetime import UTC, datetime, timedelta

import meilisearch
import numpy as np
import pytest
from sqlalchemy import func, select

import search.embeddings as embeddings_module
from archive import vectors
from archive.db import Database
from archive.models import Article, ArticleVector, IndexOutbox, Source
from pipelines.embed import embed_queued
from search.indexer import Indexer, IndexingFailed

pytestmark = pytest.mark.timeout(120)
START = datetime(2024, 1, 1, tzinfo=UTC)
DIMS = 16


class CountingEmbedder:
    """A deterministic embedder (a hash of the text spread over ``DIMS`` values) that records its inputs."""

    dimensions = DIMS

    def __init__(self, model_id: str = "stand-in/windows-100w") -> None:
        self.model_id = model_id
        self.texts: list[str] = []

    def embed_documents(self, texts):
        self.texts.extend(texts)
        out = []
        for text in texts:
            raw = np.frombuffer(hashlib.sha256(text.encode()).digest()[:DIMS], dtype=np.uint8).astype(np.float32)
            out.append((raw - 127.5) / np.linalg.norm(raw - 127.5))
        return [v.tolist() for v in out]

    def embed_query(self, text):
        return self.embed_documents([text])[0]


def store(db: Database, ids: range) -> None:
    with db.session() as s:
        if s.get(Source, "bnpt") is None:
            s.add(Source(id="bnpt", name="BNPT", base_url="https://bnpt.go.id"))
            s.flush()
        for i in ids:
            url = f"https://bnpt.go.id/rilis/{i}"
            body = f"Isi rilis nomor {i} tentang pencegahan terorisme.\n\nParagraf kedua rilis {i}."
            s.add(Article(id=i, source_id="bnpt", url=url, canonical_url=url, language="id", title=f"Rilis {i}",
                          body=body, published_at=START + timedelta(days=i), content_hash=f"{i:064d}"))
            s.flush()
            s.add(IndexOutbox(article_id=i))


@pytest.fixture(scope="module")
def client(meili):
    return meilisearch.Client(meili["url"], meili["key"])


@pytest.fixture(scope="module")
def shared_uid(client):
    """One index for the module (applying settings to a fresh index is the slow part), emptied per test."""
    name = f"vec_{uuid.uuid4().hex[:10]}"
    Indexer(None, client, name, embedder=CountingEmbedder()).ensure_index()
    yield name
    for index in client.get_indexes({"limit": 1000})["results"]:
        if index.uid.startswith(name):
            client.delete_index(index.uid)


@pytest.fixture
def uid(client, shared_uid):
    client.wait_for_task(client.index(shared_uid).delete_all_documents().task_uid, timeout_in_ms=120_000)
    return shared_uid


def vector_rows(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(ArticleVector)) or 0


@pytest.mark.parametrize("dtype", vectors.DTYPES)
def test_encoding_keeps_the_direction_of_every_window(dtype) -> None:
    rng = np.random.default_rng(3)
    rows = vectors.normalise(rng.normal(size=(3, 384)))
    data = vectors.encode(rows, dtype)
    assert len(data) == 3 * 384 * (2 if dtype == "f16" else 1)
    back = vectors.decode(data, 384, 3, dtype)
    assert back.dtype == np.float32 and back.shape == (3, 384)
    cosines = (back * rows).sum(axis=1)
    assert cosines.min() > (0.99999 if dtype == "f16" else 0.9999)
    assert np.allclose(np.linalg.norm(back, axis=1), 1.0, atol=1e-5)


def test_text_hash_names_model_and_text() -> None:
    base = vectors.text_hash("m/windows-100w", "Judul", "Isi")
    assert base == vectors.text_hash("m/windows-100w", "Judul", "Isi")
    assert base != vectors.text_hash("m/windows-50w", "Judul", "Isi")  # another window scheme
    assert base != vectors.text_hash("m/windows-100w", "Judul", "Isi.")
    assert base != vectors.text_hash("m/windows-100w", "JudulIsi", "")  # title and body stay apart


def test_vectors_are_computed_once_per_text_version_and_model(database_url) -> None:
    db = Database(database_url)
    store(db, range(1, 4))
    embedder = CountingEmbedder()
    calls: list[int] = []

    def compute(texts):
        calls.append(len(texts))
        from search.embeddings import embed_windows

        return embed_windows(embedder, texts)

    def rows(s):
        return [(a.id, a.title, a.body) for a in s.scalars(select(Article).order_by(Article.id))]

    with db.session() as s:
        first = vectors.ensure(s, embedder.model_id, rows(s), compute)
    assert calls == [3] and vector_rows(db) == 3
    with db.session() as s:
        again = vectors.ensure(s, embedder.model_id, rows(s), compute)
        assert calls == [3]  # nothing embedded again
        assert all(np.allclose(again[i].windows, first[i].windows, atol=1e-3) for i in first)
        s.get(Article, 2).body += "\n\nParagraf tambahan setelah revisi."
    with db.session() as s:
        assert vectors.missing_ids(s, embedder.model_id, rows(s)) == [2]
        vectors.ensure(s, embedder.model_id, rows(s), compute)
    assert calls == [3, 1] and vector_rows(db) == 3  # the edited release only, its row replaced
    with db.session() as s:
        vectors.ensure(s, "another-model", rows(s), compute)
        stored = s.scalars(select(ArticleVector).where(ArticleVector.article_id == 2)).all()
    assert calls == [3, 1, 3]
    assert {v.model for v in stored} == {embedder.model_id, "another-model"}
    assert all(v.dtype == vectors.DEFAULT_DTYPE and v.dims == DIMS and v.windows >= 1 for v in stored)


def test_int8_rows_are_read_back_like_float16(database_url) -> None:
    db = Database(database_url)
    store(db, range(1, 3))
    embedder = CountingEmbedder()
    from search.embeddings import embed_windows

    with db.session() as s:
        rows = [(a.id, a.title, a.body) for a in s.scalars(select(Article))]
        vectors.ensure(s, "f16-model", rows, lambda t: embed_windows(embedder, t), dtype="f16")
        vectors.ensure(s, "i8-model", rows, lambda t: embed_windows(embedder, t), dtype="i8")
    with db.session() as s:
        half = vectors.load(s, "f16-model", [1, 2])
        byte = vectors.load(s, "i8-model", [1, 2])
    for i in (1, 2):
        assert float(half[i].document @ byte[i].document) > 0.999


def test_catch_up_after_an_outage_and_reindex_embed_nothing_again(database_url, client, uid, monkeypatch) -> None:
    db = Database(database_url)
    store(db, range(1, 13))
    embedder = CountingEmbedder()
    with socket.socket() as sock:  # a port nobody listens on: Meilisearch is "down"
        sock.bind(("127.0.0.1", 0))
        down = meilisearch.Client(f"http://127.0.0.1:{sock.getsockname()[1]}", "key", timeout=2)
    with pytest.raises(IndexingFailed):
        Indexer(db, down, uid, batch_size=6, embedder=embedder).drain()
    monkeypatch.setattr(embeddings_module, "load_embedder", lambda: embedder)
    assert embed_queued(db) == 12  # what the crawl does at close, with or without Meilisearch
    embedded = len(embedder.texts)
    assert vector_rows(db) == 12

    result = Indexer(db, client, uid, batch_size=6, embedder=embedder).drain()  # catch-up
    assert result.sent == 12 and result.pending == 0
    assert len(embedder.texts) == embedded  # every vector came from the archive
    doc = client.index(uid).get_document(7, {"retrieveVectors": "true"})
    sent = np.asarray(doc._vectors["e5"]["embeddings"][0], dtype=np.float32)
    with db.session() as s:
        assert float(sent @ vectors.load(s, embedder.model_id, [7])[7].document) > 0.9999

    rebuilt = Indexer(db, client, uid, batch_size=5, embedder=embedder).rebuild()  # siaran reindex
    assert rebuilt.sent == 12 and len(embedder.texts) == embedded

    with db.session() as s:  # an edited release: only it is embedded again
        s.get(Article, 5).title = "Rilis 5 (diperbarui)"
        s.add(IndexOutbox(article_id=5))
    Indexer(db, client, uid, batch_size=5, embedder=embedder).drain()
    assert embedder.texts[embedded:] == [
        "Rilis 5 (diperbarui) Isi rilis nomor 5 tentang pencegahan terorisme. Paragraf kedua rilis 5."]
