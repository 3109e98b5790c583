"""Database models: the archive is the source of truth; the search index is rebuilt from it.

Design notes:
- ``Article`` holds the current state of one release (one row per canonical URL).
- ``Revision`` keeps every distinct text ever seen, with the raw HTML compressed, so an edited release
  keeps its history and ``siaran reprocess`` can re-extract without crawling again.
- ``IndexOutbox`` queues article ids whose search document must be (re)sent; the indexer drains it, so a
  Meilisearch outage never loses anything.
- All datetimes are stored timezone-aware in UTC (``UTCDateTime`` restores tzinfo on SQLite).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """Timezone-aware datetimes on every backend: stored as UTC, returned with ``tzinfo=UTC``."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: Siaran stores only timezone-aware datetimes")
        return value.astimezone(UTC)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    pass


class Source(Base):
    __tablename__ = "sources"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    base_url: Mapped[str] = mapped_column(String(1024))
    languages: Mapped[list] = mapped_column(JSON, default=list)
    # An aggregator or news service that republishes other sources' releases: its copy is never elected
    # the original of a duplicate group while the publishing agency's own copy is in the archive.
    republishes: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id"), index=True)
    url: Mapped[str] = mapped_column(String(2048))
    canonical_url: Mapped[str] = mapped_column(String(2048), unique=True)
    language: Mapped[str | None] = mapped_column(String(8), index=True)
    detected_language: Mapped[str | None] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(Text)
    subtitle: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    published_has_time: Mapped[bool] = mapped_column(Boolean, default=False)
    # Where the date came from ('metadata' | 'time' | 'dateline' | 'feed'); NULL with a NULL date means
    # the page states none: the release is undated, never dated from prose or the crawl time.
    date_source: Mapped[str | None] = mapped_column(String(16))
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    author: Mapped[str | None] = mapped_column(String(512))
    tags: Mapped[list] = mapped_column(JSON, default=list)
    image_url: Mapped[str | None] = mapped_column(String(2048))
    body: Mapped[str] = mapped_column(Text, default="")
    captions: Mapped[list] = mapped_column(JSON, default=list)
    attachments: Mapped[list] = mapped_column(JSON, default=list)
    alternate_urls: Mapped[dict] = mapped_column(JSON, default=dict)
    external_id: Mapped[str | None] = mapped_column(String(255), index=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"), index=True)
    duplicate_similarity: Mapped[float | None] = mapped_column()
    translation_group: Mapped[int | None] = mapped_column(Integer, index=True)
    # Provenance of the current text.
    http_status: Mapped[int | None] = mapped_column(Integer)
    extractor: Mapped[str | None] = mapped_column(String(32))
    etag: Mapped[str | None] = mapped_column(String(512))
    last_modified: Mapped[str | None] = mapped_column(String(128))
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    revision_count: Mapped[int] = mapped_column(Integer, default=1)
    # The stored copy was cut off (no closing tags, ends mid-word): fetched again until a complete one.
    truncated: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Change tracking (see scraper/recheck.py): when the page was last re-checked, when it is due next,
    # how many checks in a row found it unchanged, the last edit, and takedowns (first seen gone,
    # confirmed removed on a later night, restored).
    last_checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_check_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    stable_checks: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    listed_lastmod: Mapped[str | None] = mapped_column(String(64))  # last sitemap/feed/API modified stamp
    listed_title: Mapped[str | None] = mapped_column(String(32))  # fingerprint of the listing's title (0004)
    in_sitemap: Mapped[bool | None] = mapped_column(Boolean)  # listed by the last complete sitemap (0004)
    # When a listing, feed or API page last showed the release (0005): a full listing walk that no longer
    # shows an old release moves it up the re-check queue, as leaving a complete sitemap does.
    last_listed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    gone_since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    gone_reason: Mapped[str | None] = mapped_column(String(255))
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    restored_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    source: Mapped[Source] = relationship()
    revisions: Mapped[list[Revision]] = relationship(
        back_populates="article", order_by="Revision.id", cascade="all, delete-orphan"
    )


class Revision(Base):
    __tablename__ = "revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    http_status: Mapped[int | None] = mapped_column(Integer)
    url: Mapped[str] = mapped_column(String(2048))
    raw_html_gz: Mapped[bytes | None] = mapped_column(LargeBinary)

    article: Mapped[Article] = relationship(back_populates="revisions")


class SignatureBand(Base):
    """LSH band keys of an article's near-duplicate signature: an indexed equality lookup finds candidates."""

    __tablename__ = "signature_bands"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    band: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (Index("ix_signature_bands_band_key", "band", "key"),)


class TranslationPair(Base):
    __tablename__ = "translation_pairs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id_article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), unique=True)
    en_article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), unique=True)
    method: Mapped[str] = mapped_column(String(32))
    score: Mapped[float] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CrawlRun(Base):
    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_id: Mapped[str] = mapped_column(String(64), index=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # running | finished | partial (some pages or items failed) | failed | killed (process gone)
    status: Mapped[str] = mapped_column(String(16), default="running")
    pid: Mapped[int | None] = mapped_column(Integer)
    host: Mapped[str | None] = mapped_column(String(255))
    full: Mapped[bool] = mapped_column(Boolean, default=False)
    # The distributed crawl a worker's run belongs to (0005): runs of one job are summarised together.
    job: Mapped[str | None] = mapped_column(String(64), index=True)
    counts: Mapped[dict] = mapped_column(JSON, default=dict)  # new, updated, unchanged, failed, dropped
    dropped_reasons: Mapped[dict] = mapped_column(JSON, default=dict)
    message: Mapped[str | None] = mapped_column(Text)

    errors: Mapped[list[CrawlError]] = relationship(back_populates="run", cascade="all, delete-orphan")


class CrawlError(Base):
    __tablename__ = "crawl_errors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[str] = mapped_column(String(64))
    url: Mapped[str] = mapped_column(String(2048))
    reason: Mapped[str] = mapped_column(Text)
    # http | timeout | network | spider_exception | pipeline_exception | dropped | sitemap | extraction
    kind: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    run: Mapped[CrawlRun | None] = relationship(back_populates="errors")


class IndexOutbox(Base):
    """Articles whose search document must be (re)sent. Rows leave only after Meilisearch confirmed."""

    __tablename__ = "index_outbox"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    enqueued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    # Several indexing/embedding processes share the outbox (0005): a row is claimed by one of them until
    # ``claimed_until``; a claim that expires (its process died) is taken by the next.
    claimed_by: Mapped[str | None] = mapped_column(String(255))
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)


class ArticleChange(Base):
    """A change the archive noticed in a release: edited (a new meaningful revision), removed (gone from
    the site, confirmed on a second night) or restored (back after a removal)."""

    __tablename__ = "article_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # edited | removed | restored
    observed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    from_revision_id: Mapped[int | None] = mapped_column(Integer)
    to_revision_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str | None] = mapped_column(Text)


class ArticleVector(Base):
    """A release's embedding, archive data like its text: computed once per text version and model,
    reused by indexing, rebuilds and pairing. ``data`` holds ``windows`` x ``dims`` values of ``dtype``."""

    __tablename__ = "article_vectors"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    model: Mapped[str] = mapped_column(String(128), primary_key=True)
    text_hash: Mapped[str] = mapped_column(String(64))
    dims: Mapped[int] = mapped_column(Integer)
    windows: Mapped[int] = mapped_column(Integer, default=1)
    dtype: Mapped[str] = mapped_column(String(8), default="f16")
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Attachment(Base):
    """A file linked from releases (a PDF), stored once per content hash: the same PDF linked from two
    releases is one row. ``status`` is ok | needs_ocr | failed; ``data`` keeps the bytes so text can be
    extracted again without crawling."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    content_type: Mapped[str | None] = mapped_column(String(128))
    size: Mapped[int] = mapped_column(Integer)
    page_count: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(Text)  # the document's metadata title or first heading
    language: Mapped[str | None] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), default="ok")
    ocr: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # text from OCR
    extractor: Mapped[str | None] = mapped_column(String(32))
    error: Mapped[str | None] = mapped_column(Text)
    data: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    pages: Mapped[list[AttachmentPage]] = relationship(
        back_populates="attachment", order_by="AttachmentPage.page", cascade="all, delete-orphan"
    )


class AttachmentPage(Base):
    """The text of one page of an attachment, with its language: a search hit can name the page."""

    __tablename__ = "attachment_pages"

    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachments.id", ondelete="CASCADE"), primary_key=True)
    page: Mapped[int] = mapped_column(Integer, primary_key=True)  # 1-based
    text: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str | None] = mapped_column(String(8))

    attachment: Mapped[Attachment] = relationship(back_populates="pages")


class ArticleAttachment(Base):
    """A release's link to a file: kept even when the fetch failed (``attachment_id`` NULL, ``status``
    and ``error`` say why), with the validators of the URL for conditional re-checks."""

    __tablename__ = "article_attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id"), index=True)
    url: Mapped[str] = mapped_column(String(2048))
    label: Mapped[str | None] = mapped_column(Text)
    # ok | failed | too_large | not_pdf | skipped (robots) ...
    status: Mapped[str] = mapped_column(String(16), default="ok")
    error: Mapped[str | None] = mapped_column(Text)
    etag: Mapped[str | None] = mapped_column(String(512))
    last_modified: Mapped[str | None] = mapped_column(String(128))
    fetched_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    attachment: Mapped[Attachment | None] = relationship()

    # Every attachment request looks up the stored validators of its URL.
    __table_args__ = (UniqueConstraint("article_id", "url", name="uq_article_attachments_article_url"),
                      Index("ix_article_attachments_url", "url"))


class Watch(Base):
    """A saved search: run after every nightly crawl for releases new since its last run."""

    __tablename__ = "watches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    query: Mapped[str] = mapped_column(Text, default="")
    filters: Mapped[dict] = mapped_column(JSON, default=dict)
    mode: Mapped[str] = mapped_column(String(16), default="keyword")
    notify: Mapped[str | None] = mapped_column(String(2048))  # webhook:URL | command:CMD
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_run_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class WatchMatch(Base):
    """A release that matched a watch; unique per (watch, release), so it is sent once, never twice."""

    __tablename__ = "watch_matches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    watch_id: Mapped[int] = mapped_column(ForeignKey("watches.id", ondelete="CASCADE"))
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    matched_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("watch_id", "article_id", name="uq_watch_matches_watch_article"),
                      Index("ix_watch_matches_watch_matched", "watch_id", "matched_at"))


class SourceLock(Base):
    """At most one crawl of a source at a time, also across scheduler processes."""

    __tablename__ = "source_locks"

    source_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(255))
    acquired_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


__all__ = [
    "Article",
    "ArticleAttachment",
    "ArticleChange",
    "ArticleVector",
    "Attachment",
    "AttachmentPage",
    "Base",
    "CrawlError",
    "CrawlRun",
    "IndexOutbox",
    "Revision",
    "SignatureBand",
    "Source",
    "SourceLock",
    "TranslationPair",
    "Watch",
    "WatchMatch",
    "utcnow",
]
