"""A small archive for the hardening tests: releases stored through the store pipeline's function."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from types import SimpleNamespace

from archive.db import get_database
from pipelines.store import ensure_source, store_release


def stored_archive(url: str, count: int = 3):
    """A database holding ``count`` BNPT releases (``count=0``: the schema only)."""
    db = get_database(url)
    with db.session() as s:
        ensure_source(s, SimpleNamespace(id="bnpt", name="BNPT", base_url="https://bnpt.go.id", languages=["id"]))
    for i in range(count):
        body = f"Paragraf {i} tentang koordinasi pencegahan terorisme."
        link = f"https://bnpt.go.id/siaran-pers/{i}"
        with db.session() as s:
            store_release(s, {"source": "bnpt", "url": link, "canonical_url": link, "language": "id",
                              "title": f"Siaran koordinasi {i}", "published_at": datetime(2022, 7, 1 + i, tzinfo=UTC),
                              "published_has_time": True, "tags": [], "body": body, "truncated": False,
                              "content_hash": hashlib.sha256(body.encode()).hexdigest(),
                              "fetched_at": datetime.now(UTC), "http_status": 200, "extractor": "selectors"})
    return db
