"""Files of a release survive a crawl killed between the store step and the attachments step: the store
writes the release's file URLs as ``pending`` links in the release's own transaction, and a later crawl reads
the pages of releases whose links are still pending without validators (archive.attachments.pending).
Store driven directly, on SQLite and PostgreSQL; the crawl side is in test_attachments_crawl.py."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from archive.attachments.pending import PENDING, reopen_unsettled
from archive.db import Database
from archive.models import Article, ArticleAttachment
from pipelines.store import ensure_source
from tests.integration.module_database import PARAMS, module_database
from tests.integration.test_integrity_store import AGENCY, ORIGINAL_URL, Pipeline, item

FILES = ["https://bnpb.go.id/berkas/laporan.pdf", "https://bnpb.go.id/berkas/laporan.pdf", "mailto:humas@bnpb.go.id",
         "https://bnpb.go.id/berkas/peta.pdf"]


@pytest.fixture(params=PARAMS)
def db(request, tmp_path):
    with module_database(request.param, tmp_path) as url:
        database = Database(url)
        with database.session() as s:
            ensure_source(s, AGENCY)
        yield database
        database.dispose()


def store(db: Database, *releases, track_links: bool = True) -> None:
    """dedupe -> store as in a crawl, the attachments step running (``track_links``) or not; then written."""
    pipeline = Pipeline(db)
    pipeline.batch.track_links = track_links
    for release in releases:
        pipeline.process(release)
    pipeline.batch.flush()


def links(db: Database) -> dict[str, str]:
    with db.session() as s:
        return {r.url: r.status for r in s.scalars(select(ArticleAttachment))}


def test_the_store_writes_a_releases_files_as_pending_links_with_the_release(db):
    store(db, item("bnpb", ORIGINAL_URL, attachments=FILES))
    assert links(db) == {"https://bnpb.go.id/berkas/laporan.pdf": PENDING, "https://bnpb.go.id/berkas/peta.pdf": PENDING}


def test_a_settled_link_is_never_turned_back_into_pending(db):
    store(db, item("bnpb", ORIGINAL_URL, attachments=FILES))
    with db.session() as s:
        settled = s.scalar(select(ArticleAttachment).where(ArticleAttachment.url.endswith("laporan.pdf")))
        settled.status = "failed"
    store(db, item("bnpb", ORIGINAL_URL, attachments=FILES))  # the same page read again
    assert links(db)["https://bnpb.go.id/berkas/laporan.pdf"] == "failed"


def test_without_the_attachments_step_nothing_is_marked(db):
    store(db, item("bnpb", ORIGINAL_URL, attachments=FILES), track_links=False)
    assert links(db) == {}


def test_a_release_with_pending_links_is_due_now_without_validators(db):
    store(db, item("bnpb", ORIGINAL_URL, attachments=FILES),
          item("bnpb", "https://bnpb.go.id/berita/lain", title="Rapat Koordinasi Penanggulangan Bencana",
               body="BNPB menggelar rapat koordinasi lintas lembaga di Jakarta. " * 12, day=11))
    now = datetime.now(UTC)
    assert reopen_unsettled(db, "bnpb", now) == 1
    with db.session() as s:
        pending, other = (s.scalar(select(Article).where(Article.url == u))
                          for u in (ORIGINAL_URL, "https://bnpb.go.id/berita/lain"))
        assert (pending.etag, pending.last_modified) == (None, None)
        assert pending.next_check_at.replace(tzinfo=pending.next_check_at.tzinfo or UTC) == now
        assert other.etag == '"bnpb-11"' and other.next_check_at != now
