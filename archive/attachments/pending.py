"""Links a crawl has stored but not settled yet: the bridge over a crawl killed between two steps.

A release is written by the store step; its files are fetched and their links written later by the
attachments step (``pipelines.attachments``), in batches. A crawl killed in between used to leave the
release stored with no record of its files, and the next night's conditional request (304) never read the
page again, so its files were lost for good. Now the store writes, in the release's own transaction, one
``pending`` link per file URL the release lists (``mark_pending``); the attachments step replaces them with
the outcome. A later crawl of the source finds releases whose links are still pending and fetches their
pages again without validators (``reopen_unsettled``), so the attachments step sees them once more.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime
from urllib.parse import urlsplit

from sqlalchemy import select, update

from archive.models import Article, ArticleAttachment

logger = logging.getLogger(__name__)

PENDING = "pending"
MAX_PER_RELEASE = 20  # a release linking more files than this is a listing page, not a release


def file_urls(urls: Iterable) -> list[str]:
    """A release's attachment URLs worth fetching: http(s), each once, at most ``MAX_PER_RELEASE``."""
    wanted = [str(u) for u in urls or [] if urlsplit(str(u)).scheme in ("http", "https")]
    return list(dict.fromkeys(wanted))[:MAX_PER_RELEASE]


def mark_pending(session, article_id: int, urls: Iterable) -> int:
    """Record the release's file URLs that have no link yet as ``pending``; returns how many."""
    wanted = file_urls(urls)
    if not wanted:
        return 0
    known = set(session.scalars(select(ArticleAttachment.url).where(ArticleAttachment.article_id == article_id,
                                                                    ArticleAttachment.url.in_(wanted))))
    new = [url for url in wanted if url not in known]
    session.add_all(ArticleAttachment(article_id=article_id, url=url, status=PENDING) for url in new)
    return len(new)


def reopen_unsettled(db, source_id: str, now: datetime) -> int:
    """Make the source's releases with pending links due now, their validators dropped, so tonight's crawl
    reads their pages in full (a 304 would hide their files again); returns how many."""
    with db.session() as s:
        unsettled = select(ArticleAttachment.article_id).where(ArticleAttachment.status == PENDING)
        ids = list(s.scalars(select(Article.id).where(Article.source_id == source_id, Article.id.in_(unsettled))))
        if ids:
            s.execute(update(Article).where(Article.id.in_(ids))
                      .values(etag=None, last_modified=None, next_check_at=now))
    if ids:
        logger.info("%d releases of %s have files a killed crawl did not fetch: their pages are read again",
                    len(ids), source_id)
    return len(ids)
