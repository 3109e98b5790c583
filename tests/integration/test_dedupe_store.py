"""Near-duplicates are found through the database's LSH band index, on SQLite and PostgreSQL; the
store's batches write what one transaction per release would, and dedupe sees waiting releases."""

from __future__ import annotations

import gzip
from dataclasses import asdict
from datetime import UTC, datetime

from sqlalchemy import select

from archive.db import Database
from archive.fingerprints import content_hash, signature
from archive.models import Article, IndexOutbox, Revision, SignatureBand
from pipelines.dedupe import DedupePipeline, find_original, signature_text
from pipelines.store import StoreBatch, ensure_source, register_store_batch, store_release
from scraper.items import ReleaseItem
from scraper.sources import SourceConfig
from tests.fakes import FakeStats

SOURCE = SourceConfig(id="bnpb", name="BNPB", base_url="https://bnpb.go.id", languages=["id"],
                      discovery=[{"kind": "listing", "start": "/berita", "links": "a"}])
TITLE = "Banjir Rendam Tiga Kecamatan di Kabupaten Bandung"
BODY = ("Banjir merendam tiga kecamatan di Kabupaten Bandung, Jawa Barat, pada Senin (10/3) setelah hujan "
        "deras mengguyur sejak sore. BPBD mencatat 1.250 rumah terdampak dan 312 warga mengungsi.\n\n"
        "Tim gabungan BPBD, TNI, Polri dan relawan mengevakuasi warga lanjut usia dan anak-anak ke posko "
        "pengungsian di balai desa. Logistik berupa makanan siap saji dan selimut telah disalurkan.\n\n"
        "BNPB mengimbau masyarakat di wilayah rawan banjir untuk tetap waspada karena curah hujan tinggi "
        "diperkirakan masih terjadi hingga akhir pekan.")


def stored(db, url: str, title: str, body: str) -> None:
    with db.session() as s:
        store_release(s, {"source": "bnpb", "url": url, "canonical_url": url, "language": "id", "title": title,
                          "body": body, "content_hash": content_hash(title, body),
                          "signature": signature(signature_text(title, body)).to_bytes(), "http_status": 200})


def test_repost_with_prefix_and_trimmed_paragraph_is_linked_to_the_original(database_url):
    db = Database(database_url)
    with db.session() as s:
        ensure_source(s, SOURCE)
    stored(db, "https://bnpb.go.id/berita/banjir-bandung", TITLE, BODY)
    stored(db, "https://bnpb.go.id/berita/gempa-cianjur", "Gempa Magnitudo 5,6 Guncang Cianjur",
           BODY.replace("Banjir merendam tiga kecamatan di Kabupaten Bandung", "Gempa mengguncang Cianjur")
           .replace("1.250", "4.012").replace("312", "1.870").replace("banjir", "gempa"))
    repost_body = "Jakarta (ANTARA) - " + BODY.rsplit("\n\n", 1)[0]
    with db.session() as s:
        found = find_original(s, "https://mirror.example/banjir", content_hash(TITLE, repost_body),
                              signature(signature_text(TITLE, repost_body)))
        assert found is not None and found[0] == 1 and found[1] >= 0.55
        unrelated = "Presiden meresmikan bendungan baru untuk irigasi sawah di Sulawesi Selatan. " * 5
        assert find_original(s, "https://x.example/y", content_hash("Bendungan", unrelated),
                             signature(signature_text("Bendungan", unrelated))) is None
        # The same canonical URL is a revision, never a duplicate of itself.
        assert find_original(s, "https://bnpb.go.id/berita/banjir-bandung", "other-hash",
                             signature(signature_text(TITLE, BODY))) is None


# --- batched writes ---------------------------------------------------------------------------------


class _Crawler:
    """What the dedupe step needs of a crawler: something to hang the store's batch on."""


def release(url: str, title: str, body: str, **extra) -> dict:
    """A release as the store receives it: every ``ReleaseItem`` field, the derived ones filled in."""
    data = asdict(ReleaseItem(source="bnpb", url=url, canonical_url=url, language="id", title=title, body=body,
                              fetched_at=datetime(2026, 3, 10, 8, 0, tzinfo=UTC)))
    data.update(content_hash=content_hash(title, body), signature=signature(signature_text(title, body)).to_bytes(),
                detected_language="id")
    data.update(extra)
    return data


def other_body(place: str) -> str:
    return (f"Gempa bumi mengguncang {place} pada Selasa pagi. Warga berhamburan keluar rumah dan belum ada "
            f"laporan korban jiwa.\n\nPetugas BPBD {place} mendata kerusakan bangunan dan menyiapkan tenda "
            "darurat di lapangan desa bagi warga yang rumahnya rusak berat.")


def varied_releases() -> list[dict]:
    """New releases, a repeat of a URL within the batch (changed and unchanged), missing optional
    fields, no signature, raw HTML, lists and dicts: everything ``store_release`` distinguishes."""
    return [
        release("https://bnpb.go.id/berita/a", TITLE, BODY, raw_html=b"<html>a</html>", tags=["banjir"],
                alternate_urls={"en": "https://bnpb.go.id/en/a"}, published_has_time=True,
                published_at=datetime(2026, 3, 10, 1, 0, tzinfo=UTC), author="Humas"),
        release("https://bnpb.go.id/berita/b", "Gempa Cianjur", other_body("Cianjur"), language=None, tags=None,
                author=None),
        release("https://bnpb.go.id/berita/a", TITLE + " (ralat)", BODY + "\n\nRalat: 1.260 rumah.",
                fetched_at=datetime(2026, 3, 11, 8, 0, tzinfo=UTC)),
        release("https://bnpb.go.id/berita/c", "Gempa Garut", other_body("Garut"), signature=None,
                duplicate_of=None, raw_html=b"<html>c</html>"),
        release("https://bnpb.go.id/berita/b", "Gempa Cianjur", other_body("Cianjur"),
                fetched_at=datetime(2026, 3, 12, 8, 0, tzinfo=UTC)),
    ]


def table_rows(db, model, skip: tuple[str, ...] = ()) -> list[dict]:
    """Every row of a table, in primary-key order (gzip members compared by content: their headers
    carry the time of compression)."""
    def value(row, key):
        v = getattr(row, key)
        return gzip.decompress(v) if key == "raw_html_gz" and v is not None else v

    with db.session() as s:
        return [{c.key: value(row, c.key) for c in model.__table__.columns if c.key not in skip}
                for row in s.scalars(select(model).order_by(*model.__table__.primary_key.columns))]


def test_a_batch_writes_exactly_what_one_transaction_per_release_writes(database_url, tmp_path, caplog):
    """Same rows in every table (ids included) as storing the releases one by one, same outcomes."""
    one_by_one = Database(f"sqlite:///{tmp_path / 'one_by_one.db'}")
    batched = Database(database_url)
    stats = FakeStats()
    for db in (one_by_one, batched):
        with db.session() as s:
            ensure_source(s, SOURCE)
    outcomes = []
    for data in varied_releases():
        with one_by_one.session() as s:
            outcomes.append(store_release(s, data))
    batch = StoreBatch(batched, stats, size=100)
    for data in varied_releases():
        batch.add(data)
    assert table_rows(batched, Article) == []  # nothing is written before the batch is due
    batch.flush()
    assert outcomes == ["new", "new", "updated", "new", "unchanged"]
    assert "retrying them one by one" not in caplog.text  # written as one batch, not by the fallback
    assert stats.values == {"siaran/new": 3, "siaran/updated": 1, "siaran/unchanged": 1}
    assert len(batch) == 0
    for model, skip in ((Article, ()), (Revision, ()), (SignatureBand, ()), (IndexOutbox, ("enqueued_at",))):
        assert table_rows(batched, model, skip) == table_rows(one_by_one, model, skip), model.__name__
    assert len(table_rows(batched, SignatureBand)) == 2 * 20  # c has no signature


def test_a_batch_is_due_on_size_and_on_age(database_url):
    db = Database(database_url)
    batch = StoreBatch(db, size=2, seconds=3600)
    assert not batch.due()
    batch.add(release("https://bnpb.go.id/berita/a", TITLE, BODY))
    assert not batch.due()
    batch.add(release("https://bnpb.go.id/berita/b", "Gempa Cianjur", other_body("Cianjur")))
    assert batch.due()
    aged = StoreBatch(db, size=100, seconds=0)
    assert not aged.due()  # an empty batch is never due
    aged.add(release("https://bnpb.go.id/berita/a", TITLE, BODY))
    assert aged.due()


def test_a_failing_batch_is_retried_one_release_at_a_time(database_url, caplog):
    """A release the database refuses (here: an unknown source) costs only itself."""
    db = Database(database_url)
    with db.session() as s:
        ensure_source(s, SOURCE)
    stats = FakeStats()
    batch = StoreBatch(db, stats)
    batch.add(release("https://bnpb.go.id/berita/a", TITLE, BODY))
    batch.add(release("https://nowhere.example/x", "Gempa Garut", other_body("Garut"), source="nowhere"))
    batch.add(release("https://bnpb.go.id/berita/b", "Gempa Cianjur", other_body("Cianjur")))
    batch.flush()
    assert [r["canonical_url"] for r in table_rows(db, Article)] == ["https://bnpb.go.id/berita/a",
                                                                     "https://bnpb.go.id/berita/b"]
    assert stats.values == {"siaran/new": 2}
    assert "could not store https://nowhere.example/x" in caplog.text


def _dedupe(db, batch: StoreBatch) -> DedupePipeline:
    crawler = _Crawler()
    register_store_batch(crawler, batch)
    return DedupePipeline(db.url, FakeStats(), crawler)


def test_dedupe_links_a_repost_to_an_original_still_waiting_in_the_batch(database_url):
    db = Database(database_url)
    with db.session() as s:
        ensure_source(s, SOURCE)
    batch = StoreBatch(db, size=100)
    batch.add(release("https://bnpb.go.id/berita/b", "Gempa Cianjur", other_body("Cianjur")))
    batch.add(release("https://bnpb.go.id/berita/banjir-bandung", TITLE, BODY))
    dedupe = _dedupe(db, batch)
    repost = {"url": "https://mirror.example/banjir", "title": TITLE,
              "body": "Jakarta (ANTARA) - " + BODY.rsplit("\n\n", 1)[0]}
    dedupe.process_item(repost)
    assert repost["duplicate_of"] == 2 and repost["duplicate_similarity"] >= 0.55
    assert len(batch) == 0  # written so that the original has its id
    # An unrelated release does not make the store write its batch early.
    batch.add(release("https://bnpb.go.id/berita/c", "Gempa Garut", other_body("Garut")))
    unrelated = {"url": "https://x.example/y", "title": "Bendungan",
                 "body": "Presiden meresmikan bendungan baru untuk irigasi sawah di Sulawesi Selatan. " * 5}
    dedupe.process_item(unrelated)
    assert unrelated.get("duplicate_of") is None and len(batch) == 1


def test_dedupe_judges_an_original_by_its_waiting_revision(database_url):
    """The stored text matches the re-post, but a waiting revision replaces it with another text:
    as with one transaction per release, the re-post is then not a duplicate of it."""
    db = Database(database_url)
    with db.session() as s:
        ensure_source(s, SOURCE)
        store_release(s, release("https://bnpb.go.id/berita/banjir-bandung", TITLE, BODY))
    batch = StoreBatch(db, size=100)
    batch.add(release("https://bnpb.go.id/berita/banjir-bandung", "Gempa Cianjur", other_body("Cianjur")))
    repost = {"url": "https://mirror.example/banjir", "title": TITLE, "body": BODY}
    _dedupe(db, batch).process_item(repost)
    assert repost.get("duplicate_of") is None
    assert len(batch) == 0
