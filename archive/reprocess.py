"""Re-run extraction and cleaning on stored pages, without crawling again.

Each release's newest revision keeps its raw HTML (gzip). When the extractors or cleaning rules
improve, ``siaran reprocess`` rebuilds the items from that HTML and sends them through the same
pipeline steps as a crawl (clean → language → dedupe → store); a changed text becomes a new revision.
"""

from __future__ import annotations

import gzip
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from scrapy.exceptions import DropItem
from sqlalchemy import func, select

from archive.models import Article, Revision
from pipelines.clean import CleanPipeline
from pipelines.dedupe import DedupePipeline
from pipelines.language import LanguagePipeline
from pipelines.store import store_release
from scraper.extraction.cascade import extract
from scraper.items import item_from_extracted

logger = logging.getLogger(__name__)


class _Counter:
    """The slice of Scrapy's stats collector the pipelines use."""

    def __init__(self) -> None:
        self.values: dict[str, int] = {}

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None:
        self.values[key] = self.values.get(key, start) + count


@dataclass
class ReprocessResult:
    outcomes: dict[str, int] = field(default_factory=dict)
    dropped: dict[str, str] = field(default_factory=dict)  # url -> reason


def latest_revisions(session, source_id: str | None, ids: list[int] | None = None):
    """(article, its newest revision) of one source's releases, or of the releases ``ids``, or of all."""
    newest = select(func.max(Revision.id).label("id")).group_by(Revision.article_id)
    if ids is not None:
        newest = newest.where(Revision.article_id.in_(ids))
    newest = newest.subquery()
    query = (select(Article, Revision).join(Revision, Revision.article_id == Article.id)
             .join(newest, newest.c.id == Revision.id).order_by(Article.id))
    if source_id:
        query = query.where(Article.source_id == source_id)
    return session.execute(query).all()


def reprocess(db, sources: dict, source_id: str | None = None,
              progress: Callable[[int], None] | None = None) -> ReprocessResult:
    """Re-extract every stored release (of one source, or all) from its newest raw HTML."""
    stats = _Counter()
    clean, language = CleanPipeline(), LanguagePipeline(stats)
    dedupe = DedupePipeline(db.url, stats)
    result = ReprocessResult()
    with db.session() as s:
        rows = [(a.id, a.source_id, a.external_id, r.url, r.http_status, r.fetched_at, r.raw_html_gz, a.language)
                for a, r in latest_revisions(s, source_id)]
    for _, sid, external_id, url, status, fetched_at, raw, declared in rows:
        if raw is None or sid not in sources:
            continue
        source = sources[sid]
        selectors = source.selectors_en if declared == "en" and source.selectors_en else source.selectors
        html = gzip.decompress(raw).decode("utf-8", errors="replace")
        found = extract(html, url, selectors, language=declared, month_first=source.month_first_dates)
        item = item_from_extracted(sid, url, found, external_id=external_id, http_status=status,
                                   fetched_at=fetched_at, raw_html=gzip.decompress(raw))
        try:
            item = dedupe.process_item(language.process_item(clean.process_item(item)))
        except DropItem as exc:
            result.dropped[url] = str(exc)
            continue
        with db.session() as s:
            outcome = store_release(s, item.__dict__)
        result.outcomes[outcome] = result.outcomes.get(outcome, 0) + 1
        if progress:
            progress(1)
    return result
