"""Fifth judged query set over ``fresh_corpus.jsonl`` (ids ``x001`` ...).

Written 2026-12-05 (session 10) by a helper, blind: no search, ranking, benchmark or test of the search system was
run and nothing under search/, benchmarks/ or docs/ was read; only the corpus, ``fresh_queries.py`` and the four
earlier sets (fresh1-4, read only to avoid repeating them) were consulted. Measured once, never tuned on.

Focus: releases 3001-3399 (security and law enforcement, economy and statistics); judgments cover the whole corpus
(every query's key terms were pattern-searched over all titles and bodies in both languages). Where an earlier set
already asked about an event, these queries ask for another fact of its text (usually from the middle or end of the
body) or phrase the need in another form or language.

Grades: 2 = the release states every constraint of the query (place, time, figure, actor) in its title or body;
1 = same subject, a constraint differs (other period, other place, or the fact is only mentioned in passing); both
language versions of a release share a grade (event keys). Categories: indonesian, english, crosslang (all grade-2
releases in the other language), morphology (the query's affixed form is absent from its grade-2 releases; their
forms are noted in comments), acronym, typo, number.

Non-obvious calls: in questions about one month's figure (inflation, reserves, unemployment) releases giving the same
indicator for another period are grade 1; in the tppo-1 / hajj-1 collisions ``id:`` keys are used.
"""
from __future__ import annotations

from pathlib import Path

from fresh_queries import write_queries

OUT = Path(__file__).with_name("fresh5_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # ---- indonesian ----
    ("indonesian", "napiter nusakambangan yang bebas bersyarat", {"derad-1": 2, "deradicalisation": 1}),
    ("indonesian", "deklarasi tokoh agama jaga mimbar masjid dari kampanye politik", {"prev-3": 2}),
    ("indonesian", "beasiswa untuk anak korban bom gereja surabaya", {"vict-2": 2, "terror-victims": 1}),
    ("indonesian", "posko pengaduan korban robot trading di gedung bareskrim", {"fraud-1": 2, "online-fraud": 1}),
    ("indonesian", "apel gelar pasukan mudik lebaran di monas", {"mudik-1": 2, "holiday-operation": 1}),
    ("indonesian", "sabu dikemas bungkus teh dibawa perahu nelayan ke medan", {"drug-1": 2, "drug-seizure": 1}),
    ("indonesian", "gudang pakan ternak jadi tempat simpan sabu", {"drug-2": 2, "drug-seizure": 1}),
    ("indonesian", "vila disewa untuk produksi tembakau sintetis dan ekstasi", {"drug-3": 2, "drug-seizure": 1}),
    ("indonesian", "kapal vietnam tangkap ikan pair trawl utara pulau sekatung", {"mar-1": 2, "maritime-security": 1}),
    ("indonesian", "pedagang pasar diminta cek notifikasi bukan tangkapan layar bukti transfer QRIS",
     {"qris-3": 2, "digital-payments": 1}),
    ("indonesian", "bayar KRL dan MRT cukup tempel ponsel", {"qris-2": 2, "digital-payments": 1}),
    ("indonesian", "kas keliling pakai kapal TNI AL ke pulau terluar maluku NTT", {"lebaran-2": 2, "lebaran-1b": 1}),
    ("indonesian", "pecahan uang baru paling diminati warga jawa timur jelang lebaran",
     {"lebaran-3": 2, "currency-lebaran": 1}),
    ("indonesian", "provinsi inflasi tertinggi maret 2024", {"infl-1": 2, "inflation": 1}),  # Papua Selatan 5,57
    ("indonesian", "kota dengan inflasi tertinggi sepanjang 2022", {"infl-2": 2, "inflation": 1}),  # Kotabaru
    ("indonesian", "wilayah dengan pertumbuhan ekonomi tertinggi triwulan II 2024",
     {"gdp-1": 2, "gdp-4": 1, "gdp-growth": 1}),  # Maluku dan Papua 7,03
    ("indonesian", "sektor transportasi dan pergudangan tumbuh paling tinggi pascapandemi",
     {"gdp-2": 2, "gdp-growth": 1}),
    ("indonesian", "defisit neraca perdagangan migas maret 2024", {"trade-1": 2, "trade-balance": 1}),
    ("indonesian", "tawaran joki pelunasan utang pinjol", {"pinjol-4": 2, "illegal-lending": 1}),
    ("indonesian", "denda telat lapor SPT tahunan orang pribadi", {"tax-2": 2}),
    ("indonesian", "harga cabai rawit dan bawang merah di surabaya awal ramadan 2024",
     {"price-2": 2, "staple-prices": 1}),
    ("indonesian", "rata-rata lama menginap turis asing di bali", {"tour-2": 2}),
    # ---- english ----
    ("english", "where will the next Indonesia-Australia counter-terrorism working group meet",
     {"coop-1": 2, "ct-cooperation": 1}),  # Yogyakarta 2024
    ("english", "Timor-Leste observer ASEAN counter-terrorism agencies meeting", {"coop-2": 2, "ct-cooperation": 1}),
    ("english", "Japan briefs BNPT on content moderation with tech platforms", {"coop-4": 2, "ct-cooperation": 1}),
    ("english", "teenagers told to make explosives from online tutorials", {"prev-4": 2, "arrest-3": 1, "arrest-3b": 1}),
    ("english", "tankers with AIS switched off flagged in Panama and Bahamas", {"mar-4": 2, "maritime-security": 1}),
    ("english", "no-fly restrictions and sea patrols around Nusa Dua summit", {"pol-4": 2}),
    ("english", "recruiters paid per person sent to Myanmar scam compounds",
     {"id:3074": 2, "id:3611": 1, "id:3612": 1, "id:3615": 1}),
    ("english", "Bank Indonesia estimate of 2024 economic growth range",
     {"rate-3": 2, "policy-rate": 1, "gdp-1": 1}),
    ("english", "Indonesian tourists to Japan 2024 number", {"qris-4": 2}),
    ("english", "urban versus rural poverty rate March 2024", {"pov-1": 2, "poverty-jobs": 1}),
    ("english", "province with lowest unemployment August 2023", {"unemp-2": 2, "poverty-jobs": 1}),
    ("english", "share of foreign arrivals entering through Bali airport 2023", {"tour-1": 2, "tour-2": 1}),
    ("english", "which hours may online lenders contact borrowers", {"pinjol-3": 2, "illegal-lending": 1}),
    # ---- crosslang ----
    ("crosslang", "Lingkar Perdamaian foundation former militants Tenggulun village", {"derad-4": 2}),
    ("crosslang", "deportees held one month at Sentul before returning to their home regions",
     {"derad-2": 2}),
    ("crosslang", "Makassar cathedral bombing victims treated at Bhayangkara hospital free of charge",
     {"vict-4": 2, "terror-victims": 1}),
    ("crosslang", "Bekasi terror suspect bought chemicals online with courier earnings",
     {"arrest-3b": 2, "arrest-3": 1}),
    ("crosslang", "JAD cell planned attack on 2019 election result announcement Pekanbaru Kampar pipe bomb",
     {"arrest-4": 2, "terror-arrest": 1}),
    ("crosslang", "stolen ID data sold in packages of ten thousand records", {"cyber-2": 2}),
    ("crosslang", "Cambodia-run gambling ring 214 bank accounts seized", {"gamble-1": 2, "gamble-2": 1, "pol-2": 1}),
    ("crosslang", "wedding invitation APK malware reads banking OTP Sidenreng Rappang", {"fraud-3": 2}),
    ("crosslang", "vehicles turned back at Cikarang Barat toll gate on first day of 2021 homecoming ban",
     {"mudik-4": 2}),
    ("crosslang", "MT Sinar Kencana engine room fire oil boom", {"mar-3": 2}),
    ("crosslang", "BPS Central Sulawesi: rice and scad fish drive Palu inflation", {"infl-4": 2, "inflation": 1}),
    ("crosslang", "trade surplus January to August 2022 cumulative", {"trade-2": 2, "trade-balance": 1}),
    ("crosslang", "exports to the US rose before reciprocal tariff pause ended", {"trade-3": 2, "trade-balance": 1}),
    ("crosslang", "outbound trips by Indonesians fell during Ramadan March 2024", {"tour-3": 2, "tourism-arrivals": 1}),
    ("crosslang", "West Java paddy harvested area 2023", {"rice-3": 2, "rice-production": 1}),
    ("crosslang", "repacked Minyakita pouches holding only 750 ml", {"price-5": 2, "price-1": 1}),
    ("crosslang", "deepfake pejabat promosi investasi 212 laporan", {"fraud-4": 2}),
    ("crosslang", "patroli siber polri temukan 2.500 hoaks pemilu 14 kasus diselidiki", {"cyber-3": 2}),
    ("crosslang", "pengembalian selisih PPN 12 persen kepada konsumen", {"tax-3": 2}),
    ("crosslang", "uji coba QRIS JPQR Tokyo Osaka Kyoto", {"qris-4": 2, "digital-payments": 1}),
    ("crosslang", "sosialisasi BNPT untuk orang tua di jakarta surabaya medan juli 2025", {"prev-4": 2}),
    # ---- morphology ----
    ("morphology", "pemulihan situs pemda yang diretas", {"cyber-1": 2, "cybercrime": 1}),  # memulihkan
    ("morphology", "penyitaan aset jaringan judi online internasional",
     {"gamble-1": 2, "gamble-2": 1, "pol-2": 1}),  # menyita, disita
    ("morphology", "pemasangan alat skimmer ATM di minimarket", {"cyber-4": 2}),  # memasang
    ("morphology", "pembentukan koperasi eks napiter poso", {"derad-3b": 2, "derad-3": 1}),  # dibentuk
    ("morphology", "pemindaian thai QR payment oleh wisatawan indonesia",
     {"qris-1": 2, "qris-4": 1, "qris-3": 1}),  # memindai
    ("morphology", "perpanjangan rentetan surplus neraca perdagangan 2025",
     {"trade-3": 2, "trade-balance": 1}),  # memperpanjang
    ("morphology", "penerbitan surat edaran OJK batas bunga pindar", {"p2p-rate-1": 2}),  # menerbitkan
    ("morphology", "pembubaran PT AJPS lewat RUPS paling lambat 30 hari",
     {"insurance-1": 2, "ojk-consumer": 1}),  # membubarkan
    ("morphology", "arresting deepfake video makers in Lampung", {"fraud-4": 2}),  # arrested
    ("morphology", "pencabutan larangan ekspor CPO dongkrak ekspor 2022", {"trade-2": 2, "trade-balance": 1}),  # mencabut
    ("morphology", "rupiah appreciation early 2023 foreign inflows", {"rate-4": 2, "rate-2": 1}),  # appreciated
    ("morphology", "deployment of police and soldiers for the G20 summit in Bali", {"pol-4": 2}),  # deployed
    # ---- acronym ----
    ("acronym", "RAN PE sumbar ormas perempuan", {"prev-5": 2, "prevention-campaign": 1}),
    ("acronym", "IBM BNN rehabilitasi berbasis masyarakat 500 desa", {"rehab-1": 2, "drug-rehab": 1}),
    ("acronym", "TAT BNNP Sumut pengguna narkotika", {"rehab-4": 2, "drug-rehab": 1}),
    ("acronym", "SRBI SVBI stabilisasi rupiah april 2024", {"rate-1": 2, "policy-rate": 1}),
    ("acronym", "SERAMBI 2024 titik layanan penukaran", {"lebaran-1": 2, "lebaran-1b": 2, "lebaran-2": 1}),
    ("acronym", "TWP90 pinjol jabar", {"pinjol-2": 2, "illegal-lending": 1}),
    ("acronym", "APPK OJK pengaduan fintech semester I 2024", {"complaint-1": 2}),
    ("acronym", "SiLPA APBN 2024", {"apbn-3": 2, "state-budget": 1}),
    ("acronym", "PAYDI lembaga penjamin polis", {"insurance-3": 2, "ojk-consumer": 1}),
    ("acronym", "IASC fake debt collector reports", {"pinjol-3": 2, "illegal-lending": 1}),
    # ---- typo ----
    ("typo", "kompensai korban terorisme total 572 orang", {"vict-1b": 2, "vict-1": 1, "terror-victims": 1}),
    ("typo", "kapal wisata tenggelam labuan bajo sepanjang 2024 bakmla", {"mar-5": 2, "maritime-security": 1}),
    ("typo", "pertumbuhan akomodsi dan makan minum bali triwulan II 2024", {"gdp-4": 2, "gdp-growth": 1}),
    ("typo", "inflasi inti naik karena emas perhiasn februari 2025", {"infl-3": 2, "inflation": 1}),
    ("typo", "tingkat penghunain kamar hotel bintang desember 2023", {"tour-1": 2, "tour-2": 1, "tour-3": 1}),
    ("typo", "asurasi jiwa prima sentosa status pengawasan khusus", {"insurance-1": 2, "ojk-consumer": 1}),
    ("typo", "counter-terorism joint statement Nusa Dua", {"coop-2": 2, "ct-cooperation": 1}),
    ("typo", "BNN rehabilitaion centres Baddoka Tanah Merah Batam", {"rehab-1": 2, "rehab-2": 1, "drug-rehab": 1}),
    # ---- number ----
    ("number", "Duta Damai target 50 konten per bulan", {"prev-1": 2, "coop-4": 1}),
    ("number", "360 guru BK dan PPKn jadi fasilitator sekolah damai", {"prev-2": 2}),
    ("number", "kompensasi Rp250 juta untuk ahli waris korban terorisme meninggal",
     {"vict-1": 2, "vict-1b": 1}),
    ("number", "60 ribu benih ikan untuk kawasan eks napiter", {"derad-3": 2, "derad-3b": 1}),
    ("number", "83 warga negara tiongkok diamankan di batam", {"fraud-2": 2}),
    ("number", "665 korban meninggal kecelakaan operasi ketupat", {"mudik-1b": 2, "mudik-2": 1}),
    ("number", "contraflow km 47 sampai km 70 lebaran 2025", {"mudik-3": 2, "holiday-operation": 1}),
    ("number", "2,794 security posts Christmas New Year police", {"lilin-1": 2, "holiday-operation": 1}),
    ("number", "118 desa bersinar di kaltim", {"rehab-2": 2, "drug-rehab": 1}),
    ("number", "75 ribu batang ganja dicabut dan dibakar", {"drug-6": 2, "drug-seizure": 1}),
    ("number", "260 ribu personel polri amankan pemilu 2024", {"pol-1": 2, "polhukam-coordination": 1}),
    ("number", "707 trafficking victims rescued 286 suspects in two weeks", {"pol-3": 2, "reg-2": 1}),
    ("number", "180 ribu konten radikal sepanjang 2024", {"prev-7": 2, "prevention-campaign": 1}),
    ("number", "rupiah melemah 5,07 persen sejak akhir desember 2023", {"rate-1": 2, "policy-rate": 1}),
    ("number", "inflasi agustus 2024 2,12 persen", {"rate-2": 2}),
    ("number", "9.062 entitas keuangan ilegal dihentikan sejak 2017", {"pinjol-1": 2, "illegal-lending": 1}),
    ("number", "18.700 pemegang polis kewajiban Rp412 miliar", {"insurance-1": 2}),
    ("number", "anggaran pendidikan Rp757,8 triliun RAPBN 2026", {"apbn-2": 2, "state-budget": 1}),
    ("number", "beras SPHP Rp54.500 per kemasan 5 kg", {"price-3": 2, "staple-prices": 1}),
    ("number", "upah rata-rata buruh Rp3,04 juta", {"unemp-1": 2, "unemp-2": 1}),
]

if __name__ == "__main__":
    write_queries(QUERIES, OUT, "x")
