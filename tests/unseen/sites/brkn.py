"""(a) WordPress with a custom theme: a research agency's site.

What makes it WordPress: ``/YYYY/MM/DD/slug/`` permalinks, ``/category/siaran-pers/page/N/`` with
``a.next.page-numbers``, ``/feed/`` (RSS 2.0), ``/wp-json/wp/v2/posts`` with ``X-WP-TotalPages``, core
sitemaps at ``/wp-sitemap.xml`` named in robots.txt, Yoast-style JSON-LD and ``article:published_time``.
What makes it hard: the visible date has no time (the time is in the metadata), ``<title>`` carries the site
name, date-archive links (``/2024/07/``) look like article links, and every page has a "Berita Populer"
sidebar, related posts, share buttons and a "Baca juga" insert in the body.
"""

from __future__ import annotations

import json
from html import escape

from tests.replicas.server import Reply, Request
from tests.unseen.sites.common import UnseenSite, iso_utc, p_tags, paragraphs, rfc822

SITE = "Badan Riset Kelautan Nasional"
PER_PAGE = 5


class BrknSite(UnseenSite):
    name = "brkn"
    robots = ("User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
              "Sitemap: {base}/wp-sitemap.xml\n")

    def route(self, request: Request) -> Reply | None:
        path = request.path
        if path in ("/", "/index.php"):
            return Reply(body=self.layout(SITE + " &#8211; Riset untuk Laut Indonesia", self.home()))
        if path == "/feed/":
            return Reply(body=self.feed(), content_type="application/rss+xml; charset=UTF-8")
        if path == "/wp-json/wp/v2/posts":
            return self.api(request)
        if path == "/wp-sitemap.xml":
            return Reply(body=self.sitemap_index(), content_type="application/xml; charset=UTF-8")
        if path == "/wp-sitemap-posts-post-1.xml":
            return Reply(body=self.urlset([a["path"] for a in self.articles]), content_type="application/xml")
        if path == "/wp-sitemap-posts-page-1.xml":
            return Reply(body=self.urlset(["/profil/", "/kontak/"]), content_type="application/xml")
        if path.startswith("/category/siaran-pers/"):
            rest = path.removeprefix("/category/siaran-pers/").strip("/")
            page = int(rest.split("/")[1]) if rest.startswith("page/") else 1
            return self.category(page)
        if path in ("/profil/", "/kontak/"):
            return Reply(body=self.layout(f"Profil &#8211; {SITE}", "<h1 class='page-title'>Profil</h1><p>BRKN "
                                          "adalah lembaga pemerintah yang melaksanakan riset kelautan.</p>"))
        if path in ("/2024/07/", "/2024/06/"):
            month = path.strip("/").replace("/", "-")
            items = [a for a in self.articles if a["date"].startswith(month)]
            return Reply(body=self.layout(f"Arsip &#8211; {SITE}", self.cards(items)))
        article = self.by_path.get(path)
        return Reply(body=self.article(article)) if article else None

    # -- pages -----------------------------------------------------------------------------------
    def layout(self, title: str, main: str, head: str = "") -> str:
        popular = "".join(f'<li><a href="{a["path"]}">{escape(a["title"])}</a></li>' for a in self.articles[:4])
        return f"""<!DOCTYPE html>
<html lang="id-ID">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Feed" href="{self.base}/feed/" />
<link rel="https://api.w.org/" href="{self.base}/wp-json/" />
<meta name="generator" content="WordPress 6.5.5" />
<link rel="stylesheet" href="/wp-content/themes/brkn-samudra/style.css?ver=2.3.1" />
{head}
</head>
<body class="wp-singular">
<div class="brkn-topbar">Selamat datang di laman resmi {SITE}</div>
<header class="brkn-header">
 <a class="brkn-logo" href="/"><img src="/wp-content/uploads/2023/01/logo-brkn.png" alt="BRKN"></a>
 <div class="brkn-sitename">BADAN RISET KELAUTAN NASIONAL</div>
 <nav class="brkn-menu"><ul>
  <li><a href="/">Beranda</a></li><li><a href="/profil/">Profil</a></li>
  <li><a href="/category/siaran-pers/">Siaran Pers</a></li><li><a href="/kontak/">Kontak</a></li>
 </ul></nav>
</header>
<div class="brkn-wrap">
<main class="brkn-main">
{main}
</main>
<aside class="brkn-sidebar">
 <section class="widget"><h3 class="widget-title">Berita Populer</h3><ul>{popular}</ul></section>
 <section class="widget"><h3 class="widget-title">Arsip</h3><ul>
  <li><a href="/2024/07/">Juli 2024</a></li><li><a href="/2024/06/">Juni 2024</a></li></ul></section>
</aside>
</div>
<footer class="brkn-footer">
 <p>Badan Riset Kelautan Nasional</p>
 <p>Jl. Pasir Putih No. 1, Ancol Timur, Jakarta Utara 14430 &middot; Telp. (021) 6471 0000</p>
 <p>&copy; 2024 Badan Riset Kelautan Nasional. Hak Cipta Dilindungi.</p>
</footer>
</body>
</html>"""

    def cards(self, items: list[dict]) -> str:
        return "\n".join(
            f'<article class="brkn-card"><a class="brkn-card__thumb" href="{a["path"]}"><img src="/wp-content/'
            f'uploads/thumb-{i}.jpg" alt=""></a><h2 class="brkn-card__title"><a href="{a["path"]}">'
            f'{escape(a["title"])}</a></h2><span class="brkn-card__date">{a["shown_date"]}</span>'
            f'<a class="brkn-card__more" href="{a["path"]}">Selengkapnya</a></article>'
            for i, a in enumerate(items))

    def home(self) -> str:
        return ('<section class="brkn-hero"><h2>Riset untuk Laut Indonesia</h2></section>'
                '<section class="brkn-latest"><h2>Siaran Pers Terbaru</h2>' + self.cards(self.articles[:3])
                + '<a class="brkn-all" href="/category/siaran-pers/">Lihat semua siaran pers</a></section>')

    def category(self, page: int) -> Reply | None:
        items = self.page_of(self.articles, page, PER_PAGE)
        if not items:
            return None
        last = self.pages(PER_PAGE)
        links = []
        for n in range(1, last + 1):
            href = "/category/siaran-pers/" + (f"page/{n}/" if n > 1 else "")
            links.append(f'<span aria-current="page" class="page-numbers current">{n}</span>' if n == page
                         else f'<a class="page-numbers" href="{self.base}{href}">{n}</a>')
        if page < last:
            links.append(f'<a class="next page-numbers" href="{self.base}/category/siaran-pers/page/{page + 1}/">'
                         "Berikutnya &raquo;</a>")
        main = ('<h1 class="archive-title">Siaran Pers</h1>' + self.cards(items)
                + '<nav class="navigation pagination"><div class="nav-links">' + "".join(links) + "</div></nav>")
        return Reply(body=self.layout(f"Siaran Pers &#8211; {SITE}", main))

    def article(self, a: dict) -> str:
        url = self.base + a["path"]
        ld = {"@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "@id": url, "url": url, "name": f'{a["title"]} - {SITE}'},
            {"@type": "Article", "@id": url + "#article", "headline": a["title"], "datePublished": iso_utc(a),
             "dateModified": iso_utc(a), "author": {"@type": "Person", "name": "Humas BRKN"},
             "publisher": {"@type": "Organization", "name": SITE}, "inLanguage": "id-ID"}]}
        head = (f'<link rel="canonical" href="{url}" />\n<meta property="og:locale" content="id_ID" />\n'
                f'<meta property="og:type" content="article" />\n'
                f'<meta property="og:title" content="{escape(a["title"])} - {SITE}" />\n'
                f'<meta property="og:url" content="{url}" />\n<meta property="og:site_name" content="{SITE}" />\n'
                f'<meta property="article:published_time" content="{iso_utc(a)}" />\n'
                f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld)}</script>')
        paras = paragraphs(a)
        related = [r for r in self.articles if r is not a][:3]
        if len(paras) > 2:  # a "Baca juga" insert after the second paragraph, as the theme's plugin does
            paras.insert(2, f'<strong>Baca juga:</strong> <a href="{related[0]["path"]}">'
                            f'{escape(related[0]["title"])}</a>')
        main = f"""<article class="brkn-single post type-post status-publish">
<nav class="brkn-breadcrumb"><a href="/">Beranda</a> &raquo; <a href="/category/siaran-pers/">Siaran Pers</a></nav>
<h1 class="brkn-single__title">{escape(a["title"])}</h1>
<div class="brkn-meta"><span class="brkn-meta__date">{a["shown_date"]}</span>
 <span class="brkn-meta__author">Humas BRKN</span> <span class="brkn-meta__cat">Siaran Pers</span></div>
<figure class="brkn-single__image"><img src="/wp-content/uploads/2024/07/foto-utama.jpg" alt=""></figure>
<div class="brkn-single__content">
{p_tags(paras)}
</div>
<div class="brkn-share">Bagikan: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
<div class="brkn-tags">Tag: <a href="/tag/riset/">riset</a> <a href="/tag/kelautan/">kelautan</a></div>
</article>
<section class="brkn-related"><h3>Berita Terkait</h3><ul>
{"".join(f'<li><a href="{r["path"]}">{escape(r["title"])}</a></li>' for r in related)}
</ul></section>"""
        return self.layout(f'{escape(a["title"])} &#8211; {SITE}', main, head)

    # -- machine-readable routes ----------------------------------------------------------------
    def feed(self) -> str:
        items = "".join(
            f'<item><title>{escape(a["title"])}</title><link>{self.base}{a["path"]}</link>'
            f'<dc:creator><![CDATA[Humas BRKN]]></dc:creator><pubDate>{rfc822(a)}</pubDate>'
            f'<category><![CDATA[Siaran Pers]]></category><guid isPermaLink="false">{self.base}/?p={100 + i}</guid>'
            f'<description><![CDATA[{a["body"][0][:150]}&#8230;]]></description></item>'
            for i, a in enumerate(self.articles))
        return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
                f'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{SITE}</title>'
                f'<link>{self.base}</link><language>id</language>{items}</channel></rss>')

    def api(self, request: Request) -> Reply:
        per_page, page = int(request.arg("per_page", "10")), int(request.arg("page", "1"))
        total = -(-len(self.articles) // per_page)
        if page > total:
            return Reply(400, json.dumps({"code": "rest_post_invalid_page_number"}),
                         content_type="application/json; charset=UTF-8")
        posts = [{"id": 100 + self.articles.index(a), "date_gmt": iso_utc(a)[:19], "link": self.base + a["path"],
                  "title": {"rendered": escape(a["title"])}}
                 for a in self.articles[(page - 1) * per_page: page * per_page]]
        return Reply(body=json.dumps(posts), content_type="application/json; charset=UTF-8",
                     headers={"X-WP-Total": str(len(self.articles)), "X-WP-TotalPages": str(total)})

    def sitemap_index(self) -> str:
        return ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/'
                f'sitemap/0.9"><sitemap><loc>{self.base}/wp-sitemap-posts-post-1.xml</loc></sitemap>'
                f'<sitemap><loc>{self.base}/wp-sitemap-posts-page-1.xml</loc></sitemap></sitemapindex>')

    def urlset(self, paths: list[str]) -> str:
        urls = "".join(f"<url><loc>{self.base}{p}</loc></url>" for p in paths)
        return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
