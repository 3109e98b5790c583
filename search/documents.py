"""Search documents built from archive rows: the only shape Meilisearch ever sees."""

from __future__ import annotations

from archive.models import Article
from search.stemming import stem_text

SNIPPET_SOURCE_CHARS = 20_000  # bodies beyond this are still stored in full; the index gets the head


def to_document(article: Article, *, source_name: str | None = None, translation_id: int | None = None) -> dict:
    body = article.body or ""
    language = article.language or "unknown"
    published = article.published_at
    return {
        "id": article.id,
        "source": article.source_id,
        "source_name": source_name or article.source_id,
        "language": language,
        "title": article.title,
        "subtitle": article.subtitle or "",
        "body": body[:SNIPPET_SOURCE_CHARS],
        "title_stem": stem_text(article.title or "", language),
        "body_stem": stem_text(body[:SNIPPET_SOURCE_CHARS], language),
        "tags": list(article.tags or []),
        "url": article.url,
        "published_at": published.isoformat() if published else None,
        "published_at_ts": int(published.timestamp()) if published else None,
        "year": published.year if published else None,
        "has_translation": translation_id is not None,
        "translation_id": translation_id,
        "translation_group": article.translation_group,
        "is_duplicate": article.duplicate_of_id is not None,
    }
