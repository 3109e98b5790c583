"""Sixth judged query set over ``news_corpus.jsonl`` (ids ``v001`` ...).

Written 2026-12-05 by a helper, blind: no search, ranking, benchmark or test of the search system was run and nothing
under search/, benchmarks/ or docs/ was read; only the corpus, ``fresh_queries.py``, ``fresh5_queries.py`` (format)
and the earlier news2 / news4 sets (read only to avoid repeating their questions) were consulted. Measured once,
never tuned on.

Focus: releases 5201-5291 (monetary policy, prices, trade, GDP, fintech, budget, excise, rice and fertiliser, trade
promotion) and 5601-5687 (citizen protection, migrant workers, regulations, school admission, teachers, student aid,
rural connectivity, hoaxes, holiday allowance, job training, holiday transport, sea safety). The queries ask for
facts from the middle and end of the bodies (quotes, background figures, next steps) that news2 and news4 did not
ask; judgments cover the whole corpus (key terms were pattern-searched over all titles and bodies, both languages).

Grades: 2 = the release states every constraint of the query; 1 = same subject or story, a constraint differs (other
period, other place, the fact only for another release of the series). Both language versions of a release share a
grade (event keys). Categories: indonesian, english, crosslang (all grade-2 releases in the other language),
morphology (the query's affixed form is absent from its grade-2 releases; their form noted), acronym, typo, number.
"""
from __future__ import annotations

from pathlib import Path

from fresh_queries import NEWS_CORPUS, write_queries

OUT = Path(__file__).with_name("news6_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # ---- indonesian ----
    ("indonesian", "rasio kredit bermasalah NPL perbankan maret 2025", {"birate-6": 2}),
    ("indonesian", "instrumen SRBI SVBI dan SUVBI untuk menarik modal asing", {"birate-3": 2, "birate-5": 1}),
    ("indonesian", "kota dengan inflasi bulanan tertinggi setelah harga BBM naik september 2022",
     {"infl-1": 2, "inflation": 1}),  # Bukittinggi
    ("indonesian", "harga beras naik akibat El Nino sepanjang 2023", {"infl-3": 2, "inflation": 1}),
    ("indonesian", "ekspor kopi sarang burung walet dan buah naik juli 2023", {"trade-6": 2, "trade-balance": 1}),
    ("indonesian", "surplus perdagangan indonesia dengan afrika selatan semester I 2024",
     {"exp-2": 2, "export-promotion": 1}),
    ("indonesian", "harga gabah dari tengkulak saat panen raya di sidrap", {"bulog-4": 2, "bulog-1": 1}),
    ("indonesian", "varietas padi inpari 32 panen raya", {"tanam-3": 2, "food-self-sufficiency": 1}),
    ("indonesian", "kios pupuk mewajibkan petani membeli pupuk nonsubsidi", {"pupuk-3": 2, "pupuk-4": 1}),
    ("indonesian", "gaji yang dijanjikan perekrut kepada korban online scam myawaddy",
     {"wni-scam-1": 2, "wni-scam-3": 1, "wni-scam-2": 1}),  # Rp15-20 juta
    ("indonesian", "pengaduan pekerja migran soal gaji tidak dibayar januari 2023",
     {"pmi-data-1": 2, "pmi-data-2": 1}),
    ("indonesian", "pendamping proses produk halal dari perguruan tinggi dan ormas Islam", {"reg-halal-1": 2}),
    ("indonesian", "daya tampung dan peta zonasi wajib diumumkan dua minggu sebelum pendaftaran",
     {"ppdb-2023-1": 2, "school-admission": 1}),
    ("indonesian", "sekolah swasta dilibatkan dalam penerimaan murid baru", {"spmb-2025-1": 2, "school-admission": 1}),
    ("indonesian", "rekening penerima PIP belum diaktivasi sehingga dana belum cair",
     {"pip-2023-1": 2, "pip-2024-ntt": 2, "student-aid": 1}),
    ("indonesian", "klaim manipulasi data Sirekap hoaks", {"hoax-election-1": 2, "hoax-election-2": 2,
                                                          "hoax-debunking": 1}),
    ("indonesian", "hoaks obat sirop dan hepatitis akut pada anak", {"hoax-annual-2022": 2, "drug-syrup-2022": 1}),
    ("indonesian", "tingkat penempatan kerja lulusan pelatihan BBPVP Bekasi",
     {"bbpvp-bekasi-2023": 2, "bpvp-kendari-2025": 1}),  # 72 persen
    ("indonesian", "sepeda motor pemudik diangkut gratis dengan kereta api",
     {"mudik-gratis-2023": 2, "mudik-2024-eval": 1}),
    ("indonesian", "penyebab KM Sinar Bahari 5 kandas kabut tebal dan arus kuat", {"km-sinar-bahari-5": 2}),
    # ---- english ----
    ("english", "Bank Indonesia cuts 2025 growth projection to 4.7-5.5 percent", {"birate-5": 2, "birate-6": 1}),
    ("english", "next QRIS cross-border links South Korea UAE India pilots 2027", {"qris-4": 2, "qris-payments": 1}),
    ("english", "Indonesia government debt to GDP ratio end of 2024", {"apbn-4": 2, "state-budget": 1}),
    ("english", "Islamic financial literacy index 2025", {"lit-5": 2, "lit-1": 1}),
    ("english", "Indonesia coffee exports to the Middle East 2024", {"exp-3": 2}),
    ("english", "which civil servants must keep working from the office under flexible work rules",
     {"reg-asn-flex-1": 2}),
    ("english", "fake achievement certificates in school admissions 2024", {"ppdb-2024-2": 2, "school-admission": 1}),
    ("english", "SATRIA-1 ground stations from Batam to Jayapura", {"satria-1": 2, "satria-1b": 1}),
    ("english", "AI-generated election content and fabricated endorsements", {"hoax-deepfake-1": 2,
                                                                           "hoax-election-1": 1}),
    ("english", "goods exempt from the Eid 2024 truck restriction", {"mudik-2024-trucks": 2, "mudik-2025-trucks": 1}),
    ("english", "waves up to 4 metres expected in the Sunda Strait over Christmas",
     {"ship-inspection-nataru-2024": 2, "weather-nataru-2023": 2, "tenau-weather-2026": 1}),
    ("english", "Indonesia deepest trade deficits with China and Australia November 2025",
     {"trade-4": 2, "trade-balance": 1}),
    # ---- crosslang (EN query -> ID-only releases) ----
    ("crosslang", "Bank Indonesia foreign currency term deposit for exporters placing export proceeds",
     {"birate-2": 2, "bi-rate": 1}),
    ("crosslang", "zero merchant discount rate for micro merchants using QRIS", {"qris-3": 2, "qris-payments": 1}),
    ("crosslang", "city with the highest inflation in January 2023", {"infl-2": 2, "inflation": 1}),  # Kupang
    ("crosslang", "Kotamobagu inflation April 2023", {"infl-7": 2, "inflation": 1}),
    ("crosslang", "nickel downstreaming drives Sulawesi growth third quarter 2024", {"gdp-3": 2, "gdp-growth": 1}),
    ("crosslang", "unlicensed private pawnshops in West Java and North Sumatra", {"pasti-2": 2, "pasti-1": 1}),
    ("crosslang", "government places IDR 200 trillion in state-owned banks to boost lending", {"apbn-3": 2}),
    ("crosslang", "special allocation fund physical projects delayed by tenders East Java", {"apbn-5": 2}),
    ("crosslang", "share of illegal cigarettes in national consumption survey", {"cukai-2": 2}),
    ("crosslang", "rattan chairs from Gresik shipped to Rotterdam", {"exp-4": 2}),
    ("crosslang", "Taiwan overtakes Hong Kong as top destination for Indonesian migrant workers",
     {"pmi-data-2": 2, "pmi-data-1": 1}),
    ("crosslang", "electric vehicle charging stations at government offices", {"reg-ev-1": 2}),
    ("crosslang", "Ombudsman findings on school admissions in 14 provinces", {"ppdb-2023-2": 2, "school-admission": 1}),
    ("crosslang", "private school and madrasah teachers get equal quota for teacher professional education",
     {"ppg-2024-1": 2}),
    ("crosslang", "BTS 4G construction audited by BPKP", {"bts-progress-2023": 2, "rural-connectivity": 1}),
    ("crosslang", "passengers stranded at Tenau and Bolok ports by high waves", {"tenau-weather-2026": 2}),
    # ---- crosslang (ID query -> EN-only releases) ----
    ("crosslang", "transaksi QRIS antarnegara semester I 2026", {"qris-4": 2, "qris-payments": 1}),
    ("crosslang", "konsumsi pemerintah terkontraksi triwulan I 2025 karena efisiensi anggaran",
     {"gdp-4": 2, "gdp-growth": 1}),
    ("crosslang", "OJK jatuhkan denda kepada platform pinjaman karena penagihan kasar", {"pasti-5": 2}),
    ("crosslang", "titik distribusi pupuk baru di Sumba dan Flores", {"pupuk-4": 2, "food-self-sufficiency": 1}),
    ("crosslang", "pasar murah di 12 provinsi jelang natal 2024", {"dag-3": 2, "staple-prices": 1}),
    ("crosslang", "rokok ilegal dari pulau rempang hendak dibawa ke tembilahan", {"cukai-3": 2}),
    ("crosslang", "target penerima PIP nasional tahun 2024", {"pip-2024-ntt": 2, "pip-2023-1": 1}),
    ("crosslang", "satelit SATRIA-1 dibangun dengan skema KPBU kontrak 15 tahun", {"satria-1": 2, "satria-1b": 1}),
    ("crosslang", "peserta magang ke Jepang wajib lulus tes bahasa JFT-Basic", {"magang-jepang-2024": 2}),
    ("crosslang", "berapa kapal penumpang dinyatakan laik laut jelang nataru 2024",
     {"ship-inspection-nataru-2024": 2, "sea-transport-safety": 1}),
    # ---- morphology ----
    ("morphology", "penaikan BI7DRR januari 2023", {"birate-1": 2, "bi-rate": 1}),  # menaikkan / kenaikan
    ("morphology", "pembekuan izin edar minyakita tidak sesuai takaran", {"dag-1b": 2, "dag-1": 1}),  # dibekukan
    ("morphology", "penggagalan pengiriman rokok ilegal di pelabuhan belawan", {"cukai-1": 2}),  # menggagalkan
    ("morphology", "pelatihan petani milenial papua selatan operasikan traktor", {"tanam-2": 2}),  # dilatih
    ("morphology", "pemulangan 19 calon PMI tujuan arab saudi ke daerah asal",
     {"pmi-illegal-2": 2, "pmi-illegal-1": 1}),  # dipulangkan
    ("morphology", "penampungan WNI sudan di asrama haji jeddah", {"wni-evac-1": 2}),  # ditampung
    ("morphology", "penetapan tersangka pemilik pabrik rokok rumahan gondanglegi",
     {"cukai-4": 2}),  # ditetapkan sebagai tersangka
    ("morphology", "pemblokiran nomor debt collector pinjol ilegal", {"pasti-1b": 2, "illegal-fintech": 1}),  # memblokir
    ("morphology", "peluncuran QRIS berbasis NFC di FEKDI 2025", {"qris-2": 2, "qris-payments": 1}),  # meluncurkan
    ("morphology", "pencabutan izin 14 kios pupuk di indramayu", {"pupuk-3": 2}),  # mencabut / dicabut izinnya
    ("morphology", "Bank Indonesia lowering BI-Rate in January 2025", {"birate-5": 2, "bi-rate": 1}),  # lower(s)
    # ---- acronym ----
    ("acronym", "KLM diperluas ke sektor padat karya", {"birate-5": 2, "birate-4": 1, "birate-6": 1}),
    ("acronym", "PMTB triwulan III 2024", {"gdp-3": 2, "gdp-4": 1}),
    ("acronym", "jumlah LPBBTI berizin OJK mei 2025", {"pasti-4": 2}),
    ("acronym", "sanggahan SLIK OJK korban data disalahgunakan pinjol", {"pasti-6": 2}),
    ("acronym", "TPAKD Sulteng kredit melawan rentenir", {"lit-2": 2, "lit-1": 1}),
    ("acronym", "DJBC ultimum remedium denda tiga kali nilai cukai", {"cukai-2": 2, "excise-enforcement": 1}),
    ("acronym", "data P3KE penerima bantuan pangan beras", {"bulog-3": 2, "bulog-7": 1}),
    ("acronym", "SP2KP Kemendag pantau harga jelang lebaran 2023", {"dag-2": 2, "staple-prices": 1}),
    ("acronym", "SPSK penempatan PRT ke Arab Saudi", {"pmi-illegal-2": 2}),
    ("acronym", "verifikasi KK oleh Dukcapil untuk jalur zonasi", {"ppdb-2024-1": 2, "school-admission": 1}),
    # ---- typo ----
    ("typo", "defisit APBN triwulan I 2026 makan bergizi grtis", {"apbn-6": 2, "state-budget": 1}),
    ("typo", "evakuasi WNI dari Iarn lewat azerbaijan", {"wni-evac-3": 2, "citizen-protection": 1}),
    ("typo", "penempatan PMI ke Korea Seltan program G to G", {"pmi-korea-1": 2, "pmi-data-2": 1}),
    ("typo", "inpres jalan daerah tahap II anggran 2025", {"reg-inpres-jalan-1": 2}),
    ("typo", "hoaks pemlu 2024 di tiktok", {"hoax-election-1": 2, "hoax-election-2": 2, "hoax-deepfake-1": 1}),
    ("typo", "job fiar nasional 2023 JIExpo", {"jobfair-2023": 2, "job-training": 1}),
    ("typo", "indeks literasi keungan NTT pelajar kupang", {"lit-4": 2, "financial-literacy": 1}),
    # ---- number ----
    ("number", "cadangan devisa 139,4 miliar dolar AS januari 2023", {"birate-2": 2, "birate-4": 1}),
    ("number", "rupiah melemah 5,07 persen", {"birate-3": 2}),
    ("number", "ekspor juni 2026 23,71 miliar dolar AS", {"trade-5": 2, "trade-balance": 1}),
    ("number", "transportasi dan pergudangan tumbuh 19,87 persen", {"gdp-1": 2, "gdp-2": 1}),
    ("number", "10.890 entitas keuangan ilegal dihentikan sejak 2017", {"pasti-1": 2, "illegal-fintech": 1}),
    ("number", "survei literasi keuangan 10.800 responden", {"lit-1": 2, "lit-5": 2}),
    ("number", "pendapatan negara Rp1.407,9 triliun semester I 2023", {"apbn-1": 2, "state-budget": 1}),
    ("number", "dana desa untuk 7.721 desa di jawa timur", {"apbn-5": 2}),
    ("number", "20.537 penindakan barang kena cukai ilegal", {"cukai-2": 2, "excise-enforcement": 1}),
    ("number", "beras SPHP Rp52.500 per 5 kg", {"bulog-5": 2, "bulog-2": 1}),
    ("number", "75.000 pompa air pada 2024", {"tanam-1": 2}),
    ("number", "HET urea Rp2.250 per kilogram", {"pupuk-3": 2, "food-self-sufficiency~HET|maximum retail price": 1}),
    ("number", "TEI 2023 diikuti 1.522 peserta pameran", {"exp-1": 2}),
    ("number", "67 WNI dievakuasi dari Lebanon", {"wni-evac-2b": 2, "wni-evac-2": 1}),
    ("number", "436 CPMI nonprosedural dicegah di Bandara Soekarno-Hatta sepanjang 2023",
     {"pmi-illegal-2": 2, "pmi-illegal-1": 1}),
    ("number", "151 jenazah pekerja migran diterima NTT sepanjang 2023", {"pmi-repat-1": 2}),
    ("number", "kendaraan dinas listrik minimal 50 persen pada 2028", {"reg-ev-1": 2}),
    ("number", "774.000 guru honorer diangkat PPPK sejak 2021", {"pppk-guru-2023-1": 2, "pppk-guru-2024-1": 1}),
    ("number", "1,6 juta guru belum bersertifikat pendidik", {"ppg-2024-1": 2}),
    ("number", "IDR 812 billion Smart Indonesia Programme East Nusa Tenggara", {"pip-2024-ntt": 2, "pip-2023-1": 1}),
    ("number", "hoaks kesehatan 189 dari 564 isu semester I 2024", {"literacy-makassar": 2, "hoax-debunking": 1}),
    ("number", "4.256 lembaga BLK Komunitas sejak 2017", {"blk-komunitas-2024": 2}),
    ("number", "1,64 juta kendaraan keluar Jabodetabek saat Lebaran 2024", {"mudik-2024-eval": 2,
                                                                         "holiday-transport": 1}),
    ("number", "1,1 juta penumpang Merak-Bakauheni saat libur sekolah 2023", {"ramp-check-bakauheni": 2}),
]

if __name__ == "__main__":
    write_queries(QUERIES, OUT, "v", NEWS_CORPUS)
