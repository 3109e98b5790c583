"""Unit tests for the body without the site's furniture (banner, footer line, share row, "Baca juga"),
and for the truncation flag."""

from __future__ import annotations

from scraper.extraction.cascade import extract
from scraper.extraction.furniture import FurnitureLearner, remove_furniture
from scraper.extraction.html_text import furniture_key
from scraper.extraction.truncation import is_truncated

TITLE = "Kementerian Contoh Salurkan Bantuan Pangan untuk Korban Banjir"
PARAGRAPHS = [
    ("Jakarta – Kementerian Contoh menyalurkan 40 ton beras dan kebutuhan pokok lain kepada warga terdampak banjir "
    "di tiga kabupaten, bekerja sama dengan pemerintah daerah dan relawan setempat."),
    ("Bantuan diberikan melalui posko yang dibuka selama dua minggu, dengan prioritas bagi lansia, anak-anak, dan "
    "penyandang disabilitas yang belum dapat kembali ke rumah mereka."),
    ("Menteri meminta seluruh jajaran memastikan bantuan sampai tepat sasaran dan melaporkan setiap kendala di "
    "lapangan secara terbuka kepada masyarakat."),
]
FOOTER = "Hak Cipta © 2024 Kementerian Contoh Republik Indonesia"
URL = "http://kemen.example/berita/bantuan-pangan"


def page(inside_content: str = "", after: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<!DOCTYPE html><html><head><title>{TITLE} | Kementerian Contoh</title></head><body>"
            "<div class='top'><a href='/'><img src='/logo.png' alt='Kementerian Contoh'></a></div>"
            "<ul class='menu'><li><a href='/'>Beranda</a></li><li><a href='/berita'>Berita</a></li></ul>"
            f"<div class='wrap'><h1>{TITLE}</h1><div class='meta'>Senin, 15 Juli 2024</div>"
            f"<div class='content'>{body}{inside_content}</div>{after}</div>"
            f"<footer><p>{FOOTER}</p><p>Jl. Medan Merdeka Barat No. 9, Jakarta Pusat</p></footer>"
            "</body></html>")


def test_body_is_the_release_paragraphs_only():
    assert extract(page(), URL).paragraphs == PARAGRAPHS


def test_footer_line_repeated_inside_the_content_area_is_not_body():
    found = extract(page(f"<p>{FOOTER}</p><p>Jl. Medan Merdeka Barat No. 9, Jakarta Pusat</p>"), URL)
    assert found.paragraphs == PARAGRAPHS


def test_share_row_and_read_also_links_are_not_body():
    extra = ("<p><strong>Baca juga:</strong> <a href='/berita/lain'>Menteri Tinjau Posko Pengungsian</a></p>"
             "<div class='bagikan'>Bagikan: <a href='#'>Facebook</a> <a href='#'>Twitter</a> <a href='#'>WhatsApp</a></div>")
    assert extract(page(extra), URL).paragraphs == PARAGRAPHS


def test_a_real_last_sentence_ending_in_a_link_is_kept():
    last = "Informasi lengkap mengenai penyaluran bantuan tersedia di laman resmi <a href='/bantuan'>bantuan</a>."
    found = extract(page(f"<p>{last}</p>"), URL)
    assert found.paragraphs[-1].startswith("Informasi lengkap mengenai penyaluran bantuan")


def test_headline_and_dateline_are_fields_not_body_paragraphs():
    found = extract(page(), URL)
    assert found.title == TITLE
    assert not any(p in (TITLE, "Senin, 15 Juli 2024") for p in found.paragraphs)


def test_remove_furniture_is_pure_and_matches_folded_lines():
    furniture = {furniture_key("HAK CIPTA © 2024 Kementerian Contoh")}
    paragraphs = ["Isi siaran.", "Hak cipta © 2024 Kementerian Contoh", "BERITA LAINNYA"]
    assert remove_furniture(paragraphs, furniture) == ["Isi siaran."]
    assert paragraphs == ["Isi siaran.", "Hak cipta © 2024 Kementerian Contoh", "BERITA LAINNYA"]


def test_learner_marks_a_line_seen_on_three_pages_and_recurring_title_parts():
    learner = FurnitureLearner()
    for n in range(3):
        assert furniture_key("Humas Kementerian Contoh") not in learner.lines()
        learner.observe(f"/berita/{n}", [f"Isi berita {n}.", "Humas Kementerian Contoh"],
                        [f"Judul {n} | Kementerian Contoh", f"Judul {n}", "Kementerian Contoh"])
    assert furniture_key("Humas Kementerian Contoh") in learner.lines()
    assert learner.site_names() == {"Kementerian Contoh"}
    learner.observe("/berita/0", ["Humas Kementerian Contoh"])  # the same page again does not count twice
    assert learner.lines() == {furniture_key("Humas Kementerian Contoh")}


def test_learnt_furniture_is_removed_at_the_edges_of_the_body():
    found = extract(page("<p>Portal Resmi Kementerian Contoh</p>"), URL,
                    furniture=frozenset({furniture_key("Portal Resmi Kementerian Contoh")}))
    assert found.paragraphs == PARAGRAPHS


# --- truncation ---------------------------------------------------------------------------------------


def test_page_cut_off_mid_word_without_closing_tags_is_truncated_and_keeps_what_arrived():
    full = page()
    cut = full[: full.index("lapangan secara terbuka") + len("lapangan secara ter")]
    found = extract(cut, URL)
    assert found.truncated is True
    assert found.paragraphs[:2] == PARAGRAPHS[:2] and found.paragraphs[-1].endswith("secara ter")


def test_complete_page_is_not_truncated():
    assert extract(page(), URL).truncated is False


def test_truncation_needs_both_signs():
    assert is_truncated("<html><body><p>Kalimat yang terpotong di teng", ["Kalimat yang terpotong di teng"])
    assert is_truncated("<html><body><p>Kalimat lengkap.</p><a hre", ["Kalimat lengkap."])
    assert not is_truncated("<html><body><p>Kalimat lengkap.</p>", ["Kalimat lengkap."])  # only tags missing
    assert not is_truncated("<html><body><p>Tanpa titik</p></body></html>", ["Tanpa titik"])
