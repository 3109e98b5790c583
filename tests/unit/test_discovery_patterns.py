"""The article URL pattern ``siaran sources add`` infers from the links it found on a site."""

from __future__ import annotations

import re

from scraper.probe.patterns import infer_article_pattern, segment_class

B = "http://127.0.0.1:8001"


def guess(urls: list[str], strong: set[str] | None = None) -> re.Pattern:
    found = infer_article_pattern(urls, strong)
    assert found is not None
    return re.compile(found.pattern)


def test_segment_classes():
    assert [segment_class(s) for s in ("2024", "07", "1287", "pemprov-salurkan-bantuan", "berita", "x.html")] == \
        ["year", "d2", "num", "slug", "word", "word"]


def test_laravel_id_and_slug_amid_menu_and_pager_links():
    urls = [B + "/", B + "/profil", B + "/berita", B + "/berita?page=2", B + "/berita?page=3",
            B + "/berita/1287/pemprov-salurkan-bantuan-benih", B + "/berita/1284/gubernur-resmikan-jembatan-baru",
            B + "/berita/1281/pengumuman-penutupan-sementara-layanan"]
    p = guess(urls)
    assert p.pattern == r"^https?://[^/]+/berita/\d+/[^/?#]+/?(?:[?#]|$)"
    assert p.search("https://nusaselatan.go.id/berita/1300/berita-baru-tahun-depan")
    assert not any(p.search(u) for u in urls[:5])


def test_wordpress_dates_generalise_and_archives_are_not_articles():
    urls = [B + "/2024/07/17/brkn-luncurkan-kapal-riset/", B + "/2024/07/15/kerja-sama-riset-terumbu-karang/",
            B + "/2024/07/", B + "/2024/06/", B + "/category/siaran-pers/", B + "/category/siaran-pers/page/2/",
            B + "/tag/riset/", B + "/profil/"]
    p = guess(urls)
    assert p.search("https://brkn.go.id/2025/01/03/laporan-tahunan-riset-kelautan/")  # next year's too
    assert not any(p.search(u) for u in urls[2:])


def test_query_string_ids_on_a_php_script():
    urls = [B + "/berita.php?id=2318", B + "/berita.php?id=2315", B + "/berita.php?hal=2", B + "/berita.php",
            B + "/index.php", B + "/cetak.php?id=2318&mode=print"]
    p = guess(urls)
    assert p.pattern == r"^https?://[^/]+/berita\.php\?id=\d+(?:&|#|$)"
    assert p.search(B + "/berita.php?id=9") and not p.search(B + "/berita.php?hal=2")


def test_two_language_sections_stay_paired():
    urls = [B + "/id/berita/bpet-tetapkan-tarif-acuan", B + "/id/berita/uji-kelayakan-pltb-sidrap",
            B + "/en/news/bpet-sets-reference-tariff", B + "/id/berita", B + "/en/news", B + "/id/profil"]
    p = guess(urls)
    assert p.search(B + "/en/news/another-english-release") and p.search(B + "/id/berita/rilis-baru-hari-ini")
    assert not p.search(B + "/id/news/mixed-up-section-name") and not p.search(B + "/id/berita")


def test_sitemap_entries_weigh_more_than_page_links():
    articles = [B + f"/news/2024/07/release-number-{i}-of-the-month.html" for i in range(3)]
    pages = [B + f"/about/team-member-number-{i}" for i in range(4)]
    p = guess(articles + pages, strong=set(articles))
    assert p.search(articles[0]) and not p.search(pages[0])


def test_no_item_shaped_urls():
    assert infer_article_pattern([B + "/", B + "/profil", B + "/kontak", B + "/berita?page=2"]) is None


def test_a_language_section_under_a_prefix_joins_the_unprefixed_one():
    # The Indonesian releases at the root, their English translations under /en/ with one more segment: one
    # group, each section paired with its own leading words (the smaller English group was left out).
    urls = [B + "/berita/index", B + "/berita/index/5", B + "/en/news/index", B + "/profil",
            *(B + f"/berita/detail/{n}/rilis-kementerian-nomor-{n}" for n in range(1200, 1206)),
            *(B + f"/en/news/detail/{n}/ministry-release-number-{n}" for n in range(1200, 1203))]
    p = re.compile(infer_article_pattern(urls).pattern)
    assert p.search(B + "/berita/detail/1300/rilis-baru-hari-ini")
    assert p.search(B + "/en/news/detail/1300/a-new-english-release")
    assert not p.search(B + "/en/berita/detail/1300/mixed-up-section") and not p.search(B + "/berita/index/5")
