"""Ninth judged query set over ``news_corpus.jsonl`` (ids ``y001`` ...).

Written blind on 2026-12-06 by a helper: no search, ranking, benchmark or test of the search system was run and
nothing under search/, benchmarks/, docs/, tests/integration/ or tests/unit/ (nor README.md or any results file) was
read; only the corpus, ``fresh_queries.py`` (writer and checks), ``news8_queries.py`` (for the format and the grading
rules) and the earlier ``news1`` ... ``news8`` query files (read only to avoid repeating their questions) were
consulted. Measured once, never tuned on.

Focus: all four id ranges evenly (about 27 queries each): security and law enforcement (5001-5085: BNPT, Densus 88,
KPK, prosecutors, BSSN, BNN, immigration, online gambling), economy (5201-5291: BI, QRIS, BPS inflation, trade and
GDP, OJK, state budget, excise, Bulog, fertiliser and rice fields, staple prices, exports), disaster, health and
environment (5401-5485: BNPB floods, BMKG, forest fires, dengue, immunisation, BPOM, Basarnas, waste, air) and
government and social affairs (5601-5687: citizen protection, migrant workers, regulations, schools, teachers,
student aid, connectivity, hoaxes, THR, job training, holiday and sea transport). The questions are the ones an
analyst, journalist or researcher would type: short keyword queries and longer natural questions, details from the
middle and end of bodies (many crosslang queries), and analytical questions whose answer spans several releases and
often several agencies (money moved through crypto by terror financiers and gambling rings; prices of medium rice
across Bulog and trade-ministry releases; student savings accounts in OJK and education releases; El Nino's effects
in 2023 across BPS, BMKG and KLHK; fishermen helping SAR operations across Basarnas and sea-transport releases;
products repackaged from bulk by MinyaKita packers and cosmetics warehouses; the 2023 Health Law cited by BPOM).
Every query's key terms were pattern-searched (re over all titles and bodies, both languages) so that every release
stating the asked fact is graded 2.

Grades (as in news8): 2 = the release states every constraint of the query (place, time, figure, actor, relation) in
its title or body; 1 = same subject or series, but a constraint differs or the asked fact is absent. Both language
versions of a release share a grade (event keys), so an English twin that drops the asked detail keeps its Indonesian
twin's grade. Categories: indonesian, english, crosslang (every grade-2 release is in the other language than the
query, i.e. unpaired releases), morphology (the query's affixed form is absent from its grade-2 releases; their forms
are noted in comments), acronym, typo, number.

Non-obvious calls: for "impor barang modal naik tanda investasi" the November 2025 release (5229) says capital goods
drove imports but not that they signal investment, so it is 1; for the fishing-boat smuggling question the Q1 2024
recap (5052) names the east-coast sea route but no fishing boats, so it is 1, while for the "pelabuhan tikus di
pantai timur" typo query the Aceh Timur seizure (5048, "jalur tikus di Selat Malaka" into the Aceh Timur coast) is 2
and 5052 is 1; the KPK road-bribe suspects (5025) only "open the possibility" of money-laundering charges, so they
are 1 for the question about KPK applying them, and the hospital-equipment case (5026, assets in relatives' names) is
1 for the question about disguising bribe proceeds; Ngurah Rai's refusals of people already on the ban list (5065)
are 1 for the question about deported foreigners being banned; the cosmetics warehouse rented in the name of a
fictitious expedition company (5460/5461) is 1 for goods shipped through expedition firms; the Pekanbaru haze release
(5434) only advises people short of breath, so it is 1 for rising respiratory infections; the AI-made "fabricated
endorsements" (5659) are 1 for the false-quote hoax question; the Bulog SPHP release (5265) only warns that SPHP rice
must not be re-packed, so it is 1 for the repackaging question; the deportee release (5618) counts for palm-oil
plantation work in Malaysia because it names the Sabah plantation quota; a release that mentions only the 3M Plus
slogan or "pemberantasan sarang nyamuk" is 1 for the question about draining water containers. For the El Nino
question the releases that tie a 2023 effect (rice prices, dry season, wider forest fires) to El Nino are 2 and La
Nina's 2024 rainy season is 1.
"""
from __future__ import annotations

from pathlib import Path

from fresh_queries import NEWS_CORPUS, write_queries

OUT = Path(__file__).with_name("news9_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # ---- indonesian: security and law enforcement (5001-5085) ----
    # terror financier (5018) and gambling ring (5082/5083) both convert funds to crypto and send them abroad
    ("indonesian", "dana teror dan judi online dikonversi ke aset kripto lalu dikirim ke luar negeri",
     {"terror-a8": 2, "judol-a4": 2, "judol-a6": 1, "judol-a1": 1, "terror-a1": 1}),
    ("indonesian", "WNA pelaku penipuan asmara daring ditindak imigrasi",
     {"imi-a2": 2, "imi-a4": 2, "immigration-enforcement": 1}),
    ("indonesian", "jumlah WNA yang dideportasi imigrasi bali",
     {"imi-a1": 2, "imi-a7": 2, "immigration-enforcement": 1}),
    ("indonesian", "notifikasi kerentanan yang dikirim BSSN ke pemilik sistem elektronik",
     {"cyber-a2": 2, "cyber-a7": 2, "cyber-security": 1}),
    # 5025 only "membuka peluang" TPPU -> 1
    ("indonesian", "KPK terapkan pasal pencucian uang kepada tersangka korupsi",
     {"kpk-a5": 2, "kpk-a7": 2, "kpk-a4b": 1, "kpk-sting": 1}),
    ("indonesian", "korupsi kuota impor merugikan petani dan petambak lokal",
     {"kjg-a1": 2, "kjg-a6": 2, "kejagung-cases": 1}),
    ("indonesian", "jaringan judi online dikendalikan dari kamboja dan filipina",
     {"judol-a1": 2, "judol-a3": 2, "judol-a4": 2, "online-gambling": 1}),
    # 5052 names the east-coast sea route but no fishing boats -> 1
    ("indonesian", "sabu diselundupkan lewat laut memakai kapal ikan",
     {"bnn-a1": 2, "bnn-a3": 2, "bnn-a6": 2, "drug-seizures": 1}),
    # ---- indonesian: economy (5201-5291) ----
    ("indonesian", "kontribusi pulau jawa terhadap PDB nasional",
     {"gdp-1": 2, "gdp-2": 2, "gdp-4": 2, "gdp-growth": 1}),
    # 5229: capital goods drove imports, no investment reading -> 1 (topic)
    ("indonesian", "impor barang modal naik tanda investasi berlanjut",
     {"trade-1": 2, "trade-6": 2, "trade-balance": 1}),
    ("indonesian", "bawang merah penyumbang deflasi",
     {"infl-4": 2, "infl-6": 2, "inflation": 1}),
    ("indonesian", "inflasi komponen harga yang diatur pemerintah",
     {"infl-1": 2, "infl-2": 2, "infl-3": 2, "infl-5": 2, "inflation": 1}),
    ("indonesian", "penerimaan PPh migas turun",
     {"apbn-1": 2, "apbn-2": 2, "state-budget": 1}),
    # medium-rice prices in Bulog and trade-ministry releases; 5266 (warung price, not "medium") -> 1
    ("indonesian", "harga beras medium di pasar",
     {"bulog-2": 2, "dag-1": 2, "dag-2": 2, "dag-3": 2, "staple-prices": 1, "rice-stock-sphp": 1}),
    # OJK (SimPel at BIK Palu, KEJAR Kupang) and education (PIP paid into SimPel / student savings accounts)
    ("indonesian", "rekening tabungan pelajar",
     {"lit-2": 2, "lit-4": 2, "pip-2023-1": 2, "pip-2024-ntt": 2, "financial-literacy": 1}),
    ("indonesian", "realisasi penebusan pupuk bersubsidi oleh petani",
     {"pupuk-2": 2, "pupuk-4": 2, "pupuk-1": 1, "pupuk-3": 1}),
    # ---- indonesian: disaster, health, environment (5401-5485) ----
    ("indonesian", "jumlah gempa susulan yang tercatat BMKG",
     {"quake-cianjur-2022": 2, "quake-cianjur-2022b": 2, "quake-garut-2024": 2, "earthquakes": 1}),
    ("indonesian", "kota mana saja yang sudah menerapkan nyamuk ber-wolbachia",
     {"dengue-2024-w16": 2, "dengue-wolbachia-jkt-2023": 2, "dengue": 1}),
    ("indonesian", "cakupan imunisasi rutin anjlok akibat pandemi covid-19",
     {"imm-catchup-2025": 2, "imm-bian-2022": 2, "immunization": 1}),
    ("indonesian", "pangan impor tanpa izin edar masuk lewat wilayah perbatasan",
     {"food-ramadan-2023": 2, "food-nataru-2025": 2, "food-safety": 1}),
    ("indonesian", "ancaman pidana UU Kesehatan 2023 bagi pengedar kosmetik dan obat ilegal",
     {"cosmetics-bekasi-2024": 2, "cosmetics-warning-2026": 2, "drugs-batam-2026": 2, "drug-safety": 1}),
    ("indonesian", "kendaraan bermotor penyumbang terbesar pencemaran udara",
     {"air-jabodetabek-2023": 2, "air-emission-test-2025": 2, "air-quality": 1}),
    ("indonesian", "pompa portabel untuk mempercepat surutnya genangan banjir",
     {"flood-jakarta-2025": 2, "flood-pekalongan-2026": 2, "floods": 1}),
    # ---- indonesian: government and social affairs (5601-5687) ----
    ("indonesian", "provinsi asal terbanyak WNI korban online scam",
     {"wni-scam-1": 2, "wni-scam-3": 2, "wni-scam-2": 1}),
    ("indonesian", "pekerja migran indonesia di perkebunan sawit malaysia",
     {"pmi-illegal-1": 2, "pmi-deport-1": 2, "migrant-workers": 1}),
    ("indonesian", "puskesmas terpencil bisa konsultasi dengan dokter lewat internet",
     {"bts-maybrat": 2, "internet-puskesmas-ntt": 2, "rural-connectivity": 1}),
    ("indonesian", "video lama disunting jadi hoaks pemilu",
     {"hoax-election-1": 2, "hoax-election-2": 2, "hoax-debunking": 1}),
    ("indonesian", "kuota jalur afirmasi untuk siswa dari keluarga tidak mampu",
     {"ppdb-2023-1": 2, "spmb-2025-1": 2, "school-admission": 1}),
    ("indonesian", "pelamar prioritas PPPK guru ditempatkan tanpa ikut tes",
     {"pppk-guru-2022-1": 2, "pppk-guru-2023-1": 2, "teacher-recruitment": 1}),
    ("indonesian", "upaya mengurangi jumlah pemudik bersepeda motor",
     {"mudik-2023-1": 2, "mudik-gratis-2023": 2, "mudik-2024-eval": 2, "holiday-transport": 1}),
    # ---- english: security and law enforcement ----
    ("english", "how much were drug couriers and boat crews paid by smugglers",
     {"bnn-a3": 2, "bnn-a7": 2, "drug-seizures": 1}),
    ("english", "social media influencers charged for promoting online gambling sites",
     {"judol-a2": 2, "judol-a3": 2, "online-gambling": 1}),
    ("english", "how much does an Indonesian passport cost",
     {"imis-a1": 2, "imis-a2": 2, "immigration-services": 1}),
    # tin (BUMN concession), BUMD water utility, BUMN pension fund, state food enterprise, state-owned bank
    ("english", "corruption cases at state-owned enterprises",
     {"kjg-a3": 2, "kjg-a4": 2, "kjg-a5": 2, "kjg-a6": 2, "kjg-a7": 2, "kejagung-cases": 1}),
    # 5065 refuses entry to people already on the ban list (no deportation) -> 1
    ("english", "deported foreigners banned from re-entering Indonesia",
     {"imi-a1": 2, "imi-a2": 2, "imi-a4": 2, "imi-a7": 2, "immigration-enforcement": 1}),
    # drugs (BNN) and illegal cigarettes (customs Malang) sent through expedition firms; 5460 (warehouse rented in
    # the name of a fictitious expedition company) -> 1
    ("english", "illegal goods shipped through courier and expedition companies",
     {"bnn-a6": 2, "cukai-4": 2, "cosmetics-bekasi-2024": 1}),
    # ---- english: economy ----
    ("english", "fastest growing region Maluku and Papua",
     {"gdp-1": 2, "gdp-2": 2, "gdp-4": 2, "gdp-growth": 1}),
    ("english", "how many households receive rice food aid",
     {"bulog-3": 2, "bulog-6": 2, "bulog-7": 2, "rice-stock-sphp": 1}),
    ("english", "energy subsidy spending in the state budget",
     {"apbn-1": 2, "apbn-3": 2, "apbn-4": 2, "state-budget": 1}),
    ("english", "Bank Indonesia 2025 economic growth projection",
     {"birate-5": 2, "birate-6": 2, "bi-rate": 1}),
    ("english", "QRIS cross-border payments settled in local currency without US dollar conversion",
     {"qris-1": 2, "qris-4": 2, "qris-payments": 1}),
    ("english", "combine harvesters for rice farmers",
     {"tanam-2": 2, "tanam-3": 2, "food-self-sufficiency": 1}),
    # ---- english: disaster, health, environment ----
    # 5434 only advises people with shortness of breath -> 1
    ("english", "respiratory infections rise because of haze and air pollution",
     {"karhutla-heli-2023": 2, "air-jabodetabek-2023": 2, "karhutla-riau-2026": 1, "air-quality": 1}),
    ("english", "canal blocking to keep peatland wet and prevent fires",
     {"karhutla-mpa-2024": 2, "karhutla-kalbar-2025": 2, "karhutla-recap-2023": 2, "forest-fires": 1}),
    ("english", "One House One Larva Monitor movement",
     {"dengue-2024-w16": 2, "dengue-2026-w9": 2, "dengue": 1}),
    ("english", "tramadol abuse among teenagers",
     {"rehab-a4": 2, "drugs-batam-2026": 2, "drug-rehab": 1}),
    # MinyaKita packer (5285) and the Bekasi cosmetics warehouse (5460/5461) re-pack bulk goods; 5265 only warns
    ("english", "bulk products repackaged and sold under other brands",
     {"dag-1b": 2, "cosmetics-bekasi-2024": 2, "bulog-2": 1}),
    ("english", "effects of El Nino in 2023",
     {"infl-3": 2, "weather-elnino-2023": 2, "karhutla-segel-2023": 2, "karhutla-recap-2023": 2,
      "weather-rainy-2024": 1}),
    ("english", "local fishermen helping search and rescue operations",
     {"sar-buton-2024": 2, "sar-buton-2024b": 2, "sar-cilacap-2026": 2, "km-sinar-bahari-5": 2,
      "search-rescue": 1}),
    # ---- english: government and social affairs ----
    ("english", "number of Indonesians caught up in online scam cases",
     {"wni-scam-1": 2, "wni-scam-2": 2, "wni-scam-3": 2}),
    ("english", "4G signal lets fishermen and traders check market prices",
     {"bts-sangihe": 2, "bts-enggano": 2, "rural-connectivity": 1}),
    ("english", "roadworthiness ramp checks on buses before holiday travel",
     {"mudik-gratis-2023": 2, "ramp-check-bakauheni": 2, "holiday-transport": 1, "sea-transport-safety": 1}),
    ("english", "free vocational training with pocket money or transport allowance",
     {"bbpvp-bekasi-2023": 2, "bpvp-kendari-2025": 2, "job-training": 1}),
    ("english", "hoaxes circulating on WhatsApp",
     {"hoax-deepfake-1": 2, "hoax-bsu-link": 2, "hoax-debunking": 1}),
    ("english", "when does KIP Kuliah registration close",
     {"kip-kuliah-2023-1": 2, "kip-kuliah-2025-1": 2, "kip-kuliah-2024-1": 1}),
    # ---- crosslang (English query, grade-2 releases only in Indonesian) ----
    ("crosslang", "religious counsellors must produce four peace posts a month for six months",
     {"derad-a3": 2}),
    ("crosslang", "children of ISIS deportees attend Package A and Package B equivalency classes",
     {"derad-a4": 2}),
    ("crosslang", "11,000 water meters paid for but never delivered to the utility's warehouse",
     {"kjg-a4": 2}),
    ("crosslang", "Japanese and Australian incident response teams observed the national cyber drill",
     {"cyber-a4": 2}),
    ("crosslang", "iron and steel became the second largest non-oil export after coal",
     {"trade-2": 2, "trade-balance": 1}),
    ("crosslang", "rice stock at Cipinang wholesale market below the normal 30,000 tonnes",
     {"bulog-2": 2}),
    ("crosslang", "subsidised fertiliser redemption recorded through the i-Pubers app",
     {"pupuk-2": 2, "pupuk-1": 1}),
    ("crosslang", "flooding in Kampung Melayu, Bidara Cina and Cawang along the Ciliwung",
     {"flood-jakarta-2025": 2, "flood-jakarta-2025b": 1}),
    ("crosslang", "immunisation services opened at markets, malls and places of worship on weekends",
     {"imm-catchup-2025": 2}),
    ("crosslang", "drones used to search for KM Bahari Jaya victims",
     {"sar-buton-2024b": 2, "sar-buton-2024": 1}),
    ("crosslang", "more than 70,000 climbers went up Mount Rinjani in 2023",
     {"sar-rinjani-2023": 2}),
    ("crosslang", "regional roads programme handled 1,904 km in 294 sections in 2023",
     {"reg-inpres-jalan-1": 2}),
    ("crosslang", "KIP Kuliah reaches 985,000 students with a IDR 13.9 trillion budget",
     {"kip-kuliah-2024-1": 2, "kip-kuliah-2023-1": 1, "kip-kuliah-2025-1": 1}),
    ("crosslang", "villages use 4G towers to promote local products online in NTT and Maluku",
     {"bts-progress-2023": 2}),
    ("crosslang", "traffic accidents during Eid 2024 down 12 percent",
     {"mudik-2024-eval": 2}),
    # ---- crosslang (Indonesian query, grade-2 releases only in English) ----
    ("crosslang", "napiter bebas tanpa menandatangani ikrar setia sehingga sulit diawasi",
     {"derad-a6": 2}),
    ("crosslang", "31 tersangka teror yang ditangkap sepanjang 2025 berusia di bawah 21 tahun",
     {"terror-a7": 2, "terror-a6": 1}),
    ("crosslang", "autogate akan dipasang di pelabuhan batam dan tanjung benoa",
     {"imis-a4": 2}),
    ("crosslang", "33 dari 38 provinsi alami deflasi tahunan februari 2025",
     {"infl-5": 2, "infl-4": 1}),
    ("crosslang", "lembaga keuangan tetap bertanggung jawab atas perilaku debt collector pihak ketiga",
     {"pasti-5": 2, "pasti-1b": 1}),
    ("crosslang", "kopi arabika gayo dan robusta lampung paling banyak dipesan pembeli timur tengah",
     {"exp-3": 2}),
    ("crosslang", "data seismograf dikirim lewat satelit ke pusat regional makassar dan jayapura",
     {"quake-inatews-2023": 2}),
    ("crosslang", "indeks ultraviolet sangat tinggi, batasi aktivitas luar ruang pukul 10 sampai 15",
     {"weather-heat-2025": 2}),
    ("crosslang", "laporan pelaksanaan kerja fleksibel ASN ke KemenPANRB setiap enam bulan",
     {"reg-asn-flex-1": 2}),
    ("crosslang", "layanan aktivasi rekening PIP keliling di sekolah yang jauh dari bank",
     {"pip-2024-ntt": 2, "pip-2023-1": 1}),
    # ---- morphology ----
    # "penyitaan": 5010, 5014 have "menyita"
    ("morphology", "penyitaan senjata api rakitan dari terduga teroris",
     {"terror-a1": 2, "terror-a5": 2, "terror-arrests": 1}),
    # "penyamaran": 5025 has "menyamarkan"
    ("morphology", "penyamaran hasil suap proyek jalan",
     {"kpk-a4b": 2, "kpk-a4": 1, "kpk-a5": 1}),
    # "perampasan": 5082 has "dirampas"
    ("morphology", "perampasan uang sitaan judi online untuk negara",
     {"judol-a4": 2, "online-gambling": 1}),
    # "penghapusan": 5225 has "menghapus"
    ("morphology", "penghapusan pungutan ekspor CPO",
     {"trade-1": 2, "trade-balance": 1}),
    # "pengoplosan": 5265 has "dioplos"
    ("morphology", "pengoplosan beras SPHP",
     {"bulog-2": 2, "rice-stock-sphp": 1}),
    # "pencatatan": 5213 has "mencatat"
    ("morphology", "pencatatan penjualan pedagang pasar lewat QRIS",
     {"qris-3": 2, "qris-payments": 1}),
    # "pemalsuan": 5465 has "memalsukan"
    ("morphology", "pemalsuan dokumen impor untuk menyelundupkan obat ilegal",
     {"drugs-batam-2026": 2, "drug-safety": 1}),
    # "pengurasan": 5435, 5437 have "menguras"; 3M Plus or PSN alone -> 1
    ("morphology", "pengurasan tempat penampungan air untuk cegah DBD",
     {"dengue-2024-w16": 2, "dengue-wolbachia-jkt-2023": 2, "dengue": 1}),
    # "pembuangan": 5483 has "membuang"
    ("morphology", "pembuangan limbah B3 ilegal oleh perusahaan peleburan logam",
     {"air-jabodetabek-2023b": 2, "air-quality": 1}),
    # "pengangkutan": 5646, 5648, 5649 have "diangkut", 5653 "pengiriman material"
    ("morphology", "pengangkutan material menara BTS ke lokasi terpencil",
     {"bts-maybrat": 2, "bts-sangihe": 2, "bts-progress-2023": 2, "bts-enggano": 2, "rural-connectivity": 1}),
    # "penampungan": 5614 has "ditampung"
    ("morphology", "penampungan calon PMI nonprosedural yang digagalkan berangkat",
     {"pmi-illegal-1": 2, "migrant-workers": 1}),
    # "pembebasan": 5640 has "dibebaskan"
    ("morphology", "pembebasan biaya kuliah bagi penerima KIP Kuliah",
     {"kip-kuliah-2023-1": 2, "kip-kuliah-2024-1": 1, "kip-kuliah-2025-1": 1}),
    # ---- acronym ----
    ("acronym", "kegiatan BNN saat HANI", {"bnn-a8": 2, "rehab-a2": 2}),
    ("acronym", "realisasi TKD dalam APBN",
     {"apbn-1": 2, "apbn-3": 2, "apbn-4": 2, "apbn-6": 2, "state-budget": 1}),
    ("acronym", "jumlah ZOM masuk musim hujan dan kemarau",
     {"weather-elnino-2023": 2, "weather-rainy-2024": 2, "weather-warnings": 1}),
    ("acronym", "target Jakstranas pengelolaan sampah",
     {"waste-hpsn-2023": 2, "waste-hpsn-2026": 2, "waste": 1}),
    ("acronym", "pengecekan DTKS penerima KIP Kuliah",
     {"kip-kuliah-2023-1": 2, "kip-kuliah-2024-1": 2, "student-aid": 1}),
    ("acronym", "salinan peraturan di JDIH setkab",
     {"reg-halal-1": 2, "reg-penyuluh-1": 2, "government-regulation": 1}),
    # ---- typo ----
    # 5048 "jalur tikus di Selat Malaka" into the Aceh Timur coast -> 2; 5052 east coast without rat ports -> 1
    ("typo", "sabu masuk lewat pelabuhan tkus di pantai timur sumatera",
     {"bnn-a6": 2, "bnn-a1": 2, "drug-seizures": 1}),
    ("typo", "konsumsi rumah tanga naik karena ramadan",
     {"gdp-2": 2, "gdp-4": 2, "gdp-growth": 1}),
    ("typo", "uji emis sepeda motor berusia lebih dari sepuluh tahun",
     {"air-emission-test-2025": 2, "air-quality": 1}),
    ("typo", "gejala salmonela muncul 6 hingga 72 jam",
     {"food-recall-biscuit-2024": 2, "food-safety": 1}),
    # 5659's "fabricated endorsements" are AI content, not false quotes -> 1
    ("typo", "hoaks kutipan palsu mencatut nama tokoh pemlu",
     {"hoax-election-2": 2, "hoax-deepfake-1": 1, "hoax-debunking": 1}),
    ("typo", "kuota jalur mutsai SPMB jenjang SMA",
     {"spmb-2025-1": 2, "school-admission": 1}),
    # ---- number ----
    ("number", "5.490 desa bersinar", {"bnn-a6": 2, "rehab-a3": 1}),
    ("number", "alokasi pupuk bersubsidi 9,55 juta ton",
     {"pupuk-1": 2, "pupuk-4": 2, "pupuk-2": 1, "pupuk-3": 1}),
    ("number", "bea keluar turun 80,7 persen", {"apbn-1": 2, "apbn-3": 1}),
    ("number", "3.920 kasus DBD di bali", {"dengue-jumantik-bali-2023": 2, "dengue": 1}),
    ("number", "tingkat pengangguran terbuka 5,45 persen", {"jobfair-2023": 2}),
    ("number", "146 gempa di wilayah maluku sepanjang juni 2025", {"quake-banda-2025": 2, "earthquakes": 1}),
]

if __name__ == "__main__":
    write_queries(QUERIES, OUT, "y", NEWS_CORPUS)
