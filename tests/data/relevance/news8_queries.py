"""Eighth judged query set over ``news_corpus.jsonl`` (ids ``x001`` ...).

Written blind on 2026-12-05 by a helper: no search, ranking, benchmark or test of the search system was run and
nothing under search/, benchmarks/, docs/ or tests/integration/, tests/unit/ (nor README.md or any result) was read;
only the corpus, ``fresh_queries.py`` (writer and checks), ``news5_queries.py`` (for the format) and the earlier
``news1`` ... ``news6`` query files (read only to avoid repeating their questions) were consulted. The parallel news7
set was not read. Measured once, never tuned on.

Focus: all four id ranges, with a little more weight on the economy, government and foreign-affairs releases
(5201-5291: BI rate, QRIS, inflation, trade, GDP, fintech, literacy, budget, excise, Bulog, fertiliser, staple
prices, exports; 5601-5687: citizen protection, migrant workers, regulations, school admission, teachers, student
aid, connectivity, hoaxes, THR, job training, holiday transport, sea safety). The questions are the ones a
journalist or economist would type: analytical questions whose answer is spread over several releases (every BI
decision citing the Fed, every trade release giving the oil-and-gas deficit or the surplus streak, every budget
release stating the primary balance, every evacuation of citizens from a war zone, every Christmas 2025 preparedness
release across agencies), plus details from the middle and end of bodies that the earlier sets did not ask about.
Every query's key terms were pattern-searched (re over all titles and bodies, both languages) so that every release
stating the asked fact is graded.

Grades: 2 = the release states every constraint of the query (place, time, figure, actor) in its title or body;
1 = same subject, a constraint differs (another month, year, place or agency of the same series, or the same story
told without the asked fact). Both language versions of a release share a grade (event keys), so an English pair
that drops the asked detail keeps its Indonesian twin's grade 2 (e.g. 5252 for the regional-deposit fact of 5251,
5238 for "2L: Legal dan Logis"). Categories: indonesian, english, crosslang (all grade-2 releases in the other
language, i.e. unpaired releases), morphology (the query's affixed/inflected form is absent from its grade-2
releases; their forms are noted in comments), acronym, typo, number.

Non-obvious calls: analytical multi-release queries give grade 2 to every release that states the pattern and 1 to
the rest of the topic (e.g. rate cuts: 5206, 5207, 5208/5209 are 2, the hikes and the hold are 1); a release that
only mentions the asked item in passing without the asked relation gets 1 (5222/5223 name gold jewellery as the top
inflation contributor but not as a driver of core inflation; 5208/5209 give the KLM total but not its sectors);
foreigners entering Indonesia on visit visas to work (5064, 5066, 5068) are 1 for the question about Indonesians
leaving on visit visas, and Malaysia's repeat deportees (5618) are 1 for the question about scam victims who
return after repatriation; other years' Christmas/New Year preparedness releases are 1 for the 2025/2026 question.
"""
from __future__ import annotations

from pathlib import Path

from fresh_queries import NEWS_CORPUS, write_queries

OUT = Path(__file__).with_name("news8_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # ---- indonesian (economy, government, foreign affairs) ----
    ("indonesian", "penurunan suku bunga acuan BI sepanjang 2024-2025",
     {"birate-4": 2, "birate-5": 2, "birate-6": 2, "bi-rate": 1}),
    ("indonesian", "pertumbuhan kredit perbankan menurut rapat dewan gubernur BI",
     {"birate-2": 2, "birate-4": 2, "birate-6": 2, "bi-rate": 1}),
    ("indonesian", "provinsi di papua dengan inflasi tahunan tertinggi",
     {"infl-3": 2, "infl-6": 2, "inflation": 1}),
    ("indonesian", "emas perhiasan dorong kenaikan inflasi inti",
     {"infl-4": 2, "infl-5": 2, "infl-6": 1, "infl-7": 1}),
    ("indonesian", "mitra dagang penyumbang surplus terbesar amerika serikat india filipina",
     {"trade-3": 2, "trade-4": 2, "trade-balance": 1}),
    ("indonesian", "keseimbangan primer APBN masih surplus",
     {"apbn-1": 2, "apbn-3": 2, "state-budget": 1}),
    ("indonesian", "dampak sistem coretax terhadap penerimaan pajak",
     {"apbn-6": 2, "apbn-2": 1, "state-budget": 1}),
    ("indonesian", "simpanan dana pemerintah daerah mengendap di perbankan",
     {"apbn-1": 2, "state-budget": 1}),
    ("indonesian", "imbauan cek legal dan logis sebelum pinjam atau investasi",
     {"pasti-1": 2, "pasti-2": 2, "illegal-fintech": 1}),
    ("indonesian", "kesenjangan literasi keuangan perempuan dibanding laki-laki",
     {"lit-1": 2, "lit-5": 2, "financial-literacy": 1}),
    # evacuations from war zones; the Syria camp returnees (5006) are a repatriation, not an evacuation
    ("indonesian", "daftar evakuasi WNI dari negara yang sedang perang",
     {"wni-evac-1": 2, "wni-evac-2": 2, "wni-evac-2b": 2, "wni-evac-3": 2, "derad-a4": 1}),
    ("indonesian", "biaya pemulangan WNI ditanggung negara",
     {"wni-evac-3": 2, "pmi-repat-1": 2, "wni-evac-1": 1, "wni-scam-3": 1}),
    ("indonesian", "WNI korban online scam kembali lagi bekerja setelah dipulangkan",
     {"wni-scam-2": 2, "wni-scam-3": 2, "wni-scam-1": 1, "pmi-deport-1": 1}),
    ("indonesian", "kabupaten asal pekerja migran terbanyak",
     {"pmi-data-2": 2, "lit-3": 1, "pmi-data-1": 1}),
    ("indonesian", "PMI di korea diminta tidak kabur dari tempat kerja",
     {"pmi-korea-1": 2}),
    ("indonesian", "perusahaan garmen kesulitan keuangan tidak mampu bayar THR",
     {"thr-2025-jabar": 2, "thr-2024-1": 1, "thr-2023-1": 1}),
    ("indonesian", "tiket kapal penyeberangan mudik harus dibeli daring tidak dijual di pelabuhan",
     {"mudik-2023-1": 2, "nataru-2025": 1}),
    ("indonesian", "menara BTS 4G di pulau terpencil pakai panel surya",
     {"bts-maybrat": 2, "bts-sangihe": 2, "bts-enggano": 2, "rural-connectivity": 1}),
    ("indonesian", "hoaks tautan undian berhadiah mengatasnamakan bank dan BUMN",
     {"hoax-annual-2022": 2, "hoax-bsu-link": 1}),
    ("indonesian", "tingkat keterserapan kerja lulusan pelatihan vokasi",
     {"bbpvp-bekasi-2023": 2, "bpvp-kendari-2025": 2, "job-training": 1}),
    # ---- indonesian (other ranges) ----
    # Christmas 2025 / New Year 2026 preparedness across agencies; other years are 1
    ("indonesian", "kesiapan pengamanan libur natal 2025 dan tahun baru 2026",
     {"terror-a6": 2, "sar-nataru-2025": 2, "food-nataru-2025": 2, "nataru-2025": 2,
      "weather-nataru-2023": 1, "ship-inspection-nataru-2024": 1, "dag-3": 1}),
    ("indonesian", "modus barang selundupan disamarkan dalam dokumen pengiriman",
     {"drugs-batam-2026": 2, "cukai-1": 2, "bnn-a6": 1}),
    ("indonesian", "sektor perizinan paling rawan korupsi menurut KPK",
     {"kpk-a6": 2, "kpk-a7": 2, "kpk-sting": 1}),
    ("indonesian", "rekening dan KTP warga dipinjam dengan imbalan uang untuk kejahatan",
     {"judol-a1": 2, "kjg-a7": 2, "judol-a3": 1, "pasti-6": 1}),
    ("indonesian", "provinsi tetapkan status siaga darurat karhutla",
     {"karhutla-kalbar-2025": 2, "karhutla-oki-2024": 2, "forest-fires": 1}),
    ("indonesian", "antisipasi penyakit kulit dan diare di pengungsian banjir",
     {"flood-tamiang-2025": 2, "flood-pekalongan-2026": 2, "flood-demak-2023b": 2, "floods": 1}),
    ("indonesian", "ancaman hukuman mati bagi penyelundup sabu",
     {"bnn-a1": 2, "bnn-a3": 2, "drug-seizures": 1}),
    ("indonesian", "imunisasi anak sekolah lewat BIAS",
     {"dengue-vaccine-2025": 2, "imm-hpv-2023": 2, "immunization": 1}),
    ("indonesian", "penurunan tautan penjualan produk ilegal di e-commerce",
     {"cukai-2": 2, "food-nataru-2025": 2, "cosmetics-bekasi-2024": 2, "drugs-pangea-2023": 2,
      "food-ramadan-2023": 1}),
    ("indonesian", "jaringan teror galang dana lewat kotak amal dan donasi daring",
     {"terror-a1": 2, "terror-a2": 2, "terror-a8": 2, "terror-arrests": 1}),
    # ---- english (economy, government, foreign affairs) ----
    ("english", "BI rate decision influenced by US Federal Reserve policy",
     {"birate-3": 2, "birate-4": 2, "bi-rate": 1}),
    ("english", "which sectors get Bank Indonesia macroprudential liquidity incentives",
     {"birate-4": 2, "birate-5": 2, "bi-rate": 1}),
    ("english", "rupiah depreciation compared with Korean won, Thai baht and yen",
     {"birate-3": 2, "bi-rate": 1}),
    ("english", "airfares contribution to inflation during holiday season",
     {"infl-3": 2, "infl-6": 2, "infl-7": 2, "inflation": 1}),
    ("english", "palm oil export duties and customs revenue in the state budget",
     {"apbn-1": 2, "apbn-3": 2, "state-budget": 1, "trade-1": 1}),
    ("english", "government bond issuance to finance the state budget",
     {"apbn-1": 2, "apbn-4": 2, "apbn-6": 2, "state-budget": 1}),
    ("english", "falling coal prices hit Indonesia's export earnings",
     {"trade-2": 2, "trade-4": 2, "trade-6": 2, "trade-balance": 1, "apbn-1": 1}),
    ("english", "oil and gas trade deficit",
     {"trade-2": 2, "trade-3": 2, "trade-4": 2, "trade-5": 2, "trade-balance": 1}),
    ("english", "how long has Indonesia's monthly trade surplus streak lasted",
     {"trade-1": 2, "trade-2": 2, "trade-3": 2, "trade-4": 2, "trade-6": 2, "trade-balance": 1}),
    ("english", "South Sulawesi rice surplus shipped to deficit regions in eastern Indonesia",
     {"bulog-4": 2, "rice-stock-sphp": 1, "dag-3": 1}),
    ("english", "trade mission to non-traditional markets in Africa",
     {"exp-2": 2, "export-promotion": 1}),
    ("english", "Indonesian university students evacuated from conflict zones",
     {"wni-evac-1": 2, "wni-evac-3": 2, "wni-evac-2": 1, "wni-evac-2b": 1}),
    ("english", "Indonesians leaving to work abroad on visit visas",
     {"wni-scam-1": 2, "wni-scam-2": 2, "pmi-illegal-1": 2, "pmi-illegal-2": 1,
      "imi-a2": 1, "imi-a4": 1, "imi-a5": 1}),
    ("english", "which provinces had the most school admission complaints",
     {"ppdb-2023-2": 2, "ppdb-2024-2": 2, "school-admission": 1}),
    ("english", "holiday allowance complaints by province Jakarta West Java",
     {"thr-2023-2": 2, "thr-2024-2": 2, "thr-2025-jabar": 2, "holiday-allowance": 1}),
    ("english", "community health centres connected to the internet by satellite",
     {"internet-puskesmas-ntt": 2, "satria-1": 2, "satria-1b": 2, "rural-connectivity": 1}),
    ("english", "QRIS transaction growth and volume figures",
     {"qris-1": 2, "qris-2": 2, "qris-4": 2, "qris-3": 1}),
    # ---- english (other ranges) ----
    ("english", "former terror convicts sharing their stories as peace ambassadors",
     {"derad-a3": 2, "derad-a6": 2, "derad-a7": 2, "deradicalisation": 1}),
    ("english", "smuggling foiled in Batam",
     {"bnn-a3": 2, "cukai-3": 2, "drugs-batam-2026": 2, "pmi-illegal-1": 1}),
    ("english", "drugs shipped through courier services disguised as snacks",
     {"bnn-a6": 2, "drug-seizures": 1}),
    ("english", "state losses recovered in corruption cases",
     {"kjg-a2": 2, "kjg-a5": 2, "kjg-a7": 2, "kpk-a7": 2, "kejagung-cases": 1, "kpk-a5": 1}),
    ("english", "how many cyber incidents hit regional governments",
     {"cyber-a7": 2, "cyber-security": 1}),
    ("english", "how much has the government spent on the Free Nutritious Meals programme",
     {"apbn-6": 2, "apbn-3": 1, "food-mbg-2025": 1}),
    ("english", "how long does residential drug rehab last therapeutic community",
     {"rehab-a2": 2, "drug-rehab": 1}),
    ("english", "public kitchens and rubber boats in the Demak flood evacuation",
     {"flood-demak-2023": 2, "flood-demak-2023b": 1}),
    # ---- crosslang (English query, grade-2 releases only in Indonesian) ----
    ("crosslang", "government consumption growth from 13th salary and civil servant holiday allowance",
     {"gdp-2": 2, "gdp-growth": 1}),
    ("crosslang", "middle class spending on durable goods slows in third quarter 2024",
     {"gdp-3": 2, "gdp-growth": 1}),
    ("crosslang", "nickel downstreaming effect on regional economic growth",
     {"gdp-2": 2, "gdp-3": 2, "gdp-growth": 1}),
    ("crosslang", "customs asks marketplaces to take down listings of cigarettes without excise stamps",
     {"cukai-2": 2, "excise-enforcement": 1}),
    ("crosslang", "high VAT refunds dragged down tax revenue in 2025",
     {"apbn-3": 2, "state-budget": 1}),
    ("crosslang", "why do illegal online loan victims borrow, covering debts on other platforms",
     {"pasti-1b": 2, "illegal-fintech": 1}),
    ("crosslang", "scam companies moving from Sihanoukville to Bavet, Poipet and Laos",
     {"wni-scam-2": 2, "wni-scam-1": 1, "wni-scam-3": 1}),
    ("crosslang", "Azerbaijan grants visa-free transit to Indonesians evacuated from Iran",
     {"wni-evac-3": 2, "wni-evac-1": 1, "wni-evac-2": 1, "wni-evac-2b": 1}),
    ("crosslang", "Sabah plantations open quota for deported Indonesian workers through official channels",
     {"pmi-deport-1": 2, "pmi-illegal-1": 1, "pmi-repat-1": 1}),
    ("crosslang", "shortage of 1.3 million civil servant teachers because of retirements",
     {"pppk-guru-2023-1": 2, "pppk-guru-2024-1": 1}),
    ("crosslang", "holiday allowance for outsourced workers and workers laid off 30 days before Eid",
     {"thr-2024-1": 2, "holiday-allowance": 1}),
    ("crosslang", "trucks diverted to Ciwandan and Panjang ports during Eid 2025 ferry restrictions",
     {"mudik-2025-trucks": 2, "mudik-2024-trucks": 1, "mudik-2023-1": 1}),
    ("crosslang", "ID card owners paid to lend identities for fictitious bank loans in Makassar",
     {"kjg-a7": 2}),
    ("crosslang", "certified electronic signatures cut village administration time",
     {"cyber-a6": 2}),
    ("crosslang", "peat fire burning three metres deep needed repeated wetting",
     {"karhutla-oki-2024": 2, "forest-fires": 1}),
    ("crosslang", "weak La Nina expected late 2024 adds rainfall",
     {"weather-rainy-2024": 2, "weather-warnings": 1}),
    ("crosslang", "vertical evacuation buildings for schools near the Bengkulu coast",
     {"quake-drill-bengkulu-2026": 2}),
    # ---- crosslang (Indonesian query, grade-2 releases only in English) ----
    ("crosslang", "pemerintah pakai saldo anggaran lebih untuk batasi penerbitan utang 2024",
     {"apbn-4": 2, "state-budget": 1}),
    ("crosslang", "PDB triwulan I 2025 kontraksi secara kuartalan pola musiman",
     {"gdp-4": 2, "gdp-growth": 1}),
    ("crosslang", "KBRI Beirut naikkan status siaga satu, WNI diminta segera tinggalkan Lebanon",
     {"wni-evac-2": 2, "wni-evac-2b": 1}),
    ("crosslang", "gaji guru PPPK dibiayai dana alokasi umum",
     {"pppk-guru-2024-1": 2, "teacher-recruitment": 1}),
    ("crosslang", "edukasi keuangan lewat BUMDes dan lembaga keagamaan untuk petani, nelayan dan disabilitas",
     {"lit-5": 2, "financial-literacy": 1}),
    ("crosslang", "BI intervensi pasar DNDF dan SBN sekunder untuk stabilkan rupiah",
     {"birate-5": 2, "bi-rate": 1}),
    ("crosslang", "sirene peringatan tsunami baru di pesisir maluku",
     {"quake-inatews-2023": 2, "quake-drill-bengkulu-2026": 1}),
    ("crosslang", "tembakau sintetis diproduksi rumahan dijual lewat media sosial",
     {"bnn-a4": 2, "drug-seizures": 1}),
    # ---- morphology ----
    # "importing": 5270 has "imported", "import"
    ("morphology", "Bulog importing rice from Vietnam",
     {"bulog-6": 2, "bulog-1": 1}),
    # "raising": 5205 has "Raised", "raise"; 5204 "menaikkan" (5202, grade 1, does say "raising")
    ("morphology", "Bank Indonesia raising the policy rate to defend the rupiah",
     {"birate-3": 2, "birate-1": 1, "bi-rate": 1}),
    # "narrowing": 5229 has "Narrows", "narrowed"; 5231 "menyempit"
    ("morphology", "trade surplus narrowing",
     {"trade-4": 2, "trade-6": 2, "trade-balance": 1}),
    # "pembekuan": 5018 has "membekukan"
    ("morphology", "pembekuan akun kripto penyandang dana teror",
     {"terror-a8": 2}),
    # "peluncuran": 5632 has "diluncurkan"
    ("morphology", "peluncuran SPMB pengganti PPDB",
     {"spmb-2025-1": 2, "school-admission": 1}),
    # "penerbitan": 5665 has "menerbitkan"
    ("morphology", "penerbitan surat edaran THR 2024",
     {"thr-2024-1": 2, "thr-2023-1": 1}),
    # "penjemputan": 5263 has "menjemput", 5267 "jemput"
    ("morphology", "penjemputan gabah petani oleh bulog saat panen raya",
     {"bulog-1": 2, "bulog-4": 2, "rice-stock-sphp": 1}),
    # "penguatan": 5201 has "menguat", 5206 "menguatnya", "menguat"
    ("morphology", "penguatan nilai tukar rupiah",
     {"birate-1": 2, "birate-4": 2, "bi-rate": 1}),
    # "pengetatan": 5605 has "memperketat"
    ("morphology", "pengetatan pengawasan keberangkatan untuk cegah korban online scam",
     {"wni-scam-2": 2, "wni-scam-1": 1, "wni-scam-3": 1}),
    # "arresting": 5017 has "Arrests", "arrested"
    ("morphology", "arresting teenagers who spread ISIS propaganda in game chats",
     {"terror-a7": 2, "terror-arrests": 1}),
    # "suing": 5427 has "Civil Suits"; 5426 "Digugat", "gugatan"
    ("morphology", "ministry suing plantation companies over burned concessions",
     {"karhutla-segel-2023": 2, "forest-fires": 1}),
    # "penanaman": 5478 has "menanam"
    ("morphology", "penanaman mangrove hari lingkungan hidup sedunia 2024",
     {"waste-hlh-2024": 2, "waste": 1}),
    # ---- acronym ----
    ("acronym", "LAPS SJK penyelesaian sengketa konsumen jasa keuangan",
     {"pasti-5": 2}),
    ("acronym", "TPIP TPID GNPIP pengendalian inflasi pangan",
     {"birate-1": 2}),
    ("acronym", "LTSA Kupang pendaftaran calon pekerja migran",
     {"pmi-repat-1": 2}),
    ("acronym", "syarat TKDN kendaraan dinas listrik",
     {"reg-ev-1": 2}),
    ("acronym", "PPATK blokir rekening",
     {"judol-a1": 2, "judol-a4": 2, "terror-a8": 2, "terror-a1": 1, "judol-a3": 1}),
    ("acronym", "jamu mengandung BKO",
     {"drugs-jamu-jatim-2025": 2, "drugs-pangea-2023": 2, "drug-safety": 1}),
    # ---- typo ----
    ("typo", "pertumbuhan kreidt perbankan agustus 2024",
     {"birate-4": 2, "birate-2": 1, "birate-6": 1}),
    ("typo", "neraca perdagngan juli 2023 surplus terendah",
     {"trade-6": 2, "trade-balance": 1}),
    ("typo", "evakuasi WNI lebanon tahap kedau",
     {"wni-evac-2b": 2, "wni-evac-2": 1}),
    ("typo", "produktifitas padi panen raya grobogan",
     {"tanam-3": 2}),
    ("typo", "WNA daftar cekal intrepol ditolak masuk bali",
     {"imi-a3": 2, "immigration-enforcement": 1}),
    ("typo", "latihan SAR kecelakaan pesawat bandara sentanni",
     {"sar-drill-sentani-2022": 2, "search-rescue": 1}),
    # ---- number ----
    ("number", "inflasi inti 3,21 persen september 2022",
     {"infl-1": 2, "inflation": 1}),
    ("number", "target defisit APBN 2026 sebesar 2,68 persen PDB",
     {"apbn-6": 2, "state-budget": 1}),
    ("number", "sekitar 380 WNI masih berada di iran",
     {"wni-evac-3": 2}),
    ("number", "38.000 penyuluh PNS dan PPPK",
     {"reg-penyuluh-1": 2}),
    ("number", "status tanggap darurat banjir 14 hari",
     {"flood-demak-2023": 2, "flood-pessel-2024": 2, "flood-tamiang-2025": 2, "floods": 1}),
    ("number", "ISPU pekanbaru 186 kabut asap",
     {"karhutla-riau-2026": 2, "forest-fires": 1}),
]

if __name__ == "__main__":
    write_queries(QUERIES, OUT, "x", NEWS_CORPUS)
