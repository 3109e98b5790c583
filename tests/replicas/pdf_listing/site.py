"""PDF-listing replicas for ``siaran sources add``: agencies whose "Siaran Pers" page lists files, not pages.

``PdfListingSite``: a small agency site with no feed and no sitemap whose press-release listing is a
table of PDF files under ``/uploads/siaran-pers/<year>/`` (two pages, the second reached through its
pager). Each PDF is a release: the probe must propose ``pdf_releases = true``, and a crawl with the entry
it writes must store every file as a release. With ``download_links`` the same files are linked as
``/dokumen.php?id=N`` (no ``.pdf`` in the URL; the server answers ``application/pdf``). With
``unduh_links`` they are linked as download links the HTML pattern takes for furniture: ``/unduh?id=N``,
except the fourth, linked as ``/download/4``; the server answers ``application/octet-stream`` (a PDF
only by its bytes) for ``/unduh`` and ``application/pdf`` for ``/download``.

``HomePdfSite``: smaller still, no "Siaran Pers" page at all: the home page itself is the table of the
six release files (newest first, no pager), and the menu's "Siaran Pers" is the home page. The probe must
take the home page as the file listing.

``HtmlListingSite``: the negative case, an ordinary listing of HTML articles that also links one PDF (an
annual report) from the same list; it must not be proposed as ``pdf_releases``.

``RELEASES`` and ``ARTICLES`` are what the tests expect; they were written before the probe learnt the rule.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape

from tests.replicas import pdfs
from tests.replicas.hazards.site import article_html
from tests.replicas.server import Reply, Request, Site

ROBOTS = "User-agent: *\nDisallow: /admin/\n"
AGENCY = "Badan Pengelola Cadangan Pangan"
LISTING = "/siaran-pers"
PER_PAGE = 4


class PdfRelease:
    """One press release published only as a PDF file."""

    def __init__(self, path: str, title: str, created: str, day: str, lines: list[str]) -> None:
        self.path, self.title, self.created, self.day, self.lines = path, title, created, day, lines

    @property
    def file_id(self) -> int:
        return RELEASES.index(self) + 1


# Newest first, as the listing shows them. ``day``: the document's creation date (Asia/Jakarta).
RELEASES = [
    PdfRelease("/uploads/siaran-pers/2026/SP-041-penyaluran-cadangan-beras-akhir-tahun.pdf",
               "Penyaluran Cadangan Beras Pemerintah Menjelang Akhir Tahun", "D:20261204090000+07'00'",
               "2026-12-04", ["Cadangan beras pemerintah disalurkan ke tiga puluh provinsi untuk menjaga",
                              "harga tetap stabil selama libur akhir tahun dan menjelang musim tanam.",
                              "Penyaluran diawasi bersama satuan tugas pangan di setiap provinsi tujuan."]),
    PdfRelease("/uploads/siaran-pers/2026/SP-040-stok-gula-nasional-aman.pdf",
               "Stok Gula Nasional Aman Hingga Triwulan Pertama", "D:20261120083000+07'00'", "2026-11-20",
               ["Persediaan gula konsumsi di gudang nasional mencukupi kebutuhan hingga bulan Maret",
                "menurut hasil pemeriksaan bersama dinas perdagangan di sentra produksi.",
                "Masyarakat diimbau tidak membeli gula secara berlebihan menjelang hari raya."]),
    PdfRelease("/uploads/siaran-pers/2026/SP-039-operasi-pasar-minyak-goreng.pdf",
               "Operasi Pasar Minyak Goreng di Dua Belas Kota", "D:20261105100000+07'00'", "2026-11-05",
               ["Operasi pasar minyak goreng kemasan sederhana digelar di dua belas kota dengan harga",
                "eceran tertinggi untuk meringankan beban rumah tangga berpenghasilan rendah.",
                "Setiap pembeli dibatasi dua liter agar pasokan merata di semua titik penjualan."]),
    PdfRelease("/uploads/siaran-pers/2026/SP-038-kerja-sama-gudang-daerah.pdf",
               "Kerja Sama Pengelolaan Gudang Pangan Daerah", "D:20261021140000+07'00'", "2026-10-21",
               ["Nota kesepahaman pengelolaan gudang pangan ditandatangani bersama enam pemerintah",
                "provinsi untuk memperpendek jarak distribusi ke kabupaten terpencil.",
                "Gudang daerah akan dilengkapi pengering gabah dan alat ukur kadar air."]),
    PdfRelease("/uploads/siaran-pers/2025/SP-112-evaluasi-cadangan-jagung.pdf",
               "Evaluasi Cadangan Jagung untuk Pakan Ternak", "D:20251215090000+07'00'", "2025-12-15",
               ["Evaluasi tahunan cadangan jagung menunjukkan serapan dari petani meningkat dan",
                "pasokan bagi peternak ayam rakyat terjaga sepanjang musim kemarau.",
                "Harga jagung di tingkat petani tetap di atas harga acuan pembelian pemerintah."]),
    PdfRelease("/uploads/siaran-pers/2025/SP-111-pelatihan-petugas-gudang.pdf",
               "Pelatihan Mutu Penyimpanan bagi Petugas Gudang", "D:20251201080000+07'00'", "2025-12-01",
               ["Petugas gudang dari seluruh wilayah mengikuti pelatihan pengendalian hama dan",
                "kelembapan agar mutu beras tetap terjaga selama masa penyimpanan panjang.",
                "Peserta terbaik akan menjadi pelatih bagi petugas gudang di daerah masing-masing."]),
]


@lru_cache(maxsize=16)
def release_pdf(path: str) -> bytes:
    """The bytes of one release's file (built once per process: the same bytes, the same ETag)."""
    release = next(r for r in RELEASES if r.path == path)
    return pdfs.text_pdf([pdfs.Page(release.lines, heading=release.title)], title=release.title,
                         created=release.created)


def page_html(title: str, main: str, extra_head: str = "") -> str:
    """The agency's layout: a menu (furniture on every page) around ``main``."""
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{escape(title)} | {AGENCY}'
            f'</title>{extra_head}</head><body><header><a href="/">{AGENCY}</a><nav><a href="/">Beranda</a> '
            f'<a href="/profil">Profil</a> <a href="{LISTING}">Siaran Pers</a> <a href="/kontak">Kontak</a>'
            f'</nav></header><main>{main}</main><footer><p>Hak cipta {AGENCY}.</p></footer></body></html>')


class PdfListingSite(Site):
    name = "cadangan"

    def __init__(self, *, download_links: bool = False, unduh_links: bool = False) -> None:
        self.download_links, self.unduh_links = download_links, unduh_links

    def link(self, release: PdfRelease) -> str:
        if self.unduh_links:
            return f"/download/{release.file_id}" if release.file_id == 4 else f"/unduh?id={release.file_id}"
        return f"/dokumen.php?id={release.file_id}" if self.download_links else release.path

    def handle(self, request: Request) -> Reply | None:
        if request.path == "/robots.txt":
            return Reply(body=ROBOTS, content_type="text/plain")
        if request.path == "/":
            return Reply(body=page_html("Beranda", f"<h1>Selamat datang</h1><p>{AGENCY} menjaga ketersediaan "
                                                   "pangan nasional.</p>"))
        if request.path in ("/profil", "/kontak"):
            return Reply(body=page_html(request.path[1:].title(), "<p>Kantor pusat di Jakarta.</p>"))
        if request.path == LISTING:
            return self.listing(int(request.arg("page", "1") or 1))
        if request.path == "/dokumen.php" and self.download_links:
            wanted = request.arg("id", "")
            release = next((r for r in RELEASES if str(r.file_id) == wanted), None)
            return self.pdf(release.path) if release else None
        if self.unduh_links and request.path == "/unduh":
            release = next((r for r in RELEASES if str(r.file_id) == request.arg("id", "")), None)
            return Reply(body=release_pdf(release.path), content_type="application/octet-stream") \
                if release else None
        if self.unduh_links and request.path.startswith("/download/"):
            release = next((r for r in RELEASES if f"/download/{r.file_id}" == request.path), None)
            return self.pdf(release.path) if release else None
        if not self.download_links and not self.unduh_links and any(r.path == request.path for r in RELEASES):
            return self.pdf(request.path)
        return None

    def pdf(self, path: str) -> Reply:
        return Reply(body=release_pdf(path), content_type="application/pdf")

    def listing(self, page: int) -> Reply | None:
        shown = RELEASES[(page - 1) * PER_PAGE: page * PER_PAGE]
        if not shown:
            return None
        rows = "".join(f'<tr><td>{r.day}</td><td><a href="{self.link(r)}">{escape(r.title)}</a></td>'
                       f'<td><a href="{self.link(r)}">Unduh (PDF)</a></td></tr>' for r in shown)
        pager = f'<a rel="next" href="{LISTING}?page={page + 1}">Berikutnya</a>' \
            if page * PER_PAGE < len(RELEASES) else ""
        back = f'<a href="{LISTING}?page={page - 1}">Sebelumnya</a>' if page > 1 else ""
        return Reply(body=page_html("Siaran Pers", f"<h1>Siaran Pers</h1><table>{rows}</table>"
                                                   f'<nav class="pager">{back} {pager}</nav>'))


class HomePdfSite(PdfListingSite):
    name = "beranda"

    def handle(self, request: Request) -> Reply | None:
        if request.path == "/":
            rows = "".join(f'<tr><td>{r.day}</td><td><a href="{self.link(r)}">{escape(r.title)}</a></td>'
                           f'<td><a href="{self.link(r)}">Unduh (PDF)</a></td></tr>' for r in RELEASES)
            main = (f"<h1>Siaran Pers</h1><p>Siaran pers {AGENCY} dapat diunduh di bawah ini.</p>"
                    f"<table>{rows}</table>")
            return Reply(body=page_html("Beranda", main).replace(f'href="{LISTING}"', 'href="/"'))
        if request.path == LISTING:
            return None
        return super().handle(request)


# The negative case: HTML articles, newest first, and one PDF linked from the same list.
ARTICLES = {
    "/berita/2026/rapat-koordinasi-ketahanan-pangan-daerah": "Rapat Koordinasi Ketahanan Pangan Daerah",
    "/berita/2026/panen-raya-padi-di-lumbung-nasional": "Panen Raya Padi di Lumbung Nasional",
    "/berita/2026/harga-cabai-mulai-turun-di-pasar-induk": "Harga Cabai Mulai Turun di Pasar Induk",
    "/berita/2026/gudang-baru-diresmikan-di-kupang": "Gudang Baru Diresmikan di Kupang",
    "/berita/2026/petani-muda-ikuti-sekolah-lapang": "Petani Muda Ikuti Sekolah Lapang",
}
ANNUAL_REPORT = "/uploads/laporan/laporan-kinerja-tahunan-2025.pdf"


class HtmlListingSite(Site):
    name = "pangan"

    def __init__(self, *, download_box: int = 0) -> None:
        self.download_box = download_box

    def handle(self, request: Request) -> Reply | None:
        if request.path == "/robots.txt":
            return Reply(body=ROBOTS, content_type="text/plain")
        if request.path == "/":
            return Reply(body=page_html("Beranda", '<p>Berita terbaru ada di <a href="/berita">Berita</a>.</p>')
                         .replace(f'<a href="{LISTING}">Siaran Pers</a>', '<a href="/berita">Berita</a>'))
        if request.path == "/berita":
            items = "".join(f'<li><a href="{path}">{escape(title)}</a></li>' for path, title in ARTICLES.items())
            items += f'<li><a href="{ANNUAL_REPORT}">Laporan Kinerja Tahunan 2025 (PDF)</a></li>'
            box = "".join(f'<li><a href="/unduh?id={i}">Formulir {i} (PDF)</a></li>'
                          for i in range(1, self.download_box + 1))
            box = f'<aside><h2>Unduhan</h2><ul>{box}</ul></aside>' if box else ""
            return Reply(body=page_html("Berita", f"<h1>Berita</h1><ul>{items}</ul>{box}"))
        if request.path in ARTICLES:
            title = ARTICLES[request.path]
            body = (f"{title}: kegiatan ini dihadiri pejabat daerah, penyuluh pertanian dan perwakilan kelompok "
                    "tani dari kabupaten sekitar yang membahas pasokan dan harga pangan menjelang akhir tahun.")
            return Reply(body=article_html(title, "Senin, 30 November 2026", [body]))
        if request.path == ANNUAL_REPORT:
            return Reply(body=release_pdf(RELEASES[0].path), content_type="application/pdf")
        wanted = request.arg("id", "") or ""
        if request.path == "/unduh" and wanted.isdigit() and 1 <= int(wanted) <= self.download_box:
            return Reply(body=release_pdf(RELEASES[int(wanted)].path), content_type="application/pdf")
        return None


class NewsAndFilesSite(PdfListingSite):
    """Both: HTML news under "Berita" and a "Siaran Pers" page of PDF files. The HTML articles win (the
    probe's conservative choice); the file listing is only reported."""

    name = "gabungan"
    news = HtmlListingSite()

    def handle(self, request: Request) -> Reply | None:
        if request.path == "/":
            return Reply(body=page_html("Beranda", '<p>Baca <a href="/berita">Berita</a> terbaru.</p>'))
        if request.path == "/berita" or request.path in ARTICLES:
            return self.news.handle(request)
        return super().handle(request)
