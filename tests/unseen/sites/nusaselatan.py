"""(b) A Laravel provincial portal: ``/berita?page=N`` lists, ``/berita/{id}/{slug}`` articles.

Laravel's Bootstrap pager (numbered links, ``rel=next`` on the "›" link, absolute URLs), a page past the end
that answers 200 with an empty list, a site-wide ``og:title`` (the province's name on every page), the
dateline "Rabu, 17 Juli 2024 | 14:30 WIB" next to a view counter, photo captions inside the body, a
"Berita Terbaru" sidebar and a footer with the address. No feed, no sitemap; one release has no date.
"""

from __future__ import annotations

from html import escape

from tests.replicas.server import Reply, Request
from tests.unseen.sites.common import UnseenSite, paragraphs

SITE = "Pemerintah Provinsi Nusa Selatan"
PER_PAGE = 3


class NusaSelatanSite(UnseenSite):
    name = "nusaselatan"
    robots = "User-agent: *\nDisallow: /admin\nDisallow: /login\n"

    def route(self, request: Request) -> Reply | None:
        if request.path == "/":
            return Reply(body=self.layout(SITE, self.home()))
        if request.path == "/berita":
            page = request.arg("page", "1")
            return self.listing(int(page)) if page.isdigit() else None
        if request.path in ("/profil", "/layanan", "/kontak"):
            return Reply(body=self.layout(f"Profil - {SITE}", "<h1>Profil</h1><p>Visi dan misi provinsi.</p>"))
        article = self.by_path.get(request.path)
        return Reply(body=self.article(article)) if article else self.not_found()

    def not_found(self) -> Reply:
        return Reply(404, self.layout(f"Halaman Tidak Ditemukan - {SITE}",
                                      "<h1>404</h1><p>Halaman yang Anda cari tidak ditemukan.</p>"))

    def layout(self, title: str, main: str) -> str:
        latest = "".join(f'<li class="list-group-item"><a href="{self.base}{a["path"]}">{escape(a["title"])}</a></li>'
                         for a in self.articles[:5])
        return f"""<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="csrf-token" content="mK2f9aQ0xYv1Qm3bN7tL8cR4sD6eF0gH1jK2lZ3x">
<title>{title}</title>
<meta property="og:title" content="{SITE}">
<meta property="og:description" content="Portal Resmi {SITE}">
<meta property="og:image" content="{self.base}/assets/img/logo-pemprov.png">
<link href="{self.base}/assets/css/bootstrap.min.css" rel="stylesheet">
</head>
<body>
<div class="topbar">Portal Resmi {SITE} | Layanan Aduan: 0811-5000-112</div>
<nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="{self.base}/"><img src="{self.base}/assets/img/logo-pemprov.png" alt="Logo"> PEMPROV NUSA SELATAN</a>
 <ul class="navbar-nav">
  <li class="nav-item"><a class="nav-link" href="{self.base}/">Beranda</a></li>
  <li class="nav-item"><a class="nav-link" href="{self.base}/profil">Profil</a></li>
  <li class="nav-item"><a class="nav-link" href="{self.base}/berita">Berita</a></li>
  <li class="nav-item"><a class="nav-link" href="{self.base}/layanan">Layanan Publik</a></li>
  <li class="nav-item"><a class="nav-link" href="{self.base}/kontak">Kontak</a></li>
 </ul></nav>
<div class="container"><div class="row">
<div class="col-lg-8">
{main}
</div>
<div class="col-lg-4"><div class="card"><div class="card-header">Berita Terbaru</div><ul class="list-group">{latest}</ul></div></div>
</div></div>
<footer class="footer">
 <div class="container"><h5>{SITE}</h5>
 <p>Jl. Tjilik Riwut Km. 1, Kota Baru, Nusa Selatan 73111</p>
 <p>Telp. (0536) 322 1100 | Email: diskominfo@nusaselatan.example.go.id</p>
 <p>&copy; 2024 Dinas Komunikasi dan Informatika Provinsi Nusa Selatan</p></div>
</footer>
<script src="{self.base}/assets/js/app.js"></script>
</body>
</html>"""

    def card(self, a: dict) -> str:
        date = a["shown_date"].split(" |")[0] if a["shown_date"] else ""
        return (f'<div class="card mb-3"><a href="{self.base}{a["path"]}"><img class="card-img-top" '
                f'src="{self.base}/storage/berita/{a["path"].split("/")[2]}.jpg" alt=""></a><div class="card-body">'
                f'<h5 class="card-title"><a href="{self.base}{a["path"]}">{escape(a["title"])}</a></h5>'
                f'<small class="text-muted">{date}</small></div></div>')

    def home(self) -> str:
        return ('<div class="carousel">' + "".join(self.card(a) for a in self.articles[:3]) + "</div>"
                f'<a class="btn btn-primary" href="{self.base}/berita">Indeks Berita</a>')

    def listing(self, page: int) -> Reply:
        items = self.page_of(self.articles, page, PER_PAGE) or []  # Laravel: an empty page, still 200
        last = self.pages(PER_PAGE)
        pager = ['<nav><ul class="pagination">']
        if page > 1:
            pager.append(f'<li class="page-item"><a class="page-link" href="{self.base}/berita?page={page - 1}" '
                         'rel="prev" aria-label="&laquo; Previous">&lsaquo;</a></li>')
        for n in range(1, last + 1):
            pager.append(f'<li class="page-item active" aria-current="page"><span class="page-link">{n}</span></li>'
                         if n == page else
                         f'<li class="page-item"><a class="page-link" href="{self.base}/berita?page={n}">{n}</a></li>')
        if page < last:
            pager.append(f'<li class="page-item"><a class="page-link" href="{self.base}/berita?page={page + 1}" '
                         'rel="next" aria-label="Next &raquo;">&rsaquo;</a></li>')
        pager.append("</ul></nav>")
        main = '<h3 class="section-title">Berita</h3>' + "".join(self.card(a) for a in items) + "".join(pager)
        return Reply(body=self.layout(f"Berita - {SITE}", main))

    def article(self, a: dict) -> str:
        paras = paragraphs(a)
        if len(paras) > 1:  # the photo and its caption sit inside the body, after the first paragraph
            paras.insert(1, f'<figure class="figure"><img src="{self.base}/storage/foto/{a["path"].split("/")[2]}'
                            '.jpg" class="img-fluid"><figcaption class="figure-caption">Dokumentasi Biro Adpim '
                            'Setda Provinsi Nusa Selatan</figcaption></figure>')
        body = "\n".join(p if p.startswith("<figure") else f"<p>{p}</p>" for p in paras)
        date = (f'<span><i class="bi bi-calendar3"></i> {a["shown_date"]}</span> &nbsp; '
                if a["shown_date"] else "")
        main = f"""<div class="news-detail">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{self.base}/">Beranda</a></li><li class="breadcrumb-item"><a href="{self.base}/berita">Berita</a></li></ol></nav>
<h1 class="news-title">{escape(a["title"])}</h1>
<div class="news-meta text-muted">{date}<span><i class="bi bi-eye"></i> 1.245 kali dilihat</span></div>
<div class="news-content">
{body}
</div>
<div class="share">Bagikan: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
</div>"""
        return self.layout(f'{escape(a["title"])} - {SITE}', main)

