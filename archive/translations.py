"""Link Indonesian and English versions of a release in the archive.

The decision logic is pure (``archive.pairing``); this module feeds it the stored releases of a source
that are not paired yet, records the pairs it is sure of, gives both sides one ``translation_group``
and queues them for re-indexing so search shows the link. Unsure cases stay unpaired.
"""

from __future__ import annotations

import logging

from sqlalchemy import or_, select

from archive.models import Article, IndexOutbox, TranslationPair
from archive.pairing import PairCandidate, pair_releases

logger = logging.getLogger(__name__)


def _candidate(a: Article) -> PairCandidate:
    return PairCandidate(id=a.id, source=a.source_id, language=a.language, title=a.title, body=a.body or "",
                         published_at=a.published_at, url=a.url, external_id=a.external_id,
                         alternate_urls=dict(a.alternate_urls or {}))


def unpaired_releases(session, source_id: str) -> list[Article]:
    paired = select(TranslationPair.id_article_id).union(select(TranslationPair.en_article_id))
    return list(session.scalars(
        select(Article).where(Article.source_id == source_id, Article.language.in_(("id", "en")),
                              Article.duplicate_of_id.is_(None), Article.id.not_in(paired))
    ))


def pair_source(db, source_id: str) -> int:
    """Pair what can be paired among a source's unpaired releases; returns the number of new pairs."""
    with db.session() as s:
        articles = unpaired_releases(s, source_id)
        languages = {a.language for a in articles}
        if languages != {"id", "en"}:
            return 0
        pairs = pair_releases([_candidate(a) for a in articles])
        by_id = {a.id: a for a in articles}
        for pair in pairs:
            s.add(TranslationPair(id_article_id=pair.id_release, en_article_id=pair.en_release,
                                  method=pair.method, score=pair.score))
            group = min(pair.id_release, pair.en_release)
            for article_id in (pair.id_release, pair.en_release):
                by_id[article_id].translation_group = group
                if s.get(IndexOutbox, article_id) is None:
                    s.add(IndexOutbox(article_id=article_id))
        logger.info("paired %d translations for %s", len(pairs), source_id)
        return len(pairs)


def partner_of(session, article_id: int) -> int | None:
    row = session.execute(select(TranslationPair.id_article_id, TranslationPair.en_article_id).where(
        or_(TranslationPair.id_article_id == article_id, TranslationPair.en_article_id == article_id))).first()
    if row is None:
        return None
    return row[1] if row[0] == article_id else row[0]
