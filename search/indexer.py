"""Send archive rows to Meilisearch: drain the outbox in batches, or rebuild and swap atomically.

The database is the source of truth. A batch leaves the outbox only after Meilisearch reports its task
as succeeded; on any failure the rows stay queued (with the error) and the next ``siaran index`` retries.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Callable, Iterable

import meilisearch
from sqlalchemy import delete, func, or_, select

from archive.models import Article, IndexOutbox, Source, TranslationPair
from search.documents import to_document
from search.settings import index_settings

logger = logging.getLogger(__name__)
TASK_TIMEOUT_MS = 300_000


class IndexingFailed(RuntimeError):
    pass


@dataclass
class IndexResult:
    sent: int = 0
    removed: int = 0
    pending: int = 0


def translation_partners(session, ids: Iterable[int]) -> dict[int, int]:
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


def documents_for(session, articles: list[Article]) -> list[dict]:
    partners = translation_partners(session, [a.id for a in articles])
    names = source_names(session)
    return [to_document(a, source_name=names.get(a.source_id), translation_id=partners.get(a.id)) for a in articles]


class Indexer:
    def __init__(self, db, client: meilisearch.Client, uid: str = "releases", batch_size: int = 1000) -> None:
        self.db = db
        self.client = client
        self.uid = uid
        self.batch_size = batch_size

    # -- settings -----------------------------------------------------------------------------
    def wait(self, task) -> None:
        uid = task.task_uid if hasattr(task, "task_uid") else task["taskUid"]
        result = self.client.wait_for_task(uid, timeout_in_ms=TASK_TIMEOUT_MS, interval_in_ms=20)
        if result.status != "succeeded":
            raise IndexingFailed(f"Meilisearch task {uid} {result.status}: {result.error}")

    def ensure_index(self, uid: str | None = None) -> None:
        """Create the index if missing and apply settings only when they differ (idempotent: no
        needless re-indexing of everything)."""
        uid = uid or self.uid
        try:
            self.client.get_index(uid)
        except meilisearch.errors.MeilisearchApiError as exc:
            if exc.code != "index_not_found":
                raise
            self.wait(self.client.create_index(uid, {"primaryKey": "id"}))
        wanted = index_settings()
        current = self.client.index(uid).get_settings()
        if any(current.get(key) != value for key, value in wanted.items()):
            self.wait(self.client.index(uid).update_settings(wanted))

    # -- incremental --------------------------------------------------------------------------
    def pending(self) -> int:
        with self.db.session() as s:
            return s.scalar(select(func.count()).select_from(IndexOutbox)) or 0

    def drain(self, progress: Callable[[int], None] | None = None) -> IndexResult:
        self.ensure_index()
        result = IndexResult()
        while True:
            with self.db.session() as s:
                ids = list(s.scalars(select(IndexOutbox.article_id).order_by(IndexOutbox.enqueued_at,
                                                                             IndexOutbox.article_id)
                                     .limit(self.batch_size)))
                if not ids:
                    break
                articles = list(s.scalars(select(Article).where(Article.id.in_(ids))))
                keep = [a for a in articles if a.duplicate_of_id is None]
                docs = documents_for(s, keep)
                remove = [a.id for a in articles if a.duplicate_of_id is not None]
            try:
                index = self.client.index(self.uid)
                if docs:
                    self.wait(index.add_documents(docs, primary_key="id"))
                if remove:
                    self.wait(index.delete_documents(remove))
            except Exception as exc:  # noqa: BLE001 - any failure leaves the batch queued
                self._mark_failed(ids, exc)
                raise
            with self.db.session() as s:
                s.execute(delete(IndexOutbox).where(IndexOutbox.article_id.in_(ids)))
            result.sent += len(docs)
            result.removed += len(remove)
            if progress:
                progress(len(ids))
        return result

    def _mark_failed(self, ids: list[int], exc: Exception) -> None:
        with self.db.session() as s:
            for row in s.scalars(select(IndexOutbox).where(IndexOutbox.article_id.in_(ids))):
                row.attempts += 1
                row.last_error = f"{type(exc).__name__}: {exc}"[:2000]

    def enqueue_all(self) -> int:
        """Queue every stored release (after a settings or document-shape change)."""
        with self.db.session() as s:
            known = set(s.scalars(select(IndexOutbox.article_id)))
            ids = [i for i in s.scalars(select(Article.id)) if i not in known]
            s.add_all(IndexOutbox(article_id=i) for i in ids)
        return len(ids)

    # -- rebuild ------------------------------------------------------------------------------
    def rebuild(self, progress: Callable[[int], None] | None = None) -> IndexResult:
        """Build a fresh index beside the live one, then swap them: searches never see a half index."""
        build_uid = f"{self.uid}_build_{int(time.time())}"
        self.ensure_index(build_uid)
        self.ensure_index(self.uid)
        result = IndexResult()
        with self.db.session() as s:
            queued = set(s.scalars(select(IndexOutbox.article_id)))
        last_id = 0
        while True:
            with self.db.session() as s:
                articles = list(s.scalars(select(Article).where(Article.id > last_id, Article.duplicate_of_id.is_(None))
                                          .order_by(Article.id).limit(self.batch_size)))
                if not articles:
                    break
                docs = documents_for(s, articles)
            last_id = articles[-1].id
            self.wait(self.client.index(build_uid).add_documents(docs, primary_key="id"))
            result.sent += len(docs)
            if progress:
                progress(len(docs))
        self.wait(self.client.swap_indexes([{"indexes": [self.uid, build_uid]}]))
        self.wait(self.client.delete_index(build_uid))
        with self.db.session() as s:  # everything queued before the rebuild is now in the index
            if queued:
                s.execute(delete(IndexOutbox).where(IndexOutbox.article_id.in_(queued)))
        return result
