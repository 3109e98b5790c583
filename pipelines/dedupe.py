"""Deduplication: exact (canonical URL, content hash) and near-duplicate (MinHash LSH over shingles).

A re-post of a release under another URL is still stored (its URL is evidence) but linked to an
original through ``duplicate_of`` and kept out of the search index. A new version of the same
canonical URL is not a duplicate: the store keeps it as a revision.

The key of a page (``article_key``) is its ``<link rel=canonical>`` only when that points to the same
host family (``www.``/no-``www``, http/https: what ``canonicalize_url`` folds); a canonical on another
host (an aggregator crediting the agency's page, a CMS pointing everything at its home page, a dead
site) is never an identity. The page keeps its own URL as its key and the foreign canonical is only a
hint: when the archive holds that URL with a text similar enough, the page is linked to it as a
duplicate. Which member of a group is the original is decided after the write, by the database
(``pipelines.originals``), not by which page was crawled first.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from urllib.parse import urlsplit

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
from pipelines.store import StoreBatch, all_store_batches, store_batch
from pipelines.workers import crawl_workers

logger = logging.getLogger(__name__)

# A foreign canonical links a page to the release stored under that URL only if their texts are at
# least this similar: a canonical alone is not proof (some sites point every page at one article).
CANONICAL_HINT_THRESHOLD = 0.3


def article_key(url: str, declared_canonical: str | None) -> tuple[str, str | None]:
    """The archive key of a page and, when its declared canonical points to another host, that URL.

    Same host family (``canonicalize_url`` folds http/https and ``www.``): the canonical is the key, so
    ``?page=1``/AMP/print variants of one release merge. Another host: the page's own URL is the key
    and the canonical comes back as a hint (evidence for ``duplicate_of``, never an identity).
    """
    own = canonicalize_url(url)
    if not declared_canonical or declared_canonical == url:
        return own, None
    try:
        canonical = canonicalize_url(declared_canonical)
    except ValueError:
        return own, None
    if urlsplit(canonical).netloc == urlsplit(own).netloc:
        return canonical, None
    return own, canonical


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
def _all_exact_statement():
    """Every original with the same content hash under another URL."""
    return (select(Article.id)
            .where(Article.content_hash == bindparam("hash"), Article.canonical_url != bindparam("url"),
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


def find_originals(session, canonical_url: str, chash: str, sig: Signature | None,
                   threshold: float = NEAR_DUPLICATE_THRESHOLD) -> dict[int, float]:
    """Every original (not itself a duplicate) this text duplicates, by id, with its similarity.

    The same rules as ``find_original``, which picks one of them; the election of a group's
    original (``pipelines.originals``) needs them all.
    """
    found = {article_id: 1.0 for article_id in
             session.execute(_all_exact_statement(), {"hash": chash, "url": canonical_url}).scalars()}
    if sig is None:
        return found
    keys = band_keys(sig)
    params = {"url": canonical_url, **{f"b{i}": i for i in range(len(keys))},
              **{f"k{i}": key for i, key in enumerate(keys)}}
    for article_id, blob in session.execute(_candidates_statement(len(keys)), params).all():
        if article_id in found or not blob:
            continue
        sim = similarity(sig, Signature.from_bytes(blob))
        if sim >= threshold:
            found[article_id] = sim
    return found


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
        key, hint = article_key(a["url"], a.get("canonical_url"))
        a["canonical_url"] = key
        a["content_hash"] = chash
        a["signature"] = sig_bytes
        sig = Signature.from_bytes(sig_bytes)
        if hint:
            self.stats.inc_value("siaran/foreign_canonical")
            logger.info("%s: canonical URL %s is on another host; stored under its own URL, the canonical "
                        "kept as a duplicate hint", a["url"], hint)
        found = self._find(key, chash, sig)
        if hint:
            found = self._by_hint(key, hint, sig, found)
        if found:
            a["duplicate_of"], a["duplicate_similarity"] = found
            self.stats.inc_value("siaran/duplicates")
        return item

    def _batches(self) -> list[StoreBatch]:
        """The waiting batches a release's original may be in: this crawler's, and those of the other
        crawlers of this process (several sources crawled by one command)."""
        own = store_batch(self.crawler)
        batches = all_store_batches()
        return batches if own is None or own in batches else [own, *batches]

    def _find(self, canonical_url: str, chash: str, sig: Signature) -> tuple[int, float] | None:
        batches = self._batches()
        for batch in batches:
            if batch.may_hold_original(canonical_url, chash, sig):
                batch.flush()
        with self.db.engine.connect() as conn:
            found = find_original(conn, canonical_url, chash, sig)
            if found is None or not any(batches):
                return found
            original_url = conn.execute(select(Article.canonical_url).where(Article.id == found[0])).scalar()
        waiting = [batch for batch in batches if original_url in batch.urls]
        if not waiting:
            return found
        # A waiting revision of the original changes its text: decide on the text it will have.
        for batch in waiting:
            batch.flush()
        with self.db.engine.connect() as conn:
            return find_original(conn, canonical_url, chash, sig)

    def _by_hint(self, canonical_url: str, hint: str, sig: Signature,
                 found: tuple[int, float] | None) -> tuple[int, float] | None:
        """The release stored under the foreign canonical URL, when its text is similar enough; its
        group's original is this page's original. Otherwise (not stored, unreachable, unrelated) the
        hint changes nothing: the page is stored under its own URL and loses nothing."""
        for batch in self._batches():
            if hint in batch.urls:
                batch.flush()
        with self.db.engine.connect() as conn:
            row = conn.execute(select(Article.id, Article.duplicate_of_id, Article.signature)
                               .where(Article.canonical_url == hint)).first()
        if row is None or not row.signature or hint == canonical_url:
            return found
        sim = similarity(sig, Signature.from_bytes(row.signature))
        if sim < CANONICAL_HINT_THRESHOLD:
            logger.info("canonical %s of %s: the stored release there is a different text (similarity "
                        "%.2f); not linked", hint, canonical_url, sim)
            return found
        original = row.duplicate_of_id or row.id
        if found is not None and found[0] == original:
            return found
        return original, sim
