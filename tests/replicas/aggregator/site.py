"""Aggregator replica: an agency site and a news aggregator that republishes two of its releases.

The aggregator's copies carry ``<link rel="canonical">`` pointing at the agency's page and a
``Sumber:`` credit line, as aggregators do. Crawled in either order, or together, the archive must keep
the agency's releases exactly as the agency published them and store the copies as their duplicates.
The aggregator also serves pages that fail in every way a crawl can fail (``FAULTS``), so
``siaran runs --errors`` has one of each kind to show.

Two servers, so the two sources are two hosts: ``AgencySite`` first, then ``AggregatorSite(agency_url)``.
"""

from __future__ import annotations

from html import escape

from tests.replicas.server import Reply, Request, Site

AGENCY_NAME = "Agensi Penanggulangan Bencana Contoh"

# slug -> (title, date as the agency prints it, paragraphs). Distinct texts, each over 20 words.
RELEASES = {
    "banjir-bekasi": (
        "Agensi Kirim Tim Reaksi Cepat ke Lokasi Banjir Bekasi", "Senin, 2 Maret 2026",
        [("Bekasi – Tim reaksi cepat diberangkatkan ke tujuh kelurahan yang terendam banjir setinggi satu "
         "meter setelah tanggul sungai jebol pada Minggu malam."),
         ("Petugas mendirikan dapur umum di halaman masjid dan menyalurkan perahu karet untuk mengevakuasi "
         "warga lanjut usia, ibu hamil dan anak-anak ke gedung sekolah terdekat."),
         ("Kepala pusat data mengimbau warga di bantaran sungai tetap waspada karena hujan deras diperkirakan "
         "berlanjut hingga akhir pekan.")]),
    "gempa-sukabumi": (
        "Gempa Magnitudo 5,2 Guncang Sukabumi, Puluhan Rumah Rusak", "Selasa, 3 Maret 2026",
        [("Sukabumi – Gempa bumi berkekuatan lima koma dua mengguncang wilayah selatan kabupaten pada Selasa "
         "dini hari dan merusak puluhan rumah warga di tiga kecamatan."),
         ("Pendataan sementara mencatat empat puluh dua rumah rusak ringan, sembilan rusak sedang dan dua "
         "sekolah dasar retak pada bagian dinding kelas."),
         ("Pemerintah daerah menyiapkan tenda pengungsian dan meminta warga menjauhi bangunan yang retak "
         "sampai petugas selesai memeriksa kekuatan strukturnya.")]),
    "kekeringan-ntt": (
        "Distribusi Air Bersih untuk Desa Terdampak Kekeringan di NTT", "Rabu, 4 Maret 2026",
        [("Kupang – Sebanyak dua belas truk tangki air bersih dikerahkan setiap hari ke desa-desa yang "
         "mengalami kekeringan panjang di Nusa Tenggara Timur."),
         ("Pemerintah provinsi juga membangun sumur bor di lima titik dan membagikan penampung air bagi "
         "keluarga yang tinggal jauh dari sumber mata air."),
         ("Warga diminta menghemat pemakaian air dan melapor ke posko desa apabila jadwal distribusi "
         "terlambat lebih dari satu hari.")]),
}

# The aggregator republishes these two, a day later, with a prefix of its own and a credit line.
REPUBLISHED = {"banjir-bekasi": ("tim-reaksi-cepat-banjir-bekasi", "Selasa, 3 Maret 2026"),
               "gempa-sukabumi": ("gempa-sukabumi-puluhan-rumah-rusak", "Rabu, 4 Maret 2026")}

OWN = {  # the aggregator's own stories
    "harga-beras": ("Harga Beras di Pasar Induk Mulai Turun", "Kamis, 5 Maret 2026",
                    [("Jakarta – Harga beras medium di pasar induk turun dua ratus rupiah per kilogram dalam "
                     "sepekan terakhir seiring masuknya panen raya dari Jawa Tengah dan Jawa Timur."),
                     ("Pedagang memperkirakan harga akan terus melandai hingga bulan depan apabila pasokan "
                     "dari daerah sentra produksi tetap lancar.")]),
    "kanonik-mati": ("Festival Layang-Layang Pantai Selatan Digelar Akhir Pekan", "Jumat, 6 Maret 2026",
                     [("Bantul – Ratusan peserta dari berbagai daerah mengikuti festival layang-layang tahunan "
                      "di pantai selatan yang digelar panitia bersama dinas pariwisata."),
                      ("Panitia menyiapkan kantong parkir tambahan dan meminta pengunjung menjaga kebersihan "
                      "pantai selama acara berlangsung.")]),
}
DEAD_CANONICAL = "https://tidak-ada.invalid/berita/festival"  # a canonical on a host that does not exist

# path on the aggregator -> the failure a crawl must report for it, and its kind.
FAULTS = {
    "/berita/rusak": "spider_exception",  # the spider's callback raises (tests/replicas/aggregator/spider.py)
    "/berita/pipa-bocor": "pipeline_exception",  # a pipeline raises on this item (ditto)
    "/berita/hilang": "http",  # 404
    "/berita/macet": "timeout",  # answers after the crawl's download timeout
    "/berita/kosong": "dropped",  # a photo page with no text: a policy drop, not a failure
}
UNREACHABLE = "http://127.0.0.1:1/berita/putus"  # connection refused: kind 'network'


def article_html(title: str, date: str | None, paragraphs: list[str], canonical: str | None = None) -> str:
    link = f'<link rel="canonical" href="{escape(canonical)}">' if canonical else ""
    date_html = f'<p class="meta"><span class="tanggal">{date}</span></p>' if date else ""
    body = "\n".join(f"<p>{escape(p, quote=False)}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8"><title>{escape(title)}</title>{link}'
            f'</head>\n<body><main><article><h1 class="judul">{escape(title)}</h1>\n{date_html}\n'
            f'<div class="isi">\n{body}\n</div></article></main>\n'
            '<footer><p>Hak cipta dilindungi.</p></footer></body></html>\n')


def listing_html(links: list[tuple[str, str]]) -> str:
    items = "\n".join(f'<article class="item"><h2><a href="{escape(href)}">{escape(text)}</a></h2></article>'
                      for href, text in links)
    return (f'<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8"><title>Daftar</title></head>'
            f'<body><main>\n{items}\n</main></body></html>')


def origin(request: Request) -> str:
    return "http://" + request.headers.get("Host", "127.0.0.1")


def copy_paragraphs(slug: str) -> list[str]:
    """The aggregator's copy of an agency release: its own dateline prefix and the credit line."""
    paragraphs = list(RELEASES[slug][2])
    paragraphs[0] = "WARTA NUSANTARA – " + paragraphs[0]
    return [*paragraphs, f"Sumber: {AGENCY_NAME}"]


class AgencySite(Site):
    """The agency: three releases. One is linked as a print view whose canonical is the release's own
    page spelled with ``www.`` and ``https`` (same host family: merged under the canonical)."""

    name = "agensi"
    PRINT_VIEW = "kekeringan-ntt"

    def handle(self, request: Request) -> Reply | None:
        if request.path == "/robots.txt":
            return Reply(body="User-agent: *\nAllow: /\n", content_type="text/plain")
        if request.path == "/siaran":
            links = [(f"/siaran/cetak/{slug}" if slug == self.PRINT_VIEW else f"/siaran/{slug}", title)
                     for slug, (title, _, _) in RELEASES.items()]
            return Reply(body=listing_html(links))
        slug = request.path.rsplit("/", 1)[-1]
        if slug not in RELEASES or not request.path.startswith("/siaran/"):
            return None
        title, date, paragraphs = RELEASES[slug]
        host = request.headers.get("Host", "127.0.0.1")
        canonical = f"https://www.{host}/siaran/{slug}" if slug == self.PRINT_VIEW else f"{origin(request)}/siaran/{slug}"
        return Reply(body=article_html(title, date, paragraphs, canonical))


class AggregatorSite(Site):
    """The aggregator: two copies of agency releases, two stories of its own, and ``FAULTS``."""

    name = "warta"

    def __init__(self, agency_url: str, *, hang: float = 30.0) -> None:
        self.agency_url = agency_url.rstrip("/")
        self.hang = hang

    def handle(self, request: Request) -> Reply | None:
        if request.path == "/robots.txt":
            return Reply(body="User-agent: *\nAllow: /\n", content_type="text/plain")
        if request.path == "/berita":
            links = [(f"/berita/{path}", RELEASES[slug][0]) for slug, (path, _) in REPUBLISHED.items()]
            links += [(f"/berita/{slug}", title) for slug, (title, _, _) in OWN.items()]
            links += [(path, kind) for path, kind in FAULTS.items()] + [(UNREACHABLE, "network")]
            return Reply(body=listing_html(links))
        slug = request.path.rsplit("/", 1)[-1]
        for agency_slug, (path, date) in REPUBLISHED.items():
            if slug == path:
                return Reply(body=article_html(RELEASES[agency_slug][0], date, copy_paragraphs(agency_slug),
                                               f"{self.agency_url}/siaran/{agency_slug}"))
        if slug in OWN:
            title, date, paragraphs = OWN[slug]
            canonical = DEAD_CANONICAL if slug == "kanonik-mati" else f"{origin(request)}/berita/{slug}"
            return Reply(body=article_html(title, date, paragraphs, canonical))
        if request.path == "/berita/macet":
            return Reply(body=article_html("Halaman Lambat", "Sabtu, 7 Maret 2026", OWN["harga-beras"][2]),
                         delay=self.hang)
        if request.path == "/berita/kosong":
            return Reply(body=article_html("Galeri Foto Banjir", "Sabtu, 7 Maret 2026", []))
        if request.path == "/berita/rusak":
            return Reply(body=article_html("Halaman yang Membuat Spider Gagal", "Sabtu, 7 Maret 2026",
                                           [("Isi halaman ini tidak pernah sampai ke arsip karena pemanggil "
                                            "balik spider melempar pengecualian saat membacanya.")]))
        if request.path == "/berita/pipa-bocor":
            return Reply(body=article_html("Berita yang Membuat Pipeline Gagal", "Sabtu, 7 Maret 2026",
                                           [("Pipa pengolahan melempar pengecualian untuk berita ini sehingga "
                                            "kegagalan itu harus tercatat di laporan crawl beserta alamatnya."),
                                            "Paragraf kedua memastikan teks cukup panjang untuk diarsipkan."]))
        return None
