"""Link Indonesian and English versions of a release in the archive, within a source and across sources.

The decision logic is pure (``archive.pairing``); this module feeds it the stored releases that are not
paired yet, with their stored vectors (archive/vectors.py), records the pairs it is sure of, gives both
sides one ``translation_group`` and queues them for re-indexing so search shows the link. Unsure cases
stay unpaired.

Which releases are candidates for a source's pairing:

* its own unpaired Indonesian and English releases (the agency's own translations);
* across sources, the unpaired releases published within ``CROSS_SOURCE_DAYS`` of one of them, from every
  other source when this one republishes others (a news service, ``sources.republishes``), else from the
  sources that republish. So a news service's English copy is paired whichever of the two sources is
  crawled last. A crawl passes ``new_since`` (when it started): only its new releases' dates then bound
  that search, so a nightly crawl does not load years of other sources' releases; ``siaran pair`` passes
  none and considers all.

Vectors: the stored ones of the given ``model`` are used as they are. With ``compute`` (``siaran pair``
passes the model's window embedding) candidates without one are embedded first, once, and stored; the
crawl passes none, since it embedded what it stored just before pairing (pipelines/embed.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select

from archive.models import Article, IndexOutbox, Source, TranslationPair
from archive.pairing import CROSS_SOURCE_DAYS, PairCandidate, pair_releases

logger = logging.getLogger(__name__)
# (title, body) texts -> one (windows x dims) array per text: search.embeddings.embed_windows with a model
ComputeWindows = Callable[[Sequence[tuple[str, str]]], list]


def _candidate(a: Article, republishes: bool) -> PairCandidate:
    return PairCandidate(id=a.id, source=a.source_id, language=a.language, title=a.title, body=a.body or "",
                         published_at=a.published_at, url=a.url, external_id=a.external_id,
                         alternate_urls=dict(a.alternate_urls or {}), republishes=republishes)


def _unpaired():
    paired = select(TranslationPair.id_article_id).union(select(TranslationPair.en_article_id))
    return (Article.language.in_(("id", "en")), Article.duplicate_of_id.is_(None), Article.id.not_in(paired))


def unpaired_releases(session, source_id: str) -> list[Article]:
    return list(session.scalars(select(Article).where(Article.source_id == source_id, *_unpaired())))


def cross_source_candidates(session, source_id: str, own: list[Article], republishes: bool,
                            new_since: datetime | None = None) -> list[Article]:
    """Other sources' unpaired releases that could translate one of ``own`` (see the module doc)."""
    dated = [a.published_at for a in own if a.published_at is not None
             and (new_since is None or a.first_seen is None or a.first_seen >= new_since)]
    if not dated:
        return []
    others = select(Source.id).where(Source.id != source_id)
    if not republishes:
        others = others.where(Source.republishes.is_(True))
    window = timedelta(days=CROSS_SOURCE_DAYS)
    return list(session.scalars(select(Article).where(
        Article.source_id.in_(others), *_unpaired(), Article.published_at.is_not(None),
        and_(Article.published_at >= min(dated) - window, Article.published_at <= max(dated) + window))))


def pair_source(db, source_id: str, *, model: str | None = None, compute: ComputeWindows | None = None,
                new_since: datetime | None = None) -> int:
    """Pair what can be paired among a source's unpaired releases (and other sources' releases they may
    translate or be translated by); returns the number of new pairs.

    ``model`` names the embedding model whose stored vectors add meaning to the evidence; without one,
    pairing uses the text evidence only and never pairs across sources.
    """
    with db.session() as s:
        republishers = set(s.scalars(select(Source.id).where(Source.republishes.is_(True))))
        own = unpaired_releases(s, source_id)
        articles = own + cross_source_candidates(s, source_id, own, source_id in republishers, new_since)
        if {a.language for a in articles} != {"id", "en"}:
            return 0
        vectors = _vectors(s, articles, model, compute)
        pairs = pair_releases([_candidate(a, a.source_id in republishers) for a in articles], vectors=vectors)
        by_id = {a.id: a for a in articles}
        for pair in pairs:
            s.add(TranslationPair(id_article_id=pair.id_release, en_article_id=pair.en_release,
                                  method=pair.method, score=pair.score))
            group = min(pair.id_release, pair.en_release)
            for article_id in (pair.id_release, pair.en_release):
                by_id[article_id].translation_group = group
                if s.get(IndexOutbox, article_id) is None:
                    s.add(IndexOutbox(article_id=article_id))
        logger.info("paired %d translations for %s (%d across sources)", len(pairs), source_id,
                    sum(p.method == "cross_source" for p in pairs))
        return len(pairs)


def _vectors(session, articles: list[Article], model: str | None, compute: ComputeWindows | None) -> dict:
    """article id -> unit vector of ``model`` from the archive (missing ones computed first with ``compute``)."""
    if model is None:
        return {}
    from archive import vectors  # numpy: the semantic extra, present whenever there is a model

    stored = vectors.ensure(session, model, [(a.id, a.title or "", a.body or "") for a in articles], compute)
    return {article_id: v.document for article_id, v in stored.items()}


def partner_of(session, article_id: int) -> int | None:
    row = session.execute(select(TranslationPair.id_article_id, TranslationPair.en_article_id).where(
        or_(TranslationPair.id_article_id == article_id, TranslationPair.en_article_id == article_id))).first()
    if row is None:
        return None
    return row[1] if row[0] == article_id else row[0]
