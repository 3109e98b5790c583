"""Deduplication: exact (canonical URL, content hash) and near-duplicate (MinHash LSH over shingles).

A re-post of a release under another URL is still stored (its URL is evidence) but linked to the
first-seen original through ``duplicate_of`` and kept out of the search index. A new version of the
same canonical URL is not a duplicate: the store keeps it as a revision.
"""

from __future__ import annotations

from functools import lru_cache

from itemadapter import ItemAdapter
from sqlalchemy import and_, bindparam, or_, select

from archive.db import get_database
from archive.fingerprints import (
    NEAR_DUPLICATE_THRESHOLD,
    Signature,
    band_keys,
    canonicalize_url,
    content_hash,
    signature,
    similarity,
)
from archive.models import Article, SignatureBand
from pipelines.store import store_batch
from pipelines.workers import crawl_workers


def signature_text(title: str | None, body: str | None) -> str:
    return f"{title or ''}\n\n{body or ''}"


def fingerprints(title: str | None, body: str | None) -> tuple[str, bytes]:
    """The content hash and the serialised MinHash signature of a release's text."""
    return content_hash(title or "", body or ""), signature(signature_text(title, body)).to_bytes()


@lru_cache(maxsize=4)
def _candidates_statement(bands: int):
    """Articles sharing at least one LSH band key, built once with bound parameters.

    An OR of (band, key) equalities lets SQLite (multi-index OR) and PostgreSQL (bitmap OR) use the
    (band, key) index; a row-value ``IN`` made SQLite scan every article, turning a crawl quadratic.
    """
    pairs = [and_(SignatureBand.band == bindparam(f"b{i}"), SignatureBand.key == bindparam(f"k{i}"))
             for i in range(bands)]
    # The band lookup is a subquery so the planner starts from the (band, key) index instead of
    # scanning all originals (SQLite chose that plan for the equivalent join).
    matching = select(SignatureBand.article_id).where(or_(*pairs))
    return (select(Article.id, Article.signature)
            .where(Article.id.in_(matching), Article.canonical_url != bindparam("url"),
                   Article.duplicate_of_id.is_(None)))


@lru_cache(maxsize=1)
def _exact_statement():
    """The first original with the same content hash under another URL (built once: building and
    caching a fresh statement per release cost more than running it)."""
    return (select(Article.id)
            .where(Article.content_hash == bindparam("hash"), Article.canonical_url != bindparam("url"),
                   Article.duplicate_of_id.is_(None))
            .order_by(Article.id).limit(1))


def find_original(session, canonical_url: str, chash: str, sig: Signature,
                  threshold: float = NEAR_DUPLICATE_THRESHOLD) -> tuple[int, float] | None:
    """The first-seen original this text duplicates, with its similarity, or None.

    ``session`` is an ORM session or a plain connection (the pipeline uses a connection: the ORM
    adds nothing to these two reads but time).
    """
    exact = session.execute(_exact_statement(), {"hash": chash, "url": canonical_url}).scalar()
    if exact is not None:
        return exact, 1.0
    keys = band_keys(sig)
    params = {"url": canonical_url, **{f"b{i}": i for i in range(len(keys))},
              **{f"k{i}": key for i, key in enumerate(keys)}}
    candidates = session.execute(_candidates_statement(len(keys)), params).all()
    best: tuple[int, float] | None = None
    for article_id, blob in candidates:
        if not blob:
            continue
        sim = similarity(sig, Signature.from_bytes(blob))
        if sim >= threshold and (best is None or sim > best[1] or (sim == best[1] and article_id < best[0])):
            best = (article_id, sim)
    return best


class DedupePipeline:
    """Sets ``content_hash``, ``signature`` and, for a re-post, ``duplicate_of``.

    Releases the store has not written yet (its waiting batch, see ``pipelines.store``) must count as
    stored: when one of them could be this text's original, or when the original found in the
    database is about to be overwritten by a waiting revision, the batch is written first and the
    database asked (again). The answer is then the same as with one transaction per release.
    """

    def __init__(self, database_url: str, stats, crawler=None) -> None:
        self.db = get_database(database_url)
        self.stats = stats
        self.crawler = crawler
        self.workers = crawl_workers(crawler) if crawler is not None else None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings["SIARAN_DATABASE_URL"], crawler.stats, crawler)

    def process_item(self, item, spider=None):
        a = ItemAdapter(item)
        title, body = a.get("title"), a.get("body")
        if self.workers is None or not self.workers.active:
            return self._apply(item, *fingerprints(title, body))
        return self._fingerprint_in_worker(item, title, body)

    async def _fingerprint_in_worker(self, item, title: str | None, body: str | None):
        # Only the pure hashing runs in the worker; the database lookup below runs here, in the
        # reactor's thread, so that releases are checked and queued for the store one at a time.
        return self._apply(item, *await self.workers.run(fingerprints, title, body))

    def _apply(self, item, chash: str, sig_bytes: bytes):
        a = ItemAdapter(item)
        a["canonical_url"] = canonicalize_url(a.get("canonical_url") or a["url"])
        a["content_hash"] = chash
        a["signature"] = sig_bytes
        found = self._find(a["canonical_url"], chash, Signature.from_bytes(sig_bytes))
        if found:
            a["duplicate_of"], a["duplicate_similarity"] = found
            self.stats.inc_value("siaran/duplicates")
        return item

    def _find(self, canonical_url: str, chash: str, sig: Signature) -> tuple[int, float] | None:
        batch = store_batch(self.crawler)
        if batch and batch.may_hold_original(canonical_url, chash, sig):
            batch.flush()
        with self.db.engine.connect() as conn:
            found = find_original(conn, canonical_url, chash, sig)
            if found is None or not batch:
                return found
            original_url = conn.execute(select(Article.canonical_url).where(Article.id == found[0])).scalar()
        if original_url not in batch.urls:
            return found
        # A waiting revision of the original changes its text: decide on the text it will have.
        batch.flush()
        with self.db.engine.connect() as conn:
            return find_original(conn, canonical_url, chash, sig)
