"""Unit tests for scraper.extraction.headline: the headline from the agreement of <h1>, og:title, JSON-LD
and <title>, with the site name removed."""

from __future__ import annotations

import pytest

from scraper.extraction.cascade import extract
from scraper.extraction.headline import HeadlineCandidates, choose_headline, title_parts

HEADLINE = "Bank Indonesia Pertahankan Suku Bunga Acuan pada Level 6,25 Persen"
BODY = "".join(f"<p>Paragraf {n} siaran pers ini menjelaskan keputusan Rapat Dewan Gubernur secara rinci, "
               f"termasuk pertimbangan inflasi, nilai tukar, dan pertumbuhan ekonomi nasional.</p>" for n in range(4))


def page(head: str = "", body: str = "") -> str:
    return f"<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def test_title_parts_lists_every_run_of_parts_whole_title_first():
    assert title_parts("A | B :: C") == ["A | B :: C", "A | B", "B :: C", "A", "B", "C"]
    assert title_parts("BI-Rate Tetap 5,00%: Sinergi") == ["BI-Rate Tetap 5,00%: Sinergi"]


@pytest.mark.parametrize("separator", [" :: ", " | ", " - ", " – ", " — ", " » "])
def test_site_name_shared_with_og_site_name_is_removed_from_the_title(separator):
    found = HeadlineCandidates(title_tag=f"PORTAL BERITA PEMERINTAH{separator}{HEADLINE}",
                               site_names=["Portal Berita Pemerintah"])
    assert choose_headline(found) == HEADLINE


def test_site_name_is_the_title_part_the_h1_does_not_confirm():
    found = HeadlineCandidates(h1=[HEADLINE], title_tag=f"{HEADLINE} | Kementerian Komunikasi")
    assert choose_headline(found) == HEADLINE


def test_title_alone_without_site_information_keeps_its_longest_part():
    assert choose_headline(HeadlineCandidates(title_tag=f"Kemkominfo - {HEADLINE}")) == HEADLINE


def test_og_title_repeating_the_site_name_loses_to_the_h1():
    found = HeadlineCandidates(h1=[HEADLINE], og_title="Kementerian Keuangan",
                               title_tag=f"{HEADLINE} - Kementerian Keuangan", site_names=["Kementerian Keuangan"])
    assert choose_headline(found) == HEADLINE


def test_visible_h1_text_is_returned_when_the_sources_differ_only_in_punctuation():
    found = HeadlineCandidates(h1=["Presiden: “Setiap Rupiah Harus Kembali ke Rakyat”"],
                               og_title='Presiden: "Setiap Rupiah Harus Kembali ke Rakyat"')
    assert choose_headline(found) == "Presiden: “Setiap Rupiah Harus Kembali ke Rakyat”"


def test_portal_title_with_site_prefix_gives_the_headline_on_a_page():
    html = page(f"<title>PORTAL BERITA PEMERINTAH :: {HEADLINE}</title>"
                "<meta property='og:site_name' content='Portal Berita Pemerintah'>",
                f"<div class='isi'><h2>{HEADLINE}</h2>{BODY}</div>")
    assert extract(html, "http://portal.example/berita/1").title == HEADLINE


def test_h1_that_is_the_site_logo_loses_to_the_agreeing_candidates():
    html = page(f"<title>Kementerian Contoh | {HEADLINE}</title><meta property='og:title' content='{HEADLINE}'>",
                "<header><h1 class='site-title'><a href='/'>Kementerian Contoh</a></h1></header>"
                f"<main><article><h2 class='entry-title'>{HEADLINE}</h2>{BODY}</article></main>")
    assert extract(html, "http://kemen.example/berita/1").title == HEADLINE


def test_logo_h1_linking_home_without_a_class_is_still_the_site_name():
    html = page(f"<title>{HEADLINE} - Dinas Kominfo</title>",
                "<div id='top'><h1><a href='http://dinas.example/'>Dinas Kominfo</a></h1></div>"
                f"<div class='konten'><h3>{HEADLINE}</h3>{BODY}</div>")
    assert extract(html, "http://dinas.example/berita.php?id=3").title == HEADLINE


def test_jsonld_headline_agreeing_with_title_wins_over_a_section_h1():
    html = page(f'<title>{HEADLINE} | BI</title><script type="application/ld+json">'
                f'{{"@type": "NewsArticle", "headline": "{HEADLINE}"}}</script>',
                f"<h1>Siaran Pers</h1><div>{BODY}</div>")
    assert extract(html, "http://bi.example/sp/1").title == HEADLINE
