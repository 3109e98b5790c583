"""(d) Drupal 10, bilingual: a regulator with ``/id/berita`` and ``/en/news`` sections.

Drupal's views pager (0-based ``?page=N``, relative ``href="?page=1"``, ``rel="next"``), node pages with
``<time datetime>`` in UTC inside "Dikirim oleh ... pada", hreflang alternates between translations, a
language switcher, breadcrumbs, a tags field, "Powered by Drupal" footer; ``/`` redirects to ``/id``;
``/rss.xml`` lists only the Indonesian front-page items.
"""

from __future__ import annotations

from html import escape

from tests.replicas.server import Reply, Request
from tests.unseen.sites.common import UnseenSite, p_tags, paragraphs, rfc822

SITE = "Badan Pengawas Energi Terbarukan"
PER_PAGE = 3
SECTIONS = {"id": ("/id/berita", "Berita", "Beranda"), "en": ("/en/news", "News", "Home")}


class BpetSite(UnseenSite):
    name = "bpet"
    robots = ("# robots.txt (Drupal)\nUser-agent: *\nDisallow: /core/\nDisallow: /admin/\nDisallow: /user/login\n"
              "Disallow: /search/\nDisallow: /node/add/\n")

    def route(self, request: Request) -> Reply | None:
        path = request.path
        if path == "/":
            return Reply(302, "", headers={"Location": "/id"})
        if path in ("/id", "/en"):
            return Reply(body=self.front(path[1:]))
        if path == "/rss.xml":
            return Reply(body=self.rss(), content_type="application/rss+xml; charset=utf-8")
        for lang, (section, _, _) in SECTIONS.items():
            if path == section:
                page = request.arg("page", "0")
                return self.listing(lang, int(page)) if page.isdigit() else None
        if path in ("/id/profil", "/en/about"):
            lang = path[1:3]
            return Reply(body=self.layout(lang, "Profil", "<h1>Profil</h1><p>Tugas dan fungsi.</p>", path))
        article = self.by_path.get(path)
        return Reply(body=self.article(article)) if article else None

    def of(self, lang: str) -> list[dict]:
        return [a for a in self.articles if a["language"] == lang]

    def layout(self, lang: str, title: str, main: str, path: str, head: str = "") -> str:
        section, label, home = SECTIONS[lang]
        return f"""<!DOCTYPE html>
<html lang="{lang}" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<link rel="alternate" type="application/rss+xml" title="{SITE}" href="{self.base}/rss.xml" />
{head}
<title>{title} | {SITE}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk3p.css" />
</head>
<body class="path-node page-node-type-berita">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas">
<header class="site-header"><div class="site-branding"><a href="/{lang}" rel="home">{SITE}</a></div>
<nav class="menu--main"><ul class="menu">
 <li class="menu-item"><a href="/{lang}">{home}</a></li>
 <li class="menu-item"><a href="{section}">{label}</a></li>
 <li class="menu-item"><a href="/{lang}/{'profil' if lang == 'id' else 'about'}">{'Profil' if lang == 'id' else 'About'}</a></li>
</ul></nav>
<div class="language-switcher-language-url"><ul class="links">
 <li hreflang="id" class="id"><a href="/id" class="language-link" hreflang="id">Indonesia</a></li>
 <li hreflang="en" class="en"><a href="/en" class="language-link" hreflang="en">English</a></li>
</ul></div></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
{main}
</div></main>
<footer class="site-footer"><div class="region region-footer">
 <div class="block-footer-address"><p>{SITE}<br>Gedung Energi Lt. 5, Jl. Gatot Subroto Kav. 18, Jakarta 12950</p></div>
 <div class="block-powered">Powered by <a href="https://www.drupal.org">Drupal</a></div>
</div></footer>
</div>
</body>
</html>"""

    def teaser(self, a: dict) -> str:
        return (f'<div class="views-row"><article class="node node--view-mode-teaser"><h2><a href="{a["path"]}" '
                f'rel="bookmark"><span class="field--name-title">{escape(a["title"])}</span></a></h2>'
                f'<div class="node__meta"><time datetime="{a["datetime"]}">{a["shown_date"]}</time></div>'
                f'<div class="field--name-body"><p>{escape(a["body"][0][:120])}…</p></div></article></div>')

    def front(self, lang: str) -> str:
        heading = "Berita Terkini" if lang == "id" else "Latest News"
        more = "Selengkapnya" if lang == "id" else "More news"
        main = (f'<div class="views-element-container"><h2>{heading}</h2>'
                + "".join(self.teaser(a) for a in self.of(lang)[:2])
                + f'<div class="more-link"><a href="{SECTIONS[lang][0]}">{more}</a></div></div>')
        return self.layout(lang, SITE if lang == "id" else "Home", main, "/" + lang)

    def listing(self, lang: str, page: int) -> Reply | None:
        items = self.of(lang)
        rows = items[page * PER_PAGE:(page + 1) * PER_PAGE]
        if not rows and page > 0:
            return None
        last = -(-len(items) // PER_PAGE) - 1
        pager = ['<nav class="pager" role="navigation"><ul class="pager__items js-pager__items">']
        if page > 0:
            pager.append(f'<li class="pager__item pager__item--previous"><a href="?page={page - 1}" '
                         'title="Go to previous page" rel="prev"><span aria-hidden="true">‹</span></a></li>')
        for n in range(last + 1):
            active = " is-active" if n == page else ""
            pager.append(f'<li class="pager__item{active}"><a href="?page={n}" title="Go to page {n + 1}">{n + 1}</a></li>')
        if page < last:
            pager.append(f'<li class="pager__item pager__item--next"><a href="?page={page + 1}" title="Go to next page" '
                         'rel="next"><span class="visually-hidden">Next page</span><span aria-hidden="true">›</span>'
                         "</a></li>")
        pager.append("</ul></nav>")
        section, label, _ = SECTIONS[lang]
        main = f'<h1 class="page-title">{label}</h1><div class="view-content">' + "".join(
            self.teaser(a) for a in rows) + "</div>" + ("".join(pager) if last > 0 else "")
        return Reply(body=self.layout(lang, label, main, section))

    def article(self, a: dict) -> str:
        lang = a["language"]
        url = self.base + a["path"]
        head = f'<link rel="canonical" href="{url}" />\n<link rel="shortlink" href="{self.base}/node/{len(url)}" />'
        alternates = {lang: a["path"]}
        if a.get("translation"):
            alternates["en" if lang == "id" else "id"] = a["translation"]
        head += "".join(f'\n<link rel="alternate" hreflang="{k}" href="{self.base}{v}" />' for k, v in alternates.items())
        submitted = "Dikirim oleh" if lang == "id" else "Submitted by"
        on = "pada" if lang == "id" else "on"
        section, label, home = SECTIONS[lang]
        main = f"""<div class="block-system-breadcrumb-block"><nav class="breadcrumb"><ol>
<li><a href="/{lang}">{home}</a></li><li><a href="{section}">{label}</a></li></ol></nav></div>
<article data-history-node-id="{len(url)}" class="node node--type-berita node--view-mode-full">
<h1 class="title page-title"><span class="field field--name-title field--type-string">{escape(a["title"])}</span></h1>
<div class="node__meta"><span>{submitted} <span class="field--name-uid"><span>humas_bpet</span></span> {on}
 <span class="field--name-created"><time datetime="{a["datetime"]}" title="{a["shown_date"]}">{a["shown_date"]}</time></span></span></div>
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{p_tags(paragraphs(a))}
</div>
<div class="field field--name-field-tags field--label-inline"><div class="field__label">Tags</div>
<div class="field__items"><div class="field__item"><a href="/{lang}/taxonomy/term/4">{'Energi Terbarukan' if lang == 'id' else 'Renewable Energy'}</a></div></div></div>
</div>
</article>"""
        return self.layout(lang, escape(a["title"]), main, a["path"], head)

    def rss(self) -> str:
        items = "".join(f'<item><title>{escape(a["title"])}</title><link>{self.base}{a["path"]}</link>'
                        f'<description>{escape(a["body"][0][:150])}</description><pubDate>{rfc822(a)}</pubDate>'
                        f'<dc:creator>humas_bpet</dc:creator><guid isPermaLink="false">{i} at {self.base}</guid></item>'
                        for i, a in enumerate(self.of("id")[:3]))
        return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xml:base="' + self.base + '" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>' + SITE + '</title><link>'
                + self.base + '/</link><language>id</language>' + items + "</channel></rss>")
