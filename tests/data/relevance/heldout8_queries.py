"""The eighth held-out judgments (v8): new queries over ``heldout_corpus.jsonl``, written blind on 2026-12-05
(session 7, second set).

Why: the first held-out set (``heldout_queries.py``) was measured repeatedly while ranking changes were made, and
the second to seventh (``heldout2_queries.py`` ... ``heldout7_queries.py``) were each written for one measurement,
after which they no longer count as unseen. This set is a further measure of record: it must be measured once,
never tuned on.

How: written on 2026-12-05 (session 7, the second set of that session) by a helper session, under strict blindness
rules: no search, ranking, benchmark or test of the search system was run, Meilisearch was not started, and neither
the ranking code (its glossary, stemming or vocabulary lists), the benchmarks, the relevance test, the search unit
tests, the README or docs sections about relevance and search, nor any result or measurement was read, nor any
commit message or diff about relevance or search. The only files read were the corpus (``heldout_corpus.jsonl``,
``heldout_corpus.py``) and the earlier query sets, the latter only for their conventions and to avoid repeating
them. Every judgment comes from the corpus text (title and body of the releases, checked by pattern search over the
corpus file; the phrase behind a non-obvious grade-2 claim is in a comment). No query equals or trivially rewords one
in ``queries.jsonl``, ``tuning_queries.jsonl`` or ``heldout*_queries.jsonl`` (``heldout7`` included); where this set
touches an event an earlier set asked about, it asks for another fact of it (a figure, a detail of the text) or in
another form (acronym, abbreviation, typo, affix, other language).

Conventions are those of ``heldout2_queries.py``, ``heldout6_queries.py`` and ``heldout7_queries.py`` (their
docstrings): grade 2 = the release answers the query (every constraint), 1 = same subject but a constraint differs;
both language versions of an event get the same grade; keys are a topic, an event, ``re:REGEX`` or
``topic~REGEX``; a release takes its highest grade. A fact only in the slots and stated by neither language version
of the event does not earn grade 2, nor does a date that is only in ``published_at`` (so the arrest, cooperation,
financing, QRIS and Lebanon releases, which state no month, are never constrained by date here); judgments on a
detail of the text are written as explicit event keys, so that both language versions get the grade even when only
one states it (e.g. ``bilateral-3``: only the Indonesian release counts 2 MoUs).

Categories as in ``heldout7_queries.py``: ``indonesian``, ``english``, ``crosslang`` (grade-2 releases all in the
other language from the query: English queries for Indonesian-only releases and Indonesian queries for English-only
ones), ``morphology`` (the query's affixed form does not occur in its grade-2 releases, the stem does in at least one
of them; the releases' forms are in the comments), ``acronym`` (abbreviations the corpus never uses: UGM, DF/LF,
Rp..M, jt, rb, Kemenlu, Kominfo, PRC, UAE, TW, ha, Flotim, napi), ``typo`` (misspellings and the colloquial
``cabe``), ``number``. Ids are ``u001`` ...

    .venv/bin/python tests/data/relevance/heldout8_queries.py
"""

from __future__ import annotations

from pathlib import Path

from heldout2_queries import write_queries

OUT = Path(__file__).with_name("heldout8_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # -- Indonesian ---------------------------------------------------------------------------------------------
    ("indonesian", "banjir medan mei 2021 korban meninggal 4 orang",  # "korban meninggal tercatat 4 orang"; flood-10
     # (Medan, March 2024) records 2
     {"flood-1": 2, "flood": 1}),
    ("indonesian", "longsor palu 480 personel dikerahkan",  # "Sebanyak 480 personel dikerahkan"; landslide-6 (480)
     # is Pekanbaru
     {"landslide-4": 2, "landslide": 1}),
    ("indonesian", "densus 88 temukan buku panduan pembuatan bom di surabaya",  # arrest-11: "buku panduan pembuatan
     # bom di rumah salah satu tersangka" ... "penggerebekan di Surabaya"
     {"arrest-11": 2, "arrest": 1}),
    ("indonesian", "karhutla sumatera selatan 12 helikopter bom air",  # fire-7: "dibantu 12 helikopter bom air";
     # fire-3 (South Sumatra) has 9, fire-2 (12) is Central Kalimantan
     {"fire-7": 2, "fire": 1}),
    ("indonesian", "WNI korban online scam di filipina direkrut lewat media sosial",  # scam-1: "direkrut melalui
     # media sosial"; scam-3 and scam-5 (Philippines): "recruited through social media"
     {"scam-1": 2, "scam-3": 2, "scam-5": 2, "scam": 1}),
    ("indonesian", "banjir tangerang 430 rumah terendam",  # "merendam 430 rumah di Tangerang"; flood-13 (430) is
     # Makassar
     {"flood-3": 2, "flood": 1}),
    ("indonesian", "sumur bor dan penampungan air hujan di jawa tengah",  # drought-1: "menyiapkan sumur bor dan
     # penampungan air hujan", "52 desa di Jawa Tengah"; drought-4 (sumur bor) is NTB
     {"drought-1": 2, "drought": 1}),
    ("indonesian", "kolom abu erupsi semeru ribuan meter",  # volcano-1: "sending an ash column thousands of metres
     # above the summit"
     {"volcano-1": 2, "volcano": 1}),
    ("indonesian", "tiga warga tertimbun longsor dumai",  # "3 orang tertimbun material tanah" / "leaving 3 people
     # missing"
     {"landslide-3": 2, "landslide": 1}),
    ("indonesian", "garis kemiskinan naik karena harga beras april 2023",  # poverty-4: "Garis kemiskinan naik seiring
     # kenaikan harga beras", "pada April 2023"; poverty-6 is April 2024
     {"poverty-4": 2, "poverty": 1}),
    ("indonesian", "air bersih dikirim truk tangki ke mataram",  # drought-3: "BPBD Mataram", "disalurkan dengan truk
     # tangki" / "trucked in"
     {"drought-3": 2, "drought": 1}),
    ("indonesian", "wawasan kebangsaan untuk mitra deradikalisasi di bima",  # derad-7: "Pembinaan mencakup wawasan
     # kebangsaan" ... Bima; derad-7 and derad-9 (Bima): "The programme covers civic education"
     {"derad-7": 2, "derad-9": 2, "derad": 1}),
    ("indonesian", "pemadaman darat manggala agni di kalimantan tengah",  # fire-1: "Satgas gabungan TNI, Polri, dan
     # Manggala Agni melakukan pemadaman darat"; fire-2 and fire-5 (Central Kalimantan) name no Manggala Agni
     {"fire-1": 2, "fire": 1}),
    ("indonesian", "berapa rumah terendam banjir makassar september 2022",  # "merendam 2.300 rumah di Makassar"
     {"flood-7": 2, "flood": 1}),
    # -- English ------------------------------------------------------------------------------------------------
    ("english", "how many people were buried by the Samarinda landslide",  # "12 orang tertimbun" / "leaving 12
     # people missing"
     {"landslide-7": 2, "landslide": 1}),
    ("english", "deaths in the August 2021 Makassar floods",  # "7 deaths were recorded"; flood-7 (Makassar) is 2022
     {"flood-13": 2, "flood": 1}),
    ("english", "month-to-month inflation in September 2021",  # "month-to-month inflation was 0.37 percent"
     {"inflation-1": 2, "inflation": 1}),
    ("english", "Lending Facility rate after the February 2025 BI-Rate cut",  # "Lending Facility at 6.75 percent"
     {"birate-7": 2, "birate": 1}),
    ("english", "bomb-making manuals at a Klaten suspect's house",  # "Homemade explosives and bomb-making manuals were found"
     {"arrest-9": 2, "arrest": 1}),
    ("english", "how many people were unemployed in February 2021",  # "about 7.86 million people"; unemp-6
     # (February 2025) states no count
     {"unemp-1": 2, "unemp": 1}),
    ("english", "tsunami evacuation drill with 500 participants in South Sulawesi",  # drill-5: "tsunami evacuation
     # drill with 500 residents, students and volunteers in Makassar"
     {"drill-5": 2, "drill": 1}),
    ("english", "Serang flood drill reaching the assembly point in under 15 minutes",  # drill-3: "menuju titik
     # kumpul dalam waktu kurang dari 15 menit" (Serang); drill-6 (15 minutes) is an earthquake drill in Medan
     {"drill-3": 2, "drill": 1}),
    ("english", "Lewotobi Laki-laki exclusion zone October 2021",  # volcano-7: "3 km exclusion zone", "October 9,
     # 2021"
     {"volcano-7": 2, "volcano": 1}),
    ("english", "40 former terrorism convicts supported in South Sulawesi",  # derad-1: "40 deradicalization partners
     # in Makassar, South Sulawesi"; derad-4 (South Sulawesi) has 80, derad-9 (40) is Bima
     {"derad-1": 2, "derad": 1}),
    ("english", "how many MoUs did Indonesia and Germany sign in June 2024",  # bilateral-3: "menandatangani 2 nota
     # kesepahaman ... pada Juni 2024"
     {"bilateral-3": 2, "bilateral": 1}),
    ("english", "rescuers deployed to the April 2025 Pekanbaru landslide",  # landslide-1: "deployed 320 rescuers",
     # "April 7, 2025"
     {"landslide-1": 2, "landslide": 1}),
    ("english", "Balikpapan suspects Jamaah Islamiyah network",  # "believed to belong to the Jamaah Islamiyah network"
     {"arrest-7": 2, "arrest": 1}),
    ("english", "stay away from damaged buildings after the 2024 Medan quake",  # quake-3: "meminta warga menjauhi
     # bangunan yang retak" / "stay away from damaged buildings", "14 Agustus 2024"; quake-7 (Medan) is 2021
     {"quake-3": 2, "quake": 1}),
    # -- cross-lingual: the grade-2 releases exist only in the other language --------------------------------------
    ("crosslang", "how many former terrorism inmates joined the Lampung programme",  # "Menjangkau 112 Mantan
     # Narapidana Terorisme di Lampung"
     {"derad-2": 2, "derad": 1}),
    ("crosslang", "seven suspected militants detained in Jayapura",  # arrest-2: "7 Terduga Teroris Ditangkap di
     # Jayapura"; arrest-3 and arrest-4 (Jayapura) have 4
     {"arrest-2": 2, "arrest": 1}),
    ("crosslang", "Tangerang quake M5.2 depth 23 km",  # "bermagnitudo 5,2 di Tangerang ... kedalaman 23 kilometer"
     {"quake-2": 2, "quake": 1}),
    ("crosslang", "how many residents were evacuated from Mount Ruang in August 2022",  # volcano-2: "mengevakuasi
     # 1.530 warga", "17 Agustus 2022"
     {"volcano-2": 2, "volcano": 1}),
    ("crosslang", "312 hotspots in West Kalimantan",  # fire-4: "312 titik panas terpantau di Kalimantan Barat";
     # fire-6 (312) is Riau
     {"fire-4": 2, "fire": 1}),
    ("crosslang", "burned area of the September 2021 Riau forest fires",  # fire-6: "di Riau pada September 2021,
     # dan luas lahan terbakar mencapai 2.300 hektare"
     {"fire-6": 2, "fire": 1}),
    ("crosslang", "Bima landslide 150 rescue personnel",  # landslide-2: "mengerahkan 150 personel SAR gabungan";
     # landslide-3 (150) is Dumai
     {"landslide-2": 2, "landslide": 1}),
    ("crosslang", "385 Indonesians brought home from Lebanon",  # "385 WNI berhasil dipulangkan dari Lebanon";
     # citizens-8 (385) is Sudan
     {"citizens-6": 2, "citizens": 1}),
    ("crosslang", "401 Indonesians freed from a scam syndicate",  # scam-6: "memulangkan 401 WNI" (Laos)
     {"scam-6": 2, "scam": 1}),
    ("crosslang", "40 tonnes of humanitarian aid for Gaza",  # aid-2: "40 ton bantuan kemanusiaan ... warga Gaza"
     {"aid-2": 2, "aid": 1}),
    ("crosslang", "homes inundated in the Solo floods",  # flood-4: "merendam 1.650 rumah di Solo"
     {"flood-4": 2, "flood": 1}),
    ("crosslang", "Ambon floods with no fatalities",  # flood-6: "korban meninggal tercatat 0 orang"; flood-8:
     # "Tercatat 0 orang meninggal dunia" (both Ambon)
     {"flood-6": 2, "flood-8": 2, "flood": 1}),
    ("crosslang", "12,450 people displaced by floods in Medan",  # flood-10: "12.450 warga mengungsi" (Medan);
     # flood-1 (Medan) has 5,060
     {"flood-10": 2, "flood": 1}),
    ("crosslang", "how many residents fled the Cianjur floods",  # "1.240 warga mengungsi"
     {"flood-12": 2, "flood": 1}),
    ("crosslang", "840 residents evacuated from Mount Ruang",  # volcano-8: "BPBD Sitaro mengevakuasi 840 warga";
     # volcano-2 (Ruang) evacuated 1,530
     {"volcano-8": 2, "volcano": 1}),
    ("crosslang", "Klaten disaster agency evacuates 1,530 people from Merapi",  # volcano-4: "BPBD Klaten
     # mengevakuasi 1.530 warga"; volcano-5 (Klaten) evacuated 4,210
     {"volcano-4": 2, "volcano": 1}),
    ("crosslang", "Basarnas sends 480 personnel to Pekanbaru landslide",  # landslide-6: "Basarnas mengerahkan 480
     # personel" (Pekanbaru); landslide-1 (Pekanbaru) deployed 320
     {"landslide-6": 2, "landslide": 1}),
    ("crosslang", "18 deradicalisation partners in East Java",  # derad-8: "18 mitra deradikalisasi di Jawa Timur"
     {"derad-8": 2, "derad": 1}),
    ("crosslang", "9,400 radical posts removed in 2022",  # online-4: "9.400 konten ... sepanjang tahun 2022";
     # online-3 (9,400) is 2021
     {"online-4": 2, "online": 1}),
    ("crosslang", "Lending Facility 7 percent July 2021",  # birate-8: "24-25 Juli 2021 ... Lending Facility 7,00
     # persen"; birate-1 (7.00) is January 2025
     {"birate-8": 2, "birate": 1}),
    ("crosslang", "Cambodia online scam victims freed in March 2022",  # scam-2: "di Kamboja berhasil diselamatkan
     # pada Maret 2022"; scam-4 (Cambodia) is May 2021
     {"scam-2": 2, "scam": 1}),
    ("crosslang", "nickel led exports in June 2021",  # trade-2: "Ekspor ... pada Juni 2021", "komoditas nikel";
     # trade-3 (nickel) is June 2024
     {"trade-2": 2, "trade": 1}),
    ("crosslang", "main contributor to December 2024 inflation",  # inflation-12: "Harga Cabai Merah Dorong Inflasi
     # Desember 2024"
     {"inflation-12": 2, "inflation": 1}),
    ("crosslang", "52 drought-hit villages in West Nusa Tenggara",  # drought-4: "Kekeringan Melanda 52 Desa di Nusa
     # Tenggara Barat"; drought-3 (West Nusa Tenggara) has 26
     {"drought-4": 2, "drought": 1}),
    ("crosslang", "bomb-making guides among radical content taken down in 2024",  # online-2: "panduan merakit bom",
     # "sepanjang tahun 2024"
     {"online-2": 2, "online": 1}),
    ("crosslang", "gempa lampung kedalaman 12 km", {"quake-9": 2, "quake": 1}),  # "at a depth of 12 km"
    ("crosslang", "BPBD agam evakuasi warga gunung marapi",  # volcano-9: "the Agam disaster agency evacuated 840
     # residents"
     {"volcano-9": 2, "volcano": 1}),
    ("crosslang", "longsor ambon 230 personel basarnas",  # landslide-5: "Basarnas deployed 230 rescuers"
     {"landslide-5": 2, "landslide": 1}),
    ("crosslang", "inflasi bulanan 0,05 persen april 2024",  # inflation-9: "April 2024; month-to-month inflation was
     # 0.05 percent"
     {"inflation-9": 2, "inflation": 1}),
    ("crosslang", "surplus neraca perdagangan 2,39 miliar dolar AS",  # trade-5: "trade surplus of USD 2.39 billion"
     {"trade-5": 2, "trade": 1}),
    ("crosslang", "KBRI buka hotline dan rumah singgah untuk WNI di iran",  # citizens-5: "the embassy opened a
     # hotline and a shelter" (Iran)
     {"citizens-5": 2, "citizens": 1}),
    ("crosslang", "Lending Facility 5,50 persen april 2022",  # birate-5: "April 8-9, 2022 ... Lending Facility at
     # 5.50 percent"; birate-3 (April 2022) has 7.25
     {"birate-5": 2, "birate": 1}),
    ("crosslang", "12 penawaran investasi tanpa izin januari 2021",  # pinjol-5: "12 unlicensed investment offers in
     # January 2021"; pinjol-3 (12) is May 2022
     {"pinjol-5": 2, "pinjol": 1}),
    ("crosslang", "konten teroris di platform berbagi video 2022",  # online-5: "in 2022. | The content was found
     # mainly on video-sharing platforms"; online-3 says so of 2021
     {"online-5": 2, "online": 1}),
    ("crosslang", "bantuan gaza disertai hibah 2 juta dolar",  # aid-9: "Gaza ... pledged USD 2.0 million"; aid-4
     # (2.0) is Afghanistan
     {"aid-9": 2, "aid": 1}),
    # -- morphology: other affixes than the grade-2 releases use (the releases' forms in the comments) -------------
    ("morphology", "bantuan dikirimkan ke herat",  # aid-7: mengirimkan; Sends
     {"aid-7": 2, "aid": 1}),
    ("morphology", "teroris jamaah islamiyah ditangkap di ambon",  # arrest-6: Tangkap, menangkap
     {"arrest-6": 2, "arrest": 1}),
    ("morphology", "penurunan BI-Rate november 2023",  # birate-6: Turun, turun
     {"birate-6": 2, "birate": 1}),
    ("morphology", "penyelamatan WNI di kamboja maret 2022",  # scam-2: diselamatkan (scam-4, Cambodia, is May 2021)
     {"scam-2": 2, "scam": 1}),
    ("morphology", "memadamkan karhutla riau dengan helikopter",  # fire-6: Padamkan, pemadaman
     {"fire-6": 2, "fire": 1}),
    ("morphology", "pengungsi banjir solo",  # flood-4: mengungsi
     {"flood-4": 2, "flood": 1}),
    ("morphology", "bima dilanda kekeringan",  # drought-4: Melanda ("BPBD Bima")
     {"drought-4": 2, "drought": 1}),
    ("morphology", "penyitaan bahan peledak di sentani",  # arrest-10: menyita
     {"arrest-10": 2, "arrest": 1}),
    ("morphology", "penandatanganan nota kesepahaman kesehatan dengan jerman",  # bilateral-8: Tandatangani
     {"bilateral-8": 2, "bilateral": 1}),
    ("morphology", "deployment of water-bombing helicopters in South Sumatra",  # fire-3: deployed; fire-7: Deploys,
     # deployed
     {"fire-3": 2, "fire-7": 2, "fire": 1}),
    ("morphology", "recovery of bodies after the Samarinda landslide",  # landslide-7: Recovered
     {"landslide-7": 2, "landslide": 1}),
    ("morphology", "repatriation of scam victims from the Philippines in July 2024",  # scam-5: Repatriated,
     # repatriated
     {"scam-5": 2, "scam": 1}),
    ("morphology", "mantan napiter dibina BNPT di malang",  # derad-8: Pembinaan
     {"derad-8": 2, "derad": 1}),
    ("morphology", "pemblokiran 95 rekening dana teror",  # financing-2: diblokir
     {"financing-2": 2, "financing": 1}),
    # -- acronyms and abbreviations (never used in the corpus) ---------------------------------------------------------
    ("acronym", "450 mahasiswa UGM di medan",  # campus-1: "450 mahasiswa Universitas Gadjah Mada di Medan";
     # campus-6 (Medan) has 1200, campus-4 (450) is Ambon
     {"campus-1": 2, "campus": 1}),
    ("acronym", "suku bunga DF dan LF april 2022",  # birate-3 and birate-5 (both April 2022) state the Deposit and
     # Lending Facility
     {"birate-3": 2, "birate-5": 2, "birate": 1}),
    ("acronym", "rekening teroris Rp7,1 M dibekukan",  # miliar: "senilai Rp7,1 miliar" (financing-1, -2)
     {"financing-1": 2, "financing-2": 2, "financing": 1}),
    ("acronym", "QRIS singapura 50 jt pengguna",  # juta: "Pengguna QRIS Tembus 50 Juta ... ke Singapura"
     {"qris-3": 2, "qris": 1}),
    ("acronym", "kunjungan wisman 853 rb",  # ribu: 853.000 / 853,000
     {"tourists-2": 2, "tourists-4": 2, "tourists-5": 2, "tourists": 1}),
    ("acronym", "Kemenlu selamatkan WNI dari laos",  # Kemlu / Kementerian Luar Negeri: "Kemlu Selamatkan 401 WNI
     # dari Sindikat Online Scam di Laos"
     {"scam-6": 2, "scam": 1}),
    ("acronym", "Kominfo turunkan konten radikal 2021",  # the ministry's former name; the corpus says Komdigi
     # (online-3: "sepanjang tahun 2021")
     {"online-3": 2, "online": 1}),
    ("acronym", "coal exports to the PRC",  # "batu bara dengan tujuan utama Tiongkok"
     {"trade-4": 2, "trade-6": 2, "trade": 1}),
    ("acronym", "UAE cross-border QR payments",  # "United Arab Emirates" / "Uni Emirat Arab"
     {"qris-1": 2, "qris-4": 2, "qris": 1}),
    ("acronym", "pertumbuhan ekonomi TW II 2023",  # triwulan: "triwulan II 2023 tumbuh 4,87 persen"
     {"growth-3": 2, "growth": 1}),
    ("acronym", "lahan terbakar 15.600 ha",  # hektare: fire-2, fire-4, fire-5
     {"fire-2": 2, "fire-4": 2, "fire-5": 2, "fire": 1}),
    ("acronym", "BPBD Flotim evakuasi warga lewotobi",  # Flores Timur: volcano-3 "the Flores Timur disaster agency
     # evacuated 6,300 residents", volcano-7 "BPBD Flores Timur mengevakuasi 1.530 warga"
     {"volcano-3": 2, "volcano-7": 2, "volcano": 1}),
    ("acronym", "eks napi teroris di palu",  # narapidana: "24 Mantan Narapidana Terorisme di Sulawesi Tengah" (Palu)
     {"derad-3": 2, "derad": 1}),
    # -- typos and spelling variants ----------------------------------------------------------------------------------
    ("typo", "evakuasi WNI dari ukrania", {"citizens-2": 2, "citizens-7": 2, "citizens": 1}),
    ("typo", "bantuan kemanusiaan untuk rakhin myanmar", {"aid-5": 2, "aid-8": 2, "aid": 1}),
    ("typo", "repatriation of Indonesians from Cambodja",  # scam-2, scam-4: "Dipulangkan" from Kamboja
     {"scam-2": 2, "scam-4": 2, "scam": 1}),
    ("typo", "banjir cianjr juli 2024", {"flood-12": 2, "flood": 1}),  # "sejak 7 Juli 2024"
    ("typo", "harga bensin dorong inflasi novemer 2021", {"inflation-13": 2, "inflation": 1}),
    ("typo", "penangkapan terduga teroris di balikpapn", {"arrest-7": 2, "arrest": 1}),
    ("typo", "terduga teroris ditangkap di surbaya", {"arrest-11": 2, "arrest": 1}),
    ("typo", "duta damai mahasiswa bandar lampug", {"campus-3": 2, "campus": 1}),
    ("typo", "cadangan devisa oktobre 2022", {"reserves-6": 2, "reserves": 1}),  # reserves-1 is October 2021
    ("typo", "pengangguran terbuka arpil 2025", {"unemp-4": 2, "unemp": 1}),
    ("typo", "nilai tukar petani septembr 2024", {"ntp-4": 2, "ntp": 1}),
    ("typo", "pertemuan kontraterorisme uni eropa di bandnug",  # coop-6: "mitra dari Uni Eropa menggelar pertemuan
     # di Bandung"
     {"coop-6": 2, "coop": 1}),
    ("typo", "hotspots in West Kalimatan", {"fire-4": 2, "fire": 1}),
    ("typo", "kenaikan harga cabe merah maret 2022",  # colloquial cabe for cabai: "kenaikan harga cabai merah"
     # (inflation-3); inflation-5 (March 2024) is shallots
     {"inflation-3": 2, "inflation": 1}),
    # -- numbers: figures ---------------------------------------------------------------------------------------------
    ("number", "2500 mahasiswa sosialisasi pencegahan radikalisme", {"campus-3": 2, "campus": 1}),
    ("number", "1.250 unggahan propaganda teror", {"online-1": 2, "online": 1}),
    ("number", "63 rekening pendanaan terorisme diblokir", {"financing-3": 2, "financing": 1}),
    ("number", "19 investasi tanpa izin dihentikan satgas PASTI",  # pinjol-7: "19 penawaran investasi tanpa izin"
     {"pinjol-7": 2, "pinjol": 1}),
    ("number", "cadangan devisa 144,2 miliar dolar AS", {"reserves-3": 2, "reserves": 1}),
    ("number", "Deposit Facility 5,50 persen januari 2025",  # birate-1: "Deposit Facility at 5.50 percent" (English
     # release); birate-8 (5.50) is July 2021
     {"birate-1": 2, "birate": 1}),
    ("number", "TPT 7,20 juta orang", {"unemp-3": 2, "unemp": 1}),  # "sekitar 7,20 juta orang" (May 2022)
    ("number", "banjir 8.900 warga mengungsi", {"flood-11": 2, "flood": 1}),  # Bandung
    ("number", "ekspor 24,8 miliar dolar AS", {"trade-6": 2, "trade": 1}),
    ("number", "compensation of Rp5.9 billion for terror survivors", {"victims-3": 2, "victims": 1}),
    ("number", "ekspor 22,4 miliar dolar AS", {"trade-4": 2, "trade": 1}),
    ("number", "1.410.000 kunjungan wisman", {"tourists-1": 2, "tourists": 1}),
    ("number", "51 tonnes of humanitarian aid",  # aid-1 (Vanuatu) and aid-4 (Afghanistan): "51 ton"
     {"aid-1": 2, "aid-4": 2, "aid": 1}),
]


def main() -> None:
    write_queries(QUERIES, OUT, "u")


if __name__ == "__main__":
    main()
