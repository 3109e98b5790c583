"""End to end: the Setkab, BNPB and Polri replicas crawled through ``siaran crawl --source X`` (real Scrapy in
a subprocess, a real database, a real Meilisearch), checking what each site's traps do to the archive.

To keep the run short, Setkab and Polri are crawled once per module into SQLite and several tests read the
result; BNPB runs on both SQLite and PostgreSQL (the ``database_url`` fixture).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx
import pytest
from sqlalchemy import select

from archive.db import Database
from archive.models import Article, CrawlError, CrawlRun
from tests.conftest import crawl_env, run_siaran
from tests.replicas.bnpb.site import BnpbSite
from tests.replicas.polri.site import PolriSite
from tests.replicas.server import ReplicaServer
from tests.replicas.setkab.site import SetkabSite

SETKAB_ID, SETKAB_EN = 8, 4
BNPB_RELEASES = 8
POLRI_RELEASES = 7


@dataclass
class Crawled:
    env: dict
    db: Database
    server: ReplicaServer
    first: list = field(default_factory=list)  # the replica's request log of the first crawl
    second: list = field(default_factory=list)  # ... of a second crawl, where one was run

    def articles(self, **where) -> list[Article]:
        with self.db.session() as s:
            query = select(Article).filter_by(**where).order_by(Article.published_at)
            return list(s.scalars(query))


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.fixture(scope="module")
def setkab(tmp_path_factory, meili):
    """Setkab crawled twice. The replica caps the API at 3 posts a page (WordPress allows 100) so that the
    API discovery has several pages to walk."""
    tmp = tmp_path_factory.mktemp("setkab")
    with ReplicaServer(SetkabSite(api_max_per_page=3)) as server:
        env = {**crawl_env(tmp / "data", f"sqlite:///{tmp / 'siaran.db'}", meili), "SIARAN_SOURCE_URL_SETKAB": server.url}
        run_siaran("crawl", "--source", "setkab", env=env)
        first = list(server.log)
        server.clear_log()
        run_siaran("crawl", "--source", "setkab", env=env)
        yield Crawled(env, Database(env["SIARAN_DATABASE_URL"]), server, first, list(server.log))


@pytest.fixture(scope="module")
def polri(tmp_path_factory, meili):
    tmp = tmp_path_factory.mktemp("polri")
    with ReplicaServer(PolriSite()) as server:
        env = {**crawl_env(tmp / "data", f"sqlite:///{tmp / 'siaran.db'}", meili), "SIARAN_SOURCE_URL_POLRI": server.url}
        run_siaran("crawl", "--source", "polri", env=env)
        yield Crawled(env, Database(env["SIARAN_DATABASE_URL"]), server, list(server.log))


# -- Setkab -------------------------------------------------------------------------------------------

def test_setkab_stores_indonesian_releases_and_english_translations_with_their_language(setkab):
    assert len(setkab.articles(language="id")) == SETKAB_ID
    english = setkab.articles(language="en")
    assert len(english) == SETKAB_EN
    assert all("/en/" in a.canonical_url for a in english)
    assert "President Issues Regulation to Accelerate Free Nutritious Meal Program" in {a.title for a in english}
    assert all(a.detected_language == "en" for a in english)
    # No link from an English page to its original: nothing to pair by URL.
    assert all(not a.alternate_urls for a in english)


def test_setkab_dates_with_indonesian_month_names_on_both_languages(setkab):
    (en,) = [a for a in setkab.articles(language="en") if a.title.startswith("Cabinet Meeting Decisions")]
    assert en.published_at == utc(2025, 10, 14, 17)  # "Date 15 Oktober 2025", 00:00 WIB
    assert en.published_has_time is False
    (original,) = [a for a in setkab.articles(language="id") if a.title.startswith("Seskab: Hasil Sidang")]
    assert original.published_at == utc(2025, 10, 12, 17)  # "Dipublikasikan pada 13 Oktober 2025"
    assert (en.published_at - original.published_at).days == 2


def test_setkab_bodies_lose_translator_credits_latest_news_and_the_repeated_caption(setkab):
    for article in setkab.articles():
        for furniture in ("Translated by", "Reviewed by", "Latest News", "Berita Terkini", "Share:"):
            assert furniture not in article.body, (furniture, article.url)
        assert article.captions and article.captions[0] not in article.body
        assert article.extractor == "selectors"
    (meal,) = [a for a in setkab.articles(language="en") if "Nutritious Meal" in a.title]
    assert meal.captions == [("Elementary school students receive free nutritious meals in Jakarta. "
                             "(Photo: PR of Cabinet Secretariat/Rahmat)")]
    assert meal.body.endswith("(PR of Cabinet Secretariat/UN) (RI/EP)")


def test_setkab_skips_category_links_and_reads_robots_feed_and_api(setkab):
    paths = [r.path for r in setkab.first]
    assert "/category/pengumuman/" not in paths
    assert {"/robots.txt", "/category/berita/", "/en/category/news/", "/feed/"} <= set(paths)
    assert not [a for a in setkab.articles() if "pengumuman" in a.canonical_url]


def test_setkab_api_walks_to_the_announced_last_page_then_stops_at_known_posts(setkab):
    def api_pages(log):  # the listing of posts, not the nightly modified_after poll for edits
        return [r.arg("page") for r in log if r.path == "/wp-json/wp/v2/posts" and not r.arg("modified_after")]

    # 8 Indonesian posts, 3 a page: X-WP-TotalPages is 3, so page 4 (a 400 on WordPress) is never asked for.
    assert api_pages(setkab.first) == ["1", "2", "3"]
    request = next(r for r in setkab.first if r.path == "/wp-json/wp/v2/posts")
    assert request.arg("_fields") == "id,link,date_gmt,modified_gmt,title"
    # The second night: page 1 holds only known posts, so the walk ends there and no article is fetched.
    assert api_pages(setkab.second) == ["1"]
    polls = [r for r in setkab.second if r.path == "/wp-json/wp/v2/posts" and r.arg("modified_after")]
    assert [r.arg("page") for r in polls] == ["1"]  # the replica ignores the filter: no second page
    not_articles = ("/robots.txt", "/feed/", "/wp-json/", "/category/", "/en/category/")
    assert [r.path for r in setkab.second if not r.path.startswith(not_articles)] == []
    with setkab.db.session() as s:
        runs = list(s.scalars(select(CrawlRun).order_by(CrawlRun.id)))
        assert [r.counts["new"] for r in runs] == [SETKAB_ID + SETKAB_EN, 0]
        assert not list(s.scalars(select(CrawlError)))


def test_setkab_english_releases_are_indexed_as_english(setkab):
    """Asked of Meilisearch directly (the CLI search is covered elsewhere; a subprocess costs seconds)."""
    headers = {"Authorization": f"Bearer {setkab.env['MEILI_MASTER_KEY']}"} if setkab.env["MEILI_MASTER_KEY"] else {}
    with httpx.Client(base_url=setkab.env["MEILI_URL"], headers=headers, trust_env=False) as client:
        answer = client.post(f"/indexes/{setkab.env['SIARAN_INDEX']}/search",
                             json={"q": "nutritious meal", "filter": "language = en"})
        answer.raise_for_status()
        hits = answer.json()["hits"]
        assert hits and hits[0]["title"] == "President Issues Regulation to Accelerate Free Nutritious Meal Program"
        stats = client.get(f"/indexes/{setkab.env['SIARAN_INDEX']}/stats").json()
        assert stats["numberOfDocuments"] == SETKAB_ID + SETKAB_EN


# -- BNPB ---------------------------------------------------------------------------------------------

@pytest.fixture
def bnpb_by_host_name(tmp_path, meili, database_url):
    """The BNPB replica reached as ``bnpb.go.id`` and ``www.bnpb.go.id``: the crawler goes through the replica
    acting as an HTTP proxy, so links to the www. host and to the apex are real, different hosts."""
    with ReplicaServer(BnpbSite()) as server:
        env = {**crawl_env(tmp_path / "data", database_url, meili), "SIARAN_SOURCE_URL_BNPB": "http://bnpb.go.id",
               "http_proxy": server.url, "HTTP_PROXY": server.url, "no_proxy": "127.0.0.1,localhost",
               "NO_PROXY": "127.0.0.1,localhost"}
        run_siaran("crawl", "--source", "bnpb", env=env)
        yield Crawled(env, Database(database_url), server, list(server.log))


def test_bnpb_crawl_handles_host_variants_dates_slugs_and_word_junk(bnpb_by_host_name):
    crawled = bnpb_by_host_name
    articles = crawled.articles()
    assert len(articles) == BNPB_RELEASES
    canonical = [a.canonical_url for a in articles]
    assert len(set(canonical)) == BNPB_RELEASES
    assert all(u.startswith("https://bnpb.go.id/berita/") for u in canonical)  # no www., no index.php

    # The variants really were on the pages: both hosts and the front controller were requested ...
    hosts = {r.headers.get("Host") for r in crawled.first}
    assert hosts == {"bnpb.go.id", "www.bnpb.go.id"}
    assert any(r.path.startswith("/index.php/berita/") for r in crawled.first)
    # ... and the release linked twice (www. + index.php in the highlight, plain in its slot) was fetched once.
    gempa = [r for r in crawled.first if r.path.endswith("/gempa-magnitudo-5-6-guncang-kabupaten-cianjur-bpbd-lakukan-kaji-cepat")]
    assert len(gempa) == 1

    (update,) = [a for a in articles if "/-update-" in a.canonical_url]
    assert update.title == "[UPDATE] Sebanyak 3.900 Warga Mengungsi Akibat Banjir di Kabupaten Bekasi"
    assert update.published_at == utc(2025, 5, 10, 6, 13)  # "10 Mei 2025 | 13:13 WIB"
    assert update.published_has_time is True
    (garut,) = [a for a in articles if "garut" in a.canonical_url]
    assert garut.published_at == utc(2025, 4, 23, 23, 45)  # 06:45 WIB is the previous day in UTC

    (old,) = [a for a in articles if a.published_at.year == 2016]
    for junk in ("mso-", "MsoNormal", "Normal 0 false", "MicrosoftInternetExplorer", "<!--[if", "Style Definitions"):
        assert junk not in old.body, junk
    assert old.body.startswith("JAKARTA - Badan Nasional Penanggulangan Bencana (BNPB) menyosialisasikan")
    assert "Pedoman tersebut mengatur pembentukan pos komando" in old.body
    for article in articles:
        assert "Bagikan" not in article.body and "Berita Populer" not in article.body


# -- Polri --------------------------------------------------------------------------------------------

def test_polri_stores_every_news_item_of_the_paged_listing(polri):
    articles = polri.articles()
    assert len(articles) == POLRI_RELEASES
    assert {a.language for a in articles} == {"id"}
    assert all(a.extractor == "selectors" for a in articles)
    assert "Kapolri Pimpin Apel Gelar Pasukan Operasi Patuh 2026" in {a.title for a in articles}
    assert all(a.canonical_url.split("/news/detail/")[1].split("-")[0].isdigit() for a in articles)
    listing_pages = [r.arg("page") for r in polri.first if r.path == "/news/all"]
    assert listing_pages == ["1", "2", "3"]  # the pager's last page has no "next" arrow


def test_polri_dates_in_wib_wita_and_wit_are_stored_in_utc(polri):
    by_id = {a.canonical_url.split("/news/detail/")[1].split("-")[0]: a for a in polri.articles()}
    assert by_id["2454574"].published_at == utc(2026, 7, 9, 18, 42)  # Jumat, 10 Juli 2026 01:42 WIB
    assert by_id["2453655"].published_at == utc(2026, 7, 6, 11, 30)  # 19:30 WITA (UTC+8)
    assert by_id["2453120"].published_at == utc(2026, 7, 3, 22, 10)  # 07:10 WIT (UTC+9)
    assert all(a.published_has_time for a in by_id.values())


def test_polri_skips_infographic_tiles_and_keeps_only_the_article_text(polri):
    assert not [r for r in polri.first if r.path.startswith("/infografis")]
    (jatim,) = [a for a in polri.articles() if "2454574" in a.canonical_url]
    assert jatim.body.startswith("Humas Polri - Direktorat Reserse Narkoba Polda Jawa Timur")
    assert jatim.author == "Polda Jawa Timur"
    assert "Berita Lainnya" not in jatim.body and "kali dibaca" not in jatim.body
