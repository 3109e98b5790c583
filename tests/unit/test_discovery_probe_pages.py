"""What the probe reads from one page: announced feeds, WordPress, languages, listing links, and
JavaScript-only shells."""

from __future__ import annotations

from scraper.probe import pages
from scraper.probe.site import derive_id

URL = "https://dinas.example.go.id/"
HOME = """<html lang="id-ID"><head><title>Dinas Contoh &#8211; Melayani Sepenuh Hati</title>
<link rel="alternate" type="application/rss+xml" href="/feed/"><link rel="alternate" type="application/rss+xml"
href="/comments/feed/"><link rel="https://api.w.org/" href="/wp-json/">
<link rel="alternate" hreflang="en" href="https://dinas.example.go.id/en/"></head><body>
<nav><a href="/">Beranda</a> <a href="/profil">Profil</a> <a href="/category/siaran-pers/">Siaran Pers</a>
<a href="/berita">Berita</a> <a href="https://other.example/berita">Mitra</a> <a href="mailto:x@y">Surel</a></nav>
<a href="/berita/12/rapat-koordinasi-penanganan-banjir-bandang">Rapat</a></body></html>"""


def test_announced_feeds_wordpress_and_languages():
    assert pages.announced_feeds(HOME, URL) == [URL + "feed/", URL + "comments/feed/"]
    assert pages.is_wordpress(HOME) and not pages.is_wordpress("<html><body>plain</body></html>")
    assert pages.html_lang(HOME) == "id"
    assert pages.hreflang_urls(HOME, URL) == {"en": URL + "en/"}
    assert pages.language_sections([URL + "en/news/x", URL + "id/berita", URL + "profil"]) == {"en", "id"}


def test_site_links_stay_on_the_host():
    links = pages.site_links(HOME, URL)
    assert URL + "berita" in links and all(link.startswith(URL) for link in links)


def test_listing_candidates_prefer_release_lists_over_menu_pages_and_articles():
    candidates = pages.listing_candidates(HOME, URL)
    assert candidates[:2] == [URL + "category/siaran-pers/", URL + "berita"]
    assert URL + "profil" not in candidates
    assert not any("rapat-koordinasi" in c for c in candidates)


def test_javascript_shell_is_recognised_and_an_ordinary_page_is_not():
    shell = ('<html><head><script src="/js/app.js"></script></head><body><noscript>Enable JavaScript'
             '</noscript><div id="app"></div></body></html>')
    found = pages.js_only(shell, URL)
    assert found is not None and found.mount == "div#app" and found.links == 0
    assert "empty div#app" in found.describe()
    assert pages.js_only(HOME, URL) is None


def test_site_name_and_id():
    assert pages.site_name(HOME) == "Dinas Contoh"
    assert pages.site_name('<meta property="og:site_name" content="BNPT"><title>x</title>') == "BNPT"
    assert derive_id("www.bnpt.go.id") == "bnpt" and derive_id("humas-polri.go.id") == "humas_polri"
    assert derive_id("127.0.0.1") is None
