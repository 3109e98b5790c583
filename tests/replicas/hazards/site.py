"""Hazards replica: one listing page whose links each hit something real agency servers do wrong.

Every hazard is a path below; ``HAZARDS`` says what the crawler must make of it, so the robustness test
reads its expectations from here. The pages are written inline: the point is the HTTP behaviour, not
a template.
"""

from __future__ import annotations

from collections import Counter
from html import escape

from tests.replicas.server import Reply, Request, Site

ROBOTS = "User-agent: *\nDisallow: /internal/\n"
DOWNLOAD_HANG = 10.0  # seconds: longer than the test's SIARAN_DOWNLOAD_TIMEOUT
HUGE_SIZE = 5 * 1024 * 1024

# An UTF-8 page whose server says ISO-8859-1 (Apache's old default): en dash and quotes must survive.
CHARSET_TEXT = ("Jakarta – Badan Nasional Penanggulangan Bencana (BNPB) menetapkan status “siaga darurat” "
                "untuk wilayah terdampak banjir dan mengerahkan tim reaksi cepat ke lokasi pengungsian.")
# A Windows-1252 page (an old CMS) whose server says UTF-8.
CP1252_TEXT = ("Bandung – Pemerintah daerah bersama Badan Penanggulangan Bencana Daerah menyiapkan “posko "
               "terpadu” bagi warga yang mengungsi akibat tanah longsor di Kecamatan Cipongkor pekan ini.")


# Distinct texts, so no page is a near-duplicate of another (each is over the 20-word minimum).
BODIES = {
    "koordinasi": [("Jakarta – Rapat koordinasi nasional kesiapsiagaan menghadapi musim hujan dihadiri kementerian, "
                   "lembaga dan pemerintah provinsi yang rawan banjir serta tanah longsor."),
                   ("Setiap provinsi diminta memperbarui rencana kontinjensi dan menguji sistem peringatan dini "
                   "sebelum puncak musim hujan pada bulan Januari.")],
    "logistik": [("Palu – Sebanyak dua puluh ton beras, selimut dan perlengkapan kebersihan dikirim ke gudang "
                 "logistik daerah untuk keluarga yang rumahnya rusak akibat gempa."),
                 ("Distribusi ke desa-desa terpencil memakai kendaraan gardan ganda karena jembatan utama masih "
                 "ditutup untuk pemeriksaan struktur oleh dinas pekerjaan umum.")],
    "posko": [("Cianjur – Posko terpadu resmi dibuka di halaman kantor bupati dan melayani pendaftaran pengungsi, "
              "layanan kesehatan, dapur umum serta pengaduan warga selama dua puluh empat jam."),
              ("Relawan dari organisasi kemanusiaan diminta melapor ke meja koordinasi agar penugasan tidak "
              "tumpang tindih dengan petugas pemerintah.")],
    "gempa": [("Mamuju – Tim reaksi cepat memeriksa kerusakan sekolah, puskesmas dan rumah ibadah setelah gempa "
              "bermagnitudo lima koma enam mengguncang wilayah pesisir pada dini hari."),
              ("Pemerintah kabupaten menyiapkan tenda sekolah darurat sehingga kegiatan belajar dapat berlanjut "
              "mulai pekan depan tanpa menunggu perbaikan gedung.")],
    "pengungsi": [("Garut – Data pengungsi diperbarui setiap enam jam oleh petugas desa dan dikirim ke pusat "
                  "pengendalian operasi untuk menghitung kebutuhan makanan dan air bersih."),
                  ("Kelompok rentan seperti lansia, ibu hamil dan penyandang disabilitas dicatat terpisah agar "
                  "mendapat layanan lebih dulu di setiap titik pengungsian.")],
    "pernyataan": [("Jakarta – Kepala badan menyampaikan duka cita mendalam kepada keluarga korban dan memastikan "
                   "seluruh biaya perawatan korban luka ditanggung oleh pemerintah."),
                   ("Masyarakat diimbau tidak menyebarkan foto korban di media sosial demi menghormati privasi "
                   "keluarga yang sedang berduka.")],
    "siaga": [("Status siaga ditetapkan selama empat belas hari dan dapat diperpanjang apabila curah hujan tinggi "
              "masih terjadi menurut prakiraan badan meteorologi setempat.")],
    "longsor": [("Warga yang tinggal di lereng bukit diminta mengungsi sementara ke gedung olahraga kecamatan "
                "sampai retakan tanah di atas permukiman selesai diperiksa ahli geologi.")],
    "draf": [("Draf siaran pers internal yang belum disetujui pimpinan dan tidak boleh diambil oleh perayap "
             "mana pun karena berkas robots melarang jalur ini.")],
}


def article_html(title: str, date: str | None, body_paragraphs: list[str]) -> str:
    date_html = f'<p class="meta"><span class="tanggal">{date}</span></p>' if date else '<p class="meta"></p>'
    body = "\n".join(f"<p>{escape(p, quote=False)}</p>" for p in body_paragraphs)
    return (f'<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'</head>\n<body><main><article><h1 class="judul">{escape(title)}</h1>\n{date_html}\n'
            f'<div class="isi">\n{body}\n</div></article></main>\n'
            '<footer><p>Hak cipta dilindungi.</p></footer></body></html>\n')


# path -> what the crawl must do with it (read by tests/integration/test_crawl_robustness.py)
HAZARDS = {
    "/siaran/rapat-koordinasi-nasional": "stored",
    "/siaran/server-sibuk": "stored after one 500",
    "/siaran/alamat-lama": "redirected twice to /siaran/alamat-baru, stored there",
    "/siaran/putar-a": "redirect loop: error",
    "/siaran/sudah-dihapus": "404: error",
    "/siaran/laporan-besar": "5 MB: error",
    "/siaran/server-macet": "hangs: error",
    "/siaran/tanpa-tanggal": "no date: stored undated (never dated from its text)",
    "/siaran/hanya-foto": "empty body: dropped",
    "/siaran/terpotong": "truncated HTML: stored",
    "/siaran/label-latin1": "UTF-8 labelled ISO-8859-1: stored with the right text",
    "/siaran/label-utf8": "Windows-1252 labelled UTF-8: stored with the right text",
    "/internal/draf-siaran": "robots.txt disallows: never requested",
    "/dokumen/laporan-tahunan-2022.pdf": "PDF: never requested",
}


class HazardsSite(Site):
    name = "hazards"

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()

    def handle(self, request: Request) -> Reply | None:
        self.hits[request.path] += 1
        if request.path == "/robots.txt":
            return Reply(body=ROBOTS, content_type="text/plain")
        if request.path == "/siaran":
            return self.listing() if request.arg("page", "1") == "1" else None  # page 2 is a 404
        route = getattr(self, "page_" + request.path.rsplit("/", 1)[-1].replace("-", "_").replace(".", "_"), None)
        return route(request) if route else None

    def listing(self) -> Reply:
        items = "\n".join(f'<article class="item"><h2><a href="{path}">{escape(what)}</a></h2></article>'
                          for path, what in HAZARDS.items())
        html = (f'<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8"><title>Siaran Pers</title></head>'
                f'<body><main>\n{items}\n<nav><a class="next" href="/siaran?page=2">Berikutnya</a></nav>'
                '</main></body></html>')
        return Reply(body=html)

    # -- the hazards -----------------------------------------------------------------------------
    def page_rapat_koordinasi_nasional(self, request: Request) -> Reply:
        return Reply(body=article_html("Rapat Koordinasi Nasional Penanggulangan Bencana",
                                       "Senin, 21 November 2022", BODIES["koordinasi"]))

    def page_server_sibuk(self, request: Request) -> Reply:
        if self.hits[request.path] == 1:
            return Reply(500, "<html><body><h1>500 Internal Server Error</h1></body></html>")
        return Reply(body=article_html("Pemerintah Salurkan Bantuan Logistik", "Selasa, 22 November 2022",
                                       BODIES["logistik"]))

    def page_alamat_lama(self, request: Request) -> Reply:
        return Reply(301, "", headers={"Location": "/siaran/alamat-sementara"})

    def page_alamat_sementara(self, request: Request) -> Reply:
        return Reply(302, "", headers={"Location": "/siaran/alamat-baru"})

    def page_alamat_baru(self, request: Request) -> Reply:
        return Reply(body=article_html("Peresmian Posko Terpadu di Cianjur", "Rabu, 23 November 2022",
                                       BODIES["posko"]))

    def page_putar_a(self, request: Request) -> Reply:
        return Reply(302, "", headers={"Location": "/siaran/putar-b"})

    def page_putar_b(self, request: Request) -> Reply:
        return Reply(302, "", headers={"Location": "/siaran/putar-a"})

    def page_laporan_besar(self, request: Request) -> Reply:
        filler = "<p>" + "Data sebaran pengungsi per kecamatan. " * 40 + "</p>\n"
        body = article_html("Laporan Data Pengungsi", "Kamis, 24 November 2022", BODIES["pengungsi"])
        body = body.replace("</div>", filler * (HUGE_SIZE // len(filler) + 1) + "</div>", 1)
        return Reply(body=body)

    def page_server_macet(self, request: Request) -> Reply:
        return Reply(body=article_html("Halaman Lambat", "Jumat, 25 November 2022", BODIES["koordinasi"]),
                     delay=DOWNLOAD_HANG)

    def page_tanpa_tanggal(self, request: Request) -> Reply:
        return Reply(body=article_html("Pernyataan Pers Tanpa Tanggal", None, BODIES["pernyataan"]))

    def page_hanya_foto(self, request: Request) -> Reply:
        return Reply(body=article_html("Galeri Foto Kegiatan", "Sabtu, 26 November 2022", []).replace(
            '<div class="isi">', '<div class="isi"><img src="/foto/kegiatan.jpg" alt="">'))

    def page_terpotong(self, request: Request) -> Reply:
        full = article_html("Koordinasi Penanganan Gempa Bumi", "Minggu, 27 November 2022",
                            BODIES["gempa"] + ["Paragraf ketiga yang tidak pernah selesai"])
        cut = full.index("Paragraf ketiga") + len("Paragraf ket")
        return Reply(body=full[:cut] + '</p><a hre')  # the connection closed mid-tag

    def page_label_latin1(self, request: Request) -> Reply:
        html = article_html("Status Siaga Darurat Banjir", "Senin, 28 November 2022",
                            [CHARSET_TEXT, *BODIES["siaga"]])
        return Reply(body=html.encode("utf-8"), content_type="text/html; charset=iso-8859-1")

    def page_label_utf8(self, request: Request) -> Reply:
        html = article_html("Posko Terpadu untuk Pengungsi Longsor", "Selasa, 29 November 2022",
                            [CP1252_TEXT, *BODIES["longsor"]])
        return Reply(body=html.encode("cp1252"), content_type="text/html; charset=utf-8")

    def page_draf_siaran(self, request: Request) -> Reply:
        return Reply(body=article_html("Draf Internal", "Rabu, 30 November 2022", BODIES["draf"]))

    def page_laporan_tahunan_2022_pdf(self, request: Request) -> Reply:
        return Reply(body=b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n",
                     content_type="application/pdf")
