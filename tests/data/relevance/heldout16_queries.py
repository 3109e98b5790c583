"""The sixteenth held-out judgments (v16): new queries over ``heldout_corpus.jsonl``, written blind on 2026-12-05
(session 8, sixth set).

Why: the first held-out set (``heldout_queries.py``) was measured repeatedly while ranking changes were made, and
the second to fifteenth (``heldout2_queries.py`` ... ``heldout15_queries.py``) were each written for one measurement,
after which they no longer count as unseen. This set is a further measure of record: it must be measured once,
never tuned on.

How: written on 2026-12-05 (session 8, the sixth set of that session) by a helper session, under strict blindness
rules: no search, ranking, benchmark or test of the search system was run, Meilisearch was not started, and neither
the ranking code (its glossary, abbreviation list, coverage, stemming or spelling code), the benchmarks, the relevance
test, the search unit tests, the README or docs sections about relevance and search, nor any result or measurement
was read, nor any commit message or diff about relevance or search. The only files read were the corpus
(``heldout_corpus.jsonl``, ``heldout_corpus.py``) and the earlier query sets, the latter only for their conventions
and to avoid repeating them. Every judgment comes from the corpus text (title and body of the releases, checked by
pattern search over the corpus file; the phrase behind a non-obvious grade-2 claim is in a comment). No query equals
or trivially rewords one in ``queries.jsonl``, ``tuning_queries.jsonl`` or ``heldout*_queries.jsonl`` (up to
``heldout15``; checked by a script listing, for every query here, earlier queries with the same or nearly the same
words, read by hand); where this set touches an event an earlier set asked about, it asks for another fact of it (a
figure, a month, a detail of the text) or in another form (acronym, abbreviation, typo, affix, other language).

Conventions are those of ``heldout2_queries.py``, ``heldout8_queries.py``, ``heldout9_queries.py`` and
``heldout10_queries.py`` (their docstrings): grade 2 = the release answers the query (every constraint), 1 = same
subject but a constraint differs; both language versions of an event get the same grade; keys are a topic, an event,
``re:REGEX`` or ``topic~REGEX``; a release takes its highest grade. A fact only in the slots and stated by neither
language version of the event does not earn grade 2, nor does a date that is only in ``published_at``; judgments on
a detail of the text are written as explicit event keys, so that both language versions get the grade even when only
one states it (e.g. ``coop-1``: only the Indonesian release names the families of fighters returning from Syria).

Categories as in ``heldout10_queries.py``: ``indonesian``, ``english``, ``crosslang`` (grade-2 releases all in the
other language from the query: English queries for Indonesian-only releases and, for six of them, Indonesian
queries for English-only ones), ``morphology`` (the query's affixed form does not occur in its grade-2 releases, the
stem does in at least one of them; the releases' forms are in the comments), ``acronym`` (abbreviations the corpus
never writes: Kemenlu, Sumut, Kalteng, NTB, NTT, JI, FTF, MoU; and abbreviations the releases use, in analyst
queries: OJK, Komdigi, PPATK, BMKG, KBRI, IHK, TPT, wisman, Satgas PASTI, SAR, RI), ``typo``, ``number``. Ids are ``c001``
...

    .venv/bin/python tests/data/relevance/heldout16_queries.py
"""

from __future__ import annotations

from pathlib import Path

from heldout2_queries import write_queries

OUT = Path(__file__).with_name("heldout16_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # -- Indonesian ---------------------------------------------------------------------------------------------
    ("indonesian", "penangkapan jaringan jamaah islamiyah di surabaya",  # arrest-11: "jaringan Jamaah Islamiyah dalam
     # penggerebekan di Surabaya"; the other JI arrests are Ambon, Balikpapan, Mataram
     {"arrest-11": 2, "arrest": 1}),
    ("indonesian", "dialog kebangsaan mahasiswa universitas mataram",  # campus-2: "1200 mahasiswa Universitas Mataram"
     {"campus-2": 2, "campus": 1}),
    ("indonesian", "layanan medis dan pendampingan psikologis korban bom surabaya 2018",  # victims-4: "korban bom
     # Surabaya 2018", "Selain kompensasi, korban mendapat layanan medis dan pendampingan psikologis"
     {"victims-4": 2, "victims": 1}),
    ("indonesian", "hibah 1 juta dolar untuk palestina maret 2023",  # aid-6: "Gaza, Palestina, pada Maret 2023. Selain
     # barang, Indonesia menyalurkan hibah 1,0 juta dolar AS"
     {"aid-6": 2, "aid": 1}),
    ("indonesian", "kerja sama penanggulangan terorisme indonesia filipina di bali",  # coop-4: "mitra dari Filipina
     # menggelar pertemuan di Bali"
     {"coop-4": 2, "coop": 1}),
    ("indonesian", "banjir cianjur juli 2024 rumah terendam",  # flood-12: "Cianjur ... sejak 7 Juli 2024. Sebanyak
     # 1.650 rumah terendam"
     {"flood-12": 2, "flood": 1}),
    ("indonesian", "tinggi kolom abu erupsi lewotobi oktober 2021",  # volcano-7: "Gunung Lewotobi Laki-laki kembali
     # erupsi pada 9 Oktober 2021 dengan tinggi kolom abu mencapai ribuan meter"; volcano-3 (Lewotobi) is June 2023
     {"volcano-7": 2, "volcano": 1}),
    ("indonesian", "luas hutan terbakar di sumatera selatan desember 2023",  # fire-3: "Sumatera Selatan meluas hingga
     # 2.300 hektare", "Desember 2023"; fire-7 (Sumatera Selatan) is November 2022
     {"fire-3": 2, "fire": 1}),
    ("indonesian", "pencarian korban tanah longsor di palu sulawesi tengah",  # landslide-4: "Palu, Sulawesi Tengah"
     {"landslide-4": 2, "landslide": 1}),
    ("indonesian", "rumah singgah bagi WNI di sudan",  # citizens-8: "Sudan", "KBRI membuka hotline dan rumah singgah";
     # citizens-1 (Sudan) does not mention the shelters
     {"citizens-8": 2, "citizens": 1}),
    ("indonesian", "kekeringan di poso berapa liter air bersih disalurkan",  # drought-2: "BPBD Poso Salurkan 900.000
     # Liter"
     {"drought-2": 2, "drought": 1}),
    ("indonesian", "nota kesepahaman energi terbarukan dengan vietnam",  # bilateral-6: "Vietnam menandatangani 2 nota
     # kesepahaman, antara lain di bidang energi terbarukan"
     {"bilateral-6": 2, "bilateral": 1}),
    ("indonesian", "deklarasi bersama ASEAN juli 2024",  # asean-4: "Labuan Bajo pada Juli 2024", "Deklarasi bersama
     # menegaskan komitmen"; asean-1 (joint declaration) is May 2023
     {"asean-4": 2, "asean": 1}),
    ("indonesian", "bensin jadi pendorong utama inflasi",  # inflation-2: "terutama bensin"; inflation-10, inflation-13:
     # "Penyumbang utama inflasi adalah kenaikan harga bensin" / "Gasoline Prices Drive November 2021 Inflation"
     {"inflation-2": 2, "inflation-10": 2, "inflation-13": 2, "inflation": 1}),
    ("indonesian", "jumlah penduduk miskin april 2023",  # poverty-4: "pada April 2023 mencapai 26,36 juta orang"
     {"poverty-4": 2, "poverty": 1}),
    # -- English --------------------------------------------------------------------------------------------------
    ("english", "Semeru eruption July 2023 residents evacuated",  # volcano-1: "July 14, 2023", "evacuated 840 residents"
     {"volcano-1": 2, "volcano": 1}),
    ("english", "terror suspects arrested in Klaten Central Java",  # arrest-9
     {"arrest-9": 2, "arrest": 1}),
    ("english", "residents displaced by Tangerang flooding in April 2022",  # flood-3: "April 10, 2022", "12,450
     # residents"; quake-2 (Tangerang) is an earthquake
     {"flood-3": 2, "flood": 1}),
    ("english", "Lewotobi Laki-laki level III alert June 2023",  # volcano-3; volcano-7 (Lewotobi) is Level IV, 2021
     {"volcano-3": 2, "volcano": 1}),
    ("english", "Central Kalimantan hotspots March 2022",  # fire-5: "Central Kalimantan", "146 hotspots in March 2022"
     {"fire-5": 2, "fire": 1}),
    ("english", "bodies recovered after landslide in Samarinda",  # landslide-7: "4 Bodies Recovered"
     {"landslide-7": 2, "landslide": 1}),
    ("english", "how radical groups recruit students, BNPT session in Makassar",  # campus-5: "BNPT session in
     # Makassar", "how radical groups recruit young people"
     {"campus-5": 2, "campus": 1}),
    ("english", "dry season water shortage in Riau villages",  # drought-5: "14 villages in Riau short of water"
     {"drought-5": 2, "drought": 1}),
    ("english", "Bank Indonesia lowers policy rate in January 2025",  # birate-1: "January 5-6, 2025, decided to cut"
     {"birate-1": 2, "birate": 1}),
    ("english", "triple intervention as rupiah weakens in June 2023",  # rupiah-1: "June 2023", "(triple intervention)"
     {"rupiah-1": 2, "rupiah": 1}),
    ("english", "protection of Indonesians in Sudan amid conflict 2021",  # citizens-1: "Sudan ... in September 2021";
     # citizens-8 (Sudan) is August 2023
     {"citizens-1": 2, "citizens": 1}),
    ("english", "German foreign minister in Jakarta August 2022",  # bilateral-5: "met the Foreign Minister of Germany
     # in Jakarta on August 17, 2022"; bilateral-8 (Germany, 17 Agustus) is 2024
     {"bilateral-5": 2, "bilateral": 1}),
    ("english", "humanitarian aid for Rakhine",  # aid-5 (January 2023), aid-8 (August 2024): "warga Rakhine, Myanmar"
     {"aid-5": 2, "aid-8": 2, "aid": 1}),
    ("english", "ASEAN leaders meet in Vientiane",  # asean-5
     {"asean-5": 2, "asean": 1}),
    ("english", "nickel exports trade surplus June 2024",  # trade-3: "June 2024", "Nickel led non-oil and gas exports"
     {"trade-3": 2, "trade": 1}),
    # -- cross-lingual: English queries for Indonesian-only releases, Indonesian for English-only ones -------------
    ("crosslang", "Poso deradicalisation programme with local government",  # derad-6: "Kegiatan dipusatkan di Poso
     # bersama pemerintah daerah"
     {"derad-6": 2, "derad": 1}),
    ("crosslang", "ex-terrorist convicts in Malang get entrepreneurship training",  # derad-8: "Mantan Napiter di Malang
     # Ikuti Pembinaan Kewirausahaan"
     {"derad-8": 2, "derad": 1}),
    ("crosslang", "Jemaah Islamiyah cell raided in Mataram",  # arrest-8: "penggerebekan di Mataram", "buku panduan
     # pembuatan bom"
     {"arrest-8": 2, "arrest": 1}),
    ("crosslang", "four terror suspects caught in Sentani",  # arrest-10: "Densus 88 Tangkap 4 Terduga Teroris di Sentani"
     {"arrest-10": 2, "arrest": 1}),
    ("crosslang", "Sentani flood relief January 2023",  # flood-2: "sejak 1 Januari 2023", "BNPB ... menyalurkan bantuan"
     {"flood-2": 2, "flood": 1}),
    ("crosslang", "Ambon flood 1,240 displaced",  # flood-6: "4.100 rumah di Ambon; 1.240 jiwa terpaksa mengungsi";
     # flood-8 (Ambon) has 3.715
     {"flood-6": 2, "flood": 1}),
    ("crosslang", "Bogor quake depth 23 km",  # quake-8: "Bogor", "Pusat gempa berada di kedalaman 23 km"
     {"quake-8": 2, "quake": 1}),
    ("crosslang", "Merapi eruption February 2022 5 km danger zone",  # volcano-6: "14 Februari 2022", "radius 5 km"
     {"volcano-6": 2, "volcano": 1}),
    ("crosslang", "15,600 hectares burned in West Kalimantan",  # fire-4: "Kalimantan Barat", "luas lahan terbakar
     # mencapai 15.600 hektare"; fire-2 and fire-5 (15,600) are Central Kalimantan
     {"fire-4": 2, "fire": 1}),
    ("crosslang", "landslide in Bima May 2021 search",  # landslide-2: "Longsor terjadi di Bima ... pada 10 Mei 2021"
     {"landslide-2": 2, "landslide": 1}),
    ("crosslang", "Maluku flood drill with 1,200 participants",  # drill-2: "BPBD Maluku menggelar simulasi evakuasi
     # bencana banjir yang diikuti 1.200 warga"
     {"drill-2": 2, "drill": 1}),
    ("crosslang", "Bank Indonesia raises rate July 2021",  # birate-8: "24-25 Juli 2021 memutuskan BI-Rate naik"
     {"birate-8": 2, "birate": 1}),
    ("crosslang", "red chili pushes up inflation in December 2024",  # inflation-12: "Desember 2024", "terutama cabai
     # mer[ah]"
     {"inflation-12": 2, "inflation": 1}),
    ("crosslang", "Indonesia Brazil memorandums September 2024",  # bilateral-4: "Brasil menandatangani 3 nota
     # kesepahaman ... pada September 2024"; bilateral-2 (Brazil) is May 2021
     {"bilateral-4": 2, "bilateral": 1}),
    ("crosslang", "Indonesian aid to Gaza August 2023 solidarity with Palestinians",  # aid-2: "Gaza, Palestina, pada
     # Agustus 2023. Menlu menegaskan solidaritas Indonesia terhadap rakyat Palestina"
     {"aid-2": 2, "aid": 1}),
    ("crosslang", "220 Indonesians rescued from Cambodian scam syndicate",  # scam-4: "220 WNI korban sindikat online
     # scam di Kamboja berhasil diselamatkan"; scam-5 (220) is the Philippines
     {"scam-4": 2, "scam": 1}),
    ("crosslang", "plantation crops lift farmers' exchange rate in July 2021",  # ntp-2: "NTP Juli 2021", "Subsektor
     # tanaman perkebunan rakyat mencatat kenaikan tertinggi"
     {"ntp-2": 2, "ntp": 1}),
    ("crosslang", "open unemployment rate April 2025 how many people",  # unemp-4: "Tingkat Pengangguran Terbuka April
     # 2025 Sebesar 5,86 Persen", "sekitar 9,10 juta orang"
     {"unemp-4": 2, "unemp": 1}),
    ("crosslang", "pendampingan mitra deradikalisasi di sentani papua",  # derad-5 (English only): "18 deradicalization
     # partners in Sentani, Papua"
     {"derad-5": 2, "derad": 1}),
    ("crosslang", "PPATK bekukan 48 rekening",  # financing-5 (English only): "froze 48 bank accounts"
     {"financing-5": 2, "financing": 1}),
    ("crosslang", "menlu vietnam bertemu menlu RI di jakarta agustus 2023",  # qris-5 (English only): "cross-border QRIS payments
     # bilateral-9 (English only): "met the Foreign Minister of Vietnam in Jakarta on August 2, 2023"
     {"bilateral-9": 2, "bilateral": 1}),
    ("crosslang", "WNI korban online scam filipina dipulangkan juli 2024",  # scam-5 (English only): "Philippines in July
     # 2024"; scam-1 and scam-3 (Philippines) are March 2022 and December 2021
     {"scam-5": 2, "scam": 1}),
    ("crosslang", "rumah terendam banjir di jawa timur mei 2024",  # flood-5 (English only): "Malang, East Java, after
     # heavy rain from May 27, 2024, inundating 4,100 homes"
     {"flood-5": 2, "flood": 1}),
    ("crosslang", "pertumbuhan ekonomi akhir 2023 ditopang konsumsi rumah tangga",  # growth-5 (English only): "fourth
     # quarter of 2023. Household consumption and investment were the main drivers"; growth-1 is Q4 2022
     {"growth-5": 2, "growth": 1}),
    # -- morphology: other affixes than the grade-2 releases use (the releases' forms in the comments) -------------
    ("morphology", "pembekuan rekening pendanaan teror", {"financing": 2}),  # membekukan, Bekukan
    ("morphology", "kenaikan status gunung merapi",  # menaikkan (volcano-4), raised (volcano-5); volcano-6 is an
     # eruption without a status change
     {"volcano-4": 2, "volcano-5": 2, "volcano": 1}),
    ("morphology", "penurunan suku bunga acuan BI 2025",  # Menurunkan (birate-1, January 2025), turun (birate-7,
     # February 2025)
     {"birate-1": 2, "birate-7": 2, "birate": 1}),
    ("morphology", "pemblokiran investasi ilegal lewat aplikasi",  # memblokir ... investasi ilegal yang beroperasi
     # melalui aplikasi (pinjol-3, pinjol-6)
     {"pinjol-3": 2, "pinjol-6": 2, "pinjol": 1}),
    ("morphology", "pemulangan WNI korban TPPO dari filipina",  # memulangkan (scam-1), repatriated, trafficked
     # (scam-3, scam-5 English: "trafficked ... in the Philippines")
     {"scam-1": 2, "scam-3": 2, "scam-5": 2, "scam": 1}),
    ("morphology", "penyaluran air bersih dengan truk tangki",  # disalurkan dengan truk tangki (drought-3); trucked in
     # (drought-1, drought-3, drought-5 English)
     {"drought-1": 2, "drought-3": 2, "drought-5": 2, "drought": 1}),
    ("morphology", "penyitaan senjata tajam saat penangkapan teroris",  # menyita ... senjata tajam; seized ... weapons
     {"arrest-1": 2, "arrest-2": 2, "arrest-3": 2, "arrest-5": 2, "arrest-6": 2, "arrest-7": 2, "arrest-10": 2,
      "arrest-11": 2, "arrest": 1}),
    ("morphology", "pengerahan alat berat untuk mencari korban longsor",  # mengerahkan ... alat berat; deployed ...
     # heavy equipment (landslide-4 names no equipment)
     {"landslide-1": 2, "landslide-2": 2, "landslide-3": 2, "landslide-5": 2, "landslide-6": 2, "landslide-7": 2,
      "landslide": 1}),
    ("morphology", "keterlibatan jaringan jamaah islamiyah",  # "diduga terlibat jaringan Jamaah Islamiyah" (arrest-8,
     # arrest-11); arrest-6, arrest-7 name the same network
     {"arrest-6": 2, "arrest-7": 2, "arrest-8": 2, "arrest-11": 2, "arrest": 1}),
    ("morphology", "pengiriman tenda dan obat ke vanuatu",  # aid-1: "mengirimkan 51 ton bantuan ... obat-obatan, dan
     # tenda untuk warga Port Vila, Vanuatu"
     {"aid-1": 2, "aid": 1}),
    ("morphology", "evacuating residents near Mount Marapi", {"volcano-9": 2, "volcano": 1}),  # evacuated
    ("morphology", "freezing accounts used for terrorist financing", {"financing": 2}),  # Freeze, froze
    ("morphology", "deploying helicopters against forest fires", {"fire": 2}),  # deployed, Deploys
    ("morphology", "detaining militants linked to Mujahidin Indonesia Timur",  # Detains, detained (arrest-5); MIT
     # network: arrest-1, arrest-2, arrest-4, arrest-5
     {"arrest-1": 2, "arrest-2": 2, "arrest-4": 2, "arrest-5": 2, "arrest": 1}),
    # -- acronyms and abbreviations ---------------------------------------------------------------------------------
    ("acronym", "Kemenlu WNI iran",  # Kementerian Luar Negeri; citizens-5 (Iran)
     {"citizens-5": 2, "citizens": 1}),
    ("acronym", "OJK pinjol ilegal desember 2021",  # pinjol-7: "pada Desember 20[21]"
     {"pinjol-7": 2, "pinjol": 1}),
    ("acronym", "Komdigi konten radikal 2021",  # online-3: "sepanjang tahun 2021" / "in 2021"; online-4 is 2022
     {"online-3": 2, "online": 1}),
    ("acronym", "PPATK blokir 63 rekening", {"financing-3": 2, "financing": 1}),
    ("acronym", "BMKG gempa susulan sumut",  # Sumatera Utara: quake-3 and quake-7 (Medan)
     {"quake-3": 2, "quake-7": 2, "quake": 1}),
    ("acronym", "kalteng 146 titik panas", {"fire-5": 2, "fire": 1}),  # Kalimantan Tengah: "146 hotspots"
    ("acronym", "MoU RI jerman kesehatan",  # nota kesepahaman, Republik Indonesia: bilateral-8 "Indonesia dan Jerman
     # Tandatangani 4 Nota Kesepahaman di Bidang Kesehatan"
     {"bilateral-8": 2, "bilateral": 1}),
    ("acronym", "KBRI hotline WNI",  # "KBRI membuka hotline" / "hotline": citizens-1, -2, -3, -5, -7, -8
     {"citizens-1": 2, "citizens-2": 2, "citizens-3": 2, "citizens-5": 2, "citizens-7": 2, "citizens-8": 2,
      "citizens": 1}),
    ("acronym", "kekeringan NTB air bersih",  # Nusa Tenggara Barat: drought-3, drought-4
     {"drought-3": 2, "drought-4": 2, "drought": 1}),
    ("acronym", "gunung api di NTT dievakuasi",  # Nusa Tenggara Timur: Lewotobi Laki-laki (volcano-3, volcano-7)
     {"volcano-3": 2, "volcano-7": 2, "volcano": 1}),
    ("acronym", "penangkapan anggota JI di maluku",  # Jamaah Islamiyah: arrest-6 (Ambon, Maluku)
     {"arrest-6": 2, "arrest": 1}),
    ("acronym", "FTF keluarga kembali dari suriah",  # foreign terrorist fighters: "keluarga pejuang teroris asing yang
     # kembali dari Suriah" (coop-1, coop-2, coop-3, Indonesian releases)
     {"coop-1": 2, "coop-2": 2, "coop-3": 2, "coop": 1}),
    ("acronym", "IHK februari 2025", {"inflation-10": 2, "inflation": 1}),  # Indeks Harga Konsumen (BPS, Feb 2025)
    ("acronym", "TPT mei 2022", {"unemp-3": 2, "unemp": 1}),  # Tingkat Pengangguran Terbuka
    ("acronym", "wisman australia", {"tourists-1": 2, "tourists": 1}),  # "Wisman asal Australia mendominasi"
    ("acronym", "Satgas PASTI 812 pinjol", {"pinjol-3": 2, "pinjol-6": 2, "pinjol": 1}),
    ("acronym", "tim SAR longsor dumai", {"landslide-3": 2, "landslide": 1}),
    # -- typos ------------------------------------------------------------------------------------------------------
    ("typo", "deradikalsasi napiter lampung", {"derad-2": 2, "derad": 1}),
    ("typo", "jaringan jamaah islamiyah balikpapn", {"arrest-7": 2, "arrest": 1}),
    ("typo", "kompensai korban bom kampung melayu", {"victims-1": 2, "victims-2": 2, "victims": 1}),
    ("typo", "banjir tangerng", {"flood-3": 2, "flood": 1}),
    ("typo", "gunung semru level awas", {"volcano-1": 2, "volcano": 1}),  # "Level IV (Awas)"
    ("typo", "karhutla riua", {"fire-6": 2, "fire": 1}),
    ("typo", "cabe merah dorong inflasi septembr",  # inflation-1 (September 2021), inflation-6 (September 2022): "Harga
     # Cabai Merah Dorong Inflasi September"
     {"inflation-1": 2, "inflation-6": 2, "inflation": 1}),
    ("typo", "cadangn devisa maret 2025", {"reserves-2": 2, "reserves-4": 2, "reserves": 1}),
    ("typo", "investasi bodng", {"pinjol": 2}),  # every release names illegal / unlicensed investment offers
    ("typo", "earthqauke ambon aftershocks", {"quake-4": 2, "quake-6": 2, "quake": 1}),  # Ambon: quake-4, quake-6
    ("typo", "bantuan kemanusian ke afghanistan", {"aid-4": 2, "aid-7": 2, "aid": 1}),
    ("typo", "ASEAN kuala lumpur laut cina selatn", {"asean-1": 2, "asean": 1}),
    ("typo", "latihan evakuasi banjir serangg", {"drill-3": 2, "drill": 1}),  # drill-3: Banten, "di Serang"
    ("typo", "rupiah melemha desember 2021", {"rupiah-4": 2, "rupiah": 1}),
    ("typo", "tingkat penganguran terbuka juli 2023", {"unemp-2": 2, "unemp": 1}),
    # -- numbers: figures, months, years ----------------------------------------------------------------------------
    ("number", "donasi daring Rp7,1 miliar",  # online fundraising: financing-1 (37 rekening), financing-2 (95)
     {"financing-1": 2, "financing-2": 2, "financing": 1}),
    ("number", "inflasi bulanan 0,05 persen agustus", {"inflation-11": 2, "inflation": 1}),
    ("number", "BI-Rate 3,50 persen", {"birate-6": 2, "birate": 1}),
    ("number", "PDB tumbuh 5,31 persen", {"growth-6": 2, "growth": 1}),
    ("number", "lending facility 4,25 persen", {"birate-6": 2, "birate": 1}),
    ("number", "6.300 warga mengungsi erupsi", {"volcano-3": 2, "volcano": 1}),
    ("number", "lahan terbakar 9.100 hektare", {"fire-1": 2, "fire": 1}),
    ("number", "45 gempa susulan", {"quake-3": 2, "quake-5": 2, "quake-6": 2, "quake": 1}),
    ("number", "40 napiter makassar pembinaan kewirausahaan", {"derad-1": 2, "derad": 1}),
    ("number", "450 mahasiswa ambon", {"campus-4": 2, "campus": 1}),  # campus-4: "450 mahasiswa ... di Ambon"
    ("number", "2,500 students radicalism session", {"campus-3": 2, "campus": 1}),
    ("number", "300 students in Bima radicalism prevention", {"campus-7": 2, "campus": 1}),  # campus-7: "300 students
    # of Universitas Hasanuddin in Bima"
    ("number", "bantuan 51 ton", {"aid-1": 2, "aid-4": 2, "aid": 1}),
    ("number", "21 ton bantuan desember 2023", {"aid-9": 2, "aid": 1}),  # aid-3 (21 ton) is December 2021
    ("number", "8.900 pengungsi banjir bandung", {"flood-11": 2, "flood": 1}),
    ("number", "ekspor 19,6 miliar dolar april 2022", {"trade-7": 2, "trade": 1}),
]


def main() -> None:
    write_queries(QUERIES, OUT, "c")


if __name__ == "__main__":
    main()
