"""The home page as the list of releases published as files (``pdf_releases``), probe-level.

A small agency site may have no "Siaran Pers" page at all: its home page is the table of its press releases
as PDF files. The home page counts as a file listing on the listing's terms (at least 3 PDF files, two
thirds of its entries, no other route showing HTML articles), and, being made of blocks, only when it
shows fewer than two HTML article links itself. An ordinary news home page that links an annual report or
two, or a download box beside its news teasers, is not a file listing.

Expected results, written before the probe took the home page into account: the home page of five
``.pdf`` files is proposed (pattern built from the files' folders), so is a home page of four
``/unduh?id=N`` links answering with a PDF (one link asked); a news home page of ten articles and two PDFs
is not (pattern the articles', nothing asked); a home page of five PDFs beside two news teasers is not (the
operator is told the file listing seen); a download box of three PDFs on the home page of a site whose
sitemap lists its HTML articles is not; when both the home page and a "Siaran Pers" page list the files,
the "Siaran Pers" page is the one named.

The probe runs against an in-memory site (``httpx.MockTransport``: no socket, no delay) with no sample
read: the decision is taken before the sample.
"""

from __future__ import annotations

import re

import httpx
import pytest

from scraper.probe.client import PoliteClient, ProbeError
from scraper.probe.entry import to_toml
from scraper.probe.pages import listing_candidates
from scraper.probe.site import probe_site
from scraper.sources import load_source_file

BASE = "https://bpcp.example.go.id"
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
FILES = [f"/uploads/siaran-pers/2026/SP-04{i}-judul-siaran-pers-nomor-{i}.pdf" for i in range(3)] + \
        [f"/uploads/siaran-pers/2025/SP-11{i}-judul-siaran-lama-{i}.pdf" for i in range(2)]
ARTICLES = [f"/berita/2026/judul-berita-kegiatan-nomor-{i}" for i in range(10)]
REPORTS = ["/uploads/laporan/laporan-kinerja-tahunan-2025.pdf", "/uploads/laporan/rencana-strategis-2025.pdf"]


def page(title: str, main: str, menu: str = '<a href="/profil">Profil</a> <a href="/kontak">Kontak</a>') -> str:
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title} | BPCP</title></head>'
            f'<body><nav><a href="/">Beranda</a> {menu}</nav><main>{main}</main>'
            '<footer>Hak cipta BPCP.</footer></body></html>')


def rows(links: list[str]) -> str:
    return "<table>" + "".join(f'<tr><td><a href="{u}">Siaran pers {i}</a></td><td><a href="{u}">Unduh (PDF)'
                               f'</a></td></tr>' for i, u in enumerate(links)) + "</table>"


def teasers(links: list[str]) -> str:
    return "<ul>" + "".join(f'<li><a href="{u}">Berita {i}</a></li>' for i, u in enumerate(links)) + "</ul>"


class Site:
    """A site in memory: path (with query) -> (content type, body); anything else 404. Logs the requests."""

    def __init__(self, routes: dict[str, tuple[str, bytes | str]]) -> None:
        self.routes = {"/robots.txt": ("text/plain", "User-agent: *\nDisallow: /admin/\n"), **routes}
        self.log: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path + (f"?{request.url.query.decode()}" if request.url.query else "")
        self.log.append(path)
        if path not in self.routes:
            return httpx.Response(404, text="<html><body>Tidak ditemukan</body></html>")
        content_type, body = self.routes[path]
        return httpx.Response(200, content=body.encode() if isinstance(body, str) else body,
                              headers={"Content-Type": content_type})

    def probe(self):
        client = PoliteClient(BASE, user_agent="SiaranTest/1.0", delay=0, transport=httpx.MockTransport(self))
        with client:
            return probe_site(BASE + "/", source_id="bpcp", sample_size=0, client=client)


HTML = "text/html; charset=utf-8"


def pdfs(paths: list[str], content_type: str = "application/pdf") -> dict[str, tuple[str, bytes]]:
    return {p: (content_type, PDF) for p in paths}


def test_a_home_page_that_is_a_table_of_pdf_files_is_proposed_with_a_pattern_from_the_files(tmp_path):
    site = Site({"/": (HTML, page("Siaran Pers", "<h1>Siaran Pers</h1>" + rows(FILES))), **pdfs(FILES)})
    report = site.probe()
    assert report.pdf_releases is True
    assert report.pdf_reason == "/ lists 5 PDF files, 0 HTML article links"
    assert [(r.kind, report.relative(r.url)) for r in report.routes] == [("listing", "/")]
    regex = re.compile(report.pattern.pattern)
    assert all(regex.search(BASE + f) for f in FILES)
    assert regex.search(BASE + "/uploads/siaran-pers/2027/SP-001-siaran-tahun-depan.pdf")  # next year's file
    for other in ("/", "/profil", "/kontak", *REPORTS):
        assert not regex.search(BASE + other), other
    text = to_toml(report.entry(), report.comments())
    assert "\npdf_releases = true\n" in text and '\nstart = "/"\n' in text
    (tmp_path / "bpcp.toml").write_text(text, encoding="utf-8")
    source = load_source_file(tmp_path / "bpcp.toml")
    assert source.pdf_releases and source.article_url_pattern == report.pattern.pattern


def test_a_home_page_of_download_links_answering_with_a_pdf_is_proposed():
    links = [f"/unduh?id={i}" for i in (12, 13, 14, 15)]
    site = Site({"/": (HTML, page("Beranda", "<h1>Siaran Pers</h1>" + rows(links))),
                 **pdfs(links, "application/octet-stream")})  # a PDF by its bytes only
    report = site.probe()
    assert report.pdf_releases is True
    assert report.pdf_reason == "/ lists 4 PDF files (4 download links answering with a PDF), 0 HTML article links"
    assert ("download link /unduh?id=12", "answers with a PDF") in report.tried
    assert sum(1 for p in site.log if p.startswith("/unduh")) == 1  # one link of the kind asked
    regex = re.compile(report.pattern.pattern)
    assert all(regex.search(BASE + u) for u in links) and regex.search(BASE + "/unduh?id=9999")
    assert not any(regex.search(BASE + p) for p in ("/", "/profil", "/unduh?id=x"))


def test_a_broken_first_download_link_does_not_decide_for_its_kind():
    """One file removed from the server (404) must not make a list of files look like no list: when the link asked
    gives no answer, the next link of the same kind is asked (expected result written before the change: proposed,
    two links asked, the first one's failure reported)."""
    links = [f"/unduh?id={i}" for i in (12, 13, 14, 15)]
    served = pdfs(links[1:], "application/pdf")
    site = Site({"/": (HTML, page("Beranda", "<h1>Siaran Pers</h1>" + rows(links))), **served})
    report = site.probe()
    assert report.pdf_releases is True
    assert ("download link /unduh?id=12", "HTTP 404") in report.tried
    assert ("download link /unduh?id=13", "answers with a PDF") in report.tried
    assert [p for p in site.log if p.startswith("/unduh")] == ["/unduh?id=12", "/unduh?id=13"]


def test_a_download_link_answering_html_decides_for_its_kind_without_asking_more():
    """A link that answers, with a page rather than a file, is the kind's answer: its siblings are not asked."""
    links = [f"/unduh?id={i}" for i in (12, 13, 14, 15)]
    landing = {u: (HTML, page("Unduh", "<p>Halaman unduhan</p>")) for u in links}
    site = Site({"/": (HTML, page("Beranda", "<h1>Siaran Pers</h1>" + rows(links))), **landing})
    with pytest.raises(ProbeError, match="download link /unduh.id=12: answers text/html"):
        site.probe()  # nothing else on the site: no listing of articles, no list of files
    assert [p for p in site.log if p.startswith("/unduh")] == ["/unduh?id=12"]


def test_a_news_home_page_with_ten_articles_and_two_pdfs_is_not_proposed():
    main = "<h2>Berita Terbaru</h2>" + teasers(ARTICLES) + "<h2>Dokumen</h2>" + rows(REPORTS)
    site = Site({"/": (HTML, page("Beranda", main)), **pdfs(REPORTS)})
    report = site.probe()
    assert report.pdf_releases is False and not report.pdf_reason
    regex = re.compile(report.pattern.pattern)
    assert all(regex.search(BASE + a) for a in ARTICLES)
    assert not any(regex.search(BASE + r) for r in REPORTS)
    assert [(r.kind, report.relative(r.url)) for r in report.routes] == [("listing", "/")]
    assert not any("file listing" in what for what, _ in report.tried)
    assert not any(p.startswith("/uploads/") for p in site.log)  # nothing asked


def test_a_home_page_with_news_teasers_beside_a_download_box_is_not_proposed():
    # Five PDFs beside two teasers are five sevenths of the entries, a list of files by the listing's terms;
    # but a home page is made of blocks, and two HTML articles on it are the site's news.
    main = "<h2>Berita</h2>" + teasers(ARTICLES[:2]) + "<h2>Unduhan</h2>" + rows(FILES)
    site = Site({"/": (HTML, page("Beranda", main)), **pdfs(FILES)})
    report = site.probe()
    assert report.pdf_releases is False
    why = "5 PDF files, 2 HTML article links; no pdf_releases: the home page / shows HTML articles"
    assert ("file listing /", why) in report.tried
    regex = re.compile(report.pattern.pattern)
    assert all(regex.search(BASE + a) for a in ARTICLES) and not any(regex.search(BASE + f) for f in FILES)


def test_a_download_box_on_the_home_page_of_a_site_whose_sitemap_lists_html_articles_is_not_proposed():
    sitemap = ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
               + "".join(f"<url><loc>{BASE}{a}</loc><lastmod>2026-07-0{i % 9 + 1}</lastmod></url>"
                         for i, a in enumerate(ARTICLES)) + "</urlset>")
    site = Site({"/": (HTML, page("Beranda", "<h2>Unduhan</h2>" + rows(FILES[:3]))),
                 "/sitemap.xml": ("application/xml", sitemap), **pdfs(FILES)})
    report = site.probe()
    assert report.pdf_releases is False
    why = "3 PDF files, 0 HTML article links; no pdf_releases: sitemap /sitemap.xml shows HTML articles"
    assert ("file listing /", why) in report.tried
    assert [(r.kind, report.relative(r.url)) for r in report.routes] == [("sitemap", "/sitemap.xml")]
    assert all(re.search(report.pattern.pattern, BASE + a) for a in ARTICLES)


def test_when_the_home_page_and_a_siaran_pers_page_both_list_the_files_the_siaran_pers_page_is_named():
    # The home page shows the five latest files, more than the listing's first page: the listing is still the
    # list (it has the pager and the older files).
    menu = '<a href="/siaran-pers">Siaran Pers</a> <a href="/profil">Profil</a>'
    pager = '<a rel="next" href="/siaran-pers?page=2">Berikutnya</a>'
    site = Site({"/": (HTML, page("Beranda", "<h2>Siaran pers terbaru</h2>" + rows(FILES), menu)),
                 "/siaran-pers": (HTML, page("Siaran Pers", rows(FILES[:4]) + pager, menu)),
                 "/siaran-pers?page=2": (HTML, page("Siaran Pers", rows(FILES[4:]), menu)), **pdfs(FILES)})
    report = site.probe()
    assert report.pdf_releases is True
    assert report.pdf_reason == "/siaran-pers lists 4 PDF files, 0 HTML article links"
    assert [(r.kind, report.relative(r.url)) for r in report.routes] == [("listing", "/siaran-pers")]
    assert all(re.search(report.pattern.pattern, BASE + f) for f in FILES)


def test_files_are_never_listing_candidates():
    html = ('<a href="/siaran-pers">Siaran Pers</a> <a href="/files/siaran-pers-1.pdf">Siaran pers 1</a> '
            '<a href="/berkas/rilis.PDF">Rilis</a>')
    assert listing_candidates(html, BASE + "/") == [BASE + "/siaran-pers"]
