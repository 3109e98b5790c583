"""Fifth judged query set over ``news_corpus.jsonl`` (ids ``q001`` ...).

Written 2026-12-05 by a helper, blind: no search, ranking, benchmark or test of the search system was run and
nothing under search/, benchmarks/ or docs/ was read; only the corpus, ``fresh_queries.py``, ``fresh5_queries.py``
(for the format) and ``news1_queries.py`` / ``news3_queries.py`` (read only to avoid repeating their questions) were
consulted. The parallel news6 set was not read. Measured once, never tuned on.

Focus: releases 5001-5085 (deradicalisation, terror arrests, KPK, Attorney General cases, cyber security, drugs,
immigration, online gambling) and 5401-5485 (floods, earthquakes, weather, forest fires, dengue, immunisation, food
and drug safety, search and rescue, waste, air quality). The queries ask for facts the earlier sets did not: details
from the middle and end of bodies (quotes, modus, follow-up steps, side figures, background numbers) and other
angles on the same events. Judgments cover the whole corpus: every query's key terms were pattern-searched over all
titles and bodies in both languages (e.g. ship-safety, migrant-worker and citizen-protection releases were checked
for the SAR, immigration and scam questions).

Grades: 2 = the release states every constraint of the query (place, time, figure, actor) in its title or body;
1 = same subject, a constraint differs (another operation, period or place of the same agency's work, or the same
story told without the asked fact); both language versions of a release share a grade (event keys). Categories:
indonesian, english, crosslang (all grade-2 releases in the other language), morphology (the query's affixed form is
absent from its grade-2 releases; their forms are noted in comments), acronym, typo, number.

Non-obvious calls: for a follow-up release (kpk-a1b, kpk-a4b, flood-demak-2023b, quake-cianjur-2022b,
sar-buton-2024b, flood-jakarta-2025b, air-jabodetabek-2023b) the other release of the story is grade 1 unless it
states the asked fact too; year-end recaps that repeat a figure get the grade of the fact they state.
"""
from __future__ import annotations

from pathlib import Path

from fresh_queries import NEWS_CORPUS, write_queries

OUT = Path(__file__).with_name("news5_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # ---- indonesian ----
    ("indonesian", "lomba video pendek perdamaian sekolah damai hadiah beasiswa",
     {"derad-a1": 2, "id:5009": 1}),
    ("indonesian", "bantuan bengkel mesin jahit bibit lele untuk mantan napiter",
     {"derad-a2": 2, "deradicalisation": 1}),
    ("indonesian", "mantan napiter bima cerita direkrut saat masih SMA lewat kajian tertutup",
     {"derad-a7": 2, "derad-a1": 1}),
    ("indonesian", "pelatihan semimiliter jamaah islamiyah di lahan perkebunan pesawaran",
     {"terror-a2": 2, "terror-arrests": 1}),
    ("indonesian", "simpatisan MIT latihan fisik di hutan lore",
     {"terror-a5": 2, "derad-a5": 1, "terror-arrests": 1}),
    ("indonesian", "tim gegana sterilisasi gereja sebelum misa malam natal",
     {"terror-a6": 2}),
    ("indonesian", "KPK periksa 41 saksi kontraktor kasus suap jalan kaltim",
     {"kpk-a1b": 2, "kpk-a1": 1}),
    ("indonesian", "aset tersangka korupsi alkes diatasnamakan kerabat dan sopir",
     {"kpk-a5": 2, "kpk-sting": 1}),
    ("indonesian", "uang korporasi CPO dititipkan di rekening penampungan kejagung",
     {"kjg-a2": 2, "kejagung-cases": 1}),
    ("indonesian", "BSSN layanan pemindaian kerentanan gratis untuk pemda",
     {"cyber-a2": 2, "cyber-security": 1}),
    ("indonesian", "fitur windows defender dimatikan sebelum serangan ransomware PDNS",
     {"cyber-a3": 2, "cyber-security": 1}),
    ("indonesian", "kurir sabu dijanjikan upah oleh pengendali yang mendekam di lapas",
     {"bnn-a7": 2, "bnn-a6": 1, "drug-seizures": 1}),
    ("indonesian", "pecandu selesai rehab lido dilatih jadi barista",
     {"rehab-a2": 2, "drug-rehab": 1}),
    ("indonesian", "WNA inggris dideportasi setelah berkelahi di bar kuta",
     {"imi-a1": 2, "immigration-enforcement": 1}),
    ("indonesian", "manajer sindikat penipuan daring batam tahan paspor pekerja asing",
     {"imi-a4": 2, "immigration-enforcement": 1}),
    ("indonesian", "oknum pegawai bank bantu buka rekening untuk judi online di sumatera utara",
     {"judol-a3": 2, "online-gambling": 1}),
    ("indonesian", "jalan demak kudus tergenang, lalu lintas dialihkan lewat purwodadi",
     {"flood-demak-2023": 2, "flood-demak-2023b": 1}),
    ("indonesian", "warga cianjur rumah rusak berat dapat dana tunggu hunian",
     {"quake-cianjur-2022b": 2, "quake-cianjur-2022": 1}),
    ("indonesian", "fase kritis demam berdarah justru saat demam turun",
     {"dengue-2024-w16": 2, "dengue": 1}),
    ("indonesian", "ciri mi basah dan tahu berformalin menurut BPOM",
     {"food-takjil-2024": 2, "food-safety": 1}),
    # ---- english ----
    ("english", "merchant aggregator disguised gambling deposits as game credit purchases",
     {"judol-a6": 2, "online-gambling": 1}),
    ("english", "teenagers recruited minors through voice chat in online games",
     {"terror-a7": 2, "terror-arrests": 1}),
    ("english", "phishing app victims what to do after installing uninstall and block bank account",
     {"cyber-a5": 2, "cyber-security": 1}),
    ("english", "BNN drones used to drop drug packages into prisons",
     {"bnn-a8": 2, "drug-seizures": 1}),
    ("english", "how long does an autogate passport check take compared with a manual counter",
     {"imis-a4": 2, "immigration-services": 1}),
    ("english", "missing helicopter Papua carrying medical supplies KNKT notified",
     {"sar-papua-heli-2025": 2, "search-rescue": 1}),
    ("english", "Kangean Islands measles isolation wards",
     {"imm-measles-sumenep-2026": 2, "immunization": 1}),
    ("english", "overnight whitening creams sold via live streaming",
     {"cosmetics-warning-2026": 2, "cosmetics-bekasi-2024": 1}),
    ("english", "producers refill stations and deposit-return schemes for bottles",
     {"waste-epr-2025": 2, "waste": 1}),
    ("english", "which cities will get new air quality stations Pekanbaru Jambi Palangka Raya",
     {"air-stations-2026": 2, "air-quality": 1}),
    ("english", "Tamiang flood displaced residents diarrhoea and skin infections",
     {"flood-tamiang-2025": 2, "floods": 1}),
    ("english", "heatwave definition five degrees above average maximum",
     {"weather-heat-2025": 2}),
    # ---- crosslang (query language differs from every grade-2 release) ----
    ("crosslang", "BNPT target of 1,500 online peace ambassadors in 10 provinces",
     {"derad-a3": 2, "deradicalisation": 1}),
    ("crosslang", "interfaith visits between students of Poso pesantren",
     {"derad-a5": 2, "deradicalisation": 1}),
    ("crosslang", "terror suspect in Bangka Belitung kept a bow and a drone before Pope visit",
     {"terror-a4": 2, "terror-arrests": 1}),
    ("crosslang", "TATP explosives seized from JAD cell planning attack on police posts",
     {"terror-a1": 2, "terror-arrests": 1}),
    ("crosslang", "web defacement incidents against regional government sites 2021",
     {"cyber-a1": 2, "cyber-security": 1}),
    ("crosslang", "cannabis farmers to switch to coffee, corn and patchouli",
     {"bnn-a5": 2, "drug-seizures": 1}),
    ("crosslang", "Chinese welders working illegally at Marunda plant construction",
     {"imi-a5": 2, "immigration-enforcement": 1}),
    ("crosslang", "polycarbonate e-passport valid for ten years launched on Independence Day",
     {"imis-a2": 2, "immigration-services": 1}),
    ("crosslang", "immigration offices open passport services on Saturdays before Eid 2022",
     {"imis-a1": 2, "immigration-services": 1}),
    ("crosslang", "salt seeding sorties first day of weather modification over Sunda Strait",
     {"flood-jakarta-2025": 2, "flood-jakarta-2025b": 1}),
    ("crosslang", "dengue cases early 2026 down 41 percent",
     {"dengue-2026-w9": 2, "dengue": 1}),
    ("crosslang", "biscuit recall triggered by INFOSAN notification",
     {"food-recall-biscuit-2024": 2, "food-safety": 1}),
    ("crosslang", "open waste burning Bekasi South Tangerang pollution task force",
     {"air-jabodetabek-2023b": 2, "air-jabodetabek-2023": 1}),
    ("crosslang", "mentor napiter bebas wajib kunjungi sebulan sekali pada tahun pertama",
     {"derad-a6": 2, "deradicalisation": 1}),
    ("crosslang", "BSSN anomali trafik 2025 naik karena botnet router dan CCTV",
     {"cyber-a7": 2, "cyber-security": 1}),
    ("crosslang", "kelompok masyarakat peduli api dapat pompa portabel dan lapor titik panas lewat SiPongi",
     {"karhutla-mpa-2024": 2, "forest-fires": 1}),
    ("crosslang", "bidan desa dilatih kenali gejala campak demam ruam mata merah",
     {"imm-measles-sumenep-2026": 2, "immunization": 1}),
    ("crosslang", "makanan bergizi gratis sebaiknya dimakan paling lambat empat jam setelah dimasak",
     {"food-mbg-2025": 2, "food-safety": 1}),
    # ---- morphology ----
    # 5034 says "menahan" / "ditahan"
    ("morphology", "penahanan mantan dirut perusahaan air minum kejati jabar",
     {"kjg-a4": 2, "kejagung-cases": 1}),
    # 5056 says "menangkap" / "ditangkap"
    ("morphology", "penangkapan dua kurir sabu di bandara kualanamu",
     {"bnn-a7": 2, "drug-seizures": 1}),
    # 5080/5081 say "memblokir" / "blocked"
    ("morphology", "pemblokiran 1.120 situs judi daring oleh satgas",
     {"judol-a3": 2, "online-gambling": 1}),
    # 5472/5473 say "ditemukan" / "found"
    ("morphology", "penemuan tiga nelayan cilacap oleh KN SAR Arjuna",
     {"sar-cilacap-2026": 2, "search-rescue": 1}),
    # 5483 says "memasang"
    ("morphology", "pemasangan sensor kualitas udara di kawasan industri jabodetabek",
     {"air-jabodetabek-2023b": 2, "air-quality": 1}),
    # 5053 says "dibakar"
    ("morphology", "pembakaran batang ganja di lokasi ladang aceh besar",
     {"bnn-a5": 2, "drug-seizures": 1}),
    # 5403/5404 say "menyisir"
    ("morphology", "penyisiran sungai cari korban hilang pesisir selatan",
     {"flood-pessel-2024": 2, "floods": 1}),
    # 5481/5482 say "menghentikan sementara" / "suspends"
    ("morphology", "penghentian sementara kegiatan 11 perusahaan pencemar udara",
     {"air-jabodetabek-2023": 2, "air-jabodetabek-2023b": 1}),
    # 5057 says "destroyed" / "dissolved and incinerated"
    ("morphology", "destruction of seized meth and ecstasy at BNN headquarters",
     {"bnn-a8": 2, "drug-seizures": 1}),
    # 5045 says "block" / "blocked" (not "blocking")
    ("morphology", "blocking tax refund phishing domains",
     {"cyber-a5": 2, "cyber-security": 1}),
    # 5064 says "mengamankan" / "diamankan"
    ("morphology", "pengamanan 103 WNA operasi jagratara",
     {"imi-a2": 2, "immigration-enforcement": 1}),
    # ---- acronym ----
    ("acronym", "skor MCP KPK pemerintah daerah 2024",
     {"kpk-a7": 2, "kpk-sting": 1}),
    ("acronym", "BNN AADK malaysia buru pengendali sabu aceh timur",
     {"bnn-a1": 2, "drug-seizures": 1}),
    ("acronym", "TAK deportasi dan penangkalan WNA operasi jagratara",
     {"imi-a2": 2, "immigration-enforcement": 1}),
    ("acronym", "BP3MI bali terima WNI yang dicegah berangkat kerja nonprosedural",
     {"imi-a3": 2, "id:5614": 1, "id:5615": 1, "id:5616": 1}),
    ("acronym", "ABJ jumantik bali SILANTOR",
     {"dengue-jumantik-bali-2023": 2, "dengue": 1}),
    ("acronym", "surveilans AFP kasus polio pidie",
     {"polio-aceh-2023": 2, "immunization": 1}),
    ("acronym", "PD3I KLB campak 17 provinsi",
     {"imm-catchup-2025": 2, "immunization": 1}),
    ("acronym", "BPOM PSEF beli obat online di apotek resmi",
     {"drugs-pangea-2023": 2, "drug-safety": 1}),
    ("acronym", "CPPOB pendampingan UMKM pangan BPOM",
     {"food-umkm-2026": 2, "food-safety": 1}),
    ("acronym", "PSEL pengolahan sampah jadi listrik 12 kota",
     {"waste-hpsn-2026": 2, "waste": 1}),
    # ---- typo ----
    ("typo", "penyulundupan sabu perairan batam",
     {"bnn-a3": 2, "drug-seizures": 1}),
    ("typo", "paspor polikarbonat berlaku 10 tahn",
     {"imis-a2": 2, "immigration-services": 1}),
    ("typo", "operasi wira wasapda imigrasi",
     {"imi-a6": 2, "immigration-enforcement": 1}),
    ("typo", "judi onlin server kamboja omzet 1,3 triliun",
     {"judol-a1": 2, "online-gambling": 1}),
    ("typo", "kabut asap pekanbarru sekolah daring",
     {"karhutla-riau-2026": 2, "forest-fires": 1}),
    ("typo", "heatwave semarng 36.8 degrees",
     {"weather-heat-2025": 2}),
    ("typo", "ladang ganja lemba seulawah",
     {"bnn-a5": 2, "drug-seizures": 1}),
    ("typo", "KPK sita tanah dan mobil tersangka alkes bantn",
     {"kpk-a5": 2, "kpk-sting": 1}),
    # ---- number ----
    ("number", "perpustakaan kebangsaan 2.000 buku untuk 10 pesantren",
     {"derad-a5": 2, "deradicalisation": 1}),
    ("number", "141.000 personel gabungan operasi lilin 2.800 pos",
     {"terror-a6": 2}),
    ("number", "suap bertahap total Rp3,4 miliar empat paket pekerjaan jalan",
     {"kpk-a1b": 2, "kpk-a1": 1}),
    ("number", "uang pecahan dolar singapura senilai Rp740 juta OTT pajak",
     {"kpk-a2": 2, "kpk-sting": 1}),
    ("number", "fee 8 hingga 12 persen dari nilai kontrak preservasi jalan",
     {"kpk-a4b": 2, "kpk-a4": 1}),
    ("number", "sisa uang pengganti Rp9,5 miliar terpidana dana pensiun",
     {"kjg-a5": 2, "kejagung-cases": 1}),
    ("number", "1.433 dugaan kebocoran data 2022",
     {"cyber-a2": 2, "cyber-security": 1}),
    ("number", "416 reports of tax refund phishing, losses up to IDR 95 million",
     {"cyber-a5": 2, "cyber-security": 1}),
    ("number", "91 jenis NPS teridentifikasi laboratorium BNN",
     {"bnn-a6": 2, "drug-seizures": 1}),
    ("number", "kapasitas 500 tempat tidur balai rehabilitasi lido",
     {"rehab-a2": 2, "drug-rehab": 1}),
    ("number", "1.243 WNA dideportasi januari-mei 2023",
     {"imi-a2": 2, "immigration-enforcement": 1}),
    ("number", "152 golden visa terbit, komitmen investasi Rp3,2 triliun",
     {"imis-a3": 2, "immigration-services": 1}),
    ("number", "transaksi judi online Rp5,6 triliun sejak 2022 lewat kripto",
     {"judol-a4": 2, "online-gambling": 1}),
    ("number", "3.100 hektare sawah terendam banjir demak",
     {"flood-demak-2023": 2, "flood-demak-2023b": 1}),
    ("number", "73.874 pengungsi di 325 titik gempa cianjur",
     {"quake-cianjur-2022b": 2, "quake-cianjur-2022": 1}),
    ("number", "38.000 kali pengeboman air 152 juta liter karhutla",
     {"karhutla-heli-2023": 2, "forest-fires": 1}),
    ("number", "8.940 hektare lahan terbakar kalbar januari-juli 2025",
     {"karhutla-kalbar-2025": 2, "forest-fires": 1}),
    ("number", "36.000 kasus baru kanker serviks per tahun",
     {"imm-hpv-2023": 2, "immunization": 1}),
    ("number", "18.600 kemasan biskuit salmonella diamankan",
     {"food-recall-biscuit-2024": 2, "food-safety": 1}),
    ("number", "1,4 juta butir tablet obat ilegal batu ampar",
     {"drugs-batam-2026": 2, "drug-safety": 1}),
    ("number", "48.310 kendaraan diuji emisi 18.360 tidak lulus",
     {"air-emission-test-2025": 2, "air-quality": 1}),
]

if __name__ == "__main__":
    write_queries(QUERIES, OUT, "q", NEWS_CORPUS)
