"""Tenth judged query set over ``news_corpus.jsonl`` (ids ``z001`` ...).

Written blind on 2026-12-06 by a helper: no search, ranking, benchmark or test of the search system was run and
nothing under search/, benchmarks/, docs/, tests/integration/ or tests/unit/ (nor README.md or any results file) was
read; only the corpus, ``fresh_queries.py`` (writer and checks), ``news9_queries.py`` (for the format and the grading
rules) and the earlier ``news1`` ... ``news9`` query files (read only to avoid repeating their questions) were
consulted. Measured once, never tuned on.

Focus: all four id ranges evenly: security and law enforcement (5001-5085: Densus 88, BNPT, KPK, prosecutors, BSSN,
BNN, immigration, online gambling), economy (5201-5291: BI, QRIS, BPS trade and GDP, OJK and the PASTI task force,
state budget, excise, Bulog, fertiliser and harvests, staple prices, exports), disaster, health and environment
(5401-5485: BNPB floods, earthquakes, BMKG, forest fires, dengue, immunisation, BPOM, Basarnas, waste, air) and
government and social affairs (5601-5687: citizen protection, migrant workers, regulations, schools, THR, job
training, holiday and sea transport). Nine earlier sets had already asked about most headline facts, so this set
leans on details from the middle and end of bodies (who paid, where goods were hidden, which form a procedure took,
what a regulation requires) and on questions whose answer spans a series or several agencies: controllers of
gambling rings on DPO and red-notice lists; smuggling through Batam waters (meth, cigarettes); retailers selling above
the HET (MinyaKita and subsidised fertiliser); weather-modification operations for floods and peat fires; evidence
destroyed in incinerators (BNN and BPOM); 14-day flood emergency status; vocational trades taught in pesantren BLKs;
accounts frozen or blocked in gambling cases; terror suspects targeting police posts; life-saving equipment found
lacking in ship inspections; health posts against skin disease and diarrhoea after floods. Every query's key terms
were pattern-searched (re over all titles and bodies, both languages) so that every release stating the asked fact
is graded 2.

Grades (as in news9): 2 = the release states every constraint of the query (place, time, figure, actor, relation) in
its title or body; 1 = same subject or series, but a constraint differs or the asked fact is absent. Both language
versions of a release share a grade (event keys), so an English twin that drops the asked detail keeps its Indonesian
twin's grade. Categories: indonesian, english, crosslang (every grade-2 release is in the other language than the
query, i.e. unpaired releases), morphology (the query's affixed form is absent from its grade-2 releases; their forms
are noted in comments), acronym, typo, number.

Non-obvious calls: the KPK 2024 report (5029, state assets "recovered through fines, restitution and auctions") is 2
for restitution paid into the state treasury, next to the Jakarta Pusat execution (5035/5036), while the CPO money
held in the AGO's escrow account (5031/5032) is 1; for smuggling "through Batam waters" the BPOM case (5465) came
through Batu Ampar port in containers, so it is 1, and the 47 migrant workers stopped at Batam Centre (5614/5615) are
1 (people, not goods); the Pesisir Selatan floods (5403/5404) count for the 14-day emergency status beside Demak and
Aceh Tamiang, while Pekalongan's seven days (5408) is 1; OMC merely "being prepared" in West Kalimantan (5431/5432)
and BMKG's support for OMC (5420) are 1 for BNPB's weather-modification operations; the 2023 THR circular (5662)
covers day labourers but not contract (PKWT) workers, so it is 1 for "harian lepas dan kontrak"; Demak's first
release (5401) reports itching but not diarrhoea, so it is 1 for health posts against skin disease and diarrhoea,
while its follow-up (5409), Pekalongan (5408) and Aceh Tamiang (5407) are 2; the adolescent rehab unit (5062) names
its most common substances, so it is 2 beside Lido (5059/5060); the Demak dyke release is irrelevant to the Lebanon
question although both say "memilih bertahan"; BNN's annual report (5054/5055, a prison officer helping a
controller "dari balik jeruji") is not used here. For the jamu morphology query the Pangea release (5462, "dicampur")
and the East Java jamu release (5463, jamu "mengandung" BKO) are both 2. Red notices at Ngurah Rai (5065) concern
travellers, not gambling controllers, and are left at 0.
"""
from __future__ import annotations

from pathlib import Path

from fresh_queries import NEWS_CORPUS, write_queries

OUT = Path(__file__).with_name("news10_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # ---- indonesian: security and law enforcement (5001-5085) ----
    ("indonesian", "pengendali jaringan judi online masuk DPO dan red notice Interpol",
     {"judol-a3": 2, "judol-a4": 2, "online-gambling": 1}),
    # 5465 came through Batu Ampar port in containers -> 1; 5614 people, not goods -> 1
    ("indonesian", "penyelundupan barang ilegal melalui perairan Batam",
     {"bnn-a3": 2, "cukai-3": 2, "drugs-batam-2026": 1, "pmi-illegal-1": 1, "drug-seizures": 1,
      "excise-enforcement": 1}),
    ("indonesian", "berapa terduga teroris yang ditangkap Densus 88 sepanjang 2024",
     {"terror-a6": 2, "terror-a7": 1, "terror-arrests": 1}),
    # 5029 restitution and fines recovered -> 2; 5031 escrow account -> 1
    ("indonesian", "uang pengganti perkara korupsi disetor ke kas negara",
     {"kjg-a5": 2, "kpk-a7": 2, "kjg-a2": 1, "kejagung-cases": 1}),
    ("indonesian", "dakwaan teroris berdasarkan UU Nomor 5 Tahun 2018",
     {"terror-a1": 2, "terror-arrests": 1}),
    ("indonesian", "WNA bekerja tanpa izin di kawasan industri nikel",
     {"imi-a2": 2, "imi-a5": 1, "imi-a6": 1, "immigration-enforcement": 1}),
    ("indonesian", "barang bukti narkoba dan obat ilegal dimusnahkan dengan insinerator",
     {"bnn-a8": 2, "drugs-jamu-jatim-2025": 2, "drug-seizures": 1, "drug-safety": 1}),
    # ---- indonesian: economy (5201-5291) ----
    ("indonesian", "pedagang dan kios menjual di atas harga eceran tertinggi",
     {"dag-1": 2, "pupuk-3": 2, "bulog-2": 1, "pupuk-2": 1, "staple-prices": 1}),
    ("indonesian", "rokok ilegal dijual di marketplace tanpa pita cukai",
     {"cukai-2": 2, "excise-enforcement": 1}),
    ("indonesian", "BI terbitkan SRBI untuk menarik aliran masuk modal asing",
     {"birate-3": 2, "birate-5": 1, "bi-rate": 1}),
    # only 5225 says "sejak Mei 2020"; later releases give the streak in months -> 1
    ("indonesian", "neraca perdagangan surplus beruntun sejak Mei 2020",
     {"trade-1": 2, "trade-2": 1, "trade-3": 1, "trade-4": 1, "trade-balance": 1}),
    ("indonesian", "Bulog sewa gudang tambahan untuk menampung hasil serapan gabah",
     {"bulog-1": 2, "bulog-4": 2, "rice-stock-sphp": 1}),
    ("indonesian", "bantuan pangan beras dikirim dengan kapal ke pulau terpencil",
     {"bulog-7": 2, "rice-stock-sphp": 1}),
    # ---- indonesian: disaster, health, environment (5401-5485) ----
    # OMC only prepared (5431) or supported by BMKG (5420) -> 1
    ("indonesian", "operasi modifikasi cuaca BNPB untuk banjir dan kebakaran gambut",
     {"flood-jakarta-2025": 2, "flood-jakarta-2025b": 2, "karhutla-heli-2023": 2, "karhutla-kalbar-2025": 1,
      "weather-elnino-2023": 1}),
    # Pekalongan seven days -> 1
    ("indonesian", "status tanggap darurat banjir selama 14 hari",
     {"flood-demak-2023": 2, "flood-pessel-2024": 2, "flood-tamiang-2025": 2, "flood-pekalongan-2026": 1,
      "flood-demak-2023b": 1}),
    ("indonesian", "besaran dana stimulan perbaikan rumah korban gempa",
     {"quake-cianjur-2022b": 2, "earthquakes": 1}),
    ("indonesian", "api menjalar di bawah permukaan gambut sehingga perlu pembasahan berulang",
     {"karhutla-oki-2024": 2, "forest-fires": 1}),
    ("indonesian", "jumlah bank sampah aktif dan nasabahnya",
     {"waste-hpsn-2023": 2, "waste-hpsn-2026": 1, "waste": 1}),
    ("indonesian", "operasi SAR ditutup padahal korban belum ditemukan",
     {"sar-buton-2024b": 2, "search-rescue": 1}),
    ("indonesian", "vaksin dengue dua dosis untuk anak sekolah",
     {"dengue-vaccine-2025": 2, "dengue": 1}),
    ("indonesian", "angka bebas jentik di desa masih di bawah target",
     {"dengue-jumantik-bali-2023": 2, "dengue": 1}),
    ("indonesian", "sekolah di pesisir latihan evakuasi gempa dan tsunami",
     {"quake-drill-bengkulu-2026": 2, "earthquakes": 1}),
    # ---- indonesian: government and social affairs (5601-5687) ----
    ("indonesian", "biaya evakuasi dan pemulangan WNI ditanggung negara",
     {"wni-evac-3": 2, "citizen-protection": 1}),
    ("indonesian", "WNI korban online scam alami kekerasan fisik dan dokumen ditahan",
     {"wni-scam-1": 2, "imi-a4": 1, "wni-scam-2": 1, "wni-scam-3": 1}),
    # 5059 (sewing after rehab) is another series -> 0
    ("indonesian", "kejuruan menjahit dan teknologi informasi di BLK pesantren",
     {"blk-komunitas-2024": 2, "job-training": 1}),
    ("indonesian", "alasan sebagian WNI memilih tetap tinggal di Lebanon",
     {"wni-evac-2b": 2, "wni-evac-2": 1}),
    ("indonesian", "provinsi asal pemudik lebaran terbanyak",
     {"mudik-2023-1": 2, "holiday-transport": 1}),
    # 5662 covers day labourers but not contract workers -> 1
    ("indonesian", "pekerja harian lepas dan kontrak berhak menerima THR",
     {"thr-2024-1": 2, "thr-2023-1": 1, "holiday-allowance": 1}),
    ("indonesian", "laporan pelaksanaan percepatan sertifikasi halal kepada presiden",
     {"reg-halal-1": 2, "government-regulation": 1}),
    ("indonesian", "besaran tunjangan jabatan penyuluh ahli utama",
     {"reg-penyuluh-1": 2, "government-regulation": 1}),
    # ---- english: security and law enforcement ----
    ("english", "bank accounts frozen or blocked in online gambling investigations",
     {"judol-a1": 2, "judol-a4": 2, "judol-a6": 2, "judol-a3": 1, "online-gambling": 1}),
    ("english", "terror suspects who planned attacks on police stations",
     {"terror-a1": 2, "terror-a7": 2, "terror-arrests": 1}),
    ("english", "released terrorism convicts who reoffended",
     {"derad-a6": 2, "derad-a2": 1, "deradicalisation": 1}),
    ("english", "fishermen recruited and paid as crew for meth smuggling boats",
     {"bnn-a3": 2, "bnn-a1": 1, "drug-seizures": 1}),
    ("english", "foreigners refused entry at Bali airport",
     {"imi-a3": 2, "immigration-enforcement": 1}),
    ("english", "how many foreigners did Bali immigration deport in 2024",
     {"imi-a7": 2, "imi-a1": 1, "immigration-enforcement": 1}),
    # ---- english: economy ----
    ("english", "macroprudential liquidity incentive expanded to labour-intensive sectors",
     {"birate-5": 2, "birate-4": 1, "birate-6": 1, "bi-rate": 1}),
    ("english", "main corridors for cross-border QRIS transactions",
     {"qris-4": 2, "qris-1": 1, "qris-payments": 1}),
    ("english", "exports to the United States rise ahead of tariff review",
     {"trade-4": 2, "trade-5": 2, "trade-balance": 1}),
    ("english", "agriculture fastest growing sector thanks to an earlier rice harvest",
     {"gdp-4": 2, "gdp-growth": 1}),
    ("english", "financial literacy highest among 18 to 25 year olds",
     {"lit-1": 2, "financial-literacy": 1}),
    ("english", "golden visa applicants by country of origin",
     {"imis-a3": 2, "immigration-services": 1}),
    # ---- english: disaster, health, environment ----
    ("english", "food poisoning in free meal kitchens caused by Bacillus cereus",
     {"food-mbg-2025": 2, "food-safety": 1}),
    ("english", "measles patients isolated on Kangean island",
     {"imm-measles-sumenep-2026": 2, "immunization": 1}),
    ("english", "total number of seismic stations operated by BMKG",
     {"quake-inatews-2023": 2, "earthquakes": 1}),
    ("english", "peat groundwater level fell below 40 centimetres",
     {"karhutla-oki-2024": 2, "karhutla-kalbar-2025": 2, "forest-fires": 1}),
    ("english", "mercury in whitening creams causes kidney damage",
     {"cosmetics-bekasi-2024": 2, "cosmetics-warning-2026": 1, "drug-safety": 1}),
    # 5401 reports itching only -> 1
    ("english", "health posts at evacuation sites against skin disease and diarrhoea after floods",
     {"flood-pekalongan-2026": 2, "flood-demak-2023b": 2, "flood-tamiang-2025": 2, "flood-demak-2023": 1,
      "floods": 1}),
    # 5062 names inhalants, tramadol and meth as most common -> 2
    ("english", "which drugs are most commonly used by rehabilitation clients",
     {"rehab-a2": 2, "rehab-a4": 2, "drug-rehab": 1}),
    # ---- english: government and social affairs ----
    ("english", "Eid bonus amount for app-based drivers and couriers",
     {"bhr-ojol-2025": 2, "holiday-allowance": 1}),
    ("english", "AI-generated election hoaxes",
     {"hoax-deepfake-1": 2, "hoax-debunking": 1}),
    ("english", "trucks with three or more axles restricted during Eid travel",
     {"mudik-2024-trucks": 2, "mudik-2025-trucks": 2, "holiday-transport": 1}),
    ("english", "ships told to add life jackets after safety inspections",
     {"ramp-check-bakauheni": 2, "ship-inspection-nataru-2024": 2, "sea-transport-safety": 1}),
    ("english", "families registering children on family cards just before school admissions",
     {"ppdb-2024-1": 2, "ppdb-2024-2": 2, "spmb-2025-1": 1, "ppdb-2023-1": 1, "school-admission": 1}),
    ("english", "Sudan evacuees housed in the hajj dormitory in Jeddah",
     {"wni-evac-1": 2, "citizen-protection": 1}),
    # ---- crosslang (English query, grade-2 releases only in Indonesian) ----
    ("crosslang", "meth taped to couriers' waists and thighs at Kualanamu airport",
     {"bnn-a7": 2}),
    ("crosslang", "importers' offices searched in North Jakarta and Cilegon in the salt import case",
     {"kjg-a1": 2}),
    ("crosslang", "KPK found IDR 6.4 billion in earlier bribe receipts in the road preservation case",
     {"kpk-a4b": 2, "kpk-a4": 1}),
    ("crosslang", "tax consultant acted as go-between in the Surabaya tax office sting",
     {"kpk-a2": 2}),
    ("crosslang", "silver craftsman in Celuk paid in rupiah by Thai tourists scanning QRIS",
     {"qris-1": 2}),
    ("crosslang", "rattan chairs and baskets from Gresik shipped to Rotterdam",
     {"exp-4": 2}),
    ("crosslang", "village fund disbursement fastest in Lamongan and Bojonegoro",
     {"apbn-5": 2}),
    ("crosslang", "tropical cyclone Ellie raises waves in the Savu Sea",
     {"weather-cyclone-2022": 2}),
    ("crosslang", "1.3 million households sorted waste at home on National Waste Awareness Day 2026",
     {"waste-hpsn-2026": 2}),
    ("crosslang", "metal smelters in Tangerang deliberately switched off emission controls",
     {"air-jabodetabek-2023b": 2}),
    ("crosslang", "nOPV2 vaccine used in both rounds of the polio immunisation week",
     {"polio-pin-2024": 2}),
    ("crosslang", "Indonesians from Iran travelled about 900 km overland to Azerbaijan",
     {"wni-evac-3": 2}),
    ("crosslang", "Taiwan overtook Hong Kong as top placement country for migrant workers",
     {"pmi-data-2": 2, "pmi-data-1": 1}),
    # ---- crosslang (Indonesian query, grade-2 releases only in English) ----
    ("crosslang", "remaja 18 tahun di Pekanbaru susun rencana serang kantor polisi dengan bom rakitan",
     {"terror-a7": 2, "terror-a1": 1}),
    ("crosslang", "pendamping mengunjungi mantan napiter minimal sebulan sekali pada tahun pertama",
     {"derad-a6": 2}),
    ("crosslang", "korban aplikasi palsu restitusi pajak merugi antara Rp2 juta dan Rp95 juta",
     {"cyber-a5": 2}),
    ("crosslang", "rokok ilegal dibawa kapal dari dermaga kecil di Pulau Rempang menuju Tembilahan",
     {"cukai-3": 2}),
    ("crosslang", "ekspor kopi Indonesia ke Timur Tengah tahun 2024 naik 19 persen",
     {"exp-3": 2}),
    ("crosslang", "penagihan utang hanya boleh pukul 08.00 sampai 20.00",
     {"pasti-5": 2}),
    ("crosslang", "rasio utang pemerintah terhadap PDB akhir 2024",
     {"apbn-4": 2}),
    ("crosslang", "helikopter hilang membawa bahan bangunan dan obat untuk puskesmas di Elelim",
     {"sar-papua-heli-2025": 2}),
    ("crosslang", "suhu maksimum 36,8 derajat di Semarang bukan gelombang panas",
     {"weather-heat-2025": 2}),
    ("crosslang", "produsen wajib kurangi sampah kemasan 30 persen pada 2029",
     {"waste-epr-2025": 2, "waste-hpsn-2023": 1}),
    ("crosslang", "peserta magang ke Jepang dipilih dari 2.300 pelamar",
     {"magang-jepang-2024": 2}),
    ("crosslang", "53 kapal penumpang harus memperbaiki kekurangan alat keselamatan jelang Natal",
     {"ship-inspection-nataru-2024": 2}),
    # ---- morphology ----
    # "penyergapan": 5048 has "menyergap"
    ("morphology", "penyergapan kapal pembawa sabu di Idi Rayeuk",
     {"bnn-a1": 2, "drug-seizures": 1}),
    # "pembakaran": 5053 has "dibakar"
    ("morphology", "pembakaran batang ganja di ladang Aceh Besar",
     {"bnn-a5": 2, "drug-seizures": 1}),
    # "penggelembungan": 5026 has "menggelembungkan"
    ("morphology", "penggelembungan harga alat kesehatan RSUD di Banten",
     {"kpk-a5": 2, "kpk-sting": 1}),
    # "pemecahan": 5034 has "memecah paket pengadaan"
    ("morphology", "pemecahan paket pengadaan meter air agar bisa penunjukan langsung",
     {"kjg-a4": 2, "kejagung-cases": 1}),
    # "pencairan": 5038 has "mencairkan", "dicairkan"
    ("morphology", "pencairan kredit atas nama debitur fiktif",
     {"kjg-a7": 2, "kejagung-cases": 1}),
    # "pembelian": 5280 has "membeli gabah"
    ("morphology", "pembelian gabah langsung oleh Bulog di lokasi panen raya Grobogan",
     {"tanam-3": 2, "bulog-4": 1}),
    # "pengeringan": 5263 has "dikeringkan"
    ("morphology", "pengeringan gabah hingga kadar air 14 persen",
     {"bulog-1": 2, "rice-stock-sphp": 1}),
    # "pencabutan": 5275 has "Dicabut Izinnya"
    ("morphology", "pencabutan izin kios pupuk subsidi di Indramayu",
     {"pupuk-3": 2, "food-self-sufficiency": 1}),
    # "pencampuran": 5462 has "dicampur", 5463 jamu "mengandung" BKO
    ("morphology", "pencampuran bahan kimia obat ke dalam jamu",
     {"drugs-pangea-2023": 2, "drugs-jamu-jatim-2025": 2, "drug-safety": 1}),
    # "pencocokan": 5686 has "mencocokkan"
    ("morphology", "pencocokan manifes penumpang kapal kandas",
     {"km-sinar-bahari-5": 2, "sea-transport-safety": 1}),
    # "pengangkutan": 5678 has "mengangkut", "diangkut"
    ("morphology", "pengangkutan sepeda motor pemudik gratis dengan kereta dan kapal",
     {"mudik-gratis-2023": 2, "holiday-transport": 1}),
    # "penundaan": 5687 has "Tunda"
    ("morphology", "penundaan pelayaran ke Rote dan Sabu karena gelombang tinggi",
     {"tenau-weather-2026": 2, "sea-transport-safety": 1}),
    # ---- acronym ----
    ("acronym", "KIHT dan NPPBKC untuk pengusaha rokok kecil", {"cukai-4": 2, "excise-enforcement": 1}),
    ("acronym", "sanggahan SLIK OJK bagi korban data disalahgunakan", {"pasti-6": 2, "illegal-fintech": 1}),
    ("acronym", "BRGM sumur bor dan sekat kanal", {"karhutla-kalbar-2025": 2, "forest-fires": 1}),
    ("acronym", "KIPI PIN polio", {"polio-pin-2024": 2, "immunization": 1}),
    ("acronym", "LTSA Kupang calon PMI", {"pmi-repat-1": 2, "migrant-workers": 1}),
    ("acronym", "TKDN kendaraan listrik dinas", {"reg-ev-1": 2, "government-regulation": 1}),
    # ---- typo ----
    ("typo", "penyandang dana teroris sita aset kripto di tambun selatn",
     {"terror-a8": 2, "terror-arrests": 1}),
    ("typo", "beras impor vietnam tiba di tanjung priuk",
     {"bulog-6": 2, "rice-stock-sphp": 1}),
    ("typo", "helikopter water boming karhutla sumatera selatan",
     {"karhutla-heli-2023": 2, "forest-fires": 1}),
    ("typo", "vaksinasi dengeu di kalimantan timur dan bali",
     {"dengue-vaccine-2025": 2, "dengue": 1}),
    ("typo", "evakuasi WNI dari libanon tahap kedua",
     {"wni-evac-2b": 2, "wni-evac-2": 1}),
    ("typo", "sertifikasi halal grtis untuk usaha mikro",
     {"reg-halal-1": 2, "government-regulation": 1}),
    # ---- number ----
    ("number", "Rp2,3 miliar transaksi kripto penyandang dana teror", {"terror-a8": 2, "terror-arrests": 1}),
    ("number", "612 rekening judi online diblokir", {"judol-a1": 2, "online-gambling": 1}),
    ("number", "ekuitas minimum Rp7,5 miliar penyelenggara pinjaman daring", {"pasti-4": 2, "illegal-fintech": 1}),
    ("number", "271 gempa susulan", {"quake-cianjur-2022b": 2, "earthquakes": 1}),
    ("number", "1.120 kasus DBD di Sikka", {"dengue-2026-w9": 2, "dengue": 1}),
    ("number", "151 jenazah PMI dipulangkan ke NTT sepanjang 2023", {"pmi-repat-1": 2, "migrant-workers": 1}),
]

if __name__ == "__main__":
    write_queries(QUERIES, OUT, "z", NEWS_CORPUS)
