"""What to tell a user whose search finds no index: crawl first, or rebuild the index from the archive.

Meilisearch can lose its index (its data folder deleted, a new server, another ``MEILI_URL``) while the
database, the source of truth, still holds every release. Then "run siaran crawl" is the wrong advice:
``siaran reindex`` rebuilds the whole index from the archive (``siaran index`` only sends the releases
queued since the last run, which after such a loss is nothing).
"""

from __future__ import annotations

from sqlalchemy import func, select

EMPTY_ARCHIVE = "the search index is empty: run `siaran crawl` (or `siaran index` after a crawl)"


def archived_releases(db) -> int:
    """How many releases the archive holds (duplicates included: any of them means it is not empty)."""
    from archive.models import Article

    with db.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(Article)) or 0


def missing_index_message(db, what: str = "missing") -> str:
    """One line for an index that is ``what`` ("missing", "empty"), depending on what the archive holds."""
    count = archived_releases(db)
    if count == 0:
        return EMPTY_ARCHIVE
    return (f"the search index is {what} but the archive holds {count} releases: "
            "run `siaran reindex` to rebuild it from the archive")
