"""(h) A CodeIgniter 3 ministry portal with day-first dates and a small English section.

What makes it CodeIgniter: ``/berita/index``, ``/berita/index/5``, ``/berita/index/10`` (the row offset in the
path, 5 per page, any offset accepted; past the end a 200 page saying "Data berita tidak ditemukan."), CI's
pagination library (absolute ``site_url`` links, ``data-ci-pagination-page``, ``rel="next"`` on "»", the current
page an ``<a href="#">``), articles ``/berita/detail/{id}/{slug}`` where the slug is decoration (the "Berita
Terpopuler" widget links ``/berita/detail/{id}`` bare; every article page has ``rel=canonical``), the classic
"404 Page Not Found" page, and "Page rendered in 0.0312 seconds" in the footer.

What makes it hard: dates are printed only as ``dd/mm/yyyy`` (several with a day <= 12, so month-first reads
as another valid date), with "| 09:30 WIB" on some releases and no time on others; no ``<time>``, no
published-time metadata. The header shows today's date in the same format, the "Agenda Kegiatan" sidebar
and "Berita Lainnya" block carry other dates. One release shows no date at all. The English section
(``/en/news/index``, ``/en/news/detail/{id}/{slug}`` with ``<html lang="en">``, "Read 1,234 times") reuses the
Indonesian release's numeric id for its translation. ``/sitemap.xml`` (named in robots.txt) lists only the
Indonesian releases, with ``<lastmod>`` taken from the record's last update: sometimes a day after the
publication, with a time where the page shows none, and present for the undated release too.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from html import escape

from tests.replicas.server import Reply, Request
from tests.unseen.sites.common import UnseenSite, p_tags, paragraphs

SITE = "Kementerian Kelautan Nusantara"
SITE_EN = "Nusantara Ministry of Marine Affairs"
PER_PAGE = 5
WIB = timezone(timedelta(hours=7))
SECTIONS = {"id": "/berita", "en": "/en/news"}
LISTING = re.compile(r"^(/berita|/en/news)(?:/index)?(?:/(\d+))?/?$")
DETAIL = re.compile(r"^(/berita|/en/news)/detail/(\d+)(?:/[^/]*)?/?$")
AGENDA = {
    "id": [("20/06/2024", "Rapat Koordinasi Nasional Kelautan dan Perikanan"),
           ("08/07/2024", "Pameran Produk Perikanan Nusantara Expo"),
           ("12/08/2024", "Pelatihan Keselamatan Nelayan Angkatan III")],
    "en": [("20/06/2024", "National Marine and Fisheries Coordination Meeting"),
           ("08/07/2024", "Nusantara Fisheries Products Expo"),
           ("12/08/2024", "Fishers' Safety Training, Batch III")],
}
LABELS = {
    "id": {"home": "Beranda", "news": "Berita", "profile": "Profil", "contact": "Kontak", "read": "Dibaca {} kali",
           "more": "Selengkapnya", "others": "Berita Lainnya", "popular": "Berita Terpopuler",
           "agenda": "Agenda Kegiatan", "share": "Bagikan", "empty": "Data berita tidak ditemukan.",
           "author": "Biro Humas", "caption": "Foto: Biro Hubungan Masyarakat dan Kerja Sama Luar Negeri KKN",
           "other_lang": "Read in English", "index": "Indeks Berita", "latest": "Berita Terkini"},
    "en": {"home": "Home", "news": "News", "profile": "Profile", "contact": "Contact", "read": "Read {} times",
           "more": "Read more", "others": "Other News", "popular": "Most Read", "agenda": "Events",
           "share": "Share", "empty": "No news found.", "author": "Public Relations Bureau",
           "caption": "Photo: Public Relations and International Cooperation Bureau",
           "other_lang": "Baca dalam Bahasa Indonesia", "index": "News Index", "latest": "Latest News"},
}


def article_id(a: dict) -> int:
    return int(a["path"].split("/")[-2])


def hits(a: dict) -> int:
    count = article_id(a) * 7919 % 4800 + 120
    return count // 4 if a["language"] == "en" else count


def thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def limiter(text: str, chars: int) -> str:
    """CodeIgniter's character_limiter: whole words up to ``chars``, then an ellipsis."""
    if len(text) <= chars:
        return text
    cut = text[:chars].rsplit(" ", 1)[0]
    return cut + "&#8230;"


def words(text: str, n: int) -> str:
    """CodeIgniter's word_limiter."""
    parts = text.split()
    return " ".join(parts[:n]) + ("&#8230;" if len(parts) > n else "")


class KemenLautSite(UnseenSite):
    name = "kemenlaut"
    robots = ("User-agent: *\nDisallow: /application/\nDisallow: /system/\nDisallow: /admin/\nDisallow: /auth/\n"
              "Disallow: /berita/cari\n\nSitemap: {base}/sitemap.xml\n")

    def route(self, request: Request) -> Reply | None:
        path = request.path
        if path in ("/", "/home", "/en", "/en/"):
            lang = "en" if path.startswith("/en") else "id"
            return Reply(body=self.home(lang))
        if path == "/sitemap.xml":
            return Reply(body=self.sitemap(), content_type="text/xml; charset=utf-8")
        if m := LISTING.match(path):
            lang = "en" if m.group(1) == "/en/news" else "id"
            return Reply(body=self.listing(lang, int(m.group(2) or 0)))
        if m := DETAIL.match(path):
            lang = "en" if m.group(1) == "/en/news" else "id"
            article = self.find(lang, int(m.group(2)))
            return Reply(body=self.article(article)) if article else self.not_found()
        if path in ("/profil", "/kontak", "/ppid", "/en/profile", "/en/contact"):
            return Reply(body=self.static(path))
        return self.not_found()

    def of(self, lang: str) -> list[dict]:
        return [a for a in self.articles if a["language"] == lang]

    def find(self, lang: str, aid: int) -> dict | None:
        return next((a for a in self.of(lang) if article_id(a) == aid), None)

    def not_found(self) -> Reply:
        return Reply(404, """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>404 Page Not Found</title>
<style type="text/css">
body { background-color: #fff; margin: 40px; font: 13px/20px normal Helvetica, Arial, sans-serif; color: #4F5155; }
#container { margin: 10px; border: 1px solid #D0D0D0; box-shadow: 0 0 8px #D0D0D0; }
</style>
</head>
<body>
	<div id="container">
		<h1>404 Page Not Found</h1>
		<p>The page you requested was not found.</p>	</div>
</body>
</html>""")

    # --- chrome ------------------------------------------------------------------------------------------

    def layout(self, lang: str, title: str, main: str, head: str = "") -> str:
        t = LABELS[lang]
        site = SITE if lang == "id" else SITE_EN
        home = self.base + ("/" if lang == "id" else "/en")
        news = self.base + SECTIONS[lang] + "/index"
        profile = self.base + ("/profil" if lang == "id" else "/en/profile")
        contact = self.base + ("/kontak" if lang == "id" else "/en/contact")
        today = datetime.now(WIB).strftime("%d/%m/%Y")
        popular = sorted(self.of(lang), key=lambda a: -hits(a))[:5]
        sep = "." if lang == "id" else ","
        popular_html = "".join(
            f'<li><a href="{self.base}{SECTIONS[lang]}/detail/{article_id(a)}">{escape(a["title"])}</a>'
            f'<span class="hits"><i class="fa fa-eye"></i> {t["read"].format(thousands(hits(a), sep))}</span></li>'
            for a in popular)
        agenda = "".join(f'<li><span class="tgl-agenda"><i class="fa fa-calendar-o"></i> {d}</span> {escape(x)}</li>'
                         for d, x in AGENDA[lang])
        ppid = (f'<li><a href="{self.base}/ppid">PPID</a></li>' if lang == "id" else "")
        return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="keywords" content="kelautan, perikanan, nelayan, kementerian kelautan nusantara">
{head}<link rel="shortcut icon" href="{self.base}/assets/img/favicon.png">
<link href="{self.base}/assets/bootstrap/css/bootstrap.min.css" rel="stylesheet">
<link href="{self.base}/assets/font-awesome/css/font-awesome.min.css" rel="stylesheet">
<link href="{self.base}/assets/css/style.css?v=2.3.1" rel="stylesheet">
</head>
<body>
<div class="top-bar"><div class="container">
 <span class="tanggal-hari-ini"><i class="fa fa-clock-o"></i> {today}</span>
 <span class="call-center"><i class="fa fa-phone"></i> Call Center 141</span>
 <span class="pilih-bahasa"><a href="{self.base}/"><img src="{self.base}/assets/img/flag-id.png" alt="ID"> ID</a> | <a href="{self.base}/en"><img src="{self.base}/assets/img/flag-en.png" alt="EN"> EN</a></span>
</div></div>
<header class="header"><div class="container">
 <a href="{home}" class="logo"><img src="{self.base}/assets/img/logo-kkn.png" alt="Logo {site}"><span class="nama-instansi">{site.upper()}</span></a>
 <form class="navbar-form pull-right" action="{self.base}/berita/cari" method="get"><input type="text" name="q" class="form-control" placeholder="{'Cari berita...' if lang == 'id' else 'Search...'}"><button type="submit" class="btn btn-default"><i class="fa fa-search"></i></button></form>
</div></header>
<nav class="navbar navbar-default navbar-utama"><div class="container"><ul class="nav navbar-nav">
 <li><a href="{home}"><i class="fa fa-home"></i> {t["home"]}</a></li>
 <li class="dropdown"><a href="{profile}" class="dropdown-toggle" data-toggle="dropdown">{t["profile"]} <b class="caret"></b></a>
  <ul class="dropdown-menu"><li><a href="{profile}">{t["profile"]}</a></li></ul></li>
 <li><a href="{news}">{t["news"]}</a></li>
 {ppid}<li><a href="{contact}">{t["contact"]}</a></li>
</ul></div></nav>
<div class="container konten-utama"><div class="row">
<div class="col-md-8">
{main}
</div>
<div class="col-md-4 sidebar">
 <div class="widget"><h4 class="widget-title">{t["popular"]}</h4><ul class="list-populer">{popular_html}</ul></div>
 <div class="widget"><h4 class="widget-title">{t["agenda"]}</h4><ul class="list-agenda">{agenda}</ul></div>
 <div class="widget"><h4 class="widget-title">Media Sosial</h4><ul class="sosmed">
  <li><a href="https://www.facebook.com/kemenlautnusantara"><i class="fa fa-facebook"></i> Facebook</a></li>
  <li><a href="https://twitter.com/kemenlaut_ri"><i class="fa fa-twitter"></i> Twitter</a></li>
  <li><a href="https://www.instagram.com/kemenlaut_ri"><i class="fa fa-instagram"></i> Instagram</a></li>
  <li><a href="https://www.youtube.com/c/kemenlautnusantara"><i class="fa fa-youtube"></i> YouTube</a></li></ul></div>
</div>
</div></div>
<footer class="footer"><div class="container"><div class="row">
 <div class="col-md-6"><h5>{site}</h5>
  <p>Gedung Mina Bahari I, Jl. Medan Merdeka Timur No. 16, Jakarta Pusat 10110<br>Telp. (021) 3519070 | Call Center 141</p></div>
 <div class="col-md-6 text-right"><p>&copy; 2024 {site}. {'Hak cipta dilindungi undang-undang.' if lang == 'id' else 'All rights reserved.'}</p>
  <p class="rendered">Page rendered in <strong>0.0312</strong> seconds.</p></div>
</div></div></footer>
<div id="widget-disabilitas" class="disabilitas" aria-label="Aksesibilitas">
 <button type="button" class="btn-disabilitas" title="Menu Disabilitas"><i class="fa fa-wheelchair"></i></button>
 <ul class="menu-disabilitas"><li><a href="#" data-aksi="perbesar">Perbesar Teks</a></li><li><a href="#" data-aksi="kontras">Kontras Tinggi</a></li><li><a href="#" data-aksi="baca">Baca Halaman</a></li><li><a href="#" data-aksi="reset">Reset</a></li></ul>
</div>
<script src="{self.base}/assets/js/jquery-1.12.4.min.js"></script>
<script src="{self.base}/assets/bootstrap/js/bootstrap.min.js"></script>
<script src="{self.base}/assets/js/disabilitas.js"></script>
</body>
</html>"""

    def url(self, a: dict) -> str:
        return self.base + a["path"]

    def day(self, a: dict) -> str:
        return a["shown_date"].split(" | ")[0] if a["shown_date"] else ""

    # --- pages -------------------------------------------------------------------------------------------

    def media(self, a: dict, lang: str) -> str:
        date = (f'<div class="meta-list"><i class="fa fa-calendar"></i> {self.day(a)}</div>' if a["shown_date"]
                else "")
        return f"""<div class="media list-berita">
 <div class="media-left"><a href="{self.url(a)}"><img class="media-object" src="{self.base}/uploads/berita/thumbs/{article_id(a)}.jpg" alt="{escape(a["title"])}" width="160"></a></div>
 <div class="media-body">
  <h4 class="media-heading"><a href="{self.url(a)}">{escape(a["title"])}</a></h4>
  {date}
  <p>{limiter(escape(a["body"][0], quote=False), 160)}</p>
  <a href="{self.url(a)}" class="btn btn-xs btn-primary">{LABELS[lang]["more"]}</a>
 </div>
</div>"""

    def pager(self, lang: str, offset: int, total: int) -> str:
        if total <= PER_PAGE:
            return ""
        base_url = self.base + SECTIONS[lang] + "/index"
        pages = -(-total // PER_PAGE)
        current = min(offset, (pages - 1) * PER_PAGE) // PER_PAGE + 1

        def href(n: int) -> str:
            return base_url if n == 1 else f"{base_url}/{(n - 1) * PER_PAGE}"

        out = ['<ul class="pagination">']
        if current > 1:
            rel = ' rel="start"' if current == 2 else ' rel="prev"'
            out.append(f'<li><a href="{href(current - 1)}" data-ci-pagination-page="{current - 1}"{rel}>&laquo;</a></li>')
        for n in range(1, pages + 1):
            if n == current:
                out.append(f'<li class="active"><a href="#">{n}</a></li>')
            else:
                rel = ' rel="start"' if n == 1 else ""
                out.append(f'<li><a href="{href(n)}" data-ci-pagination-page="{n}"{rel}>{n}</a></li>')
        if current < pages:
            out.append(f'<li><a href="{href(current + 1)}" data-ci-pagination-page="{current + 1}" rel="next">'
                       "&raquo;</a></li>")
        out.append("</ul>")
        return "".join(out)

    def listing(self, lang: str, offset: int) -> str:
        t = LABELS[lang]
        items = self.of(lang)
        rows = items[offset:offset + PER_PAGE]
        content = "".join(self.media(a, lang) for a in rows) or f'<div class="alert alert-info">{t["empty"]}</div>'
        main = f"""<ol class="breadcrumb"><li><a href="{self.base}{'/' if lang == 'id' else '/en'}">{t["home"]}</a></li><li class="active">{t["news"]}</li></ol>
<h3 class="judul-halaman">{t["news"]}</h3>
<div class="daftar-berita">
{content}
</div>
<div class="text-center">{self.pager(lang, offset, len(items))}</div>"""
        site = SITE if lang == "id" else SITE_EN
        return self.layout(lang, f'{t["news"]} - {site}', main)

    def home(self, lang: str) -> str:
        t = LABELS[lang]
        items = self.of(lang)
        slider = "".join(
            f'<div class="item{" active" if n == 0 else ""}"><a href="{self.url(a)}"><img src="{self.base}/uploads/'
            f'berita/{article_id(a)}.jpg" alt="{escape(a["title"])}"><div class="carousel-caption"><h3>'
            f'{escape(a["title"])}</h3></div></a></div>' for n, a in enumerate(items[:3]))
        latest = "".join(self.media(a, lang) for a in items[:4])
        other = ""
        if lang == "id":
            english = "".join(f'<li><a href="{self.url(a)}">{escape(a["title"])}</a></li>' for a in self.of("en")[:3])
            other = (f'<div class="blok-english"><h4>News in English</h4><ul>{english}</ul>'
                     f'<a href="{self.base}/en/news/index" class="btn btn-default btn-sm">More news in English</a></div>')
        else:
            other = (f'<div class="blok-indonesia"><a href="{self.base}/berita/index" class="btn btn-default btn-sm">'
                     "Berita dalam Bahasa Indonesia</a></div>")
        main = f"""<div id="slider-utama" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slider}</div></div>
<h3 class="judul-blok">{t["latest"]}</h3>
{latest}
<p><a href="{self.base}{SECTIONS[lang]}/index" class="btn btn-primary">{t["index"]}</a></p>
{other}
<div class="blok-layanan"><h4>{'Layanan Publik' if lang == 'id' else 'Public Services'}</h4><ul>
<li><a href="https://perizinan.kemenlaut.example.go.id">{'Perizinan Kapal Perikanan' if lang == 'id' else 'Fishing Vessel Licensing'}</a></li>
<li><a href="https://pengaduan.kemenlaut.example.go.id">{'Pengaduan Masyarakat' if lang == 'id' else 'Public Complaints'}</a></li></ul></div>"""
        site = SITE if lang == "id" else SITE_EN
        return self.layout(lang, site, main)

    def article(self, a: dict) -> str:
        lang = a["language"]
        t = LABELS[lang]
        aid = article_id(a)
        other = self.find("en" if lang == "id" else "id", aid)
        sep = "." if lang == "id" else ","
        date = f'<span><i class="fa fa-calendar"></i> {a["shown_date"]}</span>' if a["shown_date"] else ""
        body = paragraphs(a)
        if body[0].split(" – ", 1)[0].isupper() and " – " in body[0]:
            place, rest = body[0].split(" – ", 1)
            body[0] = f"<strong>{place}</strong> – {rest}"
        paras = "\n".join(f'<p style="text-align:justify">{p}</p>' for p in body)
        switch = (f'<div class="versi-bahasa"><i class="fa fa-language"></i> <a href="{self.url(other)}">'
                  f'{t["other_lang"]}</a></div>' if other else "")
        others = [o for o in self.of(lang) if o is not a][:4]
        others_html = "".join(f'<li><a href="{self.url(o)}">{escape(o["title"])}</a> <small class="text-muted">'
                              f'{self.day(o)}</small></li>' for o in others)
        share = escape(self.url(a))
        description = escape(a["body"][0][:150])
        head = (f'<meta name="description" content="{description}">\n'
                f'<meta property="og:type" content="article">\n'
                f'<meta property="og:title" content="{escape(a["title"])}">\n'
                f'<meta property="og:description" content="{description}">\n'
                f'<meta property="og:url" content="{share}">\n'
                f'<meta property="og:image" content="{self.base}/uploads/berita/{aid}.jpg">\n'
                f'<link rel="canonical" href="{share}">\n')
        attachment = ""
        if a["shown_date"] is None:
            attachment = (f'<div class="lampiran"><i class="fa fa-file-pdf-o"></i> <a href="{self.base}/uploads/'
                          f'lampiran/lampiran-{aid}.pdf">Unduh Lampiran (PDF)</a></div>')
        home = self.base + ("/" if lang == "id" else "/en")
        main = f"""<ol class="breadcrumb"><li><a href="{home}">{t["home"]}</a></li><li><a href="{self.base}{SECTIONS[lang]}/index">{t["news"]}</a></li><li class="active">{words(escape(a["title"]), 5)}</li></ol>
<div class="detail-berita">
 <h2 class="judul-berita">{escape(a["title"])}</h2>
 <div class="meta-berita">
  {date}
  <span><i class="fa fa-user"></i> {t["author"]}</span>
  <span><i class="fa fa-eye"></i> {t["read"].format(thousands(hits(a), sep))}</span>
 </div>
 <div class="foto-berita"><img src="{self.base}/uploads/berita/{aid}.jpg" class="img-responsive" alt="{escape(a["title"])}">
  <div class="keterangan-foto">{t["caption"]}</div></div>
 <div class="isi-berita">
{paras}
 </div>
 {attachment}
 {switch}
 <div class="share-berita">{t["share"]}:
  <a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" class="btn btn-facebook"><i class="fa fa-facebook"></i></a>
  <a href="https://twitter.com/intent/tweet?url={share}&amp;text={escape(a["title"])}" target="_blank" class="btn btn-twitter"><i class="fa fa-twitter"></i></a>
  <a href="https://api.whatsapp.com/send?text={share}" target="_blank" class="btn btn-whatsapp"><i class="fa fa-whatsapp"></i></a>
  <a href="https://t.me/share/url?url={share}" target="_blank" class="btn btn-telegram"><i class="fa fa-telegram"></i></a>
 </div>
</div>
<div class="berita-lainnya"><h4>{t["others"]}</h4><ul>{others_html}</ul></div>"""
        site = SITE if lang == "id" else SITE_EN
        return self.layout(lang, f'{escape(a["title"])} - {site}', main, head)

    def static(self, path: str) -> str:
        lang = "en" if path.startswith("/en/") else "id"
        texts = {
            "/profil": ("Profil", ("Kementerian Kelautan Nusantara mempunyai tugas menyelenggarakan urusan pemerintahan "
                                  "di bidang kelautan dan perikanan untuk membantu Presiden.")),
            "/kontak": ("Kontak", "Gedung Mina Bahari I, Jl. Medan Merdeka Timur No. 16, Jakarta Pusat 10110."),
            "/ppid": ("PPID", ("Pejabat Pengelola Informasi dan Dokumentasi melayani permohonan informasi publik "
                              "setiap hari kerja pukul 08.00–16.00 WIB.")),
            "/en/profile": ("Profile", ("The Nusantara Ministry of Marine Affairs administers government affairs in "
                                       "marine affairs and fisheries.")),
            "/en/contact": ("Contact", "Mina Bahari I Building, Jl. Medan Merdeka Timur No. 16, Central Jakarta 10110."),
        }
        title, text = texts[path]
        site = SITE if lang == "id" else SITE_EN
        return self.layout(lang, f"{title} - {site}", f'<h3 class="judul-halaman">{title}</h3>{p_tags([text])}')

    def sitemap(self) -> str:
        static = "".join(f"<url><loc>{self.base}{p}</loc><changefreq>{f}</changefreq><priority>{pr}</priority></url>\n"
                         for p, f, pr in (("/", "daily", "1.0"), ("/berita/index", "daily", "0.9"),
                                          ("/profil", "monthly", "0.5"), ("/kontak", "monthly", "0.5")))
        urls = "".join(f"<url><loc>{self.url(a)}</loc><lastmod>{a['lastmod']}</lastmod><changefreq>weekly"
                       "</changefreq><priority>0.8</priority></url>\n" for a in self.of("id"))
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                + static + urls + "</urlset>\n")
