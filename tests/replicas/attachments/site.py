"""Attachments replica: releases whose PDFs are good, scanned, shared, or broken in every way issue 18 lists.

``FILES`` maps each file path to what the crawl must make of it (the status of its link), so the tests
read their expectations from here. Each release links two or three files; every release must be stored
whatever its files do.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape

from tests.replicas import pdfs
from tests.replicas.hazards.site import article_html
from tests.replicas.server import Reply, Request, Site

ROBOTS = "User-agent: *\nDisallow: /internal/\n"
MAX_BYTES = 200_000  # SIARAN_ATTACHMENT_MAX_BYTES for the test crawl
UNIQUE_PHRASE = "akseptasi QRIS antarnegara"  # only on page 2 of the statement, in no release's HTML

# path -> expected link status
FILES = {
    "/berkas/tabel-inflasi.pdf": "ok",
    "/berkas/pernyataan.pdf": "ok",
    "/berkas/surat-pindaian.pdf": "ok",  # OCR (needs_ocr without tesseract)
    "/berkas/terkunci.pdf": "failed",  # encrypted
    "/berkas/rusak.pdf": "failed",  # corrupt
    "/berkas/terpotong.pdf": "failed",  # truncated
    "/berkas/kosong.pdf": "empty",
    "/berkas/galat.pdf": "not_pdf",  # an HTML error page served as application/pdf
    "/berkas/besar.pdf": "too_large",
    "/berkas/bom-halaman.pdf": "failed",  # page-count bomb
    "/berkas/bom-zip.pdf": "failed",  # decompression bomb
    "/berkas/hilang.pdf": "failed",  # 404
    "/internal/rahasia.pdf": "skipped",  # robots.txt
    "/siaran/pengumuman-libur": "ok",  # a PDF-only release: the release URL answers with the file itself
}
PDF_RELEASE = "/siaran/pengumuman-libur"
# A listing whose entries are the files themselves (source lampiran_berkas, ``pdf_releases = true``).
FILE_LISTING = "/maklumat"
FILE_RELEASE = "/berkas/maklumat-penukaran-uang.pdf"
FILE_RELEASE_TITLE = "Maklumat Layanan Penukaran Uang Rupiah 2027"
PDF_RELEASE_TITLE = "Pengumuman Jadwal Operasional Kas Akhir Tahun 2026"
FAILED_FILES = {path for path, status in FILES.items() if status not in ("ok", "skipped")}

RELEASES = {
    "inflasi-september": ("Inflasi September 2026 Terkendali", ["/berkas/tabel-inflasi.pdf", "/berkas/terkunci.pdf",
                                                               "/berkas/kosong.pdf"]),
    "bi-rate-tetap": ("BI-Rate Tetap 5,00 Persen", ["/berkas/pernyataan.pdf", "/berkas/rusak.pdf",
                                                    "/berkas/galat.pdf"]),
    "ulasan-bi-rate": ("Ulasan Keputusan Rapat Dewan Gubernur", ["/berkas/pernyataan.pdf", "/berkas/besar.pdf",
                                                                  "/internal/rahasia.pdf"]),
    "surat-edaran-kas": ("Surat Edaran Layanan Kas", ["/berkas/surat-pindaian.pdf", "/berkas/terpotong.pdf",
                                                      "/berkas/hilang.pdf"]),
    "laporan-tahunan": ("Laporan Tahunan Diterbitkan", ["/berkas/bom-halaman.pdf", "/berkas/bom-zip.pdf"]),
}
BODIES = {
    "inflasi-september": "Badan statistik mengumumkan inflasi tahunan September yang tetap berada dalam sasaran "
                         "berkat pasokan pangan yang terjaga di sebagian besar provinsi.",
    "bi-rate-tetap": "Rapat Dewan Gubernur memutuskan mempertahankan suku bunga acuan untuk menjaga stabilitas "
                     "nilai tukar dan mengarahkan inflasi tetap dalam kisaran sasaran tahun depan.",
    "ulasan-bi-rate": "Para ekonom menilai keputusan bank sentral sejalan dengan perkiraan pasar dan memberi ruang "
                      "bagi perbankan untuk menyalurkan kredit kepada sektor prioritas.",
    "surat-edaran-kas": "Bank sentral menerbitkan surat edaran tentang penyesuaian jam layanan penukaran uang di "
                        "kantor perwakilan selama periode libur panjang akhir tahun.",
    "laporan-tahunan": "Laporan tahunan lembaga memuat kinerja keuangan, tata kelola dan program kerja yang "
                       "telah dilaksanakan sepanjang tahun bersama para pemangku kepentingan.",
}


@lru_cache(maxsize=32)
def file_bytes(path: str) -> bytes:
    """The bytes of each file, built once per process (same bytes, same ETag on every answer)."""
    builders = {
        "/berkas/tabel-inflasi.pdf": pdfs.inflation_release,
        "/berkas/pernyataan.pdf": pdfs.monetary_statement,
        "/berkas/surat-pindaian.pdf": pdfs.scanned_letter,
        "/berkas/terkunci.pdf": lambda: pdfs.encrypted_pdf(pdfs.inflation_release()),
        "/berkas/rusak.pdf": lambda: b"%PDF-1.5\n" + bytes(range(256)) * 16 + b"\n%%EOF\n",
        "/berkas/terpotong.pdf": lambda: pdfs.monetary_statement()[:700],
        "/berkas/kosong.pdf": lambda: b"",
        "/berkas/galat.pdf": lambda: b"<!DOCTYPE html><html><body><h1>404 Berkas tidak ditemukan</h1></body></html>",
        "/berkas/besar.pdf": lambda: pdfs.text_pdf([pdfs.Page([f"Lampiran statistik daerah baris {i}"
                                                               for i in range(45)]) for _ in range(150)],
                                                    compress=False),
        "/berkas/bom-halaman.pdf": lambda: pdfs.page_count_bomb(20_000),
        "/berkas/bom-zip.pdf": lambda: pdfs.decompression_bomb(100),
        "/internal/rahasia.pdf": pdfs.inflation_release,
        PDF_RELEASE: lambda: pdfs.text_pdf(
            [pdfs.Page(["Layanan kas Bank Indonesia ditutup pada 24 dan 25 Desember 2026 dan dibuka kembali",
                        "pada 28 Desember 2026. Penukaran uang pecahan kecil tersedia melalui kas keliling."],
                       heading=PDF_RELEASE_TITLE)],
            title=PDF_RELEASE_TITLE, created="D:20261201083000+07'00'"),
        FILE_RELEASE: lambda: pdfs.text_pdf(
            [pdfs.Page(["Penukaran uang rupiah dilayani di seluruh kantor perwakilan mulai 4 Januari 2027",
                        "dengan pemesanan jadwal melalui aplikasi resmi. Masyarakat diminta membawa",
                        "kartu identitas dan memeriksa keaslian uang sebelum meninggalkan loket."],
                       heading=FILE_RELEASE_TITLE)],
            title=FILE_RELEASE_TITLE, created="D:20261203090000+07'00'"),
    }
    return builders[path]()


class AttachmentsSite(Site):
    name = "lampiran"

    def handle(self, request: Request) -> Reply | None:
        if request.path == "/robots.txt":
            return Reply(body=ROBOTS, content_type="text/plain")
        if request.path == "/siaran":
            return self.listing()
        if request.path.startswith("/siaran/") and request.path[8:] in RELEASES:
            return self.release(request.path[8:])
        if request.path == FILE_LISTING:
            links = f'<a href="{FILE_RELEASE}">Maklumat</a> <a href="/tentang">Tentang kami</a>'
            return Reply(body=f'<!DOCTYPE html><html lang="id"><body><main>{links}</main></body></html>')
        if request.path == FILE_RELEASE:
            return Reply(body=file_bytes(FILE_RELEASE), content_type="application/pdf")
        if request.path == PDF_RELEASE:
            return Reply(body=file_bytes(PDF_RELEASE), content_type="application/pdf")
        if request.path in FILES and request.path != "/berkas/hilang.pdf":
            return Reply(body=file_bytes(request.path), content_type="application/pdf")
        return None

    def listing(self) -> Reply:
        links = [(f"/siaran/{slug}", title) for slug, (title, _) in RELEASES.items()] + [(PDF_RELEASE, "Pengumuman")]
        items = "\n".join(f'<article class="item"><h2><a href="{path}">{escape(title)}</a></h2></article>'
                          for path, title in links)
        return Reply(body=f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Siaran</title></head>'
                          f'<body><main>{items}</main></body></html>')

    def release(self, slug: str) -> Reply:
        title, files = RELEASES[slug]
        html = article_html(title, "Senin, 21 September 2026", [BODIES[slug], BODIES[slug].upper()[:60] + "."])
        links = "".join(f'<a href="{path}">{path.rsplit("/", 1)[1]}</a>' for path in files)
        return Reply(body=html.replace("</article>", f'<div class="lampiran">{links}</div></article>'))
