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


def signature_text(title: str | None, body: str | None) -> str:
    return f"{title or ''}\n\n{body or ''}"


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


def find_original(session, canonical_url: str, chash: str, sig: Signature,
                  threshold: float = NEAR_DUPLICATE_THRESHOLD) -> tuple[int, float] | None:
    """The first-seen original this text duplicates, with its similarity, or None."""
    exact = session.scalar(
        select(Article.id).where(Article.content_hash == chash, Article.canonical_url != canonical_url,
                                 Article.duplicate_of_id.is_(None)).order_by(Article.id).limit(1)
    )
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
    def __init__(self, database_url: str, stats) -> None:
        self.db = get_database(database_url)
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings["SIARAN_DATABASE_URL"], crawler.stats)

    def process_item(self, item, spider=None):
        a = ItemAdapter(item)
        a["canonical_url"] = canonicalize_url(a.get("canonical_url") or a["url"])
        a["content_hash"] = content_hash(a.get("title") or "", a.get("body") or "")
        sig = signature(signature_text(a.get("title"), a.get("body")))
        a["signature"] = sig.to_bytes()
        with self.db.session() as s:
            found = find_original(s, a["canonical_url"], a["content_hash"], sig)
        if found:
            a["duplicate_of"], a["duplicate_similarity"] = found
            self.stats.inc_value("siaran/duplicates")
        return item
