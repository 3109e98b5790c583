"""(c) A legacy PHP portal of a regency's information office: table layout, windows-1252, query-string URLs.

``berita.php?hal=N`` lists (page numbers and "Selanjutnya »"), ``berita.php?id=N`` articles; no ``<h1>``
(the headline is a bold cell), ``<title>`` is "SITE NAME :: headline", no ``lang`` on ``<html>``, paragraphs
separated by ``<br><br>`` instead of ``<p>``, the dateline "Senin, 15-07-2024 10:05:12 | Dibaca: 312 kali",
a marquee, a left menu, "Berita Lainnya" under the article, a copyright footer. Served as windows-1252
(curly quotes and dashes are single bytes). No feed, no sitemap; one release has no date.
"""

from __future__ import annotations

from html import escape

from tests.replicas.server import Reply, Request
from tests.unseen.sites.common import UnseenSite, full_path, paragraphs

SITE = "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN LEMBAH HIJAU"
PER_PAGE = 4
CHARSET = "windows-1252"


class LembahHijauSite(UnseenSite):
    name = "lembahhijau"
    robots = "User-agent: *\nDisallow: /admin/\nDisallow: /cgi-bin/\n"

    def route(self, request: Request) -> Reply | None:
        path = full_path(request)
        if request.path in ("/", "/index.php"):
            return self.reply(self.layout(SITE, self.home()))
        if request.path == "/berita.php" and request.arg("id"):
            article = self.by_path.get(path)
            if article is None:  # the old script answers 200 with an apology
                return self.reply(self.layout(SITE, "<b>Berita tidak ditemukan.</b>"))
            return self.reply(self.article(article))
        if request.path == "/berita.php":
            hal = request.arg("hal", "1")
            return self.listing(int(hal)) if hal.isdigit() else None
        if request.path in ("/profil.php", "/agenda.php", "/galeri.php", "/download.php", "/bukutamu.php"):
            return self.reply(self.layout(SITE, "<b>Halaman dalam perbaikan.</b>"))
        return None

    def reply(self, html: str) -> Reply:
        return Reply(body=html.encode(CHARSET), content_type=f"text/html; charset={CHARSET}")

    def layout(self, title: str, center: str) -> str:
        menu = "".join(f'<tr><td class="menu"><a href="{href}">{label}</a></td></tr>' for href, label in (
            ("index.php", "Beranda"), ("profil.php", "Profil Dinas"), ("berita.php", "Berita"),
            ("agenda.php", "Agenda"), ("galeri.php", "Galeri Foto"), ("download.php", "Download"),
            ("bukutamu.php", "Buku Tamu")))
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={CHARSET}">
<title>{title}</title>
<link href="style.css" rel="stylesheet" type="text/css">
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="images/banner.jpg" width="900" height="150" alt="{SITE}"></td></tr>
<tr><td colspan="2" class="marquee"><marquee>Selamat Datang di Website Resmi Dinas Komunikasi dan Informatika Kabupaten Lembah Hijau</marquee></td></tr>
<tr>
<td width="180" valign="top"><table width="100%" border="0" cellspacing="1" cellpadding="3">
<tr><td class="menuhead">MENU UTAMA</td></tr>
{menu}
</table></td>
<td width="720" valign="top" class="konten">
{center}
</td>
</tr>
<tr><td colspan="2" class="footer" align="center">Copyright &copy; 2010 - 2024 Diskominfo Kab. Lembah Hijau. All Rights Reserved.<br>
Jl. Raya Lembah Hijau No. 12 Telp. (0263) 512345</td></tr>
</table>
</body>
</html>"""

    def rows(self, items: list[dict]) -> str:
        rows = []
        for a in items:
            date = (a["shown_date"] or "").split(" ")[-2] if a["shown_date"] else ""
            rows.append(f'<tr><td class="judulberita"><img src="images/bullet.gif"> <a href="berita.php?id='
                        f'{a["path"].rsplit("=", 1)[1]}">{escape(a["title"])}</a> <font size="1" color="#999999">'
                        f'{date}</font></td></tr>')
        return '<table width="100%" border="0" cellpadding="4">' + "".join(rows) + "</table>"

    def home(self) -> str:
        return '<p class="subjudul">BERITA TERBARU</p>' + self.rows(self.articles[:5])

    def listing(self, hal: int) -> Reply | None:
        items = self.page_of(self.articles, hal, PER_PAGE)
        if not items:
            return None
        last = self.pages(PER_PAGE)
        pages = " ".join(f"<b>{n}</b>" if n == hal else f'<a href="berita.php?hal={n}">{n}</a>'
                         for n in range(1, last + 1))
        nxt = f' <a href="berita.php?hal={hal + 1}">Selanjutnya &raquo;</a>' if hal < last else ""
        prev = f'<a href="berita.php?hal={hal - 1}">&laquo; Sebelumnya</a> ' if hal > 1 else ""
        return self.reply(self.layout(SITE, '<p class="subjudul">BERITA</p>' + self.rows(items)
                                      + f'<p class="halaman">Halaman : {prev}{pages}{nxt}</p>'))

    def article(self, a: dict) -> str:
        body = "<br><br>\n".join(paragraphs(a))
        date = f'{a["shown_date"]} | ' if a["shown_date"] else ""
        others = self.rows([o for o in self.articles if o is not a][:4])
        center = f"""<table width="100%" border="0" cellpadding="4" cellspacing="0">
<tr><td class="judul"><b>{escape(a["title"])}</b></td></tr>
<tr><td class="tgl"><font size="1">{date}Dibaca: 312 kali</font></td></tr>
<tr><td class="isi" align="justify"><img src="images/berita/{a["path"].rsplit("=", 1)[1]}.jpg" width="250" align="left" hspace="5">
{body}
</td></tr>
<tr><td><a href="javascript:history.back()">&laquo; Kembali</a> | <a href="cetak.php?id={a["path"].rsplit("=", 1)[1]}">Cetak</a></td></tr>
</table>
<p class="subjudul">BERITA LAINNYA</p>
{others}"""
        return self.layout(f'{SITE} :: {escape(a["title"])}', center)
