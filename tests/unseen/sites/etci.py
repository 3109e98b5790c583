"""(e) An English-only news service reachable only through its sitemaps.

The home page and every unknown path answer 200 with the same JavaScript app shell (an empty
``<div id="app">``), so ``/feed``, ``/rss`` and ``/news`` look like pages but hold no links. Articles are
server-rendered for search engines and listed only in ``robots.txt`` -> ``/sitemap_index.xml`` -> monthly
``.xml.gz`` children (with ``<lastmod>``). The index also names broken children, as real ones do: a ``.gz``
that is not gzip, a sitemap of URLs on another host, and an unparseable file. Each article page repeats an
"About ETCI" box and a media contact (furniture), shows "Wednesday, 17 July 2024 – 14:30 WIB".
"""

from __future__ import annotations

import gzip
from html import escape

from tests.replicas.server import Reply, Request
from tests.unseen.sites.common import UnseenSite, p_tags, paragraphs

SITE = "ETCI News Service"
APP_SHELL = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>ETCI News Service</title>
<link href="/static/css/app.7c1e.css" rel="stylesheet"><script defer src="/static/js/chunk-vendors.8b1c.js"></script>
<script defer src="/static/js/app.3f2a9c.js"></script></head><body><noscript>We're sorry but ETCI News Service
doesn't work properly without JavaScript enabled. Please enable it to continue.</noscript><div id="app"></div>
</body></html>"""
BROKEN = {
    "/sitemaps/news-2023.xml.gz": "not gzip",
    "/sitemaps/partners.xml": "URLs on another host",
    "/sitemaps/legacy.xml": "unparseable",
}


class EtciSite(UnseenSite):
    name = "etci"
    robots = "User-agent: *\nDisallow: /api/\n\nSitemap: {base}/sitemap_index.xml\n"

    def months(self) -> list[str]:
        return sorted({a["path"].split("/")[2] + "-" + a["path"].split("/")[3] for a in self.articles}, reverse=True)

    def route(self, request: Request) -> Reply | None:
        path = request.path
        if path == "/sitemap_index.xml":
            children = [f"/sitemaps/news-{m}.xml.gz" for m in self.months()] + ["/sitemaps/pages.xml", *BROKEN]
            items = "".join(f"<sitemap><loc>{self.base}{c}</loc><lastmod>2024-07-17T08:00:00+00:00</lastmod>"
                            "</sitemap>" for c in children)
            return Reply(body='<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/'
                              f'schemas/sitemap/0.9">{items}</sitemapindex>', content_type="application/xml")
        if path.startswith("/sitemaps/news-") and path.removeprefix("/sitemaps/news-")[:7] in self.months():
            month = path.removeprefix("/sitemaps/news-")[:7]
            entries = [(a["path"], a["lastmod"]) for a in self.articles
                       if a["path"].startswith("/news/" + month.replace("-", "/"))]
            return Reply(body=gzip.compress(self.urlset(entries).encode()), content_type="application/x-gzip")
        if path == "/sitemaps/pages.xml":
            return Reply(body=self.urlset([("/about", None), ("/contact", None)]), content_type="application/xml")
        if path == "/sitemaps/news-2023.xml.gz":
            return Reply(body="Archive moved to the records server.", content_type="application/x-gzip")
        if path == "/sitemaps/partners.xml":
            return Reply(body=self.urlset([("https://partners.example.org/news/joint-statement.html", None)],
                                          absolute=True), content_type="application/xml")
        if path == "/sitemaps/legacy.xml":
            return Reply(body="\x00\x00 sitemap generator error 0x80004005", content_type="application/xml")
        article = self.by_path.get(path)
        if article:
            return Reply(body=self.article(article))
        if path.startswith(("/static/", "/api/")):
            return None
        return Reply(body=APP_SHELL)  # the single-page app answers every other path itself

    def urlset(self, entries: list[tuple[str, str | None]], absolute: bool = False) -> str:
        urls = "".join(f"<url><loc>{'' if absolute else self.base}{p}</loc>"
                       + (f"<lastmod>{lm}</lastmod>" if lm else "") + "<changefreq>never</changefreq></url>"
                       for p, lm in entries)
        return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'

    def article(self, a: dict) -> str:
        url = self.base + a["path"]
        return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{escape(a["title"])} | {SITE}</title>
<meta name="description" content="{escape(a["body"][0][:150])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(a["title"])}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{SITE}">
<link rel="canonical" href="{url}">
<link href="/static/css/app.7c1e.css" rel="stylesheet">
</head>
<body>
<header class="site-header"><a class="brand" href="/">ETCI <span>News Service</span></a>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a> <a href="/contact">Contact</a></nav></header>
<main class="container">
<article class="release">
<p class="kicker">Press Release</p>
<h1 class="release-title">{escape(a["title"])}</h1>
<p class="dateline">{a["shown_date"]}</p>
<div class="release-body">
{p_tags(paragraphs(a))}
</div>
</article>
<aside class="about-box"><h2>About ETCI</h2><p>The Energy Transition Council of Indonesia is a public advisory
body that coordinates planning for a just and affordable energy transition across ministries, regions and
state-owned enterprises.</p></aside>
<aside class="media-contact"><h2>Media contact</h2><p>Rina Kartika, Head of Communications, press@etci.example.id,
+62 21 5790 1100</p></aside>
</main>
<footer class="site-footer"><p>&copy; 2024 Energy Transition Council of Indonesia. All rights reserved.</p>
<p><a href="/privacy">Privacy</a> · <a href="/terms">Terms of use</a></p></footer>
<script defer src="/static/js/app.3f2a9c.js"></script>
</body>
</html>"""
