"""Stored raw HTML lets `siaran reprocess` rebuild releases without crawling; edits become revisions.
The crawls run their pipelines inline (SIARAN_PIPELINE_WORKERS=0): the worker process is not the subject."""

from __future__ import annotations

import gzip

from sqlalchemy import func, select

from archive.db import Database
from archive.models import Article, ArticleChange, Revision
from archive.reprocess import reprocess
from scraper.sources import load_sources
from tests.replicas.bnpt.site import BnptSite


def test_reprocess_rebuilds_from_stored_html_then_an_edit_becomes_a_revision_shown_as_a_diff(siaran, siaran_env,
                                                                                             replica):
    """One BNPT crawl serves both behaviours (the crawl is the slow part): reprocessing it without requests,
    then the agency's overnight correction found by a second crawl and shown by ``siaran show --revisions``."""
    site = BnptSite()
    server = replica(site)
    env = {**siaran_env, "SIARAN_SOURCE_URL_BNPT": server.url, "SIARAN_PIPELINE_WORKERS": "0"}
    siaran("crawl", "--source", "bnpt", "--no-index", env=env)
    db = Database(siaran_env["SIARAN_DATABASE_URL"])

    # -- reprocess rebuilds releases from the stored raw HTML, without a request --
    with db.session() as s:
        article = s.scalar(select(Article).where(Article.title.like("%Poso%")))
        revision = s.scalar(select(Revision).where(Revision.article_id == article.id))
        assert gzip.decompress(revision.raw_html_gz).startswith(b"<!DOCTYPE html>")
        # Simulate an extractor bug fixed since the crawl: the stored body lost its last paragraph.
        article.body, article.content_hash = article.body.rsplit("\n\n", 1)[0], "stale"
        article_id = article.id
    server.clear_log()
    result = reprocess(db, load_sources(overrides={}), "bnpt")
    assert server.log == []  # nothing was downloaded
    # 9 stored (the undated release included, see test_walking_skeleton): 1 repaired, 8 unchanged.
    assert result.outcomes.get("updated") == 1 and result.outcomes.get("unchanged") == 8
    with db.session() as s:
        repaired = s.get(Article, article_id)
        assert repaired.body.endswith("bekas konflik.")
        assert s.scalar(select(func.count()).select_from(Revision).where(Revision.article_id == article_id)) == 2
        # A re-extraction of stored HTML is a new revision, never an edit by the agency.
        assert s.scalar(select(func.count()).select_from(ArticleChange)) == 0
        assert repaired.last_edited_at is None

    # -- an edit by the agency becomes a revision, and show --revisions prints its diff --
    site.state = "v2"  # the agency corrects a release overnight
    siaran("crawl", "--source", "bnpt", "--no-index", "--full", env=env)
    with db.session() as s:
        edited = s.scalar(select(Article).where(Article.title.like("%Lingkungan Kampus%")))
        assert edited.revision_count == 2
        changes = s.scalars(select(ArticleChange)).all()
        assert [(c.article_id, c.kind) for c in changes] == [(edited.id, "edited")]  # the only real edit
        assert "1 paragraph added" in changes[0].detail
    shown = siaran("show", str(edited.id), "--revisions", env=env).stdout
    assert "+Ralat: jumlah perguruan tinggi yang hadir adalah 42 kampus" in shown
    assert "revision" in shown
