"""Stored Indonesian and English releases are linked by `archive.translations.pair_source`."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from archive.db import Database
from archive.fingerprints import content_hash
from archive.models import IndexOutbox, TranslationPair
from archive.translations import pair_source, partner_of
from pipelines.store import ensure_source, store_release
from scraper.sources import SourceConfig

SOURCE = SourceConfig(id="bi", name="Bank Indonesia", base_url="https://www.bi.go.id", languages=["id", "en"],
                      discovery=[{"kind": "listing", "start": "/", "links": "a"}])


def release(url: str, language: str, title: str, body: str, day: int, external_id: str | None = None) -> dict:
    return {"source": "bi", "url": url, "canonical_url": url, "language": language, "title": title, "body": body,
            "published_at": datetime(2026, 9, day, 7, tzinfo=UTC), "content_hash": content_hash(title, body),
            "external_id": external_id, "http_status": 200, "alternate_urls": {}}


def test_pairs_by_content_and_external_id_and_leaves_loners_alone(database_url):
    db = Database(database_url)
    with db.session() as s:
        ensure_source(s, SOURCE)
        store_release(s, release("https://www.bi.go.id/id/a", "id", "BI-Rate Tetap 5,75%",
                                 "Rapat Dewan Gubernur Bank Indonesia pada 16-17 September 2026 memutuskan "
                                 "mempertahankan BI-Rate sebesar 5,75%. Inflasi 2,3% tetap terkendali.", 17))
        store_release(s, release("https://www.bi.go.id/en/a", "en", "BI-Rate Held at 5.75%",
                                 "The Bank Indonesia Board of Governors meeting on 16-17 September 2026 decided to "
                                 "hold the BI-Rate at 5.75%. Inflation of 2.3% remains under control.", 18))
        store_release(s, release("https://www.bi.go.id/id/b", "id", "Cadangan Devisa Agustus 2026",
                                 "Posisi cadangan devisa Indonesia pada akhir Agustus 2026 tercatat 150,2 miliar "
                                 "dolar AS.", 8, external_id="sp_2818026"))
        store_release(s, release("https://www.bi.go.id/en/b", "en", "Foreign Exchange Reserves, August 2026",
                                 "Indonesia's official reserve assets stood at USD 150.2 billion at the end of "
                                 "August 2026.", 15, external_id="sp_2818026"))
        store_release(s, release("https://www.bi.go.id/id/c", "id", "BI Luncurkan QRIS Antarnegara dengan Jepang",
                                 "Bank Indonesia meluncurkan QRIS antarnegara dengan Jepang di Tokyo.", 20))
    with db.session() as s:
        s.query(IndexOutbox).delete()
    assert pair_source(db, "bi") == 2
    assert pair_source(db, "bi") == 0  # idempotent: paired releases are not considered again
    with db.session() as s:
        pairs = {(p.id_article_id, p.en_article_id): p.method for p in s.scalars(select(TranslationPair))}
        assert pairs == {(1, 2): "content", (3, 4): "external_id"}
        assert partner_of(s, 2) == 1 and partner_of(s, 5) is None
        queued = set(s.scalars(select(IndexOutbox.article_id)))
        assert queued == {1, 2, 3, 4}  # re-indexed so search shows the link


def test_a_release_requeued_while_its_batch_is_in_flight_stays_queued(sqlite_url):
    """The outbox race: the index batch read the old text; the newer text must still be indexed."""
    from archive.models import utcnow
    from pipelines.store import enqueue
    from search.indexer import Indexer

    db = Database(sqlite_url)
    with db.session() as s:
        ensure_source(s, SOURCE)
        store_release(s, release("https://www.bi.go.id/id/x", "id", "Judul", "Isi pertama yang cukup panjang.", 1))
    read_at = utcnow()  # an index batch reads the outbox now …
    with db.session() as s:
        enqueue(s, 1)  # … and the release changes again before the batch is confirmed
    Indexer(db, client=None)._dequeue([1], read_at)
    with db.session() as s:
        assert s.get(IndexOutbox, 1) is not None
    Indexer(db, client=None)._dequeue([1], utcnow())
    with db.session() as s:
        assert s.get(IndexOutbox, 1) is None
