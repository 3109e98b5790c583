"""Truncation replica: two releases whose server cuts the page off on one night and not on the other.

- ``/siaran/lengkap-dulu``: complete on night 1, cut off mid-sentence on night 2 (the stored complete
  text must stay);
- ``/siaran/terpotong-dulu``: cut off on night 1 (stored, flagged ``truncated``), complete on night 2
  (replaces it: a new revision, the flag cleared).
"""

from __future__ import annotations

from html import escape

from tests.replicas.server import Reply, Request, Site

PAGES = {
    "lengkap-dulu": ("Pemerintah Salurkan Bantuan untuk Nelayan Terdampak Cuaca Buruk", "Senin, 9 Maret 2026",
                     [("Makassar – Bantuan beras, minyak goreng dan uang tunai disalurkan kepada seribu dua ratus "
                      "keluarga nelayan yang tidak dapat melaut selama dua pekan karena gelombang tinggi."),
                      ("Dinas kelautan mencatat sebagian besar penerima tinggal di pulau-pulau kecil sehingga "
                      "penyaluran memakai kapal patroli milik pemerintah provinsi."),
                      ("Penyaluran tahap kedua dijadwalkan pekan depan setelah pendataan di kabupaten kepulauan "
                      "selesai diverifikasi oleh petugas.")]),
    "terpotong-dulu": ("Sekolah Darurat Dibuka bagi Siswa Korban Banjir Bandang", "Selasa, 10 Maret 2026",
                       [("Luwu – Tenda sekolah darurat didirikan di halaman kantor camat agar tiga ratus siswa "
                        "korban banjir bandang dapat kembali belajar mulai Senin pekan depan."),
                        ("Guru relawan dari kabupaten tetangga membantu mengajar karena sebagian guru setempat "
                        "masih mengurus keluarga yang rumahnya hanyut."),
                        ("Dinas pendidikan menyiapkan buku, seragam dan perlengkapan menulis bagi setiap siswa "
                        "yang kehilangan barangnya.")]),
}


def article_html(title: str, date: str, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{escape(p, quote=False)}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8"><title>{escape(title)}</title></head>\n'
            f'<body><main><article><h1 class="judul">{escape(title)}</h1>\n'
            f'<p class="meta"><span class="tanggal">{date}</span></p>\n<div class="isi">\n{body}\n</div>'
            '</article></main>\n<footer><p>Hak cipta dilindungi.</p></footer></body></html>\n')


def cut_off(html: str, paragraphs: list[str]) -> str:
    """The page as a dropped connection leaves it: mid-way through the second paragraph, mid-word."""
    second = paragraphs[1]
    return html[:html.index(second) + len(second) // 2].rstrip() + "ma"


class TruncationSite(Site):
    name = "potong"

    def __init__(self) -> None:
        self.night = 1

    def handle(self, request: Request) -> Reply | None:
        if request.path == "/robots.txt":
            return Reply(body="User-agent: *\nAllow: /\n", content_type="text/plain")
        if request.path == "/siaran":
            items = "\n".join(f'<article class="item"><h2><a href="/siaran/{slug}">{escape(title)}</a></h2></article>'
                              for slug, (title, _, _) in PAGES.items())
            return Reply(body=f"<!DOCTYPE html><html><body><main>{items}</main></body></html>")
        slug = request.path.rsplit("/", 1)[-1]
        if slug not in PAGES:
            return None
        title, date, paragraphs = PAGES[slug]
        html = article_html(title, date, paragraphs)
        truncated_tonight = (slug == "lengkap-dulu") == (self.night == 2)
        return Reply(body=cut_off(html, paragraphs) if truncated_tonight else html)
