"""The store never overwrites what it holds: a foreign canonical is a duplicate hint, not an identity;
validators stay with the URL that sent them; a truncated copy never replaces a complete one; and the
original of a duplicate group is the publisher's release whatever order (or process) wrote the copies.
Store and dedupe steps driven directly, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime

from sqlalchemy import select

from archive.db import Database
from archive.fingerprints import content_hash, signature
from archive.models import Article, IndexOutbox, Revision
from pipelines.dedupe import DedupePipeline, signature_text
from pipelines.store import StoreBatch, ensure_source, register_store_batch
from scraper.items import ReleaseItem
from scraper.sources import SourceConfig
from tests.fakes import FakeStats

AGENCY = SourceConfig(id="bnpb", name="Badan Nasional Penanggulangan Bencana", base_url="https://bnpb.go.id",
                      languages=["id"], discovery=[{"kind": "listing", "start": "/berita", "links": "a"}])
AGGREGATOR = SourceConfig(id="warta", name="Warta Nusantara", base_url="https://warta.example", languages=["id"],
                          discovery=[{"kind": "listing", "start": "/berita", "links": "a"}], republishes=True)
ORIGINAL_URL = "https://bnpb.go.id/berita/banjir-bandung"
COPY_URL = "https://warta.example/berita/banjir-rendam-bandung"
TITLE = "Banjir Rendam Tiga Kecamatan di Kabupaten Bandung"
BODY = ("Banjir merendam tiga kecamatan di Kabupaten Bandung, Jawa Barat, pada Senin (10/3) setelah hujan "
        "deras mengguyur sejak sore. BPBD mencatat 1.250 rumah terdampak dan 312 warga mengungsi.\n\n"
        "Tim gabungan BPBD, TNI, Polri dan relawan mengevakuasi warga lanjut usia dan anak-anak ke posko "
        "pengungsian di balai desa. Logistik berupa makanan siap saji dan selimut telah disalurkan.\n\n"
        "BNPB mengimbau masyarakat di wilayah rawan banjir untuk tetap waspada karena curah hujan tinggi "
        "diperkirakan masih terjadi hingga akhir pekan.")
COPY_BODY = "WARTA NUSANTARA – " + BODY + "\n\nSumber: BNPB"


class Crawler:
    """What the dedupe step needs of a crawler: something to hang a store batch on."""


def item(source: str, url: str, title: str = TITLE, body: str = BODY, *, canonical: str | None = None,
         day: int = 10, **extra) -> ReleaseItem:
    return ReleaseItem(source=source, url=url, canonical_url=canonical or url, language="id", title=title, body=body,
                       published_at=datetime(2026, 3, day, 3, 0, tzinfo=UTC), fetched_at=datetime.now(UTC),
                       etag=f'"{source}-{day}"', last_modified="Tue, 10 Mar 2026 03:00:00 GMT",
                       raw_html=f'<html><head><link rel="canonical" href="{canonical or url}"></head></html>'.encode(),
                       **extra)


class Pipeline:
    """dedupe -> store for one crawler, as in a crawl (the batch is written when flushed)."""

    def __init__(self, db: Database) -> None:
        self.crawler = Crawler()
        self.reported: list[tuple[str, str, str]] = []
        self.batch = StoreBatch(db, FakeStats(), report=lambda *error: self.reported.append(error))
        register_store_batch(self.crawler, self.batch)
        self.dedupe = DedupePipeline(db.url, FakeStats(), self.crawler)

    def process(self, release: ReleaseItem) -> ReleaseItem:
        release = self.dedupe.process_item(release)
        self.batch.add(asdict(release))
        return release


def database(url: str) -> Database:
    db = Database(url)
    with db.session() as s:
        ensure_source(s, AGENCY)
        ensure_source(s, AGGREGATOR)
    return db


def row(db: Database, url: str) -> dict:
    with db.session() as s:
        article = s.scalar(select(Article).where(Article.canonical_url == url))
        revisions = [(r.title, r.body, r.url) for r in s.scalars(select(Revision).where(
            Revision.article_id == article.id).order_by(Revision.id))]
        return {**{c.key: getattr(article, c.key) for c in Article.__table__.columns}, "revisions": revisions}


def outbox(db: Database) -> set[int]:
    with db.session() as s:
        return set(s.scalars(select(IndexOutbox.article_id)))


def test_a_copy_with_a_foreign_canonical_is_linked_and_never_overwrites_the_original(database_url):
    db = database(database_url)
    pipeline = Pipeline(db)
    pipeline.process(item("bnpb", ORIGINAL_URL))
    pipeline.batch.flush()
    before = row(db, ORIGINAL_URL)
    copy = pipeline.process(item("warta", COPY_URL, body=COPY_BODY, canonical=ORIGINAL_URL, day=11))
    pipeline.batch.flush()
    assert copy.canonical_url == COPY_URL  # keyed by its own URL, not the agency's
    assert row(db, ORIGINAL_URL) == before  # title, body, url, revisions, validators: untouched
    stored = row(db, COPY_URL)
    assert stored["duplicate_of_id"] == before["id"] and stored["source_id"] == "warta"
    assert stored["etag"] == '"warta-11"' and before["etag"] == '"bnpb-10"'


def test_the_agency_release_arriving_after_the_copy_is_elected_and_both_requeued(database_url):
    db = database(database_url)
    pipeline = Pipeline(db)
    pipeline.process(item("warta", COPY_URL, body=COPY_BODY, canonical=ORIGINAL_URL, day=9))  # earlier, even
    pipeline.batch.flush()
    copy_id = row(db, COPY_URL)["id"]
    with db.session() as s:
        s.query(IndexOutbox).delete()  # indexed meanwhile
    pipeline.process(item("bnpb", ORIGINAL_URL))
    pipeline.batch.flush()
    original, copy = row(db, ORIGINAL_URL), row(db, COPY_URL)
    assert original["duplicate_of_id"] is None and copy["duplicate_of_id"] == original["id"]
    assert outbox(db) == {copy_id, original["id"]}  # search drops the copy and shows the agency's release
    assert pipeline.batch.stats.values["siaran/originals_reelected"] == 1


def test_duplicates_of_a_demoted_original_follow_it_to_the_new_one(database_url):
    db = database(database_url)
    pipeline = Pipeline(db)
    pipeline.process(item("warta", COPY_URL, body=COPY_BODY, day=9))
    pipeline.batch.flush()
    second = pipeline.process(item("warta", COPY_URL + "-2", body=COPY_BODY + "\n\nBaca juga: banjir lain", day=9))
    pipeline.batch.flush()
    assert second.duplicate_of == row(db, COPY_URL)["id"]
    pipeline.process(item("bnpb", ORIGINAL_URL))
    pipeline.batch.flush()
    original_id = row(db, ORIGINAL_URL)["id"]
    assert row(db, COPY_URL)["duplicate_of_id"] == original_id
    assert row(db, COPY_URL + "-2")["duplicate_of_id"] == original_id  # a duplicate points at an original


def test_a_copy_waiting_in_another_crawlers_batch_is_seen(database_url):
    """One ``siaran crawl --source a --source b``: two crawlers, two batches, one process."""
    db = database(database_url)
    aggregator, agency = Pipeline(db), Pipeline(db)
    aggregator.process(item("warta", COPY_URL, body=COPY_BODY, day=9))
    found = agency.process(item("bnpb", ORIGINAL_URL))
    assert len(aggregator.batch) == 0 and found.duplicate_of == row(db, COPY_URL)["id"]  # flushed, then found
    agency.batch.flush()
    assert row(db, COPY_URL)["duplicate_of_id"] == row(db, ORIGINAL_URL)["id"]


def test_the_database_settles_copies_written_by_processes_that_could_not_see_each_other(database_url):
    """Two crawl processes each checked before the other wrote: both wrote an original. The write that
    comes second finds the first in the database and the group gets one original, the agency's."""
    first, second = database(database_url), Database(database_url)
    agency_batch, aggregator_batch = StoreBatch(first, FakeStats()), StoreBatch(second, FakeStats())
    for batch, release in ((agency_batch, item("bnpb", ORIGINAL_URL)),
                           (aggregator_batch, item("warta", COPY_URL, body=COPY_BODY, day=9))):
        data = asdict(release)
        data.update(content_hash=content_hash(data["title"], data["body"]),
                    signature=signature(signature_text(data["title"], data["body"])).to_bytes())
        batch.add(data)  # no dedupe lookup: neither saw the other
    agency_batch.flush()
    aggregator_batch.flush()
    assert row(first, COPY_URL)["duplicate_of_id"] == row(first, ORIGINAL_URL)["id"]
    assert row(first, ORIGINAL_URL)["duplicate_of_id"] is None


def test_a_truncated_copy_never_replaces_a_complete_one(database_url):
    db = database(database_url)
    pipeline = Pipeline(db)
    pipeline.process(item("bnpb", ORIGINAL_URL))
    pipeline.batch.flush()
    before = row(db, ORIGINAL_URL)
    cut = BODY[:BODY.index("Logistik")] + "Logis"
    pipeline.process(item("bnpb", ORIGINAL_URL, body=cut, day=10, truncated=True))
    pipeline.batch.flush()
    after = row(db, ORIGINAL_URL)
    assert after["body"] == BODY and after["revisions"] == before["revisions"] and not after["truncated"]
    assert after["etag"] == before["etag"]
    assert pipeline.reported == [(ORIGINAL_URL, "page cut off (truncated); the stored complete copy is kept", "truncated")]
    assert pipeline.batch.stats.values["siaran/kept_complete"] == 1


def test_a_truncated_copy_stored_first_is_replaced_by_the_next_complete_one(database_url):
    db = database(database_url)
    pipeline = Pipeline(db)
    cut = BODY[:BODY.index("Logistik")] + "Logis"
    pipeline.process(item("bnpb", ORIGINAL_URL, body=cut, truncated=True))
    pipeline.batch.flush()
    first = row(db, ORIGINAL_URL)
    assert first["truncated"] and first["body"] == cut
    assert first["etag"] is None  # a cut-off response's validators would turn the re-fetch into a 304
    pipeline.process(item("bnpb", ORIGINAL_URL))
    pipeline.batch.flush()
    second = row(db, ORIGINAL_URL)
    assert second["body"] == BODY and not second["truncated"] and second["revision_count"] == 2
    assert len(second["revisions"]) == 2 and second["etag"] == '"bnpb-10"'


def test_a_canonical_on_another_sources_row_is_not_an_identity(database_url):
    """Two sources on one host (an agency's English edition as its own source, say): a same-host
    canonical that another source already stores does not let this source update that row."""
    db = database(database_url)
    pipeline = Pipeline(db)
    pipeline.process(item("bnpb", ORIGINAL_URL))
    pipeline.batch.flush()
    before = row(db, ORIGINAL_URL)
    other = "https://bnpb.go.id/berita/banjir-bandung/cetak"
    pipeline.process(item("warta", other, title="Cetak: " + TITLE, canonical=ORIGINAL_URL))
    pipeline.batch.flush()
    assert row(db, ORIGINAL_URL) == before
    assert row(db, other)["source_id"] == "warta" and row(db, other)["duplicate_of_id"] == before["id"]
