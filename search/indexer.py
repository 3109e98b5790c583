"""Send archive rows to Meilisearch: drain the outbox in batches, or rebuild and swap atomically.

The database is the source of truth. An outbox row leaves only after Meilisearch reports the task that
carried its document as succeeded, so nothing is lost:

* **Meilisearch unreachable** (connection refused, timeout): the batch in hand gets ``attempts + 1`` and
  ``last_error``, every row stays queued, and :class:`IndexingFailed` tells the caller to retry later
  (``siaran index``).
* **A task fails** (Meilisearch rejected a document): the batch is split in halves and retried until the
  rejected releases are isolated; the others are indexed, the rejected ones stay queued with their error
  and are reported in :attr:`IndexResult.failed`. One drain never retries them twice, so it always ends.

Throughput: batches are *pipelined*. While Meilisearch indexes, the next batches are read from the
database, stemmed and enqueued; up to :data:`MAX_IN_FLIGHT` batches are in flight before the oldest is
awaited, and batches Meilisearch has already finished are settled on the way (one status request each).
Meilisearch merges all document additions enqueued while it was busy into one indexing batch, and a few
large merged batches index far faster than many small ones (each batch pays for updating word prefixes
and facets over the whole index): draining 20,000 releases with 32 batches in flight ran at 913 docs/s,
with 4 at 609 docs/s (Meilisearch made 3 batches instead of 10); at 100,000 releases 256 in flight reached
82% of raw ingestion (benchmarks/results/search.md). An in-flight batch therefore keeps only its
ids, not its documents, so the window can be wide at flat memory; if Meilisearch rejects a task the
documents are rebuilt from the database for bisection (rare). The outbox is walked by article id
(keyset), so in-flight rows are never read twice.

Several processes (on several machines) can drain at once: each batch is *claimed* first
(``search.outbox``: ``FOR UPDATE SKIP LOCKED`` on PostgreSQL), so two drains never send the same
release, and a claim is given back when its batch fails and expires when its process dies, so none is
lost. Rows claimed by another drain are skipped; if that drain fails them, the next drain sends them.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

import meilisearch
from meilisearch.errors import MeilisearchApiError, MeilisearchCommunicationError, MeilisearchTimeoutError
from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError

from archive.models import Article, IndexOutbox, Source, TranslationPair, utcnow
from search import outbox
from search.documents import ReleaseRow, attachment_pages, select_releases, to_document
from search.embeddings import EMBEDDER_NAME, Embedder, embed_windows, embedder_settings
from search.settings import index_settings, settings_differ

logger = logging.getLogger(__name__)
# How long to await one task while Meilisearch is up but busy. With MAX_IN_FLIGHT batches queued, the oldest
# task can sit behind one merged batch of up to 256,000 releases, which can take many minutes on a large index
# (the former 5 min risked failing a 1M-release drain). An unreachable server still fails at its next poll.
TASK_TIMEOUT_MS = 3_600_000
# Batches enqueued before the oldest is awaited (see module docstring). Meilisearch keeps each enqueued
# payload on disk until indexed, so a large drain may park up to ~256 x 6.5 MB = 1.7 GB there; in return a
# 100,000-release drain became 3 Meilisearch batches (1, 18, 81 tasks) instead of at least 4 with 64.
MAX_IN_FLIGHT = 256
FINISHED = frozenset({"succeeded", "failed", "canceled"})
BUILD_MARKER = "_build_"


class IndexingFailed(RuntimeError):
    """Meilisearch could not be reached or refused a task; queued releases stay queued."""


class TaskFailed(IndexingFailed):
    """A Meilisearch task ended in ``failed``/``canceled`` (e.g. a rejected document)."""


@dataclass
class IndexResult:
    sent: int = 0
    removed: int = 0
    pending: int = 0
    failed: dict[int, str] = field(default_factory=dict)  # article id -> Meilisearch's error


@dataclass
class _Batch:
    ids: list[int]  # outbox ids covered by this batch (indexed + removed)
    docs: list[dict]  # emptied once submitted: in-flight batches hold ids only (memory stays flat)
    remove: list[int]
    doc_ids: list[int] = field(default_factory=list)  # article id of each document, aligned with docs
    tasks: list[int] = field(default_factory=list)
    # When the outbox was read: a row re-queued after this (the release changed again while its batch
    # was in flight) must stay queued, so only rows enqueued up to this moment leave the outbox.
    read_at: datetime = field(default_factory=utcnow)


def translation_partners(session, ids: Iterable[int]) -> dict[int, int]:
    """article id -> id of its translation in the other language, for the given articles."""
    ids = list(ids)
    if not ids:
        return {}
    rows = session.execute(select(TranslationPair.id_article_id, TranslationPair.en_article_id).where(
        or_(TranslationPair.id_article_id.in_(ids), TranslationPair.en_article_id.in_(ids))))
    partners: dict[int, int] = {}
    for a, b in rows:
        partners[a], partners[b] = b, a
    return partners


def source_names(session) -> dict[str, str]:
    return dict(session.execute(select(Source.id, Source.name)).all())


def documents_for(session, articles: list[ReleaseRow], names: dict[str, str] | None = None) -> list[dict]:
    """Search documents for ``articles`` with their translation partner's id and URL."""
    partners = translation_partners(session, [a.id for a in articles])
    known = {i: (url, title) for i, url, title in session.execute(
        select(Article.id, Article.url, Article.title).where(Article.id.in_(set(partners.values()))))
             } if partners else {}
    names = names if names is not None else source_names(session)
    files = attachment_pages(session, [a.id for a in articles])
    return [to_document(a, source_name=names.get(a.source_id), translation_id=partners.get(a.id),
                        translation_url=known.get(partners.get(a.id), (None, None))[0],
                        partner_title=known.get(partners.get(a.id), (None, None))[1],
                        attachments=files.get(a.id)) for a in articles]


def _task_uid(task) -> int:
    return task.task_uid if hasattr(task, "task_uid") else task["taskUid"]


class Indexer:
    def __init__(self, db, client: meilisearch.Client, uid: str = "releases", batch_size: int = 1000,
                 embedder: Embedder | None = None) -> None:
        self.db = db
        self.client = client
        self.uid = uid
        self.batch_size = batch_size
        self.embedder = embedder  # None: documents carry ``_vectors: {"e5": null}`` (keyword search only)
        self.owner = outbox.claimant("index")  # a new name per drain (search.outbox)
        self._renewed = 0.0

    # -- tasks and settings -------------------------------------------------------------------
    def wait(self, task) -> None:
        uid = task if isinstance(task, int) else _task_uid(task)
        result = self.client.wait_for_task(uid, timeout_in_ms=TASK_TIMEOUT_MS, interval_in_ms=20)
        if result.status != "succeeded":
            error = result.error or {}
            raise TaskFailed(f"Meilisearch task {uid} {result.status}: {error.get('message', error)}")

    def ensure_index(self, uid: str | None = None) -> None:
        """Create the index if missing and apply settings only when they differ (idempotent: a second call
        enqueues no task, so nothing gets needlessly re-indexed)."""
        uid = uid or self.uid
        try:
            self.client.get_index(uid)
        except MeilisearchApiError as exc:
            if exc.code != "index_not_found":
                raise
            self.wait(self.client.create_index(uid, {"primaryKey": "id"}))
        wanted = self._wanted_settings()
        if settings_differ(wanted, self.client.index(uid).get_settings()):
            self.wait(self.client.index(uid).update_settings(wanted))

    # -- embeddings (search/embeddings.py) -----------------------------------------------------
    def _wanted_settings(self) -> dict:
        """The index settings, plus the ``userProvided`` embedder and a filterable ``model_version``.

        ``model_version`` is filterable with or without a model, so indexers with and without one (the crawl
        pipeline, ``siaran index``) want the same attributes and never undo each other's settings.
        """
        wanted = index_settings()
        if "model_version" not in wanted["filterableAttributes"]:
            wanted["filterableAttributes"] = [*wanted["filterableAttributes"], "model_version"]
        if self.embedder is not None:
            wanted.update(embedder_settings(self.embedder))
        return wanted

    def _with_vectors(self, session, docs: list[dict], articles: list[ReleaseRow]) -> list[dict]:
        """Attach one vector per release; without a model, an explicit opt-out.

        Vectors are archive data (archive/vectors.py): the stored ones of this model are used when the
        release's text is unchanged, and only the others are embedded (in one batch) and stored, in the
        session that read the batch. Catch-up after an outage and ``siaran reindex`` therefore embed
        nothing that was embedded before.

        Meilisearch 1.21 rejects a document that has no ``_vectors.e5`` once a ``userProvided`` embedder is
        configured (``vector_embedding_error``); ``null`` opts out and is accepted with or without it.
        """
        if self.embedder is None:
            for doc in docs:
                doc["_vectors"] = {EMBEDDER_NAME: None}
            return docs
        from archive import vectors

        by_id = {a.id: a for a in articles}
        stored = vectors.ensure(session, self.embedder.model_id,
                                [(d["id"], by_id[d["id"]].title or "", by_id[d["id"]].body or "") for d in docs],
                                partial(embed_windows, self.embedder))
        for doc in docs:
            # Five decimals: finer than the float16 the archive keeps, and short JSON numbers (encoding the
            # floats is the largest cost of a document with a vector: 384 shortest reprs of float32 values
            # took 2.4x as long).
            doc["_vectors"] = {EMBEDDER_NAME: stored[doc["id"]].document.astype("float64").round(5).tolist()}
            doc["model_version"] = self.embedder.model_id
        return docs

    def stale_embeddings(self) -> list[int]:
        """Ids of indexed releases whose vector is missing or from another model (the stored marker)."""
        if self.embedder is None:
            return []
        stale: list[int] = []
        offset = 0
        wanted = self.embedder.model_id.replace("\\", "\\\\").replace('"', '\\"')
        flt = f'model_version NOT EXISTS OR model_version != "{wanted}"'
        while True:
            page = self.client.index(self.uid).get_documents(
                {"filter": flt, "fields": ["id"], "limit": 10_000, "offset": offset})
            stale.extend(int(doc.id) for doc in page.results)
            if len(page.results) < 10_000:
                return stale
            offset += 10_000

    def enqueue_stale_embeddings(self) -> int:
        """Queue releases indexed without a vector or with another model's (a model change re-embeds)."""
        ids = self.stale_embeddings()
        if ids:
            try:
                with self.db.session() as s:
                    known = set(s.scalars(select(IndexOutbox.article_id).where(IndexOutbox.article_id.in_(ids))))
                    existing = set(s.scalars(select(Article.id).where(Article.id.in_(ids))))
                    s.add_all(IndexOutbox(article_id=i) for i in sorted(existing - known))
            except IntegrityError:  # a drain in another process queued them at the same moment
                logger.info("stale embeddings were queued by another process")
        return len(ids)

    # -- incremental --------------------------------------------------------------------------
    def pending(self) -> int:
        with self.db.session() as s:
            return s.scalar(select(func.count()).select_from(IndexOutbox)) or 0

    def drain(self, progress: Callable[[int], None] | None = None) -> IndexResult:
        """Send every queued release (duplicates are removed from the index instead)."""
        try:
            self.ensure_index()
        except (MeilisearchCommunicationError, MeilisearchTimeoutError) as exc:
            self._mark_all_failed(exc)
            raise IndexingFailed(f"Meilisearch is unreachable: {exc}") from None
        self.enqueue_stale_embeddings()
        self.owner = outbox.claimant("index")
        result = IndexResult()
        in_flight: deque[_Batch] = deque()
        last_id = 0
        names: dict[str, str] | None = None
        while True:
            with self.db.session() as s:
                names = names if names is not None else source_names(s)
                batch = self._read_outbox(s, last_id, names)
            if batch is None:
                break
            last_id = batch.ids[-1]
            self._renew_claims()
            try:
                self._submit(batch)
            except (MeilisearchCommunicationError, MeilisearchTimeoutError, MeilisearchApiError) as exc:
                self._mark_failed(batch.ids, exc)
                self._abort(in_flight, exc)
                raise IndexingFailed(f"Meilisearch is unreachable: {exc}") from None
            batch.docs = []  # rebuilt from the database if a task fails (see _bisect)
            in_flight.append(batch)
            self._settle_ready(in_flight, result, progress)
        while in_flight:
            self._renew_claims()
            self._settle(in_flight.popleft(), in_flight, result, progress)
        result.pending = self.pending()
        return result

    def _read_outbox(self, s, last_id: int, names: dict[str, str]) -> _Batch | None:
        read_at = utcnow()
        with self.db.session() as claims:  # committed at once: other drains see the claim
            ids = outbox.claim(claims, self.owner, after=last_id, limit=self.batch_size)
        if not ids:
            return None
        articles = list(s.execute(select_releases(Article.id.in_(ids))))
        keep = [a for a in articles if a.duplicate_of_id is None]
        remove = [a.id for a in articles if a.duplicate_of_id is not None]
        return _Batch(ids=ids, docs=self._with_vectors(s, documents_for(s, keep, names), keep), remove=remove,
                      doc_ids=[a.id for a in keep], read_at=read_at)

    def _settle_ready(self, in_flight: deque[_Batch], result: IndexResult,
                      progress: Callable[[int], None] | None) -> None:
        """Settle the oldest batches that Meilisearch has finished, and the oldest one anyway when the window
        is full (so progress and the outbox keep up with Meilisearch, not with the end of the drain)."""
        try:
            while in_flight and (len(in_flight) >= MAX_IN_FLIGHT or self._finished(in_flight[0])):
                self._settle(in_flight.popleft(), in_flight, result, progress)
        except (MeilisearchCommunicationError, MeilisearchTimeoutError, MeilisearchApiError) as exc:
            self._abort(in_flight, exc)  # a failed status request: the unsettled batches stay queued
            raise IndexingFailed(f"Meilisearch is unreachable: {exc}") from None

    def _finished(self, batch: _Batch) -> bool:
        """Whether Meilisearch is done with every task of ``batch`` (one status request, no waiting)."""
        return all(self.client.get_task(uid).status in FINISHED for uid in batch.tasks)

    def _documents(self, doc_ids: list[int]) -> list[dict]:
        """The documents of ``doc_ids`` built again from the database (bisection after a failed task)."""
        if not doc_ids:
            return []
        with self.db.session() as s:
            articles = list(s.execute(select_releases(Article.id.in_(doc_ids), Article.duplicate_of_id.is_(None))
                                      .order_by(Article.id)))
            return self._with_vectors(s, documents_for(s, articles), articles)

    def _submit(self, batch: _Batch) -> None:
        index = self.client.index(self.uid)
        if batch.docs:
            batch.tasks.append(_task_uid(index.add_documents(batch.docs, primary_key="id")))
        if batch.remove:
            batch.tasks.append(_task_uid(index.delete_documents(batch.remove)))

    def _settle(self, batch: _Batch, in_flight: deque[_Batch], result: IndexResult,
                progress: Callable[[int], None] | None) -> None:
        """Await a batch's tasks; on success its rows leave the outbox, on a failed task it is bisected."""
        try:
            for task in batch.tasks:
                self.wait(task)
        except TaskFailed as exc:
            self._bisect(batch, exc, result)
        except (MeilisearchCommunicationError, MeilisearchTimeoutError, MeilisearchApiError) as exc:
            self._mark_failed(batch.ids, exc)
            self._abort(in_flight, exc)
            raise IndexingFailed(f"Meilisearch is unreachable: {exc}") from None
        else:
            self._dequeue(batch.ids, batch.read_at)
            result.sent += len(batch.doc_ids)
            result.removed += len(batch.remove)
        if progress:
            progress(len(batch.ids))

    def _bisect(self, batch: _Batch, exc: Exception, result: IndexResult) -> None:
        """Isolate the documents Meilisearch rejects; index the rest, keep the rejected ones queued."""
        if len(batch.doc_ids) <= 1:
            failed = batch.doc_ids or batch.ids
            self._mark_failed(failed, exc)
            for article_id in failed:
                result.failed[article_id] = str(exc)
            logger.warning("Meilisearch rejected release(s) %s: %s", failed, exc)
            done = [i for i in batch.ids if i not in set(failed)]
            self._dequeue(done, batch.read_at)
            result.removed += len(batch.remove)
            return
        half = len(batch.doc_ids) // 2
        for doc_ids, remove in ((batch.doc_ids[:half], batch.remove), (batch.doc_ids[half:], [])):
            part = _Batch(ids=doc_ids + remove, docs=self._documents(doc_ids), remove=remove, doc_ids=doc_ids,
                          read_at=batch.read_at)
            self._submit(part)
            try:
                for task in part.tasks:
                    self.wait(task)
            except TaskFailed as part_exc:
                self._bisect(part, part_exc, result)
            else:
                self._dequeue(part.ids, part.read_at)
                result.sent += len(part.docs)
                result.removed += len(remove)

    def _abort(self, in_flight: deque[_Batch], exc: Exception) -> None:
        for batch in in_flight:
            self._mark_failed(batch.ids, exc)
        in_flight.clear()

    def _dequeue(self, ids: list[int], read_at: datetime) -> None:
        """Rows sent: out of the outbox, except those re-queued since (their claim is given back)."""
        if ids:
            with self.db.session() as s:
                s.execute(delete(IndexOutbox).where(IndexOutbox.article_id.in_(ids),
                                                    IndexOutbox.enqueued_at <= read_at))
                outbox.release(s, self.owner, ids)

    def _mark_failed(self, ids: list[int], exc: Exception) -> None:
        with self.db.session() as s:
            for row in s.scalars(select(IndexOutbox).where(IndexOutbox.article_id.in_(ids))):
                row.attempts += 1
                row.last_error = f"{type(exc).__name__}: {exc}"[:2000]
            outbox.release(s, self.owner, ids)

    def _renew_claims(self) -> None:
        """Keep this drain's claims from expiring while its batches are in flight (a third of a lease)."""
        if time.monotonic() - self._renewed >= outbox.LEASE.total_seconds() / 3:
            with self.db.session() as s:
                outbox.renew(s, self.owner)
            self._renewed = time.monotonic()

    def _mark_all_failed(self, exc: Exception) -> None:
        """One statement for the whole outbox: nothing could be attempted, every row records why."""
        with self.db.session() as s:
            s.execute(update(IndexOutbox).values(attempts=IndexOutbox.attempts + 1,
                                                 last_error=f"{type(exc).__name__}: {exc}"[:2000]))

    def enqueue_all(self) -> int:
        """Queue every stored release (after a settings or document-shape change)."""
        with self.db.session() as s:
            known = set(s.scalars(select(IndexOutbox.article_id)))
            ids = [i for i in s.scalars(select(Article.id)) if i not in known]
            s.add_all(IndexOutbox(article_id=i) for i in ids)
        return len(ids)

    # -- rebuild ------------------------------------------------------------------------------
    def rebuild(self, progress: Callable[[int], None] | None = None) -> IndexResult:
        """Build a fresh index beside the live one, then swap them: searches never see a half index.

        Leftover build indexes of an interrupted rebuild are deleted first; the build index is deleted
        after the swap (it then holds the old documents) and also when the build fails.
        """
        self._delete_leftover_builds()
        build_uid = f"{self.uid}{BUILD_MARKER}{int(time.time() * 1000)}"
        self.ensure_index(build_uid)
        self.ensure_index(self.uid)
        with self.db.session() as s:
            started = utcnow()
            queued = set(s.scalars(select(IndexOutbox.article_id)))
            names = source_names(s)
        try:
            result = self._fill(build_uid, names, progress)
            self.wait(self.client.swap_indexes([{"indexes": [self.uid, build_uid]}]))
        finally:
            self.wait(self.client.delete_index(build_uid))
        self._dequeue(sorted(queued), started)  # everything queued before the rebuild is now in the index
        return result

    def _fill(self, build_uid: str, names: dict[str, str], progress: Callable[[int], None] | None) -> IndexResult:
        result = IndexResult()
        tasks: deque[int] = deque()
        last_id = 0
        while True:
            with self.db.session() as s:
                articles = list(s.execute(select_releases(Article.id > last_id, Article.duplicate_of_id.is_(None))
                                          .order_by(Article.id).limit(self.batch_size)))
                if not articles:
                    break
                docs = self._with_vectors(s, documents_for(s, articles, names), articles)
            last_id = articles[-1].id
            tasks.append(_task_uid(self.client.index(build_uid).add_documents(docs, primary_key="id")))
            if len(tasks) >= MAX_IN_FLIGHT:
                self.wait(tasks.popleft())
            result.sent += len(docs)
            if progress:
                progress(len(docs))
        while tasks:
            self.wait(tasks.popleft())
        return result

    def _delete_leftover_builds(self) -> None:
        """Delete build indexes a killed rebuild left: exactly ``<uid>_build_<milliseconds>``, so the live
        index and other indexes whose names merely start alike (another archive's) are never touched."""
        prefix = f"{self.uid}{BUILD_MARKER}"
        for index in self.client.get_indexes({"limit": 1000})["results"]:
            if index.uid.startswith(prefix) and index.uid[len(prefix):].isdigit():
                self.wait(self.client.delete_index(index.uid))
