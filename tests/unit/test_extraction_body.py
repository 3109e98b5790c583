"""Unit tests for the generic body on page shapes that trip a main-content extractor: a legacy portal's
layout tables with <br>-separated text, a kicker above the headline, a republisher's "Sumber:" credit."""

from __future__ import annotations

from scraper.extraction.cascade import extract

PARAGRAPHS = [
    ("Lembah Hijau – Bupati mencanangkan gerakan tanam pohon di daerah aliran sungai bersama pelajar, anggota "
    "TNI–Polri, dan kelompok tani hutan di Desa Sukamulya pada Rabu pagi."),
    ("Menurut Bupati, lahan kritis di hulu sungai mencapai 4.200 hektare dan menjadi penyebab utama banjir bandang "
    "yang melanda tiga kecamatan pada awal tahun."),
    ("Bibit yang ditanam terdiri atas mahoni, suren, alpukat, dan kopi sehingga selain menahan erosi juga memberi "
    "penghasilan bagi warga sekitar."),
]
TITLE = "Bupati Canangkan Gerakan Tanam Pohon di Daerah Aliran Sungai"


def test_legacy_table_layout_with_br_separated_text_gives_the_paragraphs_and_the_dateline():
    html = ("<html><head><title>DINAS KOMINFO KABUPATEN :: " + TITLE + "</title></head><body>"
            "<table width='900'><tr><td colspan='2'><img src='banner.jpg' alt='DINAS KOMINFO KABUPATEN'></td></tr>"
            "<tr><td width='180'><table><tr><td class='menuhead'>MENU UTAMA</td></tr>"
            "<tr><td><a href='index.php'>Beranda</a></td></tr><tr><td><a href='berita.php'>Berita</a></td></tr>"
            "</table></td><td width='720'><table>"
            f"<tr><td class='judul'><b>{TITLE}</b></td></tr>"
            "<tr><td class='tgl'><font size='1'>Rabu, 17-07-2024 08:12:40 | Dibaca: 312 kali</font></td></tr>"
            "<tr><td class='isi'><img src='2318.jpg' align='left'>\n" + "<br><br>\n".join(PARAGRAPHS) + "</td></tr>"
            "<tr><td><a href='javascript:history.back()'>&laquo; Kembali</a> | <a href='cetak.php'>Cetak</a></td></tr>"
            "</table><p class='subjudul'>BERITA LAINNYA</p><table><tr><td><a href='berita.php?id=2315'>Pelayanan "
            "Adminduk Jemput Bola</a> <font size='1'>15-07-2024</font></td></tr></table></td></tr>"
            "<tr><td colspan='2' class='footer'>Copyright &copy; 2010 - 2024 Diskominfo. All Rights Reserved.</td></tr>"
            "</table></body></html>")
    found = extract(html, "http://dinas.example/berita.php?id=2318")
    assert found.title == TITLE
    assert found.paragraphs == PARAGRAPHS
    assert found.date_source == "dateline" and found.published_at.isoformat() == "2024-07-17T01:12:40+00:00"


def test_kicker_above_the_headline_and_meta_row_below_it_are_not_body():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (f"<html><head><title>{TITLE} | ETCI</title></head><body><main><article>"
            f"<p class='kicker'>Press Release</p><h1>{TITLE}</h1><p class='byline'>Oleh Redaksi · 312 kali dibaca</p>"
            f"<div class='release-body'>{body}</div></article></main></body></html>")
    found = extract(html, "http://etci.example/news/1.html")
    assert found.paragraphs == PARAGRAPHS and found.published_at is None


def test_republishers_source_credit_link_is_part_of_the_text():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    credit = "<p class='sumber'><em><a href='https://dinas.example/berita/1'>Sumber: Humas Dinas Kominfo</a></em></p>"
    html = (f"<html><head><title>{TITLE} - Warta</title></head><body><div class='detail'><h1>{TITLE}</h1>"
            f"<div class='detail-text'>{body}{credit}</div></div></body></html>")
    found = extract(html, "http://warta.example/baca/1")
    assert found.paragraphs == [*PARAGRAPHS, "Sumber: Humas Dinas Kominfo"]
