"""Index: after the crawl, send what the store queued to Meilisearch, with vectors.

Releases are already committed to the database with an outbox row; if Meilisearch is down the crawl
still succeeds and the message says how to catch up (``siaran index``).

The indexer gets the embedding model like ``siaran index`` does, so crawled releases are searchable in
hybrid and semantic mode the moment the crawl ends. Their vectors were computed by ``EmbedPipeline``
(which closes before this step) and are read from the archive; any still missing are computed by the
indexer before sending. Without the model (the ``semantic`` extra not installed) documents carry
``_vectors: null`` and keyword search works as before.
"""

from __future__ import annotations

import logging

from pipelines.after_crawl import AfterCrawlStep

logger = logging.getLogger(__name__)


class IndexPipeline(AfterCrawlStep):
    def after_crawl(self, spider) -> None:
        if not self.enabled:
            return
        from search.client import SearchUnavailable, connect
        from search.embeddings import load_embedder
        from search.indexer import Indexer
        from siaran.config import load_settings

        settings = load_settings()
        try:
            indexer = Indexer(self.db, connect(settings, start=False), settings.index_uid, settings.index_batch_size,
                              embedder=load_embedder())
            result = indexer.drain()
        except (SearchUnavailable, Exception) as exc:  # noqa: BLE001 - the archive is safe either way
            pending = self._pending()
            logger.warning("search index not updated (%s): %d releases are stored and queued; run "
                           "`siaran index` when Meilisearch is up", exc, pending)
            self.crawler.stats.set_value("siaran/index_pending", pending)
            return
        self.crawler.stats.set_value("siaran/indexed", result.sent)
        logger.info("indexed %d releases, removed %d duplicates from the index", result.sent, result.removed)

    def _pending(self) -> int:
        from sqlalchemy import func, select

        from archive.models import IndexOutbox

        with self.db.session() as s:
            return s.scalar(select(func.count()).select_from(IndexOutbox)) or 0
