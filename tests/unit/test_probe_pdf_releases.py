"""The probe's rule for ``pdf_releases``: a listing whose entries are mostly PDF files (and few or no HTML
article links) is a list of releases published as files; an HTML listing with a PDF or two is not.

Expected results written before the rule existed: the files-only listing, and one with four files and two
articles, are file listings; five articles with one or three PDFs, and two lone PDFs, are not. Download
links without ``.pdf`` (``/unduh?id=N``, ``/download/N``, ``/files/get/N``, ``download.php?id=N``) count as files
only when their kind was seen answering with a PDF, and only on the same terms.
"""

from __future__ import annotations

import re

from scraper.probe.entry import to_toml
from scraper.probe.files import (
    FileListing,
    answers_pdf,
    download_groups,
    file_key,
    file_listing,
    infer_file_pattern,
    is_pdf_link,
)
from scraper.probe.patterns import PatternGuess
from scraper.probe.site import ProbeReport, Route
from scraper.sources import load_source_file

BASE = "https://bpcp.example.go.id"
NAV = [f"{BASE}/", f"{BASE}/profil", f"{BASE}/siaran-pers", f"{BASE}/kontak", f"{BASE}/siaran-pers?page=2"]
FILES = [f"{BASE}/uploads/siaran-pers/2026/SP-04{i}-judul-siaran-pers.pdf" for i in range(4)] + \
        [f"{BASE}/uploads/siaran-pers/2025/SP-11{i}-judul-lama.PDF" for i in range(2)]
ARTICLES = [f"{BASE}/berita/2026/judul-berita-nomor-{i}" for i in range(5)]
HTML_PATTERN = r"^https?://[^/]+/berita/\d{4}/[^/?#]+/?(?:[?#]|$)"


def test_pdf_links_and_pdf_answers_are_told_apart():
    assert is_pdf_link(FILES[0]) and is_pdf_link(FILES[-1])  # .PDF too
    assert is_pdf_link(f"{BASE}/berkas/a.pdf?v=2")
    assert not is_pdf_link(f"{BASE}/berita/pdf-baru") and not is_pdf_link(f"{BASE}/x.pdf.html")
    assert answers_pdf("application/pdf", b"%PDF-1.4\n...")
    assert answers_pdf("application/octet-stream", b"%PDF-1.7\n...")  # by its bytes
    assert not answers_pdf("text/html; charset=utf-8", b"<!DOCTYPE html><html></html>")
    assert not answers_pdf("application/pdf", b"")  # an empty answer is no document


def test_a_listing_of_files_with_no_html_articles_is_a_file_listing():
    found = file_listing(f"{BASE}/siaran-pers", NAV + FILES, None)
    assert isinstance(found, FileListing)
    assert found.files == tuple(FILES) and found.html_articles == 0
    assert "6 PDF files" in found.describe() and "0 HTML article links" in found.describe()
    # Menu links matching nothing do not count against it, whatever the HTML pattern is.
    assert file_listing(f"{BASE}/siaran-pers", NAV + FILES, HTML_PATTERN) == found


def test_files_with_a_few_html_articles_still_count_when_files_are_two_thirds():
    found = file_listing(f"{BASE}/siaran-pers", NAV + FILES[:4] + ARTICLES[:2], HTML_PATTERN)
    assert found is not None and found.html_articles == 2 and len(found.files) == 4


def test_an_html_listing_with_pdf_attachments_is_not_a_file_listing():
    assert file_listing(f"{BASE}/berita", NAV + ARTICLES + FILES[:1], HTML_PATTERN) is None
    assert file_listing(f"{BASE}/berita", NAV + ARTICLES + FILES[:3], HTML_PATTERN) is None  # 3 < 2 x 5
    assert file_listing(f"{BASE}/unduhan", NAV + FILES[:2], None) is None  # two files are not a list


def test_the_file_pattern_keeps_constant_folders_and_generalises_years():
    guess = infer_file_pattern(FILES)
    regex = re.compile(guess.pattern)
    assert guess.members == 6 and guess.example == FILES[0]
    assert all(regex.search(u) for u in FILES)
    assert regex.search(f"{BASE}/uploads/siaran-pers/2027/SP-001-siaran-tahun-depan.pdf")  # next year's file
    assert regex.search(f"{BASE}/uploads/siaran-pers/2026/SP-042-baru.pdf?v=3")
    for other in (f"{BASE}/uploads/laporan/2026/laporan-tahunan.pdf", f"{BASE}/uploads/siaran-pers/2026/foto.jpg",
                  f"{BASE}/profil", f"{BASE}/siaran-pers", f"{BASE}/uploads/siaran-pers/lampiran.pdf"):
        assert not regex.search(other), other


def test_files_in_folders_of_different_depths_share_their_leading_folder():
    files = [f"{BASE}/files/sp-1.pdf", f"{BASE}/files/2026/07/sp-2.pdf", f"{BASE}/files/arsip/sp-3.pdf"]
    regex = re.compile(infer_file_pattern(files).pattern)
    assert all(regex.search(u) for u in files) and not regex.search(f"{BASE}/dokumen/sp-4.pdf")


UNDUH = [f"{BASE}/unduh?id={i}" for i in (12, 13, 14)]
DOWNLOADS = [f"{BASE}/download/15", f"{BASE}/files/get/16", f"{BASE}/download.php?id=17"]


def test_download_links_are_grouped_by_kind_and_articles_menus_and_pagers_are_not_candidates():
    assert file_key(UNDUH[0]) == file_key(UNDUH[1]) == (("unduh",), ("id",))
    assert file_key(f"{BASE}/download/4") == file_key(DOWNLOADS[0]) != file_key(f"{BASE}/profil?id=3")
    groups = download_groups(NAV + ARTICLES[:1] + UNDUH + DOWNLOADS + FILES[:1], HTML_PATTERN)
    assert list(groups.values()) == [UNDUH, DOWNLOADS[:1], DOWNLOADS[1:2], DOWNLOADS[2:]]  # largest first


def test_download_links_count_as_files_only_when_their_kind_answered_with_a_pdf():
    links = NAV + UNDUH + DOWNLOADS[:1]
    assert file_listing(f"{BASE}/siaran-pers", links, None) is None  # by their paths, no files
    found = file_listing(f"{BASE}/siaran-pers", links, None, {file_key(UNDUH[0]), file_key(DOWNLOADS[0])})
    assert found is not None and found.files == tuple(UNDUH + DOWNLOADS[:1]) and found.by_answer == 4
    assert "4 PDF files (4 download links answering with a PDF), 0 HTML article links" == found.describe()
    # A download box of two such links beside the articles is not a list of files.
    assert file_listing(f"{BASE}/berita", NAV + ARTICLES + UNDUH[:2], HTML_PATTERN, {file_key(UNDUH[0])}) is None
    assert file_listing(f"{BASE}/unduhan", NAV + UNDUH[:2], None, {file_key(UNDUH[0])}) is None


def test_the_pattern_of_download_links_takes_each_kind_and_later_numbers():
    regex = re.compile(infer_file_pattern(UNDUH + DOWNLOADS + FILES[:1]).pattern)
    assert all(regex.search(u) for u in UNDUH + DOWNLOADS + FILES[:1])
    for later in (f"{BASE}/unduh?id=9999", f"{BASE}/download/3", f"{BASE}/files/get/1200",
                  f"{BASE}/download.php?id=1#x"):
        assert regex.search(later), later
    for other in (f"{BASE}/unduh?id=abc", f"{BASE}/unduh", f"{BASE}/download/", f"{BASE}/profil?id=3",
                  f"{BASE}/download/15/extra", f"{BASE}/siaran-pers?page=2", f"{BASE}/files/get/x-y-z.zip"):
        assert not regex.search(other), other


def test_the_written_entry_says_pdf_releases_and_loads(tmp_path):
    pattern = infer_file_pattern(FILES)
    report = ProbeReport(url=BASE + "/", base_url=BASE, source_id="bpcp", name="BPCP", languages=["id"],
                         pattern=pattern, pdf_releases=True,
                         pdf_reason="/siaran-pers lists 6 PDF files, 0 HTML article links")
    report.routes.append(Route("listing", f"{BASE}/siaran-pers", language="id", urls=FILES, articles=FILES))
    text = to_toml(report.entry(), report.comments())
    assert "\npdf_releases = true\n" in text
    assert any("pdf_releases" in c and "6 PDF files" in c for c in report.comments())
    assert "pdf_releases = true" in report.render().plain and "6 PDF files" in report.render().plain
    path = tmp_path / "bpcp.toml"
    path.write_text(text, encoding="utf-8")
    source = load_source_file(path)
    assert source.pdf_releases and source.article_url_pattern == pattern.pattern


def test_an_entry_without_the_evidence_does_not_say_pdf_releases():
    report = ProbeReport(url=BASE + "/", base_url=BASE, source_id="bpcp", name="BPCP", languages=["id"],
                         pattern=PatternGuess(HTML_PATTERN, ARTICLES[0], 5))
    report.routes.append(Route("listing", f"{BASE}/berita", language="id", urls=ARTICLES, articles=ARTICLES))
    assert "pdf_releases" not in to_toml(report.entry(), report.comments())
    assert "pdf_releases" not in report.render().plain
