"""(g) A Joomla 3 regency portal: a category blog ``/berita-daerah`` and SEF article URLs ``/{id}-{alias}.html``.

What makes it Joomla: ``<meta name="generator" content="Joomla! - ...">``, ``<html lang="id-id">``, a ``<base href>``
of the current URL, the category blog paginated with ``?start=N`` (5 per page: one leading item, three intro
items and one link-only item under "Artikel Lainnya"; pager "Awal / Sebelumnya / 1 2 / Selanjutnya / Akhir",
"Halaman 1 dari 2"; a ``start`` past the end shows the last page again, as Joomla's list model does), the
component's RSS and Atom feeds (``?format=feed&type=rss|atom``) linked from ``<head>`` of the category and of
the featured home page, and no sitemap. Articles use ``<div class="item-page">`` with the site name in the
header's ``<h1>`` and the headline in ``<h2 itemprop="headline">``, ``<dl class="article-info">`` with
"Ditulis oleh", "Kategori", "Diterbitkan: Kamis, 01 Februari 2024 06:30" in ``<time datetime>`` (local time,
+07:00) and, on some, "Diperbarui: ..." (dateModified), "Dilihat: N"; the full-text image's caption only in its
``title`` attribute (JCaption), TinyMCE paragraphs with ``<p>&nbsp;</p>`` spacers and inline images, a
bulleted list in one body, print and e-mail icons (``rel=nofollow``; the print view is ``noindex``),
prev/next article links, "Artikel Terkait", "Berita Terbaru" / "Berita Populer" modules, breadcrumbs, an
accessibility bar, a cookie notice and a footer with the address. Profile pages use the same article layout
without any article info.
"""

from __future__ import annotations

import base64
from html import escape

from tests.replicas.server import Reply, Request
from tests.unseen.sites.common import UnseenSite, iso_utc, rfc822

SITE = "Pemerintah Kabupaten Sinar Laut"
CATEGORY = "/berita-daerah"
CATEGORY_NAME = "Berita Daerah"
CATEGORY_DESC = "Berita kegiatan pemerintahan, pembangunan, dan kemasyarakatan di Kabupaten Sinar Laut."
LEADING, INTRO, LINKS = 1, 3, 1
LIMIT = LEADING + INTRO + LINKS
AUTHOR = "Admin Diskominfo"
HITS = {347: 312, 343: 1874, 338: 455, 334: 967, 329: 2210, 325: 538, 318: 1406, 312: 781}
MODIFIED = {  # "Diperbarui" (dateModified) shown next to the publication date
    343: ("Rabu, 13 Maret 2024 08:20", "2024-03-13T08:20:00+07:00"),
    329: ("Sabtu, 24 Februari 2024 07:05", "2024-02-24T07:05:00+07:00"),
}
CAPTIONS = {
    347: "Bupati Sinar Laut meninjau stan beras pada pembukaan pasar murah di Kecamatan Tanjung Sinar.",
    343: "Ilustrasi mahasiswa penerima Beasiswa Sinar Laut Cerdas tahun 2023.",
    338: "Rapat paripurna DPRD Kabupaten Sinar Laut, Selasa (5/3/2024).",
    334: "Alat berat memadatkan timbunan di ruas Jalan Lingkar Selatan.",
    329: "Petugas BPBD mengevakuasi warga Desa Pantai Indah menggunakan perahu karet.",
    325: "Petugas menyuntikkan vaksin PMK pada sapi milik peternak di Kecamatan Bontoa.",
    318: "Arak-arakan perahu hias dalam tradisi sedekah laut di Pelabuhan Tanjung Sinar.",
    312: "Petugas Disdukcapil merekam data KTP elektronik warga Pulau Sabutung.",
}
LISTS = {343: (2, 6)}  # body entries [start, end) rendered as <li> of one <ul>
SPACERS = {347, 338, 318}  # TinyMCE's <p>&nbsp;</p> after the first paragraph
INLINE_IMAGE = {343: 6, 329: 1}  # a second photo after body entry N, its src relative to <base href>
PAGES = {
    "/profil/sejarah": ("Sejarah Kabupaten Sinar Laut", [
        ("Kabupaten Sinar Laut dibentuk pada tahun 1959 berdasarkan undang-undang pembentukan daerah tingkat II "
        "di wilayah pesisir. Nama Sinar Laut diambil dari cahaya lampu perahu nelayan yang tampak dari bukit di "
        "ibu kota kabupaten pada malam hari."),
        ("Saat ini Kabupaten Sinar Laut terdiri atas 14 kecamatan, 126 desa, dan 11 kelurahan, termasuk 28 pulau "
        "berpenghuni."),
    ]),
    "/profil/visi-misi": ("Visi dan Misi", [
        "Visi: Terwujudnya Kabupaten Sinar Laut yang maju, sejahtera, dan religius berbasis potensi kelautan.",
        ("Misi: meningkatkan kualitas sumber daya manusia, memperkuat ekonomi pesisir, dan mewujudkan tata kelola "
        "pemerintahan yang bersih dan melayani."),
    ]),
    "/kebijakan-privasi": ("Kebijakan Privasi", [
        ("Situs ini menggunakan cookie untuk menyimpan preferensi tampilan dan menghitung jumlah kunjungan. Data "
        "tersebut tidak dibagikan kepada pihak ketiga."),
    ]),
}


def article_id(a: dict) -> int:
    return int(a["path"].split("/")[-1].split("-", 1)[0])


class KabSinarSite(UnseenSite):
    name = "kabsinar"
    robots = """# If the Joomla site is installed within a folder
# eg www.example.com/joomla/ then the robots.txt file
# MUST be moved to the site root
# eg www.example.com/robots.txt
# AND the joomla folder name MUST be prefixed to all of the
# paths.
# eg the Disallow rule for the /administrator/ folder MUST
# be changed to read
# Disallow: /joomla/administrator/
#
# For more information about the robots.txt standard, see:
# https://www.robotstxt.org/orig.html

User-agent: *
Disallow: /administrator/
Disallow: /bin/
Disallow: /cache/
Disallow: /cli/
Disallow: /components/
Disallow: /includes/
Disallow: /installation/
Disallow: /language/
Disallow: /layouts/
Disallow: /libraries/
Disallow: /logs/
Disallow: /modules/
Disallow: /plugins/
Disallow: /tmp/
"""

    def route(self, request: Request) -> Reply | None:
        path = request.path
        url = self.base + path + (("?" + "&".join(f"{k}={v[0]}" for k, v in request.query.items()))
                                  if request.query else "")
        if path in ("/", "/index.php"):
            if request.arg("format") == "feed":
                return self.feed(request.arg("type", "rss"), self.articles[:4], featured=True)
            return Reply(body=self.home(url))
        if path in (CATEGORY, "/index.php" + CATEGORY):
            if request.arg("format") == "feed":
                return self.feed(request.arg("type", "rss"), self.articles[:10], featured=False)
            start = request.arg("start") or request.arg("limitstart") or "0"
            return Reply(body=self.category(int(start) if start.isdigit() else 0, url))
        if path == "/pengumuman":
            return Reply(body=self.empty_category(url))
        if path in PAGES:
            return Reply(body=self.static(path, url))
        if path == "/kontak":
            return Reply(body=self.contact(url))
        if path == "/component/mailto/":
            return Reply(body=self.mailto(url))
        article = self.by_path.get(path) or self.by_path.get(path.removeprefix("/index.php"))
        if article is None:
            return self.error(url)
        if request.arg("tmpl") == "component" and request.arg("print") == "1":
            return Reply(body=self.print_view(article, url))
        return Reply(body=self.article(article, url))

    # --- page chrome -------------------------------------------------------------------------------------

    def head(self, title: str, url: str, extra: str = "", description: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="id-id" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="{escape(url)}" />
	<meta name="keywords" content="sinar laut, kabupaten sinar laut, pemkab sinar laut, berita daerah" />
	<meta name="rights" content="Pemerintah Kabupaten Sinar Laut" />
	<meta name="description" content="{escape(description or 'Portal Resmi Pemerintah Kabupaten Sinar Laut')}" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{title}</title>
{extra}	<link href="/templates/sinarlaut/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/media/jui/css/bootstrap.min.css?5c2e1f0a7b" rel="stylesheet" />
	<link href="/templates/sinarlaut/css/template.css?5c2e1f0a7b" rel="stylesheet" />
	<script src="/media/jui/js/jquery.min.js?5c2e1f0a7b"></script>
	<script src="/media/jui/js/jquery-noconflict.js?5c2e1f0a7b"></script>
	<script src="/media/system/js/caption.js?5c2e1f0a7b"></script>
	<script src="/media/jui/js/bootstrap.min.js?5c2e1f0a7b"></script>
	<script>
jQuery(window).on('load',  function() {{
				new JCaption('img.caption');
			}});
	</script>
</head>
"""

    def feed_links(self, href: str) -> str:
        return (f'	<link href="{href}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" '
                'title="RSS 2.0" />\n'
                f'	<link href="{href}?format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" '
                'title="Atom 1.0" />\n')

    def page(self, title: str, url: str, component: str, *, body_class: str, crumbs: list[tuple[str, str]],
             extra_head: str = "", active: str = "", description: str = "") -> str:
        crumb_items = ['<li>Anda di sini: &#160;</li>']
        for n, (label, href) in enumerate(crumbs, 1):
            if href:
                crumb_items.append(
                    f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                    f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{label}</span></a>'
                    f'<span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span>'
                    f'<meta itemprop="position" content="{n}"></li>')
            else:
                crumb_items.append(
                    f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" '
                    f'class="active"><span itemprop="name">{label}</span><meta itemprop="position" content="{n}">'
                    "</li>")
        latest = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{a["path"]}" itemprop="url">'
                         f'<span itemprop="name">{escape(a["title"])}</span></a></li>' for a in self.articles[:5])
        popular = sorted(self.articles, key=lambda a: -HITS[article_id(a)])[:5]
        mostread = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{a["path"]}" itemprop="url">'
                           f'<span itemprop="name">{escape(a["title"])}</span></a> <small>({HITS[article_id(a)]})'
                           "</small></li>" for a in popular)

        def item(item_id: int, label: str, href: str) -> str:
            cls = " current active" if label == active else ""
            return f'<li class="item-{item_id}{cls}"><a href="{href}">{label}</a></li>'

        return self.head(title, url, extra_head, description) + f"""<body class="site com_content {body_class} no-task itemid-102">
<div id="aksesibilitas" class="accessibility-bar" role="region" aria-label="Aksesibilitas">
	<span>Aksesibilitas:</span> <button type="button" data-size="-1">A-</button> <button type="button" data-size="0">A</button>
	<button type="button" data-size="1">A+</button> <button type="button" class="kontras">Kontras Tinggi</button>
	<button type="button" class="grayscale">Skala Abu-abu</button>
</div>
<div class="body" id="top">
<div class="container">
<header class="header" role="banner">
	<div class="header-inner clearfix">
		<a class="brand pull-left" href="/"><img src="/images/logo/logo-sinar-laut.png" alt="Logo Kabupaten Sinar Laut" /></a>
		<div class="site-title pull-left"><h1>{SITE}</h1><p class="site-description">Sinar Laut Maju, Sejahtera, dan Religius</p></div>
		<div class="header-search pull-right">
			<div class="search">
	<form action="/berita-daerah" method="post" class="form-inline" role="search">
		<label for="mod-search-searchword93" class="element-invisible">Cari ...</label> <input name="searchword" id="mod-search-searchword93" maxlength="200"  class="inputbox search-query input-medium" type="search" placeholder="Cari ..." />		<input type="hidden" name="task" value="search" />
		<input type="hidden" name="option" value="com_search" />
		<input type="hidden" name="Itemid" value="102" />
	</form>
</div>
		</div>
	</div>
</header>
<nav class="navigation" role="navigation">
	<div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Toggle Navigation</span><span class="icon-bar"></span></a></div>
	<div class="nav-collapse">
<ul class="nav menu nav-pills mod-list">
{item(101, "Beranda", "/")}<li class="item-103 deeper parent"><a href="/profil/sejarah">Profil</a><ul class="nav-child unstyled small">{item(104, "Sejarah", "/profil/sejarah")}{item(105, "Visi dan Misi", "/profil/visi-misi")}</ul></li>{item(102, CATEGORY_NAME, CATEGORY)}{item(106, "Pengumuman", "/pengumuman")}{item(107, "Kontak", "/kontak")}</ul>
	</div>
</nav>
<div class="moduletable">
<div aria-label="Breadcrumbs" role="navigation">
	<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">
{"".join(crumb_items)}
	</ul>
</div>
</div>
<div class="row-fluid">
	<main id="content" role="main" class="span9">
		<div id="system-message-container">
	</div>
{component}
	</main>
	<div id="aside" class="span3">
		<div class="well "><h3 class="page-header">Berita Terbaru</h3><ul class="latestnews mod-list">{latest}</ul></div>
		<div class="well "><h3 class="page-header">Berita Populer</h3><ul class="mostread mod-list">{mostread}</ul></div>
		<div class="well "><h3 class="page-header">Tautan</h3><div class="custom"><ul>
<li><a href="https://lpse.sinarlaut.example.go.id" target="_blank" rel="noopener noreferrer">LPSE Kabupaten Sinar Laut</a></li>
<li><a href="https://jdih.sinarlaut.example.go.id" target="_blank" rel="noopener noreferrer">JDIH Kabupaten Sinar Laut</a></li>
<li><a href="https://ppid.sinarlaut.example.go.id" target="_blank" rel="noopener noreferrer">PPID Kabupaten Sinar Laut</a></li>
</ul></div></div>
		<div class="well "><h3 class="page-header">Statistik Pengunjung</h3><div class="custom"><p>Hari ini: 1.204<br />Bulan ini: 38.912<br />Total: 1.482.330</p></div></div>
	</div>
</div>
</div>
</div>
<footer class="footer" role="contentinfo">
	<div class="container">
		<hr />
		<div class="custom footer-address"><p><strong>{SITE}</strong><br />Jl. Jenderal Sudirman No. 1, Tanjung Sinar, Kabupaten Sinar Laut 91611<br />Telp. (0410) 21001 | Faks. (0410) 21002</p>
<p>Dikelola oleh Dinas Komunikasi, Informatika, Statistik dan Persandian Kabupaten Sinar Laut</p></div>
		<p class="pull-right"><a href="#top" id="back-top">Kembali ke atas</a></p>
		<p>&copy; 2024 {SITE}</p>
	</div>
</footer>
<div id="cookie-notice" class="cookie-bar" role="dialog" aria-live="polite">Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda saat berkunjung. <button type="button" class="btn btn-small btn-primary">Saya Setuju</button> <a href="/kebijakan-privasi">Kebijakan Privasi</a></div>
<script src="/templates/sinarlaut/js/template.js?5c2e1f0a7b"></script>
</body>
</html>"""

    # --- article pieces ----------------------------------------------------------------------------------

    def info(self, a: dict, *, modified: bool) -> str:
        aid = article_id(a)
        mod = ""
        if modified and aid in MODIFIED:
            shown, iso = MODIFIED[aid]
            mod = f"""
			<dd class="modified">
				<span class="icon-calendar" aria-hidden="true"></span>
				<time datetime="{iso}" itemprop="dateModified">
					Diperbarui: {shown}				</time>
			</dd>"""
        return f"""<dl class="article-info muted">
			<dt class="article-info-term">
				Rincian							</dt>
			<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">
					Ditulis oleh <span itemprop="name">{AUTHOR}</span>	</dd>
			<dd class="category-name">
																		Kategori: <a href="{CATEGORY}" itemprop="genre">{CATEGORY_NAME}</a>							</dd>
			<dd class="published">
				<span class="icon-calendar" aria-hidden="true"></span>
				<time datetime="{a["datetime"]}" itemprop="datePublished">
					Diterbitkan: {a["shown_date"]}				</time>
			</dd>{mod}
			<dd class="hits">
					<span class="icon-eye-open" aria-hidden="true"></span>
					<meta itemprop="interactionCount" content="UserPageVisits:{HITS[aid]}" />
					Dilihat: {HITS[aid]}			</dd>
		</dl>"""

    @staticmethod
    def dateline(text: str) -> str:
        place, dash, rest = text.partition(" – ")
        if dash and place.isupper():
            return f"<strong>{escape(place, quote=False)}</strong> – {escape(rest, quote=False)}"
        return escape(text, quote=False)

    def article_body(self, a: dict) -> str:
        aid = article_id(a)
        body = a["body"]
        parts: list[str] = []
        list_start, list_end = LISTS.get(aid, (-1, -1))
        for n, text in enumerate(body):
            if n == list_start:
                parts.append("<ul>")
            if list_start <= n < list_end:
                parts.append(f"<li>{escape(text, quote=False)}</li>")
            else:
                html = self.dateline(text) if n == 0 else escape(text, quote=False)
                parts.append(f'<p style="text-align: justify;">{html}</p>')
            if n + 1 == list_end:
                parts.append("</ul>")
            if n == 0 and aid in SPACERS:
                parts.append("<p>&nbsp;</p>")
            if INLINE_IMAGE.get(aid) == n:
                parts.append(f'<p style="text-align: center;"><img src="images/berita/2024/{aid}-2.jpg" alt="" '
                             'width="600" height="400" class="caption" title="Dokumentasi Diskominfo Sinar Laut" /></p>')
        return "\n".join(parts)

    def print_href(self, a: dict) -> str:
        return f'{a["path"]}?tmpl=component&amp;print=1&amp;layout=default'

    def icons(self, a: dict) -> str:
        aid = article_id(a)
        link = base64.b64encode((self.base + a["path"]).encode()).decode()
        popup = ("window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,"
                 "resizable=yes,width=640,height=480,directories=no,location=no'); return false;")
        return f"""<div class="icons">
			<div class="btn-group pull-right">
				<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{aid}" aria-label="Alat Pengguna"
				data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">
					<span class="icon-cog" aria-hidden="true"></span>
					<span class="caret" aria-hidden="true"></span>
				</button>
				<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{aid}">
					<li class="print-icon"> <a href="{self.print_href(a)}" title="Cetak artikel &lt; {escape(a["title"])} &gt;" onclick="{popup}" rel="nofollow">			<span class="icon-print" aria-hidden="true"></span>
		Cetak	</a> </li>
					<li class="email-icon"> <a href="/component/mailto/?tmpl=component&amp;template=sinarlaut&amp;link={link}" title="Email tautan ini ke teman" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow">			<span class="icon-envelope" aria-hidden="true"></span>
		Email	</a> </li>
				</ul>
			</div>
		</div>"""

    def article(self, a: dict, url: str) -> str:
        aid = article_id(a)
        i = self.articles.index(a)
        nav = []
        if i > 0:
            newer = self.articles[i - 1]
            nav.append(f'<li class="previous"><a class="hasTooltip" title="{escape(newer["title"])}" aria-label="Artikel '
                       f'sebelumnya: {escape(newer["title"])}" href="{newer["path"]}" rel="prev"><span class="icon-chevron-'
                       'left" aria-hidden="true"></span> <span aria-hidden="true">Sebelumnya</span></a></li>')
        if i + 1 < len(self.articles):
            older = self.articles[i + 1]
            nav.append(f'<li class="next"><a class="hasTooltip" title="{escape(older["title"])}" aria-label="Artikel '
                       f'berikutnya: {escape(older["title"])}" href="{older["path"]}" rel="next"><span aria-hidden="true">'
                       'Selanjutnya</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>')
        related = [self.articles[(i + k) % len(self.articles)] for k in (2, 3, 5)]
        related_html = "".join(f'<li><a href="{r["path"]}">{escape(r["title"])}</a></li>' for r in related)
        share_url = escape(self.base + a["path"])
        component = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="id-ID" />
		<div class="page-header">
		<h2 itemprop="headline">
			{escape(a["title"])}
		</h2>
							</div>
		{self.icons(a)}
		{self.info(a, modified=True)}
	<div class="pull-none item-image"> <img
	 class="caption" title="{escape(CAPTIONS[aid])}"	 src="/images/berita/2024/{aid}-utama.jpg" alt="{escape(a["title"])}" itemprop="image"/> </div>
			<div itemprop="articleBody">
		{self.article_body(a)}
	</div>
	<div class="share-buttons"><span>Bagikan:</span>
		<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="noopener">Facebook</a>
		<a href="https://twitter.com/intent/tweet?url={share_url}" target="_blank" rel="noopener">Twitter</a>
		<a href="https://api.whatsapp.com/send?text={share_url}" target="_blank" rel="noopener">WhatsApp</a>
	</div>
	<ul class="pager pagenav">
	{"".join(nav)}
</ul>
</div>
<div class="moduletable related-items">
	<h3>Artikel Terkait</h3>
	<ul class="relateditems mod-list">
{related_html}
	</ul>
</div>"""
        description = a["body"][0][:155]
        return self.page(f'{escape(a["title"])} - {SITE}', url, component, body_class="view-article",
                         crumbs=[("Beranda", "/"), (CATEGORY_NAME, CATEGORY), (escape(a["title"]), "")],
                         active=CATEGORY_NAME, description=description)

    def print_view(self, a: dict, url: str) -> str:
        return self.head(f'{escape(a["title"])} - {SITE}', url, '	<meta name="robots" content="noindex, nofollow" />\n') + f"""<body class="contentpane modal">
	<div id="system-message-container">
	</div>
	<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="id-ID" />
	<div id="pop-print" class="btn hidden-print">
		<a href="#" onclick="window.print();return false;"><span class="icon-print" aria-hidden="true"></span> Cetak</a>
	</div>
		<div class="page-header">
		<h2 itemprop="headline">
			{escape(a["title"])}
		</h2>
	</div>
		{self.info(a, modified=True)}
			<div itemprop="articleBody">
		{self.article_body(a)}
	</div>
	</div>
</body>
</html>"""

    def blog_item(self, a: dict) -> str:
        aid = article_id(a)
        title = escape(a["title"])
        return f"""<div class="page-header">
					<h2 itemprop="name">
									<a href="{a["path"]}" itemprop="url">
						{title}</a>
							</h2>
							</div>
	{self.info(a, modified=False)}
	<div class="pull-left item-image"> <a href="{a["path"]}"><img
	 src="/images/berita/2024/{aid}-intro.jpg" alt="" itemprop="thumbnailUrl"/></a></div>
<p style="text-align: justify;">{self.dateline(a["body"][0])}</p>
	<p class="readmore">
			<a class="btn" href="{a["path"]}" itemprop="url" aria-label="Baca selengkapnya:  {title}">
			<span class="icon-chevron-right" aria-hidden="true"></span>
			Baca selengkapnya: {title}		</a>
	</p>"""

    def pagination(self, start: int) -> str:
        pages = self.pages(LIMIT)
        current = start // LIMIT + 1

        def href(n: int) -> str:
            return CATEGORY if n == 1 else f"{CATEGORY}?start={(n - 1) * LIMIT}"

        def nav(cls: str, label: str, n: int, enabled: bool) -> str:
            if not enabled:
                return f'<li class="{cls}"><span class="pagenav">{label}</span></li>'
            return (f'<li class="{cls}"><a title="{label}" href="{href(n)}" class="hasTooltip pagenav">{label}</a>'
                    "</li>")

        items = [nav("pagination-start", "Awal", 1, current > 1), nav("pagination-prev", "Sebelumnya", current - 1,
                                                                      current > 1)]
        for n in range(1, pages + 1):
            items.append(f'<li><span class="pagenav">{n}</span></li>' if n == current else
                         f'<li><a title="{n}" href="{href(n)}" class="hasTooltip pagenav">{n}</a></li>')
        items += [nav("pagination-next", "Selanjutnya", current + 1, current < pages),
                  nav("pagination-end", "Akhir", pages, current < pages)]
        return (f'<div class="pagination">\n<p class="counter pull-right"> Halaman {current} dari {pages} </p>\n'
                "<ul>" + "".join(items) + "</ul>\n</div>")

    def category(self, start: int, url: str) -> str:
        total = len(self.articles)
        start = start // LIMIT * LIMIT
        if start > total - LIMIT:  # Joomla's list model: a start past the end shows the last page
            start = max(0, (self.pages(LIMIT) - 1) * LIMIT)
        rows = self.articles[start:start + LIMIT]
        leading, intro, links = rows[:LEADING], rows[LEADING:LEADING + INTRO], rows[LEADING + INTRO:]
        parts = ['<div class="blog" itemscope itemtype="https://schema.org/Blog">',
                 f'<div class="page-header"><h2> <span class="subheading-category">{CATEGORY_NAME}</span></h2></div>',
                 f'<div class="category-desc clearfix"><p>{CATEGORY_DESC}</p></div>']
        if leading:
            parts.append('<div class="items-leading clearfix">' + "".join(
                f'<div class="leading-{n} clearfix" itemprop="blogPost" itemscope itemtype="https://schema.org/'
                f'BlogPosting">{self.blog_item(a)}</div>' for n, a in enumerate(leading)) + "</div>")
        for n, a in enumerate(intro):
            parts.append(f'<div class="items-row cols-1 row-{n} row-fluid clearfix"><div class="span12"><div class="'
                         'item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
                         f"{self.blog_item(a)}</div></div></div>")
        if links:
            parts.append('<div class="items-more"><h3>Artikel Lainnya …</h3><ol class="nav nav-tabs nav-stacked">'
                         + "".join(f'<li><a href="{a["path"]}">{escape(a["title"])}</a></li>' for a in links)
                         + "</ol></div>")
        if self.pages(LIMIT) > 1:
            parts.append(self.pagination(start))
        parts.append("</div>")
        return self.page(f"{CATEGORY_NAME} - {SITE}", url, "\n".join(parts), body_class="view-category layout-blog",
                         crumbs=[("Beranda", "/"), (CATEGORY_NAME, "")], extra_head=self.feed_links(CATEGORY),
                         active=CATEGORY_NAME)

    def home(self, url: str) -> str:
        featured = self.articles[:4]
        parts = ['<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">',
                 ('<div class="custom sambutan"><p><strong>Selamat datang</strong> di portal resmi Pemerintah '
                 "Kabupaten Sinar Laut. Melalui laman ini masyarakat dapat memperoleh informasi kegiatan pemerintahan "
                 "dan layanan publik.</p></div>"),
                 ('<div class="items-leading clearfix"><div class="leading-0 clearfix" itemprop="blogPost" itemscope '
                 f'itemtype="https://schema.org/BlogPosting">{self.blog_item(featured[0])}</div></div>')]
        for n, a in enumerate(featured[1:]):
            parts.append(f'<div class="items-row cols-1 row-{n} row-fluid"><div class="item column-1" itemprop="blogPost"'
                         f' itemscope itemtype="https://schema.org/BlogPosting">{self.blog_item(a)}</div></div>')
        parts.append(f'<p class="all-news"><a class="btn" href="{CATEGORY}">Indeks {CATEGORY_NAME}</a></p></div>')
        return self.page(SITE, url, "\n".join(parts), body_class="view-featured", crumbs=[("Beranda", "")],
                         extra_head=self.feed_links("/"), active="Beranda")

    def empty_category(self, url: str) -> str:
        component = ('<div class="blog" itemscope itemtype="https://schema.org/Blog"><div class="page-header"><h2> '
                     '<span class="subheading-category">Pengumuman</span></h2></div><p>Tidak ada artikel dalam kategori '
                     "ini. Jika subkategori ditampilkan di halaman ini, subkategori tersebut mungkin berisi artikel.</p>"
                     "</div>")
        return self.page(f"Pengumuman - {SITE}", url, component, body_class="view-category layout-blog",
                         crumbs=[("Beranda", "/"), ("Pengumuman", "")], extra_head=self.feed_links("/pengumuman"),
                         active="Pengumuman")

    def static(self, path: str, url: str) -> str:
        title, paras = PAGES[path]
        component = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="id-ID" />
		<div class="page-header">
		<h2 itemprop="headline">
			{title}
		</h2>
	</div>
			<div itemprop="articleBody">
		{"".join(f"<p>{p}</p>" for p in paras)}
	</div>
</div>"""
        return self.page(f"{title} - {SITE}", url, component, body_class="view-article",
                         crumbs=[("Beranda", "/"), (title, "")])

    def contact(self, url: str) -> str:
        component = ('<div class="contact" itemscope itemtype="https://schema.org/Person"><div class="page-header"><h2>'
                     '<span class="contact-name" itemprop="name">Diskominfo Kabupaten Sinar Laut</span></h2></div>'
                     '<dl class="contact-address dl-horizontal" itemprop="address"><dt>Alamat:</dt><dd>Jl. Jenderal '
                     "Sudirman No. 1, Tanjung Sinar</dd><dt>Telepon:</dt><dd>(0410) 21001</dd></dl>"
                     '<form action="/kontak" method="post" class="form-validate form-horizontal well"><fieldset>'
                     "<legend>Kirim Email</legend><input type=\"text\" name=\"jform[contact_name]\" /><textarea "
                     'name="jform[contact_message]"></textarea><button class="btn btn-primary validate" type="submit">'
                     "Kirim Email</button></fieldset></form></div>")
        return self.page(f"Kontak - {SITE}", url, component, body_class="view-contact",
                         crumbs=[("Beranda", "/"), ("Kontak", "")], active="Kontak")

    def mailto(self, url: str) -> str:
        return self.head(f"Email tautan ini ke teman - {SITE}", url,
                         '	<meta name="robots" content="noindex, nofollow" />\n') + """<body class="contentpane modal">
<div id="mailto-window"><h2>Email tautan ini ke teman.</h2>
<form action="/component/mailto/" id="mailtoForm" method="post" class="form-validate form-horizontal">
<label for="mailto_field">Email ke</label><input type="email" name="mailto" id="mailto_field" />
<label for="sender_field">Pengirim</label><input type="text" name="sender" id="sender_field" />
<button type="submit" class="btn btn-primary">Kirim</button></form></div>
</body>
</html>"""

    def error(self, url: str) -> Reply:
        body = f"""<!DOCTYPE html>
<html lang="id-id" dir="ltr">
<head>
	<meta charset="utf-8" />
	<title>404 - Artikel tidak ditemukan</title>
	<link href="/templates/sinarlaut/css/template.css" rel="stylesheet" />
</head>
<body class="site error">
	<div class="container"><div class="header"><a href="/"><img src="/images/logo/logo-sinar-laut.png" alt="{SITE}" /></a></div>
	<h1 class="page-header">Halaman yang Anda cari tidak dapat ditemukan.</h1>
	<p><strong>Anda mungkin tidak dapat mengunjungi halaman ini karena:</strong></p>
	<ol><li>bookmark/favorit yang <strong>kedaluwarsa</strong></li><li>mesin pencari yang memiliki daftar <strong>kedaluwarsa</strong> untuk situs ini</li><li><strong>salah ketik</strong> alamat</li></ol>
	<p><a href="/" class="btn"><span class="icon-home" aria-hidden="true"></span> Beranda</a></p>
	<blockquote><span class="label label-inverse">404</span> Artikel tidak ditemukan</blockquote>
	</div>
</body>
</html>"""
        return Reply(404, body)

    # --- feeds -------------------------------------------------------------------------------------------

    def feed(self, kind: str, items: list[dict], *, featured: bool) -> Reply:
        title = SITE if featured else f"{CATEGORY_NAME} - {SITE}"
        desc = "Portal Resmi Pemerintah Kabupaten Sinar Laut" if featured else CATEGORY_DESC
        home = self.base + ("/" if featured else CATEGORY)
        self_href = f"{home}?format=feed&amp;type="
        if kind == "atom":
            entries = []
            for a in items:
                url = self.base + a["path"]
                updated = MODIFIED.get(article_id(a), (None, a["datetime"]))[1]
                intro = f'<p style="text-align: justify;">{self.dateline(a["body"][0])}</p>'
                entries.append(f"""	<entry>
		<title>{escape(a["title"])}</title>
		<link rel="alternate" type="text/html" href="{url}"/>
		<published>{iso_utc(a)}</published>
		<updated>{updated}</updated>
		<id>{url}</id>
		<author>
			<name>{AUTHOR}</name>
		</author>
		<summary type="html"><![CDATA[{intro}]]></summary>
		<content type="html" xml:base="{url}"><![CDATA[{intro}]]></content>
		<category term="{CATEGORY_NAME}" />
	</entry>""")
            body = f"""<?xml version="1.0" encoding="utf-8"?>
<!-- generator="Joomla! - Open Source Content Management" -->
<feed xmlns="http://www.w3.org/2005/Atom"  xml:lang="id-id">
	<title type="text">{title}</title>
	<subtitle type="text">{desc}</subtitle>
	<link rel="alternate" type="text/html" href="{self.base}"/>
	<id>{home}</id>
	<updated>{iso_utc(items[0])}</updated>
	<generator uri="https://www.joomla.org">Joomla! - Open Source Content Management</generator>
	<link rel="self" type="application/atom+xml" href="{self_href}atom"/>
{chr(10).join(entries)}
</feed>"""
            return Reply(body=body, content_type="application/atom+xml; charset=utf-8")
        entries = []
        for a in items:
            url = self.base + a["path"]
            entries.append(f"""		<item>
			<title>{escape(a["title"])}</title>
			<link>{url}</link>
			<guid isPermaLink="true">{url}</guid>
			<description><![CDATA[<p style="text-align: justify;">{self.dateline(a["body"][0])}</p><p class="feed-readmore"><a target="_blank" href="{url}" rel="noopener noreferrer">Baca selengkapnya: {escape(a["title"])}</a></p>]]></description>
			<author>humas@sinarlaut.example.go.id ({AUTHOR})</author>
			<category>{CATEGORY_NAME}</category>
			<pubDate>{rfc822(a)}</pubDate>
		</item>""")
        body = f"""<?xml version="1.0" encoding="utf-8"?>
<!-- generator="Joomla! - Open Source Content Management" -->
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
	<channel>
		<title>{title}</title>
		<description><![CDATA[{desc}]]></description>
		<link>{home}</link>
		<lastBuildDate>{rfc822(items[0])}</lastBuildDate>
		<generator>Joomla! - Open Source Content Management</generator>
		<atom:link rel="self" type="application/rss+xml" href="{self_href}rss"/>
		<language>id-id</language>
{chr(10).join(entries)}
	</channel>
</rss>"""
        return Reply(body=body, content_type="application/rss+xml; charset=utf-8")
