"""Near-duplicates are found through the database's LSH band index, on SQLite and PostgreSQL."""

from __future__ import annotations

from archive.db import Database
from archive.fingerprints import content_hash, signature
from pipelines.dedupe import find_original, signature_text
from pipelines.store import ensure_source, store_release
from scraper.sources import SourceConfig

SOURCE = SourceConfig(id="bnpb", name="BNPB", base_url="https://bnpb.go.id", languages=["id"],
                      discovery=[{"kind": "listing", "start": "/berita", "links": "a"}])
TITLE = "Banjir Rendam Tiga Kecamatan di Kabupaten Bandung"
BODY = ("Banjir merendam tiga kecamatan di Kabupaten Bandung, Jawa Barat, pada Senin (10/3) setelah hujan "
        "deras mengguyur sejak sore. BPBD mencatat 1.250 rumah terdampak dan 312 warga mengungsi.\n\n"
        "Tim gabungan BPBD, TNI, Polri dan relawan mengevakuasi warga lanjut usia dan anak-anak ke posko "
        "pengungsian di balai desa. Logistik berupa makanan siap saji dan selimut telah disalurkan.\n\n"
        "BNPB mengimbau masyarakat di wilayah rawan banjir untuk tetap waspada karena curah hujan tinggi "
        "diperkirakan masih terjadi hingga akhir pekan.")


def stored(db, url: str, title: str, body: str) -> None:
    with db.session() as s:
        store_release(s, {"source": "bnpb", "url": url, "canonical_url": url, "language": "id", "title": title,
                          "body": body, "content_hash": content_hash(title, body),
                          "signature": signature(signature_text(title, body)).to_bytes(), "http_status": 200})


def test_repost_with_prefix_and_trimmed_paragraph_is_linked_to_the_original(database_url):
    db = Database(database_url)
    with db.session() as s:
        ensure_source(s, SOURCE)
    stored(db, "https://bnpb.go.id/berita/banjir-bandung", TITLE, BODY)
    stored(db, "https://bnpb.go.id/berita/gempa-cianjur", "Gempa Magnitudo 5,6 Guncang Cianjur",
           BODY.replace("Banjir merendam tiga kecamatan di Kabupaten Bandung", "Gempa mengguncang Cianjur")
           .replace("1.250", "4.012").replace("312", "1.870").replace("banjir", "gempa"))
    repost_body = "Jakarta (ANTARA) - " + BODY.rsplit("\n\n", 1)[0]
    with db.session() as s:
        found = find_original(s, "https://mirror.example/banjir", content_hash(TITLE, repost_body),
                              signature(signature_text(TITLE, repost_body)))
        assert found is not None and found[0] == 1 and found[1] >= 0.55
        unrelated = "Presiden meresmikan bendungan baru untuk irigasi sawah di Sulawesi Selatan. " * 5
        assert find_original(s, "https://x.example/y", content_hash("Bendungan", unrelated),
                             signature(signature_text("Bendungan", unrelated))) is None
        # The same canonical URL is a revision, never a duplicate of itself.
        assert find_original(s, "https://bnpb.go.id/berita/banjir-bandung", "other-hash",
                             signature(signature_text(TITLE, BODY))) is None
