"""Embed: after the crawl's last release is stored, compute the vectors of what it stored.

Why at spider close, in the crawl process
-----------------------------------------
Embedding costs ~0.2–0.7 CPU s per release, the crawl ~10 ms. Embedding item by item (in the reactor's
thread or the pipeline worker process) would take CPU from the pages still being downloaded and parsed
on a 2-core machine, so it waits until the spider closes: the crawl's pages/s are untouched, and the
night's new releases (tens to hundreds) are embedded in one batch on every core before pairing and the
index step use them. Scrapy closes pipelines in reverse order of their priority, so this step (highest)
closes first: embed, then pair (``TranslationPipeline``), then index (``IndexPipeline``).

What is embedded: the releases queued for the index (new or changed, not duplicates) that have no
vector of the current model for their current text. The vectors go to ``article_vectors``
(archive/vectors.py), committed every few releases. If the model is missing or fails, the crawl is not
affected: the index step's own embedding (search/indexer.py) or a later ``siaran index`` computes them.

Several processes (the workers of a distributed crawl closing at once) embed side by side: each takes
its releases a few chunks at a time by claiming their outbox rows (``search.outbox``), so no release is
embedded twice, and gives the claims back when the chunk is stored, for the index step to send them.
"""

from __future__ import annotations

import logging
from functools import partial

from sqlalchemy import select

from archive.models import Article
from pipelines.after_crawl import AfterCrawlStep
from search import outbox

logger = logging.getLogger(__name__)
CLAIM_CHUNKS = 4  # chunks claimed at once: a few minutes of embedding, well within a claim's lease


class EmbedPipeline(AfterCrawlStep):
    def after_crawl(self, spider) -> None:
        if not self.enabled:  # embedding is part of making releases searchable: --no-index stores only
            return
        try:
            self.crawler.stats.set_value("siaran/embedded", embed_queued(self.db))
        except Exception:  # vectors are computed again by the index step or `siaran index`
            logger.exception("embedding after the crawl failed; the index step will embed what is missing")


def embed_queued(db, chunk: int = 32, embedder=None) -> int:
    """Embed the queued releases without a current vector; the number embedded (0 without a model).
    ``embedder``: the model (default: ``load_embedder()``)."""
    from search.embeddings import embed_windows, load_embedder

    embedder = embedder if embedder is not None else load_embedder()
    if embedder is None:
        return 0
    from archive.vectors import compute_missing

    owner, last, done = outbox.claimant("embed"), 0, 0
    compute = partial(embed_windows, embedder)
    while True:
        with db.session() as s:  # committed at once: other processes see the claim
            ids = outbox.claim(s, owner, after=last, limit=chunk * CLAIM_CHUNKS)
        if not ids:
            break
        last = ids[-1]
        try:
            with db.session() as s:
                originals = list(s.scalars(select(Article.id).where(Article.id.in_(ids),
                                                                    Article.duplicate_of_id.is_(None))
                                           .order_by(Article.id)))
            done += compute_missing(db, embedder.model_id, compute, originals, chunk=chunk)
        finally:
            with db.session() as s:
                outbox.release(s, owner, ids)
    if done:
        logger.info("embedded %d releases", done)
    return done
