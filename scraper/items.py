"""The item a spider yields for one release page; pipelines fill in the derived fields."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class ReleaseItem:
    source: str
    url: str
    title: str | None = None
    canonical_url: str | None = None
    language: str | None = None  # declared by the source entry or the page ('id' | 'en')
    subtitle: str | None = None
    published_at: datetime | None = None  # aware, UTC
    published_has_time: bool = False
    # Where the date came from: 'metadata' | 'time' | 'dateline' | 'feed' (a feed/sitemap/API entry);
    # None with published_at None means the page states no date (stored undated, never guessed).
    date_source: str | None = None
    updated_at: datetime | None = None
    author: str | None = None
    tags: list[str] = field(default_factory=list)
    image_url: str | None = None
    body: str | None = field(default=None, repr=False)  # paragraphs joined by "\n\n"
    captions: list[str] = field(default_factory=list)
    alternate_urls: dict[str, str] = field(default_factory=dict)
    attachments: list[str] = field(default_factory=list)
    external_id: str | None = None
    http_status: int = 200
    fetched_at: datetime | None = None
    etag: str | None = None
    last_modified: str | None = None
    raw_html: bytes | None = field(default=None, repr=False)  # kept out of logs
    extractor: str | None = None
    truncated: bool = False  # the page was cut off (no closing tags, ends mid-word): re-fetched next night
    # Filled in by pipelines.
    detected_language: str | None = None
    content_hash: str | None = None
    signature: bytes | None = field(default=None, repr=False)
    duplicate_of: int | None = None
    duplicate_similarity: float | None = None


def item_from_extracted(source: str, url: str, found, **provenance) -> ReleaseItem:
    """A ``ReleaseItem`` from an ``Extracted`` result plus provenance (status, fetched_at, raw HTML …).
    Shared by the spider and by ``siaran reprocess``, which re-extracts stored pages."""
    return ReleaseItem(
        source=source, url=url, canonical_url=found.canonical_url or url, language=found.language,
        title=found.title, subtitle=found.subtitle, published_at=found.published_at,
        published_has_time=found.published_has_time,
        date_source=getattr(found, "date_source", None), truncated=getattr(found, "truncated", False),
        updated_at=found.updated_at, author=found.author,
        tags=found.tags, image_url=found.image_url, body=found.body, captions=found.captions,
        alternate_urls=found.alternate_urls, attachments=found.attachments, extractor=found.extractor,
        **provenance,
    )
