"""The nineteenth held-out judgments (v19): new queries over ``heldout_corpus.jsonl``, written blind on 2026-12-05
(session 9, third set).

Why: the first held-out set (``heldout_queries.py``) was measured repeatedly while ranking changes were made, and
the second to eighteenth (``heldout2_queries.py`` ... ``heldout18_queries.py``) were each written for one
measurement, after which they no longer count as unseen. This set is a further measure of record: it must be
measured once, never tuned on.

How: written on 2026-12-05 (session 9, the third set of that session) by a helper session, under the same strict
blindness rules as the earlier sets: no search, ranking, benchmark or test of the search system was run,
Meilisearch was not started, and neither the ranking code (its glossary, abbreviation list, coverage, stemming or
spelling code), the benchmarks, the relevance test, the search unit tests, the README or docs sections about
relevance and search, nor any result or measurement was read, nor any commit message or diff about relevance or
search. The only files read were the corpus (``heldout_corpus.jsonl``, ``heldout_corpus.py``) and the earlier query
sets, the latter only for their conventions and to avoid repeating them. Every judgment comes from the corpus text
(title and body of the releases, checked by pattern search over the corpus file; the phrase behind a non-obvious
grade-2 claim is in a comment). No query equals or trivially rewords one in ``queries.jsonl``,
``tuning_queries.jsonl`` or ``heldout*_queries.jsonl`` (up to ``heldout18``; checked by a script listing, for every
query here, earlier queries with the same or nearly the same words, read by hand); the earlier sets cover the
corpus heavily, so where this set touches an event an earlier set asked about, it asks for another fact of it (a
figure, a month, a detail of the text) or in another form (acronym, abbreviation, typo, affix, other language).

Conventions are those of ``heldout2_queries.py``, ``heldout8_queries.py``, ``heldout9_queries.py``,
``heldout10_queries.py`` and ``heldout16_queries.py`` (their docstrings): grade 2 = the release answers the query
(every constraint), 1 = same subject but a constraint differs; both language versions of an event get the same
grade; keys are a topic, an event, ``re:REGEX`` or ``topic~REGEX``; a release takes its highest grade. A fact only
in the slots and stated by neither language version of the event does not earn grade 2, nor does a date that is
only in ``published_at``; judgments on a detail of the text are written as explicit event keys, so that both
language versions get the grade even when only one states it (e.g. ``reserves-1``: only the Indonesian release
names government foreign loan drawdowns).

Categories as in ``heldout10_queries.py``: ``indonesian``, ``english``, ``crosslang`` (grade-2 releases all in the
other language from the query: English queries for Indonesian-only releases and, for six of them, Indonesian
queries for English-only ones), ``morphology`` (the query's affixed form does not occur in its grade-2 releases, the
stem does in at least one of them; the releases' forms are in the comments), ``acronym`` (abbreviations the corpus
never writes: Sulteng, Sumut, Sumsel, Kaltim, Jateng, Jabar, Kalteng, UGM, Unhas, MIT, JAD, PVMBG; and
abbreviations the releases use, in analyst queries: DNDF, LPSK, KBRI, PDB), ``typo``, ``number``. Ids are ``f001``
...

    .venv/bin/python tests/data/relevance/heldout19_queries.py
"""

from __future__ import annotations

from pathlib import Path

from heldout2_queries import write_queries

OUT = Path(__file__).with_name("heldout19_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # -- Indonesian ---------------------------------------------------------------------------------------------
    ("indonesian", "buku panduan pembuatan bom ditemukan di rumah tersangka di jayapura",  # arrest-3: "bomb-making
     # manuals were found at one suspect's house" (Jayapura); arrest-4: "buku panduan pembuatan bom di rumah salah satu
     # tersangka" (Jayapura); arrest-2 (Jayapura) names no manuals
     {"arrest-3": 2, "arrest-4": 2, "arrest": 1}),
    ("indonesian", "kerja sama kontraterorisme dengan uni eropa di bandung",  # coop-6: "mitra dari Uni Eropa menggelar
     # pertemuan di Bandung"
     {"coop-6": 2, "coop": 1}),
    ("indonesian", "gempa magnitudo 5,2 di tangerang oktober 2024",  # quake-2: "bermagnitudo 5,2 di Tangerang, Banten,
     # pada 2 Oktober 2024"
     {"quake-2": 2, "quake": 1}),
    ("indonesian", "dapur umum dan posko kesehatan untuk korban banjir solo",  # flood-4: "Solo", "BPBD setempat
     # mendirikan dapur umum dan posko kesehatan"
     {"flood-4": 2, "flood": 1}),
    ("indonesian", "840 warga mengungsi dari lereng gunung ruang",  # volcano-8: "Gunung Ruang", "mengevakuasi 840
     # warga dari desa-desa di lereng gunung"; volcano-2 (Ruang) is 1.530
     {"volcano-8": 2, "volcano": 1}),
    ("indonesian", "pencarian korban longsor bima dihentikan karena hujan",  # landslide-2: "Longsor terjadi di Bima",
     # "Pencarian sempat dihentikan karena hujan"
     {"landslide-2": 2, "landslide": 1}),
    ("indonesian", "posisi cadangan devisa akhir maret 2025 setara 6,5 bulan impor",  # reserves-4: "akhir Maret
     # 2025", "setara pembiayaan 6,5 bulan impor"; reserves-2 (March 2025) does not say so
     {"reserves-4": 2, "reserves": 1}),
    ("indonesian", "korban pinjol diintimidasi saat penagihan dan data pribadinya disebar",  # "penagihan dengan
     # intimidasi dan penyebaran data pribadi": pinjol-1, -2, -3, -4, -7
     {"pinjol-1": 2, "pinjol-2": 2, "pinjol-3": 2, "pinjol-4": 2, "pinjol-7": 2, "pinjol": 1}),
    ("indonesian", "pengguna QRIS tembus 50 juta",  # qris-3: "Pengguna QRIS Tembus 50 Juta"
     {"qris-3": 2, "qris": 1}),
    ("indonesian", "mahasiswa diajak jadi duta damai sebarkan konten moderat",  # "Mahasiswa diajak menjadi Duta Damai
     # yang menyebarkan konten moderat": campus-1, campus-7
     {"campus-1": 2, "campus-7": 2, "campus": 1}),
    ("indonesian", "status siaga darurat karhutla kalimantan tengah februari 2022",  # fire-1: "Kalimantan Tengah
     # Tetapkan Status Siaga Darurat Karhutla", "Februari 2022"
     {"fire-1": 2, "fire": 1}),
    ("indonesian", "peserta simulasi banjir harus sampai titik kumpul kurang dari 15 menit",  # drill-3: "rambu jalur
     # evakuasi menuju titik kumpul dalam waktu kurang dari 15 menit" (flood, Serang); drill-6 is an earthquake drill
     {"drill-3": 2, "drill": 1}),
    ("indonesian", "kemiskinan di perdesaan lebih tinggi dari perkotaan desember 2023",  # poverty-1, poverty-2:
     # "Desember 2023", "Kemiskinan di perdesaan masih lebih tinggi dibanding perkotaan"
     {"poverty-1": 2, "poverty-2": 2, "poverty": 1}),
    ("indonesian", "batu bara jadi ekspor nonmigas terbesar februari 2023",  # trade-6: "Februari 2023", "Ekspor nonmigas
     # terbesar berasal dari komoditas batu bara"; trade-4 (coal) is December 2024
     {"trade-6": 2, "trade": 1}),
    ("indonesian", "wisman november 2024 paling banyak masuk lewat bandara ngurah rai",  # tourists-4: "November 2024,
     # terbanyak melalui Bandara Ngurah Rai Bali"
     {"tourists-4": 2, "tourists": 1}),
    # -- English --------------------------------------------------------------------------------------------------
    ("english", "Agam disaster agency evacuates villagers on Marapi slopes",  # volcano-9: "the Agam disaster agency
     # evacuated 840 residents from villages on the slopes"
     {"volcano-9": 2, "volcano": 1}),
    ("english", "M5.9 quake in Serang at a depth of 10 km",  # quake-1: "magnitude 5.9 earthquake in Serang, Banten",
     # "depth of 10 km"
     {"quake-1": 2, "quake": 1}),
    ("english", "Klaten disaster agency Merapi evacuation November 2022",  # volcano-5: "November 6, 2022", "the Klaten
     # disaster agency evacuated 4,210 residents"; volcano-4 (Klaten) is March 2021
     {"volcano-5": 2, "volcano": 1}),
    ("english", "flood drill in Serang tested the early warning system",  # drill-3: "flood evacuation drill ... in
     # Serang", "tested the early warning system"
     {"drill-3": 2, "drill": 1}),
    ("english", "poverty line rises with rice prices",  # "The poverty line rose with the prices of rice" (poverty-1,
     # -3, -5), "Garis kemiskinan naik seiring kenaikan harga beras" (poverty-4, -6)
     {"poverty-1": 2, "poverty-3": 2, "poverty-4": 2, "poverty-5": 2, "poverty-6": 2, "poverty": 1}),
    ("english", "palm oil and rubber lift farmers index in March 2025",  # ntp-3: "March 2025", "driven by palm oil and
     # rubber prices"
     {"ntp-3": 2, "ntp": 1}),
    ("english", "Bank Indonesia keeps BI-Rate unchanged December 2021",  # birate-9: "decided to hold the BI-Rate at
     # 4.75 percent", "December 16-17, 2021"
     {"birate-9": 2, "birate": 1}),
    ("english", "rupiah depreciation August 2021 Bank Indonesia intervention",  # rupiah-5: "depreciated 2.1 percent to
     # Rp16,480 per US dollar in August 2021", "Bank Indonesia intervened"
     {"rupiah-5": 2, "rupiah": 1}),
    ("english", "propaganda videos and bomb-making guides taken down in 2022",  # online-1: "in 2022. Most were
     # propaganda videos ... bomb-making guides"; online-4: "sepanjang tahun 2022", "video propaganda ... panduan merakit
     # bom"; online-5 (2022) names video-sharing platforms only
     {"online-1": 2, "online-4": 2, "online": 1}),
    ("english", "Malaysia counterterrorism workshop tighter border security",  # coop-1, coop-3, coop-5 (Malaysia):
     # "agreed to build law enforcement capacity and tighten border security"; coop-4, coop-6 (same text) are the
     # Philippines and the EU
     {"coop-1": 2, "coop-3": 2, "coop-5": 2, "coop": 1}),
    ("english", "embassy shelter for Indonesians in Sudan September 2021",  # citizens-1: "Sudan ... in September 2021",
     # "the embassy opened a hotline and a shelter"; citizens-8 (Sudan) is August 2023
     {"citizens-1": 2, "citizens": 1}),
    ("english", "German foreign minister visit June 2024 food security",  # bilateral-3: "Germany in Jakarta on June 8,
     # 2024", "cooperation in food security"; bilateral-5 (Germany, food security) is August 2022
     {"bilateral-3": 2, "bilateral": 1}),
    ("english", "Australian visitors arriving through Ngurah Rai October 2024",  # tourists-1: "October 2024", "Visitors
     # from Australia were the largest group; most arrived through Bali's Ngurah Rai airport"
     {"tourists-1": 2, "tourists": 1}),
    ("english", "economy grew 5.11 percent second quarter 2024",  # growth-7; growth-4 (Q2 2024) is 5,17 persen
     {"growth-7": 2, "growth": 1}),
    ("english", "landslide search in Ambon paused because of rain",  # landslide-5: "Ambon", "The search was paused
     # because of rain"
     {"landslide-5": 2, "landslide": 1}),
    # -- cross-lingual: English queries for Indonesian-only releases, Indonesian for English-only ones -------------
    ("crosslang", "foreign minister stresses solidarity with the people of Myanmar",  # aid-8: "Menlu menegaskan
     # solidaritas Indonesia terhadap rakyat Myanmar"
     {"aid-8": 2, "aid": 1}),
    ("crosslang", "ASEAN ministers push Five-Point Consensus on Myanmar in Kuala Lumpur",  # asean-2: "Kuala Lumpur",
     # "menyoroti Myanmar. Indonesia mendorong implementasi Konsensus Lima Poin"; asean-3 (same push) is on food security
     {"asean-2": 2, "asean": 1}),
    ("crosslang", "Indonesia Brazil foreign ministers meeting in Jakarta May 2021",  # bilateral-2: "Menteri Luar
     # Negeri Brasil di Jakarta pada 3 Mei 2021"
     {"bilateral-2": 2, "bilateral": 1}),
    ("crosslang", "Bank Indonesia hikes rate November 2022 to support rupiah",  # birate-2: "24-25 November 2022
     # memutuskan BI-Rate naik", "memperkuat stabilisasi rupiah"
     {"birate-2": 2, "birate": 1}),
    ("crosslang", "BI March 2022 decision amid global financial market uncertainty",  # birate-10: "RDG Maret 2022",
     # "stabilisasi rupiah di tengah ketidakpastian pasar keuangan global"
     {"birate-10": 2, "birate": 1}),
    ("crosslang", "seven terror suspects caught in Jayapura July 2023",  # arrest-2: "7 Terduga Teroris Ditangkap di
     # Jayapura"; its text gives no month, so only the title and number count; arrest-3, arrest-4 (Jayapura) are 4
     {"arrest-2": 2, "arrest": 1}),
    ("crosslang", "counterterrorism workshop with Japan on foreign terrorist fighters",  # coop-2: "Lokakarya
     # kontraterorisme bersama Jepang di Jakarta membahas ancaman pejuang teroris asing"
     {"coop-2": 2, "coop": 1}),
    ("crosslang", "civic insight and psychological counselling for 80 ex-convicts in South Sulawesi",  # derad-4: "80
     # mantan narapidana terorisme di Sulawesi Selatan", "Pembinaan mencakup wawasan kebangsaan, konseling psikologis"
     {"derad-4": 2, "derad": 1}),
    ("crosslang", "Cianjur flood deaths",  # flood-12: "Cianjur", "Tercatat 2 orang meninggal dunia"
     {"flood-12": 2, "flood": 1}),
    ("crosslang", "Poso drought residents told to save water until rain at year end",  # drought-2: "BPBD Poso",
     # "BMKG memperkirakan hujan baru turun pada akhir tahun sehingga warga diminta menghemat air"
     {"drought-2": 2, "drought": 1}),
    ("crosslang", "boreholes and rainwater tanks for drought in West Nusa Tenggara",  # drought-4: "Nusa Tenggara
     # Barat", "menyiapkan sumur bor dan penampungan air hujan"; drought-3 (NTB) does not
     {"drought-4": 2, "drought": 1}),
    ("crosslang", "terror money collected through unregistered charities",  # financing-2: "lewat donasi daring dan
     # lembaga amal yang tidak terdaftar"; the others say "yayasan fiktif"
     {"financing-2": 2, "financing": 1}),
    ("crosslang", "haze disrupts flights in Central Kalimantan August 2023",  # fire-2: "Kalimantan Tengah", "Agustus
     # 2023", "Kabut asap mulai mengganggu penerbangan"; fire-1, fire-5 (Central Kalimantan) are 2022
     {"fire-2": 2, "fire": 1}),
    ("crosslang", "Ambon flood January 2024 how many evacuated",  # flood-8: "Ambon ... 17 Januari 2024", "3.715 warga
     # mengungsi"; flood-6 (Ambon) is July 2023
     {"flood-8": 2, "flood": 1}),
    ("crosslang", "food, beverages and tobacco biggest contributor to September 2022 inflation",  # inflation-6:
     # "September 2022", "Kelompok makanan, minuman, dan tembakau memberi andil terbesar"
     {"inflation-6": 2, "inflation": 1}),
    ("crosslang", "shallot prices and August 2021 inflation",  # inflation-8: "Agustus 2021", "terutama bawang merah";
     # inflation-11 (shallots) is August 2024
     {"inflation-8": 2, "inflation": 1}),
    ("crosslang", "89 Indonesians freed from Cambodian online scam syndicate",  # scam-2: "89 WNI korban sindikat online
     # scam di Kamboja berhasil diselamatkan"; scam-1 (89) is the Philippines, scam-4 (Cambodia) is 220
     {"scam-2": 2, "scam": 1}),
    ("crosslang", "how many foreign tourists came in March 2023",  # tourists-2: "pada Maret 2023 mencapai 853.000
     # kunjungan"
     {"tourists-2": 2, "tourists": 1}),
    ("crosslang", "bantuan 74 ton ke rakhine januari 2023",  # aid-5 (English only): "74 tonnes", "Rakhine, Myanmar, in
     # January 2023"
     {"aid-5": 2, "aid": 1}),
    ("crosslang", "inflasi april 2024 cabai merah dan tarif pesawat",  # inflation-9 (English only): "April 2024",
     # "Higher red chili prices were the main contributor, followed by airfares"; inflation-7 (April) is 2021
     {"inflation-9": 2, "inflation": 1}),
    ("crosslang", "pembayaran QR lintas negara dengan jepang diluncurkan",  # qris-5 (English only): "Cross-Border QR
     # Payments between Indonesia and Japan Launched"
     {"qris-5": 2, "qris": 1}),
    ("crosslang", "perahu karet dan tenda untuk korban banjir malang",  # flood-5 (English only): "Malang", "delivered
     # food, rubber boats and tents"
     {"flood-5": 2, "flood": 1}),
    ("crosslang", "1200 mahasiswa makassar sosialisasi pencegahan radikalisme",  # campus-5 (English only): "1200
     # students attended a BNPT session in Makassar on preventing radicalism"
     {"campus-5": 2, "campus": 1}),
    ("crosslang", "BI tahan suku bunga april 2022",  # birate-5 (English only): "Holds Policy Rate at 4.75% in April
     # 2022"; birate-3 (April 2022) is a rise
     {"birate-5": 2, "birate": 1}),
    # -- morphology: other affixes than the grade-2 releases use (the releases' forms in the comments) -------------
    ("morphology", "penyelamatan WNI korban online scam di kamboja",  # diselamatkan (scam-2, scam-4: Kamboja)
     {"scam-2": 2, "scam-4": 2, "scam": 1}),
    ("morphology", "pendistribusian air bersih di jawa tengah",  # mendistribusikan, Distributes (drought-1)
     {"drought-1": 2, "drought": 1}),
    ("morphology", "penetapan radius bahaya 3 km gunung lewotobi",  # menetapkan radius bahaya 3 kilometer, set a 3 km
     # exclusion zone (volcano-7); volcano-3 (Lewotobi) is 6 km
     {"volcano-7": 2, "volcano": 1}),
    ("morphology", "penyerahan kompensasi kepada korban terorisme",  # menyerahkan (victims-2); every event is a
     # compensation payment to survivors
     {"victims": 2}),
    ("morphology", "penguatan kerja sama ekonomi digital indonesia jepang",  # memperkuat (bilateral-7); bilateral-9
     # (digital economy) is Vietnam
     {"bilateral-7": 2, "bilateral": 1}),
    ("morphology", "pengurangan ketergantungan pada dolar AS lewat QRIS",  # mengurangi ketergantungan (qris-1, -3,
     # -4), reducing dependence (qris-1, -3, -5 English); qris-2 does not say so
     {"qris-1": 2, "qris-3": 2, "qris-4": 2, "qris-5": 2, "qris": 1}),
    ("morphology", "kenaikan BI-Rate tahun 2022",  # naik (birate-2 November 2022, birate-3 April 2022, birate-4
     # Februari 2022), Raised, raise (birate-3 English)
     {"birate-2": 2, "birate-3": 2, "birate-4": 2, "birate": 1}),
    ("morphology", "pemeriksaan tersangka teroris jaringan jamaah islamiyah",  # diperiksa (arrest-8, arrest-11: "para
     # tersangka sedang diperiksa"); arrest-6, arrest-7 (JI) do not say so
     {"arrest-8": 2, "arrest-11": 2, "arrest": 1}),
    ("morphology", "pemantauan harga pangan oleh BPS dan pemerintah daerah",  # memantau harga pangan (the Indonesian
     # inflation releases; inflation-5 and inflation-9 are English only and do not say so)
     {"inflation-1": 2, "inflation-2": 2, "inflation-3": 2, "inflation-4": 2, "inflation-6": 2, "inflation-7": 2,
      "inflation-8": 2, "inflation-10": 2, "inflation-11": 2, "inflation-12": 2, "inflation-13": 2, "inflation": 1}),
    ("morphology", "recruiting students through closed study circles",  # recruit (campus-1, -3, -5, -7 English),
     # merekrut ... kajian tertutup (campus-2, -3, -4, -6, -8)
     {"campus": 2}),
    ("morphology", "raising the alert status of Lewotobi Laki-laki",  # raised (volcano-3, volcano-7 English)
     {"volcano-3": 2, "volcano-7": 2, "volcano": 1}),
    ("morphology", "seizing explosives in a Medan raid",  # seized explosives (arrest-5: Medan)
     {"arrest-5": 2, "arrest": 1}),
    ("morphology", "evacuating Indonesian citizens from Myanmar",  # evacuated (citizens-3), mengevakuasi (citizens-4)
     {"citizens-3": 2, "citizens-4": 2, "citizens": 1}),
    ("morphology", "shutting down illegal lenders in January 2021",  # Shuts Down, shut down (pinjol-5: January 2021)
     {"pinjol-5": 2, "pinjol": 1}),
    ("morphology", "recovering bodies after the Pekanbaru landslide",  # Recovered (landslide-1 English: "6 Bodies
     # Recovered"); landslide-6 (Pekanbaru) has "2 korban ditemukan", no bodies recovered
     {"landslide-1": 2, "landslide": 1}),
    # -- acronyms and abbreviations ---------------------------------------------------------------------------------
    ("acronym", "deradikalisasi 24 mitra sulteng",  # Sulawesi Tengah: derad-3 (Palu, 24); derad-6 (Sulteng) is 18
     {"derad-3": 2, "derad": 1}),
    ("acronym", "UGM dialog kebangsaan ambon",  # Universitas Gadjah Mada: campus-4 (Ambon); campus-8 (Ambon) is
     # Universitas Hasanuddin
     {"campus-4": 2, "campus": 1}),
    ("acronym", "Unhas bima duta damai",  # Universitas Hasanuddin: campus-7 (Bima; "Mahasiswa diajak menjadi Duta
     # Damai")
     {"campus-7": 2, "campus": 1}),
    ("acronym", "simulasi gempa bumi sumut",  # Sumatera Utara: drill-6 ("Latihan Kesiapsiagaan Bencana Gempa Bumi di
     # Sumatera Utara"); drill-1 (North Sumatra) is a flood drill
     {"drill-6": 2, "drill": 1}),
    ("acronym", "PVMBG merapi level IV maret 2021",  # Pusat Vulkanologi dan Mitigasi Bencana Geologi: volcano-4
     {"volcano-4": 2, "volcano": 1}),
    ("acronym", "JAD jayapura bahan peledak rakitan",  # Jamaah Ansharut Daulah: arrest-3 (Jayapura; "Homemade
     # explosives"); arrest-10 (JAD) is Sentani
     {"arrest-3": 2, "arrest": 1}),
    ("acronym", "MIT medan 11 orang",  # Mujahidin Indonesia Timur: arrest-5
     {"arrest-5": 2, "arrest": 1}),
    ("acronym", "gunung merapi jateng level III",  # Jawa Tengah: volcano-5 (Central Java, Level III); volcano-4 is
     # Level IV
     {"volcano-5": 2, "volcano": 1}),
    ("acronym", "penangkapan teroris kaltim",  # Kalimantan Timur: arrest-7 (Balikpapan)
     {"arrest-7": 2, "arrest": 1}),
    ("acronym", "sumsel 9 helikopter bom air",  # Sumatera Selatan: fire-3 ("Kerahkan 9 Helikopter"); fire-7 (Sumsel)
     # has 12, fire-4 (9) is Kalimantan Barat
     {"fire-3": 2, "fire": 1}),
    ("acronym", "banjir jabar 4 orang meninggal",  # Jawa Barat: flood-11 (Bandung, "Tercatat 4 orang meninggal
     # dunia"); flood-12 (Jabar) has 2
     {"flood-11": 2, "flood": 1}),
    ("acronym", "kalteng 587 titik panas",  # Kalimantan Tengah: fire-1 (February 2022), fire-2 (August 2023)
     {"fire-1": 2, "fire-2": 2, "fire": 1}),
    ("acronym", "intervensi DNDF rupiah",  # "spot, DNDF": rupiah-1, rupiah-3, rupiah-5
     {"rupiah-1": 2, "rupiah-3": 2, "rupiah-5": 2, "rupiah": 1}),
    ("acronym", "LPSK kompensasi Rp8,2 miliar",  # victims-5: "LPSK, paid compensation of Rp8.2 billion"
     {"victims-5": 2, "victims": 1}),
    ("acronym", "KBRI rumah singgah WNI sudan 2023",  # citizens-8: "Sudan ... Agustus 2023", "KBRI membuka hotline
     # dan rumah singgah"; citizens-1 (Sudan, shelter) is 2021
     {"citizens-8": 2, "citizens": 1}),
    ("acronym", "PDB triwulan II 2023",  # Produk Domestik Bruto: growth-3
     {"growth-3": 2, "growth": 1}),
    # -- typos ------------------------------------------------------------------------------------------------------
    ("typo", "gempa tanggerang", {"quake-2": 2, "quake": 1}),  # Tangerang
    ("typo", "longsr palu", {"landslide-4": 2, "landslide": 1}),
    ("typo", "sindikat onlien scam laos", {"scam-6": 2, "scam": 1}),
    ("typo", "cadangn devisa oktober 2022", {"reserves-6": 2, "reserves": 1}),
    ("typo", "nilai tukar petani maert 2025", {"ntp-3": 2, "ntp": 1}),
    ("typo", "pertumbuhan ekonmi triwulan I 2021", {"growth-2": 2, "growth": 1}),
    ("typo", "Merapi erupton February 2022", {"volcano-6": 2, "volcano": 1}),
    ("typo", "terror suspcts balikpapan", {"arrest-7": 2, "arrest": 1}),
    ("typo", "compensaton for bali bombing survivors", {"victims-3": 2, "victims": 1}),
    ("typo", "foreign touirst arrivals from china", {"tourists-5": 2, "tourists": 1}),  # "Visitors from China"
    ("typo", "banjir makasar", {"flood-7": 2, "flood-13": 2, "flood": 1}),
    ("typo", "kekringan jawa tengah", {"drought-1": 2, "drought": 1}),
    ("typo", "evakuasi WNI dari myanamr februari 2021", {"citizens-3": 2, "citizens": 1}),
    ("typo", "neraca perdagangan desmber 2024", {"trade-4": 2, "trade": 1}),
    ("typo", "inflasi novmber 2021 bensin", {"inflation-13": 2, "inflation": 1}),
    # -- numbers: figures, months, years ----------------------------------------------------------------------------
    ("number", "Rp16.480 per dolar AS", {"rupiah-5": 2, "rupiah": 1}),
    ("number", "154 WNI dievakuasi", {"citizens-3": 2, "citizens": 1}),
    ("number", "USD 139.4 billion reserves October 2022", {"reserves-6": 2, "reserves": 1}),  # reserves-1 (139.4) is
    # October 2021
    ("number", "8,40 juta penganggur",  # unemp-2: "sekitar 8,40 juta orang"; unemp-5: "about 8.40 million people"
     {"unemp-2": 2, "unemp-5": 2, "unemp": 1}),
    ("number", "inflasi bulanan 0,37 persen maret 2022", {"inflation-3": 2, "inflation": 1}),
    ("number", "NTP 114,10 oktober 2021", {"ntp-1": 2, "ntp": 1}),  # ntp-3 (114,10) is March 2025
    ("number", "surplus USD 3.12 billion April 2022", {"trade-7": 2, "trade": 1}),  # trade-3 (3.12) is June 2024
    ("number", "4.210 warga mengungsi dari merapi", {"volcano-5": 2, "volcano-6": 2, "volcano": 1}),
    ("number", "97 aftershocks", {"quake-4": 2, "quake-9": 2, "quake": 1}),  # quake-4: "97 kali gempa susulan"
    ("number", "1,250 radical posts removed", {"online-1": 2, "online": 1}),
    ("number", "1,410,000 foreign tourist arrivals", {"tourists-1": 2, "tourists": 1}),
    ("number", "RDG 2-3 April 2022", {"birate-3": 2, "birate": 1}),  # "April 2-3, 2022" (birate-3 English); birate-5
    # (April 8-9, 2022) holds
    ("number", "151 pinjol dan 40 investasi bodong april 2025", {"pinjol-2": 2, "pinjol": 1}),  # pinjol-1, pinjol-4
    # (151, 40) are October 2021 and July 2022
    ("number", "230 rescuers landslide", {"landslide-5": 2, "landslide": 1}),
    ("number", "rekening teror Rp4,5 miliar", {"financing-3": 2, "financing": 1}),
]


def main() -> None:
    write_queries(QUERIES, OUT, "f")


if __name__ == "__main__":
    main()
