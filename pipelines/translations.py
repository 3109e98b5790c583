"""Translation pairing, once per crawl: after the store has the night's releases and ``EmbedPipeline``
their vectors, link new Indonesian and English versions (see ``archive.translations``), within the source
and across sources (a news service's English copy of an agency's release), before the index step sends
them out. Scrapy closes pipelines in reverse order of priority: embed (700), pair (600), index (500)."""

from __future__ import annotations

import logging

from archive.translations import pair_source
from pipelines.after_crawl import AfterCrawlStep

logger = logging.getLogger(__name__)


class TranslationPipeline(AfterCrawlStep):
    def open_spider(self, spider=None):
        from archive.models import utcnow

        self.opened = utcnow()  # releases first seen from now on are this crawl's new ones

    def after_crawl(self, spider) -> None:
        if getattr(spider, "source", None) is None:
            return
        try:
            pairs = pair_source(self.db, spider.name, model=_model_id(), new_since=getattr(self, "opened", None))
        except Exception:  # pairing is an enrichment; stored releases are unaffected
            logger.exception("translation pairing failed for %s; releases are stored unpaired", spider.name)
            return
        self.crawler.stats.set_value("siaran/translation_pairs", pairs)


def _model_id() -> str | None:
    """The embedding model whose stored vectors pairing reads (None without the semantic extra). The crawl
    embedded what it stored just before (pipelines/embed.py), so nothing is computed here."""
    from search.embeddings import load_embedder

    embedder = load_embedder()
    return embedder.model_id if embedder is not None else None
