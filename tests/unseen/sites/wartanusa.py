"""(f) An aggregator that republishes agencies' releases next to a few of its own.

``/terkini`` and ``/terkini/N`` lists whose only pager is a "»" link (no ``rel``, no text); articles
``/baca/YYYY/MM/DD/{id}/{slug}``. A republished release keeps the agency's text, ends with a
"Sumber: ..." credit line linking to the agency's page, and declares ``<link rel="canonical">`` to that page
on the agency's own host (another source). The aggregator's own dateline (when it reposted) and JSON-LD
``NewsArticle`` with its own date; "Baca Juga" inserts, an "Editor:" line, tags and "Berita Terkait".
"""

from __future__ import annotations

import json
from html import escape

from tests.replicas.server import Reply, Request
from tests.unseen.sites.common import UnseenSite, p_tags, paragraphs, when

SITE = "Warta Nusantara"
PER_PAGE = 3


class WartaNusaSite(UnseenSite):
    name = "wartanusa"
    robots = "User-agent: *\nDisallow: /cari\nDisallow: /api/\n"

    def __init__(self, origins: dict[str, str] | None = None) -> None:
        """``origins``: base URL of each republished agency's site (its canonical host)."""
        super().__init__()
        self.origins = origins or {}

    def original_url(self, a: dict) -> str | None:
        source = a.get("republished_from")
        if not source:
            return None
        return self.origins.get(source["site"], f"https://{source['site']}.example.go.id") + source["path"]

    def route(self, request: Request) -> Reply | None:
        path = request.path
        if path == "/":
            return Reply(body=self.layout(f"{SITE} - Portal Informasi Publik", self.home()))
        if path == "/terkini" or path.startswith("/terkini/"):
            rest = path.removeprefix("/terkini").strip("/")
            return self.listing(int(rest) if rest.isdigit() else 1) if rest.isdigit() or not rest else None
        if path in ("/nasional", "/daerah", "/infografis"):
            return Reply(body=self.layout(f"Kanal - {SITE}", "<h1>Kanal</h1>" + self.items(self.articles[:2])))
        article = self.by_path.get(path)
        return Reply(body=self.article(article)) if article else None

    def layout(self, title: str, main: str, head: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
<link rel="stylesheet" href="/assets/warta.css"></head>
<body>
<header class="masthead"><div class="logo"><a href="/">WARTA NUSANTARA</a></div>
<div class="tagline">Portal Informasi Publik &mdash; Berita Pemerintah Pusat dan Daerah</div>
<nav class="kanal"><a href="/">Beranda</a> <a href="/terkini">Terkini</a> <a href="/nasional">Nasional</a>
<a href="/daerah">Daerah</a> <a href="/infografis">Infografis</a></nav></header>
<div class="wrapper">{main}</div>
<footer class="foot"><p>Warta Nusantara &middot; Portal Informasi Publik</p>
<p>Redaksi: Jl. Medan Merdeka Barat No. 9, Jakarta Pusat &middot; redaksi@wartanusa.example.id</p>
<p>&copy; 2024 Warta Nusantara. Seluruh hak cipta dilindungi.</p></footer>
</body></html>"""

    def items(self, arts: list[dict]) -> str:
        return "".join(f'<div class="list-item"><a class="thumb" href="{a["path"]}"><img src="/img/{i}.jpg" alt=""></a>'
                       f'<h2><a href="{a["path"]}">{escape(a["title"])}</a></h2><span class="time">{a["shown_date"]}'
                       "</span></div>" for i, a in enumerate(arts))

    def home(self) -> str:
        return '<section class="headline">' + self.items(self.articles[:4]) + '</section><a href="/terkini">Indeks</a>'

    def listing(self, page: int) -> Reply | None:
        arts = self.page_of(self.articles, page, PER_PAGE)
        if not arts:
            return None
        pager = '<div class="paging">'
        if page > 1:
            pager += f'<a href="/terkini/{page - 1}" class="prev">&laquo;</a> '
        if page < self.pages(PER_PAGE):
            pager += f'<a href="/terkini/{page + 1}" class="next">&raquo;</a>'
        return Reply(body=self.layout(f"Berita Terkini - {SITE}", '<h1 class="judul-kanal">Terkini</h1>'
                                      + self.items(arts) + pager + "</div>"))

    def article(self, a: dict) -> str:
        original = self.original_url(a)
        url = self.base + a["path"]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
              "datePublished": when(a).isoformat(), "publisher": {"@type": "Organization", "name": SITE},
              "mainEntityOfPage": original or url}
        head = (f'<link rel="canonical" href="{original or url}">\n<meta property="og:title" content="{escape(a["title"])}">\n'
                f'<meta property="og:type" content="article">\n<script type="application/ld+json">{json.dumps(ld)}</script>')
        paras = paragraphs(a, skip_last=bool(original))
        related = [r for r in self.articles if r is not a][:3]
        if len(paras) > 2:
            paras.insert(1, f'<strong>Baca Juga:</strong> <a href="{related[0]["path"]}">{escape(related[0]["title"])}</a>')
        body = p_tags(paras)
        if original:
            body += f'\n<p class="sumber"><em><a href="{original}">{escape(a["credit"])}</a></em></p>'
        main = f"""<div class="detail">
<div class="kanal-label">{'Nasional' if not original else 'Rilis Instansi'}</div>
<h1 class="detail-title">{escape(a["title"])}</h1>
<div class="detail-info"><span class="author">Redaksi Warta</span> &middot; <span class="date">{a["shown_date"]}</span></div>
<div class="detail-img"><img src="/img/detail.jpg" alt=""><span class="caption">Ilustrasi. (Foto: Dok. Warta Nusantara)</span></div>
<div class="detail-text">
{body}
</div>
<div class="editor">Editor: Andi Saputra</div>
<div class="tags">Tag: <a href="/tag/pemerintah">pemerintah</a> <a href="/tag/rilis">rilis</a></div>
<div class="terkait"><h3>Berita Terkait</h3>{self.items(related)}</div>
</div>"""
        return self.layout(f'{escape(a["title"])} - {SITE}', main, head)
