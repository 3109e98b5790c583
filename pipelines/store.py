"""Store: upsert each release on its canonical URL, keep every distinct text as a revision, queue it
for indexing in the same transaction (the outbox), so a crash or a down Meilisearch loses nothing."""

from __future__ import annotations

import gzip

from itemadapter import ItemAdapter
from sqlalchemy import delete, insert, select

from archive.db import get_database
from archive.fingerprints import Signature, band_keys
from archive.models import Article, IndexOutbox, Revision, SignatureBand, Source, utcnow

ARTICLE_FIELDS = (
    "url", "language", "detected_language", "title", "subtitle", "published_at", "published_has_time",
    "updated_at", "author", "tags", "image_url", "captions", "attachments", "alternate_urls", "external_id",
    "content_hash", "signature", "http_status", "extractor", "etag", "last_modified", "fetched_at",
)


def ensure_source(session, source) -> None:
    row = session.get(Source, source.id)
    if row is None:
        session.add(Source(id=source.id, name=source.name, base_url=source.base_url, languages=source.languages))
    else:
        row.name, row.base_url, row.languages = source.name, source.base_url, list(source.languages)


def write_bands(session, article_id: int, sig_bytes: bytes | None, *, replace: bool = True) -> None:
    """The article's LSH band keys, written with one executemany (they are looked up, never loaded)."""
    if replace:
        session.execute(delete(SignatureBand).where(SignatureBand.article_id == article_id))
    if sig_bytes:
        keys = band_keys(Signature.from_bytes(sig_bytes))
        session.execute(insert(SignatureBand), [{"article_id": article_id, "band": i, "key": k}
                                                 for i, k in enumerate(keys)])


def enqueue(session, article_id: int) -> None:
    """Queue a release for (re)indexing; re-queueing refreshes ``enqueued_at`` so an index batch already
    in flight with the older text does not take the row out of the queue."""
    row = session.get(IndexOutbox, article_id)
    if row is None:
        session.add(IndexOutbox(article_id=article_id))
    else:
        row.enqueued_at = utcnow()


def store_release(session, data: dict) -> str:
    """Insert or update one release; returns 'new', 'updated' or 'unchanged'."""
    article = session.scalar(select(Article).where(Article.canonical_url == data["canonical_url"]))
    now = data.get("fetched_at") or utcnow()
    revision = Revision(fetched_at=now, title=data["title"], body=data.get("body") or "",
                        content_hash=data["content_hash"], http_status=data.get("http_status"), url=data["url"],
                        raw_html_gz=gzip.compress(data["raw_html"]) if data.get("raw_html") else None)
    if article is None:
        article = Article(source_id=data["source"], canonical_url=data["canonical_url"], body=data.get("body") or "",
                          first_seen=now, last_seen=now, duplicate_of_id=data.get("duplicate_of"),
                          duplicate_similarity=data.get("duplicate_similarity"),
                          **{k: data.get(k) for k in ARTICLE_FIELDS})
        article.revisions.append(revision)
        session.add(article)
        session.flush()
        write_bands(session, article.id, data.get("signature"), replace=False)
        session.add(IndexOutbox(article_id=article.id))  # a new article cannot be queued yet
        return "new"
    article.last_seen = now
    article.fetched_at = now
    article.etag, article.last_modified = data.get("etag"), data.get("last_modified")
    if article.content_hash == data["content_hash"]:
        return "unchanged"
    for key in ARTICLE_FIELDS:
        setattr(article, key, data.get(key))
    article.body = data.get("body") or ""
    article.revision_count = (article.revision_count or 1) + 1
    article.revisions.append(revision)
    session.flush()
    write_bands(session, article.id, data.get("signature"))
    enqueue(session, article.id)
    return "updated"


class StorePipeline:
    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.db = get_database(crawler.settings["SIARAN_DATABASE_URL"])
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self, spider=None):
        source = getattr(spider or self.crawler.spider, "source", None)
        if source is not None:
            with self.db.session() as s:
                ensure_source(s, source)

    def process_item(self, item, spider=None):
        with self.db.session() as s:
            outcome = store_release(s, ItemAdapter(item).asdict())
        self.stats.inc_value(f"siaran/{outcome}")
        return item
