"""What counts as an edit (archive/changes.py) and what a re-check answer looks like (scraper/takedowns.py)."""

from __future__ import annotations

from archive.changes import comparable_text, edit_summary, is_meaningful_edit, side_by_side, strip_tracking
from scraper.takedowns import classify_page, redirect_gone

TITLE = "BNPT Gelar Rapat Koordinasi di Palu"
BODY = ("Palu – Badan Nasional Penanggulangan Terorisme menggelar rapat koordinasi dengan 40 perwakilan "
        "pemerintah daerah.\n\nKepala BNPT Boy Rafli Amar meminta sinergi semua pihak.\n\n"
        "Informasi lengkap: https://bnpt.go.id/agenda?id=12&utm_source=twitter&utm_medium=social")


def test_whitespace_and_case_changes_are_not_edits():
    spaced = BODY.replace(" ", "  ").replace("\n\n", "\n\n\n")
    assert not is_meaningful_edit(TITLE, BODY, TITLE.upper(), spaced)


def test_tracking_parameters_in_links_are_not_edits():
    other = BODY.replace("utm_source=twitter&utm_medium=social", "utm_source=facebook&fbclid=IwAR0xyz")
    assert not is_meaningful_edit(TITLE, BODY, TITLE, other)
    assert strip_tracking("https://x.go.id/a?id=12&utm_campaign=z&pk_kwd=q") == "https://x.go.id/a?id=12"


def test_tracking_parameters_in_attachments_are_not_edits():
    assert not is_meaningful_edit(TITLE, BODY, TITLE, BODY, ["https://x.go.id/f.pdf"],
                                  ["https://x.go.id/f.pdf?utm_source=wa"])


def test_furniture_lines_are_not_edits():
    with_furniture = BODY + "\n\nDilihat 1.234 kali\n\nBaca juga: BNPT Resmikan Kantor Baru\n\nBagikan: Facebook Twitter"
    later = BODY + "\n\nDilihat 1.502 kali\n\nBaca juga: Kunjungan Kerja ke Poso\n\nBagikan: Facebook Twitter"
    assert not is_meaningful_edit(TITLE, with_furniture, TITLE, later)
    assert not is_meaningful_edit(TITLE, BODY, TITLE, BODY + "\n\nTerakhir diperbarui 12 Mei 2024 10:31")


def test_a_changed_number_is_an_edit():
    assert is_meaningful_edit(TITLE, BODY, TITLE, BODY.replace("40 perwakilan", "42 perwakilan"))


def test_a_changed_name_is_an_edit():
    assert is_meaningful_edit(TITLE, BODY, TITLE, BODY.replace("Boy Rafli Amar", "Rycko Amelza Dahniel"))


def test_an_added_sentence_or_a_new_title_is_an_edit():
    assert is_meaningful_edit(TITLE, BODY, TITLE, BODY + "\n\nRalat: rapat diundur ke hari Jumat.")
    assert is_meaningful_edit(TITLE, BODY, TITLE.replace("Palu", "Poso"), BODY)


def test_a_changed_link_target_is_an_edit():
    assert is_meaningful_edit(TITLE, BODY, TITLE, BODY.replace("id=12", "id=13"))


def test_comparable_text_keeps_the_content_words():
    text = comparable_text(TITLE, BODY + "\n\nDilihat 99 kali")
    assert "40 perwakilan" in text and "dilihat" not in text and "utm_" not in text


def test_edit_summary_names_the_title_paragraphs_and_numbers():
    summary = edit_summary(TITLE, BODY, TITLE + " Tengah", BODY.replace("40", "42"))
    assert summary.startswith("title changed; 1 paragraph changed") and "40 → 42" in summary


def test_side_by_side_marks_the_changed_words_only():
    rows = side_by_side("Satu dua.\n\nHadir 40 orang di Palu.", "Satu dua.\n\nHadir 42 orang di Palu.\n\nBaru.")
    assert [r["op"] for r in rows] == ["equal", "replace", "insert"]
    assert [seg for seg in rows[1]["left"] if seg[1]] == [["40", True]]
    assert [seg for seg in rows[1]["right"] if seg[1]] == [["42", True]]
    assert rows[2]["right"] == [["Baru.", True]]


def page(title: str, h1: str, body: str = "") -> str:
    return f"<html><head><title>{title}</title></head><body><nav>Beranda Berita</nav><h1>{h1}</h1>{body}</body></html>"


def test_soft_404_is_recognised_by_its_headings():
    assert classify_page(page("Halaman tidak ditemukan", "404")).outcome == "gone"
    assert classify_page(page("BNPT", "Maaf, berita tidak ditemukan")).outcome == "gone"


def test_error_page_is_transient_not_gone():
    verdict = classify_page(page("Database Error", "Error establishing a database connection"))
    assert verdict.outcome == "transient" and verdict.reason.startswith("error page")
    assert classify_page("<html><body>Sedang dalam perbaikan. Silakan kembali lagi nanti.</body></html>").outcome \
        == "transient"


def test_a_release_whose_headline_says_not_found_is_still_the_release():
    headline = "Dua Korban Longsor Tidak Ditemukan"
    html = page(headline + " | BNPB", headline, "<p>" + "Tim SAR masih mencari. " * 100 + "</p>")
    assert classify_page(html, stored_title=headline).outcome == "page"


def test_a_long_article_page_is_the_page():
    assert classify_page(page(TITLE, TITLE, "<p>" + BODY * 5 + "</p>")).outcome == "page"


def test_redirects_to_home_or_listing_are_gone_others_are_moves():
    listing = {"/berita"}
    assert redirect_gone("http://x/berita/a", "http://x/", listing) == "redirected to the home page"
    assert redirect_gone("http://x/berita/a", "http://x/berita", listing) == "redirected to the listing /berita"
    assert redirect_gone("http://x/berita/a", "http://x/berita/a-baru", listing) is None
    assert redirect_gone("http://x/berita/a", "http://x/berita/a", listing) is None
