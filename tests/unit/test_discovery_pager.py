"""The next page of a listing, recognised from the pager's own links: no site-specific selectors."""

from __future__ import annotations

from scraper.discovery.pager import next_page_url, page_pattern, within_listing

BASE = "https://example.go.id"


def page(pager: str, extra: str = "") -> str:
    return (f"<html><head>{extra}</head><body><nav class='menu'><a href='/'>Beranda</a> <a href='/profil'>»</a></nav>"
            f"<div class='list'><a href='/berita/1/a-b-c'>A</a></div>{pager}</body></html>")


def test_rel_next_laravel():
    html = page('<ul class="pagination"><li><a class="page-link" href="https://example.go.id/berita?page=2">2</a></li>'
                '<li><a class="page-link" href="https://example.go.id/berita?page=2" rel="next">&rsaquo;</a></li></ul>')
    assert next_page_url(html, BASE + "/berita") == BASE + "/berita?page=2"


def test_relative_query_href_drupal_zero_based():
    html = page('<nav class="pager"><ul><li class="pager__item is-active"><a href="?page=0">1</a></li>'
                '<li class="pager__item pager__item--next"><a href="?page=1" rel="next">›</a></li></ul></nav>')
    assert next_page_url(html, BASE + "/id/berita") == BASE + "/id/berita?page=1"


def test_wordpress_next_class_and_head_link():
    html = page('<div class="nav-links"><a class="page-numbers" href="/category/x/page/2/">2</a>'
                '<a class="next page-numbers" href="/category/x/page/2/">Berikutnya &raquo;</a></div>')
    assert next_page_url(html, BASE + "/category/x/") == BASE + "/category/x/page/2/"
    head = page("", extra='<link rel="next" href="https://example.go.id/category/x/page/3/">')
    assert next_page_url(head, BASE + "/category/x/page/2/", BASE + "/category/x/") == BASE + "/category/x/page/3/"


def test_word_selanjutnya_on_a_php_script():
    html = page('Halaman : <b>1</b> <a href="berita.php?hal=2">2</a> <a href="berita.php?hal=2">Selanjutnya &raquo;</a>')
    assert next_page_url(html, BASE + "/berita.php") == BASE + "/berita.php?hal=2"


def test_bare_arrow_inside_the_listing_only():
    # The menu's "»" points outside the listing and is ignored; the pager's "»" is followed.
    html = page('<div class="paging"><a href="/terkini/2">&raquo;</a></div>')
    assert next_page_url(html, BASE + "/terkini") == BASE + "/terkini/2"
    assert next_page_url(page(""), BASE + "/terkini") is None


def test_numbered_links_only():
    html = page('<div>Halaman <a href="/arsip?p=1">1</a> <a href="/arsip?p=2">2</a> <a href="/arsip?p=3">3</a></div>')
    assert next_page_url(html, BASE + "/arsip?p=2", BASE + "/arsip", page_number=2) == BASE + "/arsip?p=3"
    assert next_page_url(html, BASE + "/arsip?p=3", BASE + "/arsip", page_number=3) is None


def test_last_page_and_previous_links_give_none():
    html = page('<a href="/berita?page=1" rel="prev">&laquo; Sebelumnya</a> <b>2</b>')
    assert next_page_url(html, BASE + "/berita?page=2", BASE + "/berita") is None


def test_within_listing():
    assert within_listing(BASE + "/berita?page=2", BASE + "/berita")
    assert within_listing(BASE + "/category/x/page/2/", BASE + "/category/x/")
    assert not within_listing(BASE + "/profil", BASE + "/berita")
    assert not within_listing("https://other.example/berita?page=2", BASE + "/berita")
    assert not within_listing(BASE + "/index.php?hal=2", BASE + "/berita.php")


def test_page_pattern_names_the_scheme():
    assert page_pattern(BASE + "/berita", BASE + "/berita?page=2") == "?page=N"
    assert page_pattern(BASE + "/berita.php", BASE + "/berita.php?hal=2") == "?hal=N"
    assert page_pattern(BASE + "/category/x/", BASE + "/category/x/page/2/") == "/page/N/"
    assert page_pattern(BASE + "/terkini", BASE + "/terkini/2") == "/N"
    assert page_pattern(BASE + "/terkini", BASE + "/lain") is None
