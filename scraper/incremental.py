"""What the archive already has, so a nightly crawl downloads only what is new or due for a re-check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from archive.fingerprints import canonicalize_url
from archive.models import Article


@dataclass(frozen=True)
class KnownPage:
    fetched_at: datetime
    etag: str | None
    last_modified: str | None


class KnownArticles:
    """Canonical URLs already stored for one source, with what conditional GET needs.

    A known URL is skipped unless it is inside the re-check window (published within ``recheck_days``),
    where agencies still correct typos and numbers; then it is fetched with If-None-Match /
    If-Modified-Since so an unchanged page costs a 304.
    """

    def __init__(self, pages: dict[str, KnownPage], published: dict[str, datetime | None],
                 recheck_days: int, full: bool, now: datetime | None = None) -> None:
        self.pages = pages
        self.published = published
        self.full = full
        self.recheck_after = (now or datetime.now(timezone.utc)) - timedelta(days=recheck_days)

    @classmethod
    def load(cls, db, source_id: str, *, recheck_days: int, full: bool) -> "KnownArticles":
        pages: dict[str, KnownPage] = {}
        published: dict[str, datetime | None] = {}
        with db.session() as s:
            rows = s.execute(
                select(Article.canonical_url, Article.fetched_at, Article.etag, Article.last_modified,
                       Article.published_at).where(Article.source_id == source_id)
            )
            for url, fetched_at, etag, last_modified, published_at in rows:
                pages[url] = KnownPage(fetched_at, etag, last_modified)
                published[url] = published_at
        return cls(pages, published, recheck_days, full)

    def is_known(self, url: str) -> bool:
        return canonicalize_url(url) in self.pages

    def decision(self, url: str) -> str:
        """'fetch' (new, or ``--full``), 'recheck' (known, still in the window) or 'skip'."""
        key = canonicalize_url(url)
        if key not in self.pages:
            return "fetch"
        if self.full:
            return "recheck"
        published = self.published.get(key)
        if published is not None and published >= self.recheck_after:
            return "recheck"
        return "skip"

    def conditional_headers(self, url: str) -> dict:
        page = self.pages.get(canonicalize_url(url))
        if page is None or self.full:
            return {}
        return {"etag": page.etag, "last_modified": page.last_modified}
