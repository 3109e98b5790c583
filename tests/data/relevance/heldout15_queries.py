"""The fifteenth held-out judgments (v15): new queries over ``heldout_corpus.jsonl``, written blind on 2026-12-05
(session 8, fifth set).

Why: the first held-out set (``heldout_queries.py``) was measured repeatedly while ranking changes were made, and
the second to fourteenth (``heldout2_queries.py`` ... ``heldout14_queries.py``) were each written for one
measurement, after which they no longer count as unseen. This set is a further measure of record: it must be
measured once, never tuned on.

How: written on 2026-12-05 (session 8, the fifth set of that session) by a helper session, under strict blindness
rules: no search, ranking, benchmark or test of the search system was run, Meilisearch was not started, and neither
the ranking code (its glossary, abbreviations, coverage, stemming or spelling lists), the benchmarks, the relevance
test, the search unit tests, the README or docs sections about relevance and search, nor any result or measurement
was read, nor any commit message or diff about relevance or search. The only files read were the corpus
(``heldout_corpus.jsonl``, ``heldout_corpus.py``) and the earlier query sets, the latter only for their conventions
and to avoid repeating them. Every judgment comes from the corpus text (title and body of the releases, checked by
pattern search over the corpus file; the phrase behind a non-obvious grade-2 claim is in a comment). No query equals
or trivially rewords one in ``queries.jsonl``, ``tuning_queries.jsonl`` or ``heldout*_queries.jsonl`` (``heldout14``
included; checked by a script listing, for every query here, the earlier queries sharing a grade-2 release with a
high word overlap, read by hand, and rewriting those that were too close); because the corpus has been asked about
densely, where this set touches an event an earlier set asked about, it asks for another fact of it (a figure, a
month, a detail of the text) or in another form (question, description in the analyst's own words, acronym, typo,
affix, other language).

Conventions are those of ``heldout2_queries.py`` and ``heldout10_queries.py`` (their docstrings): grade 2 = the
release answers the query (every constraint), 1 = same subject but a constraint differs; both language versions of
an event get the same grade; keys are a topic, an event, ``re:REGEX`` or ``topic~REGEX``; a release takes its
highest grade. A fact only in the slots and stated by neither language version of the event does not earn grade 2,
nor does a date that is only in ``published_at`` (the arrest, drill and compensation releases that state no month
are not constrained by date here); judgments on a detail of the text are written as explicit event keys, so that
both language versions get the grade even when only one states it (e.g. ``drought-1``: only the English release
gives BMKG's forecast of rain at the end of the year; ``citizens-7``: only the English release gives the month,
June 2022).

Categories as in ``heldout10_queries.py``: ``indonesian``, ``english``, ``crosslang`` (grade-2 releases all in the
other language from the query: English queries for Indonesian-only releases and, for five of them, Indonesian
queries for English-only ones), ``morphology`` (the query's affixed form does not occur in its grade-2 releases, the
stem does in at least one of them; the releases' forms are in the comments), ``acronym`` (abbreviations the corpus
never writes: PVMBG, NTT, NTB, Sulteng, Jatim, IHK, Kemenlu, Sumut, Kalteng, Sumbar, JAD, JI; and acronyms the
releases use, in analyst queries: OJK, PBB, Densus), ``typo``, ``number``. Ids are ``b001`` ...

    .venv/bin/python tests/data/relevance/heldout15_queries.py
"""

from __future__ import annotations

from pathlib import Path

from heldout2_queries import write_queries

OUT = Path(__file__).with_name("heldout15_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # -- Indonesian ---------------------------------------------------------------------------------------------
    ("indonesian", "berapa warga yang diungsikan waktu status gunung ruang dinaikkan ke awas juni 2023",
     # volcano-8: "Gunung Ruang ... Level IV (Awas) pada 22 Juni 2023 ... mengevakuasi 840 warga"; volcano-2 (Ruang)
     # is August 2022
     {"volcano-8": 2, "volcano": 1}),
    ("indonesian", "uang teror dikumpulkan lewat kotak amal dan yayasan fiktif",  # financing-1, -3, -4: "kotak amal,
     # yayasan fiktif"; financing-5: "charity boxes, sham foundations"; financing-2 says "lembaga amal yang tidak
     # terdaftar"
     {"financing-1": 2, "financing-3": 2, "financing-4": 2, "financing-5": 2, "financing": 1}),
    ("indonesian", "penyintas bom bali 2002 dapat kompensasi dari negara",  # victims-3: "korban bom Bali 2002,
     # menerima kompensasi senilai Rp5,9 miliar"
     {"victims-3": 2, "victims": 1}),
    ("indonesian", "bawang merah penyumbang inflasi bulan agustus",  # inflation-8 (Agustus 2021): "terutama bawang
     # merah"; inflation-11 (Agustus 2024): "kenaikan harga bawang merah"
     {"inflation-8": 2, "inflation-11": 2, "inflation": 1}),
    ("indonesian", "turis asal singapura paling banyak datang maret 2023",  # tourists-2: "Maret 2023 ... Wisman asal
     # Singapura mendominasi"
     {"tourists-2": 2, "tourists": 1}),
    ("indonesian", "gempa bogor juni 2024 pusat gempa kedalaman berapa",  # quake-8: "mengguncang wilayah Bogor pada
     # 21 Juni 2024. Pusat gempa berada di kedalaman 23 km"
     {"quake-8": 2, "quake": 1}),
    ("indonesian", "latihan uji sistem peringatan dini banjir di ambon",  # drill-2: "simulasi evakuasi bencana banjir
     # ... di Ambon. Latihan menguji sistem peringatan dini"
     {"drill-2": 2, "drill": 1}),
    ("indonesian", "pemda siapkan sumur bor hadapi kemarau panjang",  # drought-1, drought-4: "Pemerintah daerah juga
     # menyiapkan sumur bor dan penampungan air hujan"
     {"drought-1": 2, "drought-4": 2, "drought": 1}),
    ("indonesian", "BMKG minta warga jauhi bangunan retak setelah gempa ambon",  # quake-4 (Ambon): "meminta warga
     # menjauhi bangunan yang retak"; quake-6 (Ambon) does not say it
     {"quake-4": 2, "quake-6": 1, "quake": 1}),
    ("indonesian", "kerja sama kesehatan indonesia jerman agustus 2024",  # bilateral-8: "Menteri Luar Negeri Jerman
     # ... 17 Agustus 2024 ... kerja sama kesehatan"
     {"bilateral-8": 2, "bilateral": 1}),
    ("indonesian", "QRIS bisa dipakai di singapura saat pengguna 45 juta",  # qris-2: "lintas negara dengan Singapura
     # ... pengguna QRIS mencapai 45 juta orang"; qris-3 (Singapore) says 50 juta
     {"qris-2": 2, "qris-3": 1, "qris": 1}),
    ("indonesian", "neraca perdagangan desember 2024, berapa nilai ekspornya",  # trade-4: "Desember 2024 sebesar 22,4
     # miliar dolar AS"
     {"trade-4": 2, "trade": 1}),
    ("indonesian", "penduduk bekerja paling banyak di sektor pertanian, data juli 2023",  # unemp-2: "Juli 2023 ...
     # Penduduk bekerja terbanyak berada di sektor pertanian"
     {"unemp-2": 2, "unemp": 1}),
    ("indonesian", "berapa jiwa mengungsi akibat banjir cianjur juli 2024",  # flood-12: "Cianjur ... 7 Juli 2024 ...
     # 1.240 warga mengungsi"
     {"flood-12": 2, "flood": 1}),
    ("indonesian", "warga lumajang diminta waspada banjir lahar semeru",  # volcano-1: "BPBD Lumajang ... mewaspadai
     # banjir lahar hujan" / "Lumajang disaster agency ... cold lava floods"
     {"volcano-1": 2, "volcano": 1}),
    # -- English --------------------------------------------------------------------------------------------------
    ("english", "how many people died in the Tangerang floods of April 2022",  # flood-3: "7 deaths were recorded"
     {"flood-3": 2, "flood": 1}),
    ("english", "Merapi raised to level III in November 2022, how wide is the exclusion zone",  # volcano-5:
     # "Level III (Alert) on November 6, 2022 ... a 3 km exclusion zone"
     {"volcano-5": 2, "volcano": 1}),
    ("english", "bomb-making guides among radical posts taken down in 2022",  # online-1: "in 2022 ... bomb-making
     # guides"; online-4: "sepanjang tahun 2022 ... panduan merakit bom"; online-5 (2022) names no guides
     {"online-1": 2, "online-4": 2, "online-5": 1, "online": 1}),
    ("english", "number of merchants accepting QR payments for Japanese travellers",  # qris-5: "Japan ... at 26
     # million merchants"
     {"qris-5": 2, "qris": 1}),
    ("english", "how many rescuers were sent to the Dumai landslide in October 2021",  # landslide-3: "Dumai, Riau,
     # on October 26, 2021 ... deployed 150 rescuers"
     {"landslide-3": 2, "landslide": 1}),
    ("english", "rural poverty higher than urban poverty, December 2023",  # poverty-1: "December 2023 ... rural
     # poverty remains higher than urban poverty"; poverty-2: "Desember 2023 ... Kemiskinan di perdesaan masih lebih
     # tinggi dibanding perkotaan"
     {"poverty-1": 2, "poverty-2": 2, "poverty": 1}),
    ("english", "how long will the drought in Riau last according to BMKG",  # drought-5: "14 villages in Riau ...
     # BMKG expects rain only at the end of the year"
     {"drought-5": 2, "drought": 1}),
    ("english", "which regional issues did the Indonesian and Japanese foreign ministers discuss",  # bilateral-7:
     # "Foreign Minister of Japan ... They also discussed regional issues, including Myanmar and Palestine"
     {"bilateral-7": 2, "bilateral": 1}),
    ("english", "militants linked to East Indonesia Mujahidin detained in Medan",  # arrest-5: "Mujahidin Indonesia
     # Timur in raids in Medan"
     {"arrest-5": 2, "arrest": 1}),
    ("english", "disaster drill in Serang with 500 participants",  # drill-3: "flood evacuation drill with 500
     # residents, students and volunteers in Serang"
     {"drill-3": 2, "drill": 1}),
    ("english", "what pushed inflation up in November 2021",  # inflation-13: "Higher gasoline prices were the main
     # contributor"
     {"inflation-13": 2, "inflation": 1}),
    ("english", "how much did the 16 terror attack survivors receive in compensation",  # victims-1: "Rp11.6 billion
     # to 16 survivors"; victims-5: "Rp8.2 billion to 16 survivors"; victims-2 (16 korban) gives no amount
     {"victims-1": 2, "victims-5": 2, "victims-2": 1, "victims": 1}),
    ("english", "Chinese visitors largest group of foreign arrivals in November 2023",  # tourists-5: "November 2023
     # ... Visitors from China were the largest group"
     {"tourists-5": 2, "tourists": 1}),
    ("english", "main destinations of nickel exports in September 2024",  # trade-1: "September 2024 ... Nickel led
     # non-oil and gas exports, mainly to China, the United States and India"; trade-2, trade-3 (nickel) are June
     {"trade-1": 2, "trade-2": 1, "trade-3": 1, "trade": 1}),
    ("english", "how many ex-convicts joined the BNPT programme in Sentani",  # derad-5: "BNPT supported 18
     # deradicalization partners in Sentani, Papua"
     {"derad-5": 2, "derad": 1}),
    # -- cross-lingual ----------------------------------------------------------------------------------------------
    ("crosslang", "BI rate cut with deposit facility at 2.75 percent",  # birate-6 (id only): "BI-Rate turun menjadi
     # 3,50 persen. Suku bunga Deposit Facility 2,75 persen"
     {"birate-6": 2, "birate": 1}),
    ("crosslang", "former terror convicts in Poso helped to open repair shops and food stalls",  # derad-6 (id only):
     # "Poso ... bantuan sarana usaha seperti bengkel dan warung makan"
     {"derad-6": 2, "derad": 1}),
    ("crosslang", "Jemaah Islamiyah suspects arrested in Ambon, Maluku",  # arrest-6 (id only): "7 terduga teroris di
     # Ambon, Maluku ... jaringan Jamaah Islamiyah"
     {"arrest-6": 2, "arrest": 1}),
    ("crosslang", "how many suspects were held in the Mataram raid",  # arrest-8 (id only): "mengamankan 9 orang ...
     # dalam penggerebekan di Mataram"
     {"arrest-8": 2, "arrest": 1}),
    ("crosslang", "Brazilian foreign minister visit to Jakarta May 2021",  # bilateral-2 (id only): "Menteri Luar
     # Negeri Brasil di Jakarta pada 3 Mei 2021"; bilateral-4 (Brazil) is September 2024
     {"bilateral-2": 2, "bilateral-4": 1, "bilateral": 1}),
    ("crosslang", "renewable energy agreements between Indonesia and Vietnam",  # bilateral-6 (id only): "Vietnam
     # menandatangani 2 nota kesepahaman, antara lain di bidang energi terbarukan"
     {"bilateral-6": 2, "bilateral": 1}),
    ("crosslang", "how many water-bombing helicopters were sent to West Kalimantan",  # fire-4 (id only): "Kalimantan
     # Barat ... BNPB mengerahkan 9 helikopter untuk pemadaman dari udara (water bombing)"
     {"fire-4": 2, "fire": 1}),
    ("crosslang", "did anyone die in the Ambon floods of January 2024",  # flood-8 (id only): "Ambon ... 17 Januari
     # 2024 ... Tercatat 0 orang meninggal dunia"; flood-6 (Ambon, 0 deaths) is July 2023
     {"flood-8": 2, "flood-6": 1, "flood": 1}),
    ("crosslang", "magnitude and depth of the Tangerang earthquake",  # quake-2 (id only): "bermagnitudo 5,2 di
     # Tangerang, Banten ... dengan kedalaman 23 kilometer"
     {"quake-2": 2, "quake": 1}),
    ("crosslang", "February 2023 exports value coal",  # trade-6 (id only): "Februari 2023 sebesar 24,8 miliar dolar
     # AS ... komoditas batu bara"
     {"trade-6": 2, "trade": 1}),
    ("crosslang", "80 deradicalisation partners in South Sulawesi",  # derad-4 (id only): "program deradikalisasi
     # bagi 80 mantan narapidana terorisme di Sulawesi Selatan"; derad-1 (South Sulawesi) has 40
     {"derad-4": 2, "derad-1": 1, "derad": 1}),
    ("crosslang", "people buried by landslide in Bima after heavy rain",  # landslide-2 (id only): "Longsor terjadi di
     # Bima setelah hujan deras pada 10 Mei 2021; 3 orang tertimbun"
     {"landslide-2": 2, "landslide": 1}),
    ("crosslang", "how many SAR personnel searched for the Pekanbaru landslide victims in January 2025",
     # landslide-6 (id only): "Pekanbaru, Riau, pada 2 Januari 2025 ... mengerahkan 480 personel SAR gabungan";
     # landslide-1 (Pekanbaru) is April 2025
     {"landslide-6": 2, "landslide-1": 1, "landslide": 1}),
    ("crosslang", "tsunami drill for 1,200 Sentani residents",  # drill-4 (id only): "1.200 warga Sentani
     # berlatih menyelamatkan diri dalam simulasi tsunami"
     {"drill-4": 2, "drill": 1}),
    ("crosslang", "unemployment July 2023 number of people",  # unemp-2 (id only): "Juli 2023 sebesar 6,26 persen,
     # atau sekitar 8,40 juta orang"
     {"unemp-2": 2, "unemp": 1}),
    ("crosslang", "unemployment survey results February 2025",  # unemp-6 (id only): "Hasil Survei Angkatan Kerja
     # Nasional (Sakernas) Februari 2025 menunjukkan TPT sebesar 4,82 persen"
     {"unemp-6": 2, "unemp": 1}),
    ("crosslang", "embassy shelter for Indonesians still in the Ukraine conflict zone October 2023",  # citizens-2
     # (id only): "Ukraina ... pada Oktober 2023. KBRI membuka hotline dan rumah singgah bagi WNI yang masih berada di
     # wilayah konflik"; citizens-7 (Ukraine, hotline and shelter) is June 2022
     {"citizens-2": 2, "citizens-7": 1, "citizens": 1}),
    ("crosslang", "latihan evakuasi tsunami sulawesi selatan bersama pelajar dan relawan",  # drill-5 (en only):
     # "BNPB and the South Sulawesi disaster agency held a tsunami evacuation drill with 500 residents, students and
     # volunteers"
     {"drill-5": 2, "drill": 1}),
    ("crosslang", "tiga terduga teroris JAD ditangkap di klaten",  # arrest-9 (en only): "arrested 3 terror suspects
     # in Klaten, Central Java ... Jamaah Ansharut Daulah"
     {"arrest-9": 2, "arrest": 1}),
    ("crosslang", "bantuan 74 ton ke rakhine disertai hibah 1 juta dolar",  # aid-5 (en only): "74 tonnes ...
     # Rakhine, Myanmar ... pledged USD 1.0 million"; aid-8 (Rakhine, 74 ton) names no grant
     {"aid-5": 2, "aid-8": 1, "aid": 1}),
    ("crosslang", "pertemuan pemimpin ASEAN di vientiane bahas pangan",  # asean-5 (en only): "ASEAN leaders met in
     # Vientiane in May 2024 to discuss food security"
     {"asean-5": 2, "asean": 1}),
    ("crosslang", "pengguna QRIS bisa bayar di jepang",  # qris-5 (en only): "cross-border QRIS payments with Japan"
     {"qris-5": 2, "qris": 1}),
    # -- morphology (affixed form in the query, not in the grade-2 releases) -------------------------------------------
    ("morphology", "penyaluran air bersih ke 52 desa di jawa tengah",  # drought-1: title "BPBD Solo Salurkan
     # 1.500.000 Liter Air Bersih", "52 desa di Jawa Tengah"; drought-4 (52 desa) is West Nusa Tenggara
     {"drought-1": 2, "drought-4": 1, "drought": 1}),
    ("morphology", "pembekuan rekening senilai Rp7,1 miliar",  # financing-1: "membekukan 37 rekening ... Rp7,1
     # miliar"; financing-2: title "Bekukan 95 Rekening", "senilai Rp7,1 miliar"
     {"financing-1": 2, "financing-2": 2, "financing": 1}),
    ("morphology", "terbakarnya 9.100 hektare lahan di kalimantan tengah",  # fire-1: "Kebakaran hutan dan lahan ...
     # meluas hingga 9.100 hektare"
     {"fire-1": 2, "fire": 1}),
    ("morphology", "penurunan BI-Rate ke 6 persen",  # birate-7: "BI-Rate turun menjadi 6,00 persen"; birate-11
     # holds at 6,00
     {"birate-7": 2, "birate-11": 1, "birate": 1}),
    ("morphology", "kenaikan suku bunga acuan juli 2021",  # birate-8: "24-25 Juli 2021 memutuskan BI-Rate naik"
     {"birate-8": 2, "birate": 1}),
    ("morphology", "pengungsian korban banjir makassar september 2022",  # flood-7: "27 September 2022 ... 1.240 jiwa
     # terpaksa mengungsi"; flood-13 (Makassar) is August 2021
     {"flood-7": 2, "flood-13": 1, "flood": 1}),
    ("morphology", "tertimbunnya 12 orang dalam longsor samarinda",  # landslide-7: "12 orang tertimbun material
     # tanah"
     {"landslide-7": 2, "landslide": 1}),
    ("morphology", "pendistribusian 250.000 liter air di bima",  # drought-4: "BPBD Bima mendistribusikan 250.000
     # liter air bersih"
     {"drought-4": 2, "drought": 1}),
    ("morphology", "penggunaan QRIS oleh 56 juta orang",  # qris-1: "Jumlah pengguna QRIS mencapai 56 juta orang"
     {"qris-1": 2, "qris": 1}),
    ("morphology", "perluasan QRIS lintas negara ke singapura",  # qris-3: title "BI Perluas Pembayaran Lintas Negara
     # ke Singapura"; qris-2: "lintas negara dengan Singapura kini dapat dilakukan melalui QRIS"
     {"qris-2": 2, "qris-3": 2, "qris": 1}),
    ("morphology", "penandatanganan nota kesepahaman ekonomi digital indonesia jepang",  # bilateral-7: title
     # "Jepang Tandatangani 6 Nota Kesepahaman di Bidang Ekonomi Digital"
     {"bilateral-7": 2, "bilateral": 1}),
    ("morphology", "kepulangan WNI dari ukraina",  # citizens-7: "32 WNI berhasil dipulangkan dari Ukraina";
     # citizens-2: "mengevakuasi 32 ... WNI dari Ukraina"
     {"citizens-7": 2, "citizens-2": 2, "citizens": 1}),
    ("morphology", "pemblokiran ribuan konten terorisme 2024",  # online-2: title "Ribuan Konten Bermuatan Terorisme
     # Diblokir", "sepanjang tahun 2024"
     {"online-2": 2, "online": 1}),
    ("morphology", "pengiriman bantuan 51 ton ke port vila",  # aid-1: "mengirimkan 51 ton bantuan kemanusiaan ...
     # Port Vila, Vanuatu"
     {"aid-1": 2, "aid": 1}),
    ("morphology", "ditangkapnya 4 terduga JAD di sentani",  # arrest-10: title "Densus 88 Tangkap 4 Terduga Teroris
     # di Sentani", "Jamaah Ansharut Daulah"
     {"arrest-10": 2, "arrest": 1}),
    # -- acronyms -------------------------------------------------------------------------------------------------
    ("acronym", "PVMBG naikkan merapi ke awas maret 2021",  # volcano-4: "Pusat Vulkanologi dan Mitigasi Bencana
     # Geologi menaikkan status Gunung Merapi ... Level IV (Awas) pada 18 Maret 2021"
     {"volcano-4": 2, "volcano-5": 1, "volcano-6": 1, "volcano": 1}),
    ("acronym", "lewotobi NTT level III siaga",  # volcano-3: "Lewotobi Laki-laki di Nusa Tenggara Timur menjadi
     # Level III (Siaga)"; volcano-7 (Lewotobi) is Level IV
     {"volcano-3": 2, "volcano-7": 1, "volcano": 1}),
    ("acronym", "gempa NTB juni 2024 kedalaman 35 km",  # quake-5: "Bima, West Nusa Tenggara, on June 25, 2024, at a
     # depth of 35 km"
     {"quake-5": 2, "quake": 1}),
    ("acronym", "densus 88 tangkap 4 terduga JAD di papua",  # arrest-3: "4 terduga teroris di Jayapura, Papua ...
     # Jamaah Ansharut Daulah"; arrest-10 (4, JAD, Sentani) does not name Papua
     {"arrest-3": 2, "arrest-10": 1, "arrest": 1}),
    ("acronym", "longsor sulteng desember 2023",  # landslide-4: "Palu, Sulawesi Tengah, pada 17 Desember 2023"
     {"landslide-4": 2, "landslide": 1}),
    ("acronym", "jaringan JI surabaya jatim",  # arrest-11: "Surabaya, East Java ... Jamaah Islamiyah network"
     {"arrest-11": 2, "arrest": 1}),
    ("acronym", "IHK februari 2023 harga bensin",  # inflation-2: "Indeks Harga Konsumen pada Februari 2023 ...
     # terutama bensin"; inflation-4 (February 2023) is red chili
     {"inflation-2": 2, "inflation-4": 1, "inflation": 1}),
    ("acronym", "sumbar gunung marapi juli 2022",  # volcano-9: "Mount Marapi in West Sumatra ... on July 26, 2022"
     {"volcano-9": 2, "volcano": 1}),
    ("acronym", "NTB 52 mitra deradikalisasi bima",  # derad-7: "52 mitra deradikalisasi di Nusa Tenggara Barat
     # ... di Bima"; derad-9 (Bima) has 40
     {"derad-7": 2, "derad-9": 1, "derad": 1}),
    ("acronym", "simulasi gempa bumi sumut 1.200 warga",  # drill-6: "1.200 warga Medan ... simulasi gempa bumi",
     # title "Sumatera Utara"
     {"drill-6": 2, "drill": 1}),
    ("acronym", "kalteng karhutla maret 2022 146 hotspot",  # fire-5: "Central Kalimantan ... 146 hotspots in March
     # 2022"
     {"fire-5": 2, "fire": 1}),
    ("acronym", "OJK pinjol ilegal april 2025",  # pinjol-2: "menghentikan 151 entitas pinjaman online ilegal ... pada
     # April 2025"
     {"pinjol-2": 2, "pinjol": 1}),
    ("acronym", "sumut gempa juni 2021 M5,2",  # quake-7: "M5,2 mengguncang wilayah Medan pada 20 Juni 2021",
     # title "Sumatera Utara"
     {"quake-7": 2, "quake": 1}),
    ("acronym", "hibah lewat badan PBB untuk vanuatu",  # aid-1: "hibah 1,5 juta dolar AS melalui badan PBB" (Vanuatu)
     {"aid-1": 2, "aid": 1}),
    ("acronym", "Kemenlu pulangkan WNI dari ukraina juni 2022",  # citizens-7: "32 WNI berhasil dipulangkan dari
     # Ukraina" / "in June 2022"
     {"citizens-7": 2, "citizens-2": 1, "citizens": 1}),
    # -- typos ------------------------------------------------------------------------------------------------------
    ("typo", "cadangan devsa akhir september 2024", {"reserves-3": 2, "reserves": 1}),
    ("typo", "lewotobi laki laki 1.530 wrga dievakuasi oktober 2021", {"volcano-7": 2, "volcano": 1}),
    ("typo", "kompnsasi penyintas bom kampung melayu",  # victims-1, victims-2: "bom Kampung Melayu 2017"
     {"victims-1": 2, "victims-2": 2, "victims": 1}),
    ("typo", "ASEAN foriegn ministers kuala lumpur south china sea may 2023", {"asean-1": 2, "asean": 1}),
    ("typo", "lending facilty 7.25 percent april 2022",  # birate-3: "April 2-3, 2022 ... Lending Facility at 7.25
     # percent"
     {"birate-3": 2, "birate": 1}),
    ("typo", "longsor pekanbaru janauri 2025 warga hilang",  # landslide-6: "Pekanbaru, Riau, pada 2 Januari 2025.
     # Sebanyak 8 warga dilaporkan hilang"; landslide-1 (Pekanbaru) is April 2025
     {"landslide-6": 2, "landslide-1": 1, "landslide": 1}),
    ("typo", "pengangguran april 2025 9,10 jta orang", {"unemp-4": 2, "unemp": 1}),  # unemp-4: "April 2025 ...
    # sekitar 9,10 juta orang"
    ("typo", "cadngan devisa 139,4 miliar oktober 2022",  # reserves-6: "139,4 miliar dolar AS pada akhir Oktober
     # 2022"; reserves-1 (139,4) is October 2021
     {"reserves-6": 2, "reserves-1": 1, "reserves": 1}),
    ("typo", "airfares second contributer inflation march 2024",  # inflation-5: "March 2024 ... Higher shallots
     # prices were the main contributor, followed by airfares"; inflation-3 (March, airfares) is 2022
     {"inflation-5": 2, "inflation-3": 1, "inflation": 1}),
    ("typo", "earthqauke bima magnitude 6.1", {"quake-5": 2, "quake": 1}),
    ("typo", "helikoptr water bombing sumatera selatan desember 2023", {"fire-3": 2, "fire": 1}),
    ("typo", "bengkle dan warung makan mantan napiter lampung",  # derad-2: "Lampung ... bantuan sarana usaha seperti
     # bengkel dan warung makan"
     {"derad-2": 2, "derad": 1}),
    ("typo", "konten radikl di platform berbagi video 2021",  # online-3: "in 2021 ... The content was found mainly
     # on video-sharing platforms and messaging apps"
     {"online-3": 2, "online": 1}),
    ("typo", "wisman asal malysia november 2021",  # tourists-3: "November 2021 ... Wisman asal Malaysia mendominasi"
     {"tourists-3": 2, "tourists": 1}),
    ("typo", "menlu brasil septembr 2024 tiga nota kesepahaman",  # bilateral-4: "Brasil menandatangani 3 nota
     # kesepahaman ... pada September 2024"
     {"bilateral-4": 2, "bilateral": 1}),
    # -- numbers: figures, months, years ----------------------------------------------------------------------------
    ("number", "5,9 bulan impor", {"reserves-3": 2, "reserves": 1}),  # reserves-3: "setara pembiayaan 5,9 bulan
    # impor"
    ("number", "587 hotspots", {"fire-1": 2, "fire-2": 2, "fire-3": 2, "fire": 1}),  # "mendeteksi 587 titik panas"
    ("number", "1200 mahasiswa ikut pencegahan radikalisme",  # campus-2, campus-6: "1200 mahasiswa"; campus-8:
     # "1200 mahasiswa"; campus-5: "1200 students"
     {"campus-2": 2, "campus-5": 2, "campus-6": 2, "campus-8": 2, "campus": 1}),
    ("number", "9.10 million unemployed", {"unemp-4": 2, "unemp": 1}),  # unemp-4: "sekitar 9,10 juta orang"
    ("number", "19 unlicensed investment offers", {"pinjol-7": 2, "pinjol": 1}),  # pinjol-7: "19 unlicensed
    # investment offers"
    ("number", "897 warga negara indonesia dievakuasi",  # citizens-1 (Sudan), citizens-4 (Myanmar): "mengevakuasi
     # 897 warga negara Indonesia"
     {"citizens-1": 2, "citizens-4": 2, "citizens": 1}),
    ("number", "Rp5,9 miliar untuk 71 penyintas", {"victims-3": 2, "victims": 1}),
    ("number", "11 suspected militants", {"arrest-5": 2, "arrest": 1}),  # arrest-5: "detained 11 people"
    ("number", "10,14 persen dari total penduduk", {"poverty-6": 2, "poverty": 1}),
    ("number", "earthquake at a depth of 12 km", {"quake-9": 2, "quake": 1}),  # quake-9: "at a depth of 12 km"
    ("number", "hibah 1,0 juta dolar untuk gaza",  # aid-6: "Gaza, Palestina ... hibah 1,0 juta dolar AS"; aid-3, aid-9
     # (Gaza) give 3,0 and 2.0
     {"aid-6": 2, "aid": 1}),
    ("number", "230 rescuers deployed after landslide", {"landslide-5": 2, "landslide": 1}),  # landslide-5 (Ambon):
    # "deployed 230 rescuers"
    ("number", "537 illegal lenders", {"pinjol-5": 2, "pinjol": 1}),  # pinjol-5: "shut down 537 illegal online
    # lending entities"
    ("number", "1.250 konten radikal", {"online-1": 2, "online": 1}),  # online-1: "menemukan 1.250 unggahan" /
    # "removed 1,250 pieces of radical and terrorist content"
    ("number", "137,2 miliar dolar AS", {"reserves-2": 2, "reserves": 1}),  # reserves-2: "cadangan devisa sebesar
    # 137,2 miliar dolar AS"
]


def main() -> None:
    write_queries(QUERIES, OUT, "b")


if __name__ == "__main__":
    main()
