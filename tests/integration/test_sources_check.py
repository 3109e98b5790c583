"""``siaran sources check`` against replicas: a source that matches its site passes; a redesigned
template is reported by the name of the selector that stopped matching; an unreachable site fails."""

from __future__ import annotations

from scraper.check import check_source
from scraper.sources import load_sources
from siaran.config import load_settings
from tests.replicas.bnpt.site import BnptSite
from tests.replicas.server import Reply, Request, Site


class RedesignedBnpt(BnptSite):
    """The BNPT site after a theme change: the headline class and the date markup are new."""

    def page(self, title: str, content: str, head: str = "") -> str:
        content = content.replace('class="post-title"', 'class="entry-title"').replace(
            '<span class="date">', '<span class="published">')
        return super().page(title, content, head)


def bnpt_at(url: str):
    return load_sources(overrides={})["bnpt"].with_base_url(url)


def test_source_matching_its_site_passes(replica):
    server = replica(BnptSite())
    report = check_source(bnpt_at(server.url))
    assert report.ok
    assert report.starts[0].status == 200 and len(report.starts[0].links) == 4
    assert report.article.date_parsed and report.article.missing == []
    assert "OK" in report.render().plain
    # One listing page and a sample of the articles it links (all 4 here), robots.txt asked first, our
    # User-Agent on every request.
    assert server.paths()[0] == "/robots.txt" and len(server.paths()) == 2 + 4
    assert len(report.articles) == 4 and report.counts() == {"title": 4, "date": 4, "body": 4, "language": 4}
    assert "sample of 4 articles: title 4/4, date 4/4, body 4/4, language 4/4" in report.render().plain
    assert all(r.headers.get("User-Agent") == load_settings().user_agent for r in server.log)


def test_redesigned_template_names_the_selectors_that_found_nothing(replica):
    server = replica(RedesignedBnpt())
    report = check_source(bnpt_at(server.url))
    assert not report.ok
    assert report.article.missing == ["title", "date"]
    # The generic steps may still read the dateline; the source fails anyway: its selectors are stale.
    assert report.missing_selectors() == ["title", "date"]
    rendered = report.render().plain
    assert "FAILED" in rendered and "selectors found nothing: title, date" in rendered


def test_unreachable_site_fails_with_the_reason():
    report = check_source(bnpt_at("http://127.0.0.1:9"))
    assert not report.ok and report.article is None
    assert "unreachable" in report.render().plain and "ConnectError" in report.starts[0].error


def test_cli_exit_code_follows_the_check(siaran, replica, tmp_path):
    good, bad = replica(BnptSite()), replica(RedesignedBnpt())
    env = {"SIARAN_DATA_DIR": str(tmp_path / "data"), "COLUMNS": "200"}
    ok = siaran("sources", "check", "--source", "bnpt", env={**env, "SIARAN_SOURCE_URL_BNPT": good.url})
    assert "bnpt OK" in ok.stdout
    failed = siaran("sources", "check", "--source", "bnpt", env={**env, "SIARAN_SOURCE_URL_BNPT": bad.url},
                    check=False)
    assert failed.returncode == 1 and "selectors found nothing: title, date" in failed.stdout


def unseen_source(sid: str, url: str, pattern: str, discovery: list[dict]):
    from scraper.sources import SourceConfig

    return SourceConfig(id=sid, name=sid, base_url=url, languages=["en"], article_url_pattern=pattern,
                        discovery=discovery)


def test_sitemap_index_with_gzip_children_is_followed(replica):
    from tests.unseen.sites.etci import EtciSite

    server = replica(EtciSite())
    source = unseen_source("etci", server.url, r"/news/\d{4}/\d{2}/[^/]+\.html$",
                           [{"kind": "sitemap", "language": "en", "start": "/sitemap_index.xml"}])
    report = check_source(source)
    start = report.starts[0]
    assert start.ok and len(start.links) == 7 and start.files > 2  # the index and its .xml.gz children
    assert any("news-2023.xml.gz" in e and "not gzip" in e for e in start.file_errors)
    assert report.ok and len(report.articles) == 5
    assert report.counts() == {"title": 5, "date": 5, "body": 5, "language": 5}
    rendered = report.render().plain
    assert "7 article links in" in rendered and "sample of 5 articles: title 5/5, date 5/5" in rendered


class NoticeFirst(Site):
    """A listing whose newest item is a photo-only notice (no body, no date); the others are releases."""

    def handle(self, request: Request) -> Reply | None:
        if request.path == "/robots.txt":
            return Reply(body="User-agent: *\nDisallow:\n", content_type="text/plain")
        if request.path == "/berita":
            links = "".join(f'<li><a href="/berita/{i}/rilis-nomor-{i}-hari-ini">Rilis {i}</a></li>' for i in range(4))
            return Reply(body=f"<html lang='id'><body><ul>{links}</ul></body></html>")
        if request.path.startswith("/berita/0/"):
            return Reply(body="<html lang='id'><body><h1>Galeri Kegiatan</h1><img src='/a.jpg'></body></html>")
        if request.path.startswith("/berita/"):
            text = " ".join(["Pemerintah daerah menyampaikan laporan kegiatan kepada masyarakat luas."] * 6)
            return Reply(body=f"<html lang='id'><body><article><h1>Rilis Hari Ini</h1><p class='date'>Senin, 15 "
                              f"Juli 2024</p><p>{text}</p><p>{text}</p></article></body></html>")
        return None


def test_a_notice_without_body_among_the_sample_does_not_fail_the_source(replica):
    server = replica(NoticeFirst())
    source = unseen_source("notice", server.url, r"/berita/\d+/", [{"kind": "listing", "start": "/berita"}])
    report = check_source(source)
    assert len(report.articles) == 4 and report.article.body_words == 0
    assert report.counts()["body"] == 3 and report.counts()["title"] == 4
    assert report.ok, report.render().plain
