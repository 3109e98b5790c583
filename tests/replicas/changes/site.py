"""Change-tracking replica: an agency site whose releases change between crawls, as real ones do.

Each release has a ``mode`` a test sets between nights: ``ok`` (served), ``gone404`` / ``gone410``
(taken down), ``home`` (301 to the home page), ``soft404`` (200 with a "not found" page), ``error500``
(a server error), ``errorpage`` (200 with a database error page). ``edit()`` changes a release's text and,
unless told otherwise, its sitemap ``<lastmod>``. Site-wide misbehaviours: ``always_304`` (a 304 to every
request, validators or not) and ``rolling_etag`` (a new ETag on every answer). Every article page carries
furniture that changes on every request: a view counter, a rotating "Baca juga" link and a link whose
tracking parameters change; none of it may ever count as an edit.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field
from html import escape

from tests.replicas.server import Reply, Request, Site

ROBOTS = "User-agent: *\nDisallow:\n"
LIVE = ("ok", "error500", "errorpage")  # modes in which a release is still listed


@dataclass
class Page:
    slug: str
    title: str
    date: str  # as displayed, e.g. "Senin, 29 April 2024"
    lastmod: str  # sitemap <lastmod>
    paragraphs: list[str]
    mode: str = "ok"
    history: list[str] = field(default_factory=list)


def _paragraphs(topic: str, number: int) -> list[str]:
    return [(f"Jakarta – Pemerintah menggelar rapat koordinasi tentang {topic} yang dihadiri {number} "
            "perwakilan kementerian, lembaga dan pemerintah daerah dari seluruh Indonesia."),
            (f"Dalam rapat tersebut disepakati langkah bersama untuk memperkuat {topic} hingga akhir tahun, "
            "termasuk pelatihan petugas, pendataan warga dan laporan berkala kepada pimpinan."),
            "Informasi lengkap: https://changes.invalid/agenda?id=12&utm_source=siaran&utm_campaign=CAMPAIGN"]


# slug, title, displayed date, lastmod, topic, number
RELEASES = [
    ("koreksi-angka-banjir", "Koordinasi Penanganan Banjir di Jakarta", "Selasa, 30 April 2024",
     "2024-04-30T09:00:00+07:00", "penanganan banjir", 40),
    ("furnitur-berubah", "Pelatihan Relawan Kebencanaan", "Senin, 29 April 2024",
     "2024-04-29T09:00:00+07:00", "pelatihan relawan", 25),
    ("dihapus-404", "Rencana Relokasi Warga Pesisir", "Senin, 29 April 2024",
     "2024-04-29T09:00:00+07:00", "relokasi warga pesisir", 31),
    ("dialihkan-ke-beranda", "Evaluasi Program Bantuan Pangan", "Minggu, 28 April 2024",
     "2024-04-28T09:00:00+07:00", "bantuan pangan", 18),
    ("soft-404", "Penyaluran Bantuan Sosial Tahap Dua", "Minggu, 28 April 2024",
     "2024-04-28T09:00:00+07:00", "bantuan sosial", 22),
    ("naik-turun", "Uji Coba Sistem Peringatan Dini", "Sabtu, 27 April 2024",
     "2024-04-27T09:00:00+07:00", "sistem peringatan dini", 12),
    ("dihapus-lalu-kembali", "Kerja Sama Penanggulangan Kebakaran Hutan", "Sabtu, 27 April 2024",
     "2024-04-27T09:00:00+07:00", "penanggulangan kebakaran hutan", 27),
    ("server-rusak", "Pembangunan Tanggul Laut Tahap Awal", "Sabtu, 27 April 2024",
     "2024-04-27T09:00:00+07:00", "pembangunan tanggul laut", 15),
    ("lama-dengan-sinyal", "Peresmian Gudang Logistik Regional", "Rabu, 12 Juli 2023",
     "2023-07-12T09:00:00+07:00", "logistik regional", 9),
    ("lama-tanpa-sinyal", "Penandatanganan Nota Kesepahaman Mitigasi", "Selasa, 11 Juli 2023",
     "2023-07-11T09:00:00+07:00", "mitigasi bencana", 7),
]


class ChangesSite(Site):
    name = "changes"

    def __init__(self) -> None:
        self.pages = {slug: Page(slug, title, date, lastmod, _paragraphs(topic, number))
                      for slug, title, date, lastmod, topic, number in RELEASES}
        self.always_304 = False
        self.rolling_etag = False
        self.hits: Counter[str] = Counter()
        self._counter = itertools.count(1000)

    # -- what a test does between nights ---------------------------------------------------------
    def edit(self, slug: str, old: str, new: str, *, lastmod: str | None = None) -> None:
        """Replace ``old`` by ``new`` in the release's text; ``lastmod`` updates its sitemap stamp."""
        page = self.pages[slug]
        joined = "\n\n".join(page.paragraphs)
        assert old in joined, old
        page.paragraphs = joined.replace(old, new).split("\n\n")
        if lastmod:
            page.lastmod = lastmod

    def set_mode(self, slug: str, mode: str) -> None:
        self.pages[slug].mode = mode

    # -- serving ----------------------------------------------------------------------------------
    def handle(self, request: Request) -> Reply | None:
        self.hits[request.path] += 1
        if request.path == "/robots.txt":
            return Reply(body=ROBOTS, content_type="text/plain")
        if self.always_304:
            return Reply(304, "", validators=False)
        if request.path in ("/", ""):
            return Reply(body=self.layout("Beranda", "<h1>Selamat datang</h1><p>Portal berita resmi.</p>"))
        if request.path == "/siaran":
            return self.listing()
        if request.path == "/sitemap.xml":
            return self.sitemap()
        page = self.pages.get(request.path.strip("/"))
        return self.article(page) if page else None

    def listed(self) -> list[Page]:
        return [p for p in self.pages.values() if p.mode in LIVE]

    def listing(self) -> Reply:
        items = "\n".join(f'<article class="item"><h2><a href="/{p.slug}">{escape(p.title)}</a></h2>'
                          f'<p class="tgl">{p.date}</p></article>' for p in self.listed())
        return Reply(body=self.layout("Siaran Pers", f"<h1>Siaran Pers</h1>\n{items}"))

    def sitemap(self) -> Reply:
        urls = "".join(f"<url><loc>http://changes.invalid/{p.slug}</loc><lastmod>{p.lastmod}</lastmod></url>"
                       for p in self.listed())
        xml = f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
        return Reply(body=xml.replace("http://changes.invalid", self.base), content_type="application/xml")

    base = "http://changes.invalid"  # the server's URL, set by the test (sitemaps carry absolute URLs)

    def article(self, page: Page) -> Reply:
        mode = page.mode
        if mode == "gone404":
            return Reply(404, self.layout("404 Not Found", "<h1>404</h1><p>Halaman tidak ditemukan.</p>"))
        if mode == "gone410":
            return Reply(410, self.layout("Gone", "<h1>410 Gone</h1>"))
        if mode == "home":
            return Reply(301, "", headers={"Location": "/"})
        if mode == "soft404":
            return Reply(body=self.layout("Halaman tidak ditemukan", "<h1>Maaf, halaman tidak ditemukan</h1>"
                                          "<p>Halaman yang Anda cari tidak tersedia.</p>"))
        if mode == "error500":
            return Reply(500, "<html><body><h1>500 Internal Server Error</h1></body></html>")
        if mode == "errorpage":
            return Reply(body="<html><head><title>Database Error</title></head><body><h1>Error establishing a "
                              "database connection</h1></body></html>")
        n = next(self._counter)
        others = [p for p in self.pages.values() if p.slug != page.slug]
        related = others[n % len(others)]
        body = "\n".join(f"<p>{escape(text.replace('CAMPAIGN', str(n)), quote=False)}</p>"
                         for text in page.paragraphs)
        furniture = (f'<p class="penayangan">Dilihat {n} kali</p>\n'
                     f'<p><strong>Baca juga:</strong> <a href="/{related.slug}">{escape(related.title)}</a></p>')
        content = (f'<article><h1 class="judul">{escape(page.title)}</h1>\n<p class="meta"><span class="tanggal">'
                   f'{page.date}</span></p>\n<div class="isi">\n{body}\n{furniture}\n</div></article>')
        headers = {"ETag": f'"r{n}"'} if self.rolling_etag else {}
        return Reply(body=self.layout(page.title, content), headers=headers)

    def layout(self, title: str, content: str) -> str:
        return (f'<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8"><title>{escape(title)}</title>'
                f'</head><body><header><a href="/">Beranda</a> <a href="/siaran">Siaran Pers</a></header>'
                f'<main>{content}</main><footer><p>Hak cipta dilindungi.</p></footer></body></html>\n')
