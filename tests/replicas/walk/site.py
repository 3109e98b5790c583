"""Listing-walk replica: a listing-only agency site whose pager (``/siaran?page=N``, three releases a page,
a ``rel=next`` link) lists twelve releases from 2023, newest first, and nothing else (no sitemap, feed
or API). A test takes an old release down (``set_mode(slug, "gone404")``: it leaves the listing and its
page answers 404) or makes one listing page fail (``failing_pages``: a 500). Article pages are the
change-tracking replica's, furniture included.
"""

from __future__ import annotations

from pathlib import Path

from tests.replicas.changes.site import ChangesSite, Page, _paragraphs
from tests.replicas.server import Reply, Request

PER_PAGE = 3
WALK_DIR = Path(__file__).resolve().parent  # holds walk.toml, the source's configuration

# slug, title, displayed date: one a month, newest first
RELEASES = [
    ("gempa-cianjur", "Rehabilitasi Rumah Korban Gempa Cianjur", "Jumat, 15 Desember 2023"),
    ("banjir-demak", "Penanganan Banjir Demak Tahap Dua", "Rabu, 15 November 2023"),
    ("kekeringan-ntt", "Distribusi Air Bersih untuk Warga NTT", "Minggu, 15 Oktober 2023"),
    ("karhutla-riau", "Patroli Gabungan Kebakaran Lahan Riau", "Jumat, 15 September 2023"),
    ("longsor-bogor", "Relokasi Warga Terdampak Longsor Bogor", "Selasa, 15 Agustus 2023"),
    ("tsunami-drill", "Latihan Evakuasi Tsunami di Pesisir Selatan", "Sabtu, 15 Juli 2023"),
    ("erupsi-semeru", "Status Gunung Semeru Turun ke Waspada", "Kamis, 15 Juni 2023"),
    ("rob-pekalongan", "Pembangunan Tanggul Rob Pekalongan", "Senin, 15 Mei 2023"),
    ("angin-puting", "Bantuan untuk Korban Angin Puting Beliung", "Sabtu, 15 April 2023"),
    ("logistik-sulteng", "Gudang Logistik Baru di Sulawesi Tengah", "Rabu, 15 Maret 2023"),
    ("relawan-desa", "Pelatihan Relawan Desa Tangguh Bencana", "Rabu, 15 Februari 2023"),
    ("peta-risiko", "Peluncuran Peta Risiko Bencana Nasional", "Minggu, 15 Januari 2023"),
]


class WalkSite(ChangesSite):
    name = "walk"

    def __init__(self) -> None:
        super().__init__()
        self.pages = {slug: Page(slug, title, date, "", _paragraphs(title.lower(), len(slug)))
                      for slug, title, date in RELEASES}
        self.failing_pages: set[int] = set()

    def handle(self, request: Request) -> Reply | None:
        if request.path == "/siaran":
            self.hits[request.path] += 1
            return self.listing_page(int(request.arg("page", "1")))
        if request.path == "/sitemap.xml":
            return None
        return super().handle(request)

    def listing_page(self, number: int) -> Reply:
        if number in self.failing_pages:
            return Reply(500, "<html><body><h1>500 Internal Server Error</h1></body></html>")
        listed = self.listed()
        shown = listed[(number - 1) * PER_PAGE: number * PER_PAGE]
        items = "\n".join(f'<article class="item"><h2><a href="/{p.slug}">{p.title}</a></h2>'
                          f'<p class="tgl">{p.date}</p></article>' for p in shown)
        more = number * PER_PAGE < len(listed)
        pager = f'<nav class="pager"><a rel="next" href="/siaran?page={number + 1}">Selanjutnya</a></nav>' if more else ""
        return Reply(body=self.layout("Siaran Pers", f"<h1>Siaran Pers</h1>\n{items}\n{pager}"))


def crawl_env(data_dir: Path, database_url: str, site_url: str, **settings: str) -> dict[str, str]:
    """The environment of a ``siaran crawl --source walk`` against this replica served at ``site_url``:
    no Meilisearch (indexing is not what these crawls test), no delays or backoff, pipelines in the
    crawl's own process, the source read from ``walk.toml`` with its URL pointed at the replica.
    ``settings``: more ``SIARAN_*`` settings of the test."""
    return {"SIARAN_DATA_DIR": str(data_dir), "SIARAN_DATABASE_URL": database_url, "MEILI_URL": "http://127.0.0.1:9",
            "SIARAN_DOWNLOAD_DELAY": "0", "SIARAN_AUTOTHROTTLE": "0", "SIARAN_RETRY_BACKOFF": "0",
            "SIARAN_PIPELINE_WORKERS": "0", "SIARAN_SOURCES_DIRS": str(WALK_DIR), "SIARAN_SOURCE_URL_WALK": site_url,
            "COLUMNS": "250", **settings}
