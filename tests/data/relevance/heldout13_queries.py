"""The thirteenth held-out judgments (v13): new queries over ``heldout_corpus.jsonl``, written blind on 2026-12-05
(session 8, third set).

Why: the first held-out set (``heldout_queries.py``) was measured repeatedly while ranking changes were made, and
the second to twelfth (``heldout2_queries.py`` ... ``heldout12_queries.py``) were each written for one measurement,
after which they no longer count as unseen. This set is a further measure of record: it must be measured once,
never tuned on.

How: written on 2026-12-05 (session 8, the third set of that session) by a helper session, under strict blindness
rules: no search, ranking, benchmark or test of the search system was run, Meilisearch was not started, and neither
the ranking code (its glossary, abbreviation, stemming, spelling or vocabulary lists), the benchmarks, the relevance
test, the search unit tests, the README or docs sections about relevance and search, nor any result or measurement
was read, nor any commit message or diff about relevance or search. The only files read were the corpus
(``heldout_corpus.jsonl``, ``heldout_corpus.py``) and the earlier query sets, the latter only for their conventions
and to avoid repeating them. Every judgment comes from the corpus text (title and body of the releases, checked by
pattern search over the corpus file; the phrase behind a non-obvious grade-2 claim is in a comment). No query equals
or trivially rewords one in ``queries.jsonl``, ``tuning_queries.jsonl`` or ``heldout*_queries.jsonl`` (``heldout10``
to ``heldout12`` included; checked by a script listing, for every query here, the earlier queries sharing a grade-2
release, read by hand); where this set touches an event an earlier set asked about, it asks for another fact of it (a
figure, a month, a detail of the text) or in another form (acronym, abbreviation, typo, affix, other language).

Conventions are those of ``heldout2_queries.py``, ``heldout8_queries.py`` and ``heldout10_queries.py`` (their
docstrings): grade 2 = the release answers the query (every constraint), 1 = same subject but a constraint differs;
both language versions of an event get the same grade; keys are a topic, an event, ``re:REGEX`` or
``topic~REGEX``; a release takes its highest grade. A fact only in the slots and stated by neither language version
of the event does not earn grade 2, nor does a date that is only in ``published_at``; judgments on a detail of the
text are written as explicit event keys, so that both language versions get the grade even when only one states it
(e.g. ``online-3``: only the English release says the content was found mainly on video-sharing platforms and
messaging apps; ``rupiah-3``: only the English release names purchases in the secondary government bond market).

Categories as in ``heldout10_queries.py``: ``indonesian``, ``english``, ``crosslang`` (grade-2 releases all in the
other language from the query: English queries for Indonesian-only releases and, for five of them, Indonesian
queries for English-only ones), ``morphology`` (the query's affixed form does not occur in its grade-2 releases, the
stem does in at least one of them; the releases' forms are in the comments), ``acronym`` (abbreviations the corpus
never writes: JI, Kaltim, NTB, Sumut, Flotim, IHK, PVMBG; and acronyms the releases use, in analyst queries: TPT,
KBRI, LPSK, OJK, BMKG, RDG, BPBD, Sitaro, SBN, Basarnas, Kemlu, TPPO), ``typo``, ``number``. Ids are ``z001`` ...

    .venv/bin/python tests/data/relevance/heldout13_queries.py
"""

from __future__ import annotations

from pathlib import Path

from heldout2_queries import write_queries

OUT = Path(__file__).with_name("heldout13_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # -- Indonesian ---------------------------------------------------------------------------------------------
    ("indonesian", "indonesia kirim 51 ton bantuan ke vanuatu juli 2024",  # aid-1: "51 ton ... Port Vila, Vanuatu,
     # pada Juli 2024"; aid-4 (51 ton) went to Afghanistan
     {"aid-1": 2, "aid": 1}),
    ("indonesian", "buku panduan pembuatan bom jaringan jamaah ansharut daulah",  # arrest-3: "Homemade explosives and
     # bomb-making manuals" (JAD, Jayapura); arrest-9: same (JAD, Klaten); arrest-10 (JAD) seized weapons, no manuals;
     # arrest-4/8/11 have manuals but MIT/JI
     {"arrest-3": 2, "arrest-9": 2, "arrest": 1}),
    ("indonesian", "titik panas kalimantan barat mei 2025", {"fire-4": 2, "fire": 1}),  # fire-4: "312 titik panas
    # terpantau di Kalimantan Barat pada Mei 2025"
    ("indonesian", "perahu karet dan tenda pengungsian untuk korban banjir sentani",  # flood-2: "menyalurkan bantuan
     # logistik, perahu karet, dan tenda pengungsian" (Sentani)
     {"flood-2": 2, "flood": 1}),
    ("indonesian", "gempa bogor juni 2024 magnitudo 5,9",  # quake-8: "M5,9 mengguncang wilayah Bogor pada 21 Juni 2024"
     {"quake-8": 2, "quake": 1}),
    ("indonesian", "indonesia vietnam tandatangani nota kesepahaman september 2024",  # bilateral-6: "Indonesia dan
     # Vietnam menandatangani 2 nota kesepahaman ... pada September 2024"; bilateral-1 (Vietnam MoUs) is December 2023
     {"bilateral-6": 2, "bilateral": 1}),
    ("indonesian", "menlu ASEAN sorot myanmar oktober 2024",  # asean-2: "Kuala Lumpur pada Oktober 2024 menyoroti
     # Myanmar"
     {"asean-2": 2, "asean": 1}),
    ("indonesian", "kenaikan harga bensin penyumbang inflasi februari 2025",  # inflation-10: "kenaikan harga bensin"
     # (Februari 2025); inflation-2 (bensin) is Februari 2023
     {"inflation-10": 2, "inflation": 1}),
    ("indonesian", "korban sindikat online scam di laos", {"scam-6": 2, "scam": 1}),
    ("indonesian", "cadangan devisa maret 2025 dipengaruhi penerimaan pajak dan jasa",  # reserves-2: "137,2 miliar
     # dolar AS pada akhir Maret 2025. Perkembangan ini dipengaruhi penerimaan pajak dan jasa"; reserves-4 (Maret
     # 2025) names no cause
     {"reserves-2": 2, "reserves": 1}),
    ("indonesian", "korban meninggal banjir makassar agustus 2021",  # flood-13: "20 Agustus 2021 ... Tercatat 7 orang
     # meninggal dunia" (Makassar)
     {"flood-13": 2, "flood": 1}),
    ("indonesian", "masyarakat diminta laporkan konten radikal lewat kanal aduan 2024",  # online-2: "sepanjang tahun
     # 2024", "Masyarakat diminta melaporkan konten radikal melalui kanal aduan"
     {"online-2": 2, "online": 1}),
    ("indonesian", "nilai ekspor april 2022", {"trade-7": 2, "trade": 1}),  # trade-7: "April 2022 ... Nilai ekspor
    # mencapai 19,6 miliar dolar AS"
    ("indonesian", "penanganan keluarga pejuang teroris asing yang kembali dari suriah",  # coop-1, coop-2, coop-3:
     # "membahas penanganan keluarga pejuang teroris asing yang kembali dari Suriah"; coop-5 does not
     {"coop-1": 2, "coop-2": 2, "coop-3": 2, "coop": 1}),
    ("indonesian", "bantuan bengkel dan warung makan untuk mantan napiter di jawa timur",  # derad-8: "di Jawa Timur
     # ... di Malang", "bengkel dan warung makan"
     {"derad-8": 2, "derad": 1}),
    ("indonesian", "status siaga darurat karhutla sumatera selatan november 2022",  # fire-7: "Sumatera Selatan
     # Tetapkan Status Siaga Darurat Karhutla", "November 2022"; fire-3 (same title, South Sumatra) is December 2023
     {"fire-7": 2, "fire": 1}),
    # -- English --------------------------------------------------------------------------------------------------
    ("english", "Mount Marapi West Sumatra Agam evacuation", {"volcano-9": 2, "volcano": 1}),
    ("english", "USD 3 million grant for Palestine through UN agencies",  # aid-3: "pledged USD 3.0 million through
     # United Nations agencies" (Gaza, Palestine)
     {"aid-3": 2, "aid": 1}),
    ("english", "Singapore QR payments at 35 million merchants", {"qris-3": 2, "qris": 1}),  # qris-3: "Singapore ...
    # at 35 million merchants"
    ("english", "ASEAN leaders in Vientiane push Five-Point Consensus May 2024", {"asean-5": 2, "asean": 1}),
    ("english", "Indonesia Germany foreign ministers food security August 2022",  # bilateral-5: "Germany in Jakarta on
     # August 17, 2022 ... food security"; bilateral-3 (Germany, food security) is June 2024, bilateral-8 health
     {"bilateral-5": 2, "bilateral": 1}),
    ("english", "Ambon landslide March 2022 victims found",  # landslide-5: "Ambon, Maluku, on March 27, 2022 ... 2
     # victims have been found"
     {"landslide-5": 2, "landslide": 1}),
    ("english", "magnitude 6.1 earthquake Bima June 2024 aftershocks", {"quake-5": 2, "quake": 1}),
    ("english", "Riau villages short of water November 2024", {"drought-5": 2, "drought": 1}),
    ("english", "farmers terms of trade October 2024",  # ntp-5 (104.30, October 2024); ntp-1 is October 2021
     {"ntp-5": 2, "ntp": 1}),
    ("english", "illegal online lenders shut down January 2021", {"pinjol-5": 2, "pinjol": 1}),
    ("english", "number of poor people in Indonesia October 2024",  # poverty-3: "26.36 million people, in October
     # 2024"; poverty-5: "24.06 million people, in October 2024"
     {"poverty-3": 2, "poverty-5": 2, "poverty": 1}),
    ("english", "radical content on video-sharing platforms and messaging apps removed in 2021",  # online-3 (2021):
     # "found mainly on video-sharing platforms and messaging apps"; online-5 says the same for 2022
     {"online-3": 2, "online": 1}),
    ("english", "exports USD 21.5 billion nickel June 2024", {"trade-3": 2, "trade": 1}),  # trade-3: "June 2024, with
    # exports of USD 21.5 billion", "Nickel led"
    ("english", "household consumption and investment drove growth in Q4 2022",  # growth-1: "fourth quarter of 2022.
     # Household consumption and investment were the main drivers"
     {"growth-1": 2, "growth": 1}),
    ("english", "rupiah at Rp16,480 per dollar August 2021", {"rupiah-5": 2, "rupiah": 1}),
    ("english", "tsunami evacuation drill Makassar", {"drill-5": 2, "drill": 1}),
    # -- cross-lingual ------------------------------------------------------------------------------------------
    ("crosslang", "Indonesians brought home from Lebanon overland and by air",  # citizens-6 (id only): "385 WNI
     # berhasil dipulangkan dari Lebanon melalui jalur darat dan udara"
     {"citizens-6": 2, "citizens": 1}),
    ("crosslang", "Sentani flood January 2023 4,100 houses submerged",  # flood-2 (id only): "sejak 1 Januari 2023 ...
     # merendam 4.100 rumah di Sentani"
     {"flood-2": 2, "flood": 1}),
    ("crosslang", "Cianjur floods July 2024 death toll",  # flood-12 (id only): "7 Juli 2024 ... Tercatat 2 orang
     # meninggal dunia"
     {"flood-12": 2, "flood": 1}),
    ("crosslang", "former terrorist convicts in Poso get workshop and food stall support",  # derad-6 (id only): "Poso
     # ... bantuan sarana usaha seperti bengkel dan warung makan"; derad-2/derad-8 same support elsewhere
     {"derad-6": 2, "derad": 1}),
    ("crosslang", "Medan earthquake drill 1,200 residents",  # drill-6 (id only): "1.200 warga Medan ... simulasi gempa
     # bumi"; drill-1 (Medan) is a flood drill with 2,000
     {"drill-6": 2, "drill": 1}),
    ("crosslang", "Poso drought 26 villages October 2023",  # drought-2 (id only): "26 desa di Sulawesi Tengah ...
     # BPBD Poso ... sejak Oktober 2023"
     {"drought-2": 2, "drought": 1}),
    ("crosslang", "312 hotspots Riau forest fires",  # fire-6 (id only): "312 titik panas terpantau di Riau"; fire-4
     # (312) is West Kalimantan
     {"fire-6": 2, "fire": 1}),
    ("crosslang", "annual inflation 2.84 percent February 2023",  # inflation-4 (id only): "Februari 2023 sebesar 2,84
     # persen"; inflation-2 (Februari 2023) is 3,05
     {"inflation-4": 2, "inflation": 1}),
    ("crosslang", "Palu landslide 480 rescuers", {"landslide-4": 2, "landslide": 1}),  # landslide-4 (id only): "Palu
    # ... 480 personel dikerahkan"; landslide-6 (480) is Pekanbaru
    ("crosslang", "foreign reserves October 2022 tax and services receipts",  # reserves-6 (id only): "akhir Oktober
     # 2022. Perkembangan ini dipengaruhi penerimaan pajak dan jasa"; reserves-1 says the same of October 2021
     {"reserves-6": 2, "reserves": 1}),
    ("crosslang", "8.40 million unemployed July 2023",  # unemp-2 (id only): "Juli 2023 ... sekitar 8,40 juta orang";
     # unemp-5 (8.40 million) is May 2024
     {"unemp-2": 2, "unemp": 1}),
    ("crosslang", "Philippines counterterrorism cooperation border security law enforcement",  # coop-4 (id only):
     # "Filipina ... meningkatkan kapasitas penegak hukum dan pengamanan perbatasan"
     {"coop-4": 2, "coop": 1}),
    ("crosslang", "preventing violent extremism cooperation with Japan",  # coop-2 (id only): "bersama Jepang ...
     # pencegahan ekstremisme kekerasan"
     {"coop-2": 2, "coop": 1}),
    ("crosslang", "Gadjah Mada students in Ambon become online peace ambassadors",  # campus-4 (id only): "Duta Damai
     # Dunia Maya Sasar Mahasiswa di Ambon", "450 mahasiswa Universitas Gadjah Mada di Ambon"; campus-8 (Ambon) is
     # Hasanuddin, no Duta Damai
     {"campus-4": 2, "campus": 1}),
    ("crosslang", "boreholes and rainwater storage for drought in Bima",  # drought-4 (id only): "BPBD Bima ...
     # menyiapkan sumur bor dan penampungan air hujan"; drought-1 (Solo) has the same sentence
     {"drought-4": 2, "drought": 1}),
    ("crosslang", "WNI dievakuasi dari iran oktober 2022", {"citizens-5": 2, "citizens": 1}),  # citizens-5 (en only):
    # "85 Indonesian citizens from Iran ... in October 2022"
    ("crosslang", "surplus 2,39 miliar dolar mei 2025 ekspor besi baja",  # trade-5 (en only): "USD 2.39 billion in
     # May 2025", "Iron and steel led"
     {"trade-5": 2, "trade": 1}),
    ("crosslang", "tarif angkutan udara penyumbang inflasi maret 2024",  # inflation-5 (en only): "March 2024 ...
     # followed by airfares"; inflation-3 (Maret 2022) also names airfares
     {"inflation-5": 2, "inflation": 1}),
    ("crosslang", "BMKG gempa lampung februari 2022 tidak berpotensi tsunami",  # quake-9 (en only): "Bandar Lampung,
     # Lampung, on February 7, 2022 ... did not have the potential to trigger a tsunami"
     {"quake-9": 2, "quake": 1}),
    ("crosslang", "cadangan devisa agustus 2021 setara 6,5 bulan impor",  # reserves-5 (en only): "end of August 2021,
     # equivalent to 6.5 months of imports"; reserves-4 (6,5 bulan) is Maret 2025
     {"reserves-5": 2, "reserves": 1}),
    # -- morphology ---------------------------------------------------------------------------------------------
    ("morphology", "pengevakuasian warga lereng semeru",  # volcano-1: "mengevakuasi 840 warga", "Dievakuasi"
     {"volcano-1": 2, "volcano": 1}),
    ("morphology", "pelemahan rupiah desember 2021",  # rupiah-4: "rupiah melemah ... pada Desember 2021"
     {"rupiah-4": 2, "rupiah": 1}),
    ("morphology", "pendistribusian air bersih di bima",  # drought-4: "BPBD Bima mendistribusikan 250.000 liter"
     {"drought-4": 2, "drought": 1}),
    ("morphology", "recovery of bodies after Dumai landslide",  # landslide-3: "4 Bodies Recovered"
     {"landslide-3": 2, "landslide": 1}),
    ("morphology", "penyelamatan WNI korban perdagangan orang di filipina",  # scam-1: "Selamatkan 89 WNI", "korban
     # tindak pidana perdagangan orang (TPPO)", Filipina; scam-3, scam-5 (Philippines): "Indonesians who were
     # trafficked"
     {"scam-1": 2, "scam-3": 2, "scam-5": 2, "scam": 1}),
    ("morphology", "BI-Rate dinaikkan ke 6,25 persen",  # birate-8: "BI-Rate naik menjadi 6,25 persen"; birate-1 cut
     # to 6,25
     {"birate-8": 2, "birate": 1}),
    ("morphology", "freezing of 63 terror financing accounts",  # financing-3: "froze 63 bank accounts", title "Freeze"
     {"financing-3": 2, "financing": 1}),
    ("morphology", "870 homes inundated in Poso",  # flood-9: title "Floods Inundate 870 Homes in Poso"
     {"flood-9": 2, "flood": 1}),
    ("morphology", "penyitaan senjata tajam dari terduga teroris ambon",  # arrest-6: "penyidik menyita bahan
     # peledak, senjata tajam" (Ambon)
     {"arrest-6": 2, "arrest": 1}),
    ("morphology", "pengiriman 40 ton bantuan ke gaza",  # aid-2: "mengirimkan 40 ton bantuan kemanusiaan ... Gaza"
     {"aid-2": 2, "aid": 1}),
    ("morphology", "penetapan radius bahaya 5 km merapi",  # volcano-6: title "Tetapkan Radius Bahaya 5 Kilometer",
     # "radius 5 km"
     {"volcano-6": 2, "volcano": 1}),
    ("morphology", "penurunan 9.400 konten radikal 2021",  # online-3: "menurunkan 9.400 konten ... tahun 2021";
     # online-4 (9.400) is 2022
     {"online-3": 2, "online": 1}),
    ("morphology", "penyaluran hibah 1,5 juta dolar AS ke vanuatu",  # aid-1: "menyalurkan hibah 1,5 juta dolar AS";
     # aid-7 (1,5 juta) is Afghanistan
     {"aid-1": 2, "aid": 1}),
    ("morphology", "pembayaran kompensasi Rp3,4 miliar kepada penyintas",  # victims-4: title "Negara Bayarkan
     # Kompensasi Rp3,4 Miliar kepada Penyintas Terorisme"
     {"victims-4": 2, "victims": 1}),
    ("morphology", "evacuation of 1,530 residents from Lewotobi",  # volcano-7: "evacuated 1,530 residents" (Lewotobi
     # Laki-laki); volcano-2/volcano-4 (1.530) are Ruang and Merapi
     {"volcano-7": 2, "volcano": 1}),
    # -- acronyms -----------------------------------------------------------------------------------------------
    ("acronym", "PVMBG gunung ruang level IV",  # volcano-8: "Pusat Vulkanologi dan Mitigasi Bencana Geologi ...
     # Gunung Ruang ... Level IV (Awas)"; volcano-2 (Ruang) states no level
     {"volcano-8": 2, "volcano": 1}),
    ("acronym", "LPSK kompensasi penyintas bom kampung melayu",  # victims-1: "LPSK" (en), "bom Kampung Melayu 2017"
     # (id); victims-2: both
     {"victims-1": 2, "victims-2": 2, "victims": 1}),
    ("acronym", "densus tangkap anggota JI di kaltim",  # arrest-7: "Balikpapan, Kalimantan Timur ... Jamaah
     # Islamiyah"
     {"arrest-7": 2, "arrest": 1}),
    ("acronym", "satgas PASTI OJK juli 2022", {"pinjol-4": 2, "pinjol": 1}),  # pinjol-4: "pada Juli 2022"
    ("acronym", "kekeringan 26 desa NTB",  # drought-3: "26 Villages in West Nusa Tenggara"; drought-4 (NTB) 52 desa,
     # drought-2 (26 desa) Sulawesi Tengah
     {"drought-3": 2, "drought": 1}),
    ("acronym", "IHK agustus 2021 bawang merah",  # inflation-8: "Indeks Harga Konsumen pada Agustus 2021 ... bawang
     # merah"
     {"inflation-8": 2, "inflation": 1}),
    ("acronym", "Kemlu evakuasi WNI myanmar mei 2021", {"citizens-4": 2, "citizens": 1}),  # citizens-4: "Kemlu ...
    # Myanmar ... Mei 2021"
    ("acronym", "basarnas cari 12 korban longsor ambon", {"landslide-5": 2, "landslide": 1}),  # landslide-5:
    # "Basarnas", "Ambon", "12 people missing"
    ("acronym", "TPT mei 2024 8,40 juta",  # unemp-5: "open unemployment rate in May 2024 was 4.82 percent, or about
     # 8.40 million people"; unemp-2 (8,40 juta) is Juli 2023
     {"unemp-5": 2, "unemp": 1}),
    ("acronym", "hotline KBRI ukraina juni 2022",  # citizens-7: "Ukraine ... June 2022 ... the embassy opened a
     # hotline" / "KBRI membuka hotline"; citizens-2 (Ukraine) is October 2023
     {"citizens-7": 2, "citizens": 1}),
    ("acronym", "RDG BI april 2022 BI-Rate 6,50 persen",  # birate-3: "BI-Rate naik menjadi 6,50 persen dalam RDG
     # April 2022"; birate-5 (April 2022) held at 4.75
     {"birate-3": 2, "birate": 1}),
    ("acronym", "BMKG M6,4 sumut 45 gempa susulan",  # quake-3: "bermagnitudo 6,4 di Medan, Sumatera Utara", "45 kali
     # gempa susulan"
     {"quake-3": 2, "quake": 1}),
    ("acronym", "BPBD Flotim lewotobi level III siaga",  # volcano-3: "Flores Timur disaster agency", "Level III
     # (Siaga)"; volcano-7 (Flores Timur) went to Level IV
     {"volcano-3": 2, "volcano": 1}),
    ("acronym", "Kemlu pulangkan 89 WNI korban TPPO",  # scam-1: "Kementerian Luar Negeri memulangkan 89 WNI ... (TPPO)";
     # scam-2 (89 WNI, Kamboja) names no trafficking
     {"scam-1": 2, "scam": 1}),
    ("acronym", "BPBD Sitaro 1.530 warga dievakuasi",  # volcano-2: "BNPB dan BPBD Sitaro mengevakuasi 1.530 warga";
     # volcano-8 (Sitaro) 840
     {"volcano-2": 2, "volcano": 1}),
    ("acronym", "BI beli SBN pasar sekunder oktober 2022",  # rupiah-3: "October 2022 ... intervened in the spot, DNDF
     # and secondary government bond markets"
     {"rupiah-3": 2, "rupiah": 1}),
    # -- typos ------------------------------------------------------------------------------------------------
    ("typo", "kebakran hutan kalimantan tengah agustus 2023",  # fire-2: "Kalimantan Tengah ... Agustus 2023"
     {"fire-2": 2, "fire": 1}),
    ("typo", "trade surplas april 2022 palm oil", {"trade-7": 2, "trade": 1}),
    ("typo", "komdigi kontent radikal 2024", {"online-2": 2, "online": 1}),  # online-2: "sepanjang tahun 2024"
    ("typo", "vietnam memorandum of understading december 2023",  # bilateral-1: "6 Memorandums of Understanding",
     # "December 12, 2023"
     {"bilateral-1": 2, "bilateral": 1}),
    ("typo", "rupia melemah ke 16.240", {"rupiah-2": 2, "rupiah-4": 2, "rupiah": 1}),  # both "Rp16.240 per Dolar AS"
    ("typo", "banjr ambon januari 2024 2.300 rumah", {"flood-8": 2, "flood": 1}),  # flood-8: "Ambon ... 17 Januari
    # 2024. Sebanyak 2.300 rumah terendam"; flood-6 (Ambon) is Juli 2023
    ("typo", "erupsi gunung lewotobi oktober 2021 raduis 3 km",  # volcano-7: "9 Oktober 2021 ... radius bahaya 3
     # kilometer"
     {"volcano-7": 2, "volcano": 1}),
    ("typo", "gempa bogor kedalman 23 km", {"quake-8": 2, "quake": 1}),  # quake-8: "Bogor ... kedalaman 23 km"
    ("typo", "floods malang 7 deahts", {"flood-5": 2, "flood": 1}),  # flood-5: "Malang ... 7 deaths were recorded"
    ("typo", "simulasi evakuasi banjir medan 2.000 wraga", {"drill-1": 2, "drill": 1}),  # drill-1: "2.000 warga Medan"
    ("typo", "inflasi septembr 2022 cabai merah", {"inflation-6": 2, "inflation": 1}),  # inflation-6: "September 2022
    # ... terutama cabai merah"; inflation-1 (cabai merah) is September 2021
    ("typo", "deradikalisai mitra sentani papua", {"derad-5": 2, "derad": 1}),  # derad-5: "Sentani, Papua"
    ("typo", "humanitarian aid rakhnie january 2023",  # aid-5: "Rakhine, Myanmar, in January 2023"; aid-8 (Rakhine)
     # is August 2024
     {"aid-5": 2, "aid": 1}),
    ("typo", "peace ambassadors programme makasar students", {"campus-5": 2, "campus": 1}),  # campus-5: "Peace
    # Ambassadors Programme Targets University Students in Makassar"
    ("typo", "nilai tukar petani oktobr 2021", {"ntp-1": 2, "ntp": 1}),  # ntp-5 (NTP) is October 2024
    ("typo", "kemiskinan perdesaan oktobr 2024",  # poverty-3: "Oktober 2024 ... Kemiskinan di perdesaan masih lebih
     # tinggi"; poverty-5: "October 2024 ... rural poverty remains higher"
     {"poverty-3": 2, "poverty-5": 2, "poverty": 1}),
    # -- numbers --------------------------------------------------------------------------------------------------
    ("number", "15,600 hectares burned",  # fire-2, fire-4: "15.600 hektare"; fire-5: "15,600 hectares"
     {"fire-2": 2, "fire-4": 2, "fire-5": 2, "fire": 1}),
    ("number", "USD 144.2 billion reserves", {"reserves-3": 2, "reserves": 1}),
    ("number", "2,340 pieces of radical content", {"online-5": 2, "online": 1}),
    ("number", "gempa magnitudo 5,2 kedalaman 23 kilometer",  # quake-2: "5,2 di Tangerang ... kedalaman 23
     # kilometer"; quake-4 (5,2) 60 km, quake-7 (5,2) 35 km
     {"quake-2": 2, "quake": 1}),
    ("number", "4,210 residents evacuated",  # volcano-5: "evacuated 4,210 residents"; volcano-6: "4.210 warga
     # diungsikan"
     {"volcano-5": 2, "volcano-6": 2, "volcano": 1}),
    ("number", "9,100 hectares", {"fire-1": 2, "fire": 1}),  # fire-1: "burned 9,100 hectares" / "9.100 hektare"
    ("number", "5,060 residents displaced", {"flood-1": 2, "flood": 1}),  # flood-1: "forcing 5,060 residents to
    # evacuate" / "5.060 warga mengungsi"
    ("number", "Rp11.6 billion compensation", {"victims-1": 2, "victims": 1}),  # victims-1: "compensation of Rp11.6
    # billion"
    ("number", "cadangan devisa 139,4 miliar dolar AS",  # reserves-1 (Oktober 2021), reserves-6 (Oktober 2022):
     # "139,4 miliar dolar AS"
     {"reserves-1": 2, "reserves-6": 2, "reserves": 1}),
    ("number", "exports USD 24.8 billion", {"trade-6": 2, "trade": 1}),  # trade-6: "24,8 miliar dolar AS"
    ("number", "8,900 residents displaced", {"flood-11": 2, "flood": 1}),  # flood-11: "forcing 8,900 residents to
    # evacuate"
    ("number", "840 warga dievakuasi",  # volcano-1 (Semeru), volcano-8 (Ruang): "mengevakuasi 840 warga"; volcano-9
     # (Marapi): "evacuated 840 residents"
     {"volcano-1": 2, "volcano-8": 2, "volcano-9": 2, "volcano": 1}),
    ("number", "1,250 pieces of radical content", {"online-1": 2, "online": 1}),  # online-1: "removed 1,250 pieces"
    ("number", "26,36 juta penduduk miskin",  # poverty-3: "26,36 juta orang" (Oktober 2024); poverty-4: "mencapai
     # 26,36 juta orang" (April 2023)
     {"poverty-3": 2, "poverty-4": 2, "poverty": 1}),
    ("number", "floods force 12,450 to evacuate",  # flood-2, flood-3, flood-4, flood-10: "12.450 jiwa/warga
     # mengungsi"; flood-9: "12,450 people fled to shelters"
     {"flood-2": 2, "flood-3": 2, "flood-4": 2, "flood-9": 2, "flood-10": 2, "flood": 1}),
    ("number", "6 memorandums of understanding",  # bilateral-1 (Vietnam), bilateral-7 (Japan): "6 Memorandums of
     # Understanding" / "6 Nota Kesepahaman"
     {"bilateral-1": 2, "bilateral-7": 2, "bilateral": 1}),
]


def main() -> None:
    write_queries(QUERIES, OUT, "z")


if __name__ == "__main__":
    main()
